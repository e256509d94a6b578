package textdump

import (
	"strings"
	"unicode/utf8"
)

// A page marks who wrote it in its markup: a link with rel="author", a span or a
// container whose class or id says byline or author ("<span class=\"author\">",
// "<div class=\"post-author\">"). pandoc's Markdown keeps those classes and ids as
// attribute sets ("[Jane Doe]{.author}", "[Jane Doe](/author/jane){rel=\"author\"}",
// "::: {.byline}", "## Jane Doe {.author-name}") and its GitHub Markdown keeps the
// tags, which stripSourceMarkup takes out. It notes the text such a mark wrapped, or
// the text that opens the container it opened, so that the classifier can weigh it
// as HTML's class words are weighed: a name the page marked as its author's is a
// byline as one after "By" is. The mark alone says nothing of the text's shape: the
// classifier reads that.

// AuthorClasses tells whether an element's class list and id (as the page wrote
// them, white-space separated) say it holds the author or the byline. The caller
// supplies the reading (the HTML reader's class words), which this package does not
// hold.
type AuthorClasses func(class, id string) bool

// maxAuthorText bounds the text noted after an author mark: a byline is short, and
// a container's text runs on.
const maxAuthorText = 400

// authorAttrs reports an attribute set ("{#id .class key=value}", from its "{" to
// its "}") or an HTML tag's attributes (after its name) that mark the author: a rel
// word "author", or class and id words the caller reads as the author's.
func authorAttrs(s string, tag bool, classes AuthorClasses) bool {
	if classes == nil {
		return false
	}
	// Each class name and id is read on its own, as the caller's reading allows:
	// no word spans two names, and nothing is gathered, so a page's thousands of
	// attribute sets allocate nothing here.
	limit := len(s)
	for j := 0; j < limit; {
		c := s[j]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '{' || c == '}' || c == '>' || c == '/':
			j++
			continue
		case !tag && (c == '.' || c == '#'):
			k := j + 1
			for k < limit && isClassByte(s[k]) {
				k++
			}
			if c == '.' && classes(s[j+1:k], "") || c == '#' && classes("", s[j+1:k]) {
				return true
			}
			j = k
			continue
		}
		k := j
		for k < limit && isTagAttrByte(s[k]) && s[k] != '}' && s[k] != '{' {
			k++
		}
		if k == j {
			j++
			continue
		}
		name := s[j:k]
		if k >= limit || s[k] != '=' {
			j = k // a bare attribute ("hidden") says nothing of the author
			continue
		}
		end := attrValueEnd(s, k+1, limit, !tag)
		if end == 0 {
			return false
		}
		v := strings.Trim(s[k+1:end], "\"'")
		switch {
		case strings.EqualFold(name, "class"):
			if classes(v, "") {
				return true
			}
		case strings.EqualFold(name, "id"):
			if classes("", v) {
				return true
			}
		case strings.EqualFold(name, "rel"):
			for w := range strings.FieldsSeq(v) {
				if strings.EqualFold(w, "author") {
					return true
				}
			}
		}
		j = end
	}
	return false
}

// fenceAttrs returns the attributes of a pandoc fence line ("::: {.byline}", "::::
// byline"), written as an attribute set; "" for a closing fence.
func fenceAttrs(line string) string {
	rest := strings.TrimLeft(strings.TrimLeft(line, " \t>"), ":")
	rest = strings.Trim(rest, " :")
	switch {
	case rest == "":
		return ""
	case rest[0] == '{':
		return rest
	}
	return "." + rest
}

// markAuthors sets AuthorMarked on the blocks whose text is, marks read off, a text
// an author mark wrapped (or opened) in the dump.
func markAuthors(blocks []Block, marked []string) {
	if len(marked) == 0 {
		return
	}
	want := make(map[string]bool, len(marked))
	for _, m := range marked {
		t, _ := stripMarkdown(StripHeadingMark(strings.TrimSpace(strings.ReplaceAll(m, "\x00", ""))), false)
		if t = strings.Join(strings.Fields(t), " "); t != "" && utf8.ValidString(t) {
			want[t] = true
		}
	}
	for i := range blocks {
		if t := strings.Join(strings.Fields(StripHeadingMark(blocks[i].Text)), " "); want[t] {
			blocks[i].AuthorMarked = true
		}
	}
}
