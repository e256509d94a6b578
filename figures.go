package newsparse

// ExtractFigures and the rules that turn a number into a figure: its unit and kind,
// its qualifier and bound, ranges, scores and vague quantities.

// ExtractFigures returns the numeric claims in text, in the order they appear: counts,
// money, percentages, ratios, ages, durations, measures and sports scores, each with its
// value, bound and unit, and, where the sentence says so, what it counts (Subject), what
// happened to it (Verb) and who says so (Source). Years, dates, clock times, ordinals,
// phone numbers, addresses, page numbers and numbers inside names are left out.
//
// Start and End are byte offsets of Text in text. Where is left empty and Index zero:
// they locate a figure inside an Article and are set by the parse functions.
// ExtractFigures is safe for concurrent use and never panics.
func ExtractFigures(text string) []Figure {
	if !mayHoldFigure(text) {
		return nil
	}
	x := newScanner(text)
	x.findSentences()
	var out []Figure
	var spans []cand
	floor := 0
	for i := 0; i < len(x.toks); {
		if !x.trigger(i) {
			i++
			continue
		}
		c, next, ok := x.figureAt(i, floor)
		if ok {
			c.f.Text = text[x.toks[c.s].s:x.toks[c.e-1].e]
			c.f.Start, c.f.End = x.toks[c.s].s, x.toks[c.e-1].e
			spans = append(spans, c)
			floor = c.e
			i = c.e
			continue
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	if len(spans) == 0 {
		return nil
	}
	x.attribute(spans)
	out = make([]Figure, len(spans))
	for k := range spans {
		out[k] = spans[k].f
	}
	return out
}

// mayHoldFigure is a cheap guard: text with no digit and no letter holds no figure.
func mayHoldFigure(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// cand is a figure being built: its token range, the number's own range and sentence.
type cand struct {
	f      Figure
	s, e   int // tokens of Text
	ns, ne int // tokens of the number itself
	sent   int
}

// trigger reports whether a figure may start at token i, so most words cost one
// map look-up.
func (x *scanner) trigger(i int) bool {
	switch x.toks[i].k {
	case tkNum:
		return true
	case tkWord:
		w := x.w(i)
		if _, ok := cardinalWords[w]; ok {
			return true
		}
		if _, ok := vagueWords[w]; ok {
			return true
		}
		switch w {
		case "a", "an", "half", "quarter", "tens", "several", "few", "many", "twice":
			return true
		}
		return false
	default:
		r := x.raw(i)
		if _, ok := vulgarFractions[r]; ok {
			return true
		}
		return (r == "." || r == "-" || r == "−") && x.kind(i+1) == tkNum && x.gap(i+1) == 0
	}
}

// figureAt builds the figure whose number starts at token i. When there is none it
// returns the token to resume at, past anything excluded.
func (x *scanner) figureAt(i, floor int) (cand, int, bool) {
	var c cand
	w := x.w(i)
	if x.kind(i) == tkWord {
		if c, ok := x.vagueAt(i); ok {
			return c, c.e, true
		}
		if w == "a" || w == "an" {
			if c, ok := x.articleUnit(i); ok {
				x.qualify(&c, floor)
				return c, c.e, true
			}
		}
		if w == "one" && !x.oneCounts(i) {
			return c, i + 1, false
		}
	}
	start := i
	negative := false
	if r := x.raw(i); (r == "-" || r == "−") && x.kind(i) == tkPunct {
		if x.gap(i) == 0 && i > 0 {
			return c, i + 1, false
		}
		negative = true
		i++
	}
	n, ok := x.readNumber(i)
	if !ok {
		return c, i + 1, false
	}
	if n.ordinal {
		return c, n.e + 1, false
	}
	if skip, ex := x.excluded(n); ex {
		return c, skip, false
	}
	if negative {
		n.v = -n.v
	}
	c = cand{s: start, e: n.e, ns: n.s, ne: n.e, sent: x.sentOf(n.s)}
	c.f = Figure{Value: n.v, Bound: BoundExact, Kind: KindCount}
	if n.ratio {
		c.f.Kind = KindRatio
	}
	if cur, cs, ok := x.currencyBefore(start, floor); ok {
		c.f.Kind, c.f.Unit, c.s = KindMoney, cur, cs
	}
	hasUnit := x.unitAfter(n, &c)
	if !hasUnit && c.f.Kind == KindCount && n.digits {
		if x.yearLike(n) {
			return c, n.e, false
		}
		if x.nameBefore(c.s, x.sentStart(c.sent)) && !x.scoreAhead(n) {
			return c, x.skipNameNumber(n.e), false
		}
		if x.addressAfter(n.e) {
			return c, n.e, false
		}
		if rw := x.w(c.s - 1); referenceWords[rw] && !(rw == "no" && x.raw(c.s-1) == "no") ||
			rw == "." && x.w(c.s-2) == "no" || rw == "#" {
			return c, n.e, false
		}
		if (x.raw(c.s-1) == "(" || x.raw(c.s-1) == "[") && x.gap(c.s) == 0 &&
			(x.raw(n.e) == ")" || x.raw(n.e) == "]") && x.gap(n.e) == 0 {
			if x.raw(c.s-1) == "(" && x.kind(c.s-2) == tkWord && x.toks[c.s-2].cap && n.v < 120 && n.integer {
				c.f.Kind, c.f.Unit = KindAge, "year"
			} else {
				return c, n.e + 1, false
			}
		}
		if x.appositiveAge(c, n) {
			c.f.Kind, c.f.Unit = KindAge, "year"
		}
	}
	if !hasUnit && n.words && c.f.Kind == KindCount && x.wordNumberName(c, n) {
		return c, c.e + 1, false
	}
	if c.f.Kind == KindCount || c.f.Kind == KindRatio && !n.words {
		if x.ratioAfter(&c, n) {
			hasUnit = true
		}
	}
	if skip, bad := x.rangeAfter(&c, n, hasUnit); bad {
		return c, skip, false
	}
	x.suffixQualifier(&c)
	if c.f.Kind == KindDuration {
		switch x.w(c.e) {
		case "ago":
			return c, c.e + 1, false
		case "later", "earlier":
			c.e++
		}
	}
	q := x.qualify(&c, floor)
	if c.f.Kind == KindRatio && n.words && !n.scaled {
		// "half", "a third": only with a qualifier or before "of"; "two-thirds" stands.
		if !(q || x.w(c.e) == "of" || n.e-n.s >= 2 && x.w(n.s) != "a" && x.w(n.s) != "an") {
			return c, n.e, false
		}
	}
	return c, c.e, true
}

// oneCounts decides whether "one" at i is a count rather than a pronoun or idiom.
func (x *scanner) oneCounts(i int) bool {
	switch x.w(i - 1) {
	case "the", "this", "that", "which", "no", "any", "every", "each", "another", "a",
		"someone", "anyone", "only", "last", "next", "same", "this one", "any one", "day":
		if x.w(i-1) == "only" && x.kind(i+1) == tkWord && x.w(i+1) != "of" {
			return true
		}
		return false
	}
	switch x.w(i + 1) {
	case "of", "another", "day", "point", "thing", "way", "time", "hand", "side", "who",
		"that", "which", "could", "would", "should", "can", "must", "might", "will", "is",
		"was", "has", "had", "does", "did", "may", "per", "by", "after", "or", "to", "more",
		"less", "in", "on", "at", "and", "you", "i", "we", "they", "he", "she", "it", "-",
		"such", "too", "thing's", "else", "moment", "bit", "less-than":
		return x.w(i+1) == "or" || x.w(i+1) == "-" && x.kind(i+2) == tkWord && x.isUnitWord(i+2)
	}
	if x.kind(i+1) != tkWord {
		w := x.w(i - 1)
		return w == "least" || w == "just"
	}
	return true
}

// isUnitWord reports a time or measure unit at token i.
func (x *scanner) isUnitWord(i int) bool {
	_, ok := foldedUnits[x.w(i)]
	return ok
}

// skipNameNumber passes the rest of a name's number: "787-9", "20/20".
func (x *scanner) skipNameNumber(e int) int {
	for (x.raw(e) == "-" || x.raw(e) == "/") && x.gap(e) == 0 && x.kind(e+1) == tkNum && x.gap(e+1) == 0 {
		e += 2
	}
	return e
}

// scoreAhead reports "6-0" after "Gibraltar": a score follows, not a model number.
func (x *scanner) scoreAhead(n number) bool {
	e := n.e
	d := x.raw(e)
	if (d == "-" || d == "–") && x.gap(e) == 0 && x.kind(e+1) == tkNum && x.gap(e+1) == 0 && n.v <= 200 {
		m, _, _ := parseDigits(x.raw(e + 1))
		return m <= 200 && x.sports[x.sentOf(n.s)] && !x.toks[e+1].cap &&
			!(x.kind(e+2) == tkWord && x.toks[e+2].cap && x.gap(e+2) == 1 && !dayNames[x.w(e+2)])
	}
	return false
}

// wordNumberName catches "Three Amigos", "Six-Day War", "“three amigos”".
func (x *scanner) wordNumberName(c cand, n number) bool {
	t := x.toks[n.s]
	next := n.e
	if x.raw(next) == "-" && x.gap(next) == 0 {
		next++
	}
	if t.cap && x.kind(next) == tkWord && x.toks[next].cap && !x.titleCase(c.sent) {
		if n.s != x.sentStart(c.sent) || x.raw(n.e) == "-" {
			return true
		}
	}
	open := x.raw(n.s - 1)
	if (open == "“" || open == "\"" || open == "‘") && x.gap(n.s) == 0 {
		for k := n.e; k < n.e+3 && k < len(x.toks); k++ {
			r := x.raw(k)
			if r == "”" || r == "\"" || r == "’" {
				return true
			}
			if x.kind(k) != tkWord {
				break
			}
		}
	}
	return false
}

// appositiveAge reads "Swift, 29," and "Braun, 38 –" as ages.
func (x *scanner) appositiveAge(c cand, n number) bool {
	if !n.plain || !n.integer || n.v < 1 || n.v > 120 || c.s != n.s {
		return false
	}
	if x.raw(c.s-1) != "," || x.kind(c.s-2) != tkWord {
		return false
	}
	p := x.toks[c.s-2]
	if !p.cap && x.w(c.s-2) != "star" && x.w(c.s-3) != "the" {
		if !p.cap {
			return false
		}
	}
	switch x.raw(n.e) {
	case ",", "–", "—", ")", ";":
		return true
	case ".":
		return n.e+1 >= len(x.toks)
	case "-":
		return x.gap(n.e) > 0
	}
	return n.e >= len(x.toks)
}

// currencyBefore finds a currency written before the amount starting at token s:
// "$", "US$", "u.s $", "c $", "£", "Rs", "Rs.", "EUR", "USD3.14", "N500m".
func (x *scanner) currencyBefore(s, floor int) (string, int, bool) {
	j := s - 1
	if j < floor || x.gap(s) > 1 {
		return "", 0, false
	}
	raw := x.raw(j)
	if sym, ok := currencySymbols[raw]; ok {
		start := j
		if sym == "USD" && j-1 >= floor {
			p := x.w(j - 1)
			if x.raw(j-1) == "." && x.gap(j) == 0 {
				// "u.s $" or "U.S.$"
				if x.w(j-2) == "s" && x.raw(j-3) == "." && x.w(j-4) == "u" {
					return "USD", j - 4, true
				}
			}
			if code, ok := dollarPrefixes[p]; ok && x.kind(j-1) == tkWord && x.gap(j) <= 1 &&
				(x.gap(j) == 0 || len(p) <= 3 && (p == "us" || p == "c" || p == "usd" || p == "aud")) {
				if x.gap(j) == 0 || !x.toks[j-1].cap || p == "us" {
					return code, j - 1, true
				}
			}
			if p == "s" && x.raw(j-2) == "." && x.w(j-3) == "u" {
				return "USD", j - 3, true
			}
		}
		return sym, start, true
	}
	if code, ok := currencyCodes[raw]; ok && x.kind(j) == tkWord {
		if len(raw) == 3 && raw[0] >= 'a' && x.gap(s) > 0 && x.gap(j) == 0 && j > 0 {
			return "", 0, false
		}
		return code, j, true
	}
	if raw == "." && x.raw(j-1) == "Rs" && j-1 >= floor {
		return "INR", j - 1, true
	}
	if raw == "N" && x.gap(s) == 0 && x.kind(s+1) == tkWord && x.gap(s+1) == 0 {
		if _, ok := attachedScales[x.raw(s+1)]; ok {
			return "NGN", j, true
		}
	}
	return "", 0, false
}

// matchPhrase finds the longest entry of table that starts at token j and spans at most max
// tokens joined by single spaces or nothing. The key is a slice of the lower-cased text,
// so no allocation is made.
func matchPhrase[V any](x *scanner, j, max int, table map[string]V) (V, int, bool) {
	var zero V
	if j >= len(x.toks) {
		return zero, 0, false
	}
	for k := max; k >= 1; k-- {
		end := j + k
		if end > len(x.toks) {
			continue
		}
		good := true
		for m := j + 1; m < end; m++ {
			g := x.toks[m].gap
			if g > 1 || g == 1 && x.text[x.toks[m].s-1] != ' ' {
				good = false
				break
			}
		}
		if !good {
			continue
		}
		if v, ok := table[x.low[x.toks[j].s:x.toks[end-1].e]]; ok {
			return v, end, true
		}
	}
	return zero, 0, false
}

// unitAfter reads what follows the number: a percent sign, a currency, an age, a unit
// of time or measure, a rate, or a hyphenated noun ("four-time"). It reports whether it
// found one.
func (x *scanner) unitAfter(n number, c *cand) bool {
	e := c.e
	f := &c.f
	if f.Kind == KindMoney {
		if _, j, ok := matchPhrase(x, e, 3, currencyWords); ok && x.gap(e) == 1 {
			c.e = j
		}
		x.moneyRate(c)
		return true
	}
	if x.raw(e) == "%" && x.gap(e) <= 1 {
		f.Kind, f.Unit, c.e = KindPercent, "%", e+1
		return true
	}
	if u, j, ok := matchPhrase(x, e, 3, percentWords); ok && x.gap(e) <= 1 && x.kind(e) == tkWord {
		f.Kind, f.Unit, c.e = KindPercent, u, j
		return true
	}
	if cur, j, ok := x.currencyAfter(n, e); ok {
		f.Kind, f.Unit, c.e = KindMoney, cur, j
		if m, ok := scaleWords[x.w(j)]; ok && !groupScale(x.w(j)) && !n.scaled {
			f.Value *= m
			c.e = j + 1
		}
		x.moneyRate(c)
		return true
	}
	if x.ageAfter(c) {
		return true
	}
	// "half a liter"
	j := e
	if n.ratio && n.words && (x.w(j) == "a" || x.w(j) == "an") {
		j++
	}
	hy := false
	if x.raw(j) == "-" && x.gap(j) == 0 && x.gap(j+1) == 0 {
		hy = true
		j++
	}
	if u, end, ok := x.unitAt(j, hy); ok {
		if n.attM && u.unit != "" {
			// "12m barrels" read as a million; "1.8m" stays a length (handled below)
		}
		f.Kind, f.Unit, c.e = u.kind, u.unit, end
		if u.kind == KindMeasure {
			x.perTime(c)
		}
		return true
	}
	if n.attM {
		// "1.8m" alone or before a sport word is a length; before a noun it is a million.
		nw := x.w(e)
		if x.kind(e) != tkWord || sprintWords[nw] || f.Value/n.attMul < 1 && false {
			f.Value /= n.attMul
			f.Kind, f.Unit = KindMeasure, "m"
			return true
		}
	}
	if x.w(e) == "x" && x.gap(e) == 0 && x.kind(e+1) != tkNum {
		f.Kind, f.Unit, c.e = KindRatio, "x", e+1
		return true
	}
	// "four-time", "30-date", "two-goal": a hyphenated modifier counts its noun.
	if x.raw(e) == "-" && x.gap(e) == 0 && x.gap(e+1) == 0 && x.kind(e+1) == tkWord && !n.ratio {
		w := x.w(e + 1)
		if !x.toks[e+1].cap && w != "old" && w != "and" && w != "or" && w != "to" && w != "point" &&
			fractionWords[w] == 0 && !ordinalWords[w] && !(x.w(n.s) == "one" && n.words) &&
			cardinalWords[w] == 0 && x.raw(e+2) != "-" {
			c.e = e + 2
			return false
		}
	}
	return false
}

// sprintWords follow a distance in metres: "the 100m sprint".
var sprintWords = map[string]bool{
	"sprint": true, "race": true, "hurdles": true, "freestyle": true, "relay": true,
	"dash": true, "breaststroke": true, "backstroke": true, "butterfly": true, "medley": true,
	"final": true, "swim": true, "run": true, "tall": true, "long": true, "high": true,
	"wide": true, "deep": true, "away": true, "from": true, "above": true, "below": true,
}

// unitAt reads a unit of time or measure at token j; hy says it follows a hyphen.
func (x *scanner) unitAt(j int, hy bool) (unitInfo, int, bool) {
	if j >= len(x.toks) || x.gap(j) > 1 {
		return unitInfo{}, 0, false
	}
	if u, ok := exactUnits[x.raw(j)]; ok && !(x.gap(j) > 0 && x.kind(j+1) == tkWord && len(x.raw(j)) == 1 &&
		x.raw(j) != "C" && x.raw(j) != "F") {
		if x.kind(j+1) == tkWord && x.gap(j+1) == 0 {
			// "€ur"-style glue is for currencies; a unit glued to a word is a name
		} else if !(x.raw(j) == "C" || x.raw(j) == "F") || x.kind(j+1) != tkNum {
			return u, j + 1, true
		}
	}
	u, end, ok := matchPhrase(x, j, 4, foldedUnits)
	if !ok {
		return unitInfo{}, 0, false
	}
	if end == j+1 {
		w := x.w(j)
		switch w {
		case "in", "m", "g", "l", "t", "pm", "mi", "st", "ha", "mp", "cc", "gs", "c", "f", "k",
			"s", "min", "sec", "hr", "\"", "°", "degree", "degrees", "stone", "yd", "ft", "oz":
			if x.gap(j) > 0 && x.kind(end) == tkWord && w != "degrees" && w != "degree" && w != "°" &&
				w != "min" && w != "hr" && w != "ft" && w != "oz" && w != "yd" {
				return unitInfo{}, 0, false
			}
			if w == "\"" && x.gap(j) > 0 {
				return unitInfo{}, 0, false
			}
			if w == "in" && x.kind(end) == tkNum {
				return unitInfo{}, 0, false
			}
		}
		if x.kind(end) == tkWord && x.gap(end) == 0 {
			return unitInfo{}, 0, false
		}
	}
	// "60 mph (97 kph)": fine; "5.7 seconds" fine.
	return u, end, true
}

// perTime turns "350MB per second" into "MB/s".
func (x *scanner) perTime(c *cand) {
	e := c.e
	if x.w(e) != "per" && !(x.raw(e) == "/" && x.gap(e) == 0) {
		return
	}
	if st, ok := shortTime[x.w(e+1)]; ok {
		c.f.Unit += "/" + st
		c.e = e + 2
	}
}

// moneyRate extends "$2.52 a share", "$60,000 a year", "$6.99-a-month".
func (x *scanner) moneyRate(c *cand) {
	e := c.e
	if x.raw(e) == "-" && x.gap(e) == 0 && x.w(e+1) == "a" && x.raw(e+2) == "-" {
		if _, ok := perUnits[x.w(e+3)]; ok {
			c.e = e + 4
		}
		return
	}
	w := x.w(e)
	if (w == "a" || w == "an" || w == "per") && x.gap(e) == 1 {
		if _, ok := perUnits[x.w(e+1)]; ok && x.kind(e+1) == tkWord {
			c.e = e + 2
			return
		}
		if w == "per" && x.kind(e+1) == tkWord && x.kind(e+2) == tkWord {
			if _, ok := perUnits[x.w(e+2)]; ok {
				c.e = e + 3
			}
		}
	}
}

// currencyAfter finds a currency written after the amount: "20 euros", "42 EGP",
// "20€", "10MNT", "88 billion Hong Kong dollars", "20 million pounds".
func (x *scanner) currencyAfter(n number, e int) (string, int, bool) {
	if x.gap(e) > 1 || e >= len(x.toks) {
		return "", 0, false
	}
	raw := x.raw(e)
	if sym, ok := currencySymbols[raw]; ok && sym != "USD" {
		if x.w(e+1) == "ur" && x.gap(e+1) == 0 {
			return sym, e + 2, true
		}
		return sym, e + 1, true
	}
	if code, ok := currencyCodes[raw]; ok && x.kind(e) == tkWord {
		if (raw == "LE" || raw == "L") && x.raw(e+1) == "." {
			return "EGP", e + 3, true
		}
		if x.kind(e+1) == tkWord && x.gap(e+1) == 0 {
			return "", 0, false
		}
		return code, e + 1, true
	}
	if raw == "L" && x.raw(e+1) == "." && x.raw(e+2) == "E" {
		return "EGP", e + 3, true
	}
	if code, ok := millionCodes[raw]; ok {
		_ = code
		return millionCodes[raw], e + 1, true
	}
	if cur, j, ok := matchPhrase(x, e, 3, currencyWords); ok {
		return cur, j, true
	}
	w := x.w(e)
	if w == "pound" || w == "pounds" {
		if n.scaled || x.w(e+1) == "sterling" {
			if x.w(e+1) == "sterling" {
				return "GBP", e + 2, true
			}
			return "GBP", e + 1, true
		}
	}
	return "", 0, false
}

// ageAfter reads "81-year-old", "47 year old", "73 years old", "87 yo" and
// "3 years of age".
func (x *scanner) ageAfter(c *cand) bool {
	e := c.e
	if x.raw(e) == "-" && x.gap(e) == 0 {
		if u, ok := ageUnits[x.w(e+1)]; ok && x.raw(e+2) == "-" && x.w(e+3) == "old" {
			c.f.Kind, c.f.Unit, c.e = KindAge, u, e+4
			return true
		}
	}
	if u, ok := ageUnits[x.w(e)]; ok && x.gap(e) <= 1 {
		if x.w(e+1) == "old" {
			c.f.Kind, c.f.Unit, c.e = KindAge, u, e+2
			return true
		}
		if x.w(e+1) == "of" && x.w(e+2) == "age" {
			c.f.Kind, c.f.Unit, c.e = KindAge, u, e+3
			return true
		}
		if x.raw(e+1) == "-" && x.w(e+2) == "old" {
			c.f.Kind, c.f.Unit, c.e = KindAge, u, e+3
			return true
		}
	}
	if (x.w(e) == "yo" || x.w(e) == "y/o") && x.gap(e) <= 1 {
		c.f.Kind, c.f.Unit, c.e = KindAge, "year", e+1
		return true
	}
	return false
}

// ratioAfter reads "one in five", "1 in 10", "two out of three".
func (x *scanner) ratioAfter(c *cand, n number) bool {
	if !n.integer || n.scaled || c.e != n.e {
		return false
	}
	j := n.e
	switch {
	case x.w(j) == "in":
		j++
	case x.w(j) == "out" && x.w(j+1) == "of":
		j += 2
	default:
		return false
	}
	d, ok := x.readNumber(j)
	if !ok || d.v <= n.v || d.ratio || (d.digits != n.digits && !d.words) {
		return false
	}
	if d.digits && !d.plain && !d.scaled {
		return false
	}
	c.f.Kind, c.f.Value, c.f.Unit = KindRatio, n.v/d.v, ""
	c.e = d.e
	return true
}

// vagueAt reads "hundreds of", "tens of thousands", "several hundred", "a few thousand".
func (x *scanner) vagueAt(i int) (cand, bool) {
	w := x.w(i)
	var c cand
	v, e := 0.0, 0
	switch {
	case (w == "tens" || w == "hundreds") && x.w(i+1) == "of":
		if m, ok := vagueWords[x.w(i+2)]; ok && m >= 1000 {
			v, e = 10*m, i+3
			if w == "hundreds" {
				v = 100 * m
			}
		}
	case vagueAmounts[w] > 0 || w == "a" && x.w(i+1) == "few":
		j := i + 1
		if w == "a" {
			j++
		}
		if m, ok := scaleWords[x.w(j)]; ok && x.kind(j) == tkWord && x.w(j) != "cr" && x.w(j) != "mn" &&
			x.w(j) != "bn" && (w != "some" && w != "many" || x.w(j) == "thousands" || x.w(j) == "hundreds") {
			v, e = 2*m, j+1
		}
	}
	if e == 0 {
		m, ok := vagueWords[w]
		if !ok || (x.w(i+1) != "of" && x.w(i+1) != "more" && x.w(i+1) != "upon") {
			return c, false
		}
		if x.kind(i-1) == tkNum || cardinalWords[x.w(i-1)] > 0 || x.w(i-1) == "a" {
			return c, false
		}
		if w == "scores" && x.w(i+1) != "of" {
			return c, false
		}
		v, e = m, i+1
	}
	c = cand{s: i, e: e, ns: i, ne: e, sent: x.sentOf(i)}
	c.f = Figure{Value: v, Bound: BoundAtLeast, Vague: true, Kind: KindCount}
	if x.w(e) == "of" {
		if cur, _, ok := matchPhrase(x, e+1, 3, currencyWords); ok {
			c.f.Kind, c.f.Unit = KindMoney, cur
		}
	}
	return c, true
}

// articleUnit reads "a year or two", "an hour and a half", "a half century".
func (x *scanner) articleUnit(i int) (cand, bool) {
	var c cand
	j := i + 1
	frac := 0.0
	if w := x.w(j); w == "half" || w == "quarter" {
		frac = 1 / fractionWords[w]
		j++
	}
	u, end, ok := x.unitAt(j, false)
	if !ok || x.kind(j) != tkWord {
		return c, false
	}
	c = cand{s: i, e: end, ns: i, ne: end, sent: x.sentOf(i)}
	c.f = Figure{Bound: BoundExact, Kind: u.kind, Unit: u.unit}
	if frac > 0 {
		c.f.Value = frac
		return c, true
	}
	if x.w(end) == "or" {
		if v, ok := cardinalWords[x.w(end+1)]; ok && v > 1 && v <= 10 {
			c.f.Value, c.f.Max, c.e = 1, v, end+2
			return c, true
		}
	}
	if x.w(end) == "and" {
		k := end + 1
		if x.w(k) == "a" {
			k++
		}
		if den, ok := fractionWords[x.w(k)]; ok && x.w(k) != "second" {
			c.f.Value, c.e = 1+1/den, k+1
			return c, true
		}
	}
	return c, false
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
	case conn == "or" && n.v < 10:
	default:
		return 0, false
	}
	k := j + 1
	if _, ok := prefixSymbols[x.raw(k)]; ok && x.gap(k+1) == 0 {
		k++
	}
	switch x.w(k) {
	case "about", "around", "approximately", "roughly", "nearly":
		k++
	}
	if c.f.Kind == KindMoney && currencySymbols[x.raw(k)] == c.f.Unit {
		k++
	}
	n2, ok := x.readNumber(k)
	if !ok || n2.ordinal || n2.ratio != n.ratio {
		return 0, false
	}
	if n2.digits {
		if _, ex := x.excluded(n2); ex {
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
	if dash && !hasUnit && !has2 && n.integer && n2.integer && n.digits && n2.digits &&
		x.gap(j) == 0 && x.gap(k) == 0 && n.v <= 200 && n2.v <= 200 &&
		(x.sports[c.sent] || n.v >= n2.v) {
		if x.kind(c2.e) == tkWord && x.toks[c2.e].cap && x.gap(c2.e) == 1 && !dayNames[x.w(c2.e)] &&
			!x.isMonth(c2.e) {
			return c2.e, true // "787-9 Dreamliner"
		}
		c.f.Kind, c.e = KindScore, c2.e
		x.tennis(c)
		return 0, false
	}
	if n2.v <= n.v && !(n.v < 0 && n2.v <= 0) {
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
	if between && conn == "and" || from {
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
		if changeVerbs[x.w(i-k)] {
			return true
		}
		if x.kind(i-k) == tkPunct && x.raw(i-k) != "," {
			return false
		}
	}
	return false
}

// tennis extends a score over further sets and tiebreaks: "6-4, 7-6 (2)".
func (x *scanner) tennis(c *cand) {
	for {
		e := c.e
		if x.raw(e) == "(" && x.kind(e+1) == tkNum && x.raw(e+2) == ")" && x.gap(e+1) == 0 {
			c.e = e + 3
			continue
		}
		if x.raw(e) == "," && x.kind(e+1) == tkNum && (x.raw(e+2) == "-" || x.raw(e+2) == "–") &&
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
	if x.raw(c.e) == "+" && x.gap(c.e) == 0 {
		c.f.Bound, c.e = BoundAtLeast, c.e+1
		return
	}
	b, end, ok := matchPhrase(x, c.e, 3, suffixQualifiers)
	if !ok || x.gap(c.e) != 1 {
		return
	}
	w := x.w(c.e)
	if w == "plus" && (x.kind(end) == tkNum || cardinalWords[x.w(end)] > 0) {
		return
	}
	if b == BoundExact {
		switch c.f.Bound {
		case BoundMoreThan:
			c.f.Bound = BoundAtLeast
		case BoundLessThan:
			c.f.Bound = BoundAtMost
		default:
			return
		}
	} else {
		c.f.Bound = b
	}
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
	if s-1 >= floor && x.gap(s) == 0 {
		if b, ok := prefixSymbols[x.raw(s-1)]; ok {
			c.f.Bound, c.s, found = b, s-1, true
			s--
		}
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
		good := true
		for m := a; m < s; m++ {
			if x.kind(m) != tkWord && x.raw(m) != "." || m > a && x.gap(m) > 1 {
				good = false
				break
			}
		}
		if !good {
			continue
		}
		key := x.low[x.toks[a].s:x.toks[s-1].e]
		b, ok := prefixQualifiers[key]
		if !ok {
			continue
		}
		switch key {
		case "over":
			if c.f.Kind == KindDuration || c.f.Kind == KindCount && x.kind(c.ns) == tkWord && !x.hasScale(c) {
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
		if !found || b != BoundExact {
			c.f.Bound = b
		}
		c.s = a
		return true
	}
	return found
}

// hasScale reports a figure whose number carries a scale word ("over two million").
func (x *scanner) hasScale(c *cand) bool {
	for i := c.ns; i < c.ne; i++ {
		if _, ok := scaleWords[x.w(i)]; ok {
			return true
		}
	}
	return false
}
