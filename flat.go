package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseFlat reads a page that cannot be parsed as a tree (x/net/html refuses pages
// nested deeper than 512 elements): tags are dropped, block tags become line breaks,
// and the text reader takes over. The page's metadata (<title>, <meta>, <link
// rel=canonical>, JSON-LD) is read on the way and completes the Article as it does a
// shallow page's, so that depth alone changes neither the date, the byline, the site
// nor the address.
func parseFlat(text string, d decoded, cfg config) (*Article, error) {
	z := html.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.Grow(len(text) / 2)
	var meta pageMeta
	var ldScripts []string
	// skip counts the open elements whose content is no text (htmldom.SkipTag);
	// foreign the open <svg> and <math>, inside which nothing is metadata either,
	// as for the tree's reader.
	skip, foreign := 0, 0
	var inLD, inTitle bool
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			a, err := readTextDecoded(b.String(), d, cfg)
			if err != nil {
				return nil, err
			}
			for _, s := range ldScripts {
				meta.jsonLD(s)
			}
			// Only fields the figures do not read are filled: the headline is kept
			// unless there was none.
			completeFromMeta(a, htmlResult{meta: &meta}, meta.pageURL(cfg.url))
			sanitizeArticle(a)
			return a, nil
		case html.TextToken:
			switch {
			case inLD:
				ldScripts = append(ldScripts, string(z.Text()))
			case inTitle:
				if meta.title == "" {
					meta.title = collapseSpace(string(z.Text()))
				}
			case skip == 0:
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			inLD, inTitle = false, false
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			// HTML ignores the self-closing mark on elements that are not void:
			// <title/> and <div/> open their element as the tree parser does.
			// SVG and MathML honour it.
			if tt == html.SelfClosingTagToken && !isVoidElement(a) && foreign == 0 {
				tt = html.StartTagToken
			}
			start := tt != html.EndTagToken
			if a == atom.Svg || a == atom.Math {
				if tt == html.StartTagToken {
					foreign++
				} else if tt == html.EndTagToken && foreign > 0 {
					foreign--
				}
			}
			switch {
			case foreign > 0:
			case start && hasAttr && (a == atom.Meta || a == atom.Link || a == atom.Script):
				// TagName has consumed the name, so the attributes are read here
				// rather than through Token.
				n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String()}
				for more := true; more; {
					var k, v []byte
					k, v, more = z.TagAttr()
					n.Attr = append(n.Attr, html.Attribute{Key: string(k), Val: string(v)})
				}
				switch a {
				case atom.Meta:
					meta.metaElement(n)
				case atom.Link:
					meta.linkElement(n)
				default:
					inLD = tt == html.StartTagToken && strings.Contains(strings.ToLower(htmldom.Attr(n, "type")), "ld+json")
				}
			case start && a == atom.Title:
				inTitle = tt == html.StartTagToken
			}
			// Void elements (<meta>, <link>, <input>) have no end tag and no content:
			// counting them would skip the rest of the page.
			if htmldom.SkipTag(a) && a != atom.Head && tt != html.SelfClosingTagToken && !isVoidElement(a) {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if htmldom.BlockTag(a) || a == atom.Br {
				b.WriteString("\n\n")
			}
		}
	}
}
