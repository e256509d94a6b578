package newsparse

import (
	"strconv"
	"strings"
)

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

// Lynx's numbered links. "lynx -dump" prints "[12]" before the text of each link and,
// at the end of the dump, a list headed "References" of "12. http://...". The list
// is the page's addresses, not its text: it is cut before the dump is read, and the
// numbers become the links of the paragraphs they stand in. Lynx marks where a link
// starts, not where it ends, so a link's text is taken to run to the next mark or
// punctuation, at most maxRefWords words: the words a reader would take for the
// link's label.

// cutReferences returns the dump without its trailing reference list, and the list's
// http(s) addresses by number (nil when the dump ends in no such list). The list is
// a line "References" followed, to the end of the dump, only by numbered addresses
// (and lynx's "Visible links:" and "Hidden links:" labels).
func cutReferences(norm string) (string, map[int]string) {
	head := lastIndex(norm, "\nReferences\n")
	if head < 0 {
		if !strings.HasPrefix(norm, "References\n") {
			return norm, nil
		}
		head = -1
	}
	refs := map[int]string{}
	for l := range strings.SplitSeq(norm[head+len("\nReferences\n"):], "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l == "Visible links:" || l == "Hidden links:" || l == "Visible links" || l == "Hidden links" {
			continue
		}
		dot := strings.Index(l, ". ")
		if dot <= 0 || !isDigits(l[:dot]) || dot > 6 {
			return norm, nil
		}
		n, _ := strconv.Atoi(l[:dot])
		addr := strings.TrimSpace(l[dot+2:])
		if u := absoluteHTTP(nil, addr); u != "" {
			refs[n] = u
		}
	}
	if len(refs) == 0 {
		return norm, nil
	}
	return norm[:max(head, 0)], refs
}

// lastIndex is strings.LastIndex found by forward searches: strings.Index scans with
// vector instructions, while LastIndex hashes every byte of a text that almost never
// holds sep at all (a dump with no lynx reference list).
func lastIndex(s, sep string) int {
	last := -1
	for from := 0; ; {
		i := strings.Index(s[from:], sep)
		if i < 0 {
			return last
		}
		last = from + i
		from = last + 1
	}
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
