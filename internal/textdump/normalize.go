package textdump

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// IsBlank reports whether s holds only white space and invisible characters.
func IsBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !IsInvisible(r) && !IsBidiMark(r) && r != utf8.RuneError {
			return false
		}
	}
	return true
}

// IsInvisible reports characters a reader never sees: zero-width spaces and joiners,
// the byte-order mark, soft hyphens, and the bidi embedding, override and isolate
// controls. The directional marks U+200E, U+200F and U+061C are not among them:
// right-to-left text needs them to show numbers and punctuation in order, and they
// cannot reorder what follows the way an override can.
func IsInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return IsBidiControl(r)
}

// IsBidiControl reports the Unicode bidi embedding, override and isolate controls
// (U+202A to U+202E, U+2066 to U+2069). Text fields never carry them: an unmatched
// override turns the rest of a line around in whatever displays it.
func IsBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// IsBidiMark reports the directional marks, which stay in text (see IsInvisible).
func IsBidiMark(r rune) bool {
	return r == 0x200e || r == 0x200f || r == 0x061c
}

// Normalize makes the text what a reader sees, in one pass: invalid UTF-8 becomes
// U+FFFD; CRLF, CR and Unicode line separators become "\n"; tabs, no-break and other
// Unicode spaces become one space; invisible and control characters go; runs of spaces
// collapse and lines lose leading and trailing spaces. Line structure is kept, because
// blank lines are the text front end's main layout evidence.
func Normalize(s string) string {
	w := lazyText{src: s}
	pendingSpace := false
	lineStart := true
	for i := 0; i < len(s); {
		// A line break, the commonest character outside the runs below, is told
		// apart first.
		if s[i] == '\n' {
			w.keep(i, i+1)
			pendingSpace, lineStart = false, true
			i++
			continue
		}
		// Runs of plain characters, with single spaces between them, are by far the
		// commonest case: they are kept whole, and plain ASCII is told apart without
		// decoding.
		if n := plainLen(s, i); n > 0 {
			j := i + n
			for j < len(s) {
				// Eight bytes at a time while each is plain (plainBytes): the byte
				// before is. Eight that are not are passed up to their first other
				// byte, which the tests below read: passed a byte at a time, each of
				// a word's bytes before a curly quote paid for the test of eight.
				if j+8 <= len(s) {
					x := ascii.Load64(s, j)
					plain, space := plainBytes(x)
					if x&ascii.HighBits != 0 {
						plain |= twoByteChars(x)
					}
					// a space is plain before a plain byte among the eight
					other := ^(plain | space&(plain>>8)) & ascii.HighBits
					if other == 0 {
						j += 8
						continue
					}
					j += bits.TrailingZeros64(other) >> 3
				}
				c := s[j]
				if c-'!' <= '~'-'!' {
					j++
					continue
				}
				if c == ' ' {
					if j+1 < len(s) {
						if n := plainLen(s, j+1); n > 0 {
							j += 1 + n
							continue
						}
					}
					break
				}
				// Two-byte characters inline: plain but for U+0080 to U+00A0 (controls
				// and the no-break space) and U+00AD (the soft hyphen).
				if c >= 0xc2 && c <= 0xdf && j+1 < len(s) && s[j+1]&0xc0 == 0x80 &&
					!(c == 0xc2 && (s[j+1] <= 0xa0 || s[j+1] == 0xad)) {
					j += 2
					continue
				}
				if c < utf8.RuneSelf {
					break // a control character or a space after a space
				}
				n := plainLenMulti(s, j)
				if n == 0 {
					break
				}
				j += n
			}
			if pendingSpace {
				w.writeByte(' ')
				pendingSpace = false
			}
			w.keep(i, j)
			lineStart = false
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			fallthrough
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' || r == '\u0085':
			w.writeByte('\n')
			pendingSpace, lineStart = false, true
		case r == utf8.RuneError && size == 1:
			if pendingSpace {
				w.writeByte(' ')
				pendingSpace = false
			}
			w.writeString("\uFFFD")
			lineStart = false
		case r == ' ' || r == '\t' || ascii.IsSpaceRune(r):
			if !lineStart {
				pendingSpace = true
			}
		case IsInvisible(r) || unicode.IsControl(r):
			// dropped
		}
		// Every other character is plain and was kept by the run above.
	}
	return w.String()
}

// plainBytes sets the high bit of each byte of x, eight bytes of text in order (first
// byte lowest), that Normalize's run of plain characters passes over as it is:
// printable ASCII but the space, and apart the spaces, which it passes before a
// plain byte. The bytes are tested on x without their high bits, to which adding
// at most 0x60 carries into no other byte. Normalize reads the rest itself.
func plainBytes(x uint64) (plain, space uint64) {
	const l, high = ascii.LowBits, ascii.HighBits
	y := x & ascii.RestBits
	atLeast20, atLeast21, atLeast7f := y+(0x80-0x20)*l, y+(0x80-0x21)*l, y+(0x80-0x7f)*l
	return atLeast21 &^ atLeast7f &^ x & high, atLeast20 &^ atLeast21 &^ x & high
}

// twoByteChars sets the high bits of the bytes of x that the run passes as well:
// the two-byte characters whole from U+00C0 on (the Latin, Greek and Cyrillic
// letters), a lead byte from 0xC3 to 0xDF with a continuation byte after it. (0xC2
// leads the controls past ASCII, the no-break space and the soft hyphen.)
func twoByteChars(x uint64) uint64 {
	const l, high = ascii.LowBits, ascii.HighBits
	// adding 0x80-3 to a byte's low five bits sets its high bit from 3 on
	lead := ascii.ZeroBytes(x&(0xe0*l)^0xc0*l) & (x&(0x1f*l) + (0x80-3)*l)
	pair := lead & (x &^ (x << 1) & high >> 8)
	return pair | pair<<8
}

// plainLen returns the byte length of the character at s[i] when Normalize keeps
// it as it is wherever it stands (not a space, a line break, an invisible or control
// character, or invalid UTF-8), and 0 otherwise.
func plainLen(s string, i int) int {
	if c := s[i]; c-'!' <= '~'-'!' { // printable ASCII, the byte wrapping around below '!'
		return 1
	}
	return plainLenMulti(s, i)
}

// plainLenMulti is plainLen past printable ASCII.
func plainLenMulti(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 0
	}
	r, size := ascii.DecodeRune(s, i)
	// Control characters above ASCII end at U+009F.
	if r < 0xa0 || r == utf8.RuneError && size == 1 || ascii.IsSpaceRune(r) || IsInvisible(r) {
		return 0
	}
	return size
}

// lazyText is Normalize's output. Many dumps need no change at all and most need
// few: while the output is still a prefix of the input, nothing is copied.
type lazyText struct {
	src    string
	n      int  // while !copied, the output is src[:n]
	copied bool // the output has departed from src and lives in b
	b      strings.Builder
}

// keep appends src[i:j]. keep, writeByte and writeString are small enough to
// inline while the output is still a prefix of the input; the copy is left to calls.
func (w *lazyText) keep(i, j int) {
	if !w.copied && i == w.n {
		w.n = j
		return
	}
	w.copyString(w.src[i:j])
}

func (w *lazyText) writeByte(c byte) {
	if !w.copied && w.n < len(w.src) && w.src[w.n] == c {
		w.n++
		return
	}
	w.copyByte(c)
}

func (w *lazyText) writeString(t string) {
	if !w.copied && strings.HasPrefix(w.src[w.n:], t) {
		w.n += len(t)
		return
	}
	w.copyString(t)
}

// copyString and copyByte append to the output once it departs from the input.
func (w *lazyText) copyString(t string) {
	w.diverge()
	w.b.WriteString(t)
}

func (w *lazyText) copyByte(c byte) {
	w.diverge()
	w.b.WriteByte(c)
}

func (w *lazyText) diverge() {
	if !w.copied {
		w.copied = true
		w.b.Grow(len(w.src))
		w.b.WriteString(w.src[:w.n])
	}
}

func (w *lazyText) String() string {
	if !w.copied {
		return w.src[:w.n]
	}
	return w.b.String()
}

// CollapseSpace normalises the white space inside one piece of text (from HTML, say)
// the way Normalize does for lines, and joins lines with a space.
func CollapseSpace(s string) string {
	n := Normalize(s)
	if strings.IndexByte(n, '\n') >= 0 {
		n = strings.Join(strings.Fields(n), " ")
	}
	return n
}
