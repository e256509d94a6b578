// Package ascii holds the byte-parallel and decoding helpers the text scanners share:
// eight bytes of a string read as one word, tests on all eight at once, and a rune
// decoder with the two- and three-byte characters of most scripts inline; and the
// measures of a line every stage reads with them: its words (WordCount, IsCJK), its
// spaces (IsSpaceRune) and whether it ends a sentence (EndsSentence).
package ascii

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Byte-parallel tests on eight bytes held in a uint64, first byte lowest.
const (
	LowBits  = 0x0101010101010101
	HighBits = 0x8080808080808080
	RestBits = 0x7f7f7f7f7f7f7f7f
)

// Load64 reads s[i:i+8] as a little-endian word, of a string or a byte slice.
func Load64[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// ZeroBytes sets the high bit of each byte of x that is zero, and of no other.
func ZeroBytes(x uint64) uint64 {
	y := (x&RestBits + RestBits) | x
	return ^y & HighBits
}

// DecodeRune is utf8.DecodeRuneInString(s[i:]) for s[i] above ASCII, with the two-
// and three-byte characters of most scripts decoded inline.
func DecodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c >= 0xc2 && c <= 0xdf && i+1 < len(s):
		if c1 := s[i+1]; c1&0xc0 == 0x80 {
			return rune(c&0x1f)<<6 | rune(c1&0x3f), 2
		}
	case c >= 0xe0 && c <= 0xef && i+2 < len(s):
		c1, c2 := s[i+1], s[i+2]
		// Not overlong, not a surrogate.
		if c1&0xc0 == 0x80 && c2&0xc0 == 0x80 && !(c == 0xe0 && c1 < 0xa0) && !(c == 0xed && c1 > 0x9f) {
			return rune(c&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// IsLetter reports an ASCII letter.
func IsLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// Lower lowers an ASCII capital and leaves every other byte.
func Lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// HasByteBelow reports a byte of x below n, for n <= 0x80; a byte with the high bit
// set never counts.
func HasByteBelow(x uint64, n byte) bool { return BytesBelow(x, n) != 0 }

// BytesBelow is HasByteBelow as a word, not zero just when a byte of x is below n,
// so that the tests of several words combine without a branch between them.
func BytesBelow(x uint64, n byte) uint64 { return (x - uint64(n)*LowBits) &^ x & HighBits }

// IndexDigit returns the index of the first ASCII digit of s at or after i, or -1:
// eight bytes at a time while they hold none, as most of a page's text does not. A
// byte of x^'0' below 10 is a digit of x; the test that some byte of a word is below
// n <= 0x80 (HasByteBelow) holds for bytes with the high bit too, whose own bit the
// &^ clears, and a borrow from a lower byte only follows a byte that is below.
func IndexDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if x := Load64(s, i) ^ '0'*LowBits; (x-10*LowBits)&^x&HighBits != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return i
		}
	}
	return -1
}

// IsSpaceRune is unicode.IsSpace without its table search: the White_Space property
// is a short, fixed list (TestIsSpaceRune holds the two equal).
func IsSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// WordCount counts space-separated words, and two CJK characters as one word, so that
// length thresholds mean the same in Japanese as in English.
func WordCount(s string) int {
	words, cjk := 0, 0
	// gap is 0x80 after a space or at the start, 0 inside a word: the high bit of
	// the byte before the next, as the eight-byte steps shift it in.
	gap := uint64(0x80)
	for i := 0; i < len(s); {
		// Eight bytes at a time: a word starts at each non-space byte after a space
		// byte. Bytes of two-byte characters count as a word's, as they are but for
		// U+0085 and U+00A0 (lead 0xC2); the three- and four-byte characters (leads
		// 0xE0 and above), among them the CJK and the other spaces, are decoded below.
		for ; i+8 <= len(s); i += 8 {
			x := Load64(s, i)
			if x&HighBits != 0 && ZeroBytes(x&(0xe0*LowBits)^0xe0*LowBits)|ZeroBytes(x^0xc2*LowBits) != 0 {
				break
			}
			// Tabs and line breaks are looked for only among bytes below a space,
			// which most words of text have none of.
			space := ZeroBytes(x ^ (' ' * LowBits))
			if HasByteBelow(x, ' ') {
				space |= ZeroBytes(x^('\t'*LowBits)) | ZeroBytes(x^('\n'*LowBits)) | ZeroBytes(x^('\r'*LowBits))
			}
			words += bits.OnesCount64(^space & (space<<8 | gap) & HighBits)
			gap = space >> 56
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				gap = 0x80
			} else if gap != 0 {
				words++
				gap = 0
			}
			i++
			continue
		}
		// Two-byte characters (Latin, Greek, Cyrillic...) are no CJK, and only
		// U+0085 and U+00A0 among them are spaces.
		if c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			if c == 0xc2 && (s[i+1] == 0x85 || s[i+1] == 0xa0) {
				gap = 0x80
			} else if gap != 0 {
				words++
				gap = 0
			}
			i += 2
			continue
		}
		r, size := DecodeRune(s, i)
		i += size
		switch {
		case IsCJK(r):
			cjk++
			gap = 0x80
		case IsSpaceRune(r):
			gap = 0x80
		default:
			if gap != 0 {
				words++
			}
			gap = 0
		}
	}
	return words + cjk/2
}

// firstCJK is the first character IsCJK reports: Hangul Jamo start at U+1100,
// every other script counted here at U+2E80.
const firstCJK = 0x1100

// CJKLeadMin is the least first byte of a character IsCJK reports, in UTF-8 (the
// three-byte lead of firstCJK): a scan may pass smaller bytes without decoding.
const CJKLeadMin = 0xe0 | firstCJK>>12

// IsCJK reports a Han, Hiragana, Katakana or Hangul character.
func IsCJK(r rune) bool {
	if r < firstCJK || r > 0x11ff && r < 0x2e80 {
		return false
	}
	if r < 0x10000 {
		return cjkBMP[r>>6]&(1<<(r&63)) != 0
	}
	return isCJKTable(r)
}

func isCJKTable(r rune) bool {
	for _, script := range cjkScripts {
		if unicode.Is(script, r) {
			return true
		}
	}
	return false
}

// cjkScripts are the scripts IsCJK counts.
var cjkScripts = [...]*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul}

// cjkBMP holds isCJKTable for the Basic Multilingual Plane, one bit a rune, so that
// CJK text, a character a word, is not a table search per character. Built once,
// never written afterwards, from the scripts' 16-bit ranges (those of the Basic
// Multilingual Plane), so that package init does not search the tables for each of
// the plane's 61,000 runes.
var cjkBMP = func() *[1 << 10]uint64 {
	var bits [1 << 10]uint64
	for _, script := range cjkScripts {
		for _, rg := range script.R16 {
			for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
				bits[r>>6] |= 1 << (r & 63)
			}
		}
	}
	return &bits
}()

// EndsSentence reports text that ends as a sentence does, allowing closing quotes and
// brackets after the stop.
func EndsSentence(s string) bool {
	// strings.TrimRight(s, " \"'”’»›)]」』*"), without building the rune set.
	var r rune
	for s != "" {
		size := 1
		r = rune(s[len(s)-1])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		switch r {
		case ' ', '"', '\'', '”', '’', '»', '›', ')', ']', '」', '』', '*':
			s = s[:len(s)-size]
			r = utf8.RuneError // nothing left ends no sentence
			continue
		}
		break
	}
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':', ';':
		return true
	}
	return false
}
