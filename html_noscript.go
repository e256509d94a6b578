package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of the shell test: a <noscript> is read as the page when its markup holds at
// least minShellText runes of text and over shellRatio times the prose the page shows
// without it. A tracking pixel or a "please enable JavaScript" line stays unread.
const (
	minShellText = 400
	shellRatio   = 3
)

// noteNoscript keeps a <noscript> of the body whose raw text holds markup, for
// shellNoscripts. Only a few are kept: a page's fallback content is one or two.
func (w *walker) noteNoscript(n *html.Node) {
	c := n.FirstChild
	if c == nil || c.Type != html.TextNode || c.NextSibling != nil || len(c.Data) < minShellText ||
		!strings.Contains(c.Data, "<") || len(w.noscripts) >= maxNoscripts {
		return
	}
	w.noscripts = append(w.noscripts, n)
}

// maxNoscripts bounds the <noscript> elements kept for the shell test.
const maxNoscripts = 16

// visibleProse is the prose, in runes outside links, of the blocks the walk read:
// isProse's test without the marks, which are not settled yet.
func (w *walker) visibleProse() int {
	sum := 0
	for i := range w.blocks {
		if b := &w.blocks[i]; b.image < 0 && b.runes >= minProse && b.linkRunes*2 < b.runes && b.ctx.heading == 0 {
			sum += b.runes - b.linkRunes
		}
	}
	return sum
}

// shellNoscripts reads a page whose script builds the content (an application
// shell: a forum engine's splash screen, a single-page app) the way a reader without
// scripts does. Such pages serve the content to those readers and to crawlers inside
// <noscript>, which a browser with scripts skips and so does the walker. When the
// page shows next to no prose and a <noscript> holds far more text, it returns each
// such <noscript> with its content parsed as markup, for the walk to read in its
// place; the tree itself is left as it is (ParseNode's tree is its caller's). Pages
// with an article of their own get nil, and so does a <noscript> holding a pixel or
// a notice.
func (w *walker) shellNoscripts() map[*html.Node][]*html.Node {
	if len(w.noscripts) == 0 {
		return nil
	}
	visible := w.visibleProse()
	var shell map[*html.Node][]*html.Node
	for _, n := range w.noscripts {
		ctx := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
		nodes, err := html.ParseFragment(strings.NewReader(n.FirstChild.Data), ctx)
		if err != nil {
			continue
		}
		text := 0
		for _, c := range nodes {
			text += htmldom.VisibleRunes(c)
		}
		if text < minShellText || text < shellRatio*visible {
			continue
		}
		if shell == nil {
			shell = make(map[*html.Node][]*html.Node)
		}
		shell[n] = nodes
	}
	return shell
}

// revealCloaked reads a page that hides all of its content until its scripts run:
// frameworks and anti-flicker snippets wrap the whole page in an element styled
// visibility:hidden, display:none or the like, which a script removes once the page
// is ready, so a browser shows the article and a reader running no script sees
// nothing. When the walk found next to no prose (as for the shell test), the page is
// walked again with inline-style hiding ignored (the hidden attribute, aria-hidden
// and hiding class names still hide), and that walk is kept when it finds far more
// prose. A page with prose of its own is walked once.
func (w *walker) revealCloaked(doc *html.Node, tags int) *walker {
	visible := w.visibleProse()
	if visible >= minShellText {
		return w
	}
	revealed := newWalker(tags)
	revealed.shell = w.shell
	revealed.revealStyled = true
	revealed.walk(doc, 0)
	revealed.flush()
	if shown := revealed.visibleProse(); shown < minShellText || shown < shellRatio*visible {
		return w
	}
	return revealed
}
