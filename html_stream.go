package newsparse

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// streamMarker is how a streamed segment opens in the page's bytes; pages without
// it skip the look for segments altogether.
var streamMarker = []byte(`id="S:`)

// revealStreamed puts the segments of a streamed page where the page's own script
// would put them. React's streaming server rendering (Next.js and others) sends the
// shell first with a placeholder <template id="B:n"> where a slow part will go, then
// the part itself, often the whole article, in <div hidden id="S:n"> at the end of
// the body, and a script that swaps the two. A reader running no script would read
// nothing there; the swap is done here, in the tree. A segment without its
// placeholder is read where it stands. The tree is walked once, without recursion.
func revealStreamed(doc *html.Node, page []byte) {
	if !bytes.Contains(page, streamMarker) {
		return
	}
	holders := make(map[string]*html.Node)
	var segments []*html.Node
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			id := attr(n, "id")
			switch {
			case n.DataAtom == atom.Template && strings.HasPrefix(id, "B:"):
				holders[id[2:]] = n
			case n.DataAtom == atom.Div && strings.HasPrefix(id, "S:") && hasAttr(n, "hidden"):
				segments = append(segments, n)
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	for _, s := range segments {
		removeAttr(s, "hidden")
		h := holders[attr(s, "id")[2:]]
		if h == nil || h.Parent == nil || isTreeAncestor(s, h) {
			continue
		}
		s.Parent.RemoveChild(s)
		h.Parent.InsertBefore(s, h)
		h.Parent.RemoveChild(h)
	}
}

// isTreeAncestor reports whether a is n or one of n's ancestors.
func isTreeAncestor(a, n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func removeAttr(n *html.Node, key string) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != key {
			kept = append(kept, a)
		}
	}
	n.Attr = kept
}
