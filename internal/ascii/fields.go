package ascii

import (
	"math/bits"
	"unicode/utf8"
)

// NextField returns the first field of s, a run of characters other than white space
// as strings.Fields splits them (unicode.IsSpace; an invalid byte is no space), and
// what follows it; field is "" when s holds no more. The word loops that run on
// every line of a page walk them so: a field's bytes are passed over eight at a time
// while none is below '!' or above ASCII, where strings.FieldsSeq tests each byte.
func NextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		} else if !MayLeadSpace(c) {
			break
		}
		r, size := DecodeRune(s, i)
		if !IsSpaceRune(r) {
			break
		}
		i += size
	}
	start := i
	for i < len(s) {
		if i+8 <= len(s) {
			// The lowest byte below 0x21 or one that may lead a space past ASCII
			// (MayLeadSpace), the first that may end the field: a borrow comes only
			// from a byte below 0x21. The letters of most scripts, in two bytes, are
			// passed over with the rest.
			x := Load64(s, i)
			m := (x - 0x21*LowBits) &^ x & HighBits
			if x&HighBits != 0 {
				m |= x&(x<<1)&(x<<2)&HighBits | ZeroBytes(x^0xc2*LowBits)
			}
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			i++
			continue
		} else if !MayLeadSpace(c) {
			i++
			continue
		}
		r, size := DecodeRune(s, i)
		if IsSpaceRune(r) {
			break
		}
		i += size
	}
	return s[start:i], s[i:]
}

// MayLeadSpace reports a byte past ASCII that may open a space character
// (IsSpaceRune): the spaces past ASCII open with 0xC2 (U+0085, U+00A0), 0xE1
// (U+1680), 0xE2 (U+2000 to U+205F) or 0xE3 (U+3000), and a lead byte from 0xC2 up
// is never part of the character before it. A scan may pass every other byte as
// part of a word without decoding it: the letters of Latin, Greek or Cyrillic text,
// whose two-byte characters open with 0xC3 to 0xDF.
func MayLeadSpace(c byte) bool { return c == 0xc2 || c >= 0xe0 }

// asciiSpace marks the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
