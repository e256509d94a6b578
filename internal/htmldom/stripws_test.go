package htmldom

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

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

// TestStripBlockSpaceShare measures, on the benchmark pages, how many of the
// white-space text nodes between two blocks Strip cuts, and requires most of
// them gone on the Zyte pages: the model of the open elements gives up at the
// first construct it does not follow, and a change that made it give up early
// on common markup would show here.
func TestStripBlockSpaceShare(t *testing.T) {
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
