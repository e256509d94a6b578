package credit

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// FuzzCredit checks what must hold for any line, valid UTF-8 or not: no panic, the
// same answer twice, an evidence level of 0 to 3, a split whose caption and credit
// are pieces of the line (a line without a credit is its own caption), and a parsed
// credit with text, valid UTF-8 from a valid line, that names no empty name.
func FuzzCredit(f *testing.F) {
	for _, tc := range creditCases {
		f.Add(tc.in)
	}
	for _, s := range []string{"", "\xff(Getty", "© \xffJane Doe Crowds gather.", "ȺȺȺ at dawn Photo: Jane Doe/Reuters",
		"A painting of the plague GETTY)", "The ridge at dawn. Jane Doe", "FILE PHOTO: A trader. REUTERS/Jane Doe",
		"Image copyright @a @b", strings.Repeat("Jane Doe/", 40) + ")"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		ev := Evidence(in)
		require.True(t, ev >= 0 && ev <= 3, "evidence %d", ev)
		require.Equal(t, ev, Evidence(in))

		caption, cr := SplitCaption(in)
		if cr == "" {
			require.Equal(t, in, caption)
		} else {
			require.Contains(t, in, cr)
			require.Contains(t, in, caption)
			require.LessOrEqual(t, len(caption)+len(cr), len(in))
		}
		caption, cr = SplitLeading(in)
		require.True(t, cr == "" && caption == in || strings.HasPrefix(cr, "© ") && caption != "", "%q, %q", caption, cr)
		if caption, name, ok := TrailingName(in); ok {
			require.Contains(t, in, caption)
			require.Contains(t, in, name)
		}
		if caption, name, ok := TrailingCredit(in); ok {
			require.Contains(t, in, caption)
			require.Contains(t, in, name)
		}

		c, ok := Parse(in)
		if !ok {
			return
		}
		require.NotEmpty(t, c.Text)
		if utf8.ValidString(in) {
			require.True(t, utf8.ValidString(c.Text), "text %q", c.Text)
		}
		for _, name := range append(c.Photographers, c.Agencies...) {
			require.NotEmpty(t, name)
		}
		again, _ := Parse(in)
		require.Equal(t, c, again)
	})
}
