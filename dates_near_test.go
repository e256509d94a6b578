package newsparse

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMetaDateKey(t *testing.T) {
	tests := []struct {
		key  string
		want int
	}{
		{"published", 1},
		{"published-date", 1},
		{"publication_date", 1},
		{"page.publish.time", 1},
		{"updated date", 2},
		{"modified-time", 2},
		{"last-updated", 2},
		{"publisher", 0},
		{"published-by", 0},
		{"date-format", 0},
		{"published-modified", 0},
		{"time", 0},
		{"og:publish_date", 1},
		{"og:publication_time", 1},
		{"article:expiration_time", 0},
		{"og:publisher", 0},
		// A vendor's words before the date's, and words run together.
		{"w-published-date", 1},
		{"dc.date.modified", 2},
		{"cxenseparse:publishtime", 1},
		{"article_date_updated", 2},
		{"site-publishdate", 1},
		{"auto-publish", 1},
		{"publishedtype", 0},
		{"publishing-platform", 0},
		{"cms-publisher", 0},
		{"w-published-by", 0},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			assert.Equal(t, tt.want, metaDateKey(tt.key))
		})
	}
}

// frontPage is a page-builder article whose date stands only in the lines around its
// headline, outside the body's container; head adds metadata.
func frontPage(head, above, below string) string {
	return `<html><head><title>Choosing a kettle</title>` + head + `</head><body>
<nav><a href="/">Home</a> <a href="/kitchen">Kitchen</a></nav>
<div class="hero">` + above + `<h1>Choosing a kettle</h1>` + below + `</div>
<div class="content"><p>` + strings.Repeat("A kettle with a thin spout pours slowly and steadily, which matters for pour-over coffee. ", 4) + `</p>
<p>` + strings.Repeat("Steel bodies last longer than glass ones but hide the water level from view. ", 4) + `</p></div>
<footer><p>Related: Best toasters</p></footer></body></html>`
}

func TestDateNearHeadline(t *testing.T) {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tests := []struct {
		name, head, above, below string
		published, modified      time.Time
	}{
		{"label and date in separate boxes below", "", "",
			`<div class="post-meta"><h4>Published</h4><div class="when">July 8, 2025</div></div>`, day("2025-07-08"), time.Time{}},
		{"byline, date and reading time on one line", "", "",
			`<div class="meta"><a href="/a/kim">by Kim Lo</a> <span>●</span> December 23, 2025 <span>●</span> 6 min read</div>`, day("2025-12-23"), time.Time{}},
		{"published and updated below", "", "",
			`<div><span>Published on Oct 21, 2025</span> <span>Updated on Mar 9, 2026</span></div>`, day("2025-10-21"), day("2026-03-09")},
		{"name, job and date", "", "", `<p>Ann Lee | Senior Writer | July 2, 2025</p>`, day("2025-07-02"), time.Time{}},
		{"date above the headline", "", `<p>Kitchen · 4 March 2024</p>`, "", day("2024-03-04"), time.Time{}},
		{"machine metadata gives the time of the visible day", `<meta property="article:published_time" content="2025-07-08T10:00:00Z">`, "",
			`<p>July 8, 2025</p>`, time.Date(2025, 7, 8, 10, 0, 0, 0, time.UTC), time.Time{}},
		{"machine metadata a time zone away from the visible date", `<meta property="article:published_time" content="2025-07-09T02:00:00Z">`, "",
			`<p>July 8, 2025</p>`, time.Date(2025, 7, 9, 2, 0, 0, 0, time.UTC), time.Time{}},
		{"a visible date months from the metadata's is the one the reader is given", `<meta property="article:published_time" content="2024-08-07T12:01:51Z">`, "",
			`<p>Dec 30, 2013</p>`, day("2013-12-30"), time.Time{}},
		{"metadata's first publication against a visible update", `<meta property="article:published_time" content="2019-08-14T09:00:00Z">
<meta property="article:modified_time" content="2025-09-17T09:00:00Z">`, "",
			`<p>Updated Sep 17, 2025</p>`, time.Date(2019, 8, 14, 9, 0, 0, 0, time.UTC), time.Date(2025, 9, 17, 9, 0, 0, 0, time.UTC)},
		{"a numeric visible date read the other way round", `<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-03-04T08:00:00Z"}</script>`, "",
			`<p>03/04/2025</p>`, time.Date(2025, 3, 4, 8, 0, 0, 0, time.UTC), time.Time{}},
		{"a numeric dateline whose <time> gives the month first", "", "",
			`<div class="meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time></div>`, time.Date(2017, 3, 1, 12, 0, 0, 0, time.UTC), time.Time{}},
		{"a numeric dateline with no other date is read day first", "", "",
			`<div class="meta"><span class="date">03/01/2017</span></div>`, day("2017-01-03"), time.Time{}},
		{"a labelled date among linked tags", "", "",
			`<div class="meta">Essay · Published: 2025.12.17 · <a href="/t/ai">artificial-intelligence</a> · <a href="/t/p">programming</a> · <a href="/t/c">create</a></div>`, day("2025-12-17"), time.Time{}},
		{"a meta name the template invented", `<meta name="published-date" content="2021-02-16">`, "", "", day("2021-02-16"), time.Time{}},
		{"a Go-templated theme's date in a prefixed name", `<meta property="og:publish_date" content="2025-12-13 00:00:00 &#43;0000 UTC">`, "", "",
			day("2025-12-13"), time.Time{}},
		{"only an update date in metadata", `<meta name="Updated Date" content="2025-07-02T14:13:01Z">`, "", "",
			time.Date(2025, 7, 2, 14, 13, 1, 0, time.UTC), time.Date(2025, 7, 2, 14, 13, 1, 0, time.UTC)},
		{"reading time and date in adjacent spans without a space", `<meta property="article:published_time" content="2024-08-07T12:01:51Z">`, "",
			`<div class="meta"><a href="/a/kim">Kim Lo</a><div><span>7 min read</span><span>Dec 30, 2013</span></div></div>`, day("2013-12-30"), time.Time{}},
		{"date and reading time in adjacent spans without a space", "", "",
			`<div class="card__info"><span>Feature</span></div><div class="card__info"><span>Mar 27, 2025</span><span>5 mins</span></div>`, day("2025-03-27"), time.Time{}},
		{"first publication stacked over the update above the headline", "",
			`<a href="/health">Health</a><div class="date">DECEMBER 22, 2022</div><div class="date">Updated: JANUARY 02, 2026</div>`, "",
			day("2022-12-22"), day("2026-01-02")},
		{"an update alone above the headline", "", `<div class="date">Updated: January 2, 2026</div>`, "",
			day("2026-01-02"), day("2026-01-02")},
		{"a long sentence with a date is no dateline", "", "",
			`<p>We tested twelve kettles over the summer and on July 8, 2025 we picked the three that poured best for this guide.</p>`, time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(frontPage(tt.head, tt.above, tt.below)), WithURL("https://example.com/kettles"))
			require.NoError(t, err)
			assert.True(t, tt.published.Equal(a.Published), "published %v, want %v", a.Published, tt.published)
			assert.True(t, tt.modified.Equal(a.Modified), "modified %v, want %v", a.Modified, tt.modified)
			assert.Contains(t, a.Text(), "thin spout")
		})
	}
}

// TestLabelledDateAfter covers datelines that stand away from the headline: under the
// opening paragraphs, in a side column, with the label and the date in boxes of their
// own, in the languages whose labels the reader knows.
func TestLabelledDateAfter(t *testing.T) {
	page := func(side, tail string) string {
		return `<html><head><title>Choosing a kettle</title></head><body>
<div class="content"><h1>Choosing a kettle</h1>
<p>` + strings.Repeat("A kettle with a thin spout pours slowly and steadily, which matters for pour-over coffee. ", 4) + `</p>
` + side + `
<p>` + strings.Repeat("Steel bodies last longer than glass ones but hide the water level from view. ", 4) + `</p>
` + strings.Repeat(`<p>Filler paragraph about limescale and how often to clean a kettle, once a month at least.</p>`, 8) + `
` + tail + `</div>
<div class="comments"><p>Posted on January 2, 2026 by Bo</p><p>Great guide, thanks.</p></div>
</body></html>`
	}
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tests := []struct {
		name, side, tail string
		published        time.Time
	}{
		{"label and date apart after the first paragraph", `<div class="meta"><div>Posted on</div><div>Nov 21, 2018</div></div>`, "", day("2018-11-21")},
		{"labelled date at the foot", "", `<div class="post-footer">Posted on the 15/12/2025 at 19:00 by Ann</div>`, time.Date(2025, 12, 15, 19, 0, 0, 0, time.UTC)},
		{"German label", "", `<div class="info">Veröffentlicht am 3. März 2024</div>`, day("2024-03-04").AddDate(0, 0, -1)},
		{"French label apart", `<aside><h4>Publié le</h4><div>12 janvier 2023</div></aside>`, "", day("2023-01-12")},
		{"Spanish label", "", `<p>Publicado el 5 de mayo de 2022</p>`, day("2022-05-05")},
		{"an unlabelled date far from the headline is not read", "", `<div class="x">July 8, 2025</div>`, time.Time{}},
		{"a comment's labelled date is not the article's", "", "", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(page(tt.side, tt.tail)))
			require.NoError(t, err)
			assert.True(t, tt.published.Equal(a.Published), "published %v, want %v", a.Published, tt.published)
		})
	}
}

func TestDateFieldsAndLabels(t *testing.T) {
	assert.Equal(t, []string{"Essay · Published: 2025.12.17 · code", "Essay", "Published: 2025.12.17", "code"}, dateFields("Essay · Published: 2025.12.17 · code"))
	assert.Equal(t, []string{"July 8, 2025"}, dateFields("July 8, 2025"))
	assert.Equal(t, []string{"By Ann Lee ⋅ Senior Writer ⋅ Updated March 5, 2025", "By Ann Lee", "Senior Writer", "Updated March 5, 2025"},
		dateFields("By Ann Lee ⋅ Senior Writer ⋅ Updated March 5, 2025"))
	assert.Equal(t, []string{"December 18, 2025 ・ 3 min read", "December 18, 2025", "3 min read"}, dateFields("December 18, 2025 ・ 3 min read"))
	for _, s := range []string{"Published", "Posted on", "Last updated:", "Publié le", "Veröffentlicht am", "Publicado el"} {
		assert.True(t, isDateLabel(s), s)
	}
	for _, s := range []string{"Published by Ann Lee", "Updated guidance for travellers", "July 8, 2025", ""} {
		assert.False(t, isDateLabel(s), s)
	}
}
