package htmldom

import (
	"github.com/newsparse/newsparse/internal/ascii"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxDepth bounds the element nesting the readers of a tree descend into. x/net/html
// already refuses documents nested deeper than 512; a reader's own bound keeps its
// recursion and per-element work bounded whatever tree it is given.
const MaxDepth = 512

// lazyAttrs are where lazy-loading scripts keep the real address while src holds a
// placeholder.
var lazyAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src"}

// ImageSource picks the address a browser with scripts would show: a lazy-load
// attribute when src is missing or a placeholder, else src, else the largest srcset
// candidate.
func ImageSource(n *html.Node) string {
	src := strings.TrimSpace(Attr(n, "src"))
	if src == "" || isPlaceholder(src) {
		for _, k := range lazyAttrs {
			if v := strings.TrimSpace(Attr(n, k)); v != "" && !isPlaceholder(v) {
				return v
			}
		}
		for _, k := range []string{"data-srcset", "srcset"} {
			if v := largestSrcset(Attr(n, k)); v != "" {
				return v
			}
		}
		return ""
	}
	return src
}

// placeholderSchemes open, and placeholderMarks stand in, the lower-cased address of
// a placeholder image.
var (
	placeholderSchemes = []string{"data:", "about:", "javascript:"}
	placeholderMarks   = []string{"placeholder", "blank.gif", "spacer", "pixel.gif", "transparent.", "1x1",
		"lazy-load", "lazyload", "grey.gif", "loading.gif"}
)

// placeholderByOpener lists placeholderMarks by their first byte. Built once, never
// written afterwards.
var placeholderByOpener = func() (t [256][]string) {
	for _, m := range placeholderMarks {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// isPlaceholder reports an address that stands in for the image while a script
// loads it: a data: URI, a blank or spacer file, a lazy-load stub.
func isPlaceholder(u string) bool {
	var buf [256]byte // most addresses; a longer one is lowered on the heap
	l := ascii.AppendToLower(buf[:0], u)
	for _, p := range placeholderSchemes {
		if ascii.HasPrefixBytes(l, p) {
			return true
		}
	}
	// One pass over the address tries, at each byte, the marks that open with it.
	for i, c := range l {
		for _, m := range placeholderByOpener[c] {
			k := 1
			for k < len(m) && i+k < len(l) && l[i+k] == m[k] {
				k++
			}
			if k == len(m) {
				return true
			}
		}
	}
	return false
}

// largestSrcset returns the candidate of a srcset with the largest width or density
// descriptor; ties keep the first.
func largestSrcset(s string) string {
	best, bestW := "", -1.0
	for cand := range strings.SplitSeq(s, ",") {
		f := strings.Fields(cand)
		if len(f) == 0 || isPlaceholder(f[0]) {
			continue
		}
		w := 0.0
		if len(f) > 1 {
			d := f[1]
			if len(d) > 1 {
				v := 0.0
				for _, c := range d[:len(d)-1] {
					if c < '0' || c > '9' {
						if c == '.' {
							continue
						}
						v = 0
						break
					}
					v = v*10 + float64(c-'0')
				}
				w = v
			}
		}
		if w > bestW {
			best, bestW = f[0], w
		}
	}
	return best
}

// TinyImage reports images whose declared size marks them as icons or tracking pixels.
func TinyImage(n *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		v := Attr(n, k)
		if v == "" {
			continue
		}
		x := 0
		for _, c := range v {
			if c < '0' || c > '9' {
				break
			}
			x = x*10 + int(c-'0')
		}
		if x > 0 && x < 50 {
			return true
		}
	}
	return false
}

// Hidden reports elements the page hides from every reader: the hidden attribute,
// aria-hidden, and inline display:none or visibility:hidden.
func Hidden(n *html.Node) bool { return HiddenBy(n, true) }

// HiddenBy is Hidden, with an inline style read only when byStyle is set: a page
// that hides all of its content with an inline style until its scripts run is read
// with byStyle off (the root's walker.revealStyled).
func HiddenBy(n *html.Node, byStyle bool) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			// Icons and decorative duplicates; real text hidden this way is rare.
			if a.Val == "true" && n.DataAtom != atom.Html && n.DataAtom != atom.Body {
				return true
			}
		case "style":
			if byStyle && hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hiddenStyle reports an inline style that hides the element: display:none or
// visibility:hidden, spaces and case aside.
func hiddenStyle(s string) bool {
	return styleHas(s, "display:none") || styleHas(s, "visibility:hidden")
}

// styleHas reports whether the inline style s holds want, a lower-case declaration
// without spaces, in any letter case and spacing: CSS keywords and property names
// are case-insensitive ("Display: None").
func styleHas(s, want string) bool {
	for i := 0; i+len(want) <= len(s); i++ {
		if ascii.Lower(s[i]) == want[0] && matchesFrom(s[i:], want) {
			return true
		}
	}
	return false
}

// matchesFrom reports whether s opens with want once spaces are skipped and
// letters lowered.
func matchesFrom(s, want string) bool {
	k := 0
	for j := 0; j < len(s) && k < len(want); j++ {
		c := s[j]
		if c == ' ' || c == '\t' || c == '\n' {
			continue
		}
		if ascii.Lower(c) != want[k] {
			return false
		}
		k++
	}
	return k == len(want)
}

// TextOf returns the text below n, scripts, styles, SVG and MathML aside, for the
// few small elements (title, links) read whole. The content of those is no text a
// reader sees, and Strip cuts it.
func TextOf(n *html.Node) string { return textOf(n, 0) }

func textOf(n *html.Node, depth int) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	if depth > MaxDepth || n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.Namespace != "") {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c, depth+1))
	}
	return b.String()
}

// ClassSig hashes a class attribute (FNV-1a), 0 for none: the same template
// component has the same class list, so the same hash, wherever it repeats.
func ClassSig(class string) uint32 {
	if class == "" {
		return 0
	}
	h := uint32(2166136261)
	for i := 0; i < len(class); i++ {
		h ^= uint32(class[i])
		h *= 16777619
	}
	if h == 0 {
		h = 1
	}
	return h
}

// VisibleRunes counts the non-space characters of the text below n outside the
// elements SkipTag names, as deep as MaxDepth: how much a shell page's <noscript>
// would show.
func VisibleRunes(n *html.Node) int { return visibleRunes(n, 0) }

func visibleRunes(n *html.Node, depth int) int {
	switch {
	case depth > MaxDepth:
		return 0
	case n.Type == html.TextNode:
		c := 0
		for _, r := range n.Data {
			if r != ' ' && r != '\n' && r != '\t' && r != '\r' {
				c++
			}
		}
		return c
	case n.Type == html.ElementNode && SkipTag(n.DataAtom):
		return 0
	}
	c := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c += visibleRunes(k, depth+1)
	}
	return c
}

// DialogAttr reports an attribute by which the page declares its element an
// overlay: role=dialog or alertdialog, or aria-modal. The root's walk reads it in its
// one pass over each element's attributes.
func DialogAttr(a html.Attribute) bool {
	switch a.Key {
	case "role":
		v := strings.ToLower(a.Val)
		return v == "dialog" || v == "alertdialog"
	case "aria-modal":
		return strings.EqualFold(a.Val, "true")
	}
	return false
}
