package textdump

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestNormalizePlainRuns covers what Normalize's eight-byte steps pass (notPlainRun)
// and what they leave to its tests of one character: two-byte letters and a space
// before them, the two-byte characters it changes or drops (a no-break space, a soft
// hyphen, a control past ASCII), a space doubled or last, and a lead byte cut off,
// each at several places against the steps.
func TestNormalizePlainRuns(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Café crème brûlée à Paris", "Café crème brûlée à Paris"},
		{"Ελληνικά και русский текст", "Ελληνικά και русский текст"},
		{"one\u00a0two\u00a0three four", "one two three four"},
		{"co\u00adop\u00aderative work", "cooperative work"},
		{"some\u0085thing here", "some\nthing here"},
		{"double  space   here", "double space here"},
		{"trailing spaces   \nnext line", "trailing spaces\nnext line"},
		{"a lone \xc3 lead byte", "a lone \uFFFD lead byte"},
		{"“Quoted,” she said — twice", "“Quoted,” she said — twice"},
		{"tab\tseparated\twords", "tab separated words"},
	}
	for _, c := range cases {
		for pad := 0; pad < 8; pad++ {
			prefix := "abcdefgh"[:pad]
			require.Equal(t, prefix+c.want, Normalize(prefix+c.in), "%q after %d bytes", c.in, pad)
		}
	}
}
