package figures

import "strings"

// Exclusions: numbers a reader cannot fact-check as quantities. Years, dates, clock
// times, ordinals, phone numbers, addresses, page and section numbers, and numbers
// inside names. Each check looks at the tokens around a number only.

func isMonthName(w string) bool {
	if !calendarShapes.mayHold(w) {
		return false
	}
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
		"sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func isDayName(w string) bool {
	if !calendarShapes.mayHold(w) {
		return false
	}
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
		"tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// timeOfDay words put a bare number nearby on the clock: "tonight at 11".
func isTimeOfDay(w string) bool {
	if !calendarShapes.mayHold(w) {
		return false
	}
	switch w {
	case "tonight", "morning", "afternoon", "evening", "noon", "midnight", "oclock", "o'clock",
		"o’clock":
		return true
	}
	return false
}

// isMonth reports whether token i is a month name ("May" only capitalised).
func (x *scanner) isMonth(i int) bool {
	w := x.w(i)
	if !isMonthName(w) || x.kind(i) != tkWord {
		return false
	}
	if w == "may" || w == "mar" || w == "jan" || w == "sun" || w == "sat" {
		return x.toks[i].cap
	}
	return true
}

// monthBefore reports a month right before token s ("Nov. 18", "June 9").
func (x *scanner) monthBefore(s int) bool {
	j := s - 1
	if x.w(j) == "." && x.gap(j) == 0 {
		j--
	}
	return x.isMonth(j)
}

// monthAfter reports a month right after token e ("29 November", "4 of july").
func (x *scanner) monthAfter(e int) bool {
	j := e
	if x.w(j) == "of" {
		j++
		if x.w(j) == "the" {
			j++
		}
	}
	if x.isMonth(j) {
		return true
	}
	// "14april" is a number then a word glued on.
	return x.gap(e) == 0 && x.isMonth(e)
}

// clockAt reports a clock time at the number starting at token i: "9:30", "3pm",
// "1930h", "7 o'clock", "at 9" after a time of day or before a clock word, a number near
// "morning" or "tonight", or "330 p.m." written without its colon.
func (x *scanner) clockAt(n number) bool {
	e := n.e
	if x.w(e) == ":" && x.gap(e) == 0 && x.kind(e+1) == tkNum && x.gap(e+1) == 0 {
		return true
	}
	if n.v > 24 || n.v < 0 {
		// "330 p.m.", "815"
		return n.plain && n.v < 2400 && int(n.v)%100 < 60 && (x.ampm(e) || isTimeOfDay(x.w(n.s-1)))
	}
	if n.digits && !n.integer {
		frac := n.v - float64(int(n.v))
		if frac*100-float64(int(frac*100+1e-9)) > 1e-6 || frac >= 0.6 {
			return false
		}
	}
	w := x.w(e)
	if x.ampm(e) || n.digits && w == "h" && x.gap(e) == 0 || isTimeOfDay(w) || w == "o" && x.w(e+1) == "'" {
		return true
	}
	if clock, decided := x.clockAfterPreposition(n); decided {
		return clock
	}
	for k := 1; k <= 3; k++ {
		if isTimeOfDay(x.w(n.s-k)) || (k <= 2 && isTimeOfDay(x.w(e+k-1))) {
			return true
		}
	}
	return false
}

// clockAfterPreposition reads a small number after "at", "around", "until" as an
// hour: after a time of day or a day ("Monday at 9"), and after "at" before a clock
// word, another number, the end of the text, two decimals ("at 9.30"); before other
// punctuation a whole number is an hour and any other is none. decided reports that
// it settled the question.
func (x *scanner) clockAfterPreposition(n number) (clock, decided bool) {
	p := x.w(n.s - 1)
	if p != "at" && p != "@" && p != "around" && p != "about" && p != "till" && p != "until" {
		return false, false
	}
	if q := x.w(n.s - 2); isTimeOfDay(q) || q == "today" || q == "tomorrow" || isDayName(q) {
		return true, true
	}
	if p != "at" && p != "@" {
		return false, false
	}
	e, w := n.e, x.w(n.e)
	if e >= len(x.toks) || clockAfterTab.val(w) || (x.kind(e) == tkNum && x.gap(e) == 1) {
		return true, true
	}
	if !n.integer && n.digits && len(x.w(n.s))-indexByte(x.w(n.s), '.') == 3 {
		return true, true
	}
	if x.kind(e) == tkPunct && w != "-" && w != "–" && w != "%" && w != "'" && w != "’" && w != "\"" {
		return n.integer, true
	}
	return false, false
}

// ampm reports "am", "pm", "a.m.", "p.m.", "p" at token i.
func (x *scanner) ampm(i int) bool {
	if x.gap(i) > 1 {
		return false
	}
	w := x.w(i)
	switch w {
	case "am", "pm", "a.m", "p.m":
		return true
	case "a", "p":
		if x.w(i+1) == "." && x.w(i+2) == "m" {
			return true
		}
		if x.w(i+1) == "m" && x.gap(i+1) == 1 {
			return true
		}
		return w == "p" && x.gap(i) == 0 && x.kind(i+1) != tkWord
	}
	return false
}

// chunk gathers a run of digit groups joined by "-", ".", "/", "(", ")" or single
// spaces, as phone numbers, dates and codes are written. It returns the token after the
// run, the number of groups and digits, and the joiners seen.
func (x *scanner) chunk(i int) (end, groups, digits int, slash, dash, paren, space bool) {
	j := i
	if x.w(j-1) == "(" && x.gap(j) == 0 {
		paren = true
	}
	for {
		if x.kind(j) != tkNum {
			break
		}
		groups++
		r := x.w(j)
		for k := 0; k < len(r); k++ {
			if isDigit(r[k]) {
				digits++
			}
		}
		j++
		next := x.w(j)
		switch {
		case (next == "-" || next == "/" || next == "." || next == ")") && x.kind(j+1) == tkNum &&
			x.gap(j) == 0 && x.gap(j+1) <= 1:
			slash = slash || next == "/"
			dash = dash || next == "-"
			paren = paren || next == ")"
			j++
		case next == ")" && x.gap(j) == 0 && x.kind(j+1) == tkNum:
			paren = true
			j++
		case x.kind(j) == tkNum && x.gap(j) == 1:
			space = true
		default:
			return j, groups, digits, slash, dash, paren, space
		}
	}
	return j, groups, digits, slash, dash, paren, space
}

// phoneContext looks for "phone", "call", "tel" and the like shortly before token i.
func (x *scanner) phoneContext(i int) bool {
	for k := 1; k <= 6; k++ {
		w := x.w(i - k)
		if !calendarShapes.mayHold(w) {
			continue
		}
		switch w {
		case "phone", "call", "tel", "telephone", "fax", "mobile", "cell", "dial", "whatsapp",
			"hotline", "helpline", "contact":
			return true
		}
	}
	return false
}

// Why a number was excluded: dates and clock times may continue into a range
// ("November 18-19", "3-8pm"), which must go with them.
const (
	exNone = iota
	exOther
	exDate
)

// digitsIn counts the digits of tokens a..b-1.
func (x *scanner) digitsIn(a, b int) int {
	n := 0
	for i := a; i < b && i < len(x.toks); i++ {
		if x.kind(i) == tkNum {
			r := x.w(i)
			for k := 0; k < len(r); k++ {
				if isDigit(r[k]) {
					n++
				}
			}
		}
	}
	return n
}

// skipPhone passes a phone number written in any of its shapes: "+44 (0) 113-496-0009".
func (x *scanner) skipPhone(i int) int {
	j := i
	for j < len(x.toks) && x.gap(j) <= 1 {
		r := x.w(j)
		switch {
		case x.kind(j) == tkNum:
		case r == "(" || r == ")" || r == "-" || r == "." || r == "/" || r == "+":
			if x.kind(j+1) != tkNum && x.w(j+1) != "(" && x.w(j+1) != "+" {
				return j
			}
		case (x.w(j) == "ext" || x.w(j) == "x") && (x.kind(j+1) == tkNum || x.w(j+1) == "."):
		default:
			return j
		}
		j++
	}
	return j
}

// excluded decides whether the number n is part of something that is no figure. It
// returns the token to resume at and why (exNone when the number may be a figure).
func (x *scanner) excluded(n number) (int, int) {
	if x.quiet(n) {
		return 0, exNone
	}
	skip, ok := x.excludedAt(n)
	if !ok {
		return 0, exNone
	}
	if x.dateLike(n) {
		return x.skipRangeTail(skip), exDate
	}
	return skip, exOther
}

// quiet reports a number that none of excludedAt's rules can exclude: one run of
// digits between neighbours that start no date, clock time, phone number, code or
// name, as "164" in "killed at least 164 children". Most numbers are such, and
// excludedAt asks twenty-odd questions of each, which cost more in missed instruction
// cache and mispredicted branches than in work. quiet asks what rules all of them out
// at once. It may turn a number over to excludedAt that it passes, but must never pass
// one excludedAt excludes: every condition below stands for the rules named beside it,
// and TestQuietExcludesNothing holds the two to the same answer.
func (x *scanner) quiet(n number) bool {
	i, e := n.s, n.e
	if e != i+1 || x.kind(i) != tkNum {
		return false
	}
	raw := x.w(i)
	// six digits and more may be a phone number or a code, "0730" is a clock time,
	// "911" a phone number
	if len(raw) >= 6 || len(raw) == 4 && raw[0] == '0' || raw == "911" || raw == "999" {
		return false
	}
	// the clock rules read further around numbers that may be hours
	small := n.v <= 24 && n.v >= 0
	if i > 0 {
		p := x.w(i - 1)
		switch x.toks[i-1].k {
		case tkWord:
			// glued letters make a name ("G7"); the word may be a day, month or time
			if x.toks[i].gap == 0 || !quietBefore(p, small) {
				return false
			}
		case tkPunct:
			// a phone number's "+" and "(", "#5", "COVID-19", "31/Oct", "Nov. 18",
			// "@ 8"
			switch p {
			case "+", "(", "#", "-", "/", ".", "@":
				return false
			}
		default:
			return false
		}
	}
	if e < len(x.toks) {
		a := x.w(e)
		switch x.toks[e].k {
		case tkWord:
			// glued: "4K", "1st", "5s", "14april"; spaced: a month, day, time or
			// "am" after it
			if x.toks[e].gap == 0 || !quietAfter(a) {
				return false
			}
		case tkPunct:
			switch a {
			case ":", "/", "-":
				// "8:30", "2/15", "31-Oct" and phone numbers
				return false
			case ".", ")", "(", "+":
				// a phone number going on, or a list item's "1." at the start
				if i == 0 || x.kind(e+1) == tkNum || x.w(e+1) == "(" || x.w(e+1) == "+" {
					return false
				}
			}
		default:
			// "2 000" is read as one number; other digits after it may be a phone
			// number's groups
			return false
		}
	}
	// "6 in the morning": clockAt looks three words back and two on
	return !small || !isTimeOfDay(x.w(i-2)) && !isTimeOfDay(x.w(i-3)) && !isTimeOfDay(x.w(e+1))
}

// quietBefore reports a word before a number that makes it no date or clock time:
// dayBefore, monthBefore and clockAt read the ones it turns away.
func quietBefore(w string, small bool) bool {
	if len(w) < 32 && !quietShapes.mayHold(w) {
		return true
	}
	if isMonthName(w) || isDayName(w) || isTimeOfDay(w) || w == "the" {
		return false
	}
	if small {
		switch w {
		case "at", "around", "about", "till", "until":
			return false
		}
	}
	return true
}

// quietAfter reports a word after a number that makes it no date or clock time:
// monthAfter, clockAt, ampm, skipPhone and excludedAt's days ("2 thursdays back") read
// the ones it turns away. A letter alone may be "a" of "a.m." or "x" of "ext".
func quietAfter(w string) bool {
	if len(w) < 2 {
		return false
	}
	if len(w) < 32 && !quietShapes.mayHold(w) {
		return true
	}
	if isMonthName(w) || isDayName(w) || isTimeOfDay(w) || w[len(w)-1] == 's' && isDayName(w[:len(w)-1]) {
		return false
	}
	switch w {
	case "of", "st", "nd", "rd", "th", "am", "pm", "a.m", "p.m", "ext":
		return false
	}
	return true
}

// dateLike reports the date and clock exclusions, whose ranges go with them.
func (x *scanner) dateLike(n number) bool {
	return x.clockAt(n) || x.monthBefore(n.s) || x.monthAfter(n.e) || x.dayBefore(n) ||
		ordinalSuffixesTab.val(x.w(n.e)) && x.gap(n.e) == 0
}

// dayBefore reports "Friday 23", "Monday 3-8", "on the 17".
func (x *scanner) dayBefore(n number) bool {
	if n.v > 31 || n.v < 1 {
		return false
	}
	if x.countedAfter(n.e) {
		// "On Monday 12 workers were arrested", "on the 12-seat bench"
		return false
	}
	p := x.w(n.s - 1)
	if p == "the" && x.w(n.e) == "-" {
		return false
	}
	return isDayName(p) || p == "the" && (x.w(n.s-2) == "on" || isDayName(x.w(n.s-2)))
}

// skipRangeTail passes the second half of a date or time range: "-19", "to 7:30",
// "through 15", "to the 15th of July".
func (x *scanner) skipRangeTail(j int) int {
	w := x.w(j)
	if w != "-" && w != "–" && w != "—" && w != "to" && w != "through" && w != "until" &&
		w != "till" && w != "and" && w != "/" {
		return j
	}
	k := j + 1
	if x.w(k) == "the" {
		k++
	}
	if x.kind(k) != tkNum {
		return j
	}
	k++
	for k < len(x.toks) && x.gap(k) <= 1 {
		r := x.w(k)
		if r == ":" || x.kind(k) == tkNum && x.gap(k) == 0 || ordinalSuffixesTab.val(r) && x.gap(k) == 0 || x.ampm(k) ||
			r == "." && (x.w(k-1) == "a" || x.w(k-1) == "p" || x.w(k-1) == "m") || r == "m" {
			k++
			continue
		}
		break
	}
	return k
}

// excludedAt reports a number at n that is no figure and the token to resume at: a
// phone number, a date or clock time, a code or name glued to letters, an ordinal, a
// file name or address. Each shape is a named rule below, tried in order; the first
// that decides, excluding the number or keeping it from the rules after it, wins.
func (x *scanner) excludedAt(n number) (int, bool) {
	if x.kind(n.s) != tkNum {
		return 0, false
	}
	c := exclusionCtx{n: n, i: n.s, raw: x.w(n.s), phone: x.phoneContext(n.s)}
	// The rules are tried in order, each only while those before it passed; the order
	// matters where shapes overlap (a phone number before the digit chunks it is made
	// of, a code glued to letters before the ordinal suffix test). They are called in
	// line: a table of closures over x and c, made for each number and called through
	// it, cost a fifth of the exclusions' instructions.
	e, v := x.exPhoneNear(&c)
	if v == pass {
		e, v = x.exDayDate(&c)
	}
	if v == pass {
		e, v = x.exGluedToWord(&c)
	}
	if v == pass {
		e, v = x.exHashNumber(&c)
	}
	if v == pass {
		e, v = x.exHyphenCode(&c)
	}
	if v == pass {
		e, v = x.exListItem(&c)
	}
	if v == pass {
		e, v = x.exResolution(&c)
	}
	if v == pass {
		e, v = x.exOpaque(&c)
	}
	if v == pass {
		e, v = x.exOrdinalSuffix(&c)
	}
	if v == pass {
		e, v = x.exGluedSuffix(&c)
	}
	if v == pass {
		e, v = x.exMultiToken(&c)
	}
	if v == pass {
		e, v = x.exDigitChunks(&c)
	}
	if v == pass {
		e, v = x.exLongDigits(&c)
	}
	if v == pass {
		e, v = x.exClock(&c)
	}
	if v == pass {
		e, v = x.exMonthNear(&c)
	}
	if v == pass {
		e, v = x.exDayWordNear(&c)
	}
	if v == pass {
		e, v = x.exSlashDate(&c)
	}
	if v != exclude {
		return 0, false
	}
	return e, true
}

// exclusionCtx is what the exclusion rules share about a number: where it is, its
// digits as written, and whether a phone word stands near (asked once, not per rule).
type exclusionCtx struct {
	n     number
	i     int
	raw   string
	phone bool
}

// verdict is what an exclusion rule decides.
type verdict uint8

const (
	pass    verdict = iota // not this rule's shape
	exclude                // no figure: resume at the token returned
	keep                   // a figure: no later rule applies
)

// decided turns a rule's test into its answer: exclude at e when ok.
func decided(e int, ok bool) (int, verdict) {
	if ok {
		return e, exclude
	}
	return 0, pass
}

// exPhoneNear: a number after a phone word or "+", whose digits run on: "call 0800 123".
func (x *scanner) exPhoneNear(c *exclusionCtx) (int, verdict) {
	i := c.i
	if c.phone || x.w(i-1) == "+" && x.gap(i) == 0 || x.w(i-1) == "(" && x.w(i-2) == "+" {
		if e := x.skipPhone(i); e > c.n.e || c.phone && x.digitsIn(i, e) >= 6 {
			return e, exclude
		}
	}
	return 0, pass
}

// exDayDate: a day of the month after a day name or "on the": "Monday 12", with its
// clock time if one follows.
func (x *scanner) exDayDate(c *exclusionCtx) (int, verdict) {
	if !x.dayBefore(c.n) {
		return 0, pass
	}
	e := c.n.e
	for x.w(e) == ":" && x.kind(e+1) == tkNum {
		e += 2
	}
	return e, exclude
}

// exGluedToWord: digits glued to letters before them: "G7", "my6sense", "PM2.5", "i5"
// (currency codes aside).
func (x *scanner) exGluedToWord(c *exclusionCtx) (int, verdict) {
	i := c.i
	return decided(x.skipAlnum(i), x.gap(i) == 0 && x.kind(i-1) == tkWord && !x.currencyWord(i-1))
}

// exHashNumber: "#5".
func (x *scanner) exHashNumber(c *exclusionCtx) (int, verdict) {
	return decided(c.n.e, x.gap(c.i) == 0 && x.w(c.i-1) == "#")
}

// exHyphenCode: glued to a hyphen glued to a word: "COVID-19", "A350-900", "OAO-1";
// "mid-30s", "a-10" aside.
func (x *scanner) exHyphenCode(c *exclusionCtx) (int, verdict) {
	i := c.i
	if x.gap(i) == 0 && x.w(i-1) == "-" && x.gap(i-1) == 0 && x.kind(i-2) == tkWord && !x.currencyWord(i-2) &&
		!(x.kind(i-3) == tkNum && x.gap(i-2) == 0) {
		w := x.w(i - 2)
		return decided(x.skipAlnum(i), w != "mid" && w != "to" && w != "a" && w != "an")
	}
	return 0, pass
}

// exListItem: a list item's number opening the text: "1. The harbour walk", "2) Prices".
func (x *scanner) exListItem(c *exclusionCtx) (int, verdict) {
	n := c.n
	return decided(2, c.i == 0 && n.plain && n.e == 1 && (x.w(1) == "." || x.w(1) == ")") && x.gap(1) == 0 &&
		x.gap(2) > 0 && x.kind(2) == tkWord && x.toks[2].cap)
}

// exResolution: display resolutions "4K", "8K": one digit and a capital K, a
// resolution unless a currency stands before it or a counted noun after it ("$4K",
// "4K runners"), or no screen word is near and a race word follows ("ran 4K in").
func (x *scanner) exResolution(c *exclusionCtx) (int, verdict) {
	n := c.n
	return decided(n.e+1, x.raw(n.e) == "K" && x.gap(n.e) == 0 && n.plain && len(c.raw) == 1 && !x.thousandsK(c.i, n.e+1))
}

// exOpaque: a URL, an e-mail address or a file name.
func (x *scanner) exOpaque(c *exclusionCtx) (int, verdict) {
	return decided(x.opaqueRun(c.i))
}

// exOrdinalSuffix: ordinals "1st", "25th".
func (x *scanner) exOrdinalSuffix(c *exclusionCtx) (int, verdict) {
	return decided(c.i+2, ordinalSuffixesTab.val(x.w(c.i+1)) && x.gap(c.i+1) == 0)
}

// exGluedSuffix: letters glued after the digits that are no unit, scale or currency:
// "5s", "MP3s", "6A", "4x4", "1990s", "i9".
func (x *scanner) exGluedSuffix(c *exclusionCtx) (int, verdict) {
	n, i := c.n, c.i
	if !(x.kind(n.e) == tkWord && x.gap(n.e) == 0 && n.e == i+1) {
		return 0, pass
	}
	suf := x.raw(n.e)
	if !x.knownSuffix(n.e) {
		if suf == "s" || suf == "S" {
			return n.e + 1, exclude
		}
		return x.skipAlnum(i), exclude
	}
	return decided(x.skipAlnum(i), x.kind(n.e+1) == tkNum && x.gap(n.e+1) == 0 && suf != "h")
}

// exMultiToken: a number already read as several tokens ("2 1/2", "12 000") is one
// quantity, and the digit-chunk rules after this one do not apply.
func (x *scanner) exMultiToken(c *exclusionCtx) (int, verdict) {
	if c.n.e > c.i+2 && !c.n.slash {
		return 0, keep
	}
	return 0, pass
}

// exDigitChunks: phone numbers and codes written as groups of digits with slashes,
// dashes, brackets or spaces: "+44 20 7946 0958", "(06)-1223", "911".
func (x *scanner) exDigitChunks(c *exclusionCtx) (int, verdict) {
	i, n, phone := c.i, c.n, c.phone
	end, groups, digits, slash, dash, paren, space := x.chunk(i)
	plus := (x.w(i-1) == "+" && x.gap(i) == 0) || (x.w(i-1) == "(" && x.w(i-2) == "+")
	switch {
	case plus && digits >= 6:
		return end, exclude
	case groups >= 3 && (slash || dash || paren || digits >= 7 || n.digits && !n.plain && x.w(i+1) == "."):
		return decided(end, !(space && !slash && !dash && !paren && digits < 9 && !phone))
	case paren && digits >= 7, groups == 2 && space && digits >= 8, phone && digits >= 6,
		c.raw == "911" || c.raw == "999" && phone:
		return end, exclude
	}
	return 0, pass
}

// exLongDigits: plain runs of digits no count is written as: nine digits and more, six
// and more with a leading zero, "0730" (a clock time), "20191120" (a date).
func (x *scanner) exLongDigits(c *exclusionCtx) (int, verdict) {
	n, raw := c.n, c.raw
	switch {
	case !n.plain:
		return 0, pass
	case len(raw) >= 9, len(raw) >= 6 && raw[0] == '0':
		return n.e, exclude
	case len(raw) == 4 && raw[0] == '0' && raw[2] <= '5':
		return x.skipRangeTail(n.e), exclude
	case len(raw) == 8 && (raw[:2] == "19" || raw[:2] == "20") && raw[4] <= '1':
		return n.e, exclude
	}
	return 0, pass
}

// exClock: a clock time ("3:30", "5pm", "at 9 tonight") with its minutes.
func (x *scanner) exClock(c *exclusionCtx) (int, verdict) {
	if !x.clockAt(c.n) {
		return 0, pass
	}
	e := c.n.e
	for e < len(x.toks) && (x.w(e) == ":" || x.kind(e) == tkNum && x.gap(e) == 0) {
		e++
	}
	return e, exclude
}

// exMonthNear: a day of the month next to a month name: "March 3", "3rd of March".
func (x *scanner) exMonthNear(c *exclusionCtx) (int, verdict) {
	n := c.n
	return decided(n.e, x.monthBefore(c.i) || x.monthAfter(n.e) || x.monthAfter(n.e+1) && ordinalSuffixesTab.val(x.w(n.e)))
}

// exDayWordNear: "2 thursdays back", "20 of this month", "31/Oct/1974".
func (x *scanner) exDayWordNear(c *exclusionCtx) (int, verdict) {
	n, i := c.n, c.i
	w := x.w(n.e)
	return decided(n.e, isDayName(w) || len(w) > 1 && w[len(w)-1] == 's' && isDayName(w[:len(w)-1]) ||
		w == "of" && x.w(n.e+1) == "this" || (w == "/" || w == "-") && x.gap(n.e) == 0 && x.isMonth(n.e+1) ||
		(x.w(i-1) == "/" || x.w(i-1) == "-") && x.gap(i) == 0 && x.isMonth(i-2))
}

// exSlashDate: slash dates: "on 2/15", "2 / 15", "5/17/2018", "2/2013"; an improper
// "fraction" of day and month ("10/1"), or one in a range, is a date.
func (x *scanner) exSlashDate(c *exclusionCtx) (int, verdict) {
	n, i := c.n, c.i
	if !(n.slash || (x.w(n.e) == "/" && x.kind(n.e+1) == tkNum)) {
		return 0, pass
	}
	d := x.raw(i + 2)
	a, _, _ := parseDigits(c.raw)
	b, _, _ := parseDigits(d)
	switch x.w(i - 1) {
	case "on", "by", "until", "this", "from", "to", "date", "since", "before", "after", "till":
		return x.skipSlashes(i), exclude
	}
	return decided(x.skipSlashes(i), len(d) == 4 || x.w(i+3) == "/" || isDayName(x.w(i-1)) || x.gap(n.e) > 0 && x.w(n.e) == "/" ||
		a >= b && b <= 31 || x.w(n.e) == "to" || x.w(n.e) == "-" || x.w(n.e) == "at")
}

// thousandsK reports the evidence that a "4K" at i, ending before e, is four thousand.
func (x *scanner) thousandsK(i, e int) bool {
	if _, ok := currencySymbolsTab.get(x.raw(i - 1)); ok {
		return true
	}
	if x.screenNear(i) {
		return false
	}
	return x.countedAfter(e) || sprintWordsTab.val(x.w(e)) || x.w(i-1) == "ran" || x.w(i-1) == "run"
}

// screenNear reports a screen word within three tokens of i.
func (x *scanner) screenNear(i int) bool {
	for k := i - 3; k <= i+4; k++ {
		if screenWordsTab.val(x.w(k)) {
			return true
		}
	}
	return false
}

// opaqueRun reports a number inside a URL, an e-mail address or a file name, and the
// token after that run: a run of tokens with no space between them that holds "://",
// starts with "www", holds "@" before a ".", or holds "/" and a "." between words
// ("bbc.co.uk/news/123"), or ends in a file extension ("budget_2023.xlsx"). Reads: the
// run, up to 64 tokens each way.
func (x *scanner) opaqueRun(i int) (int, bool) {
	a := i
	for a > 0 && x.gap(a) == 0 && i-a < 64 {
		a--
	}
	if x.gap(a) == 0 && a > 0 {
		return 0, false // too long to be sure; no run of that length is prose
	}
	e := i + 1
	for e < len(x.toks) && x.gap(e) == 0 && e-i < 64 {
		e++
	}
	if e-a < 3 {
		return 0, false
	}
	slash, dot, at := false, false, false
	for k := a; k < e; k++ {
		switch x.w(k) {
		case "/":
			slash = true
		case "@":
			at = true
		case ".":
			if x.kind(k-1) == tkWord && x.kind(k+1) == tkWord && k > a && k+1 < e {
				dot = true
			}
			if at && dot {
				return e, true
			}
		case ":":
			if x.w(k+1) == "/" && x.w(k+2) == "/" {
				return e, true
			}
		case "www":
			if k == a {
				return e, true
			}
		}
	}
	if slash && dot {
		return e, true
	}
	// a file name: the run's last two tokens are "." and an extension
	if x.w(e-2) == "." && fileExtensionsTab.val(x.w(e-1)) {
		return e, true
	}
	return 0, false
}

// skipSlashes passes "10/31/74" and "4/25".
func (x *scanner) skipSlashes(i int) int {
	j := i
	for x.kind(j) == tkNum || x.w(j) == "/" {
		j++
	}
	return j
}

// skipAlnum passes a run of letters and digits glued together ("CBR600F4").
func (x *scanner) skipAlnum(i int) int {
	j := i + 1
	for j < len(x.toks) && x.gap(j) == 0 && (x.kind(j) == tkWord || x.kind(j) == tkNum ||
		(x.w(j) == "-" || x.w(j) == ".") && x.gap(j+1) == 0 && x.kind(j+1) != tkPunct && x.kind(j+1) != 0) {
		j++
	}
	return j
}

// knownSuffix reports whether the word glued after digits is a unit, scale, currency,
// clock or ordinal marker rather than part of a name.
func (x *scanner) knownSuffix(i int) bool {
	raw, w := x.raw(i), x.w(i)
	if _, ok := attachedScalesTab.get(raw); ok {
		return true
	}
	if _, ok := exactUnitsTab.get(raw); ok {
		return true
	}
	if _, ok := foldedUnitsTab.get(w); ok && (len(raw) > 1 || raw == w) {
		// a capital letter glued to digits ("5G", "4K" aside) names something
		return true
	}
	if _, ok := currencyCodesTab.get(raw); ok {
		return true
	}
	if _, ok := currencyCodesTab.get(x.text[x.toks[i].s:x.toks[i].e]); ok {
		return true
	}
	if _, ok := millionCodesTab.get(raw); ok {
		return true
	}
	if _, ok := percentWordsTab.get(w); ok {
		return true
	}
	if _, ok := scaleWordsTab.get(w); ok {
		return true
	}
	switch w {
	case "am", "pm", "h", "x", "yo", "st", "nd", "rd", "th", "ish", "years", "year",
		"yr", "yrs", "mph", "kph", "kmph", "kmh", "fps", "kps", "kbps", "mbps", "lbs",
		"usd", "rs", "crore", "lakh", "ms", "bn", "mn", "tn", "min", "hr", "sec", "dozen":
		return true
	}
	return false
}

// currencyWord reports a currency code glued before digits: "USD3.14", "CAD3", "N500m".
func (x *scanner) currencyWord(i int) bool {
	raw := x.raw(i)
	if _, ok := currencyCodesTab.get(raw); ok {
		return true
	}
	if _, ok := currencyCodesTab.get(x.w(i)); ok && len(raw) == 3 {
		return true
	}
	if raw == "N" {
		_, ok := attachedScalesTab.get(x.raw(i + 2))
		return ok && x.gap(i+2) == 0
	}
	return raw == "Rs"
}

// yearLike reports a plain four-digit year with nothing that makes it a quantity.
func (x *scanner) yearLike(n number) bool {
	if !n.plain || !n.integer || n.e != n.s+1 || len(x.w(n.s)) != 4 {
		return false
	}
	if n.v >= 1900 && n.v <= 2099 {
		return true
	}
	if n.v < 1000 || n.v > 2199 {
		return false
	}
	switch x.w(n.s - 1) {
	case "in", "since", "from", "by", "of", "until", "till", "to", "year", "circa", "between",
		"and", "early", "late", "mid", "the", "around", "approximately", "about", "c":
		return true
	}
	return false
}

// nameBefore reports a number that continues a name: "Apollo 11", "Windows 11",
// "Boeing 737", "LC 500", "S&P 500". Sentence starts and function words are not names.
func (x *scanner) nameBefore(s, e int, sentStart int) bool {
	p := s - 1
	if x.kind(p) != tkWord || x.gap(s) == 0 {
		return false
	}
	t := x.toks[p]
	if !t.upper {
		return false
	}
	w := x.w(p)
	if capitalFunctionWordsTab.val(w) || x.isMonth(p) || isDayName(w) {
		return false
	}
	if _, ok := currencyCodesTab.get(x.raw(p)); ok {
		return false
	}
	if p == sentStart && !t.upper {
		return false
	}
	if p == sentStart || x.toks[p].cap && x.w(p-1) == "," && p-1 == sentStart+1 {
		// A sentence's first word is capitalised by its place, so it names a thing only
		// with more evidence: "Apollo 11 launched", "Windows 10 is"; "Yesterday 40 people",
		// "Although 12 workers", "Overall 12 companies" count what follows.
		return !x.countedAfter(e)
	}
	return true
}

// countedAfter reports a number ending before token e followed by what it may count: a
// lower-case word that is no verb, auxiliary, preposition or article ("40 people",
// "12 companies", "2 million voters"). It is the evidence that turns a capitalised
// word or a label word before a number back into a count's neighbour.
func (x *scanner) countedAfter(e int) bool {
	if _, ok := scaleWordsTab.get(x.w(e)); ok && x.kind(e) == tkWord {
		e++
	}
	if x.kind(e) != tkWord || x.toks[e].cap || x.gap(e) != 1 {
		return false
	}
	w := x.w(e)
	if !isNounish(w) || determiner(w) || timeWordsTab.val(w) || strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "again", "apart", "away", "more", "less", "times", "before", "after", "all", "too", "then":
		return false
	}
	return true
}

// addressAfter reports "2134 Caldwell Place": capitalised words then a street word.
func (x *scanner) addressAfter(e int) bool {
	for k := 0; k < 4; k++ {
		j := e + k
		if x.kind(j) != tkWord || !x.toks[j].cap {
			return false
		}
		if k > 0 && streetWordsTab.val(x.w(j)) {
			return true
		}
	}
	return false
}
