package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInlineReferenceLinks(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "references and their definitions at the end",
			in: "By [Jane Doe][1] | March 3, 2026\n\nThe board voted to rebuild the [old\npier][2], at a cost its [finance committee][Fin] put at 4.2 million.\n\n" +
				"[1]: https://example.org/author/jane\n  [2]: <https://example.org/pier>\n[fin]: https://example.org/fin \"Finance committee\"\n",
			want: "By [Jane Doe](https://example.org/author/jane) | March 3, 2026\n\nThe board voted to rebuild the [old\npier](https://example.org/pier), at a cost its [finance committee](https://example.org/fin) put at 4.2 million.\n\n\n\n\n",
		},
		{
			name: "collapsed and shortcut references, an image's, text wrapped over lines",
			in: "[Skip to\nContent][] [About] [![logo][l]][h]\n\n[skip to content]: #main\n[about]: https://e.org/about\n" +
				"[l]: https://e.org/logo.png\n[h]: https://e.org/",
			want: "[Skip to\nContent](#main) [About](https://e.org/about) [![logo](https://e.org/logo.png)](https://e.org/)\n\n\n\n\n",
		},
		{
			name: "a definition no reference uses is text (a footnote)",
			in:   "The board voted.\n\n[1]: https://example.org/minutes\n",
			want: "The board voted.\n\n[1]: https://example.org/minutes\n",
		},
		{
			name: "an unresolved reference stays as written",
			in:   "See [the minutes][9].\n\n[1]: https://example.org/minutes\n",
			want: "See [the minutes][9].\n\n[1]: https://example.org/minutes\n",
		},
		{
			name: "a line that only looks like a definition",
			in:   "[Note]: this page moved to a new address last year.\nSee [it][note].",
			want: "[Note]: this page moved to a new address last year.\nSee [it][note].",
		},
		{
			name: "the first definition of a label wins",
			in:   "[a][x]\n[x]: https://e.org/1\n[x]: https://e.org/2",
			want: "[a](https://e.org/1)\n\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, inlineReferenceLinks(tc.in))
		})
	}
}

// TestInlineReferenceLinksBounded: a long label is no label, and many references on
// one line are read in one pass.
func TestInlineReferenceLinksBounded(t *testing.T) {
	long := strings.Repeat("x", 2*maxLinkLabel)
	in := "[a][" + long + "]\n[" + long + "]: https://e.org/"
	assert.True(t, inlineReferenceLinks(in) == in)
	many := strings.Repeat("[a][1] ", 1000) + "\n[1]: https://e.org/"
	assert.Equal(t, strings.Repeat("[a](https://e.org/) ", 1000)+"\n", inlineReferenceLinks(many))
}
