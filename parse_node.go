package newsparse

import (
	"fmt"

	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html"
)

// ParseNode reads a page its caller has already parsed with golang.org/x/net/html (or
// holds as a goquery Document, whose Nodes[0] is such a node), so that the page need
// not be serialised and parsed again. n is usually the document node; any element is
// accepted and read as the whole page, its <head> included when it holds one.
//
// The tree is only read, never changed. Charset options do not apply and Charset is
// left empty: the tree's text is already decoded. Nor are the segments of a streamed
// page (React's <div hidden id="S:n">) moved into their placeholders, as ParseHTML
// does in its own tree: they are read where they stand. The error is ErrEmpty (wrapped) for a nil node or a tree with
// no visible text; any other tree yields a best-effort Article, as ParseHTML gives.
func ParseNode(n *html.Node, opts ...Option) (*Article, error) {
	if n == nil {
		return nil, fmt.Errorf("%w: nil node", ErrEmpty)
	}
	cfg := newConfig(opts)
	return articleFromTree(n, countElements(n, 0), cfg)
}

// countElements counts the elements of the tree, as far as the walker descends, to
// size the walker's tables as ParseHTML does from the count of '<'.
func countElements(n *html.Node, depth int) int {
	if depth > htmldom.MaxDepth {
		return 0
	}
	c := 0
	if n.Type == html.ElementNode {
		c = 1
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c += countElements(ch, depth+1)
	}
	return c
}
