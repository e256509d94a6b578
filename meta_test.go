package newsparse

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// readMeta parses a page and returns the metadata the walker read from it.
func readMeta(t *testing.T, page string) *pageMeta {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	w := newWalker(0)
	w.walk(doc, 0)
	w.flush()
	for _, s := range w.ldScripts {
		w.meta.jsonLD(s)
	}
	return &w.meta
}

func TestJSONLDForms(t *testing.T) {
	tests := []struct {
		name      string
		ld        string
		headline  string
		authors   []string
		published string
		site      string
		liveBlog  bool
	}{
		{"single object", `{"@context":"https://schema.org","@type":"NewsArticle","headline":"A","author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2024-01-02T03:04:05Z"}`,
			"A", []string{"Ann Lee"}, "2024-01-02T03:04:05Z", "", false},
		{"graph with id references", `{"@graph":[{"@type":"Person","@id":"#p","name":"Bo Chan"},{"@type":"Organization","@id":"#o","name":"Example Times"},{"@type":"Article","headline":"B","author":{"@id":"#p"},"publisher":{"@id":"#o"}}]}`,
			"B", []string{"Bo Chan"}, "", "Example Times", false},
		{"top-level array and author array", `[{"@type":"WebSite","name":"W"},{"@type":["ReportageNewsArticle"],"headline":"C","author":[{"@type":"Person","name":"Cy Dee"},"Ed Fox"]}]`,
			"C", []string{"Cy Dee", "Ed Fox"}, "", "", false},
		{"live blog", `{"@type":"LiveBlogPosting","headline":"D","datePublished":"2024-05-06"}`,
			"D", nil, "2024-05-06T00:00:00Z", "", true},
		{"author string with two names", `{"@type":"BlogPosting","headline":"E","author":"By Gil Ho and Ida Jo"}`,
			"E", []string{"Gil Ho", "Ida Jo"}, "", "", false},
		{"author as profile URL is no name", `{"@type":"NewsArticle","headline":"F","author":"https://example.com/staff/x"}`,
			"F", nil, "", "", false},
		{"broken JSON is ignored", `{"@type":"NewsArticle","headline":`, "", nil, "", "", false},
		{"non-article types are ignored", `{"@type":"Recipe","name":"Soup","author":"Kim Lo"}`, "", nil, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := readMeta(t, `<html><head><script type="application/ld+json">`+tt.ld+`</script></head><body><p>x</p></body></html>`)
			if tt.headline == "" {
				assert.Empty(t, m.titles)
			} else {
				require.NotEmpty(t, m.titles)
				assert.Equal(t, tt.headline, m.titles[0])
			}
			assert.Equal(t, tt.authors, m.authors)
			if tt.published == "" {
				assert.True(t, m.published.IsZero())
			} else {
				assert.Equal(t, tt.published, m.published.Format(time.RFC3339))
			}
			assert.Equal(t, tt.site, m.site)
			assert.Equal(t, tt.liveBlog, m.isLiveBlog)
		})
	}
}

func TestMetaTags(t *testing.T) {
	m := readMeta(t, `<html><head>
<title>Ferry fares rise | Coast News</title>
<meta property="og:title" content="Ferry fares rise">
<meta name="twitter:title" content="Ferry fares rise (twitter)">
<meta name="description" content="Fares go up by a tenth.">
<meta property="og:site_name" content="Coast News">
<meta property="article:published_time" content="2023-04-05T06:07:08+02:00">
<meta name="author" content="Lena Park">
<meta property="article:author" content="https://www.example.com/lena">
<link rel="canonical" href="https://coast.example.com/ferry-fares">
</head><body><a rel="author" href="/x">Lena Park</a><time datetime="2023-04-05">5 April</time></body></html>`)
	assert.Equal(t, "Ferry fares rise | Coast News", m.title)
	assert.Equal(t, []string{"Ferry fares rise", "Ferry fares rise (twitter)"}, m.titles)
	assert.Equal(t, []string{"Fares go up by a tenth."}, m.descriptions)
	assert.Equal(t, "Coast News", m.site)
	assert.Equal(t, "2023-04-05T06:07:08+02:00", m.published.Format(time.RFC3339))
	assert.Empty(t, m.authors, "JSON-LD authors")
	assert.Equal(t, []string{"Lena Park"}, m.metaAuthors)
	assert.Equal(t, []string{"Lena Park"}, m.relAuthors)
	assert.Equal(t, "https://coast.example.com/ferry-fares", m.pageURL(""))
	assert.Equal(t, "https://given.example/x", m.pageURL("https://given.example/x"))
	require.Len(t, m.timeElems, 1)
}

func TestSplitAuthorNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Ann Lee and Bo Chan", []string{"Ann Lee", "Bo Chan"}},
		{"Ann Lee, Science Editor", []string{"Ann Lee"}},
		{"Staff Reporter", nil},
		{"Analysis by Chris Lane", []string{"Chris Lane"}},
		{"Text: Vera Ross", []string{"Vera Ross"}},
		{"kevin-r", nil},
		{"Staff", nil},
		{"12 March 2024", nil},
		{"", nil},
		// After a job title, commas go on describing that person: employer, place.
		{"Ann Lee, Chief Marketing Officer, Cloud at Work, Example Corp", []string{"Ann Lee"}},
		{"Associate Editor, Example Weekly", nil},
		{"Ann Lee | Senior Writer | Example Weekly", []string{"Ann Lee"}},
		{"Ann Lee, 4+ years covering hardware, software, and science", []string{"Ann Lee"}},
		// A conjunction starts the next person, after a title too.
		{"Ann Lee, Science Editor, and Bo Chan, Health Reporter", []string{"Ann Lee", "Bo Chan"}},
		{"Ann Lee, Bo Chan & Cy Dee", []string{"Ann Lee", "Bo Chan", "Cy Dee"}},
	}
	for _, tt := range tests {
		got := splitAuthorNames(tt.in)
		if len(tt.want) == 0 {
			assert.Empty(t, got, "input %q", tt.in)
			continue
		}
		assert.Equal(t, tt.want, got, "input %q", tt.in)
	}
}

// TestStripByPrefix: the "By" of a byline and the label before it go, found in the
// name's own bytes whatever the case of the letters before them.
func TestStripByPrefix(t *testing.T) {
	for in, want := range map[string]string{
		"By Jane Doe":         "Jane Doe",
		"Written by Jane Doe": "Jane Doe",
		"Author: BY Jane Doe": "Jane Doe",
		"İŞ by Jane Doe":      "Jane Doe",
		"von Anna Schmidt":    "Anna Schmidt",
		"POR Ana Ruiz":        "Ana Ruiz",
		"Jane Doe":            "Jane Doe",
		"Notes on a life lived by the sea and its tides": "Notes on a life lived by the sea and its tides",
	} {
		assert.Equal(t, want, stripByPrefix(in), in)
	}
}
