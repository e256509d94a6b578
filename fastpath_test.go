package newsparse

import (
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// TestDecodeRune holds ascii.DecodeRune to utf8.DecodeRuneInString on every
// sequence of up to four bytes that starts outside ASCII.
func TestDecodeRune(t *testing.T) {
	b := make([]byte, 4)
	for c0 := 0x80; c0 < 0x100; c0++ {
		for c1 := 0; c1 < 0x100; c1++ {
			for _, c2 := range []int{0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff} {
				b[0], b[1], b[2], b[3] = byte(c0), byte(c1), byte(c2), 0x80
				for n := 1; n <= 4; n++ {
					s := string(b[:n])
					r1, n1 := utf8.DecodeRuneInString(s)
					r2, n2 := ascii.DecodeRune(s, 0)
					if r1 != r2 || n1 != n2 {
						t.Fatalf("ascii.DecodeRune(%q) = %U, %d; want %U, %d", s, r2, n2, r1, n1)
					}
				}
			}
		}
	}
}
