package newsparse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, countPrices(tt.in), tt.in)
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
)

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
		name, page string
		want       PageType
	}{
		{"article", ptArticle, PageArticle},
		{"listing of teasers", ptListing, PageListing},
		{"product", ptProduct, PageOther},
		{"documentation", ptDocs, PageOther},
		{"forum thread", ptThread(), PageOther},
	}
	for _, tt := range tests {
		a, err := ParseHTML(strings.NewReader(tt.page))
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.want, a.PageType, tt.name)
	}
}
