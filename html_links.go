package newsparse

import (
	"net/url"
	"strings"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html"
)

// Links inside paragraphs. The walker notes where each <a> starts and ends in the
// text of the block being built; buildBlocks makes the addresses absolute and keeps
// the http(s) ones.

// hLink is a link as the walker saw it: its href as written and its byte span in
// the block's text.
type hLink struct {
	href       string
	start, end int
}

// openLink is what the walker remembers of an <a> while it reads the link's text.
type openLink struct {
	href   string
	start  int // length of the block's text when the link opened
	blocks int // blocks emitted when the link opened: a block ending inside drops it
}

// openLink starts a link, or returns the zero openLink for an <a> without an address
// worth keeping (an anchor on the page, a script).
func (w *walker) openLink(n *html.Node) openLink {
	href := strings.TrimSpace(htmldom.Attr(n, "href"))
	if href != "" && href[0] == '#' && len(href) > 1 {
		w.page.anchors++
	}
	if rel := htmldom.Attr(n, "rel"); rel != "" {
		w.page.pager += b2i(strings.Contains(rel, "next") || strings.Contains(rel, "prev"))
	}
	if href == "" || href[0] == '#' || hasPrefixFold(href, "javascript:") || hasPrefixFold(href, "mailto:") {
		return openLink{}
	}
	return openLink{href: href, start: len(w.buf), blocks: len(w.blocks)}
}

// closeLink records the link whose text ends here, when it lies within one block.
func (w *walker) closeLink(o openLink) {
	if o.href == "" || o.blocks != len(w.blocks) || o.start > len(w.buf) {
		return
	}
	start, end := o.start, len(w.buf)
	// The space pending before the link's first character is written with it.
	for start < end && w.buf[start] == ' ' {
		start++
	}
	if start < end {
		w.links = append(w.links, hLink{href: o.href, start: start, end: end})
	}
}

// linkRange is a block's links: walker.links[lo:hi].
type linkRange struct{ lo, hi int32 }

// takeLinks gives the block being flushed the links recorded since the last one. The
// links of all blocks share one slice, so a page's hundreds of links cost no
// allocation each.
func (w *walker) takeLinks() linkRange {
	r := linkRange{w.linkMark, int32(len(w.links))}
	w.linkMark = r.hi
	return r
}

// resolveLinks makes the links of a block's text absolute against the page's base
// and keeps those to http(s) addresses.
func resolveLinks(text string, links []hLink, base *url.URL) []block.Link {
	var out []block.Link
	for _, l := range links {
		if l.end > len(text) {
			continue
		}
		u := l.href
		if !isPlainHTTP(u) {
			if u = absoluteHTTP(base, u); u == "" {
				continue
			}
		}
		out = append(out, block.Link{Text: text[l.start:l.end], URL: u, Start: l.start, End: l.end})
	}
	return out
}

// isPlainHTTP reports an absolute http(s) address with a host and nothing a parser
// would change (spaces, controls, backslashes, non-ASCII), so that it can be kept as
// written without parsing it: most links of a news page are of this kind.
func isPlainHTTP(u string) bool {
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(u, "http://"); !ok {
			return false
		}
	}
	if rest == "" || rest[0] == '/' || rest[0] == '@' || rest[0] == ':' || rest[0] == '?' || rest[0] == '#' {
		return false
	}
	for i := 0; i < len(u); i++ {
		if c := u[i]; c <= ' ' || c >= 0x7f || c == '\\' || c == '"' || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// linksIn keeps the links that still point at their text in s: a step that changed a
// paragraph's text after the links were read leaves none pointing astray.
func linksIn(s string, links []Link) []Link {
	if len(links) == 0 {
		return nil
	}
	out := links[:0:0]
	for _, l := range links {
		if linkAt(s, l.Text, l.Start, l.End) {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// linkAt reports a link whose text stands at s[start:end].
func linkAt(s, text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(s) && s[start:end] == text
}
