package newsparse

import "strings"

// Links in text dumps. Markdown writers (pandoc, html2text, many scrapers' "markdown"
// output) keep a link as [text](address); the reader keeps the text in the paragraph
// and the address in Links, as the HTML reader does for <a>.

// readTextLinks reads the Markdown links out of the body paragraphs.
func (a *Article) readTextLinks() {
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		// A paragraph whose links the reader has (a dump's numbered links) holds no
		// Markdown links.
		if p.Kind == ParagraphTable || len(p.Links) > 0 || strings.IndexByte(p.Text, ']') < 0 {
			continue
		}
		p.Text, p.Links = markdownLinks(p.Text)
	}
}

// markdownLinks returns s with each [text](http-address) replaced by its text, and
// the links with their offsets in the new text. Image syntax (![alt](src)), links to
// other schemes and brackets that are not links are left as written.
func markdownLinks(s string) (string, []Link) {
	var b strings.Builder
	var links []Link
	at := 0 // s[:at] has been written
	for i := 0; i < len(s); i++ {
		if s[i] != '[' || i > 0 && s[i-1] == '!' {
			continue
		}
		close := strings.IndexAny(s[i+1:], "[]")
		if close < 0 || s[i+1+close] != ']' {
			continue
		}
		close += i + 1
		text := s[i+1 : close]
		if close+1 >= len(s) || s[close+1] != '(' || strings.TrimSpace(text) == "" {
			continue
		}
		end := strings.IndexAny(s[close+2:], ") ")
		if end < 0 {
			continue
		}
		end += close + 2
		addr := s[close+2 : end]
		if s[end] == ' ' {
			// [text](address "title"): the title runs to the closing parenthesis.
			t := strings.IndexByte(s[end:], ')')
			if t < 0 || !strings.HasPrefix(strings.TrimSpace(s[end:end+t]), `"`) {
				continue
			}
			end += t
		}
		u := absoluteHTTP(nil, addr)
		if u == "" {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[at:i])
		start := b.Len()
		b.WriteString(text)
		links = append(links, Link{Text: text, URL: u, Start: start, End: b.Len()})
		at = end + 1
		i = end
	}
	if links == nil {
		return s, nil
	}
	b.WriteString(s[at:])
	return b.String(), links
}

// readLynxLinks turns the marks left in the paragraphs of a dump read line by line
// (the reflow removes them from wrapped dumps as it reads them) into links, and
// removes them from the other texts, which keep no links.
func (a *Article) readLynxLinks(refs map[int]string) {
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if p.Kind == ParagraphTable || len(p.Links) > 0 || strings.IndexByte(p.Text, '[') < 0 {
			continue
		}
		p.Text, p.Links = lynxLinks(p.Text, refs)
	}
	a.Headline, _ = lynxLinks(a.Headline, nil)
	a.Standfirst, _ = lynxLinks(a.Standfirst, nil)
	for i := range a.Removed {
		a.Removed[i].Text, _ = lynxLinks(a.Removed[i].Text, nil)
	}
}
