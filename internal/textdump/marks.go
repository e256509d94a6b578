package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// The marks converters print (see reflow.go): headings, bullets, rules, image
// placeholders, emphasis and links, read off one line or one rejoined paragraph.

// readDumpLine reads the tool's marks at the start of one line.
func readDumpLine(l string, st Style) dumpLine {
	if isRuleLine(l) || st.Markdown && isCodeFence(l) {
		// A code listing's fence parts it from the text around it, as a rule does.
		return dumpLine{text: l, kind: MarkRule}
	}
	if st.Markdown {
		if n := markdownHeading(l); n > 0 {
			return dumpLine{text: strings.TrimRight(strings.TrimSpace(l[n:]), "# "), kind: MarkHeading, level: uint8(n - 1), markLen: n}
		}
	}
	if st.StarHeadings {
		if level, inner := starHeading(l); level > 0 {
			return dumpLine{text: inner, kind: MarkHeading, level: level}
		}
	}
	if isImageOnly(l) && (st.Width > 0 || st.Markdown) {
		return dumpLine{text: l, kind: MarkImage}
	}
	if strings.ContainsRune(l, '│') || strings.ContainsRune(l, '┃') || strings.Count(l, " | ") >= 2 {
		return dumpLine{text: strings.Trim(l, "│┃| "), kind: MarkRow}
	}
	// Bullets are written as one mark, which the Markdown reading leaves alone.
	if n := max(toolBullet(l), BulletLen(l)); n > 0 {
		return dumpLine{text: "• " + strings.TrimSpace(l[n:]), kind: MarkBullet}
	}
	if NumberedPrefix(l) > 0 {
		return dumpLine{text: l, kind: MarkBullet}
	}
	return dumpLine{text: l}
}

// toolBullet returns the length of a converter's bullet the classifier would not read
// as one: "+ " (html2text), "o " (lynx and html2text's nested lists), "□ " and "☆ "
// (w3m's second and third list levels).
func toolBullet(l string) int {
	if len(l) > 2 && (l[0] == '+' || l[0] == 'o') && l[1] == ' ' {
		return 2
	}
	for _, b := range []string{"□ ", "☆ "} {
		if strings.HasPrefix(l, b) && len(l) > len(b) {
			return len(b)
		}
	}
	return 0
}

// markdownHeading returns the length of a leading "# " to "###### " mark plus one, so
// that the level is the result minus one; 0 if none.
func markdownHeading(l string) int {
	n := 0
	for n < len(l) && n < 7 && l[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n+1 >= len(l) || l[n] != ' ' {
		return 0
	}
	return n + 1
}

// starHeading reads html2text's (C++) heading marks: "****** Title ******" for the
// first level, one star fewer for each level below.
func starHeading(l string) (uint8, string) {
	n := 0
	for n < len(l) && n < 7 && l[n] == '*' {
		n++
	}
	if n < 2 || n > 6 || !strings.HasSuffix(l, " "+l[:n]) || len(l) < 2*n+3 || l[n] != ' ' {
		return 0, ""
	}
	inner := strings.TrimSpace(l[n : len(l)-n])
	if inner == "" {
		return 0, ""
	}
	return uint8(7 - n), inner
}

// isRuleLine reports a line of one repeated drawing character: a horizontal rule, a
// table's border, a heading's underline.
func isRuleLine(l string) bool {
	r0, size := utf8.DecodeRuneInString(l)
	if !strings.ContainsRune("-=_*~━─═┄┈▬", r0) && !(r0 >= '┌' && r0 <= '╿') {
		return false
	}
	n := 0
	for _, r := range l {
		if r != r0 && r != ' ' && !(r0 >= '─' && r0 <= '╿' && r >= '─' && r <= '╿') {
			return false
		}
		n++
	}
	return n >= 3 && len(l) >= 3*size
}

// underlines reports a rule as long as the line above it, as Setext headings are
// underlined.
func underlines(rule, text string) bool {
	d := utf8.RuneCountInString(rule) - utf8.RuneCountInString(text)
	return d >= -2 && d <= 2 && (rule[0] == '=' || rule[0] == '-')
}

// isImageOnly reports a line that is only an image mark: "![alt](url)", "[IMG]",
// "[image: alt]", "[photo.jpg]", or the "[]" pandoc prints for an image without alt.
func isImageOnly(l string) bool {
	if strings.HasPrefix(l, "![") && strings.HasSuffix(l, ")") {
		i := strings.Index(l, "](")
		return i > 0 && !strings.Contains(l[i+2:], " ")
	}
	if len(l) < 2 || l[0] != '[' || l[len(l)-1] != ']' {
		return false
	}
	inner := l[1 : len(l)-1]
	if strings.ContainsAny(inner, "[]") || inner == " " || inner == "X" || inner == "x" {
		return false // "[ ]" and "[X]" are form check boxes
	}
	return ascii.WordCount(inner) <= 12
}

// cleanMarks removes the tool's inline marks from a rejoined paragraph: emphasis,
// Markdown links and images, link numbers, "_" for spaces in link texts, empty
// brackets. It returns the links of the Markdown links to http(s) addresses, or of
// the link numbers whose addresses st.refs holds.
func cleanMarks(t string, st Style) (string, []Link) {
	var links []Link
	if st.Markdown && (strings.ContainsAny(t, "*_[\\") || st.SmartDashes && strings.Contains(t, "--")) {
		t, links = stripMarkdown(t, st.SmartDashes)
	}
	refs := st.LynxRefs && strings.Contains(t, "[")
	if refs && st.refs == nil {
		t = StripLynxRefs(t)
	}
	if st.LinkUnderscores && strings.Contains(t, "_") {
		t = spaceLinkUnderscores(t)
	}
	if st.Width > 0 && links == nil && strings.Contains(t, "[]") {
		t = strings.ReplaceAll(t, "[]", " ")
		t = strings.Join(strings.Fields(t), " ")
	}
	if refs && st.refs != nil {
		// Last, so that the links' offsets are those of the final text.
		return LynxLinks(strings.TrimSpace(t), st.refs)
	}
	if trimmed := strings.TrimLeft(t, " "); len(trimmed) < len(t) {
		links = shiftLinks(links, len(trimmed)-len(t))
		t = trimmed
	}
	return strings.TrimRight(t, " "), links
}

// shiftLinks moves the links' offsets by d.
func shiftLinks(links []Link, d int) []Link {
	for i := range links {
		links[i].Start += d
		links[i].End += d
	}
	return links
}

// stripMarkdown turns Markdown into the text a reader sees: "**bold**", "_it_" and
// "`code`" lose their marks, "[text](url)" becomes its text, an inline image
// "![alt](url)" goes, backslash escapes are undone ("\ " is pandoc's non-breaking
// space, "\" before a line end its line break) and white space is collapsed;
// with smartDashes, "--" and "---" are the dashes they stand for (Style.SmartDashes).
// It returns the links to http(s) addresses, with their offsets in the text.
func stripMarkdown(t string, smartDashes bool) (string, []Link) {
	var b strings.Builder
	b.Grow(len(t))
	var links []Link
	space := true // the text so far ends in a space, or is empty: a space is not written
	write := func(c byte) {
		if c == ' ' || c == '\t' || c == '\n' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			return
		}
		b.WriteByte(c)
		space = false
	}
	// run writes t without its marks; a link's text is run in turn, so that its
	// emphasis and escapes go too ("[**Sale**](url)", "[\$5 off](url)").
	var run func(t string)
	run = func(t string) {
		for i := 0; i < len(t); {
			c := t[i]
			switch {
			case c == '\\' && i+1 < len(t) && (isASCIIPunct(t[i+1]) || t[i+1] == ' '):
				write(t[i+1])
				i += 2
				continue
			case c == '!' && i+1 < len(t) && t[i+1] == '[':
				if end := linkEnd(t, i+1); end > 0 {
					i = end
					continue
				}
			case c == '[':
				if end := linkedImageEnd(t, i); end > 0 {
					i = end
					continue
				}
				if end := linkEnd(t, i); end > 0 {
					close := strings.Index(t[i:end], "](")
					start := b.Len()
					run(t[i+1 : i+close])
					if url := linkAddress(t[i+close+2 : end-1]); url != "" {
						text := strings.TrimRight(b.String()[start:], " ")
						if text = strings.TrimLeft(text, " "); text != "" {
							s := start + strings.Index(b.String()[start:], text)
							links = append(links, Link{Text: text, URL: url, Start: s, End: s + len(text)})
						}
					}
					i = end
					continue
				}
			case c == '-' && smartDashes && i+1 < len(t) && t[i+1] == '-':
				j := i
				for j < len(t) && t[j] == '-' {
					j++
				}
				if j-i <= 3 {
					dash := "–"
					if j-i == 3 {
						dash = "—"
					}
					for k := 0; k < len(dash); k++ {
						write(dash[k])
					}
					i = j
					continue
				}
			case c == '*' || c == '_':
				j := i
				for j < len(t) && t[j] == c {
					j++
				}
				if emphasisMark(t, i, j) {
					i = j
					continue
				}
			}
			write(c)
			i++
		}
	}
	run(t)
	return strings.TrimRight(b.String(), " "), links
}

// linkAddress returns a Markdown link's destination, its title left out, when it is an
// absolute http(s) address; "" otherwise.
func linkAddress(dest string) string {
	u, _, _ := strings.Cut(strings.TrimSpace(dest), " ")
	u = strings.TrimSuffix(strings.TrimPrefix(u, "<"), ">")
	if (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && len(u) > len("https://") {
		return u
	}
	return ""
}

// isASCIIPunct reports an ASCII punctuation character, which Markdown lets a
// backslash escape (pandoc escapes quotes and "$" too: "board\'s").
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// linkEnd returns the end of a "[text](url)" starting at t[i], or 0. The text holds
// no bracket but an escaped one ("[\[1\]](url)", a citation's number) or an
// image's.
func linkEnd(t string, i int) int {
	close := strings.Index(t[i:], "](")
	if close < 0 || unescapedBracket(t[i+1:i+close]) && !strings.HasPrefix(t[i+1:], "![") {
		return 0
	}
	return destinationEnd(t, i+close+2)
}

// destinationEnd returns the end of a link's destination and title starting at
// t[rest], after its "](", with the ")" that closes it; 0 when none does.
func destinationEnd(t string, rest int) int {
	end := strings.IndexByte(t[rest:], ')')
	if end < 0 || strings.IndexByte(t[rest:rest+end], ' ') >= 0 && !strings.Contains(t[rest:rest+end], " \"") {
		return 0
	}
	return rest + end + 1
}

// linkedImageEnd returns the end of a link whose text is one image,
// "[![alt](a.png)](url)", a logo or a picture that links to its page, starting at
// t[i]; 0 when there is none. It is a picture: nothing of it is text.
func linkedImageEnd(t string, i int) int {
	if !strings.HasPrefix(t[i+1:], "![") {
		return 0
	}
	img := linkEnd(t, i+2)
	if img == 0 || !strings.HasPrefix(t[img:], "](") {
		return 0
	}
	return destinationEnd(t, img+2)
}

// unescapedBracket reports a "[" in s that no backslash escapes.
func unescapedBracket(s string) bool {
	for k := strings.IndexByte(s, '['); k >= 0; {
		if k == 0 || s[k-1] != '\\' {
			return true
		}
		n := strings.IndexByte(s[k+1:], '[')
		if n < 0 {
			return false
		}
		k += 1 + n
	}
	return false
}

// emphasisMark reports a run of '*' or '_' (t[i:j]) at a word's edge: before a word
// that follows a space or the start, or after a word before a space, punctuation or the
// end. Inside a word ("snake_case", "5*3") it is text.
func emphasisMark(t string, i, j int) bool {
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(t[:i])
	}
	if j < len(t) {
		after, _ = utf8.DecodeRuneInString(t[j:])
	}
	wordBefore := unicode.IsLetter(before) || unicode.IsDigit(before)
	wordAfter := unicode.IsLetter(after) || unicode.IsDigit(after)
	return wordBefore != wordAfter || !wordBefore && !wordAfter
}

// StripHeadingMark returns l without a converter's heading mark ("# Title",
// "****** Title ******"): on a dump too short to show the converter's style the
// front end leaves the mark, which is no part of the line's text.
func StripHeadingMark(l string) string {
	if k := markdownHeading(l); k > 0 {
		if t := strings.TrimSpace(strings.TrimRight(l[k:], "#")); t != "" {
			return t
		}
	}
	if level, inner := starHeading(l); level > 0 {
		return inner
	}
	return l
}

// BulletLen returns the length of a leading list marker: "• ", "- ", "* ", "· ", "– ",
// and w3m's markers of nested lists, "□ " at the second level and "☆ " at the third.
// Numbered markers ("1. ") are left to the classifier, because numbered subheadings
// look the same.
func BulletLen(s string) int {
	// Every marker opens with '-', '*' or the lead byte of U+0080-U+00BF or of
	// U+2000-U+2FFF.
	if s == "" || s[0] != '-' && s[0] != '*' && s[0] != 0xc2 && s[0] != 0xe2 {
		return 0
	}
	for _, b := range []string{"• ", "- ", "* ", "· ", "– ", "▪ ", "■ ", "◦ ", "○ ", "► ", "✓ ", "✔ ", "□ ", "☆ "} {
		if strings.HasPrefix(s, b) && len(s) > len(b) {
			return len(b)
		}
	}
	return 0
}

// NumberedPrefix returns the length of a leading "1. ", "12) " or "3 - " marker.
func NumberedPrefix(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) {
		return 0
	}
	for _, sep := range []string{". ", ") ", " - ", ": "} {
		if strings.HasPrefix(s[i:], sep) {
			return i + len(sep)
		}
	}
	return 0
}
