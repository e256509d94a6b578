package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// The text converters scrapers run (w3m, lynx, pandoc, both html2texts) hard-wrap
// paragraphs at a fixed column and print their own marks: "#" and "****** … ******"
// headings, "*", "+", "o" bullets, "**bold**" and "_italic_", "![alt](url)" and
// "[image]" placeholders, horizontal rules. dumpBlocks undoes both before the
// classifier reads the blocks, so that a wrapped paragraph is one block and a mark is
// a hint, not text. A dump written one paragraph a line with no such marks (what
// BeautifulSoup, a browser's innerText and most scrapers give) is read line by line, as
// it always was.

// Style is what a dump's lines, taken together, say about the tool that wrote it.
type Style struct {
	// Width is the column the tool wraps at, 0 when lines are not hard-wrapped.
	Width int
	// ParaGaps: paragraphs are separated by empty lines, so a wrapped line that ends
	// a sentence before a capitalised line is still inside its paragraph.
	ParaGaps bool
	// Markdown: Markdown marks are marks, not text ("# " headings, "![alt](url)").
	Markdown bool
	// StarHeadings: headings framed by runs of stars ("**** Heading ****").
	StarHeadings bool
	// LinkUnderscores: link texts printed with "_" for spaces ("Privacy_Policy").
	LinkUnderscores bool
	// LynxRefs: "[12]" link numbers before link texts.
	LynxRefs bool
	// refs are the link numbers' addresses, from the dump's reference list, which the
	// caller cut off (Read).
	refs map[int]string
}

// Marked reports whether the dump needs the reflow at all.
func (st Style) Marked() bool {
	return st.Width > 0 || st.Markdown || st.StarHeadings
}

// Wrap widths the converters use lie between these columns (72 for pandoc, 76-80 for
// the others, lynx's three-space margin included).
const (
	minWrapWidth = 60
	maxWrapWidth = 100
	// wrapBand is how far below the wrap column the lines a wrapped paragraph breaks
	// into end: a word longer than this is rare.
	wrapBand = 12
)

// ReadStyle measures the dump's lines once. A hard-wrapped dump has a column that
// almost no line passes and that many lines end just short of; a dump written one
// paragraph a line has paragraphs far longer than any column.
func ReadStyle(norm string) Style {
	var st Style
	var hist [maxWrapWidth + 2]int
	long, blank, text, mdMarks, links, stars, unders, refs := 0, 0, 0, 0, 0, 0, 0, 0
	for l := range strings.SplitSeq(norm, "\n") {
		if l == "" {
			blank++
			continue
		}
		text++
		// Each mark is looked for only where its byte stands: most lines hold none.
		link := strings.IndexByte(l, ']') >= 0 && strings.Contains(l, "](")
		// Converters leave addresses, Markdown links and long words unbroken past the
		// column, and html2text does not wrap list items. A line of fewer than 40
		// bytes has fewer than 40 characters.
		if len(l) >= 40 && !link && strings.IndexByte(l, ' ') > 0 && !strings.HasPrefix(l, "* ") && !strings.Contains(l, "://") {
			if n := utf8.RuneCountInString(l); n >= 40 {
				long++
				hist[min(n, maxWrapWidth+1)]++
			}
		}
		star := strings.IndexByte(l, '*') >= 0
		switch {
		case link:
			links++
			mdMarks++
		case l[0] == '#' && markdownHeading(l) > 0, star && strings.Contains(l, "**") && !strings.HasPrefix(l, "**** "):
			mdMarks++
		}
		if l[0] == '*' {
			if level, _ := starHeading(l); level > 0 {
				stars++
			}
		}
		if strings.IndexByte(l, '_') >= 0 && hasLinkUnderscore(l) {
			unders++
		}
		if strings.IndexByte(l, '[') >= 0 && hasLynxRef(l) {
			refs++
		}
	}
	st.ParaGaps = blank*5 >= text
	st.LynxRefs = refs >= 3
	st.Width = wrapWidth(&hist, long)
	// Marks are read as marks in a converter's output, which wraps; in a dump written
	// one paragraph a line, "# Step 1" may be a code comment and "*** Note ***" the
	// page's own words. Markdown links and images are marks wherever they stand.
	st.Markdown = st.Width > 0 && mdMarks >= 3 || links >= 3
	st.StarHeadings = st.Width > 0 && stars >= 2
	st.LinkUnderscores = st.Width > 0 && unders >= 3
	return st
}

// wrapWidth returns the column a hard-wrapped dump breaks its lines at, or 0: the
// first column that almost no line of 40 characters or more passes, with many lines
// ending in the band just short of it. hist counts those lines by length.
func wrapWidth(hist *[maxWrapWidth + 2]int, long int) int {
	if long < 5 {
		return 0
	}
	for w := minWrapWidth; w <= maxWrapWidth; w++ {
		if over := long - sumRange(hist[:], 40, w); over*100 > 4*long {
			continue
		}
		if band := sumRange(hist[:], w-wrapBand+1, w); band >= 5 && band*3 >= long {
			return w
		}
		return 0
	}
	return 0
}

func sumRange(h []int, from, to int) int {
	n := 0
	for i := from; i <= to; i++ {
		n += h[i]
	}
	return n
}

// lineKind is what a tool's marks make of one line.
type lineKind uint8

const (
	linePlain   lineKind = iota
	lineBullet           // a list item's first line
	lineHeading          // a heading mark
	lineRule             // a horizontal rule or a table border: a break
	lineImage            // an image placeholder: the gap a picture leaves
	lineRow              // a table row or a line the tool laid out in columns
)

// dumpLine is one physical line after its marks are read.
type dumpLine struct {
	text  string
	kind  lineKind
	level uint8 // heading level, 1 for the page's title
}

// dumpBlocks splits normalised text into blocks, rejoining hard-wrapped paragraphs and
// reading tool marks first when the dump has them. refs are the addresses of the
// dump's numbered links, nil when it has none: the blocks carry those links.
func dumpBlocks(norm string, refs map[int]string) []Block {
	st := ReadStyle(norm)
	st.refs = refs
	if !st.Marked() {
		return lineBlocks(norm)
	}
	lines := strings.Split(norm, "\n")
	blocks := make([]Block, 0, len(lines)/2+1)
	var para strings.Builder
	var cur dumpLine // the paragraph's last physical line
	open := false
	heading := uint8(0)
	blank := 0
	brackets := 0 // lines joined because an image's or link's brackets were open
	flush := func() {
		if !open {
			return
		}
		open = false
		t := para.String()
		para.Reset()
		t, links := cleanMarks(t, st)
		if t == "" || isImageOnly(t) {
			blank += 2 // a picture with nothing printed for it but its gap
			return
		}
		if n := len(blocks); n > 0 {
			blocks[n-1].BlankAfter = blank
		}
		blocks = append(blocks, Block{Text: t, BlankBefore: blank, Heading: heading, Links: links})
		blank = 0
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			flush()
			blank++
			continue
		}
		dl := readDumpLine(l, st)
		if dl.kind == lineRule {
			// An underline under the line before makes it a heading; any other rule
			// is a break.
			if open && cur.kind == linePlain && para.Len() == len(cur.text) && underlines(l, cur.text) {
				heading = 2
			}
			flush()
			blank++
			continue
		}
		if open && (brackets > 0 && brackets < 6 || joinsWrapped(cur, dl, st)) {
			if strings.HasSuffix(cur.text, "-") && hyphenBreak(cur.text, dl.text) {
				para.WriteString(dl.text)
			} else {
				para.WriteByte(' ')
				para.WriteString(dl.text)
			}
			cur = dl
			brackets = openBrackets(brackets, dl.text)
			continue
		}
		flush()
		open, cur, heading = true, dl, dl.level
		para.WriteString(dl.text)
		brackets = openBrackets(0, dl.text)
		if dl.kind == lineImage {
			brackets = 0
		}
	}
	flush()
	if n := len(blocks); n > 0 {
		blocks[n-1].BlankAfter = blank
	}
	return blocks
}

// openBrackets counts an image or link whose "![" or "[" the line opened and did not
// close: html2text wraps long alt texts, and the lines belong together.
func openBrackets(prev int, s string) int {
	depth := 0
	if prev > 0 {
		depth = 1
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '(':
			depth++
		case ']', ')':
			if depth > 0 {
				depth--
			}
		}
	}
	if depth == 0 {
		return 0
	}
	return prev + 1
}

// joinsWrapped reports whether line b continues the paragraph whose last line is a:
// a was filled up to the wrap column (b's first word would not have fitted on it),
// and b opens no list item, heading or table row.
func joinsWrapped(a, b dumpLine, st Style) bool {
	if st.Width == 0 || b.kind != linePlain || a.kind != linePlain && a.kind != lineBullet {
		return false
	}
	la := utf8.RuneCountInString(a.text)
	if la > st.Width+2 {
		return false
	}
	word, _, _ := strings.Cut(b.text, " ")
	slack := 4 // the indent a list's continuation lines lose to normalisation
	r, _ := utf8.DecodeRuneInString(b.text)
	switch {
	case unicode.IsLower(r) || strings.HasSuffix(a.text, ","):
		slack = wrapBand // mid-sentence: the line was surely cut by the wrap
	case ascii.EndsSentence(a.text) && unicode.IsUpper(r) && !st.ParaGaps:
		slack = 0 // paragraphs follow each other without a gap: only a full line wraps
	}
	return la+1+utf8.RuneCountInString(word) > st.Width-slack
}

// hyphenBreak reports a word broken after its hyphen ("modern-" / "day"): the halves
// join without a space.
func hyphenBreak(a, b string) bool {
	if len(a) < 2 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
	r, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLetter(p) && unicode.IsLower(r)
}

// readDumpLine reads the tool's marks at the start of one line.
func readDumpLine(l string, st Style) dumpLine {
	if isRuleLine(l) {
		return dumpLine{text: l, kind: lineRule}
	}
	if st.Markdown {
		if n := markdownHeading(l); n > 0 {
			return dumpLine{text: strings.TrimRight(strings.TrimSpace(l[n:]), "# "), kind: lineHeading, level: uint8(n - 1)}
		}
	}
	if st.StarHeadings {
		if level, inner := starHeading(l); level > 0 {
			return dumpLine{text: inner, kind: lineHeading, level: level}
		}
	}
	if isImageOnly(l) && (st.Width > 0 || st.Markdown) {
		return dumpLine{text: l, kind: lineImage}
	}
	if strings.ContainsRune(l, '│') || strings.ContainsRune(l, '┃') || strings.Count(l, " | ") >= 2 {
		return dumpLine{text: strings.Trim(l, "│┃| "), kind: lineRow}
	}
	// Bullets are written as one mark, which the Markdown reading leaves alone.
	if n := max(toolBullet(l), BulletLen(l)); n > 0 {
		return dumpLine{text: "• " + strings.TrimSpace(l[n:]), kind: lineBullet}
	}
	if NumberedPrefix(l) > 0 {
		return dumpLine{text: l, kind: lineBullet}
	}
	return dumpLine{text: l}
}

// toolBullet returns the length of a converter's bullet the classifier would not read
// as one: "+ " (html2text), "o " (lynx and html2text's nested lists).
func toolBullet(l string) int {
	if len(l) > 2 && (l[0] == '+' || l[0] == 'o') && l[1] == ' ' {
		return 2
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
// brackets. It returns the links of the link numbers whose addresses st.refs holds.
func cleanMarks(t string, st Style) (string, []Link) {
	if st.Markdown && strings.ContainsAny(t, "*_[\\") {
		t = stripMarkdown(t)
	}
	refs := st.LynxRefs && strings.Contains(t, "[")
	if refs && st.refs == nil {
		t = StripLynxRefs(t)
	}
	if st.LinkUnderscores && strings.Contains(t, "_") {
		t = spaceLinkUnderscores(t)
	}
	if st.Width > 0 && strings.Contains(t, "[]") {
		t = strings.ReplaceAll(t, "[]", " ")
		t = strings.Join(strings.Fields(t), " ")
	}
	t = strings.TrimSpace(t)
	if refs && st.refs != nil {
		// Last, so that the links' offsets are those of the final text.
		return LynxLinks(t, st.refs)
	}
	return t, nil
}

// stripMarkdown turns Markdown into the text a reader sees: "**bold**", "_it_" and
// "`code`" lose their marks, "[text](url)" becomes its text, an inline image
// "![alt](url)" goes, and backslash escapes are undone.
func stripMarkdown(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == '\\' && i+1 < len(t) && strings.IndexByte("\\`*_{}[]()#+-.!|>", t[i+1]) >= 0:
			b.WriteByte(t[i+1])
			i += 2
			continue
		case c == '!' && i+1 < len(t) && t[i+1] == '[':
			if end := linkEnd(t, i+1); end > 0 {
				i = end
				continue
			}
		case c == '[':
			if end := linkEnd(t, i); end > 0 {
				close := strings.Index(t[i:end], "](")
				b.WriteString(t[i+1 : i+close])
				i = end
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
		b.WriteByte(c)
		i++
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// linkEnd returns the end of a "[text](url)" starting at t[i], or 0.
func linkEnd(t string, i int) int {
	close := strings.Index(t[i:], "](")
	if close < 0 || strings.IndexByte(t[i+1:i+close], '[') >= 0 && !strings.HasPrefix(t[i+1:], "![") {
		return 0
	}
	rest := i + close + 2
	end := strings.IndexByte(t[rest:], ')')
	if end < 0 || strings.IndexByte(t[rest:rest+end], ' ') >= 0 && !strings.Contains(t[rest:rest+end], " \"") {
		return 0
	}
	return rest + end + 1
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

// hasLinkUnderscore reports two letters joined by '_', as html2text (C++) prints the
// spaces of a link's text.
func hasLinkUnderscore(l string) bool {
	for i := strings.IndexByte(l, '_'); i > 0 && i+1 < len(l); {
		if ascii.IsLetter(l[i-1]) && ascii.IsLetter(l[i+1]) {
			return true
		}
		k := strings.IndexByte(l[i+1:], '_')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// spaceLinkUnderscores turns the '_' between words back into spaces.
func spaceLinkUnderscores(t string) string {
	b := []byte(t)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '_' && b[i-1] != ' ' && b[i-1] != '_' && b[i+1] != ' ' && b[i+1] != '_' {
			b[i] = ' '
		}
	}
	return string(b)
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
