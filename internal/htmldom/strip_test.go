package htmldom

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stripCases are the constructs that decide where x/net's tokenizer starts and ends
// raw text, each next to a script or style that must or must not be cut. They are
// data, so that the root package's test of its flat reader reads the same cases.
func stripCases(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile("testdata/strip-cases.json")
	require.NoError(tb, err)
	var cases []string
	require.NoError(tb, json.Unmarshal(b, &cases))
	require.NotEmpty(tb, cases)
	return cases
}

func TestStripKeepsTree(t *testing.T) {
	for _, c := range stripCases(t) {
		requireSameTree(t, []byte(c))
	}
	// The root package's HTML fixtures: pages in the styles the library reads.
	files, err := filepath.Glob("../../testdata/html/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		requireSameTree(t, b)
	}
}

// zyteHTML is where the Zyte benchmark's pages are, when the corpus is present.
const zyteHTML = "../../../shared/corpus/zyte/html"

// TestStripCorpus checks the benchmark pages whole and cut short at many points, so
// that every construct is also met at the end of the input.
func TestStripCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	files, err := filepath.Glob(filepath.Join(zyteHTML, "*.html.gz"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skipf("corpus %s absent", zyteHTML)
	}
	for _, f := range files {
		page := gunzip(t, f)
		requireSameTree(t, page)
		for k := 1; k < 8; k++ {
			requireSameTree(t, page[:len(page)*k/8])
		}
	}
}

func gunzip(tb testing.TB, name string) []byte {
	tb.Helper()
	f, err := os.Open(name)
	require.NoError(tb, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(tb, err)
	b, err := io.ReadAll(zr)
	require.NoError(tb, err)
	return b
}

func TestStripCuts(t *testing.T) {
	in := `<p>a</p><script>long script</script><style>p{}</style><!-- note --><script type="application/ld+json">{}</script>`
	require.Equal(t, `<p>a</p><style></style><script type="application/ld+json">{}</script>`,
		string(Strip([]byte(in))))
	// Scripts and comments go whole between white space; where their removal
	// would join text, drop a <pre>'s leading newline, or change what the tree
	// builder implies, only their content goes.
	for _, c := range []struct{ in, want string }{
		{"<p>a</p>\n <script src=x.js></script>\n<!-- c -->\n<p>b", "<p>a</p>\n\n\n<p>b"},
		{"<p>a <script>x</script> b <!-- c --> d</p>", "<p>a <script></script> b <!----> d</p>"},
		{"<p>a</p>\r\n<script>x</script>\n<p>b</p>", "<p>a</p>\r\n<script></script>\n<p>b</p>"},
		{"<p>a</p><pre><script>x</script>\nb</pre>", "<p>a</p><pre><script></script>\nb</pre>"},
		{"<script>x</script><head class=h>", "<script></script><head class=h>"},
		{"<table><col><script>x</script><col></table>", "<table><col><script></script><col></table>"},
		{"<p>a</p><script>x</script></>", "<p>a</p><script></script></>"},
	} {
		require.Equal(t, c.want, string(Strip([]byte(c.in))), c.in)
	}
	// White space between constructs keeps its line breaks, or one space; but
	// where it may be a <pre>'s first child, in foreign content, and with CR or
	// form feeds, which x/net's tokenizer reads otherwise.
	for _, c := range []struct{ in, want string }{
		{"<span>\n\t\t<a>a</a>  \n\n    <q>b <b>c</b> \t <i>d</i></q>\n</span>", "<span>\n<a>a</a>\n\n<q>b <b>c</b> <i>d</i></q>\n</span>"},
		{"<pre>\n  <b>a</b>\n  <b>b</b></pre>", "<pre>\n  <b>a</b>\n<b>b</b></pre>"},
		{"<p>a</p>\r\n  <p>b</p> \f <p>c</p><svg>\n  <path/></svg>", "<p>a</p>\r\n  <p>b</p> \f <p>c</p><svg></svg>"},
	} {
		require.Equal(t, c.want, string(Strip([]byte(c.in))), c.in)
	}
	// Attributes stay, read or not.
	in = `<div data-a="1" class=c data-b=2><img src=a.jpg loading=lazy data-x=y></div>`
	require.Equal(t, in, string(Strip([]byte(in))))
	// The page is cut in place.
	plain := []byte(`<p>plain</p><script>x</script>`)
	require.Same(t, &plain[0], &Strip(plain)[0])
	frameset := []byte(`<script>a</script><frameset><script>b</script></frameset>`)
	require.Equal(t, `<script></script><frameset><script>b</script></frameset>`, string(Strip(frameset)))
	// The content of <svg> and <math> goes once they close as plainly nested.
	in = `<p>a</p><svg viewBox="0 0 9 9"><title>Share</title><path d="M0 0"/><g><use href="#i"/></g></svg><math><mrow></mrow></math>`
	require.Equal(t, `<p>a</p><svg viewBox="0 0 9 9"></svg><math></math>`, string(Strip([]byte(in))))
	// Text in it, before any other, ends frameset-ok: the cut waits for text after
	// it or the page's end, and cannot be made when a <frameset> comes first.
	require.Equal(t, `<svg></svg><p>a</p>`, string(Strip([]byte(`<svg><title>Logo</title></svg><script>x</script><p>a</p>`))))
	for _, keep := range []string{
		`<svg><title>Logo</title></svg><frameset></frameset>`,
		`<svg><title>Logo</title></svg>&#32;<frameset></frameset>`,
		// The tree builder ignores or moves foreign tags in these.
		`<p>a</p><select><svg><path/></svg></select>`,
		`<p>a</p><template><svg><path/></svg></template>`,
		// Raw text to the flat reader: the scanner stops.
		`<p>a</p><svg><textarea></textarea></svg><script>x</script><p>b`,
		`<p>a</p><svg><g></svg>`,
	} {
		require.Equal(t, keep, string(Strip([]byte(keep))), keep)
	}
	require.Equal(t, `<svg></svg><p>a</p>`, string(Strip([]byte("<svg>\n<path/>\n</svg><p>a</p>"))))
	require.Equal(t, `<p>a</p><select></select><svg></svg>`, string(Strip([]byte(`<p>a</p><select></select><svg><path/></svg>`))))
	selfClosing := []byte(`<script/>a</script><style/>b</style>`)
	require.Equal(t, string(selfClosing), string(Strip(bytes.Clone(selfClosing))))
}

// TestStripLinear feeds the scanner the inputs that could make it revisit
// bytes; each must finish in about the time of one pass.
func TestStripLinear(t *testing.T) {
	for _, in := range []string{
		"<svg>" + strings.Repeat("<g>", 1<<18),
		"<script><!--" + strings.Repeat("<script>--<</script", 1<<16),
		strings.Repeat("<!--", 1<<18), strings.Repeat("<a b='", 1<<18), strings.Repeat("</scrip<", 1<<18),
		"<style>" + strings.Repeat("</style", 1<<18),
	} {
		out := Strip([]byte(in))
		require.LessOrEqual(t, len(out), len(in))
		requireSameTree(t, []byte(in))
	}
}

func FuzzStrip(f *testing.F) {
	for _, c := range stripCases(f) {
		f.Add([]byte(c))
	}
	for _, c := range blockSpaceCases {
		f.Add([]byte(c.in))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		requireSameTree(t, in)
	})
}

// requireSameTree parses page as it is and as Strip leaves it, and requires
// the same trees, save for the text of cut scripts and styles, the content of
// <svg> and <math> elements, and scripts and comments (dropUnread).
func requireSameTree(t *testing.T, page []byte) {
	t.Helper()
	stripped := Strip(bytes.Clone(page))
	want, errWant := html.Parse(bytes.NewReader(page))
	got, errGot := html.Parse(bytes.NewReader(stripped))
	require.Equal(t, errWant, errGot)
	if errWant != nil {
		return
	}
	dropUnread(want, 0)
	dropUnread(got, 0)
	if diff := treeDiff(want, got, "", 0); diff != "" {
		t.Fatalf("%s\npage: %.300q", diff, page)
	}
}

// dropUnread removes from the tree the comments, the scripts other than JSON-LD
// and the <link> elements that name no LinkRel, which Strip may remove whole, and
// joins the text nodes that then meet, as the tree builder joins adjacent text.
func dropUnread(n *html.Node, depth int) {
	if depth > 600 {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode,
			c.Type == html.ElementNode && c.Namespace == "" && c.DataAtom == atom.Script &&
				!strings.Contains(strings.ToLower(typeAttr(c)), "ld+json"),
			c.Type == html.ElementNode && c.Namespace == "" && c.DataAtom == atom.Link && !namesLinkRel(c):
			n.RemoveChild(c)
		case c.Type == html.TextNode && c.PrevSibling != nil && c.PrevSibling.Type == html.TextNode:
			c.PrevSibling.Data = shrunkSpace(c.PrevSibling.Data + c.Data)
			n.RemoveChild(c)
		case c.Type == html.TextNode:
			c.Data = shrunkSpace(c.Data)
		default:
			dropUnread(c, depth+1)
		}
		c = next
	}
}

// namesLinkRel reports a <link> that names a read rel in any attribute.
func namesLinkRel(n *html.Node) bool {
	for _, a := range n.Attr {
		for r := range numLinkRels {
			if strings.Contains(strings.ToLower(a.Key+"="+a.Val), r.Word()) {
				return true
			}
		}
	}
	return false
}

// shrunkSpace is text as the readers see it, and as Strip may leave it: each run of
// spaces, tabs and line breaks only its line breaks, or one space.
func shrunkSpace(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n') {
			j++
		}
		if j == i {
			b.WriteByte(s[i])
			i++
			continue
		}
		if k := strings.Count(s[i:j], "\n"); k > 0 {
			b.WriteString(strings.Repeat("\n", k))
		} else {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
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
		case a.DataAtom == atom.Script && !strings.Contains(strings.ToLower(typeAttr(a)), "ld+json"):
			return ""
		}
	}
	if a.Type == html.ElementNode && a.Namespace != "" && b.FirstChild == nil &&
		(a.Parent == nil || a.Parent.Namespace == "") {
		return "" // the content of an <svg> or <math>
	}
	if depth > 600 {
		return ""
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ca != nil || cb != nil {
		if ca != nil && blockSpace(ca) && (cb == nil || cb.Type != html.TextNode || cb.Data != ca.Data) {
			ca = ca.NextSibling // cut between two blocks (stripws.go)
			continue
		}
		if ca == nil || cb == nil {
			return fmt.Sprintf("%s: children differ", path)
		}
		if d := treeDiff(ca, cb, path, depth+1); d != "" {
			return d
		}
		ca, cb = ca.NextSibling, cb.NextSibling
	}
	return ""
}

// blockSpace reports a text node of spaces, tabs and line feeds whose neighbours
// are blocks, or the edges of a block: Strip may cut it whole, and nothing else.
func blockSpace(n *html.Node) bool {
	if n.Type != html.TextNode || strings.Trim(n.Data, " \t\n") != "" {
		return false
	}
	edge := func(s *html.Node) bool {
		if s == nil {
			s = n.Parent
		}
		return s != nil && s.Type == html.ElementNode && s.Namespace == "" && wsBoundary(s.DataAtom)
	}
	return edge(n.PrevSibling) && edge(n.NextSibling)
}

// stripTokenizerVersion is the golang.org/x/net version whose tokenizer Strip
// mirrors. The strip equivalence tests above (TestStripKeepsTree, the corpus and fuzz
// targets, and the root package's TestStripKeepsFlat) were run against it.
const stripTokenizerVersion = "v0.62.0"

// TestStripTokenizerVersion fails when go.mod moves golang.org/x/net: Strip
// copies the tokenizer's rules for where raw text and tags begin, and a new version
// may change them. Rerun the strip equivalence tests (with the corpus present and the
// fuzz target for a while), check the tokenizer's diff, then update the version here
// and in Strip's comment.
func TestStripTokenizerVersion(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	require.NoError(t, err)
	version := ""
	for line := range strings.SplitSeq(string(mod), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "golang.org/x/net" {
			version = f[1]
		}
	}
	require.Equal(t, stripTokenizerVersion, version,
		"golang.org/x/net changed: recheck Strip against the new tokenizer, then update stripTokenizerVersion")
}

// typeAttr is the type attribute of a script element.
func typeAttr(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "type" {
			return a.Val
		}
	}
	return ""
}

// TestIndentation holds the one-pass reading of the text between two constructs:
// spaces, tabs and line feeds alone are indentation, with their line feeds counted,
// whatever the runs of spaces the word-at-a-time skip passes.
func TestIndentation(t *testing.T) {
	for _, tt := range []struct {
		in    string
		lines int
		ok    bool
	}{
		{"", 0, true},
		{" ", 0, true},
		{"\n\t\t", 1, true},
		{"\n" + strings.Repeat(" ", 20) + "\n" + strings.Repeat(" ", 9), 2, true},
		{strings.Repeat(" ", 17) + "x", 0, false},
		{"  \r\n  ", 0, false},
		{" \f", 0, false},
		{"\n\n\n", 3, true},
	} {
		lines, ok := indentation([]byte(tt.in))
		assert.Equal(t, tt.ok, ok, "%q", tt.in)
		if tt.ok {
			assert.Equal(t, tt.lines, lines, "%q", tt.in)
		}
	}
}

// TestTagAtom reads tag names in any case, and none longer than an atom spells.
func TestTagAtom(t *testing.T) {
	assert.Equal(t, atom.Script, tagAtom([]byte("SCRIPT")))
	assert.Equal(t, atom.AnnotationXml, tagAtom([]byte("Annotation-XML")))
	assert.Equal(t, atom.Atom(0), tagAtom([]byte("scripts")))
	assert.Equal(t, atom.Atom(0), tagAtom([]byte("a-custom-element-name")))
}

// TestStripLinks checks that a <link> goes whole only when it names no rel a
// reader reads and the tree cannot tell it went.
func TestStripLinks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Stylesheets, preloads and icons go; the read rels stay, in any case and
		// among other words.
		{"<head>\n<link rel=stylesheet href=a.css>\n<LINK REL=\"Canonical\" href=/a>\n<link rel=icon href=i.png/>\n</head>",
			"<head>\n\n<LINK REL=\"Canonical\" href=/a>\n\n</head>"},
		{"<head><link rel=preload href=f.woff> <link rel=\"prefetch next\" href=/2></head>", "<head> <link rel=\"prefetch next\" href=/2></head>"},
		{"<head><link rel=prev href=/1><link rel=alternate href=/feed></head>", "<head><link rel=prev href=/1></head>"},
		// Any read word in the tag keeps it, and an entity could spell one.
		{"<head><link rel=x href=/next-page><link rel=&#99;anonical href=/a></head>", "<head><link rel=x href=/next-page><link rel=&#99;anonical href=/a></head>"},
		// Before the head it would imply it; in a column group it would close it;
		// where text touches it or a <pre> could take it for its first child, its
		// going would change the text.
		{"<link rel=stylesheet href=a.css><head class=h>", "<link rel=stylesheet href=a.css><head class=h>"},
		{"<table><col><link rel=x><col></table>", "<table><col><link rel=x><col></table>"},
		{"<p>a<link rel=x>b</p>", "<p>a<link rel=x>b</p>"},
		{"<p>a</p><pre><link rel=x>\nb</pre>", "<p>a</p><pre><link rel=x>\nb</pre>"},
	} {
		require.Equal(t, c.want, string(Strip([]byte(c.in))), c.in)
		requireSameTree(t, []byte(c.in))
	}
	for r := range numLinkRels {
		assert.Equal(t, strings.ToLower(r.Word()), r.Word(), "Strip matches the words lower-case")
	}
}

// TestTagWords holds the two word finders Strip reads tags with to the plain
// definition, a case-folded substring search, at the tag's edges and where a word's
// opening byte or the '+' repeats.
func TestTagWords(t *testing.T) {
	for _, tag := range []string{
		"", "c", "canonica", "canonical", "<link rel=CANONICAL>", "<link rel=cCanonical>",
		"<link href=/a/pprev>", "<link rel=nex>", "<link rel=NeXt", "<link rel=pre v>",
		"<link href=/nnnnnext>", "<link rel=\"Prev\">", "<link rel=x href=/canon/ical>",
		"+", "ld+", "+json", "ld+json", "LD+JSON", "<script type=\"application/ld+json\">",
		"<script type=application/LD+Json>", "<script src=a+b.js type=ld++json>",
		"<script type=l+d+json>", "<script src=x+y+ld+json>", "<script type=ld+jso>",
	} {
		lower := strings.ToLower(tag)
		want := false
		for r := range numLinkRels {
			want = want || strings.Contains(lower, r.Word())
		}
		assert.Equal(t, want, namesReadRel([]byte(tag)), "namesReadRel(%q)", tag)
		assert.Equal(t, strings.Contains(lower, "ld+json"), namesLDJSON([]byte(tag)), "namesLDJSON(%q)", tag)
	}
}
