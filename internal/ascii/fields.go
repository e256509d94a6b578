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
			// The lowest byte below 0x21 or with the high bit set, the first that
			// may end the field: a borrow comes only from a byte below 0x21.
			x := Load64(s, i)
			m := ((x - 0x21*LowBits) | x) & HighBits
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
		}
		r, size := DecodeRune(s, i)
		if IsSpaceRune(r) {
			break
		}
		i += size
	}
	return s[start:i], s[i:]
}

// asciiSpace marks the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
