package textdump

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// FuzzRead checks what must hold for any dump: no panic, valid UTF-8 out, blocks of
// one line each with their links inside their text, and the same blocks twice.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"", "\x00", "Headline\n\nBody.", "\xff\xfe\r\r\n\u00a0•",
		"# Title\n\n![alt\ntext](/a.png)\n\n  * item\n**** Head ****\n━━━━\n[12]link_text_here",
		"******  ******\n# \n![", "[\n[\n[\n[\n[\n[\n[\n[\n](", "a [1]b [2]\n[1]c",
		"a\tb\nc\td\n\n| x | y |\n|---|---|\n| 1 | 2 |", "modern-\nday\n" + strings.Repeat("word ", 30) + "\n",
		":::: {.a\nb=\"c\"}\n[x [y]{.z}](https://e.org/){.k}\n# T {#t}\n::::",
		strings.Repeat("<div class=\"a\"\nid=\"b\">\n", 6) + "<span>x</span> <!-- c --> [\n</div>",
		"* [a][1]\n* [b][x y]\n\n[c  [d](https://e.org/d \"t\")](http://e.org/)\n\n[1]: https://e.org/1\n[X  Y]: <http://e.org/2> 'z'",
		// Grid tables: a data grid, a layout grid with a list, a nested and a ragged one,
		// a wide character, a lone border and a carriage return inside a grid.
		"+----+----+\n| a  | b  |\n+====+====+\n| c  | d  |\n+----+----+\n| e  | f  |\n+----+----+",
		"+----------+\n| x        |\n|          |\n| -   y    |\n|     z    |\n+----------+\n",
		"+--------+\n| +--+-+ |\n| |a |b| |\n+--------+", "+---+---+\n| a | b |\n|  a| b  |\n+---+--+\n",
		"+----+\n| ⭐\u0301 |\n+----+", "+-----+\n", "+---+\n| a |\r| b |\n+---+", "  +--+\n  |  |\n  +--+"} {
		f.Add(s)
	}
	refs := map[int]string{1: "https://a.example/", 2: "http://b.example/x"}
	f.Fuzz(func(t *testing.T, in string) {
		norm := Normalize(in)
		require.True(t, utf8.ValidString(norm))
		require.Equal(t, norm, Normalize(norm), "Normalize is idempotent")
		blocks := Read(in, norm, refs, false)
		require.Equal(t, blocks, Read(in, norm, refs, false), "deterministic")
		for _, b := range blocks {
			require.True(t, utf8.ValidString(b.Text), "block %q", b.Text)
			require.NotContains(t, b.Text, "\n")
			require.True(t, b.Text != "" || b.Rows != nil, "an empty block")
			for _, l := range b.Links {
				require.True(t, 0 <= l.Start && l.Start < l.End && l.End <= len(b.Text), "link %+v in %q", l, b.Text)
				require.Equal(t, l.Text, b.Text[l.Start:l.End])
			}
			for _, r := range b.Rows {
				for _, c := range r.Cells {
					require.True(t, utf8.ValidString(c), "cell %q", c)
				}
			}
		}
	})
}
