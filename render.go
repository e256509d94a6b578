package newsparse

import (
	"html"
	"strings"
	"time"
)

// The Article rendered as a document: Markdown for text tools and language models,
// HTML for display. Both write the same parts in the same order: the headline, the
// standfirst, the byline and date, then the body paragraphs by kind with the images
// where they stood, links and tables included. Removed blocks and figures are not
// part of the document.

// Markdown returns the article as CommonMark with GitHub's table extension: the
// headline as a level-1 heading, the standfirst in italics, a "By ... · date" line,
// subheadings as level-2 headings, quotes as block quotations, runs of list items as
// one bulleted list, tables as pipe tables, images as image syntax followed by their
// caption and credit, and links inline. Text is escaped so that it reads as written.
// It returns "" for a nil Article.
func (a *Article) Markdown() string {
	if a == nil {
		return ""
	}
	var b strings.Builder
	blank := func() {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
	}
	if a.Headline != "" {
		b.WriteString("# ")
		b.WriteString(mdEscape(a.Headline, true))
	}
	if a.Standfirst != "" {
		blank()
		b.WriteString("*")
		b.WriteString(mdEscape(a.Standfirst, false))
		b.WriteString("*")
	}
	if line := a.creditLine(); line != "" {
		blank()
		b.WriteString(mdEscape(line, true))
	}
	img := 0
	images := func(upTo int) {
		for ; img < len(a.Images) && (a.Images[img].After <= upTo || upTo < 0); img++ {
			blank()
			writeMarkdownImage(&b, &a.Images[img])
		}
	}
	for i, p := range a.Paragraphs {
		// A list item follows the one before on the next line, unless a picture
		// stands between them.
		inList := i > 0 && p.Kind == ParagraphList && a.Paragraphs[i-1].Kind == ParagraphList &&
			(img == len(a.Images) || a.Images[img].After > i)
		images(i)
		if inList {
			b.WriteString("\n")
		} else {
			blank()
		}
		switch p.Kind {
		case ParagraphSubheading:
			b.WriteString("## ")
			b.WriteString(mdInline(p))
		case ParagraphQuote:
			b.WriteString("> ")
			b.WriteString(mdInline(p))
		case ParagraphList:
			b.WriteString("- ")
			b.WriteString(mdInline(p))
		case ParagraphTable:
			writeMarkdownTable(&b, p.Rows)
		default:
			b.WriteString(mdInline(p))
		}
	}
	images(-1)
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// creditLine is the "By A and B · 2 January 2006" line, "" when neither is known.
func (a *Article) creditLine() string {
	var parts []string
	if len(a.Byline) > 0 {
		parts = append(parts, "By "+joinNames(a.Byline))
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 January 2006"))
	}
	return strings.Join(parts, " · ")
}

// joinNames writes names as a reader would: "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// mdInline renders a paragraph's text with its links.
func mdInline(p Paragraph) string {
	var b strings.Builder
	at := 0
	for _, l := range sortedLinks(p) {
		b.WriteString(mdEscape(p.Text[at:l.Start], at == 0))
		b.WriteString("[")
		b.WriteString(mdEscape(l.Text, false))
		b.WriteString("](")
		b.WriteString(mdURL(l.URL))
		b.WriteString(")")
		at = l.End
	}
	b.WriteString(mdEscape(p.Text[at:], at == 0))
	return b.String()
}

// sortedLinks returns the paragraph's links that point at its text, in order and
// without overlaps, so that a renderer can cut the text at them.
func sortedLinks(p Paragraph) []Link {
	links := linksIn(p.Text, p.Links)
	out := links[:0:0]
	end := 0
	for _, l := range links {
		if l.Start >= end && webURL(l.URL) != "" {
			out = append(out, l)
			end = l.End
		}
	}
	return out
}

// mdEscape escapes the characters Markdown would read as markup. lineStart says s
// opens a line, where "#", ">", "-", "+" and "1." open blocks.
func mdEscape(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	num := -1 // index of the byte after a line's leading digits
	if lineStart {
		num = digitsEnd(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|':
			b.WriteByte('\\')
		case c == '\n' || c == '\t':
			c = ' '
		case i == 0 && lineStart && (c == '#' || c == '-' || c == '+' || c == '='):
			b.WriteByte('\\')
		case i == num && (c == '.' || c == ')'):
			// "1984. The year..." must not open an ordered list.
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// digitsEnd returns the index just past the leading digits of s, -1 when there are
// none.
func digitsEnd(s string) int {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return -1
	}
	return i
}

// webURL returns u when it is an absolute http(s) address, "" otherwise: an Article
// decoded from JSON may hold anything, and a renderer writes no script address.
func webURL(u string) string { return absoluteHTTP(nil, u) }

// mdURL makes an address safe inside a Markdown link's parentheses.
func mdURL(u string) string {
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(u)
}

// writeMarkdownTable writes a pipe table. Pipe tables need a header row: the table's
// first row serves when it is one, an empty row otherwise.
func writeMarkdownTable(b *strings.Builder, rows []TableRow) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r.Cells))
	}
	if width == 0 {
		return
	}
	row := func(cells []string) {
		b.WriteString("|")
		for j := range width {
			b.WriteString(" ")
			if j < len(cells) {
				b.WriteString(mdEscape(cells[j], false))
			}
			b.WriteString(" |")
		}
	}
	body := rows
	if rows[0].Header {
		row(rows[0].Cells)
		body = rows[1:]
	} else {
		row(nil)
	}
	b.WriteString("\n|")
	for range width {
		b.WriteString(" --- |")
	}
	for _, r := range body {
		b.WriteString("\n")
		row(r.Cells)
	}
}

// writeMarkdownImage writes an image (when its address is known) and its caption
// and credit in italics beneath.
func writeMarkdownImage(b *strings.Builder, im *Image) {
	u := webURL(im.URL)
	if u != "" {
		b.WriteString("![")
		b.WriteString(mdEscape(im.Alt, false))
		b.WriteString("](")
		b.WriteString(mdURL(u))
		b.WriteString(")")
	}
	if c := captionLine(im); c != "" {
		if u != "" {
			b.WriteString("\n")
		}
		b.WriteString("*")
		b.WriteString(mdEscape(c, false))
		b.WriteString("*")
	}
}

// captionLine is the caption followed by its credit in brackets.
func captionLine(im *Image) string {
	c := im.Caption
	if im.Credit != nil && im.Credit.Text != "" {
		if c != "" {
			c += " "
		}
		c += "(" + im.Credit.Text + ")"
	}
	return c
}

// HTML returns the article as a fragment of HTML in a small fixed set of elements:
// <article>, <h1>, <h2>, <p>, <blockquote>, <ul>, <li>, <table>, <thead>, <tbody>,
// <tr>, <th>, <td>, <figure>, <img>, <figcaption>, <a>, <time> and <footer> for the
// byline. Every text and attribute is escaped, and only the http(s) addresses the
// Article holds are written, so the fragment is safe to embed without sanitising.
// It returns "" for a nil Article.
func (a *Article) HTML() string {
	if a == nil {
		return ""
	}
	var b strings.Builder
	esc := html.EscapeString
	b.WriteString("<article>\n")
	if a.Headline != "" {
		b.WriteString("<h1>" + esc(a.Headline) + "</h1>\n")
	}
	if a.Standfirst != "" {
		b.WriteString("<p><em>" + esc(a.Standfirst) + "</em></p>\n")
	}
	if len(a.Byline) > 0 || !a.Published.IsZero() {
		b.WriteString("<footer>")
		if len(a.Byline) > 0 {
			b.WriteString("By " + esc(joinNames(a.Byline)))
		}
		if !a.Published.IsZero() {
			if len(a.Byline) > 0 {
				b.WriteString(" · ")
			}
			b.WriteString(`<time datetime="` + esc(a.Published.Format(time.RFC3339)) + `">` +
				esc(a.Published.Format("2 January 2006")) + "</time>")
		}
		b.WriteString("</footer>\n")
	}
	img := 0
	images := func(upTo int) {
		for ; img < len(a.Images) && (a.Images[img].After <= upTo || upTo < 0); img++ {
			writeHTMLImage(&b, &a.Images[img])
		}
	}
	inList := false
	for i, p := range a.Paragraphs {
		if inList && (p.Kind != ParagraphList || img < len(a.Images) && a.Images[img].After == i) {
			b.WriteString("</ul>\n")
			inList = false
		}
		images(i)
		switch p.Kind {
		case ParagraphSubheading:
			b.WriteString("<h2>" + htmlInline(p) + "</h2>\n")
		case ParagraphQuote:
			b.WriteString("<blockquote><p>" + htmlInline(p) + "</p></blockquote>\n")
		case ParagraphList:
			if !inList {
				b.WriteString("<ul>\n")
				inList = true
			}
			b.WriteString("<li>" + htmlInline(p) + "</li>\n")
		case ParagraphTable:
			writeHTMLTable(&b, p.Rows)
		default:
			b.WriteString("<p>" + htmlInline(p) + "</p>\n")
		}
	}
	if inList {
		b.WriteString("</ul>\n")
	}
	images(-1)
	b.WriteString("</article>\n")
	return b.String()
}

// htmlInline renders a paragraph's text, escaped, with its links.
func htmlInline(p Paragraph) string {
	var b strings.Builder
	at := 0
	for _, l := range sortedLinks(p) {
		b.WriteString(html.EscapeString(p.Text[at:l.Start]))
		b.WriteString(`<a href="` + html.EscapeString(l.URL) + `">` + html.EscapeString(l.Text) + "</a>")
		at = l.End
	}
	b.WriteString(html.EscapeString(p.Text[at:]))
	return b.String()
}

func writeHTMLTable(b *strings.Builder, rows []TableRow) {
	b.WriteString("<table>\n")
	head := 0
	for head < len(rows) && rows[head].Header {
		head++
	}
	section := func(rs []TableRow, tag, cell string) {
		if len(rs) == 0 {
			return
		}
		b.WriteString("<" + tag + ">\n")
		for _, r := range rs {
			b.WriteString("<tr>")
			c := cell
			if r.Header {
				c = "th"
			}
			for _, v := range r.Cells {
				b.WriteString("<" + c + ">" + html.EscapeString(v) + "</" + c + ">")
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</" + tag + ">\n")
	}
	section(rows[:head], "thead", "th")
	section(rows[head:], "tbody", "td")
	b.WriteString("</table>\n")
}

func writeHTMLImage(b *strings.Builder, im *Image) {
	b.WriteString("<figure>")
	if u := webURL(im.URL); u != "" {
		b.WriteString(`<img src="` + html.EscapeString(u) + `" alt="` + html.EscapeString(im.Alt) + `">`)
	}
	if c := captionLine(im); c != "" {
		b.WriteString("<figcaption>" + html.EscapeString(c) + "</figcaption>")
	}
	b.WriteString("</figure>\n")
}
