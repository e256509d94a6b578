package htmldom

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// blockSpaceCases are pages whose white space between block tags Strip cuts,
// or must keep: in, then what Strip leaves.
var blockSpaceCases = []struct{ in, want string }{
	// Lists, nested blocks, tables: the indentation between block tags goes.
	{"<ul>\n  <li>a</li>\n  <li>b <b>c</b></li>\n</ul>\n<p>d</p>", "<ul><li>a</li><li>b <b>c</b></li></ul><p>d</p>"},
	{"<div>\n <div>\n  <p>a</p>\n </div>\n <hr>\n <p>b\n <p>c\n</div>", "<div><div><p>a</p></div><hr><p>b\n <p>c\n</div>"},
	{"<table>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n<tr>\n<td>c\n<td>d\n</table>\n<p>e</p>",
		"<table><tr><td>a</td><td>b</td></tr><tr><td>c\n<td>d\n</table><p>e</p>"},
	{"<dl>\n<dt>a\n<dd>b\n</dl>\n<ol>\n<li>c\n<li>d\n</ol>", "<dl><dt>a\n<dd>b\n</dl><ol><li>c\n<li>d\n</ol>"},
	// <html>, <body> and the head keep theirs.
	{"<html>\n<head>\n<title>t</title>\n</head>\n<body>\n<div>\n<p>a</p>\n</div>\n</body>\n</html>",
		"<html>\n<head>\n<title>t</title>\n</head>\n<body>\n<div><p>a</p></div>\n</body>\n</html>"},
	// A formatting element closed implicitly would be reconstructed by the white
	// space: misnested, unclosed before </p>, a nested <a>. From there on the
	// model stops.
	{"<div><b><p>x</b></p>\n<div>y</div></div>\n<p>z</p>", "<div><b><p>x</b></p>\n<div>y</div></div>\n<p>z</p>"},
	{"<p><b>x</p>\n<div>y</div>", "<p><b>x</p>\n<div>y</div>"},
	{"<div><a href=1>x\n<a href=2>y</a></div>\n<div>z</div>", "<div><a href=1>x\n<a href=2>y</a></div>\n<div>z</div>"},
	{"<div><span>x</div>\n<div>y</div>", "<div><span>x</div>\n<div>y</div>"},
	// Inside a formatting element none goes, since a misnested tag later may
	// move the blocks' children into a copy of it.
	{"<a href=1><div>\n<div>x</div>\n</div><a href=2>", "<a href=1><div>\n<div>x</div>\n</div><a href=2>"},
	// Nor before a <table>, where content the table modes move out goes.
	{"<div>\n<table><tr><td>a</td></tr></table>\n</div>", "<div>\n<table><tr><td>a</td></tr></table></div>"},
	// Inside <pre> the text is read as written; after it the cut resumes.
	{"<pre>\n<div>\n</div>\n</pre>\n<div>a</div>", "<pre>\n<div>\n</div>\n</pre><div>a</div>"},
	// Between two blocks the walker may skip, the space separates the text
	// around them; a reader that joins a link's or a cell's text sees it too.
	{"<div>x<div hidden></div>\n<div hidden></div>y</div>", "<div>x<div hidden></div>\n<div hidden></div>y</div>"},
	{"<a rel=author href=/a><div>Ann</div>\n<div>Lee</div></a>", "<a rel=author href=/a><div>Ann</div>\n<div>Lee</div></a>"},
	{"<table><tr><td><p>a</p>\n<p>b</p></td></tr></table>", "<table><tr><td><p>a</p>\n<p>b</p></td></tr></table>"},
	// CR and form feeds are not indentation; a comment between is no block.
	{"<div>\r\n<p>a</p></div>", "<div>\r\n<p>a</p></div>"},
	{"<div></div>\n<!-- c -->\n<div></div>", "<div></div>\n\n<div></div>"},
	// In a table, only table structure is followed.
	{"<table>\n<div>a</div>\n<tr><td>b</td></tr></table>", "<table>\n<div>a</div>\n<tr><td>b</td></tr></table>"},
}

// TestStripBlockSpace checks what Strip cuts between block tags, and that the
// tree keeps everything else.
func TestStripBlockSpace(t *testing.T) {
	for _, c := range blockSpaceCases {
		require.Equal(t, c.want, string(Strip([]byte(c.in))), c.in)
		requireSameTree(t, []byte(c.in))
	}
}

// wcxbHTML is where the WCXB benchmark's pages are, when the corpus is present.
const wcxbHTML = "../../../shared/corpus/wcxb/dev/html"

// spaceCount counts a tree's nodes: elements, text nodes, those of white space
// alone, and those of them between two blocks (blockSpace), which Strip may cut.
type spaceCount struct{ elems, texts, space, between int }

func countSpace(n *html.Node, c *spaceCount, depth int) {
	if depth > 600 {
		return
	}
	switch n.Type {
	case html.ElementNode:
		c.elems++
	case html.TextNode:
		c.texts++
		if allHTMLSpace([]byte(n.Data)) {
			c.space++
		}
		if blockSpace(n) {
			c.between++
		}
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		countSpace(k, c, depth+1)
	}
}

// TestEvalStripBlockSpace measures, on the benchmark pages, how many of the
// white-space text nodes between two blocks Strip cuts, and requires most of them
// gone on the Zyte pages: the model of the open elements gives up at the first
// construct it does not follow, and a change that made it give up early on common
// markup would show here. It is an evaluation: CI runs it once, not again under
// the race detector, where parsing every page twice takes minutes.
func TestEvalStripBlockSpace(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, set := range []struct {
		name, dir string
		min       float64
	}{{"zyte", zyteHTML, 0.6}, {"wcxb", wcxbHTML, 0.4}} {
		files, err := filepath.Glob(filepath.Join(set.dir, "*.html.gz"))
		require.NoError(t, err)
		if len(files) == 0 {
			t.Logf("corpus %s absent", set.dir)
			continue
		}
		var before, after spaceCount
		for _, f := range files {
			page := gunzip(t, f)
			doc, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				continue
			}
			stripped, err := html.Parse(bytes.NewReader(Strip(page)))
			require.NoError(t, err)
			countSpace(doc, &before, 0)
			countSpace(stripped, &after, 0)
		}
		cut := float64(before.between-after.between) / float64(before.between)
		t.Logf("%s, %d pages: elements %d -> %d, text nodes %d -> %d, white space %d -> %d, between blocks %d -> %d (%.0f%% cut)",
			set.name, len(files), before.elems, after.elems, before.texts, after.texts,
			before.space, after.space, before.between, after.between, 100*cut)
		require.GreaterOrEqual(t, cut, set.min, set.name)
	}
}

// TestSameName: tag names match as x/net lowers them, ASCII letters only.
func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"x-card", "X-Card", true},
		{"x-k", "x-\u212a", false}, // the Kelvin sign folds to k in Unicode only
		{"x-a", "x-ab", false},
		{"", "", true},
	} {
		require.Equal(t, c.same, sameName([]byte(c.a), []byte(c.b)), "%q %q", c.a, c.b)
	}
	// An end tag that names an open element only in Unicode's folding is
	// ignored, by x/net and the model alike.
	in := "<div><x-k>\n<div>a</div>\n</x-\u212a>\n<div>b</div></div>"
	requireSameTree(t, []byte(in))
	require.Contains(t, string(Strip([]byte(in))), "</x-\u212a>\n<div>")
}
