// Package ascii holds the byte-parallel and decoding helpers the text scanners share:
// eight bytes of a string read as one word, tests on all eight at once, and a rune
// decoder with the two- and three-byte characters of most scripts inline.
package ascii

import "unicode/utf8"

// Byte-parallel tests on eight bytes held in a uint64, first byte lowest.
const (
	LowBits  = 0x0101010101010101
	HighBits = 0x8080808080808080
	RestBits = 0x7f7f7f7f7f7f7f7f
)

// Load64 reads s[i:i+8] as a little-endian word.
func Load64(s string, i int) uint64 {
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

// HasByteBelow reports a byte of x below n, for x without high bits and n <= 0x80.
func HasByteBelow(x uint64, n byte) bool {
	return (x-uint64(n)*LowBits)&^x&HighBits != 0
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
