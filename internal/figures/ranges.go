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
// and reads scores ("45-17", "6-4, 7-6 (2)"). bad reports a date range to skip. Each
// step is a rule of its own: the connective, the second end, what makes the pair no
// range of quantities, scores and model numbers, and the join itself.
func (x *scanner) rangeAfter(c *cand, n number, hasUnit bool) (int, bool) {
	r, ok := x.rangeConnective(c, n)
	if !ok {
		return 0, false
	}
	r.n, r.hasUnit = n, hasUnit
	n2, ok := x.readNumber(r.k)
	if !ok || n2.ordinal || n2.ratio != n.ratio {
		return 0, false
	}
	if skip, bad, stop := x.secondEndExcluded(n, n2); stop {
		return skip, bad
	}
	r.n2 = n2
	x.secondEnd(c, &r)
	// called one by one, not from a table of funcs: through a func value the pair
	// would escape to the heap, one allocation a range
	if skip, bad, stop := x.rangeOfTimes(c, &r); stop {
		return skip, bad
	}
	if skip, bad, stop := x.scoreOrModel(c, &r); stop {
		return skip, bad
	}
	if skip, bad, stop := x.rangeRefused(c, &r); stop {
		return skip, bad
	}
	x.joinRange(c, &r)
	return 0, false
}

// rangePair is a range being read: how its ends are joined and the second end.
type rangePair struct {
	j, k                int // the connective's token; the second end's first token
	dash, between, from bool
	// the connective is "or", "to" or "and"; a flag, not the word, so that no string
	// of the scanner's is kept where the second end's unit is read from (see phrase)
	or, to, and   bool
	n, n2         number
	c2            cand
	hasUnit, has2 bool // whether each end has its own unit
}

// rangeConnective reads what may join a second end to the figure in c: a dash, "to",
// "through", "until", "and" after "between", "or" after a small number. It returns
// where the second end starts, past "to" after a dash, "the", a symbol, an
// approximation and the figure's currency symbol.
func (x *scanner) rangeConnective(c *cand, n number) (rangePair, bool) {
	r := rangePair{j: c.e}
	conn := x.w(c.e)
	r.dash = conn == "-" || conn == "–" || conn == "—"
	r.or, r.to, r.and = conn == "or", conn == "to", conn == "and"
	r.between = x.w(c.s-1) == "between"
	r.from = x.w(c.s-1) == "from"
	switch conn {
	case "-", "–", "—", "to", "through", "thru", "till", "until":
	case "and":
		if !r.between {
			return r, false
		}
	case "or":
		if n.v >= 10 {
			return r, false
		}
	default:
		return r, false
	}
	k := r.j + 1
	if r.dash && x.w(k) == "to" {
		k++
	}
	if x.w(k) == "the" && !r.between {
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
	r.k = k
	return r, true
}

// secondEndExcluded stops a range whose second end is excluded: a date ends it and
// is skipped, anything else ends it alone; a year after a four-digit first end too.
func (x *scanner) secondEndExcluded(n, n2 number) (skip int, bad, stop bool) {
	if !n2.digits {
		return 0, false, false
	}
	if skip, why := x.excluded(n2); why == exDate {
		return skip, true, true
	} else if why != exNone {
		return 0, false, true
	}
	if x.yearLike(n2) && n.plain && len(x.raw(n.s)) == 4 {
		return 0, false, true
	}
	return 0, false, false
}

// secondEnd reads the second end as a figure of its own, with its unit.
func (x *scanner) secondEnd(c *cand, r *rangePair) {
	r.c2 = cand{s: r.k, e: r.n2.e}
	r.c2.f = Figure{Value: r.n2.v, Kind: KindCount}
	if c.f.Kind == KindMoney {
		r.c2.f.Kind, r.c2.f.Unit = KindMoney, c.f.Unit
	}
	r.has2 = x.unitAfter(r.n2, &r.c2) || r.c2.f.Kind == KindMoney
	if r.has2 && r.c2.f.Kind == KindCount {
		r.has2 = false
	}
}

// rangeOfTimes stops the pairs that are dates or hours, not quantities ("18-24
// November", "between 3 and 8 yesterday", "Monday 3-8"), and ends of different units.
func (x *scanner) rangeOfTimes(c *cand, r *rangePair) (int, bool, bool) {
	if x.monthAfter(r.c2.e) || x.monthBefore(c.s) {
		return r.c2.e, true, true
	}
	if r.hasUnit && r.has2 && (c.f.Kind != r.c2.f.Kind || c.f.Unit != r.c2.f.Unit) {
		return 0, false, true
	}
	if r.hasUnit || r.has2 || r.n.v > 24 || r.n2.v > 24 || r.n.v < 0 {
		return 0, false, false
	}
	switch x.w(r.c2.e) {
	case "yesterday", "today", "tomorrow", "tonight", "this", "am", "pm":
		return r.c2.e, true, true
	case "on":
		if (x.kind(r.c2.e+1) == tkNum || isDayName(x.w(r.c2.e+1)) || x.isMonth(r.c2.e+1)) && !x.sportsIn(c.sent) {
			return r.c2.e, true, true
		}
	}
	if isDayName(x.w(c.s-1)) || isDayName(x.w(c.s-2)) && x.w(c.s-1) == "from" {
		return r.c2.e, true, true
	}
	return 0, false, false
}

// scoreOrModel reads two small whole numbers joined by a tight dash as a score when
// the sentence is about sport or the first is not below the second ("45-17"), and a
// pair that cannot be a rising range as a model number ("787-9").
func (x *scanner) scoreOrModel(c *cand, r *rangePair) (int, bool, bool) {
	n, n2 := r.n, r.n2
	tight := r.dash && x.gap(r.j) == 0 && x.gap(r.k) == 0 && !r.hasUnit && !r.has2
	if tight && n.integer && n2.integer && n.digits && n2.digits && n.v <= 200 && n2.v <= 200 &&
		(x.sportsIn(c.sent) || n.v >= n2.v) {
		if e := r.c2.e; x.kind(e) == tkWord && x.toks[e].cap && x.gap(e) == 1 && !isDayName(x.w(e)) && !x.isMonth(e) {
			return e, true, true // "787-9 Dreamliner"
		}
		c.f.Kind, c.e = KindScore, r.c2.e
		x.tennis(c)
		return 0, false, true
	}
	if n2.v <= n.v && !(n.v < 0 && n2.v <= 0) {
		if tight && n.plain && n2.plain {
			return r.c2.e, true, true // "787-9": a model number, neither range nor score
		}
		return 0, false, true
	}
	return 0, false, false
}

// rangeRefused stops "one or two" past small numbers and "from 10% to 20%" after a
// verb of change, which are two figures; it turns "0-62 mph" into its top speed.
func (x *scanner) rangeRefused(c *cand, r *rangePair) (int, bool, bool) {
	if r.or && (r.n2.v > 10 || !r.n.words) {
		return 0, false, true
	}
	if r.from && (x.changeBefore(c.s-1) || r.hasUnit && r.has2 && c.f.Kind == KindPercent) {
		return 0, false, true
	}
	if r.n.v == 0 && r.has2 && (r.c2.f.Unit == "mph" || r.c2.f.Unit == "km/h") {
		// "0-62 mph" names a benchmark; the figure is the top speed.
		c.s, c.ns, c.f.Value = r.k, r.k, r.n2.v
		c.f.Kind, c.f.Unit, c.e = r.c2.f.Kind, r.c2.f.Unit, r.c2.e
		return 0, false, true
	}
	return 0, false, false
}

// joinRange makes c the range: the first end takes the second's scale ("3 to 5
// million") and unit, Max is the second end, and "between" or "from" joins the span.
func (x *scanner) joinRange(c *cand, r *rangePair) {
	n, n2 := r.n, r.n2
	if n2.scaled && !n.scaled && n.digits && n2.digits && n2.attMul == 0 {
		if mul := n2.v / n2.baseValue(x); mul > 1 && n.v < n2.baseValue(x) {
			c.f.Value *= mul
		}
	}
	c.f.Max = r.c2.f.Value
	if !r.hasUnit && r.has2 {
		c.f.Kind, c.f.Unit = r.c2.f.Kind, r.c2.f.Unit
	}
	c.e = r.c2.e
	if r.between && (r.and || r.to) || r.from {
		c.s--
	}
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
	// The longest key first: "more than" before "than".
	for a := max(s-5, floor, 0); a < s; a++ {
		b, key, ok := x.qualifierAt(a, s)
		if !ok {
			continue
		}
		if !x.qualifierFits(c, key, a) {
			return found
		}
		if b != BoundExact && !c.suffixBound && (!found || c.f.Bound == BoundExact || b != BoundApprox) {
			c.f.Bound = b
		}
		c.s = a
		return true
	}
	return found
}

// qualifierAt looks tokens a to s up as a qualifier before a figure, returning its
// bound and its key. The tokens must be words (or an abbreviation's period) with no
// line between them.
func (x *scanner) qualifierAt(a, s int) (Bound, string, bool) {
	// a key of several tokens starts with one of prefixStarts, which the tokens of the
	// key, tokenized alone, begin with
	if s-a > 1 && !prefixStartsTab.val(x.w(a)) {
		return "", "", false
	}
	for m := a; m < s; m++ {
		if x.kind(m) != tkWord && x.w(m) != "." || m > a && x.gap(m) > 1 {
			return "", "", false
		}
	}
	if s-a == 1 {
		// one token is its own key; key turns down any longer than 40
		key := x.w(a)
		if len(key) > 40 {
			return "", "", false
		}
		b, ok := prefixQualifiersTab.get(key)
		return b, key, ok
	}
	var buf [48]byte
	kb, ok := x.key(buf[:0], a, s)
	if !ok {
		return "", "", false
	}
	key, b, ok := prefixQualifiersTab.entryBytes(kb)
	return b, key, ok
}

// qualifierFits reports whether the qualifier key, at token a, qualifies the figure
// rather than standing as a preposition of its own ("titles over two spells"), and
// makes an age of a count after "aged".
func (x *scanner) qualifierFits(c *cand, key string, a int) bool {
	switch key {
	case "over":
		// "titles over two spells", "testifying over three days": a preposition
		return !((c.f.Kind == KindDuration || c.f.Kind == KindCount && x.kind(c.ns) == tkWord && !x.hasScale(c)) &&
			!x.opensClause(a))
	case "within":
		return c.f.Kind == KindDuration || c.f.Kind == KindMeasure
	case "age", "aged", "ages", "above age", "under age", "over age":
		if c.f.Kind != KindCount && c.f.Kind != KindDuration && c.f.Kind != KindAge {
			return false
		}
		if c.f.Unit == "" {
			c.f.Unit = "year"
		}
		c.f.Kind = KindAge
	case "some":
		return x.w(c.ns) != "one"
	case "under", "below", "above":
		return c.f.Kind != KindScore
	}
	return true
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
