package htmldom

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// render writes the body of a tree, for comparing trees as text.
func render(t *testing.T, doc *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		require.NoError(t, html.Render(&b, n))
	}
	s := b.String()
	if i := strings.Index(s, "<body>"); i >= 0 {
		s = strings.TrimSuffix(s[i+len("<body>"):], "</body></html>")
	}
	return s
}

// TestParseStreamed: the segments of a streamed page take their placeholders' place
// and lose their hidden attribute; one without a placeholder stays where it is, shown;
// a page without the marker is left as parsed.
func TestParseStreamed(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"placeholder swapped",
			`<main><template id="B:1"></template><p>shell</p></main><div hidden id="S:1"><h1>Story</h1><p>Body.</p></div>`,
			`<main><div id="S:1"><h1>Story</h1><p>Body.</p></div><p>shell</p></main>`},
		{"no placeholder",
			`<main><p>shell</p></main><div hidden id="S:2"><p>Body.</p></div>`,
			`<main><p>shell</p></main><div id="S:2"><p>Body.</p></div>`},
		{"placeholder inside its segment",
			`<div hidden id="S:3"><template id="B:3"></template><p>Body.</p></div>`,
			`<div id="S:3"><template id="B:3"></template><p>Body.</p></div>`},
		{"other hidden divs stay hidden",
			`<div hidden id="x"><p>Menu</p></div><div hidden id="S:"><p>Body.</p></div>`,
			`<div hidden="" id="x"><p>Menu</p></div><div id="S:"><p>Body.</p></div>`},
		{"no marker",
			`<main><template id="B:1"></template></main><div hidden id='S:1'><p>Body.</p></div>`,
			`<main><template id="B:1"></template></main><div hidden="" id="S:1"><p>Body.</p></div>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tr, err := Parse([]byte(c.in))
			require.NoError(t, err)
			assert.Equal(t, c.want, render(t, tr.Doc))
		})
	}
}

// TestParseStrips: Parse reads the page as Strip leaves it, and counts its tags.
func TestParseStrips(t *testing.T) {
	in := `<p>a</p><script>var x = "<b>";</script><!-- note --><p>b</p>`
	tr, err := Parse([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, `<p>a</p><p>b</p>`, string(tr.Page))
	assert.Equal(t, 4, tr.Tags)
	assert.Equal(t, `<p>a</p><p>b</p>`, render(t, tr.Doc))
}

// TestParseTooDeep: a page nested deeper than x/net/html takes is refused, with the
// stripped page kept for the flat reader.
func TestParseTooDeep(t *testing.T) {
	in := strings.Repeat("<div>", 600) + "<script>x</script>text"
	tr, err := Parse([]byte(in))
	require.Error(t, err)
	assert.Nil(t, tr.Doc)
	assert.Equal(t, strings.Repeat("<div>", 600)+"<script></script>text", string(tr.Page))
}

func TestAttr(t *testing.T) {
	n := &html.Node{Type: html.ElementNode, Data: "img", Attr: []html.Attribute{{Key: "src", Val: "a.jpg"}, {Key: "alt", Val: ""}}}
	assert.Equal(t, "a.jpg", Attr(n, "src"))
	assert.Equal(t, "", Attr(n, "alt"))
	assert.Equal(t, "", Attr(n, "title"))
	assert.True(t, hasAttr(n, "alt"))
	assert.False(t, hasAttr(n, "title"))
	removeAttr(n, "src")
	assert.Equal(t, []html.Attribute{{Key: "alt", Val: ""}}, n.Attr)
}

// TestHasStreamMarker holds the colon-led search to bytes.Contains.
func TestHasStreamMarker(t *testing.T) {
	for _, page := range []string{
		"", ":", `id="S:`, `<div id="S:0" hidden>`, `<a href="https://x">id="S</a>`,
		`id="S;id="S:`, `xid="S:`, `id='S:0'`, `ID="S:1"`, `id="s:1"`, `<p>S: and id=</p>`,
	} {
		assert.Equal(t, bytes.Contains([]byte(page), streamMarker), hasStreamMarker([]byte(page)), "%q", page)
	}
}
