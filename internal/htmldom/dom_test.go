package htmldom

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// element parses one element of markup and returns it.
func element(t *testing.T, markup string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<body>" + markup))
	require.NoError(t, err)
	var find func(*html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data != "html" && c.Data != "head" && c.Data != "body" {
				return c
			}
			if f := find(c); f != nil {
				return f
			}
		}
		return nil
	}
	n := find(doc)
	require.NotNil(t, n, markup)
	return n
}

// TestImageSource: the address a browser running the page's scripts would show.
func TestImageSource(t *testing.T) {
	for _, c := range []struct{ markup, want string }{
		{`<img src="a.jpg">`, "a.jpg"},
		{`<img src=" a.jpg ">`, "a.jpg"},
		{`<img src="data:image/gif;base64,R0l" data-src="real.jpg">`, "real.jpg"},
		{`<img src="/img/blank.gif" data-lazy-src="real.jpg">`, "real.jpg"},
		{`<img data-original="o.jpg">`, "o.jpg"},
		{`<img srcset="s.jpg 320w, l.jpg 1024w, m.jpg 640w">`, "l.jpg"},
		{`<img src="spacer.png" data-srcset="a.jpg 1x, b.jpg 2x">`, "b.jpg"},
		{`<img srcset="lazyload.gif 2000w, x.jpg 10w">`, "x.jpg"},
		{`<img src="placeholder.svg">`, ""},
		{`<img alt="no source">`, ""},
	} {
		assert.Equal(t, c.want, ImageSource(element(t, c.markup)), c.markup)
	}
}

// TestIsPlaceholder: a placeholder's address is known by its scheme or a mark
// anywhere in it, in any case, whatever its length and characters.
func TestIsPlaceholder(t *testing.T) {
	long := "https://cdn.example.com/" + strings.Repeat("photos/", 60)
	for u, want := range map[string]bool{
		"https://cdn.example.com/2024/05/harbour.jpg": false,
		"DATA:image/gif;base64,R0lGOD":                true,
		"About:blank":                                 true,
		"/img/Blank.GIF":                              true,
		"/assets/lazy-load/x.jpg":                     true,
		"/i/1x1.png":                                  true,
		"/i/1x2.png":                                  false,
		"/i/spacer":                                   true,
		"/i/spaces.jpg":                               false,
		"/i/pixel.gi":                                 false,
		long + "harbour.jpg":                          false,
		long + "TRANSPARENT.png":                      true,
		"/фото/Placeholder.webp":                      true,
		"/i/blan\u212a.gif":                           true, // the Kelvin sign lowers to k
		"/i/\xffloading.gif":                          true,
		"https://cdn.example.com/görsel/harbour-grey.jpg": false,
	} {
		assert.Equal(t, want, isPlaceholder(u), u)
	}
}

// TestTinyImage: a declared width or height under 50 pixels marks an icon or pixel.
func TestTinyImage(t *testing.T) {
	for markup, want := range map[string]bool{
		`<img src=a width=1 height=1>`:    true,
		`<img src=a width="32px">`:        true,
		`<img src=a width=640 height=49>`: true,
		`<img src=a width=640>`:           false,
		`<img src=a width=100%>`:          false,
		`<img src=a width=0>`:             false,
		`<img src=a>`:                     false,
	} {
		assert.Equal(t, want, TinyImage(element(t, markup)), markup)
	}
}

// TestHidden: what the page hides from every reader.
func TestHidden(t *testing.T) {
	for markup, want := range map[string]bool{
		`<div hidden>x</div>`:                               true,
		`<div aria-hidden="true">x</div>`:                   true,
		`<div aria-hidden="false">x</div>`:                  false,
		`<div style="display: none">x</div>`:                true,
		`<div style="color:red;visibility :hidden">x</div>`: true,
		`<div style="visibility:hidden">x</div>`:            true,
		`<div style="overflow:hidden">x</div>`:              false,
		`<div class="hidden">x</div>`:                       false,
	} {
		assert.Equal(t, want, Hidden(element(t, markup)), markup)
	}
	// Without the style read, only the attributes hide.
	assert.False(t, HiddenBy(element(t, `<div style="display:none">x</div>`), false))
	assert.True(t, HiddenBy(element(t, `<div hidden style="display:none">x</div>`), false))
	assert.True(t, HiddenBy(element(t, `<div style="display:none">x</div>`), true))
	// aria-hidden on <body> is a modal's doing, not the page hiding itself.
	doc, err := html.Parse(strings.NewReader(`<body aria-hidden="true"><p>x`))
	require.NoError(t, err)
	body := doc.FirstChild.LastChild
	require.Equal(t, "body", body.Data)
	assert.False(t, Hidden(body))
}

// TestTextOf: the text below an element, scripts, styles, SVG and MathML aside,
// bounded in depth.
func TestTextOf(t *testing.T) {
	n := element(t, `<a href=x>Ann <b>Lee</b><script>var s</script><style>a{}</style></a>`)
	assert.Equal(t, "Ann Lee", TextOf(n))
	// An icon's title is no text of the link, and Strip cuts it.
	n = element(t, `<a href=x>Ann<svg><title>Profile</title><text>A</text></svg> Lee</a>`)
	assert.Equal(t, "Ann Lee", TextOf(n))
	deep := element(t, strings.Repeat("<span>", 400)+"deep")
	assert.Equal(t, "deep", TextOf(deep))
}

// TestClassSig: equal class lists hash alike, none hashes to 0, and no list does.
func TestClassSig(t *testing.T) {
	assert.Zero(t, ClassSig(""))
	assert.Equal(t, ClassSig("card card--wide"), ClassSig("card card--wide"))
	assert.NotEqual(t, ClassSig("card card--wide"), ClassSig("card"))
	assert.NotZero(t, ClassSig("a"))
}

// TestHiddenStyle checks the inline styles that hide an element, in the letter cases
// and spacings pages write them.
func TestHiddenStyle(t *testing.T) {
	tests := []struct {
		style string
		want  bool
	}{
		{"display:none", true},
		{"display: none", true},
		{"Display: None !important", true},
		{"color:red; VISIBILITY : HIDDEN", true},
		{"display:\tnone", true},
		{"display:block", false},
		{"visibility:visible", false},
		{"overflow:hidden", false},
		{"", false},
		{"display:no", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, hiddenStyle(tt.style), tt.style)
	}
}

// TestDialogAttr checks the attributes that declare an overlay, in any letter case.
func TestDialogAttr(t *testing.T) {
	for _, c := range []struct {
		key, val string
		want     bool
	}{
		{"role", "dialog", true}, {"role", "AlertDialog", true}, {"role", "navigation", false},
		{"aria-modal", "TRUE", true}, {"aria-modal", "false", false}, {"class", "dialog", false},
	} {
		require.Equal(t, c.want, DialogAttr(html.Attribute{Key: c.key, Val: c.val}), "%s=%s", c.key, c.val)
	}
}

// TestVisibleRunes counts what a reader sees below an element: no white space, nothing
// inside a script, style or form control.
func TestVisibleRunes(t *testing.T) {
	for _, c := range []struct {
		markup string
		want   int
	}{
		{`<div>Ab c</div>`, 3},
		{"<div> <p>Ab</p>\n\t<script>var x = 1;</script><button>Go</button></div>", 2},
		{`<div><style>p{}</style></div>`, 0},
	} {
		assert.Equal(t, c.want, VisibleRunes(element(t, c.markup)), c.markup)
	}
}

// TestHoldsBlocks tells a custom element laid out inline from one that wraps boxes.
func TestHoldsBlocks(t *testing.T) {
	for _, c := range []struct {
		markup string
		want   bool
	}{
		{`<source-link><a href="/a">1</a></source-link>`, false},
		{`<story-body><p>First.</p></story-body>`, true},
		{`<story-body><x-para>First.</x-para></story-body>`, true},
		{`<story-body>Just text</story-body>`, false},
	} {
		assert.Equal(t, c.want, HoldsBlocks(element(t, c.markup)), c.markup)
	}
}
