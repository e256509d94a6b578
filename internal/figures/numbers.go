package figures

import "math"

// The number reader: readNumber reads digits, number words and their scale from the
// tokens the scanner made (tokens.go). No regular expressions, so the cost is one pass
// over the text plus a few table look-ups per token.

// number is what readNumber found at a token.
type number struct {
	v       float64
	s, e    int // token range
	digits  bool
	words   bool
	integer bool
	plain   bool // one run of digits, no separators, no scale
	scaled  bool // a scale word or suffix was applied
	ratio   bool // a fraction: "two-thirds", "1/5", "½"
	slash   bool // written a/b, which may be a date
	attM    bool // an attached "m", which may be metres rather than million
	attMul  float64
	ordinal bool // "twenty fifth": not a figure
	fold    bool // a multiplier: "tenfold", "10-fold"
	lastMag float64
	// dotGroup marks "1.200": one dot before exactly three digits, read as a decimal
	// but, in most languages of Europe, a thousands separator.
	dotGroup bool
}

// parseDigits reads "6,044", "1.5", "12,34,567.89", "1.111,11" and "5,00". ok is false
// for shapes that are no single number (versions, addresses such as "192.168.1.1").
func parseDigits(s string) (v float64, integer, ok bool) {
	commas, dots, last := 0, 0, byte(0)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			commas++
			last = ','
		case '.':
			dots++
			last = '.'
		}
	}
	dec := byte(0) // the decimal separator, if any
	switch {
	case commas == 0 && dots == 0:
	case commas == 0:
		if dots > 1 {
			if !groupsOf3(s, '.') {
				return 0, false, false
			}
		} else {
			dec = '.'
		}
	case dots == 0:
		switch {
		case groupsOf3(s, ',') || indianGroups(s):
		case commas == 1 && len(s)-indexByte(s, ',')-1 <= 2:
			dec = ','
		default:
			return 0, false, false
		}
	default:
		dec = last
	}
	// All digits make one mantissa, divided once by a power of ten: summing digit by
	// digit would print 0.42 as 0.42000000000000004.
	var mant float64
	fracDigits, fracNonZero := 0, false
	inFrac := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == dec {
			inFrac = true
			continue
		}
		if !isDigit(c) {
			continue
		}
		mant = mant*10 + float64(c-'0')
		if inFrac {
			fracDigits++
			fracNonZero = fracNonZero || c != '0'
		}
	}
	return mant / pow10(fracDigits), !inFrac || !fracNonZero && dec == 0, true
}

// pow10 is 10 to the n, exact for the n a written number has.
func pow10(n int) float64 {
	p := 1.0
	for range n {
		p *= 10
	}
	return p
}

// isDotGroup reports "1.200", "12.500", "250.000": one to three digits, not led by a
// zero, a dot and three digits.
func isDotGroup(s string) bool {
	d := indexByte(s, '.')
	if d < 1 || d > 3 || len(s)-d-1 != 3 || s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != d && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// groupsOf3 reports whether every group after the first has three digits.
func groupsOf3(s string, sep byte) bool {
	n, first := 0, true
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			if first {
				if n == 0 || n > 3 {
					return false
				}
				first = false
			} else if n != 3 {
				return false
			}
			n = 0
			continue
		}
		n++
	}
	return !first && n == 3
}

// indianGroups accepts lakh grouping: "12,34,567".
func indianGroups(s string) bool {
	n, groups, ok := 0, 0, true
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			if groups > 0 && n != 2 {
				ok = false
			}
			if groups == 0 && (n == 0 || n > 2) {
				ok = false
			}
			groups++
			n = 0
			continue
		}
		n++
	}
	return ok && groups > 1 && n == 3
}

// readNumber reads the number starting at token i.
func (x *scanner) readNumber(i int) (number, bool) {
	if i < 0 || i >= len(x.toks) {
		return number{}, false
	}
	t := x.toks[i]
	switch t.k {
	case tkNum:
		return x.readDigits(i)
	case tkWord:
		return x.readWords(i)
	default:
		raw := x.w(i)
		if f, ok := vulgarFractionsTab.get(raw); ok {
			return number{v: f, s: i, e: i + 1, digits: true, ratio: true}, true
		}
		if raw == "." && x.kind(i+1) == tkNum && x.gap(i+1) == 0 && x.gap(i) > 0 &&
			x.kind(i-1) != tkNum {
			v, _, ok := parseDigits("0." + x.w(i+1))
			if ok {
				return number{v: v, s: i, e: i + 2, digits: true}, true
			}
		}
	}
	return number{}, false
}

// readDigits reads the number written in digits at token i, with what extends it:
// digit groups set apart by spaces, a fraction, an attached or spaced scale.
func (x *scanner) readDigits(i int) (number, bool) {
	raw := x.w(i)
	v, integer, ok := parseDigits(raw)
	if !ok {
		return number{}, false
	}
	n := number{v: v, s: i, e: i + 1, digits: true, integer: integer, lastMag: 1, dotGroup: isDotGroup(raw)}
	n.plain = indexByte(raw, ',') < 0 && indexByte(raw, '.') < 0
	if n.plain && len(raw) <= 3 {
		x.spacedGroups(&n)
	}
	if x.slashFraction(&n) || x.mixedFraction(&n) || x.vulgarFraction(&n) {
		return n, true
	}
	x.attachedScale(&n, len(raw))
	x.scaleTail(&n)
	return n, true
}

// spacedGroups reads on over groups of three digits set apart by single spaces:
// "1 000 000".
func (x *scanner) spacedGroups(n *number) {
	j := n.e
	for x.kind(j) == tkNum && x.gap(j) == 1 && group3(x.w(j)) {
		g, integer, _ := parseDigits(x.w(j))
		n.v = n.v*1000 + g
		n.plain = false
		n.integer = n.integer && integer
		j++
		if !integer {
			break
		}
	}
	n.e = j
}

// slashFraction reads "3/4" written close, not a date's "3/4/2020".
func (x *scanner) slashFraction(n *number) bool {
	if !n.plain || !n.integer || x.w(n.e) != "/" || x.gap(n.e) != 0 || x.kind(n.e+1) != tkNum ||
		x.gap(n.e+1) != 0 || !isAllDigits(x.w(n.e+1)) || x.w(n.e+2) == "/" {
		return false
	}
	d, _, _ := parseDigits(x.raw(n.e + 1))
	if d <= 0 {
		return false
	}
	n.v /= d
	n.e += 2
	n.ratio, n.slash, n.plain, n.integer = true, true, false, false
	return true
}

// mixedFraction reads "1 1/2": a whole number, a space, a proper fraction of at most
// sixteenths.
func (x *scanner) mixedFraction(n *number) bool {
	if !n.plain || !n.integer || x.kind(n.e) != tkNum || x.gap(n.e) != 1 || x.w(n.e+1) != "/" ||
		x.gap(n.e+1) != 0 || x.kind(n.e+2) != tkNum || x.gap(n.e+2) != 0 {
		return false
	}
	a, _, _ := parseDigits(x.raw(n.e))
	b, _, _ := parseDigits(x.raw(n.e + 2))
	if b <= a || a <= 0 || b > 16 || x.w(n.e+3) == "/" {
		return false
	}
	n.v += a / b
	n.e += 3
	n.plain, n.integer = false, false
	return true
}

// vulgarFraction reads a fraction character against a whole number: "2½".
func (x *scanner) vulgarFraction(n *number) bool {
	f, ok := vulgarFractionsTab.get(x.raw(n.e))
	if !ok || x.gap(n.e) != 0 || !n.integer {
		return false
	}
	n.v += f
	n.e++
	n.plain, n.integer = false, false
	return true
}

// attachedScale reads a scale written against the digits: "5k", "1.2bn", "38million".
// A lone "K" after one plain digit is a scale only where thousands are meant ("5K
// run" is a distance), and never after decimals; rawLen is the digits' length.
func (x *scanner) attachedScale(n *number, rawLen int) {
	if x.kind(n.e) != tkWord || x.gap(n.e) != 0 {
		return
	}
	suf := x.raw(n.e)
	m, ok := attachedScalesTab.get(suf)
	if !ok || suf == "K" && n.plain && rawLen == 1 && !x.thousandsK(n.s, n.e+1) || suf == "K" && !n.integer ||
		x.kind(n.e+1) == tkNum {
		return
	}
	if suf == "m" {
		n.attM = true
	}
	n.v *= m
	n.attMul = m
	n.e++
	n.scaled, n.plain = true, false
	n.lastMag = m
}

// group3 reports a group of three digits, the last of which may carry decimals:
// "000", "567.89".
func group3(s string) bool {
	if len(s) < 3 || !isAllDigits(s[:3]) {
		return false
	}
	if len(s) == 3 {
		return true
	}
	return s[3] == '.' && isAllDigits(s[4:])
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// scaleTail applies spaced scale words ("1.5 million", "3 hundred and 21") and a
// trailing fraction ("5 million and a half").
func (x *scanner) scaleTail(n *number) {
	for {
		w := x.w(n.e)
		m, ok := scaleWordsTab.get(w)
		if !ok || x.kind(n.e) != tkWord {
			// "2.33 k" written apart, when nothing word-like follows.
			if (w == "k" || x.raw(n.e) == "M") && x.gap(n.e) == 1 && x.kind(n.e+1) != tkWord && n.digits &&
				x.kind(n.e+1) != tkNum {
				n.v *= 1000
				if w != "k" {
					n.v *= 1000
				}
				n.e++
				n.scaled, n.plain = true, false
			}
			break
		}
		if (w == "cr" || w == "mn" || w == "bn" || w == "tn") && x.gap(n.e) == 0 {
			break
		}
		if n.scaled && !groupScale(w) && m <= n.lastMag {
			break
		}
		if n.scaled && groupScale(w) && n.lastMag >= 100 && n.lastMag > 12 && !x.toks[n.e].cap {
			// "two hundred dozens"
			if w != "dozen" && w != "dozens" {
				break
			}
		}
		if groupScale(w) {
			n.v *= m
			if n.lastMag < m {
				n.lastMag = m
			}
		} else {
			n.v *= m
			n.lastMag = m
		}
		n.e++
		n.scaled, n.plain, n.integer = true, false, true
		// "3 hundred and 21", "4 thousand 3 hundred"
		j := n.e
		if x.w(j) == "and" || x.w(j) == "&" {
			j++
		}
		if x.kind(j) == tkNum || cardinalWordsTab.val(x.w(j)) > 0 {
			sub, ok := x.readNumber(j)
			if ok && !sub.ratio && sub.v < m && sub.v > 0 && (x.kind(j) == tkNum) == n.digits {
				n.v += sub.v
				n.e = sub.e
				if sub.scaled {
					break
				}
			}
		}
	}
	x.andFraction(n)
}

// andFraction reads "and a half", "and one half", "and a quarter", "and two thirds".
func (x *scanner) andFraction(n *number) {
	// "two-and-a-half": the same words joined by glued hyphens
	hy := x.w(n.e) == "-" && x.gap(n.e) == 0 && x.w(n.e+1) == "and" && x.gap(n.e+1) == 0
	step := func(j int) int {
		if hy && x.w(j) == "-" && x.gap(j) == 0 {
			return j + 1
		}
		return j
	}
	and := n.e
	if hy {
		and++
	}
	if x.w(and) != "and" {
		return
	}
	j := step(and + 1)
	num := 1.0
	switch w := x.w(j); {
	case w == "a" || w == "an" || w == "one":
		j = step(j + 1)
	case cardinalWordsTab.val(w) > 1 && cardinalWordsTab.val(w) < 10:
		num = cardinalWordsTab.val(w)
		j = step(j + 1)
	}
	den, ok := fractionWordsTab.get(x.w(j))
	if !ok {
		if k := step(and + 1); x.w(k) == "half" {
			j, den, ok = k, 2, true
		} else {
			return
		}
	}
	mag := 1.0
	if n.scaled && n.lastMag > 1 {
		mag = n.lastMag
	}
	n.v += num / den * mag
	n.e = j + 1
	n.integer = false
	if m, ok := scaleWordsTab.get(x.w(n.e)); ok && !groupScale(x.w(n.e)) && !n.scaled {
		n.v *= m
		n.e++
		n.scaled = true
	}
}

// ordinalBeforeNoun reports an ordinal-form fraction word that qualifies the word
// after it: "a third season", "a fifth person" count nothing, while "a third of",
// "cut by a third" and "a fifth more" are fractions. "half" and "quarter" are never
// ordinals ("a quarter mile" is a fraction of a mile).
func (x *scanner) ordinalBeforeNoun(i int) bool {
	switch x.w(i) {
	case "half", "quarter", "halves", "quarters":
		return false
	}
	next := x.w(i + 1)
	if x.kind(i+1) != tkWord || isPreposition(next) {
		return false
	}
	switch next {
	case "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "and", "or", "than":
		return false
	}
	return true
}

// piece is the class of the last number word readCardinal read, which decides what may
// follow it: "twenty" takes "five" after it, "five" takes nothing but a scale.
type piece uint8

const (
	pieceNone    piece = iota
	pieceUnit          // zero to nine
	pieceTeen          // ten to nineteen
	pieceTens          // twenty, thirty, ...
	pieceHundred       // a group scale: hundred, dozen
	pieceScale         // thousand, million, ...
)

// readCardinal reads the cardinal number words from token i into n: "one hundred and
// sixty-four", "two million three hundred thousand". It stops at the first word that
// cannot follow the last (a unit after a unit, "two million and one half" for
// andFraction), and sets n.v, n.e, n.scaled and n.lastMag.
func (x *scanner) readCardinal(n *number, i int) {
	var total, cur, lastScale float64
	last := pieceNone
	for j := i; j < len(x.toks); {
		if j > i {
			k, ok := x.cardinalJoiner(j, last)
			if !ok {
				break
			}
			j = k
		}
		if x.kind(j) != tkWord {
			break
		}
		pw := x.w(j)
		if c, ok := cardinalWordsTab.get(pw); ok {
			class := cardinalClass(c)
			if !class.mayFollow(last) || c == 0 && last != pieceNone {
				break
			}
			cur += c
			last = class
			n.e = j + 1
			j++
			continue
		}
		m, ok := scaleWordsTab.get(pw)
		if !ok || pw == "cr" || pw == "mn" || pw == "bn" || pw == "tn" || last == pieceNone {
			break
		}
		if groupScale(pw) {
			if last == pieceHundred {
				break
			}
			cur = max(cur, 1) * m
			last = pieceHundred
			n.lastMag = max(n.lastMag, m)
		} else {
			switch {
			case last == pieceScale && m > lastScale:
				total = (total + cur) * m // "two hundred thousand million"
			case last == pieceScale:
				n.v = total + cur
				return
			default:
				total += max(cur, 1) * m
			}
			cur, lastScale, n.lastMag, last = 0, m, m, pieceScale
		}
		n.scaled = true
		n.e = j + 1
		j++
	}
	n.v = total + cur
}

// cardinalClass is the piece class of a cardinal word's value.
func cardinalClass(c float64) piece {
	switch {
	case c >= 20:
		return pieceTens
	case c >= 10:
		return pieceTeen
	}
	return pieceUnit
}

// mayFollow reports whether a word of class p may follow one of class last: units and
// teens follow tens, hundreds and scales; tens follow hundreds and scales.
func (p piece) mayFollow(last piece) bool {
	switch p {
	case pieceUnit:
		return last != pieceUnit && last != pieceTeen
	default:
		return last != pieceUnit && last != pieceTeen && last != pieceTens
	}
}

// cardinalJoiner steps over what may join two pieces of a number at token j: a glued
// hyphen ("sixty-four"), "and" after a hundred or a scale, or after tens before a unit
// ("a hundred and twenty", "twenty and four"), a comma after a scale before more words
// ("two million, three hundred"). It reports false where the number must end: "and"
// before a fraction ("two million and one half") is andFraction's.
func (x *scanner) cardinalJoiner(j int, last piece) (int, bool) {
	jw := x.w(j)
	switch {
	case jw == "-" && x.gap(j) == 0 && x.gap(j+1) == 0 && x.kind(j+1) == tkWord:
		return j + 1, true
	case (jw == "and" || jw == "&") && last >= pieceTens && x.kind(j+1) == tkWord:
		if _, frac := fractionWordsTab.get(x.w(j + 2)); frac || fractionWordsTab.val(x.w(j+1)) > 0 {
			return j, false
		}
		if last == pieceTens {
			if v := cardinalWordsTab.val(x.w(j + 1)); v < 1 || v > 9 {
				return j, false
			}
		}
		return j + 1, true
	case jw == "," && last == pieceScale && x.kind(j+1) == tkWord && cardinalWordsTab.val(x.w(j+1)) > 0:
		return j + 1, true
	}
	return j, true
}

// ordinalAt reads an ordinal number written in words at token j, "twenty-fifth",
// "one hundred fifth", "twenty firsts", and returns its value and the token after it.
func (x *scanner) ordinalAt(j int) (float64, int, bool) {
	m, ok := x.readWordsAt(j, false)
	if !ok || !m.ordinal {
		return 0, 0, false
	}
	k := m.e
	if x.w(k) == "-" && x.gap(k) == 0 || x.w(k) == "and" {
		k++
	}
	v, ok := ordinalValuesTab.get(x.w(k))
	if !ok {
		return 0, 0, false
	}
	return m.v + v, k + 1, true
}

// readWords reads number words: "one hundred and sixty-four", "a dozen",
// "half a million", "two-thirds", "nine point nought four".
func (x *scanner) readWords(i int) (number, bool) {
	return x.readWordsAt(i, true)
}

// readWordsAt is readWords; fractions says whether a compound denominator may follow
// ("one twenty-fifth"). The denominator itself is read without one, so that a run of
// number words is read once and not once for each word of it.
func (x *scanner) readWordsAt(i int, fractions bool) (number, bool) {
	w := x.w(i)
	n := number{s: i, e: i, words: true, integer: true, lastMag: 1}
	switch w {
	case "a", "an":
		return x.articleNumber(n, i)
	case "half", "quarter":
		j := i + 1
		if x.w(j) == "a" || x.w(j) == "an" {
			j++
		}
		if m, ok := scaleWordsTab.get(x.w(j)); ok && !groupScale(x.w(j)) {
			n.v = m / fractionWordsTab.val(w)
			n.e, n.scaled, n.integer = j+1, true, false
			return n, true
		}
		n.v, n.e, n.ratio, n.integer = 1/fractionWordsTab.val(w), i+1, true, false
		return n, true
	}
	if v, ok := foldWordsTab.get(w); ok {
		n.v, n.e, n.fold = v, i+1, true
		return n, true
	}
	if _, ok := cardinalWordsTab.get(w); !ok {
		return n, false
	}
	x.readCardinal(&n, i)
	if n.e == i {
		return n, false
	}
	x.pointDecimals(&n)
	// "twenty fifth", "thirty-first", "one hundred fifth", "three hundred and second":
	// an ordinal, not a figure.
	nw := x.w(n.e)
	if nw == "-" && x.gap(n.e) == 0 || nw == "and" && n.scaled {
		nw = x.w(n.e + 1)
	}
	if (n.v > 10 || n.scaled) && ordinalWordsTab.val(nw) && !(n.scaled && (nw == "half" || nw == "quarter")) {
		n.ordinal = true
		return n, true
	}
	if x.wordFraction(&n, fractions) {
		return n, true
	}
	x.andFraction(&n)
	return n, true
}

// articleNumber reads the numbers "a" or "an" opens: "a million", "a dozen", "a
// quarter million", "a third". Plurals ("a thousands") and abbreviations are none.
func (x *scanner) articleNumber(n number, i int) (number, bool) {
	nw := x.w(i + 1)
	if m, ok := scaleWordsTab.get(nw); ok && x.kind(i+1) == tkWord && nw != "hundreds" && nw != "thousands" &&
		nw != "millions" && nw != "billions" && nw != "dozens" && nw != "cr" && nw != "mn" && nw != "bn" {
		n.v, n.e = 1, i+1
		x.scaleTail(&n)
		if !n.scaled {
			n.v, n.e, n.scaled, n.lastMag = m, i+2, true, m
		}
		return n, true
	}
	if nw == "quarter" || nw == "half" {
		if m, ok := scaleWordsTab.get(x.w(i + 2)); ok && !groupScale(x.w(i+2)) {
			n.v = m / fractionWordsTab.val(nw)
			n.e, n.scaled, n.integer = i+3, true, false
			return n, true
		}
	}
	if den, ok := fractionWordsTab.get(nw); ok {
		if x.ordinalBeforeNoun(i + 1) {
			return n, false
		}
		n.v, n.e, n.ratio, n.integer = 1/den, i+2, true, false
		return n, true
	}
	return n, false
}

// pointDecimals reads the decimals of "nine point nought four", and a scale after
// them ("two point five million").
func (x *scanner) pointDecimals(n *number) {
	if x.w(n.e) != "point" || x.kind(n.e+1) != tkWord {
		return
	}
	if _, ok := cardinalWordsTab.get(x.w(n.e + 1)); !ok {
		return
	}
	frac, k, j := 0.0, 0, n.e+1
	for {
		c, ok := cardinalWordsTab.get(x.w(j))
		if !ok || x.kind(j) != tkWord {
			break
		}
		digits := 1
		if c >= 10 {
			digits = 2
		}
		frac = frac*math.Pow(10, float64(digits)) + c
		k += digits
		j++
		if x.w(j) == "-" && x.gap(j) == 0 {
			if u := cardinalWordsTab.val(x.w(j + 1)); u > 0 && u < 10 && c >= 20 {
				frac += u
				j += 2
			}
		}
	}
	n.v += frac / math.Pow(10, float64(k))
	n.e = j
	n.integer = false
	if m, ok := scaleWordsTab.get(x.w(j)); ok && !groupScale(x.w(j)) && !n.scaled {
		n.v *= m
		n.e++
		n.scaled = true
	}
}

// wordFraction reads a denominator after a small cardinal: "two-thirds", "three
// quarters", "one eighth", "five - eighths", and with fractions a compound one: "one
// twenty-fifth", "three twenty firsts", "one one hundred fifth".
func (x *scanner) wordFraction(n *number, fractions bool) bool {
	if n.scaled || n.v < 1 || n.v > 10 {
		return false
	}
	j := n.e
	if x.w(j) == "-" {
		j++
	}
	if den, ok := fractionWordsTab.get(x.w(j)); ok && x.kind(j) == tkWord && (n.v > 1 || x.w(j) != "second") {
		n.v /= den
		n.e = j + 1
		n.ratio, n.integer = true, false
		return true
	}
	if fractions && j == n.e && x.kind(j) == tkWord {
		if den, end, ok := x.ordinalAt(j); ok {
			n.v /= den
			n.e = end
			n.ratio, n.integer = true, false
			return true
		}
	}
	return false
}
