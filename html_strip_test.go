package newsparse

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stripCases are the constructs that decide where x/net's tokenizer starts and ends
// raw text, each next to a script or style that must or must not be cut.
var stripCases = []string{
	`<p>a<script>var x = "</p>";</script>b<style>p{}</style>c`,
	`<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>1</script>`,
	`<script type="application/LD&#43;json">{"a":1}</script>`,
	`<SCRIPT>x</SCRIPT ><Style>y</sTyle/><p>z`,
	`<script>a</scripty>b</script>c<p>d`,
	`<script><!-- <script> </script> x </script> y</script><p>after`,
	`<script><!--<script>--></script><p>after`,
	`<script><!-- a -- > </script><p>after`,
	`<script><!--- -->x</script><p>after`,
	`<script><!--<scripta</script><p>after`,
	`<script><!--<SCRIPT/x</script>--></script><p>after`,
	`<script><!--<script></script --></script><p>after`,
	`<script>unterminated`, `<script`, `<script type="a`, `<style>a</styl`, `<script><!--<script>`,
	`<!-- <script> --><p>a<script>b</script>`, `<!--><script>a</script>`, `<!---><script>a</script>`,
	`<!-- a --!><script>b</script>`, `<!-- a --!-><script>b</script>--><script>c</script>`,
	`<!-- a -!><script>b</script>--><p>c`, `<!-- unterminated <script>x</script>`, `<!--`, `<!-`, `<!`,
	`<!DOCTYPE html><script>a</script>`, `<!DOC><script>a</script>`, `<!doctype`, `<?xml version="1.0"?><script>a</script>`,
	`<![CDATA[<script>]]>x</script><p>y`, `</ p><script>a</script>`, `</><script>a</script>`, `</`, `<`,
	`<a title="<script>">x</a><script>y</script>`, `<a title='>'<script>x</script>`, `<a b=c>d<script>e</script>`,
	`<a =b c>d<script>e</script>`, `<div data-x="1"id=b class = c data-y data-z= >x</div>`,
	`<div x="0"data-a="1"b='2'/data-c=3 CLASS=u>x</div><img data-v=/ src=a.jpg/>`,
	`<p data-a=1><b data-b=2>x<p data-c=3>y</b>z`, `<a href=x class=c data-a=1>x<a href=y rel=author>y</a>`,
	`<b x=1><b x=1><b x=1><b x=2><b x=1><p>z`, `<a x=1><a x=2><a x=1><a x=3><p>z</a>`,
	`<div content=x src=y alt=z><span itemprop=datePublished content=2024-01-02 href=u>d</span></div>`,
	`<img src=a.jpg srcset="b.jpg 2x" data-src=c width=10 name=n><image src=i.jpg alt=a><amp-img src=x.jpg></amp-img>`,
	`<meta name=author content=A property=p><link rel=canonical href=/u type=t><base href=/b target=_x>`,
	`<svg viewBox="0 0 1 1" class=i><path d="M0" fill=red/><g id=g><use xlink:href="#a"/></g></svg>x`,
	`<svg/0>0`, `<iframe a="1"/b>x</iframe>y`, `<p a=1 a=/>x<svg a=1 a=/>y</svg>`, `<script/><!--x</script>`, `<svg a="1"/b>x</svg>y<svg><g/c d=e>f</g></svg>`, `<svg width=1/><p>x</p><math display=block><mrow id=r></mrow></math>`, `<input data-a type=hidden><table><input data-x type=hidden></table>`, `<a/b/c><script>d</script>`, `<div a=/><script>x</script>`,
	`<title><script>a</script></title><script>b</script>`, `<textarea><style>a</style></textarea><style>b</style>`,
	`<noscript><script>a</script></noscript><script>b</script>`, `<xmp><script></xmp><script>x</script>`,
	`<iframe><script></iframe x><script>y</script>`, `<noembed><style></noembed><style>z</style>`,
	`<plaintext><script>a</script>`, `<frameset><script>a</script></frameset>`,
	`<svg><script>if (a<b) x()</script></svg><script>y</script>`,
	`<svg><style>.a{}</style><path d="M0 0"/><g><circle/></g></svg><script>x</script><p>y`,
	`<svg><title>Icon</title><desc>d</desc><path/></svg><script>x</script>`,
	`<svg><title><b>x</b></title></svg><script>y</script>`,
	`<svg><p>breaks out<script>x</script>`, `<svg><font color=red>x</font></svg><script>y</script>`,
	`<svg><foreignObject><div><script>x</script></div></foreignObject></svg><script>y</script>`,
	`<svg><![CDATA[<script>]]></svg><script>x</script>`, `<svg><g></svg></g><script>x</script>`,
	`<svg/><script>x</script>`, `<svg a=/><script>x</script></svg><script>y</script>`,
	`<svg><svg><math></math></svg></svg><script>x</script>`, `<math><mi>x</mi><mrow></mrow></math><script>x</script>`,
	`<svg><!-- c --><path/></svg><!-- d --><script>x</script>`,
	`<table><script>a</script><tr><td><style>b</style>x</table><script>c</script>`,
	`<select><script>a</script><style>b</style><option>c</select><script>d</script>`,
	`<template><script>a</script><svg><style>b</style></svg></template><script>c</script>`,
	`<a rel=author href=/x>Name<noscript>N</noscript></a><script>x</script>`,
	`<head><script>a</script><noscript><link rel=x></noscript><style>s</style></head><body><p>t`,
	`</html><script>a</script>`, `<body></body></html><style>x</style><p>y`,
	"<script>\r\n</script\f><style>\t</style\n>",
}

func TestStripUnreadKeepsTree(t *testing.T) {
	for _, c := range stripCases {
		requireSameTree(t, []byte(c))
		requireSameFlat(t, []byte(c))
	}
	files, err := filepath.Glob("testdata/html/*.html")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		requireSameTree(t, b)
		requireSameFlat(t, b)
	}
}

// TestStripUnreadCorpus checks the benchmark pages whole and cut short at many
// points, so that every construct is also met at the end of the input.
func TestStripUnreadCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for i, p := range loadZyte(t) {
		requireSameTree(t, p.html)
		if i%10 == 0 {
			requireSameFlat(t, p.html)
		}
		for k := 1; k < 8; k++ {
			requireSameTree(t, p.html[:len(p.html)*k/8])
		}
	}
}

func TestStripUnreadCuts(t *testing.T) {
	in := `<p>a</p><script>long script</script><style>p{}</style><!-- note --><script type="application/ld+json">{}</script>`
	require.Equal(t, `<p>a</p><script></script><style></style><!----><script type="application/ld+json">{}</script>`,
		string(stripUnread([]byte(in))))
	// Attributes stay, read or not.
	in = `<div data-a="1" class=c data-b=2><img src=a.jpg loading=lazy data-x=y></div>`
	require.Equal(t, in, string(stripUnread([]byte(in))))
	// The page is cut in place.
	plain := []byte(`<p>plain</p><script>x</script>`)
	require.Same(t, &plain[0], &stripUnread(plain)[0])
	frameset := []byte(`<script>a</script><frameset><script>b</script></frameset>`)
	require.Equal(t, `<script></script><frameset><script>b</script></frameset>`, string(stripUnread(frameset)))
	selfClosing := []byte(`<script/>a</script><style/>b</style>`)
	require.Equal(t, string(selfClosing), string(stripUnread(bytes.Clone(selfClosing))))
}

// TestStripUnreadLinear feeds the scanner the inputs that could make it revisit
// bytes; each must finish in about the time of one pass.
func TestStripUnreadLinear(t *testing.T) {
	for _, in := range []string{
		"<svg>" + strings.Repeat("<g>", 1<<18),
		"<script><!--" + strings.Repeat("<script>--<</script", 1<<16),
		strings.Repeat("<!--", 1<<18), strings.Repeat("<a b='", 1<<18), strings.Repeat("</scrip<", 1<<18),
		"<style>" + strings.Repeat("</style", 1<<18),
	} {
		out := stripUnread([]byte(in))
		require.LessOrEqual(t, len(out), len(in))
		requireSameTree(t, []byte(in))
	}
}

func FuzzStripUnread(f *testing.F) {
	for _, c := range stripCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		requireSameTree(t, in)
		requireSameFlat(t, in)
	})
}

// requireSameTree parses page as it is and as stripUnread leaves it, and requires
// the same trees, save for the text of cut scripts and styles and of comments.
func requireSameTree(t *testing.T, page []byte) {
	t.Helper()
	stripped := stripUnread(bytes.Clone(page))
	want, errWant := html.Parse(bytes.NewReader(page))
	got, errGot := html.Parse(bytes.NewReader(stripped))
	require.Equal(t, errWant, errGot)
	if errWant != nil {
		return
	}
	if diff := treeDiff(want, got, "", 0); diff != "" {
		t.Fatalf("%s\npage: %.300q", diff, page)
	}
}

// requireSameFlat requires the flat reader, which takes over from the tree when
// the page nests too deep, to read page and what stripUnread leaves of it alike.
func requireSameFlat(t *testing.T, page []byte) {
	t.Helper()
	cfg := newConfig(nil)
	want, errWant := parseFlat(string(page), decoded{}, cfg)
	got, errGot := parseFlat(string(stripUnread(bytes.Clone(page))), decoded{}, cfg)
	require.Equal(t, errWant, errGot, "page: %.300q", page)
	require.Equal(t, want, got, "page: %.300q", page)
}

func treeDiff(a, b *html.Node, path string, depth int) string {
	path += "/" + a.Data
	attrsA, attrsB := a.Attr, b.Attr
	if a.Type != b.Type || a.Data != b.Data && a.Type != html.CommentNode || a.DataAtom != b.DataAtom ||
		a.Namespace != b.Namespace || fmt.Sprint(attrsA) != fmt.Sprint(attrsB) {
		return fmt.Sprintf("%s: %v %q %q differs from %v %q %q", path, a.Type, a.Data, a.Namespace, b.Type, b.Data, b.Namespace)
	}
	if b.Type == html.CommentNode && b.Data != a.Data && b.Data != "" {
		return fmt.Sprintf("%s: comment %q became %q", path, a.Data, b.Data)
	}
	if a.Type == html.ElementNode && a.Namespace == "" && b.FirstChild == nil && a.FirstChild != nil &&
		a.FirstChild == a.LastChild && a.FirstChild.Type == html.TextNode {
		switch {
		case a.DataAtom == atom.Style:
			return ""
		case a.DataAtom == atom.Script && !strings.Contains(strings.ToLower(attr(a, "type")), "ld+json"):
			return ""
		}
	}
	if depth > 600 {
		return ""
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if d := treeDiff(ca, cb, path, depth+1); d != "" {
			return d
		}
	}
	if ca != nil || cb != nil {
		return fmt.Sprintf("%s: children differ", path)
	}
	return ""
}

// stripTokenizerVersion is the golang.org/x/net version whose tokenizer stripUnread
// mirrors. The strip equivalence tests above (TestStripUnreadKeepsTree, the corpus and
// fuzz targets) were run against it.
const stripTokenizerVersion = "v0.62.0"

// TestStripTokenizerVersion fails when go.mod moves golang.org/x/net: stripUnread
// copies the tokenizer's rules for where raw text and tags begin, and a new version
// may change them. Rerun the strip equivalence tests (with the corpus present and the
// fuzz target for a while), check the tokenizer's diff, then update the version here
// and in stripUnread's comment.
func TestStripTokenizerVersion(t *testing.T) {
	mod, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	version := ""
	for line := range strings.SplitSeq(string(mod), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "golang.org/x/net" {
			version = f[1]
		}
	}
	require.Equal(t, stripTokenizerVersion, version,
		"golang.org/x/net changed: recheck stripUnread against the new tokenizer, then update stripTokenizerVersion")
}
