package newsparse

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPandocSourceMarkup: the two Markdown forms pandoc writes by default for a whole
// web page read as the page does. testdata/text/markup/source.html is a page of our
// own (menu, article, footer); pandoc-markdown.page.txt is `pandoc -f html -t
// markdown` of it, which keeps every <div> as a fenced div and attributes on links,
// spans and headings, and pandoc-gfm.page.txt is `pandoc -f html -t gfm`, which keeps
// the tags themselves (pandoc 2.17). Each gives the headline without its attributes,
// the byline, the body's five paragraphs, and no markup in any text of the Article.
func TestPandocSourceMarkup(t *testing.T) {
	for _, name := range []string{"pandoc-markdown", "pandoc-gfm"} {
		t.Run(name, func(t *testing.T) {
			dump, err := os.ReadFile("testdata/text/markup/" + name + ".page.txt")
			require.NoError(t, err)
			a, err := ParseText(string(dump))
			require.NoError(t, err)
			assert.Equal(t, "Harbour board backs plan to rebuild the old pier", a.Headline)
			assert.Equal(t, []string{"Jane Doe"}, a.Byline)
			body := bodyTexts(a)
			require.Len(t, body, 5)
			assert.Equal(t, "The harbour board voted on Tuesday to rebuild the old pier, which the winter storms left unsafe, "+
				"at a cost the board's finance committee put at 4.2 million euros.", body[0])
			assert.True(t, strings.HasSuffix(body[4], "planned for the coming two years at least."), body[4])
			texts := []string{a.Headline, a.Standfirst}
			for _, p := range a.Paragraphs {
				texts = append(texts, p.Text)
			}
			for _, r := range a.Removed {
				texts = append(texts, r.Text)
			}
			for _, s := range texts {
				assert.NotRegexp(t, `:::|\{[.#]|[a-z]+="|</?(div|span|a)\b|\\`, s)
			}
		})
	}
}

// TestReferenceLinks: Markdown whose links are printed by reference ("[old pier][2]"
// in the text, "[2]: https://…" at the end, as turndown and html2text write them in
// their reference style) reads as its inline form: the link texts in the text, the
// links on the paragraph, the definitions nowhere.
func TestReferenceLinks(t *testing.T) {
	dump := "* [News][n]\n* [Sport][s]\n\n# Harbour board backs plan to rebuild the old pier\n\n" +
		"The harbour board voted on Tuesday to rebuild the [old pier][2], which the winter storms left unsafe, " +
		"at a cost the board's [finance committee][3] put at 4.2 million euros.\n\n" +
		"Work will start in the spring and last about two years, the chair said, adding that the board would ask " +
		"the regional government for half of the money it needs.\n\n" +
		"[n]: https://example.org/news\n[s]: https://example.org/sport\n[2]: https://example.org/pier\n" +
		"[3]: https://example.org/fin \"Finance committee\"\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, "Harbour board backs plan to rebuild the old pier", a.Headline)
	body := bodyTexts(a)
	require.Len(t, body, 2)
	assert.Equal(t, "The harbour board voted on Tuesday to rebuild the old pier, which the winter storms left unsafe, "+
		"at a cost the board's finance committee put at 4.2 million euros.", body[0])
	var urls []string
	for _, p := range a.Paragraphs {
		for _, l := range p.Links {
			urls = append(urls, l.URL)
		}
	}
	assert.Equal(t, []string{"https://example.org/pier", "https://example.org/fin"}, urls)
	for _, r := range a.Removed {
		assert.NotContains(t, r.Text, "https://", "no definition is left as text")
	}
}
