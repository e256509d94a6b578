package htmldom

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// BlockTag reports an element that starts a new block: one a browser lays out as a
// box of its own. The root package's walker and flat reader flush their text at
// these, and Strip cuts the white space between two of them (stripws.go), so the
// list lives here once. It is a switch, which the walk, asking of every element,
// reads faster than a map.
func BlockTag(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote,
		atom.Body, atom.Dd, atom.Details, atom.Div, atom.Dl,
		atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup,
		atom.Hr, atom.Li, atom.Main, atom.Nav, atom.Ol,
		atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td,
		atom.Th, atom.Ul, atom.Caption, atom.Center, atom.Menu,
		atom.Legend, atom.Html, atom.Picture:
		return true
	}
	return false
}

// SkipTag reports an element whose content a reader never sees as article text: the
// root's walker and flat reader skip its subtree, and a table cell's text leaves it
// out. It is a switch, as BlockTag is.
func SkipTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed,
		atom.Canvas, atom.Select, atom.Button, atom.Textarea,
		atom.Input, atom.Audio, atom.Video, atom.Map, atom.Dialog,
		atom.Link, atom.Meta, atom.Head, atom.Frameset:
		return true
	}
	return false
}

// HoldsBlocks reports an element with a block-level or unknown element among its
// children. An unknown element (a custom one such as <source-link>) is laid out
// inline, as browsers do, unless it wraps boxes: a citation marker inside a sentence
// must not cut the sentence, while a custom container of paragraphs is a container.
func HoldsBlocks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (BlockTag(c.DataAtom) || c.DataAtom == 0) {
			return true
		}
	}
	return false
}
