package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMetaAuthorNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ann Lee", []string{"Ann Lee"}},
		{"By Ann Lee and Bo Chan", []string{"Ann Lee", "Bo Chan"}},
		{"News Desk", []string{"News Desk"}},
		{"Staff Clinician", []string{"Staff Clinician"}},
		{"The Example Team", []string{"The Example Team"}},
		{"Staff", []string{"Staff"}},
		{"Ann Lee, Science Editor", []string{"Ann Lee"}},
		{"Senior Editor, Science Editor", nil},
		{"Written by", nil},
		{"https://example.com/staff/ann", nil},
		{"2024-01-02", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, metaAuthorNames(tt.in))
		})
	}
}

func TestDeskAuthorFromMetadata(t *testing.T) {
	body := `<body><h1>Gallery season opens</h1><p>` + strings.Repeat("Three galleries open new rooms this week, with loans from private collections. ", 4) + `</p></body></html>`
	tests := []struct {
		name, head string
		want       []string
	}{
		{"meta name=author", `<meta name="author" content="News Desk">`, []string{"News Desk"}},
		{"twitter written-by pair", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Community Editor">`, []string{"Community Editor"}},
		{"JSON-LD person", `<script type="application/ld+json">{"@type":"Article","headline":"Gallery season opens","author":{"@type":"Person","name":"The Example Team"}}</script>`, []string{"The Example Team"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(`<html><head><title>Gallery season opens</title>` + tt.head + `</head>` + body))
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}

func TestAuthorElementNearHeadline(t *testing.T) {
	body := `<p>` + strings.Repeat("Freelancers who track every invoice in one place spend less time on tax season. ", 4) + `</p>`
	tests := []struct {
		name, page string
		want       []string
	}{
		{"author-name element after the headline", `<h1>Tools for freelancers</h1><div class="post-author-name"><a href="/a/ann-lee">Ann Lee</a></div>` + body, []string{"Ann Lee"}},
		{"author element above the headline", `<div class="author-name">Ann Lee</div><h1>Tools for freelancers</h1>` + body, []string{"Ann Lee"}},
		{"a sentence in an author element is no name", `<h1>Tools for freelancers</h1><div class="author-bio">She writes about money for small firms.</div>` + body, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(`<html><head><title>Tools for freelancers</title></head><body><article>` + tt.page + `</article></body></html>`))
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}

// TestAuthorBoxParts reads author boxes whose parts stand in elements of their own:
// the name's job title after a comma, the box's links, the one who updated or checked
// the article. Only the writer is an author.
func TestAuthorBoxParts(t *testing.T) {
	body := `<p>` + strings.Repeat("Freelancers who track every invoice in one place spend less time on tax season. ", 4) + `</p>`
	tests := []struct {
		name, box string
		want      []string
	}{
		{"job title in its own element", `<div class="byline"><span class="by">By</span> <span class="author-name"><a class="author-link" href="/a/ann">Ann Lee</a><span>, Privacy and Digital Security Expert</span></span></div>`, []string{"Ann Lee"}},
		{"editorial process link", `<div class="author-box"><div class="author-name">By <a href="/a/ann">Ann Lee</a></div><div class="author-bio">Ann has tested office software for ten years and writes about tax tools for the self-employed.</div><div class="author-more"><span>Learn about our</span> <a href="/ep">Editorial Process</a></div></div>`, []string{"Ann Lee"}},
		{"updated by another", `<div class="byline"><div>By Ann Lee</div><div>Updated by</div><div>Jon Park</div></div>`, []string{"Ann Lee"}},
		{"glued authorName class (BEM, CSS modules)", `<div class="meta"><img src="/a.jpg" alt="Ann Lee"><div class="blog__authorName">Ann Lee</div><div>7 min read</div></div>`, []string{"Ann Lee"}},
		{"fact checked label without by", `<div class="author"><div>By</div><div>Fact Checked</div></div>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(`<html><body><h1>Tools for freelancers</h1>` + tt.box + body + `</body></html>`))
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}

// TestHouseNameIsNoAuthor checks that the site or publisher in an author slot yields
// to a writer any source names, and stands when no one else is named.
func TestHouseNameIsNoAuthor(t *testing.T) {
	body := `<p>` + strings.Repeat("Freelancers who track every invoice in one place spend less time on tax season. ", 4) + `</p>`
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tools for freelancers","author":` + author +
			`,"publisher":{"@type":"Organization","name":"Daily Ledger"}}</script>`
	}
	ldAuthorOnly := `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Daily Ledger"}}</script>`
	tests := []struct {
		name, head, byline, url string
		want                    []string
	}{
		{"publisher in the author slot, writer in the byline", ld(`{"name":"Daily Ledger"}`), `<div class="byline">By Ann Lee</div>`, "", []string{"Ann Lee"}},
		{"the site name's words as the author, writer in the byline", `<meta property="og:site_name" content="Daily Ledger - Money for the self-employed">` + ldAuthorOnly, `<div class="byline">By Ann Lee</div>`, "", []string{"Ann Lee"}},
		{"host name words as author", ldAuthorOnly, `<p class="byline">By Ann Lee</p>`, "https://www.dailyledger.example/tools", []string{"Ann Lee"}},
		{"a personal site's owner stays the author", ld(`{"name":"Daily Ledger"}`), "", "", []string{"Daily Ledger"}},
		{"a desk of the house is an author", ld(`{"name":"The Daily Ledger Team"}`), `<div class="byline">By Ann Lee</div>`, "", []string{"The Daily Ledger Team"}},
		{"a sponsored label is no name", ld(`{"name":"Daily Ledger"}`), `<div class="author-name">Daily Ledger Sponsored</div>`, "", []string{"Daily Ledger"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(`<html><head><title>Tools for freelancers</title>`+tt.head+`</head><body><h1>Tools for freelancers</h1>`+tt.byline+body+`</body></html>`), WithURL(tt.url))
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}

// TestLabelledAuthorAtTheFoot reads an author box far below a long article: the name
// under its label, a portrait between them, and not a reviewer's.
func TestLabelledAuthorAtTheFoot(t *testing.T) {
	body := strings.Repeat(`<p>Freelancers who track every invoice in one place spend less time on tax season and sleep better.</p>`, 14)
	tests := []struct {
		name, box string
		want      []string
	}{
		{"label, portrait, name", `<div class="about"><h5>Written by:</h5><img src="/p.jpg" alt=""><div>Ann Lee</div></div>`, []string{"Ann Lee"}},
		{"label and name", `<div class="about"><p>Author:</p><div>Ann Lee</div><p>Last Updated:</p><p>March 3, 2025</p></div>`, []string{"Ann Lee"}},
		{"a reviewer's label names nobody", `<div class="about"><p>Reviewed by</p><div>Bo Chan</div></div>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(`<html><body><h1>Tools for freelancers</h1><div class="content">` + body + `</div>` + strings.Repeat(`<div class="cta">Try it free today</div>`, 9) + tt.box + `</body></html>`))
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}
