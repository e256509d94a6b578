package ascii

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMayLeadSpace holds MayLeadSpace to every white space character past ASCII:
// its first byte must be one MayLeadSpace reports, or NextField would pass it as a
// letter.
func TestMayLeadSpace(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			assert.True(t, MayLeadSpace(string(r)[0]), "%U", r)
		}
	}
	for _, c := range []byte{0x80, 0xbf, 0xc3, 0xd0, 0xd1, 0xdf} {
		assert.False(t, MayLeadSpace(c), "%#x", c)
	}
}

// TestNextFieldTwoByte holds NextField to strings.Fields on lines of two-byte letters,
// which it passes without decoding, beside spaces past ASCII and broken sequences (a
// lead before a space, a lone continuation byte), at every offset of an eight-byte load.
func TestNextFieldTwoByte(t *testing.T) {
	alphabet := []string{" ", "\u00a0", "\u2009", "\u0085", "жк", "Ъ", "é", "ß", "\xc3", "\xd0 ", "\x80", "\xc2", "\xc2\xa0", "ab", "’", "\t"}
	rng := rand.New(rand.NewSource(2))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(20) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		s := b.String()
		require.Equal(t, strings.Fields(s), fieldsOf(s), "%q", s)
	}
}
