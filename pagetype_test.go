package newsparse

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestCountPrices(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Now $19.99, was $24.99", 2},
		{"€ 25 or 25 € or 25€", 3},
		{"£1,200 and ¥500 and ₹90", 3},
		{"Dollars ($) and euros (€) are signs only", 0},
		{"US$ 5", 1},
		{"", 0},
		// Other characters that share the signs' first bytes, and invalid bytes.
		{"5 ¢ and 5 – 5 ‰ and \xc2 5 \xe2\x82 5", 0},
		// Signs on either side of the eight-byte steps, in longer text.
		{"Tickets for the show cost $12 each, or 30 € at the door; £5 for kids: 9$", 4},
		// Curly quotes, dashes and accents beside the signs.
		{"“Café” costs €5 — “très” chère, ¥3 — née £2 “and” 7 ₹, ‘n’ñ”", 4},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, countPrices(tt.in), tt.in)
		// Each offset into eight-byte steps.
		for pad := 1; pad < 8; pad++ {
			assert.Equal(t, tt.want, countPrices(strings.Repeat("x", pad)+" "+tt.in), "%d %s", pad, tt.in)
		}
	}
	// countPrices decodes only at the signs' first bytes.
	for _, r := range currencySigns {
		assert.Contains(t, currencyLeads, uint64(string(r)[0]), string(r))
	}
}

func TestIsVersionLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"v2.3": true, "V10": true, "Version 4.1": true, "v1.x": true,
		"video": false, "v": false, "Version": false, "2.3": false, "vs. 2": false,
	} {
		assert.Equal(t, want, isVersionLabel(s), s)
	}
}

func TestReadPath(t *testing.T) {
	tests := []struct {
		path string
		want pageEvidence
	}{
		{"", pageEvidence{rootPath: true}},
		{"/", pageEvidence{rootPath: true}},
		{"/blog/why-the-river-ran-dry/", pageEvidence{pathDirs: pathArticle, slugHyphens: 4}},
		{"/news/2024/03/05/floods", pageEvidence{pathDirs: pathArticle, datedPath: true}},
		// A section word as the page's own segment is the index, not a page filed under it.
		{"/blog", pageEvidence{}},
		{"/docs/guide/install.html", pageEvidence{pathDirs: pathDocs}},
		{"/t/boiler-pressure-keeps-dropping/123456", pageEvidence{pathDirs: pathForum, idPath: true, slugHyphens: 0}},
		{"/Products/trail-runner-2", pageEvidence{pathDirs: pathShop | pathService, slugHyphens: 2}},
		{"/collections/womens-boots", pageEvidence{pathDirs: pathShop | pathListing, slugHyphens: 1}},
		{"/services/consulting/", pageEvidence{pathDirs: pathService}},
		{"/item/12345", pageEvidence{pathDirs: pathShop, idPath: true}},
		{"/story/1234-five", pageEvidence{pathDirs: pathArticle, slugHyphens: 1}},
		{"/2023-report", pageEvidence{slugHyphens: 1}},
	}
	for _, tt := range tests {
		var e pageEvidence
		e.readPath(tt.path)
		assert.Equal(t, tt.want, e, tt.path)
	}
}

// Pages of each kind, written in the shapes such pages take on many sites.
const (
	ptArticle = `<html><head><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-05T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>River authority warns of summer water shortages after dry winter</h1>
<p class="byline">By Ann Lee</p>
<p>The river authority said on Tuesday that reservoirs in the north stood at 61 per cent of capacity, the lowest level for the time of year since records began in 1976, after the driest winter in half a century.</p>
<p>Farmers in the valley have been asked to cut their use of river water by a fifth from May, and the authority said it could not rule out limits on households if the spring stayed dry, though it hoped they would not be needed.</p>
<p>"We are planning for the worst and hoping for the best," the authority's chief executive said, adding that a new pipeline between the two largest reservoirs would be finished by the end of June.</p>
<p>Environmental groups said the warnings had come too late, and that leaks from the network, which lose about a quarter of the water treated, should have been fixed years ago.</p>
</article></body></html>`

	ptListing = `<html><head><meta property="og:type" content="website"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><h1>World</h1>
<div class="card"><h3><a href="/a">Floods close roads across the north</a></h3><p class="excerpt">Rivers burst their banks after a week of rain.</p></div>
<div class="card"><h3><a href="/b">Election count enters third day</a></h3><p class="excerpt">Officials say the result is expected on Friday.</p></div>
<div class="card"><h3><a href="/c">Central bank holds rates</a></h3><p class="excerpt">The decision was widely expected by markets.</p></div>
<div class="card"><h3><a href="/d">Ferry strike called off</a></h3><p class="excerpt">Unions reached a deal late on Sunday night.</p></div>
<div class="card"><h3><a href="/e">New museum opens in the old port</a></h3><p class="excerpt">The building took nine years to restore.</p></div>
<div class="card"><h3><a href="/f">Heatwave warning for the south</a></h3><p class="excerpt">Temperatures may pass 40C this weekend.</p></div>
</body></html>`

	ptProduct = `<html><head><meta property="og:type" content="product">
<script type="application/ld+json">{"@type":"Product","name":"Trail Runner 2","offers":{"@type":"Offer","price":"89.00","priceCurrency":"EUR"}}</script></head><body>
<h1>Trail Runner 2</h1><div class="price">€89.00</div>
<form class="cart"><select name="size"><option>42</option></select><input type="number" value="1"><button class="add-to-cart">Add to basket</button></form>
<div class="product-description"><p>A light shoe for rough paths, with a grippy sole.</p><ul><li>Weight: 280 g</li><li>Drop: 6 mm</li></ul></div>
<div class="related products"><div class="product"><a href="/p/1">Road Runner</a> <span class="price">€79.00</span></div><div class="product"><a href="/p/2">Hill Runner</a> <span class="price">€99.00</span></div></div>
</body></html>`

	ptDocs = `<html><head><title>Configuration - Widget 3.2 documentation</title></head><body>
<nav class="toc"><a href="#install">Install</a> <a href="#config">Configuration</a> <a href="#options">Options</a> <a href="#env">Environment</a></nav>
<div class="version-switcher"><a href="/v3.2/">v3.2</a> <a href="/v3.1/">v3.1</a> <a href="/v2.0/">v2.0</a></div>
<main><h1 id="config">Configuration</h1>
<p>Widget reads its settings from a file named widget.toml in the working directory.</p>
<pre><code>[server]
port = 8080</code></pre>
<h2 id="options">Options</h2><p>Each option can also be set with an environment variable.</p>
<pre><code>WIDGET_PORT=8080 widget serve</code></pre>
<h2 id="env">Environment</h2><p>Variables override the file.</p><pre><code>export WIDGET_DEBUG=1</code></pre>
</main></body></html>`

	// ptService is a firm's service page: short sections under headings, calls to
	// act, no date and no byline.
	ptService = `<html><head><title>Data Analytics Consulting | Northwind Partners</title>
<meta property="og:type" content="website"></head><body>
<nav><a href="/">Home</a> <a href="/services/">Services</a> <a href="/contact/">Contact</a></nav>
<main><h1>Data Analytics Consulting</h1>
<p>Turn your data into decisions.</p><a class="btn cta" href="/contact/">Book a free consultation</a>
<h2>Strategy</h2><p>We help you decide what to measure and why.</p>
<h2>Engineering</h2><p>Pipelines and warehouses that your team can run.</p>
<h2>Dashboards</h2><p>Reports your managers will actually open.</p>
<h2>Why us</h2><ul><li>Twenty years of experience</li><li>Certified partners</li><li>Fixed-price projects</li></ul>
<a class="button" href="/contact/">Get a quote</a>
<form class="contact"><input type="email" placeholder="Email"><button>Send</button></form>
</main></body></html>`

	// ptCollection is a shop's category page: a grid of products, each with a name,
	// a price and a link.
	ptCollection = `<html><head><title>Women's Boots | Trailhead Outfitters</title>
<script type="application/ld+json">{"@type":"CollectionPage","name":"Women's Boots"}</script></head><body>
<nav><a href="/">Home</a> <a href="/collections/boots">Boots</a></nav>
<h1>Women's Boots</h1><p>12 products</p>
<div class="product-card"><a href="/products/alpine-mid">Alpine Mid waterproof boot</a> <span class="price">$149.00</span></div>
<div class="product-card"><a href="/products/ridge-low">Ridge Low hiking shoe</a> <span class="price">$119.00</span></div>
<div class="product-card"><a href="/products/summit-gtx">Summit GTX leather boot</a> <span class="price">$189.00</span></div>
<div class="product-card"><a href="/products/trail-lite">Trail Lite boot for day hikes</a> <span class="price">$99.00</span></div>
<div class="product-card"><a href="/products/winter-pac">Winter Pac insulated boot</a> <span class="price">$169.00</span></div>
<div class="product-card"><a href="/products/canyon">Canyon desert boot in suede</a> <span class="price">$129.00</span></div>
</body></html>`
)

// ptSection is a news section front: a dozen dated teasers of one template, each a linked
// headline, a time and a line of summary, and a link to the next page of them.
func ptSection() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Science - The Daily Example</title>
<meta property="og:type" content="website"></head><body>
<nav><a href="/">Home</a> <a href="/science/">Science</a> <a href="/world/">World</a></nav>
<main><h1>Science</h1>`)
	for i, h := range []string{"Telescope finds water in a distant atmosphere", "Bees can count to four, study says",
		"Deep-sea vents host unknown microbes", "Comet will be visible to the naked eye", "Fossil shows early mammals climbed trees",
		"Glacier retreat speeds up in the Andes", "New battery charges in five minutes", "Volcano on the island erupts again",
		"Rare orchid found on a roadside verge", "Sleep loss dulls the memory of faces", "Whales sing in new dialects",
		"Lab-grown coral survives its first winter"} {
		fmt.Fprintf(&b, `<article class="teaser"><h2><a href="/science/story-%d">%s</a></h2>
<time datetime="2024-05-%02dT08:00:00Z">%d May 2024</time><p class="summary">Researchers describe the result in a paper published this week.</p></article>`, i, h, 20-i, 20-i)
	}
	b.WriteString(`<a class="next" href="/science/?page=2">Next page</a></main></body></html>`)
	return b.String()
}

// ptThread is a forum thread: posts of one template, each with its user and time.
func ptThread() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Boiler pressure keeps dropping - Home Repair Forum</title></head><body>
<h1>Boiler pressure keeps dropping</h1>`)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, `<div class="post"><div class="username"><a href="/u/%d">member%d</a></div>
<time datetime="2024-01-0%dT10:00:00Z">Jan %d</time>
<div class="postbody"><p>Mine did the same until I bled the radiators, worth a try before calling anyone out.</p></div>
<a class="reply" href="/reply/%d">Reply</a></div>`, i, i, i, i, i)
	}
	b.WriteString(`</body></html>`)
	return b.String()
}

// TestPageTypeShapes reads a page of each kind, in markup written for the test, and
// checks the page type the fitted model gives it.
func TestPageTypeShapes(t *testing.T) {
	tests := []struct {
		name, page, url string
		want            PageType
	}{
		{"article", ptArticle, "", PageArticle},
		{"article at a dated slug", ptArticle, "https://news.example/world/2024/03/05/river-authority-warns-of-shortages", PageArticle},
		{"listing of teasers", ptListing, "", PageListing},
		{"listing of teasers at its address", ptListing, "https://news.example/world/", PageListing},
		{"section front", ptSection(), "", PageListing},
		{"section front at its address", ptSection(), "https://news.example/science/", PageListing},
		{"product", ptProduct, "", PageOther},
		{"product at a shop address", ptProduct, "https://shop.example/products/trail-runner-2", PageOther},
		{"documentation", ptDocs, "", PageOther},
		{"documentation under /docs/", ptDocs, "https://widget.example/docs/3.2/configuration", PageOther},
		{"forum thread", ptThread(), "", PageOther},
		{"forum thread at a numbered topic", ptThread(), "https://forum.example/t/boiler-pressure-keeps-dropping/48213", PageOther},
		{"service page", ptService, "", PageOther},
		{"service page under /services/", ptService, "https://northwind.example/services/data-analytics/", PageOther},
		{"collection", ptCollection, "", PageListing},
		{"collection under /collections/", ptCollection, "https://shop.example/collections/womens-boots", PageListing},
	}
	for _, tt := range tests {
		a, err := ParseHTML(strings.NewReader(tt.page), WithURL(tt.url))
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.want, a.PageType, tt.name)
	}
}

func TestQuotesSomeone(t *testing.T) {
	for s, want := range map[string]bool{
		`“We are planning for the worst,” the chief executive said.`:    true,
		`"It was the best season we have had," said the coach.`:         true,
		`Le maire a déclaré : « Nous ne céderons pas sur ce point ».`:   true,
		`„Das war knapp, aber wir haben es geschafft“, sagte sie.`:      true,
		`The so-called “smart” meters were fitted last year.`:           false,
		`A quote that opens “and never closes, spanning the paragraph.`: false,
		`No quotation here at all.`:                                     false,
	} {
		assert.Equal(t, want, quotesSomeone(s), s)
	}
}

func TestReadWords(t *testing.T) {
	tests := []struct {
		in                    string
		words, we, you, years int
	}{
		{"We help you decide what to measure.", 7, 1, 1, 0},
		{"Our team, your goals: call us today!", 7, 2, 1, 0},
		{"The council said its budget would rise.", 7, 0, 0, 0},
		{"Yours, ourselves and usual words are not counted.", 8, 0, 0, 0},
		{"The mill closed in 1987 and reopened (in 2004).", 9, 0, 0, 2},
		{"Call 2045 or 12000; the 1800s and 3019 are no years.", 11, 0, 0, 1},
		{"", 0, 0, 0, 0},
		// Quotes and brackets around a word; "US" and "WE" in capitals count too.
		{"«We» said: “YOU” (us), ¿your? …ours… 2019—", 7, 3, 2, 1},
		// Letters that only look like the words: a long s, a Cyrillic "о".
		{"uſ оur", 2, 0, 0, 0},
		// Words split at any white space strings.Fields splits at, an invalid byte
		// being none; each invalid byte is one rune.
		{"we\u00a0you\u2003us\u30002019\u0085our\tyour\n", 6, 3, 2, 1},
		{"\xffwe\xfe we \xff", 3, 2, 0, 0},
	}
	for _, tt := range tests {
		runes, c := readWords(tt.in)
		assert.Equal(t, [4]int{tt.words, tt.we, tt.you, tt.years}, [4]int{c.words, c.we, c.you, c.years}, tt.in)
		assert.Equal(t, utf8.RuneCountInString(tt.in), runes, tt.in)
		assert.Equal(t, len(strings.Fields(tt.in)), c.words, tt.in)
	}
}

// TestTrimToWord holds trimToWord equal to strings.TrimFunc on letters and digits,
// invalid bytes and marks included.
func TestTrimToWord(t *testing.T) {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for _, s := range []string{"", "word", "(we)", "“You”", "...", "«»", "\xffus\xfe", "2024.", "é!", "!é", "١٢٣", "a\u0301", "\u0301a", "—", "x"} {
		assert.Equal(t, strings.TrimFunc(s, notWord), trimToWord(s), "%q", s)
	}
}

func TestProseWidth(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Plain words.", 12},
		{"Café au lait.", 13},
		{"市立図書館は来月から", 20},
		{"図書館 (Library)", 16},
		{"", 0},
		// Curly quotes, Hangul Jamo (U+1100, the first counted), and invalid bytes
		// before a CJK character.
		{"“Quoted” — ᄀ", 13},
		{"\xc2一\xe4二", 6},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, proseWidth(tt.in, utf8.RuneCountInString(tt.in)), tt.in)
	}
}

func TestLinkHost(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.example.com/a/b?c#d", "www.example.com"},
		{"HTTP://example.com", "example.com"},
		{"http://user:pw@example.com:8080/x", "example.com"},
		{"https://[::1]/x", "[::1]"},
		{"ftp://example.com/x", ""},
		{"/relative/path", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, linkHost(tt.in), tt.in)
	}
}

func TestSameSite(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"www.example.com", "example.com", true},
		{"news.example.com", "www.example.com", true},
		{"Example.COM", "example.com", true},
		{"example.org", "example.com", false},
		{"notexample.com", "example.com", false},
		{"example.com", "example.com:8080", true},
		{"", "example.com", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameSite(tt.a, tt.b), tt.a+" "+tt.b)
	}
}

func TestSiblingLinks(t *testing.T) {
	page, err := url.Parse("https://widget.example/docs/guide/install")
	require.NoError(t, err)
	links := func(hrefs ...string) []hLink {
		out := make([]hLink, len(hrefs))
		for i, h := range hrefs {
			out[i] = hLink{href: h}
		}
		return out
	}
	tests := []struct {
		name string
		in   []hLink
		want int
	}{
		{"root-relative siblings, each counted once", links("/docs/guide/config", "/docs/guide/config#port", "/docs/guide/deploy/"), 2},
		{"absolute on the same site", links("https://widget.example/docs/guide/upgrade"), 1},
		{"relative in the directory", links("config", "./deploy", "../api/index"), 2},
		{"the page itself and its parent are not siblings", links("/docs/guide/install", "/docs/guide/", "/docs/"), 0},
		{"another site or another directory", links("https://other.example/docs/guide/config", "/blog/post", "//cdn.example/x"), 0},
		{"an address with a scheme of its own is no page", links("tel:+15550100", "sms:5550100", "data:text/plain,hi", "urn:isbn:0451450523"), 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, siblingLinks(tt.in, page), tt.name)
	}
	root, err := url.Parse("https://widget.example/install")
	require.NoError(t, err)
	assert.Zero(t, siblingLinks(links("/config", "deploy"), root), "a page at the root has no directory")
}

// pageEvidenceOf parses a page as ParseHTML does and returns its page-type evidence.
func pageEvidenceOf(t *testing.T, page, addr string) pageEvidence {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	_, e, err := articleAndEvidence(doc, strings.Count(page, "<"), config{maxBytes: DefaultMaxBytes, url: addr, noFigures: true})
	require.NoError(t, err)
	return e
}

// ptManual is a page of a manual: a contents list of the pages beside it in its
// directory, the previous and next page marked as such, code between the prose.
const ptManual = `<html><head><title>Install - Widget Guide</title>
<link rel="prev" href="/guide/intro"><link rel="next" href="/guide/config"></head><body>
<nav class="sidebar"><ul><li><a href="/guide/intro">Introduction</a></li><li><a href="/guide/install">Install</a></li>
<li><a href="/guide/config">Configuration</a></li><li><a href="/guide/deploy">Deploying</a></li>
<li><a href="/guide/upgrade">Upgrading</a></li><li><a href="/guide/faq">Questions</a></li></ul></nav>
<main><h1>Install</h1>
<p>Widget runs on any system with a recent C compiler, and the installer checks for one before it starts; it then builds the library and the command in the current directory.</p>
<pre><code>./install.sh --prefix=/usr/local</code></pre>
<p>The installer writes a configuration file with the defaults, which the next page of this guide describes option by option, with the values most sites change.</p>
<a rel="prev" href="/guide/intro">Introduction</a> <a rel="next" href="/guide/config">Configuration</a>
</main></body></html>`

func TestPageEvidenceShape(t *testing.T) {
	svc := pageEvidenceOf(t, ptService, "https://northwind.example/services/data-analytics/")
	assert.Equal(t, svc.headings, svc.shortSections, "every section of the service page is a short blurb")
	assert.Positive(t, svc.we+svc.you, "the service page speaks as we, to you")

	art := pageEvidenceOf(t, ptArticle, "https://news.example/world/2024/03/05/river-shortages")
	assert.Zero(t, art.shortSections, "the article has no short sections")
	assert.Equal(t, [2]int{1, 0}, [2]int{art.we, art.you}, "the report speaks of others: its one we is quoted")
	assert.Equal(t, 1, art.quoted, "the report quotes the chief executive")
	assert.Zero(t, art.siblings+art.counts.pager)

	man := pageEvidenceOf(t, ptManual, "https://widget.example/guide/install")
	assert.Equal(t, 4, man.counts.pager, "two links in the head and two in the body point to the previous and next page")
	assert.Equal(t, 5, man.siblings, "the contents list the other pages of the guide")
}

// TestIsYear: a dated address and a report's years are 1900 to 2099 written out,
// and nothing else of four characters.
func TestIsYear(t *testing.T) {
	for s, want := range map[string]bool{"1900": true, "1999": true, "2024": true, "2099": true,
		"1899": false, "2100": false, "20a4": false, "199": false, "19999": false, "": false} {
		assert.Equal(t, want, isYear(s), "%q", s)
	}
}
