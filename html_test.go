package newsparse

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/charset"
)

// htmlFixtureNames lists the HTML fixtures.
func htmlFixtureNames(t *testing.T) []string { return fixtureFiles(t, "testdata/html/*.html") }

// TestHTMLGolden pins the whole-article JSON of every HTML fixture. Refresh with
// go test -run TestHTMLGolden -update, then review the diff by eye.
func TestHTMLGolden(t *testing.T) {
	checkGolden(t, htmlFixtureNames(t), ".html", parseHTMLInput)
}

// TestHTMLFixtures states what a careful reader takes from each fixture, so that a
// regression fails here with a reason even when the golden files are refreshed.
func TestHTMLFixtures(t *testing.T) {
	tests := []struct {
		file       string
		headline   string
		standfirst string
		byline     []string
		published  string
		site       string
		url        string
		paragraphs int
		images     int
		removed    []Reason // reasons that must appear in Removed
		firstBody  string   // prefix of the first paragraph
	}{
		{file: "01-jsonld-graph.html", headline: "Harbour bridge reopens after two-year repair",
			standfirst: "The crossing carries 40,000 vehicles a day and was closed in 2022 after inspectors found corroded cables.",
			byline:     []string{"Mara Olsen"}, published: "2024-03-05T07:30:00+01:00", site: "The Daily Example",
			url: "https://news.example.com/city/harbour-bridge-reopens", paragraphs: 6,
			removed: []Reason{ReasonDuplicate}, firstBody: "The harbour bridge reopened"},
		{file: "02-jsonld-array-idref.html", headline: "Library extends opening hours in winter",
			byline: []string{"Priya Natarajan", "Leo Brandt"}, published: "2023-11-20T16:45:00-05:00",
			site: "Northfield Gazette", url: "https://gazette.example.org/2023/11/library-hours", paragraphs: 7,
			firstBody: "Northfield's central library"},
		{file: "03-no-metadata.html", headline: "A quiet year for the valley's beekeepers", paragraphs: 3,
			firstBody: "Beekeepers in the upper valley"},
		{file: "04-windows-1252.html", headline: "Le marché de Noël ouvre ses portes",
			byline: []string{"Hélène Dufresne"}, paragraphs: 3, firstBody: "Le marché de Noël de la place"},
		{file: "05-shift-jis.html", headline: "市立図書館、夜間開館を延長へ", site: "みなと新聞", paragraphs: 3,
			firstBody: "市立図書館は来月から"},
		{file: "06-live-blog.html", headline: "Storm Elin live: gusts close coastal roads",
			byline: []string{"Sam Okafor"}, published: "2024-01-14T06:00:00Z", paragraphs: 7,
			removed: []Reason{ReasonBoilerplate}, firstBody: "Ferries cancelled"},
		{file: "07-gallery-credits.html", headline: "In pictures: the night the old mill burned",
			byline: []string{"Ines Varga"}, published: "2024-06-02T22:10:00+02:00", paragraphs: 3, images: 3,
			firstBody: "Fire crews from four towns"},
		{file: "08-related-newsletter.html", headline: "Night trains return to the northern line",
			byline: []string{"Duncan Reyes"}, published: "2024-09-01T12:00:00Z", site: "Rail Weekly",
			url: "https://rail.example.com/news/night-trains-return", paragraphs: 4,
			removed: []Reason{ReasonRelated, ReasonNewsletter, ReasonBoilerplate}, firstBody: "Sleeper trains will run"},
		{file: "09-amp.html", headline: "Night trains return to the northern line",
			byline: []string{"Duncan Reyes"}, published: "2024-09-01T12:00:00Z", site: "Rail Weekly",
			url: "https://rail.example.com/news/night-trains-return", paragraphs: 4, images: 1,
			firstBody: "Sleeper trains will run"},
		{file: "10-lazy-images.html", headline: "Rooftop gardens cool the city centre",
			url: "https://green.example.com/stories/rooftop-gardens", paragraphs: 3, images: 2,
			firstBody: "Surface temperatures"},
		{file: "11-byline-follow.html", headline: "Farmers' market moves indoors for winter",
			byline: []string{"Rosa Delgado"}, published: "2023-11-12T09:15:00Z", paragraphs: 3,
			firstBody: "The Saturday farmers' market"},
		// A labelled date in a side column after the first paragraph, label and date
		// in boxes of their own; the house in the JSON-LD author slot yields to the
		// visible "Par"; the comment's "Publié le" is not the article's.
		{file: "17-dates-french-labels.html", headline: "Le tramway prolongé jusqu'à la gare",
			byline: []string{"Claire Martin"}, published: "2023-01-12T00:00:00Z", site: "Le Courrier du Val", paragraphs: 3,
			firstBody: "La ligne de tramway"},
		// The visible date years before the metadata's (a re-hosted article) is the
		// one the reader is given; the reviewer is no author.
		{file: "18-dates-spanish-visible.html", headline: "La biblioteca abre los domingos",
			byline: []string{"Ana Ruiz"}, published: "2022-05-05T00:00:00Z", paragraphs: 3,
			firstBody: "La biblioteca municipal"},
		{file: "19-dates-italian.html", headline: "Il mercato coperto riapre dopo i lavori",
			byline: []string{"Marco Bianchi"}, published: "2023-01-12T10:30:00Z", paragraphs: 2,
			firstBody: "Il mercato coperto di piazza"},
		// An author box in parts: the job title after a comma, the bio, the "Editorial
		// Process" link, a fact-checker and an updater; the publisher in the author slot.
		{file: "24-author-box-parts.html", headline: "How to choose a kettle",
			byline: []string{"Ann Lee"}, published: "2025-07-08T09:00:00Z", site: "Kitchen Notes", paragraphs: 3,
			firstBody: "A kettle with a thin spout"},
		// An application shell: the content is read from <noscript>, its notice is not.
		{file: "27-noscript-shell.html", headline: "Seed trays keep damping off", published: "2024-03-02T00:00:00Z",
			site: "Growers' Corner", paragraphs: 4, firstBody: "Every tray of seedlings"},
		// A forum topic whose posts all carry comment classes: the posts are the body.
		{file: "28-forum-comment-classes.html", headline: "Which hand plane should I buy first?",
			published: "2024-11-04T00:00:00Z", paragraphs: 3, firstBody: "I have a small budget"},
		// A consent overlay holding more prose than the article is a notice, not the region.
		{file: "29-consent-notice.html", headline: "Allotment waiting lists grow longer", paragraphs: 2,
			firstBody: "The wait for a council allotment"},
		// A section front: its linked teasers are the body, its menus and footer not.
		{file: "30-section-listing.html", headline: "Gardening", standfirst: "Advice from our allotment columnists, every week.",
			paragraphs: 15, firstBody: "Why leeks still grow best in trenches"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata/html", tt.file))
			require.NoError(t, err)
			a, err := ParseHTML(bytes.NewReader(in))
			require.NoError(t, err)
			assert.Equal(t, tt.headline, a.Headline)
			assert.Equal(t, tt.standfirst, a.Standfirst)
			assert.Equal(t, tt.byline, a.Byline)
			if tt.published == "" {
				assert.True(t, a.Published.IsZero(), "published %v", a.Published)
			} else {
				assert.Equal(t, tt.published, a.Published.Format("2006-01-02T15:04:05Z07:00"))
			}
			assert.Equal(t, tt.site, a.Site)
			assert.Equal(t, tt.url, a.URL)
			assert.Len(t, a.Paragraphs, tt.paragraphs)
			assert.Len(t, a.Images, tt.images)
			if assert.NotEmpty(t, a.Paragraphs) {
				assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, tt.firstBody), "first paragraph %q", a.Paragraphs[0].Text)
			}
			for _, r := range tt.removed {
				assert.True(t, slices.ContainsFunc(a.Removed, func(x Removed) bool { return x.Reason == r }), "no removed block with reason %s", r)
			}
			// Captions and credits never reach the body.
			for _, im := range a.Images {
				for _, p := range a.Paragraphs {
					if im.Caption != "" {
						assert.NotContains(t, p.Text, im.Caption)
					}
					if im.Credit != nil {
						assert.NotContains(t, p.Text, im.Credit.Text)
					}
				}
			}
		})
	}
}

// TestHTMLImages checks captions, credits, addresses and positions of the pictures.
func TestHTMLImages(t *testing.T) {
	tests := []struct {
		file string
		opts []Option
		want []Image
	}{
		{file: "07-gallery-credits.html", opts: []Option{WithURL("https://news.example.com/in-pictures/mill")}, want: []Image{
			{Caption: "Flames rise above the roof of the main hall shortly after midnight.",
				Credit: &Credit{Text: "Karl Weiss / Reuters", Photographers: []string{"Karl Weiss"}, Agencies: []string{"Reuters"}},
				URL:    "https://news.example.com/photos/mill-fire-1.jpg", Alt: "Flames above the mill roof", After: 1},
			{Caption: "Firefighters work from a turntable ladder on the river side",
				Credit: &Credit{Text: "AP Photo/Lena Kovac", Photographers: []string{"Lena Kovac"}, Agencies: []string{"AP"}},
				URL:    "https://news.example.com/photos/mill-fire-2.jpg", Alt: "Firefighters on a ladder", After: 1},
			{Caption: "The burnt-out hall at dawn.", Credit: &Credit{Text: "Ines Varga", Photographers: []string{"Ines Varga"}},
				URL: "https://news.example.com/photos/mill-fire-3.jpg", Alt: "The mill at dawn", After: 2},
		}},
		{file: "10-lazy-images.html", want: []Image{
			{Caption: "A planted roof on the old post office.", Credit: &Credit{Text: "Ada Lind", Photographers: []string{"Ada Lind"}},
				URL: "https://green.example.com/media/roof-1.jpg", Alt: "Planted roof", After: 0},
			{Caption: "One of the study's sensors", URL: "https://green.example.com/media/roof-2-1200.jpg", Alt: "Sensor on a roof", After: 2},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata/html", tt.file))
			require.NoError(t, err)
			a, err := ParseHTML(bytes.NewReader(in), tt.opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Images)
		})
	}
}

// page wraps a body in a minimal article page.
func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body><article><h1>Ferry fares rise again</h1>" + body + "</article></body></html>"
}

const prose = "<p>Fares on the island ferry will rise by a tenth in January, the operator said on Monday, the third increase in two years.</p>"

func TestHTMLCharsets(t *testing.T) {
	word := "Grüße aus Köln, schön"
	tests := []struct {
		name string
		raw  []byte
		ct   string
		want string
	}{
		{"utf-8 meta", []byte(page(`<meta charset="utf-8">`, "<p>"+word+" und noch mehr Text, damit es ein Absatz ist.</p>")), "", word},
		{"utf-8 without any declaration", []byte(page(strings.Repeat("<!-- padding -->", 100), "<p>"+word+" und noch mehr Text, damit es ein Absatz ist.</p>")), "", word},
		{"utf-8 declared as latin-1 in meta", []byte(page(`<meta charset="iso-8859-1">`, "<p>"+word+" und noch mehr Text, damit es ein Absatz ist.</p>")), "", word},
		{"utf-8 BOM", append([]byte("\xef\xbb\xbf"), page("", "<p>"+word+" und noch mehr Text, damit es ein Absatz ist.</p>")...), "", word},
		{"windows-1252 meta", encode(t, "windows-1252", page(`<meta charset="windows-1252">`, "<p>"+word+" und noch mehr Text, damit es ein Absatz ist – wirklich.</p>")), "", word},
		{"header charset beats meta", encode(t, "iso-8859-1", page(`<meta charset="utf-8">`, "<p>"+word+" und noch mehr Text, damit es ein Absatz ist.</p>")), "text/html; charset=ISO-8859-1", word},
		{"koi8-r", encode(t, "koi8-r", page(`<meta charset="koi8-r">`, "<p>Паром подорожает на десять процентов с января, сообщил оператор.</p>")), "", "Паром подорожает"},
		{"shift_jis", encode(t, "shift_jis", page(`<meta charset="shift_jis">`, "<p>フェリーの運賃は一月から一割値上がりすると運航会社が発表した。</p>")), "", "フェリーの運賃"},
		{"euc-kr", encode(t, "euc-kr", page(`<meta charset="euc-kr">`, "<p>여객선 요금이 1월부터 10퍼센트 인상된다고 운영사가 밝혔다.</p>")), "", "여객선 요금이"},
		{"gbk", encode(t, "gbk", page(`<meta charset="gb2312">`, "<p>运营商周一表示，轮渡票价将从一月起上涨一成，这是两年内第三次涨价。</p>")), "", "轮渡票价"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(bytes.NewReader(tt.raw), WithContentType(tt.ct))
			require.NoError(t, err)
			require.NotEmpty(t, a.Paragraphs)
			assert.Contains(t, a.Text(), tt.want)
			assert.Equal(t, "Ferry fares rise again", a.Headline)
		})
	}
}

// encode writes s in the named charset.
func encode(t *testing.T, name, s string) []byte {
	t.Helper()
	e, _ := charset.Lookup(name)
	require.NotNil(t, e, name)
	b, err := e.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func TestParseHTMLErrors(t *testing.T) {
	tests := []struct {
		name string
		in   io.Reader
		opts []Option
		want error
	}{
		{"empty", strings.NewReader(""), nil, ErrEmpty},
		{"white space", strings.NewReader(" \n\t "), nil, ErrEmpty},
		{"markup without text", strings.NewReader("<html><body><div></div></body></html>"), nil, ErrEmpty},
		{"too large", strings.NewReader(page("", strings.Repeat(prose, 100))), []Option{WithMaxBytes(1000)}, ErrTooLarge},
		{"binary", bytes.NewReader([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), nil, ErrBinary},
		{"nil reader", nil, nil, ErrEmpty},
		{"reader error", iotest.ErrReader(errors.New("boom")), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(tt.in, tt.opts...)
			require.Error(t, err)
			assert.Nil(t, a)
			if tt.want != nil {
				assert.ErrorIs(t, err, tt.want)
			}
		})
	}
}

func TestParseSniffs(t *testing.T) {
	tests := []struct {
		name, in, headline string
		wantHTML           bool
	}{
		{"html page", page("<title>x</title>", prose), "Ferry fares rise again", true},
		{"fragment", "<div><h1>Ferry fares rise again</h1>" + prose + "</div>", "Ferry fares rise again", true},
		{"text dump", "Ferry fares rise again\n\nFares on the island ferry will rise by a tenth in January, the operator said on Monday.\n", "Ferry fares rise again", false},
		{"text quoting a bracket", "Ferry fares rise again\n\nFares rise 10% for trips of < 5 km, the operator said on Monday.\n", "Ferry fares rise again", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantHTML, looksLikeHTML([]byte(tt.in)))
			a, err := Parse(strings.NewReader(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.headline, a.Headline)
			assert.NotEmpty(t, a.Paragraphs)
			if tt.wantHTML {
				for _, p := range a.Paragraphs {
					assert.NotContains(t, p.Text, "<", "markup left in the text")
				}
			}
		})
	}
}

// TestHTMLPathological feeds shapes that make naive readers slow or crash: deep
// nesting past the parser's limit, long runs of unclosed formatting elements, and
// huge flat pages. Each must parse without error and keep the article text.
func TestHTMLPathological(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"nesting beyond the parser limit", page("", strings.Repeat("<div>", 3000)+prose+strings.Repeat("</div>", 3000))},
		{"unclosed formatting elements", page("", strings.Repeat("<b><i><a href=x>", 2000)+prose)},
		{"many paragraphs", page("", strings.Repeat(prose, 5000))},
		{"table soup", page("", strings.Repeat("<table><tr><td>", 1000)+prose)},
		{"invalid utf-8", page(`<meta charset="utf-8">`, "<p>Fares \xff\xfe on the island ferry will rise by a tenth in January, the operator said.</p>")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(tt.in))
			require.NoError(t, err)
			assert.Contains(t, a.Text(), "Fares")
			out, err := json.Marshal(a)
			require.NoError(t, err)
			assert.True(t, utf8.Valid(out))
		})
	}
}

// TestParseHTMLConcurrent parses the fixtures from many goroutines at once; run with
// -race it proves ParseHTML shares no mutable state, and the outputs are identical.
func TestParseHTMLConcurrent(t *testing.T) {
	names := htmlFixtureNames(t)
	var inputs [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		require.NoError(t, err)
		inputs = append(inputs, b)
	}
	// With the benchmark corpus beside the repository, a sample of real pages joins
	// the fixtures: their markup exercises far more of the reader.
	if _, err := os.Stat(zyteDir); err == nil {
		for i, pg := range loadZyte(t) {
			if i%9 == 0 {
				inputs, names = append(inputs, pg.html), append(names, pg.id)
			}
		}
	}
	checkConcurrent(t, names, inputs, parseHTMLInput)
}

// FuzzParseHTML checks what must hold for any page: no panic, valid UTF-8 out, and
// the same output twice.
func FuzzParseHTML(f *testing.F) {
	seeds := []string{"", "<", "<html><body><p>x</p>", page("", prose),
		`<script type="application/ld+json">{"@graph":[{"@id":"a","@type":"NewsArticle","author":{"@id":"a"}}]}</script>`,
		"<figure><img data-srcset=', , 1x'><figcaption>(Photo: )</figcaption></figure>",
		"<meta charset=shift_jis>\x82\xa0<h1>\xff</h1>", "<div>" + strings.Repeat("<p>", 600),
		`<template id="B:0"><div hidden id="S:0"><template id="B:0"></template></div></template><div hidden id="S:0"><p>x</p></div><div hidden id="S:">`,
		`<script type="application/ld+json">{"@type":"WebPage","datePublished":"20 Nov 2019 08:02 GMT","author":[{"@type":"Organization","name":"X"},"Ann Lee"]}</script>`,
		`<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Ann"><time>1er janvier 2024</time><h1>T</h1><p>Written by</p><p>Ann Lee</p>`}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := ParseHTML(bytes.NewReader(in))
		if err != nil {
			require.Nil(t, a)
			return
		}
		requireStable(t, a, func() (*Article, error) { return ParseHTML(bytes.NewReader(in)) })
	})
}

func TestBaseURL(t *testing.T) {
	tests := []struct{ page, base, ref, want string }{
		{"https://a.example/news/x", "", "/img/1.jpg", "https://a.example/img/1.jpg"},
		{"https://a.example/news/x", "https://cdn.example/assets/", "1.jpg", "https://cdn.example/assets/1.jpg"},
		{"https://a.example/news/x", "/static/", "1.jpg", "https://a.example/static/1.jpg"},
		{"", "https://cdn.example/assets/", "1.jpg", "https://cdn.example/assets/1.jpg"},
		{"", "/static/", "1.jpg", "1.jpg"},
		{"", "", "//cdn.example/1.jpg", "//cdn.example/1.jpg"},
		{"ftp://a.example/", "", "1.jpg", "1.jpg"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, safeURL(baseURL(tt.page, tt.base), tt.ref), "page %q base %q", tt.page, tt.base)
	}
}

// TestHTMLRoles checks single decisions the markup settles, each on a small page.
func TestHTMLRoles(t *testing.T) {
	body := prose + "<p>The operator blamed fuel costs and said timetables would not change this winter.</p>"
	tests := []struct {
		name       string
		page       string
		headline   string
		standfirst string
		notInBody  string
		inBody     string
	}{
		{name: "logo h1 loses to the h1 matching the title",
			page:     `<html><head><title>Ferry fares rise again | Coast News</title></head><body><header><h1>Coast News</h1></header><article><h1>Ferry fares rise again</h1>` + body + `</article></body></html>`,
			headline: "Ferry fares rise again"},
		{name: "title without h1 loses its site suffix",
			page:     `<html><head><title>Ferry fares rise again | Coast News</title><meta property="og:site_name" content="Coast News"></head><body><article>` + body + `</article></body></html>`,
			headline: "Ferry fares rise again"},
		{name: "hidden text is not read",
			page:      page("", body+`<p style="display: none">Hidden paragraph that no reader sees on the page at all.</p><p class="sr-only">Screen reader text that is not visible to sighted readers.</p><p hidden>Hidden by attribute and so never shown to anybody.</p>`),
			headline:  "Ferry fares rise again",
			notInBody: "Hidden"},
		{name: "description shown under the headline is the standfirst",
			page:       page(`<meta name="description" content="Third increase in two years for island residents.">`, `<div class="intro">Third increase in two years for island residents.</div><div class="body">`+body+`</div>`),
			headline:   "Ferry fares rise again",
			standfirst: "Third increase in two years for island residents.",
			notInBody:  "Third increase in two years for island"},
		{name: "a lead paragraph reused as the description stays in the body",
			page:     page(`<meta name="description" content="Fares on the island ferry will rise by a tenth in January, the operator said on Monday, the third increase in two years.">`, body),
			headline: "Ferry fares rise again", inBody: "Fares on the island ferry"},
		{name: "inline caption span never reaches the body",
			page:      page("", `<div class="body"><p>`+strings.Repeat("The operator said fuel costs had risen sharply this year. ", 3)+`</p><div><img src="/a.jpg"><span class="image-caption">The ferry leaves the harbour at dawn</span></div>`+body+`</div>`),
			headline:  "Ferry fares rise again",
			notInBody: "The ferry leaves the harbour"},
		{name: "a custom element inside a sentence does not cut it",
			page:     page("", `<p>Fares on the island ferry will rise by a tenth in January, the operator said, citing a regulator's review (<source-ref kind="report"><a href="/r">1</a></source-ref>). Residents were not consulted.</p>`+body),
			headline: "Ferry fares rise again", inBody: "review (1). Residents were not consulted."},
		{name: "a custom element wrapping paragraphs is a container",
			page:     page("", `<story-body><p>Fares on the island ferry will rise by a tenth in January, the operator said on Monday.</p>`+body+`</story-body>`),
			headline: "Ferry fares rise again", inBody: "Fares on the island ferry will rise by a tenth in January, the operator said on Monday.\n\n"},
		{name: "a line repeating the picture's alt text is its caption",
			page:      page("", `<div class="body">`+prose+`<div><div><img src="/a.jpg" alt="The ferry leaves the harbour at dawn"></div><span class="small">The ferry leaves the harbour at dawn</span></div>`+body+`</div>`),
			headline:  "Ferry fares rise again",
			notInBody: "The ferry leaves the harbour"},
		{name: "a box its opening heading calls related is furniture, however long its teasers",
			page: `<html><head><title>Ferry fares rise again</title></head><body><main><article><h1>Ferry fares rise again</h1>` + body + `</article>` +
				`<div class="box"><h3>You may also like</h3>` + strings.Repeat(`<div class="card"><p>Island teaser about lighthouses, tides and harbour walls that runs on for a good many words to look like prose.</p></div>`, 6) + `</div></main></body></html>`,
			headline: "Ferry fares rise again", inBody: "The operator blamed fuel costs", notInBody: "Island teaser"},
		{name: "embedded post is quoted",
			page:     page("", body+`<blockquote class="twitter-tweet"><p>Another fare rise, unbelievable.</p>— A Resident (@resident)</blockquote>`),
			headline: "Ferry fares rise again", inBody: "Another fare rise, unbelievable."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(tt.page))
			require.NoError(t, err)
			assert.Equal(t, tt.headline, a.Headline)
			assert.Equal(t, tt.standfirst, a.Standfirst)
			if tt.notInBody != "" {
				assert.NotContains(t, a.Text(), tt.notInBody)
			}
			if tt.inBody != "" {
				assert.Contains(t, a.Text(), tt.inBody)
			}
		})
	}
}

// TestEndsSentence covers the closing marks the HTML reader needs after a stop.
func TestEndsSentence(t *testing.T) {
	for _, s := range []string{"It rained.", "Was it?", "He said “no.”", "(It ended.)", "駅に着いた。」", "『終わり。』", "Done.*"} {
		assert.True(t, endsSentence(s), s)
	}
	for _, s := range []string{"", "Weather", "Read more »", "Photo: A. Smith", "「見出し」"} {
		assert.False(t, endsSentence(s), s)
	}
}

// TestBodyFallback checks that a body taken from the prose under the headline, because
// the chosen region held none after it, says so, and that no other fixture does.
func TestBodyFallback(t *testing.T) {
	for _, name := range htmlFixtureNames(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			in, err := os.ReadFile(name)
			require.NoError(t, err)
			a, err := ParseHTML(bytes.NewReader(in))
			require.NoError(t, err)
			want := strings.HasSuffix(name, "25-region-fallback.html")
			assert.Equal(t, want, a.BodyFallback)
			if want {
				require.NotEmpty(t, a.Paragraphs)
				assert.True(t, slices.ContainsFunc(a.Paragraphs, func(p Paragraph) bool {
					return strings.HasPrefix(p.Text, "Our pantry shelves")
				}), "the prose under the headline is in the body")
			}
		})
	}
}
