package htmldom

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tree is a page parsed for reading.
type Tree struct {
	// Page is the page as Strip left it: what the root's flat reader reads when Doc
	// is nil.
	Page []byte
	// Doc is the document node; nil when x/net/html refused the page.
	Doc *html.Node
	// Tags is the number of '<' in Page, about how many elements the page holds,
	// so that the walker's tables can be sized once.
	Tags int
}

// Parse reads a decoded page into a tree: Strip cuts the bytes no reader sees, in
// place (so text must be the caller's to overwrite, and read no more), x/net/html
// builds the tree, and the segments of a streamed page go where the page's own
// script would put them (revealStreamed). The error is x/net/html's, which refuses
// pages nested deeper than 512 elements; such a page is still text, and Page is set
// for the flat reader whatever the error.
func Parse(text []byte) (Tree, error) {
	t := Tree{Page: Strip(text)}
	doc, err := html.Parse(bytes.NewReader(t.Page))
	if err != nil {
		return t, err
	}
	revealStreamed(doc, t.Page)
	t.Doc, t.Tags = doc, bytes.Count(t.Page, []byte("<"))
	return t, nil
}

// streamMarker is how a streamed segment opens in the page's bytes; pages without
// it skip the look for segments altogether.
var streamMarker = []byte(`id="S:`)

// hasStreamMarker reports whether page holds streamMarker. It looks for the marker's
// colon, far rarer in a page than the 'i' the marker opens with, which would stop a
// plain search at every "id", "div" and "in".
func hasStreamMarker(page []byte) bool {
	colon := len(streamMarker) - 1
	for i := colon; i < len(page); {
		j := bytes.IndexByte(page[i:], ':')
		if j < 0 {
			return false
		}
		i += j
		if bytes.Equal(page[i-colon:i+1], streamMarker) {
			return true
		}
		i++
	}
	return false
}

// revealStreamed puts the segments of a streamed page where the page's own script
// would put them. React's streaming server rendering (Next.js and others) sends the
// shell first with a placeholder <template id="B:n"> where a slow part will go, then
// the part itself, often the whole article, in <div hidden id="S:n"> at the end of
// the body, and a script that swaps the two. A reader running no script would read
// nothing there; the swap is done here, in the tree. A segment without its
// placeholder is read where it stands. The tree is walked once, without recursion.
func revealStreamed(doc *html.Node, page []byte) {
	if !hasStreamMarker(page) {
		return
	}
	holders := make(map[string]*html.Node)
	var segments []*html.Node
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			id := Attr(n, "id")
			switch {
			case n.DataAtom == atom.Template && n.Namespace == "" && strings.HasPrefix(id, "B:"):
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
		h := holders[Attr(s, "id")[2:]]
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

// Attr returns the value of n's attribute key, "" when absent.
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key, with any value.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// removeAttr deletes n's attribute key, every instance of it.
func removeAttr(n *html.Node, key string) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != key {
			kept = append(kept, a)
		}
	}
	n.Attr = kept
}
