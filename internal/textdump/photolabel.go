package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An author's card prints the author's photo, whose alt text is the author's name,
// then the name itself, often a job title and a bio under it. w3m and lynx print the
// photo's alt text as a plain line, so that the name stands twice ("Jane Doe" /
// "Jane Doe"), which the classifier reads as the card's sign. pandoc and html2text
// print the photo as image syntax ("[Jane Doe]", "![Jane Doe](url)"), a line the
// reflow drops as a picture's gap: the name then stands once and the sign is lost.
// The reflow keeps such a label as the plain line w3m would print, only when it is
// shaped as a name and the next line opens with it; every other image line is a gap
// as before, so that alt texts, galleries and a teaser's picture read as they did.
// A person's photo over a caption that opens with the name keeps its label too, as
// w3m prints it: telling a caption from a bio is the classifier's part.

// photoLabel is the label of a picture the reflow dropped, held until the next
// block shows whether that block repeats it.
type photoLabel struct {
	text  string // the label, white space collapsed; "" when none is held
	blank int    // the empty lines before the picture
}

// nameLabel returns the label of a paragraph that is one picture ("[Jane Doe]",
// "![Jane Doe](url)", "[![Jane Doe](src)](href)") when the label is shaped as a
// person's name: two to four words, each capitalised, no sentence. It returns ""
// for any other paragraph.
func nameLabel(raw string) string {
	label := imageLabel(strings.TrimSpace(raw))
	if label == "" || strings.ContainsAny(label, ":;?!()[]") || strings.HasSuffix(label, ".") {
		return ""
	}
	words := strings.Fields(label)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return ""
		}
		if strings.ContainsAny(w, "0123456789") {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// imageLabel returns the text a picture's syntax labels it with: the alt text of a
// Markdown image, bare or inside a link, or the text of a plain converter's bracket
// placeholder; "" when s is not one picture.
func imageLabel(s string) string {
	if strings.HasPrefix(s, "[![") && strings.HasSuffix(s, ")") {
		// A linked picture: "[![alt](src)](href)".
		if i := strings.LastIndex(s, "]("); i > 0 && strings.HasSuffix(s[:i], ")") {
			s = s[1:i]
		}
	}
	if strings.HasPrefix(s, "![") && strings.HasSuffix(s, ")") {
		i := strings.Index(s, "](")
		if i < 0 {
			return ""
		}
		return s[2:i]
	}
	if len(s) > 2 && s[0] == '[' && s[len(s)-1] == ']' && !strings.ContainsAny(s[1:len(s)-1], "[]") {
		return s[1 : len(s)-1]
	}
	return ""
}

// unbracketLabel returns t with its opening placeholder printed bare when the
// placeholder is a picture's name-shaped label and the text after it opens with the
// name: an author's photo beside the name on one line ("[Jane Doe] Jane Doe"),
// which w3m prints "Jane Doe Jane Doe", the doubled name the byline reader knows.
// Any other text is returned as it is.
func unbracketLabel(t string) string {
	if len(t) < 6 || t[0] != '[' {
		return t
	}
	k := strings.Index(t, "] ")
	if k < 0 {
		return t
	}
	label, rest := nameLabel(t[:k+1]), t[k+2:]
	if label == "" || !repeatsLabel(rest, label) {
		return t
	}
	if r, _ := utf8.DecodeRuneInString(rest[len(label):]); unicode.IsLower(r) {
		return t // "[Jane Do] Jane Doyle": a label cut short, not the name
	}
	return label + t[k+1:]
}

// repeatsLabel reports that text opens with label, letter for letter once white
// space is collapsed and case folded: the name under an author's photo, alone or
// glued to a job title, a date or a bio, as w3m prints the card.
func repeatsLabel(text, label string) bool {
	if len(text) < len(label) {
		return false
	}
	if len(text) > 4*len(label) {
		text = text[:4*len(label)] // only the opening counts: a long paragraph is not read whole
	}
	head := strings.Join(strings.Fields(text), " ")
	return len(head) >= len(label) && strings.EqualFold(head[:len(label)], label)
}

// A Markdown writer that passes HTML through prints a picture it cannot convert as
// its <img> tag, often on a line of tags of its own, which the markup reading
// cuts; w3m prints the tag's alt text. An author's card then loses its photo's
// label as pandoc's image syntax would lose it, so the markup reading writes a
// name-shaped alt text as the plain converters' placeholder ("[Jane Doe]"), which
// the reflow keeps or drops as it does theirs.

// tagLineLabel returns the alt text of the first picture in a line of HTML tags
// when it is shaped as a person's name (nameLabel), "" otherwise.
func tagLineLabel(line string) string {
	for j := 0; j < len(line); {
		end, name := htmlTagEnd(line, j)
		if end == 0 {
			return ""
		}
		if name == "img" && line[j+1] != '/' {
			if alt := tagAttr(line[j+len("<img"):end], "alt"); alt != "" {
				return nameLabel("[" + alt + "]")
			}
			return ""
		}
		j = end
		for j < len(line) && (line[j] == ' ' || line[j] == '\t' || line[j] == '\n') {
			j++
		}
	}
	return ""
}

// tagAttr returns the quoted value of the attribute key among a tag's attributes
// (attrs, after the element's name), "" when it has none.
func tagAttr(attrs, key string) string {
	for i := 0; ; {
		k := strings.Index(attrs[i:], key+"=")
		if k < 0 {
			return ""
		}
		k += i
		i = k + len(key) + 1
		if k == 0 || attrs[k-1] != ' ' && attrs[k-1] != '\n' && attrs[k-1] != '\t' || i >= len(attrs) {
			continue
		}
		if q := attrs[i]; q == '"' || q == '\'' {
			if n := strings.IndexByte(attrs[i+1:], q); n >= 0 {
				return attrs[i+1 : i+1+n]
			}
		}
		return ""
	}
}
