package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pandocLinkTextDump and gfmLinkTextDump are pandoc's Markdown and GitHub Markdown of
// a page whose links hold marks of their own: a heading linked to the home page with
// escaped quotes in it, a linked logo (an image inside a link, its alt text wrapped),
// bold link text, and a citation whose link text is a bracketed number.
const pandocLinkTextDump = `# [Harbour \"News\" Weekly](/)

[![Harbour News
logo](https://example.org/logo.png)](https://example.org/)

The council said the pier would reopen, as [**the published
plan**](https://example.org/plan) shows
\[[\[1\]](https://example.org/ref1)\], at a cost of \$4.8 million to the
town\'s \"harbour fund\".

Engineers found that the storms had cut the pier in two places, and that
the mooring rings along its northern side had rusted through after years
of neglect by the previous owners.

Fishing boats were the first to return, and the ferry will follow next
week once the last of the moorings has been replaced by the council\'s
contractors.

The harbour master said the repairs had come in under budget, and that
the savings would pay for new lighting along the length of the southern
breakwater.
`

const gfmLinkTextDump = `# [Harbour "News" Weekly](/)

[![Harbour News
logo](https://example.org/logo.png)](https://example.org/)

The council said the pier would reopen, as [**the published
plan**](https://example.org/plan) shows
\[[\[1\]](https://example.org/ref1)\], at a cost of $4.8 million to the
town's "harbour fund".

Engineers found that the storms had cut the pier in two places, and that
the mooring rings along its northern side had rusted through after years
of neglect by the previous owners.

Fishing boats were the first to return, and the ferry will follow next
week once the last of the moorings has been replaced by the council's
contractors.

The harbour master said the repairs had come in under budget, and that
the savings would pay for new lighting along the length of the southern
breakwater.
`

// TestLinkTextMarks: a link's text is read as the text around it is, its emphasis and
// escapes taken out, and a linked image leaves nothing.
func TestLinkTextMarks(t *testing.T) {
	for name, dump := range map[string]string{"markdown": pandocLinkTextDump, "gfm": gfmLinkTextDump} {
		t.Run(name, func(t *testing.T) {
			blocks := Read(dump, Normalize(dump), nil, false)
			require.Len(t, blocks, 5)
			assert.Equal(t, "Harbour \"News\" Weekly", blocks[0].Text)
			assert.Equal(t, uint8(1), blocks[0].Heading)
			b := blocks[1]
			assert.Equal(t, "The council said the pier would reopen, as the published plan shows [[1]], "+
				"at a cost of $4.8 million to the town's \"harbour fund\".", b.Text)
			require.Len(t, b.Links, 2)
			assert.Equal(t, Link{Text: "the published plan", URL: "https://example.org/plan", Start: 43, End: 61}, b.Links[0])
			assert.Equal(t, "[1]", b.Text[b.Links[1].Start:b.Links[1].End])
		})
	}
}

func TestStripMarkdownLinkText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"[**Sale**](https://e.org/s) now", "Sale now"},
		{`[A \"quoted\" name](/n)`, `A "quoted" name`},
		{`see [\[1\]](https://e.org/r)`, "see [1]"},
		{`costs\ \$5`, "costs $5"},
		{"[1] see [2] and [x](", "[1] see [2] and [x]("},
	} {
		got, _ := stripMarkdown(tc.in, false)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

// TestLinkedImage: a picture that links to its page is a picture, wherever it stands:
// pandoc's output of "Posted by <a><img alt=…></a> the harbour office", its alt
// text wrapped.
func TestLinkedImage(t *testing.T) {
	const dump = "Posted by [![Harbour office\navatar](https://example.org/avatar.png)](https://example.org/u/harbour)\nthe harbour office on Monday."
	got, links := stripMarkdown(dump, false)
	assert.Equal(t, "Posted by the harbour office on Monday.", got)
	assert.Empty(t, links)
	for _, tc := range []struct{ in, want string }{
		{"[![logo](/a.png)](https://e.org/)", ""},
		{"a [![logo](/a.png)](https://e.org/) b", "a b"},
	} {
		got, _ = stripMarkdown(tc.in, false)
		assert.Equal(t, tc.want, got, tc.in)
	}
}
