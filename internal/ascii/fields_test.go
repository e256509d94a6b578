package ascii

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// fieldsOf walks s with NextField.
func fieldsOf(s string) []string {
	out := []string{}
	for w, rest := NextField(s); w != ""; w, rest = NextField(rest) {
		out = append(out, w)
	}
	return out
}

// TestNextField holds NextField to strings.Fields on lines of every kind of space
// and character, with the ends of fields falling anywhere in an eight-byte load.
func TestNextField(t *testing.T) {
	cases := []string{
		"", " ", "a", "Jane Doe", "  lead and trail  ", "tab\tnew\nline\rcr\vvt\fff",
		"no\u00a0break thin\u2009space ideo\u3000graphic next\u0085line",
		"naïve Zürich’s café", "日本語 のテキスト", "ctrl\x01char\x1fhere", "bad\xffbyte \xc2 lone",
		"abcdefghijklmnopqrstuvwxyz0123456789", "eight888 eight888\u00a0eight888",
	}
	for _, s := range cases {
		require.Equal(t, strings.Fields(s), fieldsOf(s), "%q", s)
	}
	// Random lines over an alphabet of spaces, letters, marks and broken bytes.
	alphabet := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u0085", "a", "Bc", "déf", "日", "’", "\x01", "\xff", "\xe2\x80", "!", "~", "\x7f", "xyzwvuts"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(24) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		s := b.String()
		require.Equal(t, strings.Fields(s), fieldsOf(s), "%q", s)
	}
}
