package figures

// Ranges, scores, vague quantities and the qualifiers that bound a figure.

// vagueAt reads "hundreds of", "tens of thousands", "several hundred", "a few thousand".
func (x *scanner) vagueAt(c *cand, i int) bool {
	w := x.w(i)
	v, e := 0.0, 0
	switch {
	case (w == "tens" || w == "hundreds") && x.w(i+1) == "of":
		if m, ok := vagueWordsTab.get(x.w(i + 2)); ok && m >= 1000 {
			v, e = 10*m, i+3
			if w == "hundreds" {
				v = 100 * m
			}
		}
	case vagueAmountsTab.val(w) > 0 || w == "a" && x.w(i+1) == "few":
		j := i + 1
		if w == "a" {
			j++
		}
		if m, ok := scaleWordsTab.get(x.w(j)); ok && x.kind(j) == tkWord && x.w(j) != "cr" && x.w(j) != "mn" &&
			x.w(j) != "bn" && (w != "some" && w != "many" || x.w(j) == "thousands" || x.w(j) == "hundreds") {
			v, e = 2*m, j+1
		}
	}
	if e == 0 {
		m, ok := vagueWordsTab.get(w)
		if !ok || (x.w(i+1) != "of" && x.w(i+1) != "more" && x.w(i+1) != "upon") {
			return false
		}
		if x.kind(i-1) == tkNum || cardinalWordsTab.val(x.w(i-1)) > 0 || x.w(i-1) == "a" {
			return false
		}
		if w == "scores" && x.w(i+1) != "of" {
			return false
		}
		v, e = m, i+1
	}
	*c = cand{s: i, e: e, ns: i, ne: e, sent: x.sentOf(i)}
	c.f = Figure{Value: v, Bound: BoundAtLeast, Vague: true, Kind: KindCount}
	x.vagueOfTail(c)
	return true
}

// vagueOfTail reads what a vague quantity counts when "of" and a currency or a unit
// follow: "thousands of dollars" is money, "millions of years" a duration, "dozens of
// kilometres" a measure. The text stays the quantity, as "hundreds" of "hundreds of
// people" does; the unit is its kind. Reads: "of" and up to three words after it.
func (x *scanner) vagueOfTail(c *cand) {
	e := c.e
	if x.w(e) != "of" {
		return
	}
	if cur, _, ok := matchPhrase(x, e+1, 3, currencyWordsTab, currencyStartsTab); ok {
		c.f.Kind, c.f.Unit = KindMoney, cur
		return
	}
	if u, _, ok := x.unitAt(e+1, false); ok && x.kind(e+1) == tkWord && len(x.w(e+1)) > 2 {
		c.f.Kind, c.f.Unit = u.kind, u.unit
	}
}

// articleMayCount is a cheap look at the word after "a": most articles start no figure.
func (x *scanner) articleMayCount(i int) bool {
	switch x.w(i + 1) {
	case "hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore",
		"half", "quarter", "few", "third", "fifth", "sixth", "tenth", "hundredth", "thousandth",
		"millionth", "billionth", "trillionth", "eighth", "fourth", "seventh", "ninth":
		return true
	}
	if _, ok := fractionWordsTab.get(x.w(i + 1)); ok {
		return true
	}
	return x.isUnitWord(i + 1)
}

// articleUnit reads "a year or two", "an hour and a half", "a half century".
func (x *scanner) articleUnit(c *cand, i int) bool {
	j := i + 1
	frac := 0.0
	if w := x.w(j); w == "half" || w == "quarter" {
		frac = 1 / fractionWordsTab.val(w)
		j++
	}
	u, end, ok := x.unitAt(j, false)
	if !ok || x.kind(j) != tkWord {
		return false
	}
	*c = cand{s: i, e: end, ns: i, ne: end, sent: x.sentOf(i)}
	c.f = Figure{Bound: BoundExact, Kind: u.kind, Unit: u.unit}
	if frac > 0 {
		c.f.Value = frac
		return true
	}
	if x.w(end) == "or" {
		if v, ok := cardinalWordsTab.get(x.w(end + 1)); ok && v > 1 && v <= 10 {
			c.f.Value, c.f.Max, c.e = 1, v, end+2
			return true
		}
	}
	if x.w(end) == "and" {
		k := end + 1
		if x.w(k) == "a" {
			k++
		}
		if den, ok := fractionWordsTab.get(x.w(k)); ok && x.w(k) != "second" {
			c.f.Value, c.e = 1+1/den, k+1
			return true
		}
	}
	return false
}

// rangeAfter joins "10 to 20", "between 3 and 5 km", "30-60 per cent", "one or two",
// and reads scores ("45-17", "6-4, 7-6 (2)"). bad reports a date range to skip.
func (x *scanner) rangeAfter(c *cand, n number, hasUnit bool) (int, bool) {
	j := c.e
	conn := x.w(j)
	dash := conn == "-" || conn == "–" || conn == "—"
	between := x.w(c.s-1) == "between"
	from := x.w(c.s-1) == "from"
	switch {
	case dash:
	case conn == "to" || conn == "through" || conn == "thru" || conn == "till" || conn == "until":
	case conn == "and" && between:
	case conn == "to" && between:
	case conn == "or" && n.v < 10:
	default:
		return 0, false
	}
	k := j + 1
	if dash && x.w(k) == "to" {
		k++
	}
	if x.w(k) == "the" && !between {
		k++
	}
	if _, ok := prefixSymbolsTab.get(x.raw(k)); ok && x.gap(k+1) == 0 {
		k++
	}
	switch x.w(k) {
	case "about", "around", "approximately", "roughly", "nearly":
		k++
	}
	if c.f.Kind == KindMoney && currencySymbolsTab.val(x.raw(k)) == c.f.Unit {
		k++
	}
	n2, ok := x.readNumber(k)
	if !ok || n2.ordinal || n2.ratio != n.ratio {
		return 0, false
	}
	if n2.digits {
		if skip, why := x.excluded(n2); why == exDate {
			return skip, true
		} else if why != exNone {
			return 0, false
		}
		if x.yearLike(n2) && n.plain && len(x.raw(n.s)) == 4 {
			return 0, false
		}
	}
	c2 := cand{s: k, e: n2.e}
	c2.f = Figure{Value: n2.v, Kind: KindCount}
	if c.f.Kind == KindMoney {
		c2.f.Kind, c2.f.Unit = KindMoney, c.f.Unit
	}
	has2 := x.unitAfter(n2, &c2) || c2.f.Kind == KindMoney
	if has2 && c2.f.Kind == KindCount {
		has2 = false
	}
	// "18-24 November"
	if x.monthAfter(c2.e) || x.monthBefore(c.s) {
		return c2.e, true
	}
	if hasUnit && has2 && (c.f.Kind != c2.f.Kind || c.f.Unit != c2.f.Unit) {
		return 0, false
	}
	// "between 3 and 8 yesterday", "Monday 3-8": hours, not a range of quantities
	if !hasUnit && !has2 && n.v <= 24 && n2.v <= 24 && n.v >= 0 {
		switch x.w(c2.e) {
		case "yesterday", "today", "tomorrow", "tonight", "this", "am", "pm":
			return c2.e, true
		case "on":
			if (x.kind(c2.e+1) == tkNum || isDayName(x.w(c2.e+1)) || x.isMonth(c2.e+1)) && !x.sportsIn(c.sent) {
				return c2.e, true
			}
		}
		if isDayName(x.w(c.s-1)) || isDayName(x.w(c.s-2)) && x.w(c.s-1) == "from" {
			return c2.e, true
		}
	}
	if dash && !hasUnit && !has2 && n.integer && n2.integer && n.digits && n2.digits &&
		x.gap(j) == 0 && x.gap(k) == 0 && n.v <= 200 && n2.v <= 200 &&
		(x.sportsIn(c.sent) || n.v >= n2.v) {
		if x.kind(c2.e) == tkWord && x.toks[c2.e].cap && x.gap(c2.e) == 1 && !isDayName(x.w(c2.e)) &&
			!x.isMonth(c2.e) {
			return c2.e, true // "787-9 Dreamliner"
		}
		c.f.Kind, c.e = KindScore, c2.e
		x.tennis(c)
		return 0, false
	}
	if n2.v <= n.v && !(n.v < 0 && n2.v <= 0) {
		if dash && x.gap(j) == 0 && x.gap(k) == 0 && n.plain && n2.plain && !hasUnit && !has2 {
			return c2.e, true // "787-9": a model number, neither range nor score
		}
		return 0, false
	}
	if conn == "or" && (n2.v > 10 || !n.words) {
		return 0, false
	}
	if from && (x.changeBefore(c.s-1) || hasUnit && has2 && c.f.Kind == KindPercent) {
		return 0, false
	}
	if n.v == 0 && has2 && (c2.f.Unit == "mph" || c2.f.Unit == "km/h") {
		// "0-62 mph" names a benchmark; the figure is the top speed.
		c.s, c.ns, c.f.Value = k, k, n2.v
		c.f.Kind, c.f.Unit, c.e = c2.f.Kind, c2.f.Unit, c2.e
		return 0, false
	}
	if n2.scaled && !n.scaled && n.digits && n2.digits && n2.attMul == 0 {
		if mul := n2.v / n2.baseValue(x); mul > 1 && n.v < n2.baseValue(x) {
			c.f.Value *= mul
		}
	}
	c.f.Max = c2.f.Value
	if !hasUnit && has2 {
		c.f.Kind, c.f.Unit = c2.f.Kind, c2.f.Unit
	}
	c.e = c2.e
	if between && (conn == "and" || conn == "to") || from {
		c.s--
	}
	return 0, false
}

// baseValue is the value of a number's first token, before any scale word.
func (n number) baseValue(x *scanner) float64 {
	v, _, ok := parseDigits(x.raw(n.s))
	if !ok || v == 0 {
		return n.v
	}
	return v
}

// changeBefore reports a verb of change shortly before token i ("rose from").
func (x *scanner) changeBefore(i int) bool {
	for k := 1; k <= 4; k++ {
		if changeVerbsTab.val(x.w(i - k)) {
			return true
		}
		if x.kind(i-k) == tkPunct && x.w(i-k) != "," {
			return false
		}
	}
	return false
}

// tennis extends a score over further sets and tiebreaks: "6-4, 7-6 (2)".
func (x *scanner) tennis(c *cand) {
	for {
		e := c.e
		if x.w(e) == "(" && x.kind(e+1) == tkNum && x.w(e+2) == ")" && x.gap(e+1) == 0 {
			c.e = e + 3
			continue
		}
		if x.w(e) == "," && x.kind(e+1) == tkNum && (x.w(e+2) == "-" || x.w(e+2) == "–") &&
			x.kind(e+3) == tkNum && x.gap(e+2) == 0 && x.gap(e+3) == 0 {
			a, _, _ := parseDigits(x.raw(e + 1))
			b, _, _ := parseDigits(x.raw(e + 3))
			if a <= 7 && b <= 7 {
				c.e = e + 4
				continue
			}
		}
		return
	}
}

// suffixQualifier reads "or more", "plus", "and older", "or so" after the figure.
func (x *scanner) suffixQualifier(c *cand) {
	if x.w(c.e) == "+" && x.gap(c.e) == 0 {
		c.f.Bound, c.e = BoundAtLeast, c.e+1
		return
	}
	b, end, ok := matchPhrase(x, c.e, 3, suffixQualifiersTab, suffixStartsTab)
	if !ok || x.gap(c.e) != 1 {
		return
	}
	w := x.w(c.e)
	if w == "plus" && (x.kind(end) == tkNum || cardinalWordsTab.val(x.w(end)) > 0) {
		return
	}
	if b == BoundExact {
		// "more than 5000 or equal": the comparison sits before the number
		switch x.w(c.s - 2) {
		case "more", "greater", "higher":
			c.f.Bound = BoundAtLeast
		case "less", "fewer", "lower", "smaller":
			c.f.Bound = BoundAtMost
		default:
			return
		}
		if x.w(c.s-1) != "than" {
			return
		}
	} else {
		c.f.Bound = b
	}
	c.suffixBound = true
	c.e = end
	if c.f.Kind == KindCount && (w == "and" || w == "or") && (x.w(c.e-1) == "older" || x.w(c.e-1) == "younger") {
		c.f.Kind, c.f.Unit = KindAge, "year"
	}
}

// qualify reads a qualifier before the figure ("at least", "more than", "~", "aged")
// and moves the figure's start over it. It reports whether one was found.
func (x *scanner) qualify(c *cand, floor int) bool {
	found := false
	s := c.s
	if b, n := x.symbolBefore(s, floor); n > 0 {
		c.f.Bound, c.s, found = b, s-n, true
		s -= n
	}
	if x.w(s-1) == "from" && s-1 >= floor && c.f.Kind == KindMoney && c.f.Max == 0 && !x.changeBefore(s-1) {
		c.f.Bound, c.s = BoundAtLeast, s-1
		return true
	}
	for k := 5; k >= 1; k-- {
		a := s - k
		if a < floor || a < 0 {
			continue
		}
		// a key of several tokens starts with one of prefixStarts, which the tokens of
		// the key, tokenized alone, begin with
		if k > 1 && !prefixStartsTab.val(x.w(a)) {
			continue
		}
		good := true
		for m := a; m < s; m++ {
			if x.kind(m) != tkWord && x.w(m) != "." || m > a && x.gap(m) > 1 {
				good = false
				break
			}
		}
		if !good {
			continue
		}
		var b Bound
		var key string
		var ok bool
		if k == 1 {
			// one token is its own key; key turns down any longer than 40
			if key = x.w(a); len(key) > 40 {
				continue
			}
			if b, ok = prefixQualifiersTab.get(key); !ok {
				continue
			}
		} else {
			var buf [48]byte
			kb, ok := x.key(buf[:0], a, s)
			if !ok {
				continue
			}
			if b, ok = prefixQualifiersTab.getBytes(kb); !ok {
				continue
			}
			key = string(kb)
		}
		switch key {
		case "over":
			if (c.f.Kind == KindDuration || c.f.Kind == KindCount && x.kind(c.ns) == tkWord && !x.hasScale(c)) &&
				!x.opensClause(a) {
				// "titles over two spells", "testifying over three days": a preposition
				return found
			}
		case "within":
			if c.f.Kind != KindDuration && c.f.Kind != KindMeasure {
				return found
			}
		case "age", "aged", "ages", "above age", "under age", "over age":
			if c.f.Kind == KindCount || c.f.Kind == KindDuration || c.f.Kind == KindAge {
				if c.f.Unit == "" {
					c.f.Unit = "year"
				}
				c.f.Kind = KindAge
			} else {
				return found
			}
		case "some":
			if x.w(c.ns) == "one" {
				return found
			}
		case "under", "below", "above":
			if c.f.Kind == KindScore {
				return found
			}
		}
		if b != BoundExact && !c.suffixBound && (!found || c.f.Bound == BoundExact || b != BoundApprox) {
			c.f.Bound = b
		}
		c.s = a
		return true
	}
	return found
}

// symbolBefore reads a symbol qualifier ending before token s, against the number or one
// space before it: "~40", "> 40", ">= 40", "≤ 40". It returns the bound and how many
// tokens the symbol takes.
func (x *scanner) symbolBefore(s, floor int) (Bound, int) {
	if s-1 < floor || x.gap(s) > 1 || x.kind(s-1) != tkPunct {
		return "", 0
	}
	if x.raw(s-1) == "=" && x.gap(s-1) == 0 && s-2 >= floor {
		switch x.raw(s - 2) {
		case ">":
			return BoundAtLeast, 2
		case "<":
			return BoundAtMost, 2
		}
		return "", 0
	}
	if b, ok := prefixSymbolsTab.get(x.raw(s - 1)); ok {
		return b, 1
	}
	return "", 0
}

// opensClause reports a word at i that starts the phrase a figure stands in rather than
// attaching it to the word before: the start of a sentence or clause, or a word that
// takes an amount ("said over forty", "to over 40", "was over 40"). It tells the
// qualifier "over forty people" from the preposition of "titles over two spells".
func (x *scanner) opensClause(i int) bool {
	if i <= x.sentStart(x.sentOf(i)) {
		return true
	}
	p := x.w(i - 1)
	if x.kind(i-1) == tkPunct {
		return p != "-"
	}
	switch p {
	case "that", "and", "or", "by", "to", "of", "with", "than", "from", "but", "while", "although",
		"because", "when", "if":
		return true
	}
	return isCopula(p) || reportVerbsTab.val(p)&reportSays != 0
}

// hasScale reports a figure whose number carries a scale word ("over two million").
func (x *scanner) hasScale(c *cand) bool {
	for i := c.ns; i < c.ne; i++ {
		if _, ok := scaleWordsTab.get(x.w(i)); ok {
			return true
		}
	}
	return false
}
