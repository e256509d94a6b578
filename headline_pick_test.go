package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestHeadlineIsNotTheMasthead covers headings that name the site or a comment thread:
// a blog that sets its name in an <h1> above the post's own heading, a newsletter
// whose name is the only <h1>, and the "N Replies to “…”" heading over the comments.
func TestHeadlineIsNotTheMasthead(t *testing.T) {
	body := `<p>` + strings.Repeat("Our pantry shelves finally hold every jar we own, sorted by the size of the lid. ", 4) + `</p>`
	tests := []struct {
		name, head, page, want string
	}{
		{"site name in an h1 above the post's h2", `<title>Pantry shelves that last – Jan's Workshop</title><meta property="og:site_name" content="Jan's Workshop">`,
			`<header><h1>Jan's Workshop</h1></header><article><h2>Pantry shelves that last</h2>` + body + `</article>`, "Pantry shelves that last"},
		{"newsletter name the only h1", `<title>Pantry shelves that last - Human Shelves</title>`,
			`<h1>Human Shelves</h1><article>` + body + `</article>`, "Pantry shelves that last"},
		{"a page about the site keeps its name", `<title>Jan's Workshop</title><meta property="og:site_name" content="Jan's Workshop">`,
			`<article><h1>Jan's Workshop</h1>` + body + `</article>`, "Jan's Workshop"},
		{"an h1 below the article is a box's title", `<title>Pantry shelves that last</title><meta property="og:title" content="Pantry shelves that last">`,
			`<div class="post"><div class="title">Pantry shelves that last</div>` + body + body + body + `<h1>A message from our founder:</h1><p>Support independent makers.</p></div>`, "Pantry shelves that last"},
		{"comment thread heading", `<title>Pantry shelves that last</title>`,
			`<article>` + body + `</article><div id="comments"><h2 class="comments-title">15 Replies to “Pantry shelves that last”</h2><p>Nice.</p></div>`, "Pantry shelves that last"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(`<html><head>` + tt.head + `</head><body>` + tt.page + `</body></html>`))
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Headline)
		})
	}
}

func TestTidyHeadline(t *testing.T) {
	tests := []struct {
		name, h, site, title string
		titles               []string
		want                 string
	}{
		{"site name after the headline", "Best art shows of 2025 – Artlyst", "Artlyst", "", nil, "Best art shows of 2025"},
		{"a section label the metadata leaves out", "Blog: Best social media agencies of 2025", "Silverback", "Best social media agencies of 2025 | Silverback", nil, "Best social media agencies of 2025"},
		{"a label the metadata keeps stays", "Review: Best social media agencies of 2025", "", "Review: Best social media agencies of 2025", nil, "Review: Best social media agencies of 2025"},
		{"capitals take the metadata's case", "TIPS FOR ONLINE SUCCESS", "", "Tips for Online Success", nil, "Tips for Online Success"},
		{"capitals the metadata shares stay", "ACTUARIAL CONSULTING VS. INSURANCE", "", "Actuarial Consulting vs Insurance", []string{"ACTUARIAL CONSULTING VS. INSURANCE"}, "ACTUARIAL CONSULTING VS. INSURANCE"},
		{"capitals with other words stay", "TIPS FOR SUCCESS", "", "Tips for Online Success", nil, "TIPS FOR SUCCESS"},
		{"a headline that is only the site name stays", "Artlyst", "Artlyst", "", nil, "Artlyst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &pageMeta{site: tt.site, title: tt.title, titles: tt.titles}
			assert.Equal(t, tt.want, tidyHeadline(tt.h, m))
		})
	}
}

// TestFallbackRun checks the prose a page falls back on when its chosen region holds
// none after the headline: the paragraphs right under it, up to where other blocks
// go on for longer than a subheading would, never a comment thread.
func TestFallbackRun(t *testing.T) {
	page := `<html><body><h1>Pantry shelves that last</h1>
<div class="story"><div>Our pantry shelves finally hold every jar we own, sorted by the size of the lid, after a weekend of work.</div>
<h3>Brackets</h3>
<div>The trick was to fix the brackets into the studs rather than the plasterboard, which sagged within a month.</div></div>
<ul class="links"><li><a href="/a">Kitchen drawers</a></li><li><a href="/b">Spice racks</a></li><li><a href="/c">Tool walls</a></li></ul>
<div class="footer-note"><div>Every product on this site is tested by our own staff before it goes on sale in the shop.</div></div>
<div class="comments"><p>I built the same shelves last year and the brackets held up well under heavy jars, thanks.</p></div>
</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	w := newWalker(32)
	w.walk(doc, 0)
	w.flush()
	w.chooseRegion()
	run := w.fallbackRun(0)
	var got []string
	for i, ok := range run {
		if ok {
			got = append(got, w.blocks[i].text[:20])
		}
	}
	assert.Equal(t, []string{"Our pantry shelves f", "The trick was to fix"}, got)
	assert.Nil(t, w.fallbackRun(len(w.blocks)-1), "no prose after the last block")
}
