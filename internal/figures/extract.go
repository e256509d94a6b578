package figures

import (
	"github.com/newsparse/newsparse/internal/ascii"
	"math/bits"
	"unicode/utf8"
)

// ExtractFigures and the scan that finds where a figure starts and what it is not:
// names, pronouns, model numbers. Units live in measures.go, ranges and qualifiers in
// ranges.go, the exclusions of dates, times and phone numbers in exclusions.go.

// Scratch holds the token and word buffers of one caller, so that an article's
// paragraphs reuse them instead of allocating two slices each. Texts of up to stackText
// bytes, nearly all of an article's, are read in arrays of a fixed size it holds (small),
// so that a Scratch on its caller's stack reads them without allocating; the buffers
// for a longer text are made when one comes. It belongs to one goroutine: a parse makes
// its own and drops it when done.
type Scratch struct {
	buf   tokBuf
	sents []int
	words []string
	// small holds what is read of a text of up to stackText bytes, as Append keeps it
	// on its stack; the buffers above, made at the first longer text, hold the rest
	small smallRoom
	// spans holds the spans of a longer text's figures
	spans [16]span
	// hint is the length of the longest text the caller will pass, so that the token
	// buffers are made once, at their final size, rather than regrown paragraph by
	// paragraph
	hint int
	// done and total count the bytes of the texts read before this one and of all the
	// caller will pass
	done, total int
	// steps sums the scanners' token reads and tokens, for the growth tests
	steps int
}

// appendFigures appends the figures of text to dst, as ExtractFigures returns them,
// so that an article's figures gather in one slice.
func (sc *Scratch) appendFigures(dst []Figure, text string) []Figure {
	if !mayHoldFigure(text) {
		return dst
	}
	return sc.appendHeld(dst, text)
}

// appendHeld is appendFigures for a text that passed the quick reject, or that a test
// gives it without.
func (sc *Scratch) appendHeld(dst []Figure, text string) []Figure {
	// Token offsets are 32-bit; a text beyond 2 GiB is no article.
	if len(text) > 1<<31-1 {
		return dst
	}
	if len(text) <= stackText {
		if found, ok := sc.small.appendHeld(dst, text, sc); ok {
			return found
		}
	}
	var x scanner
	x.text = text
	if sc.buf.toks == nil && sc.hint > len(text) {
		sc.buf.toks, sc.buf.low = make([]token, tokenRoom(sc.hint)), make([]byte, sc.hint)
		// room for a mark, a sentence's end or a line break, in eight tokens
		sc.buf.marks = make([]int32, tokenRoom(sc.hint)/8+8)
	}
	x.toks, x.low = scan(text, &sc.buf)
	if len(sc.words) < len(x.toks) {
		// as long as the token buffer, which was made for the longest text: one
		// slice for the whole article rather than one per longer paragraph
		sc.words = make([]string, max(len(x.toks), len(sc.buf.toks)))
	}
	x.setWords(sc.words)
	x.marks = sc.buf.marks[:sc.buf.m]
	if sc.sents == nil {
		// room for a sentence in eight tokens, made once: appended from nothing, the
		// sentence starts of a paragraph were made and copied three or four times
		sc.sents = make([]int, 0, len(x.toks)/8+2)
	}
	x.sentStarts = x.findSentences(sc.sents)
	// Figures gather in dst, their spans in the scratch's buffer.
	dst = x.appendFound(dst, sc.spans[:0], text, sc)
	sc.sents = x.sentStarts[:0]
	sc.steps += x.steps + len(x.toks)
	return dst
}

// appendFound appends the figures of text, the scanner's, to dst, with their subjects,
// verbs and sources, and their spans to spans. grow, when not nil, is the scratch whose
// plan sizes dst. The figures' strings are sliced from text, never from x.text: escape
// analysis would then keep x's buffers on the heap (see phrase).
func (x *scanner) appendFound(dst []Figure, spans []span, text string, grow *Scratch) []Figure {
	first := len(dst)
	floor := 0
	// one candidate, filled in place: most triggers ("a", a year) give none, and a
	// figure's worth of bytes returned by value for each cost more than the test
	var c cand
	// The tokens are visited in order, those the tokenizer marked alone: the others
	// start nothing.
	for i := x.nextTrigger(0); i < len(x.toks); i = x.nextTrigger(i) {
		if !x.trigger(i) {
			i++
			continue
		}
		next, ok := x.figureAt(&c, i, floor)
		if ok {
			c.f.Text = text[x.toks[c.s].s:x.toks[c.e-1].e]
			c.f.Start, c.f.End = int(x.toks[c.s].s), int(x.toks[c.e-1].e)
			if len(dst) == cap(dst) {
				dst = grow.growFigures(dst, int(c.f.End))
			}
			dst = append(dst, c.f)
			spans = append(spans, span{s: c.s, e: c.e, ns: c.ns, ne: c.ne, sent: c.sent})
			floor = c.e
			i = c.e
			continue
		}
		i = max(next, i+1)
	}
	if len(dst) > first {
		x.attribute(dst[first:], spans)
		for k := range spans {
			f := &dst[first+k]
			f.Subject, f.Verb, f.Source = spans[k].subject.in(text), spans[k].verb.in(text), spans[k].source.in(text)
		}
	}
	return dst
}

// nextTrigger is the first token from i on that the tokenizer marked as one a figure
// may start at, or the number of tokens when none is.
func (x *scanner) nextTrigger(i int) int {
	toks := x.toks // a local stays in registers; x.toks is loaded again each turn
	for i < len(toks) && !toks[i].trig {
		i++
	}
	return i
}

// growFigures gives the full dst room for the figures of all the caller's texts, as
// many as they hold at the rate found up to byte at of this one (room); with no total
// known, append grows it. append's doublings left two to four times an article's
// figures behind as garbage.
func (sc *Scratch) growFigures(dst []Figure, at int) []Figure {
	if sc == nil || sc.total == 0 {
		return dst
	}
	return append(make([]Figure, 0, sc.room(len(dst), cap(dst), at)), dst...)
}

// Room is the room to make for the figures of all the texts of the scratch's plan
// (Plan) when the figures found so far, have of them, fill a buffer of the given
// capacity between two texts: for a caller that gathers them in a buffer of its own,
// converted as each text's are found. It is 0 with no plan.
func (sc *Scratch) Room(have, capacity int) int {
	if sc.total == 0 {
		return 0
	}
	return sc.room(have, capacity, 0)
}

// room estimates the figures of all the texts of the plan from the rate of the have
// found up to byte at of the text being read. The estimate is bounded, so that a
// dense headline cannot ask for room for a whole long article at its rate.
func (sc *Scratch) room(have, capacity, at int) int {
	n := have * sc.total / max(sc.done+at, 1)
	return min(max(n+n/8+8, capacity+capacity/4), 8*capacity)
}

// mayHoldFigure is the quick reject run before any tokenizing: most sentences of news
// prose hold no figure, and this byte scan is far cheaper than the extraction. A
// figure needs a digit, a vulgar fraction or a number word (figureWords). The other
// words that may open one ("a", "an", "several", "few", "many") count only before a
// scale or fraction word, and "a year or two" needs its cardinal, so they need no
// test of their own. Digits are looked for first, eight bytes at a time: a paragraph
// of news nearly always has one (a year, a date), and then no word is looked up.
func mayHoldFigure(text string) bool {
	return hasDigit(text) || mayHoldFigureWord(text)
}

// hasDigit reports an ASCII digit in text.
func hasDigit(text string) bool {
	i := 0
	// sixteen bytes a turn: most texts it is asked about have no digit and are read
	// to the end, and one test of two words halves the loop's branches
	for ; i+16 <= len(text); i += 16 {
		if digitBytes(ascii.Load64(text, i))|digitBytes(ascii.Load64(text, i+8)) != 0 {
			return true
		}
	}
	for ; i+8 <= len(text); i += 8 {
		if digitBytes(ascii.Load64(text, i)) != 0 {
			return true
		}
	}
	for ; i < len(text); i++ {
		if isDigit(text[i]) {
			return true
		}
	}
	return false
}

// digitBytes sets the high bit of each byte of v that is an ASCII digit: a byte b with
// '0'-1 < b < '9'+1 (bit hacks' "hasbetween"), the bytes at and above 0x80 cleared by
// ^v.
func digitBytes(v uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := v &^ highs
	return (ones*(127+'9'+1) - low) &^ v & (low + ones*(127-('0'-1))) & highs
}

// mayHoldFigureWord is mayHoldFigure for text without digits. It reads the text 64
// bytes at a time into one bit a byte, where its ASCII letters are and where a byte C2
// or E2 may lead a vulgar fraction, and visits the words of those 64 bytes from the bits.
// The walk from word to word it replaces went round its loop for every byte between
// words, and mispredicted where words ended and the next began; this one mispredicts
// about once in 64 bytes, where its loop of words ends (estimated cycles of the quick
// reject's word test 1.8M -> 1.45M).
func mayHoldFigureWord(text string) bool {
	for at := 0; at < len(text); {
		var letters, leads uint64
		if at+64 <= len(text) {
			letters, leads = chunkBits(text[at : at+64])
		} else {
			for k := 0; at+k < len(text); k += 8 {
				l, c := letterBits(loadTail(text, at+k))
				letters |= l << k
				leads |= c << k
			}
		}
		for ; leads != 0; leads &= leads - 1 {
			r, _ := utf8.DecodeRuneInString(text[at+bits.TrailingZeros64(leads):])
			if isVulgarFraction(r) {
				return true
			}
		}
		// A word that runs on to the end of the 64 bytes is read again with the next 64,
		// which start where it does; here it reads as 64 letters long, too long for the
		// shape test. One of 64 letters or more is no number word, and is stepped over.
		cross := bits.LeadingZeros64(^letters)
		if cross == 64 {
			for at += 64; at < len(text) && ascii.IsLetter(text[at]); at++ {
			}
			continue
		}
		// A maximal run of ASCII letters is the only shape a number word's token has;
		// the shape test, inlined, spares nearly every word the call.
		for starts := letters &^ (letters << 1); starts != 0; starts &= starts - 1 {
			s := bits.TrailingZeros64(starts)
			i, n := at+s, bits.TrailingZeros64(^letters>>s)
			if figureWordShapes.mayHoldAt(text, i, n) && figureWord(text[i:i+n]) {
				return true
			}
		}
		at += 64 - cross
	}
	return false
}

// chunkBits is letterBits for 64 bytes, unrolled: a loop of eight turns mispredicted
// its end.
func chunkBits(s string) (letters, leads uint64) {
	l0, c0 := letterBits(ascii.Load64(s, 0))
	l1, c1 := letterBits(ascii.Load64(s, 8))
	l2, c2 := letterBits(ascii.Load64(s, 16))
	l3, c3 := letterBits(ascii.Load64(s, 24))
	l4, c4 := letterBits(ascii.Load64(s, 32))
	l5, c5 := letterBits(ascii.Load64(s, 40))
	l6, c6 := letterBits(ascii.Load64(s, 48))
	l7, c7 := letterBits(ascii.Load64(s, 56))
	letters = l0 | l1<<8 | l2<<16 | l3<<24 | l4<<32 | l5<<40 | l6<<48 | l7<<56
	leads = c0 | c1<<8 | c2<<16 | c3<<24 | c4<<32 | c5<<40 | c6<<48 | c7<<56
	return letters, leads
}

// letterBits returns, for the eight bytes of x, first byte lowest, a bit for each ASCII
// letter and a bit for each byte C2 or E2, the bytes that lead the vulgar fractions.
func letterBits(x uint64) (letters, leads uint64) {
	y := x | 0x20*ascii.LowBits // capitals to lower case, C2 to E2
	return gatherHighBits(^notLower(y) & ascii.HighBits), gatherHighBits(ascii.ZeroBytes(y ^ 0xE2*ascii.LowBits))
}

// gatherHighBits packs the high bits of the eight bytes of x, and no other bit is set,
// into the eight low bits, first byte lowest. Each bit of the product lands on a place of
// its own, so no carry disturbs the top byte.
func gatherHighBits(x uint64) uint64 {
	return (x >> 7) * 0x0102040810204080 >> 56
}

// loadTail is load64 for i near the end of s: the bytes past the end read as zeros, which
// are no letter and no lead byte.
func loadTail(s string, i int) uint64 {
	if i+8 <= len(s) {
		return ascii.Load64(s, i)
	}
	if len(s) >= 8 {
		return ascii.Load64(s, len(s)-8) >> (8 * (i + 8 - len(s)))
	}
	var x uint64
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// isVulgarFraction covers the code points of vulgarFractions: ¼ ½ ¾ and ⅐ to ⅞.
func isVulgarFraction(r rune) bool {
	return r >= '¼' && r <= '¾' || r >= '⅐' && r <= '⅞'
}

// bigramShapes records, for each pair of leading letters (each folded to its low five
// bits), the lengths of the words that start with it.
type bigramShapes [32 * 32]uint32

// mayHold reports whether w, in any case, may be a word of the table; a word of one
// letter never is.
func (t *bigramShapes) mayHold(w string) bool {
	return len(w) >= 2 && len(w) < 32 && t[int(w[0]&31)<<5|int(w[1]&31)]&(1<<len(w)) != 0
}

// mayHoldAt is mayHold for text[i:i+n], without making the string first.
func (t *bigramShapes) mayHoldAt(text string, i, n int) bool {
	return n >= 2 && n < 32 && t[int(text[i]&31)<<5|int(text[i+1]&31)]&(1<<n) != 0
}

// maxFigureWord bounds the words figureWord looks up; it must cover the longest key.
const maxFigureWord = 16

// figureWord reports whether the ASCII letters w, in any case, are one of figureWords.
func figureWord(w string) bool {
	if len(w) > maxFigureWord || !figureWordsTab.mayHold(w) {
		return false
	}
	var buf [maxFigureWord]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	_, ok := figureWordsTab.getBytes(buf[:len(w)])
	return ok
}

// span is where a found figure lies, kept for attribution.
type span struct {
	s, e, ns, ne, sent int
	// what attribution found: the strings of Figure's Subject, Verb and Source
	subject, verb, source phrase
}

// cand is a figure being built: its token range, the number's own range and sentence.
type cand struct {
	f      Figure
	s, e   int // tokens of Text
	ns, ne int // tokens of the number itself
	sent   int
	// suffixBound marks a bound set by what follows ("or more", "or equal"), which a
	// qualifier before the number must not undo
	suffixBound bool
}

// trigger reports whether a figure may start at token i, so most words cost one
// map look-up.
func (x *scanner) trigger(i int) bool {
	switch x.toks[i].k {
	case tkNum:
		return true
	case tkWord:
		return triggerWord(x.w(i))
	default:
		r := x.w(i)
		if _, ok := vulgarFractionsTab.get(r); ok {
			return true
		}
		return (r == "." || r == "-" || r == "−") && x.kind(i+1) == tkNum && x.gap(i+1) == 0
	}
}

// triggerWord reports "a" or one of triggerWords. It runs on every word of a text that
// may hold a figure: the shape test of two letters and a length turns away nearly all
// of them on a branch the processor predicts, where a switch on the word compiled to
// a jump table and a binary search that it mispredicted word after word.
func triggerWord(w string) bool {
	if len(w) < 2 {
		return w == "a"
	}
	return triggerShapes.mayHold(w) && triggerWordsTab.val(w)
}

// figureAt builds in c the figure whose number starts at token i. When there is none it
// returns the token to resume at, past anything excluded. Its steps are rules of their
// own: the words that open a figure, the number with its sign, the unit, what a bare
// count may be instead (a year, a name's number, an address, a reference), ranges,
// suffix qualifiers, the tails of durations, qualifiers before, and bare fractions.
func (x *scanner) figureAt(c *cand, i, floor int) (int, bool) {
	if x.kind(i) == tkWord {
		if next, found, done := x.wordFigureAt(c, i, floor); done {
			return next, found
		}
	}
	start := i
	negative := false
	if r := x.w(i); (r == "-" || r == "−") && x.kind(i) == tkPunct {
		if x.gap(i) == 0 && i > 0 {
			return i + 1, false
		}
		negative = true
		i++
	}
	n, ok := x.readNumber(i)
	if !ok {
		return i + 1, false
	}
	if n.ordinal {
		return n.e + 1, false
	}
	if !negative && x.compositeAt(c, start, n) {
		x.qualify(c, floor)
		return c.e, true
	}
	if skip, why := x.excluded(n); why != exNone {
		return skip, false
	}
	if negative {
		n.v = -n.v
	}
	*c = cand{s: start, e: n.e, ns: n.s, ne: n.e, sent: x.sentOf(n.s)}
	c.f = Figure{Value: n.v, Bound: BoundExact, Kind: KindCount}
	if n.ratio {
		c.f.Kind = KindRatio
	}
	if n.fold {
		c.f.Kind, c.f.Unit = KindRatio, "x"
		x.qualify(c, floor)
		return c.e, true
	}
	if cur, cs, ok := x.currencyBefore(start, floor); ok {
		c.f.Kind, c.f.Unit, c.s = KindMoney, cur, cs
	}
	if n.words && c.f.Kind != KindMoney && x.wordNumberName(c, n) {
		return n.e + 1, false
	}
	hasUnit := x.unitAfter(n, c)
	x.dotGroupThousands(c, &n)
	// "the 12-inch MacBook": a size that names a product
	if hasUnit && c.f.Kind == KindMeasure && x.w(n.e) == "-" && x.gap(n.e) == 0 && x.kind(c.e) == tkWord &&
		x.toks[c.e].cap && x.gap(c.e) == 1 && !x.titleCase(c.sent) {
		return c.e, false
	}
	if !hasUnit && c.f.Kind == KindCount && n.digits {
		if skip, reject := x.bareCountAt(c, n); reject {
			return skip, false
		}
	}
	if !hasUnit && n.words && c.f.Kind == KindCount && x.w(c.s-1) == "number" {
		return n.e, false
	}
	if c.f.Kind == KindCount || c.f.Kind == KindRatio && !n.words {
		if x.ratioAfter(c, n) {
			hasUnit = true
		}
	}
	if skip, bad := x.rangeAfter(c, n, hasUnit); bad {
		return skip, false
	}
	return x.figureTail(c, n, hasUnit, floor)
}

// figureTail reads what follows a figure's number and unit: a suffix qualifier ("or
// more") and a unit after it, the tail of a duration ("ago" ends it, "later" joins it),
// the qualifier before it, and decides whether a bare fraction word stands.
func (x *scanner) figureTail(c *cand, n number, hasUnit bool, floor int) (int, bool) {
	x.suffixQualifier(c)
	if c.suffixBound && !hasUnit && c.f.Kind == KindCount {
		// "20 or fewer minutes": the unit after the suffix qualifier
		if u, end, ok := x.unitAt(c.e, false); ok {
			c.f.Kind, c.f.Unit, c.e = u.kind, u.unit, end
		}
	}
	if c.f.Kind == KindDuration {
		switch x.w(c.e) {
		case "ago":
			return c.e + 1, false
		case "later", "earlier":
			c.e++
		}
	}
	q := x.qualify(c, floor)
	if c.f.Kind == KindRatio && n.ratio && n.words && !n.scaled && !x.fractionStands(c, n, q) {
		return n.e, false
	}
	return c.e, true
}

// wordFigureAt reads the figures a word opens that are no plain number: "a few
// thousand", "an hour", and turns away "a", "an" and "one" where they count nothing.
// done reports that the figure, or its absence, is settled.
func (x *scanner) wordFigureAt(c *cand, i, floor int) (next int, found, done bool) {
	w := x.w(i)
	// "a" and "an" mostly start nothing, which articleMayCount sees at once; vagueAt
	// reads "a few thousand", whose "few" it lets through
	if (w == "a" || w == "an") && !x.articleMayCount(i) {
		return i + 1, false, true
	}
	if x.vagueAt(c, i) {
		return c.e, true, true
	}
	if (w == "a" || w == "an") && x.articleUnit(c, i) {
		x.qualify(c, floor)
		return c.e, true, true
	}
	if w == "one" && !x.oneCounts(i) {
		return i + 1, false, true
	}
	return 0, false, false
}

// dotGroupThousands reads "1.200 Menschen", "5.000 Euro" as thousands: a count or a
// sum is never written with three decimals, so the dot groups thousands, as in German,
// Portuguese or Italian. Measures keep the decimal ("2.125 km").
func (x *scanner) dotGroupThousands(c *cand, n *number) {
	if n.dotGroup && !n.scaled && (c.f.Kind == KindMoney || c.f.Kind == KindCount && n.e == c.e && x.countNounAt(n.e)) {
		n.v *= 1000
		n.integer = true
		c.f.Value = n.v
	}
}

// bareCountAt decides what a number in digits with no unit is when it is no count: a
// year, a name's number ("Apollo 11"), an address, a reference ("No. 5", "#3"), a
// bracketed note; and reads an age in apposition or after "turns". It reports the
// token to resume at when the number is no figure.
func (x *scanner) bareCountAt(c *cand, n number) (int, bool) {
	if x.yearLike(n) {
		return x.skipRangeTail(n.e), true
	}
	if x.nameBefore(c.s, n.e, x.sentStart(c.sent)) && !x.scoreAhead(n) {
		return x.skipNameNumber(n.e), true
	}
	if x.addressAfter(n.e) {
		return n.e, true
	}
	if rw := x.w(c.s - 1); (referenceWordsTab.val(rw) && !(rw == "no" && x.raw(c.s-1) == "no") ||
		rw == "." && referenceWordsTab.val(x.w(c.s-2))) && !x.timePhraseAt(c.s-1) || rw == "#" {
		return x.skipNameNumber(n.e), true
	}
	if (x.w(c.s-1) == "(" || x.w(c.s-1) == "[") && x.gap(c.s) == 0 && (x.w(n.e) == ")" || x.w(n.e) == "]") && x.gap(n.e) == 0 {
		if x.w(c.s-1) != "(" || x.kind(c.s-2) != tkWord || !x.toks[c.s-2].cap || n.v >= 120 || !n.integer {
			return n.e + 1, true
		}
		c.f.Kind, c.f.Unit = KindAge, "year"
	}
	if x.appositiveAge(c, n) || x.turnsAge(c, n) {
		c.f.Kind, c.f.Unit = KindAge, "year"
	}
	return 0, false
}

// fractionStands reports a bare fraction word that is a figure: "two-thirds" stands;
// "half" and "a third" only with a qualifier or before "of", and never after an
// ordinal, "the" or a hyphen ("the first half", "second-half").
func (x *scanner) fractionStands(c *cand, n number, q bool) bool {
	if p := x.w(c.s - 1); ordinalWordsTab.val(p) || p == "the" || p == "-" && x.gap(c.s) == 0 {
		return false
	}
	return q || x.w(c.e) == "of" || x.kind(c.e) != tkWord || n.e-n.s >= 2 && x.w(n.s) != "a" && x.w(n.s) != "an"
}

// timePhraseAt reports a label word at i that belongs to a time phrase ("last year",
// "this week", "each day"), after which a number is a count: "Last year 300 people
// died".
func (x *scanner) timePhraseAt(i int) bool {
	switch x.w(i - 1) {
	case "last", "this", "next", "every", "each", "per", "a", "that", "same":
		return x.countedAfter(i + 1 + x.numberLen(i+1))
	}
	return false
}

// numberLen is the number of tokens of a plain number at i: one, or a digit group run.
func (x *scanner) numberLen(i int) int {
	n := 1
	for x.kind(i+n) == tkNum && x.gap(i+n) <= 1 {
		n++
	}
	return n
}

// turnsAge reads a birthday: "turning 73 next month", "who turns 80 on Friday". A noun
// after the number ("turned 40 pages") makes it a count again.
func (x *scanner) turnsAge(c *cand, n number) bool {
	switch x.w(c.s - 1) {
	case "turn", "turns", "turned", "turning":
	default:
		return false
	}
	if !n.integer || n.v < 1 || n.v > 120 || c.e != n.e {
		return false
	}
	next := x.w(n.e)
	return x.kind(n.e) != tkWord || isPreposition(next) || next == "next" || next == "this" ||
		next == "last" || next == "and" || next == "years" || isDayName(next)
}

// oneCounts decides whether "one" at i is a count rather than a pronoun or idiom: by
// what follows it that only a number takes, then by the word before it, then by the
// idioms and the noun phrase after it.
func (x *scanner) oneCounts(i int) bool {
	if counts, decided := x.oneByNumberWords(i); decided {
		return counts
	}
	switch x.w(i - 1) {
	case "the", "this", "that", "which", "no", "any", "every", "each", "another", "a",
		"someone", "anyone", "only", "last", "next", "same", "this one", "any one", "day":
		// "the one", "this one": a pronoun, save "only one copy"
		return x.w(i-1) == "only" && x.kind(i+1) == tkWord && x.w(i+1) != "of"
	}
	if counts, decided := x.oneIdiomAfter(i); decided {
		return counts
	}
	switch x.w(i - 1) {
	case "least", "just", "only", "than", "exactly":
		return true
	}
	return x.oneBeforeNoun(i)
}

// oneByNumberWords decides "one" by what only a number takes after it: "one in five",
// "one out of three", a unit, a scale word ("one million"), a fraction ("one third",
// not "one second"), "one and a half". decided is false when none follows.
func (x *scanner) oneByNumberWords(i int) (counts, decided bool) {
	if k := i + 2; x.w(i+1) == "in" || x.w(i+1) == "out" && x.w(i+2) == "of" {
		if x.w(i+1) == "out" {
			k++
		}
		if x.kind(k) == tkNum || cardinalWordsTab.val(x.w(k)) > 1 {
			return true, true
		}
	}
	if x.isUnitWord(i+1) && x.kind(i+1) == tkWord {
		return true, true
	}
	if _, ok := scaleWordsTab.get(x.w(i + 1)); ok {
		return true, true
	}
	if _, ok := fractionWordsTab.get(x.w(i + 1)); ok && x.w(i+1) != "second" {
		return true, true
	}
	if x.w(i+1) == "and" {
		_, ok := fractionWordsTab.get(x.w(i + 3))
		return ok && (x.w(i+2) == "a" || x.w(i+2) == "one"), true
	}
	return false, false
}

// oneIdiomAfter decides "one" followed by a word that makes it a pronoun or an idiom
// ("one of", "one day", "one who", "one could"); of those, "one or" and a hyphenated
// unit ("one-mile") are counts. decided is false after any other word.
func (x *scanner) oneIdiomAfter(i int) (counts, decided bool) {
	switch x.w(i + 1) {
	case "of", "another", "day", "point", "thing", "way", "time", "hand", "side", "who",
		"that", "which", "could", "would", "should", "can", "must", "might", "will", "is",
		"was", "has", "had", "does", "did", "may", "per", "by", "after", "or", "to", "more",
		"less", "in", "on", "at", "and", "you", "i", "we", "they", "he", "she", "it", "-",
		"such", "too", "thing's", "else", "moment", "bit", "less-than":
		return x.w(i+1) == "or" || x.w(i+1) == "-" && x.kind(i+2) == tkWord && x.isUnitWord(i+2), true
	}
	return false, false
}

// oneBeforeNoun decides "one" before a word: a count when a noun phrase follows ("one
// in-person meeting", "one set of weights", "one standout charity"), not when the
// word after the next is a verb, a preposition or a determiner ("one user on", "one
// estimate is": a determiner, which a reader does not check).
func (x *scanner) oneBeforeNoun(i int) bool {
	if x.kind(i+1) != tkWord {
		return false
	}
	if x.w(i+2) == "-" && x.gap(i+2) == 0 {
		return true
	}
	n1, n2 := x.w(i+1), x.w(i+2)
	if n2 == "of" && !auxWordsTab.val(n1) && !isPreposition(n1) && !determiner(n1) && !x.toks[i+1].cap {
		return true // "one set of weights", "one bag of rice": a noun before "of"
	}
	return x.kind(i+2) == tkWord && !isPreposition(n2) && !auxWordsTab.val(n2) && !isVerbLike(n2) && !determiner(n2) &&
		n2 != "and" && n2 != "or" && n1 != "last" && n1 != "other" && !isVerbLike(n1)
}

// countNounAt reports a word at i that can be what a number counts ("Menschen",
// "pessoas"), not a unit or an abbreviation such as "pm" that may be one.
func (x *scanner) countNounAt(i int) bool {
	return x.kind(i) == tkWord && len(x.w(i)) >= 4 && !x.isUnitWord(i)
}

// isUnitWord reports a time or measure unit at token i.
func (x *scanner) isUnitWord(i int) bool {
	_, ok := foldedUnitsTab.get(x.w(i))
	return ok
}

// skipNameNumber passes the rest of a name's number: "787-9", "20/20".
func (x *scanner) skipNameNumber(e int) int {
	for (x.w(e) == "-" || x.w(e) == "/") && x.gap(e) == 0 && x.kind(e+1) == tkNum && x.gap(e+1) == 0 {
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
		return m <= 200 && x.sportsIn(x.sentOf(n.s)) && !x.toks[e+1].cap &&
			!(x.kind(e+2) == tkWord && x.toks[e+2].cap && x.gap(e+2) == 1 && !isDayName(x.w(e+2)))
	}
	return false
}

// wordNumberName catches "Three Amigos", "Six-Day War", "“three amigos”".
func (x *scanner) wordNumberName(c *cand, n number) bool {
	t := x.toks[n.s]
	next := n.e
	if x.w(next) == "-" && x.gap(next) == 0 {
		next++
	}
	if t.cap && x.kind(next) == tkWord && x.toks[next].cap && !x.titleCase(c.sent) {
		if n.s != x.sentStart(c.sent) || x.w(n.e) == "-" {
			return true
		}
	}
	if x.w(n.s-1) == "-" && x.gap(n.s) == 0 && x.kind(n.s-2) == tkWord && x.gap(n.s-1) == 0 && t.cap {
		return true
	}
	open := x.raw(n.s - 1)
	if (open == "“" || open == "\"" || open == "‘") && x.gap(n.s) == 0 && x.kind(n.e) == tkWord {
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
func (x *scanner) appositiveAge(c *cand, n number) bool {
	if !n.plain || !n.integer || n.v < 1 || n.v > 120 || c.s != n.s {
		return false
	}
	if x.w(c.s-1) != "," {
		return false
	}
	pi := c.s - 2
	if x.w(pi) == "." && x.kind(pi-1) == tkWord && x.toks[pi-1].cap {
		pi--
	}
	if x.kind(pi) != tkWord {
		return false
	}
	if p := x.toks[pi]; !p.cap && !personNounsTab.val(x.w(pi)) {
		return false
	}
	switch x.w(n.e) {
	case ",", "–", "—", ")", ";":
		return true
	case ".":
		return n.e+1 >= len(x.toks)
	case "-":
		return x.gap(n.e) > 0
	}
	return n.e >= len(x.toks)
}
