package newsparse

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestRenderGolden pins Markdown() and HTML() for every text and HTML fixture.
// Refresh with go test -run TestRenderGolden -update and review the files by eye.
func TestRenderGolden(t *testing.T) {
	sets := []struct {
		pattern, ext string
		parse        parseBytes
	}{
		{"testdata/text/*.txt", ".txt", parseTextInput},
		{"testdata/html/*.html", ".html", parseHTMLInput},
	}
	for _, set := range sets {
		for _, name := range fixtureFiles(t, set.pattern) {
			t.Run(name, func(t *testing.T) {
				in, err := os.ReadFile(name)
				require.NoError(t, err)
				a, err := set.parse(in)
				require.NoError(t, err)
				base := strings.TrimSuffix(name, set.ext)
				for _, out := range []struct{ ext, got string }{{".golden.md", a.Markdown()}, {".golden.htm", a.HTML()}} {
					if *update {
						require.NoError(t, os.WriteFile(base+out.ext, []byte(out.got), 0o644))
					}
					want, err := os.ReadFile(base + out.ext)
					require.NoError(t, err, "run with -update to create it")
					assert.Equal(t, string(want), out.got, out.ext)
				}
				requireSafeHTML(t, a.HTML())
			})
		}
	}
}

// allowedTags and allowedAttrs are HTML()'s fixed vocabulary.
var (
	allowedTags  = map[string]bool{"article": true, "h1": true, "h2": true, "p": true, "em": true, "blockquote": true, "ul": true, "li": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "figure": true, "img": true, "figcaption": true, "a": true, "time": true, "footer": true}
	allowedAttrs = map[string]bool{"href": true, "src": true, "alt": true, "datetime": true}
)

// requireSafeHTML parses a fragment and requires only the fixed tags and attributes,
// with http(s) addresses.
func requireSafeHTML(t *testing.T, frag string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(frag))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		require.True(t, allowedTags[tok.Data], "tag %q", tok.Data)
		for _, a := range tok.Attr {
			require.True(t, allowedAttrs[a.Key], "attribute %q", a.Key)
			if a.Key == "href" || a.Key == "src" {
				require.True(t, strings.HasPrefix(a.Val, "http://") || strings.HasPrefix(a.Val, "https://"), a.Val)
			}
		}
	}
}

func TestRenderEscapes(t *testing.T) {
	a := &Article{
		Headline:   "# 1. Not a <b>heading</b> & *bold*",
		Standfirst: "Costs rose 5% | fell_2",
		Byline:     []string{"Ann Lee", "Bo Ng", "Cy Oh"},
		Published:  time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC),
		Paragraphs: []Paragraph{
			{Text: "1984. A year [in] brackets <script>alert(1)</script>", Kind: ParagraphBody,
				Links: []Link{{Text: "A year", URL: "javascript:alert(1)", Start: 6, End: 12}, {Text: "brackets", URL: "https://x.example/a(b)", Start: 18, End: 26}}},
			{Text: "- item", Kind: ParagraphList},
			{Text: "two", Kind: ParagraphList},
			{Text: "a|b\tc", Kind: ParagraphTable, Rows: []TableRow{{Cells: []string{"a|b", "c"}}}},
			{Text: "later kind", Kind: ParagraphKind("pullquote_box")},
		},
		Images: []Image{{URL: "javascript:x", Caption: "A <caption>", After: 2}},
	}
	md := a.Markdown()
	assert.Equal(t, `# \# 1. Not a \<b\>heading\</b\> & \*bold\*

*Costs rose 5% \| fell\_2*

By Ann Lee, Bo Ng and Cy Oh · 4 March 2025

1984\. A year \[in\] [brackets](https://x.example/a%28b%29) \<script\>alert(1)\</script\>

- \- item

*A \<caption\>*

- two

|  |  |
| --- | --- |
| a\|b | c |

later kind
`, md)
	h := a.HTML()
	requireSafeHTML(t, h)
	assert.NotContains(t, h, "<script>")
	assert.NotContains(t, h, "javascript:")
	assert.Contains(t, h, `<a href="https://x.example/a(b)">brackets</a>`)
	assert.Contains(t, h, `<footer>By Ann Lee, Bo Ng and Cy Oh · <time datetime="2025-03-04T10:00:00Z">4 March 2025</time></footer>`)
	assert.Contains(t, h, "<p>later kind</p>")
	var nilA *Article
	assert.Empty(t, nilA.Markdown())
	assert.Empty(t, nilA.HTML())
	_, err := html.Parse(bytes.NewReader([]byte(h)))
	require.NoError(t, err)
}
