package newsparse

import (
	"net/url"
	"slices"
	"strings"

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
	href := strings.TrimSpace(attr(n, "href"))
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

// takeLinks hands the links of the block being flushed to it.
func (w *walker) takeLinks() []hLink {
	if len(w.links) == 0 {
		return nil
	}
	out := slices.Clone(w.links)
	w.links = w.links[:0]
	return out
}

// resolveLinks makes the links of a block's text absolute against the page's base
// and keeps those to http(s) addresses.
func resolveLinks(text string, links []hLink, base *url.URL) []Link {
	var out []Link
	for _, l := range links {
		if l.end > len(text) {
			continue
		}
		u := absoluteHTTP(base, l.href)
		if u == "" {
			continue
		}
		out = append(out, Link{Text: text[l.start:l.end], URL: u, Start: l.start, End: l.end})
	}
	return out
}

// linksIn keeps the links that still point at their text in s: a step that changed a
// paragraph's text after the links were read leaves none pointing astray.
func linksIn(s string, links []Link) []Link {
	if len(links) == 0 {
		return nil
	}
	out := links[:0:0]
	for _, l := range links {
		if 0 <= l.Start && l.Start < l.End && l.End <= len(s) && s[l.Start:l.End] == l.Text {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
