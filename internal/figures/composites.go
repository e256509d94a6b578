package figures

// Composite forms, read in one place before a number's exclusions and tails: a figure
// whose shape is two numbers joined by a sign or a word, or a number glued to a word
// that changes what it counts. Each rule is a function with the neighbours it reads
// written in its comment, and its cases in composites_test.go.

// compositeAt reads a composite figure starting with the number n at token start: a
// dimension, an A-to-B ratio, an age band. It fills c and reports whether one was read.
func (x *scanner) compositeAt(c *cand, start int, n number) bool {
	return x.ageBand(c, start, n) || x.dimension(c, start, n) || x.ratioTo(c, start, n)
}

// isTimesSign reports the signs of a dimension: "x" glued or spaced, "×" and "by".
func (x *scanner) isTimesSign(i int) bool {
	switch x.w(i) {
	case "x", "×", "*":
		return true
	case "by":
		return x.gap(i) == 1
	}
	return false
}

// dimension reads "30x20cm", "30 x 20 cm", "30×20×10mm", "30 by 20 metres" and
// "1920 x 1080": numbers joined by a times sign. Reads: the sign after each number, a
// unit after each number. A unit at either end is the evidence it is a size ("by"
// needs one, as "grew by 20" is no size); without one, both numbers must be 100 or
// more ("1920 x 1080"), so that "4x4" and "2 x 2" stay names and sums. Value is the
// first number, the unit the one written.
func (x *scanner) dimension(c *cand, start int, n number) bool {
	if !n.digits || n.ratio || !x.timesSignNear(n.e) {
		return false
	}
	e := n.e
	unit, ue := x.dimensionUnit(e)
	if ue > e {
		e = ue
	}
	by := false
	ends := 1
	small := n.v < 100
	for x.isTimesSign(e) && x.kind(e+1) == tkNum && x.gap(e+1) <= 1 {
		by = by || x.w(e) == "by"
		m, ok := x.readDigits(e + 1)
		if !ok || m.ratio {
			break
		}
		small = small || m.v < 100
		e = m.e
		if u, ue := x.dimensionUnit(e); ue > e {
			unit, e = u, ue
		}
		ends++
	}
	if ends < 2 || unit.unit == "" && (by || small) {
		return false
	}
	*c = cand{s: start, e: e, ns: n.s, ne: n.e, sent: x.sentOf(n.s)}
	c.f = Figure{Value: n.v, Bound: BoundExact, Kind: KindCount}
	if unit.unit != "" {
		c.f.Kind, c.f.Unit = unit.kind, unit.unit
	}
	return true
}

// timesSignNear is dimension's quick reject: the times sign and number that make a
// dimension follow the first number at token e or its unit, which ends at most
// maxUnitTokens on. Nearly every number has none in reach, and is spared the look-up
// of its unit, which unitAfter makes again when no dimension is read.
func (x *scanner) timesSignNear(e int) bool {
	for k := e; k <= e+maxUnitTokens; k++ {
		if x.kind(k+1) == tkNum && x.isTimesSign(k) {
			return true
		}
	}
	return false
}

// dimensionUnit reads a measure unit at token e of a dimension: glued or one space on,
// and returns it and the token after it.
func (x *scanner) dimensionUnit(e int) (unitInfo, int) {
	if x.w(e) == "x" && x.gap(e) == 0 {
		return unitInfo{}, e // "30x20": the sign, glued, which unitAt would read as a unit
	}
	if u, end, ok := x.unitAt(e, false); ok && u.kind == KindMeasure {
		return u, end
	}
	// a unit glued to the number and the sign after it ("30cmx20cm") is rare; "(kg)"
	// after a size is read by the unit rules
	return unitInfo{}, e
}

// ratioTo reads "3-to-1", "three-to-one" and "a 2:1 ratio": two numbers joined by a
// glued "-to-", or by ":" where the word "ratio" stands next to them. Reads: the
// tokens "-", "to", "-" after the first number, ":" and "ratio" around. Value is A/B,
// as "one in five" is 0.2.
func (x *scanner) ratioTo(c *cand, start int, n number) bool {
	if n.ratio || !n.integer || n.v <= 0 {
		return false
	}
	e := n.e
	var k int
	switch {
	case x.w(e) == "-" && x.w(e+1) == "to" && x.w(e+2) == "-" && x.gap(e) == 0 && x.gap(e+1) == 0 &&
		x.gap(e+2) == 0 && x.gap(e+3) == 0:
		k = e + 3
	case x.w(e) == ":" && n.digits && x.gap(e) == 0 && x.gap(e+1) == 0 &&
		(x.w(start-1) == "ratio" || x.w(start-2) == "ratio" || x.w(e+2) == "ratio" || x.w(e+3) == "ratio"):
		k = e + 1
	default:
		return false
	}
	m, ok := x.readNumber(k)
	if !ok || m.ratio || m.v <= 0 || m.digits != n.digits {
		return false
	}
	*c = cand{s: start, e: m.e, ns: n.s, ne: m.e, sent: x.sentOf(n.s)}
	c.f = Figure{Value: n.v / m.v, Bound: BoundExact, Kind: KindRatio}
	return true
}

// ageBand reads the age groups of news and surveys: "18-24s" and "the 18–24s" (a
// range, the glued "s" making it a group of people), "over-65s" and "under-18s" (a
// bound), and "in their 40s", "in her early 30s" (a decade of life). Reads: "over" or
// "under" glued before, "s" glued after, a possessive and "early/mid/late" before a
// round number. Value is the band's floor, Max its top.
func (x *scanner) ageBand(c *cand, start int, n number) bool {
	if !n.digits || !n.plain || n.v > 120 {
		return false
	}
	e := n.e
	plural := func(i int) bool { return x.raw(i) == "s" && x.gap(i) == 0 && (x.kind(i+1) != tkWord || x.gap(i+1) > 0) }
	switch {
	case plural(e) && x.w(start-1) == "-" && x.gap(start) == 0 && x.gap(start-1) == 0 &&
		(x.w(start-2) == "over" || x.w(start-2) == "under"):
		*c = cand{s: start - 2, e: e + 1, ns: n.s, ne: n.e, sent: x.sentOf(n.s)}
		c.f = Figure{Value: n.v, Bound: BoundMoreThan, Kind: KindAge, Unit: "year"}
		if x.w(start-2) == "under" {
			c.f.Bound = BoundLessThan
		}
		return true
	case x.w(e) == "-" && x.gap(e) == 0 && x.kind(e+1) == tkNum && x.gap(e+1) == 0:
		m, ok := x.readDigits(e + 1)
		if !ok || !m.plain || !plural(m.e) || m.v <= n.v || m.v > 120 {
			return false
		}
		*c = cand{s: start, e: m.e + 1, ns: n.s, ne: m.e, sent: x.sentOf(n.s)}
		c.f = Figure{Value: n.v, Max: m.v, Bound: BoundExact, Kind: KindAge, Unit: "year"}
		return true
	case plural(e) && int(n.v)%10 == 0 && n.v >= 10 && n.v <= 110:
		p := start - 1
		switch x.w(p) {
		case "early", "mid", "late":
			p--
		}
		switch x.w(p) {
		case "their", "his", "her", "my", "your", "our":
		default:
			return false
		}
		*c = cand{s: start, e: e + 1, ns: n.s, ne: n.e, sent: x.sentOf(n.s)}
		c.f = Figure{Value: n.v, Max: n.v + 9, Bound: BoundExact, Kind: KindAge, Unit: "year"}
		return true
	}
	return false
}

// comparativeAfterTimes are the words that make "three times" a multiplier rather
// than a count of occasions: "three times higher", "three times as many", "three
// times the size".
func comparativeAfterTimes(w string) bool {
	switch w {
	case "more", "less", "fewer", "as", "the", "that", "bigger", "larger", "greater", "higher",
		"lower", "smaller", "faster", "slower", "longer", "shorter", "cheaper", "over":
		return true
	}
	n := len(w)
	return n >= 6 && (w[n-3:] == "ier" || w[n-2:] == "er" && w[n-3] == w[n-4])
}
