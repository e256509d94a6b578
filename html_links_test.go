package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTMLLinks(t *testing.T) {
	page := `<html><head><base href="/news/"></head><body><article><h1>Ferry service to resume in June</h1>
<p>The operator said the <a href="https://ferries.example/route-7">route 7 crossing</a> would resume in June, <a href="timetable.html"> after repairs </a> to the <a href="#pier">pier</a>,
and <a href="javascript:void(0)">share</a> <a href="mailto:desk@example.com">email us</a> <a href="ftp://files.example/x">files</a> at the <a href="//cdn.example.com/port">port</a>.</p>
<p>Passengers with tickets for May will be refunded in full, <a href="/faq"><b>the operator</b> confirmed</a> on Friday.</p>
</article></body></html>`
	a, err := ParseHTML(strings.NewReader(page), WithURL("https://www.example.com/news/ferry"))
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 2)
	p := a.Paragraphs[0]
	assert.Equal(t, []Link{
		{Text: "route 7 crossing", URL: "https://ferries.example/route-7", Start: 22, End: 38},
		{Text: "after repairs", URL: "https://www.example.com/news/timetable.html", Start: 61, End: 74},
		{Text: "port", URL: "https://cdn.example.com/port", Start: 120, End: 124},
	}, p.Links)
	for _, l := range append(p.Links, a.Paragraphs[1].Links...) {
		assert.Equal(t, l.Text, p2text(a, l), "offsets of %q", l.Text)
	}
	assert.Equal(t, []Link{{Text: "the operator confirmed", URL: "https://www.example.com/faq", Start: 58, End: 80}}, a.Paragraphs[1].Links)
}

func p2text(a *Article, l Link) string {
	for _, p := range a.Paragraphs {
		if l.End <= len(p.Text) && p.Text[l.Start:l.End] == l.Text {
			return l.Text
		}
	}
	return ""
}

// The addresses kept without parsing are those a parse would keep as written.
func TestIsPlainHTTP(t *testing.T) {
	for _, u := range []string{"https://a.example/x?y=1#z", "http://b.example", "https://c.example/a(b)/%C3%A9"} {
		assert.True(t, isPlainHTTP(u), u)
		assert.Equal(t, u, absoluteHTTP(nil, u), u)
	}
	for _, u := range []string{"https://", "https:///x", "http://a b", "https://é.example", "ftp://a.example", "/x", "https://a.example/\\x"} {
		assert.False(t, isPlainHTTP(u), u)
	}
}
