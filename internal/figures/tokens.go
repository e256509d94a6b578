package figures

import (
	"encoding/binary"
	"github.com/newsparse/newsparse/internal/ascii"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The tokenizer and the scanner that holds one call's tokens: a hand-written pass
// splits text into words, runs of digits and single other characters once, and the
// rules read tokens through w, raw, kind and gap.

type tokKind uint8

const (
	tkWord tokKind = iota + 1
	tkNum
	tkPunct
)

// token is a word, a run of digits (with inner "," or "." separators) or one other
// character. Offsets are bytes into the text.
type token struct {
	s, e int32
	k    tokKind
	// gap is the space before the token: 0 none, 1 one space-like character, 2 more or
	// a line break. "1 000" is one number only when the gap is 1.
	gap uint8
	// cap marks a word starting with an upper-case letter; upper one holding any.
	cap, upper bool
	// hyphen marks an en or em dash, or a Unicode hyphen, that joins two words or
	// numbers ("twenty–five", "10–20"): its word reads "-"
	hyphen bool
	// trig marks a token a figure may start at: a superset of those trigger accepts,
	// so that the scan for figures visits them alone rather than every token
	trig bool
}

// scanner holds one call's tokens. It is built per call and never shared.
type scanner struct {
	text string
	toks []token
	// low is text with its ASCII capitals lowered, which the tokens' words are sliced
	// from
	low string
	// words holds each token's word, as w returns it
	words []string
	// marks are the tokenizer's marks of the tokens that may end a sentence (tokBuf)
	marks []int32
	// sentences: the sentence of each token and where each starts
	sentStarts []int
	verbIndex  int // where verbBefore last found its verb
	// classes memoizes the word classes attribution asks of tokens (attribution.go)
	classes classMemo
	// the last sentence asked about by sportsIn and titleCase, and the answers
	sportsMemo, titleMemo sentMemo
	// steps counts the token reads of the rules (w and raw): the work of one call,
	// which the growth tests hold linear in the text without timing anything
	steps int
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scan tokenizes text into b and returns its tokens, each marked when a figure
// may start at it, and the text with its ASCII capitals lowered.
//
// The rules ask for a token's lower-cased word thousands of times a paragraph, about
// fifteen times a token. Each word is sliced once from the lowered copy at the token's
// offsets (lowering only changes ASCII capitals, so every word sits there) into a
// slice of words beside the tokens (setWords), which w reads: slicing at each ask, with
// its bounds checks and the test for a joining dash, was a tenth of the extraction's
// instructions. The tokens hold offsets and flags only, no pointer: the garbage
// collector never scans them, and writing them needs no write barrier; the words, which
// hold pointers, stay apart from them. A token holding its word, twice the size, made
// ExtractFigures about 7% slower than slicing the word at each ask, when the tokens
// were still made on the heap for each text.
//
// The copy is lowered eight bytes at a time before the tokens are made. Lowering the
// words with capitals alone, from a list of them kept as the tokens were made, cost
// more: the list was written at every token, and each word lowered apart ended its
// eight bytes at a mispredicted branch. b's buffers are used when long enough and left
// in b, made or grown, for the next call.
//
// The lowered copy is written into b.low, which the next call overwrites: it is read
// only while this text's figures are found, and no word of it is kept in a figure (the
// figures' strings are cut from the caller's text; `go build -gcflags=-m` shows that
// appendHeld's stack copy, read by the same rules, never escapes). An article's texts
// share one buffer as long as its longest paragraph, where a copy of each kept apart
// took room for more than half the article.
func scan(text string, b *tokBuf) ([]token, string) {
	if n := tokenRoom(len(text)); n > len(b.toks) {
		b.toks = make([]token, n)
	}
	// tokens are written by index, not appended: append's length and capacity
	// bookkeeping cost more than the stores themselves
	b.k, b.m = 0, 0
	low := b.lower(text)
	b.tokenize(text)
	return b.toks[:b.k], low
}

// lower writes text into b.low with its ASCII capitals lowered and returns it as a
// string, valid until the next call.
func (b *tokBuf) lower(text string) string {
	if len(text) == 0 {
		return ""
	}
	if len(text) > len(b.low) {
		b.low = make([]byte, len(text))
	}
	lowerInto(b.low[:len(text)], text)
	return unsafe.String(&b.low[0], len(text))
}

// lowerInto writes text to dst with its ASCII capitals lowered, eight bytes at a time.
func lowerInto(dst []byte, text string) {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		binary.LittleEndian.PutUint64(dst[i:], lowerASCII8(ascii.Load64(text, i)))
	}
	for ; i < len(text); i++ {
		dst[i] = ascii.Lower(text[i])
	}
}

// tokenRoom is the room for the tokens of a text of n bytes that is made at first. News
// prose runs to about one token in five bytes, but its longest paragraphs to more. Room
// for one in 4.5 bytes, a multiply and a shift, grows the buffers for one article of
// the corpus in a hundred and for two whole pages: room for one in four grew them for
// none and one, and made a tenth more than this; one in five grew them for ten.
func tokenRoom(n int) int {
	return n*57>>8 + 8
}

// lowerASCII8 lowers the ASCII capitals among the eight bytes of x.
func lowerASCII8(x uint64) uint64 {
	low := x &^ ascii.HighBits
	upper := (low + (0x80-'A')*ascii.LowBits) &^ (low + (0x80-'Z'-1)*ascii.LowBits) &^ x & ascii.HighBits
	return x | upper>>2
}

// tokBuf is scan's output as tokenize writes it, in buffers whose whole length
// it may write.
type tokBuf struct {
	toks []token
	k    int // tokens written
	// low holds the lower-cased copy of the last text scanned
	low []byte
	// marks lists, in order and once each, the tokens at which findSentences may end a
	// sentence: those that start with '.', '!' or '?', and those after a line break
	// ('\n' or '\r'), which it reads instead of every token. Written by index, as the
	// tokens are, so that a caller's buffers on its stack stay there.
	marks []int32
	m     int // marks written
}

// mark lists token k among the marks, unless it is listed already.
func (b *tokBuf) mark(k int) {
	if b.m > 0 && b.marks[b.m-1] == int32(k) {
		return
	}
	if b.m == len(b.marks) {
		b.growMarks()
	}
	b.marks[b.m] = int32(k)
	b.m++
}

// growMarks doubles the room for marks.
func (b *tokBuf) growMarks() {
	marks := make([]int32, 2*len(b.marks)+16)
	copy(marks, b.marks)
	b.marks = marks
}

// key appends the lower-cased text of tokens a..b-1 to buf, with the single space or
// nothing found between them; ok is false when a wider gap or a long key rules out
// every table entry.
func (x *scanner) key(buf []byte, a, b int) ([]byte, bool) {
	for m := a; m < b; m++ {
		if m > a {
			switch x.toks[m].gap {
			case 0:
			case 1:
				if x.text[x.toks[m].s-1] != ' ' {
					return buf, false
				}
				buf = append(buf, ' ')
			default:
				return buf, false
			}
		}
		buf = append(buf, x.w(m)...)
		if len(buf) > 40 {
			return buf, false
		}
	}
	return buf, true
}

// tokenize writes the tokens of text.
func (b *tokBuf) tokenize(text string) {
	var gap uint8 = 2
	i := 0
	for i < len(text) {
		// room for the token this byte may start
		if b.k == len(b.toks) {
			b.grow()
		}
		c := text[i]
		// one look-up and a switch on a few classes, in place of a chain of
		// comparisons on the byte
		switch byteClasses[c] {
		case bcLetter:
			// Most words are a letter and a run of lower-case ones ended by ASCII
			// that is no letter and no apostrophe; scanWord reads the others.
			for {
				// The first eight bytes after the letter, which hold the end of most
				// words, are read here, and lowerRun is called only for the rest: a
				// call for every word cost more than its test.
				j := i + 1
				if j+8 <= len(text) {
					if m := notLower(ascii.Load64(text, j)); m != 0 {
						j += bits.TrailingZeros64(m) >> 3
					} else {
						j = lowerRun(text, j+8)
					}
				} else {
					j = lowerRun(text, j)
				}
				if j < len(text) && wordGoesOn[text[j]] {
					i = b.addWord(text, i, gap)
					break
				}
				up := c <= 'Z'
				b.add(i, j, tkWord, gap, up, up, wordMayTrigger(text, i, j))
				i = j
				// Prose runs word, space, word: the next word is read here, without
				// going round the switch for the space and for the letter.
				if i+1 >= len(text) || text[i] != ' ' || byteClasses[text[i+1]] != bcLetter || b.k == len(b.toks) {
					break
				}
				i++
				c = text[i]
				gap = 1
			}
		case bcSpace:
			gap = min(gap+1, 2) // one space after a token, or more
			i++
			continue
		case bcPunct:
			b.add(i, i+1, tkPunct, gap, false, false, punctMayTrigger(c))
			if sentenceStops[c] {
				b.mark(b.k - 1)
			}
			i++
		case bcDigit:
			j := i + 1
			for j < len(text) {
				d := text[j]
				if isDigit(d) {
					j++
					continue
				}
				if (d == ',' || d == '.') && j+1 < len(text) && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			b.add(i, j, tkNum, gap, false, false, true)
			i = j
		case bcBreak:
			if c == '\n' || c == '\r' {
				b.mark(b.k) // the token after the break, if any
			}
			gap = 2
			i++
			continue
		default:
			r, n := ascii.DecodeRune(text, i)
			switch cl := runeClass(r); {
			case cl&rcSpace != 0:
				if gap == 0 && r != '\u2028' && r != '\u2029' {
					gap = 1
				} else {
					gap = 2
				}
				i += n
				continue
			case cl&rcLetter != 0:
				i = b.addWord(text, i, gap)
			default:
				b.add(i, i+n, tkPunct, gap, false, false, punctMayTrigger(c))
				if isDash(r) && gap == 0 && b.k > 1 && b.toks[b.k-2].k != tkPunct && i+n < len(text) &&
					(byteClasses[text[i+n]] == bcLetter || byteClasses[text[i+n]] == bcDigit) {
					// an en or em dash, or a Unicode hyphen, inside a word or between two
					// numbers reads as a hyphen: "twenty–five", "43–year–old", "10–20"
					b.toks[b.k-1].hyphen = true
				}
				i += n
			}
		}
		gap = 0
	}
}

// isDash reports the dashes and hyphens other than '-' that join words and numbers.
func isDash(r rune) bool {
	return r == '–' || r == '—' || r == '‐' || r == '‑' || r == '‒'
}

// Byte classes, for the tokenizer's first look at a token.
const (
	bcPunct  = iota // any other ASCII byte, a token of its own
	bcSpace         // ' ' and '\t'
	bcBreak         // line breaks, '\n' '\r' '\f' '\v'
	bcDigit         // '0' to '9'
	bcLetter        // 'a' to 'z', 'A' to 'Z'
	bcHigh          // the bytes of multi-byte characters, and invalid ones
)

// byteClasses are the classes of the bytes. Built once, never written afterwards.
var byteClasses = func() (t [256]uint8) {
	for c := range t {
		b := byte(c)
		switch {
		case b == ' ' || b == '\t':
			t[c] = bcSpace
		case b == '\n' || b == '\r' || b == '\f' || b == '\v':
			t[c] = bcBreak
		case isDigit(b):
			t[c] = bcDigit
		case b-'a' < 26 || b-'A' < 26:
			t[c] = bcLetter
		case b >= utf8.RuneSelf:
			t[c] = bcHigh
		}
	}
	return t
}()

// lowerRun returns where the run of lower-case ASCII letters from byte j ends. It reads
// eight bytes at a time: the loop a byte at a time left a word's end to be mispredicted
// about once a word, and the test of eight bytes finds most words' end in its first.
func lowerRun(text string, j int) int {
	for ; j+8 <= len(text); j += 8 {
		if m := notLower(ascii.Load64(text, j)); m != 0 {
			return j + bits.TrailingZeros64(m)>>3
		}
	}
	if len(text) < 8 {
		for j < len(text) && text[j]-'a' < 26 {
			j++
		}
		return j
	}
	// Fewer than eight bytes are left: the last eight of the text, shifted down so that
	// byte j comes first and zeros, which are no letters, fill in behind the end.
	m := notLower(ascii.Load64(text, len(text)-8) >> (8 * (j + 8 - len(text))))
	return j + bits.TrailingZeros64(m)>>3
}

// notLower sets the high bit of each byte of x that is no letter 'a' to 'z': below 'a',
// above 'z', or at and above 0x80. No carry crosses a byte, as the sums of seven-bit
// bytes stay below 0x100.
func notLower(x uint64) uint64 {
	low := x &^ ascii.HighBits
	return (^(low + (0x80-'a')*ascii.LowBits) | (low + (0x80-'z'-1)*ascii.LowBits) | x) & ascii.HighBits
}

// wordGoesOn holds the bytes that may carry a word on past its lower-case ASCII
// letters, for scanWord to read: capitals, the apostrophe and every byte of a
// multi-byte character. Built once, never written afterwards.
var wordGoesOn = func() (t [256]bool) {
	for c := range t {
		b := byte(c)
		t[c] = b-'A' < 26 || b >= utf8.RuneSelf || b == '\''
	}
	return t
}()

// addWord writes the word token starting at byte i and returns where it ends.
func (b *tokBuf) addWord(text string, i int, gap uint8) int {
	e, cap, upper := scanWord(text, i)
	b.add(i, e, tkWord, gap, cap, upper, wordMayTrigger(text, i, e))
	return e
}

// add writes a token straight into its slot, trig marking it as one a figure may start
// at. A composite literal was built on the stack byte by byte and copied with wider
// loads, which the processor cannot forward from the narrow stores: that stall cost
// more than the scan itself.
func (b *tokBuf) add(s, e int, k tokKind, gap uint8, cap, upper, trig bool) {
	t := &b.toks[b.k]
	t.s, t.e, t.k, t.gap, t.cap, t.upper, t.hyphen, t.trig = int32(s), int32(e), k, gap, cap, upper, false, trig
	b.k++
}

// wordMayTrigger reports a word of text[s:e] that has, in any case, the shape of "a"
// or of one of triggerWords.
func wordMayTrigger(text string, s, e int) bool {
	if e-s == 1 {
		return text[s]|0x20 == 'a'
	}
	return triggerShapes.mayHold(text[s:e])
}

// punctMayTrigger reports a character that may start a figure: "." or "-" before
// digits (".5", "-3"), and those led by C2 or E2, among them the vulgar fractions and
// the minus sign.
func punctMayTrigger(c byte) bool {
	return c == '.' || c == '-' || c == 0xC2 || c == 0xE2
}

// grow doubles the room for tokens.
func (b *tokBuf) grow() {
	toks := make([]token, 2*len(b.toks)+8)
	copy(toks, b.toks)
	b.toks = toks
}

// scanWord reads letters, keeping an apostrophe between letters ("don't") but not a
// possessive "'s", which attribution wants as its own token. It returns where the word
// ends, whether it starts with a capital and whether it holds any.
func scanWord(text string, i int) (end int, cap, upper bool) {
	first := true
	for i < len(text) {
		c := text[i]
		if c >= 'a' && c <= 'z' {
			first = false
			i++
			continue
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
			if first {
				cap = true
			}
			first = false
			i++
			continue
		}
		// A two-byte letter (Cyrillic, Greek, accented Latin) is read in place: Russian
		// words are all of them, and the call to decode each cost more than its class.
		if c >= 0xC2 && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			if cl := twoByteClasses[rune(c&0x1F)<<6|rune(text[i+1]&0x3F)]; cl&rcLetter != 0 {
				if cl&rcUpper != 0 {
					upper = true
					if first {
						cap = true
					}
				}
				first = false
				i += 2
				continue
			}
		}
		r, n := rune(c), 1
		if r >= utf8.RuneSelf {
			r, n = ascii.DecodeRune(text, i)
		}
		if cl := runeClass(r); cl&rcLetter != 0 {
			if cl&rcUpper != 0 {
				upper = true
				if first {
					cap = true
				}
			}
			first = false
			i += n
			continue
		}
		if (r == '\'' || r == '’') && i+n < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[i+n:])
			if runeClass(r2)&rcLetter != 0 && !(r2 == 's' || r2 == 'S') {
				i += n
				continue
			}
		}
		break
	}
	return i, cap, upper
}

// Rune classes, as unicode.IsLetter, IsUpper and IsSpace give them. The tokenizer asks
// about every non-ASCII rune, and the unicode package answers with binary searches
// through its range tables: news in Korean, Japanese or Russian spent more in those
// than in everything else figures do. A table answers for the two-byte runes and
// ranges for the scripts of whole letters; TestRuneClass holds the two to the
// unicode package over every rune.
const (
	rcLetter = 1 << iota
	rcUpper
	rcSpace
)

// twoByteClasses are the classes of the runes below U+0800, built once.
var twoByteClasses = func() (t [0x800]uint8) {
	for r := range t {
		t[r] = slowRuneClass(rune(r))
	}
	return t
}()

func slowRuneClass(r rune) uint8 {
	var cl uint8
	if unicode.IsLetter(r) {
		cl |= rcLetter
	}
	if unicode.IsUpper(r) {
		cl |= rcUpper
	}
	if unicode.IsSpace(r) {
		cl |= rcSpace
	}
	return cl
}

func runeClass(r rune) uint8 {
	if uint32(r) < 0x800 {
		return twoByteClasses[r]
	}
	switch {
	case r >= 0xAC00 && r <= 0xD7A3, // Hangul syllables
		r >= 0x4E00 && r <= 0x9FFF, // CJK unified ideographs
		r >= 0x3400 && r <= 0x4DBF, // CJK extension A
		r >= 0x3041 && r <= 0x3096, // hiragana
		r >= 0x30A1 && r <= 0x30FA: // katakana
		return rcLetter
	case r >= 0x2010 && r <= 0x2027: // dashes, quotation marks, bullets, ellipsis
		return 0
	}
	return slowRuneClass(r)
}

// w is token i's lower-cased text, "" outside the text. Numbers and punctuation are
// their text as written, so the rules compare them through w too; a dash that joins
// words reads "-". The rules ask for words about fifteen times a token: each is sliced
// once, by word, into words, and w only reads it there.
func (x *scanner) w(i int) string {
	x.steps++
	if uint(i) >= uint(len(x.words)) {
		return ""
	}
	return x.words[i]
}

// tokenWord is the word of token t of the text whose lowered copy is low.
func tokenWord(t *token, low string) string {
	if t.hyphen {
		return "-"
	}
	return low[t.s:t.e]
}

// setWords gives x the words of its tokens, kept in buf when it has room. A caller
// that keeps its tokens on its stack writes them itself: a store through a slice would
// move its buffers to the heap.
func (x *scanner) setWords(buf []string) {
	if cap(buf) < len(x.toks) {
		buf = make([]string, len(x.toks))
	}
	// the tokens and the lowered copy are read from locals: read through x, whose
	// address the rules share, they were loaded again for every token
	toks, low := x.toks, x.low
	buf = buf[:len(toks)]
	for k := range toks {
		buf[k] = tokenWord(&toks[k], low)
	}
	x.words = buf
}

// raw is token i's text as written, "" outside the text.
func (x *scanner) raw(i int) string {
	x.steps++
	if i < 0 || i >= len(x.toks) {
		return ""
	}
	return x.text[x.toks[i].s:x.toks[i].e]
}

func (x *scanner) kind(i int) tokKind {
	if i < 0 || i >= len(x.toks) {
		return 0
	}
	return x.toks[i].k
}

// gap is the space before token i; the end of the text counts as a wide gap.
func (x *scanner) gap(i int) uint8 {
	if i < 0 || i >= len(x.toks) {
		return 2
	}
	return x.toks[i].gap
}
