package textdump

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// Converters that write Markdown print what Markdown cannot say in the markup of
// their source. pandoc's default Markdown wraps every <div> of the page in a fenced
// div (":::: {.header}" … "::::") and hangs attribute sets on links, spans and
// headings ("[Careers]{.badge}", "# Title {#title .post-title}"); its GitHub
// Markdown, like other Markdown writers that pass through what they cannot convert,
// leaves the HTML tags themselves, a "<div class=\"menu\">" on a line of its own or a
// "<span>" inside a line. None of it is text a reader sees, and on a whole page it
// outnumbers the text. stripSourceMarkup takes it out before the dump's lines are
// measured, so that the blocks are the rendered page's: a fence or a line of tags
// becomes an empty line, as the element's edge parts paragraphs on the page, and an attribute set
// or an inline tag goes, leaving the text it marked.
//
// Fences and attribute sets have one shape only pandoc gives them, read where it
// stands. Tags are read only on a dump whose lines of tags are, taken together,
// converted HTML (htmlMarkupStyle): an article about programming prints code
// listings, whose XML or JSX tags are the article's text.

// Bounds that keep one mark's reading short, and the whole pass linear: a tag or an
// attribute set longer than this is text (pandoc prints a long srcset inside a tag,
// and hangs it, with the page's data-* attributes, on an image's attribute set too,
// hence the size).
const (
	maxTagBytes  = 4096
	maxAttrBytes = 4096
	// maxOpenBrackets bounds the "[" positions kept to strip a span's brackets.
	maxOpenBrackets = 64
	// A dump's tags are read as markup when at least minMarkupTags of its lines
	// are tags, one in markupLineShare of its lines or more (a converter wraps
	// every block in them; an article about HTML quotes a tag here and there), and
	// no more than one tag in markupOtherShare has another shape (XML, JSX, template
	// syntax: a code listing's).
	minMarkupTags    = 5
	markupLineShare  = 25
	markupOtherShare = 10
)

// dropped stands in the output for a byte to remove at the end: a span's "[" found
// to be one only when its "]{" comes. Normalize removes control characters, so no
// text holds it.
const dropped = 0

// lineCut is the width of the source markup cut from one line: in all, and in the
// line's first word (before it, and glued after it up to the first space). The
// converter counted the markup when it wrapped the line (a tag before or after a
// word without a space was part of that word), and the reflow weighs a line's length
// and the next line's first word to tell a wrapped line from one that ends its
// paragraph.
type lineCut struct{ width, lead int }

// stripSourceMarkup returns norm without its converter's source markup (see above),
// the width cut from each of its lines (nil when none), and whether it found any:
// only a Markdown writer prints it. It returns norm itself when there is none.
func stripSourceMarkup(norm string) (text string, cuts []lineCut, found bool) {
	text, cuts, _, found = stripMarkupAuthors(norm, nil)
	return text, cuts, found
}

// stripMarkupAuthors is stripSourceMarkup, which also returns the texts that the
// markup it took out marked as the author's (authormark.go), as written in the
// output, Markdown marks and all; classes reads class and id words (nil: none).
func stripMarkupAuthors(norm string, classes AuthorClasses) (text string, cuts []lineCut, marked []string, found bool) {
	fences := strings.Contains(norm, ":::")
	attrs := strings.Contains(norm, "{")
	tags := strings.Contains(norm, "<") && htmlMarkupStyle(norm)
	if !fences && !attrs && !tags {
		return norm, nil, nil, false
	}
	m := markupStripper{norm: norm, out: make([]byte, 0, len(norm)), lastOpen: -1, classes: classes, armed: -1}
	heading, code := false, false
	for i := 0; i < len(norm); {
		c := norm[i]
		if i == 0 || norm[i-1] == '\n' {
			if end, fence := codeLine(norm, i, code); end > i {
				// A code listing's lines are its text, tags and braces and all.
				code = code != fence
				for ; i < end; i++ {
					m.write(norm[i])
				}
				continue
			}
			k := afterContainerMarks(norm, i)
			heading = k < len(norm) && norm[k] == '#'
			if i >= 2 && norm[i-2] == '\n' {
				m.open = m.open[:0] // a paragraph's brackets close inside it
			}
			if end := markupLineEnd(norm, i, fences, tags); end > i {
				author, fence, opens := m.readMarkupLine(norm[i:end], fences)
				label := ""
				if !fence {
					label = tagLineLabel(norm[i:end])
				}
				i = m.cutLines(end)
				m.enter(author, fence, opens)
				if label != "" {
					// A picture's name-shaped alt text, printed as w3m prints it
					// (photolabel.go), in the converters' placeholder.
					m.writeString("[" + label + "]")
					m.newline()
					m.newline()
				}
				continue
			}
		}
		end := 0
		switch c {
		case '\\':
			// An escaped mark is text: copied with its escape for the Markdown reading.
			if i+1 < len(norm) && norm[i+1] != '\n' {
				m.write(c)
				m.write(norm[i+1])
				i += 2
				continue
			}
		case '[':
			if len(m.open) < maxOpenBrackets {
				m.open = append(m.open, len(m.out))
			}
		case ']':
			m.lastOpen = -1
			if n := len(m.open); n > 0 {
				m.lastOpen, m.open = m.open[n-1], m.open[:n-1]
			}
			if end = attrSetEnd(norm, i+1); end > 0 && m.lastOpen >= 0 {
				// "[text]{.class}": a span, whose brackets go with its attributes.
				if authorAttrs(norm[i+1:end], false, m.classes) {
					m.marked = append(m.marked, string(m.out[m.lastOpen+1:]))
				}
				m.out[m.lastOpen] = dropped
				m.cut(i, end, 1)
				i = end
				continue
			}
		case ')', '`':
			if end = attrSetEnd(norm, i+1); end > 0 {
				if c == ')' && m.lastOpen >= 0 && authorAttrs(norm[i+1:end], false, m.classes) {
					// "[Jane Doe](/author/jane){rel=\"author\"}": the link's text.
					if k := bytes.LastIndex(m.out[m.lastOpen:], []byte("](")); k > 0 {
						m.marked = append(m.marked, string(m.out[m.lastOpen+1:m.lastOpen+k]))
					}
				}
				m.write(c)
				m.cut(i+1, end, 0)
				i = end
				continue
			}
		case ' ':
			// "# Title {#title .post-title}": a heading's attributes close its line.
			if end = attrSetEnd(norm, i+1); heading && end > 0 && (end == len(norm) || norm[end] == '\n') {
				if authorAttrs(norm[i+1:end], false, m.classes) {
					m.marked = append(m.marked, string(m.out[bytes.LastIndexByte(m.out, '\n')+1:]))
				}
				m.cut(i, end, 0)
				i = end
				continue
			}
		case '<':
			if !tags {
				break
			}
			if end, name := htmlTagEnd(norm, i); end > 0 {
				// Text on either side of a block element's tag stays apart.
				if !inlineElement(name) && len(m.out) > 0 && m.out[len(m.out)-1] != ' ' && m.out[len(m.out)-1] != '\n' {
					m.out = append(m.out, ' ')
				}
				m.cut(i, end, 0)
				if name != "" && norm[i+1] != '/' && authorAttrs(norm[i+1+len(name):end], true, m.classes) && m.armed < 0 {
					// "<span class=\"author\">Jane Doe</span>": the text up to the next tag.
					m.armed, m.armDepth, m.armBudget = len(m.out), -1, maxAuthorText
				}
				i = end
				continue
			}
		}
		if c == '\n' {
			m.newline()
		} else {
			m.write(c)
		}
		i++
	}
	m.closeArmed()
	if !m.changed {
		return norm, nil, nil, false
	}
	return string(slices.DeleteFunc(m.out, func(b byte) bool { return b == dropped })), m.cuts, m.marked, true
}

// markupStripper is stripSourceMarkup's output and what it holds open while it reads.
type markupStripper struct {
	norm string
	out  []byte
	// open are the output positions of the "[" not yet closed (at most
	// maxOpenBrackets), lastOpen that of the "[" the last "]" closed, or -1.
	open     []int
	lastOpen int
	// lines counts the output's line ends; cuts holds the width cut from each
	// output line, up to the last line with a cut.
	lines int
	cuts  []lineCut
	// lineText: the output's current line holds text, which starts at lineStart;
	// wordDone: a space followed its first word.
	lineText, wordDone bool
	lineStart          int
	changed            bool
	// classes reads class and id words for author marks (nil: none are read);
	// marked are the texts marked as the author's, and armed the output position
	// where the text after an author's tag or fence starts, or -1.
	classes AuthorClasses
	marked  []string
	armed   int
	// depth counts the fenced divs open; armDepth is that of the author's div whose
	// paragraphs are noted (-1 when an inline tag's text is), armBudget the bytes
	// of text still to note.
	depth, armDepth, armBudget int
}

// enter follows a line of source markup just cut: a fence opens or closes a div,
// and an author's div or tag starts the noting of the text inside it.
func (m *markupStripper) enter(author, fence, opens bool) {
	if fence {
		if !opens {
			m.depth--
			if m.armed >= 0 && m.depth < m.armDepth {
				m.armed = -1 // the author's div closed
			}
			return
		}
		m.depth++
	}
	if author && m.armed < 0 {
		m.armed, m.armDepth, m.armBudget = len(m.out), -1, maxAuthorText
		if fence {
			m.armDepth = m.depth
		}
	}
}

// readMarkupLine reads a line of source markup (a fence or a line of tags): whether
// it opens an element marked as the author's, whether it is a fence, and whether the
// fence opens a div (it carries attributes) rather than closing one.
func (m *markupStripper) readMarkupLine(line string, fences bool) (author, fence, opens bool) {
	if t := strings.TrimLeft(line, " \t"); fences && !strings.HasPrefix(t, "<") {
		a := fenceAttrs(strings.TrimRight(afterContainerLine(t), "\n"))
		return a != "" && authorAttrs(a, false, m.classes), true, a != ""
	}
	return m.authorLine(line), false, false
}

// afterContainerLine is a fence line from its colons on, after the quote marks and
// list marker that may hold it.
func afterContainerLine(t string) string {
	if k := strings.Index(t, ":::"); k >= 0 {
		return t[k:]
	}
	return t
}

// authorLine reports a line of HTML tags that opens an element marked as the
// author's.
func (m *markupStripper) authorLine(line string) bool {
	if m.classes == nil {
		return false
	}
	for j := 0; j < len(line); {
		end, name := htmlTagEnd(line, j)
		if end == 0 {
			return false
		}
		if name != "" && line[j+1] != '/' && authorAttrs(line[j+1+len(name):end], true, m.classes) {
			return true
		}
		j = end
		for j < len(line) && (line[j] == ' ' || line[j] == '\t' || line[j] == '\n') {
			j++
		}
	}
	return false
}

// closeArmed notes the text written since an author's tag or since the last
// paragraph of an author's div, when it holds any and is short enough to be a
// byline. An inline tag's text is noted once; a div's paragraphs until it closes or
// the budget runs out.
func (m *markupStripper) closeArmed() {
	if m.armed < 0 {
		return
	}
	t := m.out[m.armed:]
	n := len(bytes.TrimSpace(t))
	if n > 0 && n <= maxAuthorText {
		m.marked = append(m.marked, string(t))
	}
	m.armBudget -= len(t)
	if n > 0 && m.armDepth < 0 || m.armBudget <= 0 {
		m.armed = -1
		return
	}
	m.armed = len(m.out)
}

// cut leaves norm[from:to] out of the output, with extra bytes already written, and
// counts their width on the line: up to the first line end they hold for the lead,
// and for the width what the source line the output line now ends on holds.
func (m *markupStripper) cut(from, to, extra int) {
	m.closeArmed()
	m.changed = true
	w := to - from
	k := strings.IndexByte(m.norm[from:to], '\n')
	if k >= 0 {
		w = k
	}
	for len(m.cuts) <= m.lines {
		m.cuts = append(m.cuts, lineCut{})
	}
	c := &m.cuts[m.lines]
	if !m.wordDone {
		c.lead += w + extra
	}
	if k < 0 {
		c.width += w + extra
		return
	}
	// A tag the converter wrapped inside ("<span\nclass=\"author\">Jane\nDoe</span>")
	// joins two source lines into one output line, and the converter wrapped the
	// source line this one ends on, not the two together: the width counts from that
	// line's start, less the text written before it, which the reflow counts with
	// the line's.
	tail := to - (from + strings.LastIndexByte(m.norm[from:to], '\n') + 1)
	c.width = tail + extra - utf8.RuneCount(m.out[m.lineStart:])
}

// write writes one byte of text (not a line end).
func (m *markupStripper) write(c byte) {
	m.out = append(m.out, c)
	space := c == ' ' || c == '\t'
	m.wordDone = m.wordDone || space && m.lineText
	m.lineText = m.lineText || !space
}

// writeString writes text that holds no line end.
func (m *markupStripper) writeString(s string) {
	for i := 0; i < len(s); i++ {
		m.write(s[i])
	}
}

// newline writes a line end.
func (m *markupStripper) newline() {
	if m.armed >= 0 && !m.lineText {
		m.closeArmed() // a paragraph ends the text after an author's mark
	}
	m.out = append(m.out, '\n')
	m.lines++
	m.lineText, m.wordDone = false, false
	m.lineStart = len(m.out)
}

// cutLines leaves out the lines of source markup up to end and the empty lines after
// them, and returns where the text resumes. The element's edge parts paragraphs as
// one empty line does; more would read as the gap a picture leaves.
func (m *markupStripper) cutLines(end int) int {
	for end < len(m.norm) && m.norm[end] == '\n' {
		end++
	}
	m.closeArmed()
	if len(m.out) > 0 && !bytes.HasSuffix(m.out, []byte("\n\n")) {
		m.newline()
	}
	m.changed = true
	return end
}

// codeLine returns the end of the line starting at norm[i], before its line end,
// when the line is a code fence (fence) or stands inside a code listing (code),
// else i.
func codeLine(norm string, i int, code bool) (end int, fence bool) {
	j := i
	for j < len(norm) && norm[j] == ' ' {
		j++
	}
	if !code && (j == len(norm) || norm[j] != '`' && norm[j] != '~') {
		return i, false
	}
	end = len(norm)
	if k := strings.IndexByte(norm[i:], '\n'); k >= 0 {
		end = i + k
	}
	fence = isCodeFence(norm[j:end])
	if !code && !fence {
		return i, false
	}
	return end, fence
}

// markupLineEnd returns the end of the source markup that fills the line starting at
// norm[i], with its line end (a pandoc fence, with attributes that may run on over
// lines, or a line of HTML tags when tags are read), or i when the line holds text.
func markupLineEnd(norm string, i int, fences, tags bool) int {
	j := i
	for j < len(norm) && (norm[j] == ' ' || norm[j] == '\t') {
		j++
	}
	// A div may open a list item or stand in a quote: "-   ::: card", "1.  ::: {.step}",
	// "> ::: quote-text".
	k := j
	if fences {
		k = afterContainerMarks(norm, j)
	}
	var end int
	switch {
	case fences && strings.HasPrefix(norm[k:], ":::"):
		end = fenceEnd(norm, k)
	case tags && j < len(norm) && norm[j] == '<':
		end = tagLineEnd(norm, j)
	}
	if end <= 0 {
		return i
	}
	if end < len(norm) {
		end++ // the line end
	}
	return end
}

// fenceEnd returns the end of a pandoc fenced div's fence line starting at norm[i]
// (":::", ":::: name", "::: {#id .class key=\"value\"}"), before its line end, or 0.
func fenceEnd(norm string, i int) int {
	j := i
	for j < len(norm) && norm[j] == ':' {
		j++
	}
	for j < len(norm) && norm[j] == ' ' {
		j++
	}
	switch {
	case j == len(norm) || norm[j] == '\n':
		return j
	case norm[j] == '{':
		if end := attrSetEnd(norm, j); end > 0 {
			j = end
		} else {
			return 0
		}
	default:
		// One class name; pandoc may close the fence line with colons after it.
		start := j
		for j < len(norm) && isAttrNameByte(norm[j]) {
			j++
		}
		if j == start {
			return 0
		}
	}
	for j < len(norm) && (norm[j] == ' ' || norm[j] == ':') {
		j++
	}
	if j < len(norm) && norm[j] != '\n' {
		return 0
	}
	return j
}

// afterContainerMarks returns where a line's content starts after the marks of the
// blocks that hold it, from norm[i]: indentation, quote marks ("> ", "> > ") and
// one list item's marker, which pandoc prints before a div's fence or a heading
// inside a list item or a quote. i when there are none.
func afterContainerMarks(norm string, i int) int {
	j := i
	for j < len(norm) && (norm[j] == ' ' || norm[j] == '\t' || norm[j] == '>') {
		j++
	}
	return j + listMarkerLen(norm[j:min(len(norm), j+8)])
}

// listMarkerLen returns the width of a Markdown list item's marker and the spaces
// after it at the start of s ("-   ", "*   ", "12. "), 0 when s opens none.
func listMarkerLen(s string) int {
	j := 0
	switch {
	case s == "":
		return 0
	case s[0] == '-' || s[0] == '*' || s[0] == '+':
		j = 1
	default:
		for j < len(s) && j < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == 0 || j == len(s) || s[j] != '.' && s[j] != ')' {
			return 0
		}
		j++
	}
	n := j
	for n < len(s) && s[n] == ' ' {
		n++
	}
	if n == j {
		return 0
	}
	return n
}

// attrSetEnd returns the end of a pandoc attribute set starting at norm[i]
// ("{#id .class key=value key=\"quoted value\"}", which a long list wraps over
// lines), or 0 when norm[i] opens none.
func attrSetEnd(norm string, i int) int {
	if i >= len(norm) || norm[i] != '{' {
		return 0
	}
	limit := min(len(norm), i+maxAttrBytes)
	j, attrs := i+1, 0
	for {
		j = skipTagSpace(norm, j, limit)
		if j >= limit {
			return 0
		}
		if norm[j] == '}' {
			if attrs == 0 {
				return 0
			}
			return j + 1
		}
		if start := j; norm[j] == '#' || norm[j] == '.' {
			// An id or a class, printed as the page wrote it: utility-class
			// frameworks name classes "px-[calc(var(--gap)/2)]" or "md:w-1/2".
			j++
			for j < limit && isClassByte(norm[j]) {
				j++
			}
			if j == start+1 {
				return 0
			}
			attrs++
			continue
		}
		// A key as the page's HTML named it: frameworks' "@click.away", ":class".
		name := j
		for j < limit && isTagAttrByte(norm[j]) && norm[j] != '}' && norm[j] != '{' {
			j++
		}
		// key=value: pandoc's attributes other than ids and classes carry one.
		if j == name || j >= limit || norm[j] != '=' {
			return 0
		}
		if j = attrValueEnd(norm, j+1, limit, true); j == 0 {
			return 0
		}
		attrs++
	}
}

// htmlTagEnd returns the end of an HTML tag or comment starting at norm[i] and its
// element name ("" for a comment); end 0 when norm[i] opens neither or the name is
// no HTML element's.
func htmlTagEnd(norm string, i int) (int, string) {
	end, name, shaped := tagEnd(norm, i)
	if end == 0 || !shaped {
		return 0, ""
	}
	return end, name
}

// tagLineEnd returns the end, before its line end, of a run of tags that fills a line
// from norm[i] (tags may wrap over lines), or 0.
func tagLineEnd(norm string, i int) int {
	j, tags := i, 0
	for {
		end, _, shaped := tagEnd(norm, j)
		if end == 0 || !shaped {
			break
		}
		j, tags = end, tags+1
		for j < len(norm) && (norm[j] == ' ' || norm[j] == '\t') {
			j++
		}
		if j == len(norm) || norm[j] == '\n' {
			return j
		}
	}
	return 0
}

// tagEnd reads an HTML-like tag at norm[i]: "<name attr=\"v\" …>", "</name>",
// "<name … />" or "<!-- … -->". It returns the tag's end (0 when norm[i] opens no
// tag), its element name lower-cased, and whether the tag has the shape of converted
// HTML: an HTML element's name, attribute names in lower case (a code listing's XML
// and JSX tags carry names like "PropertyGroup" and attributes like "className").
func tagEnd(norm string, i int) (end int, name string, shaped bool) {
	limit := min(len(norm), i+maxTagBytes)
	if strings.HasPrefix(norm[i:], "<!--") {
		k := strings.Index(norm[i+4:limit], "-->")
		if k < 0 {
			return 0, "", false
		}
		return i + 4 + k + 3, "", true
	}
	j := i + 1
	if j < limit && norm[j] == '/' {
		j++
	}
	start := j
	for j < limit && (isLower(norm[j]) || isUpper(norm[j]) || j > start && (norm[j] >= '0' && norm[j] <= '9' || norm[j] == '-')) {
		j++
	}
	if j == start {
		return 0, "", false
	}
	name = norm[start:j]
	shaped = htmlElement(name)
	for {
		k := skipTagSpace(norm, j, limit)
		if k >= limit {
			return 0, "", false
		}
		switch {
		case norm[k] == '>':
			return k + 1, name, shaped
		case norm[k] == '/' && k+1 < limit && norm[k+1] == '>':
			return k + 2, name, shaped
		case k == j:
			return 0, "", false // an attribute must follow a space
		}
		j = k
		for j < limit && isTagAttrByte(norm[j]) {
			// Script frameworks bind attributes as "@click" and ":class", which
			// a page's HTML holds as it is; XML names spaces inside the name
			// ("xmlns:x") and JSX capitalises ("onClick").
			if isUpper(norm[j]) || norm[j] == ':' && j > k {
				shaped = false
			}
			j++
		}
		if j == k {
			return 0, "", false
		}
		if v := skipTagSpace(norm, j, limit); v < limit && norm[v] == '=' {
			if j = attrValueEnd(norm, skipTagSpace(norm, v+1, limit), limit, false); j == 0 {
				return 0, "", false
			}
		}
	}
}

// attrValueEnd returns the end of an attribute's value at norm[j]: quoted, or a run of
// bytes up to a space or the set's close; 0 when there is none before limit. escapes:
// a backslash escapes the quote, as in pandoc's attribute sets, which print a page's
// JSON data attributes as "{\"credit\":\"\"}"; an HTML tag has no escapes.
func attrValueEnd(norm string, j, limit int, escapes bool) int {
	if j >= limit {
		return 0
	}
	if q := norm[j]; q == '"' || q == '\'' {
		k := j + 1
		for {
			n := strings.IndexByte(norm[k:limit], q)
			if n < 0 {
				return 0
			}
			k += n
			if !escapes || !escapedAt(norm, j+1, k) {
				break
			}
			k++
		}
		if strings.Contains(norm[j+1:k], "\n\n") {
			return 0
		}
		return k + 1
	}
	k := j
	for k < limit && !strings.ContainsRune(" \t\n>}\"'<", rune(norm[k])) {
		k++
	}
	if k == j {
		return 0
	}
	return k
}

// escapedAt reports a byte at norm[k] that an odd run of backslashes before it, from
// from on, escapes.
func escapedAt(norm string, from, k int) bool {
	n := 0
	for k-n-1 >= from && norm[k-n-1] == '\\' {
		n++
	}
	return n%2 == 1
}

// skipTagSpace skips the spaces and single line ends inside a tag or an attribute
// set; an empty line ends either.
func skipTagSpace(norm string, j, limit int) int {
	for j < limit {
		switch norm[j] {
		case ' ', '\t':
		case '\n':
			if j+1 < limit && norm[j+1] == '\n' {
				return limit
			}
		default:
			return j
		}
		j++
	}
	return j
}

// htmlMarkupStyle reports a dump whose lines of tags are converted HTML: enough of
// them, and few tags among them of another shape (see minMarkupTags).
func htmlMarkupStyle(norm string) bool {
	html, other, lines, tagLines := 0, 0, 0, 0
	code := false
	for start := 0; start < len(norm); {
		if start < len(norm) && norm[start] != '\n' {
			lines++
		}
		j := start
		if end, fence := codeLine(norm, start, code); end > start {
			// A code listing's tags are its text (an XML file, a template), not
			// the converter's.
			code, j = code != fence, end
		} else {
			for j < len(norm) && (norm[j] == ' ' || norm[j] == '\t') {
				j++
			}
			if j < len(norm) && norm[j] == '<' {
				h, o, end := countLineTags(norm, j)
				html, other = html+h, other+o
				if end > j {
					j, tagLines = end, tagLines+1
				}
			}
		}
		k := strings.IndexByte(norm[j:], '\n')
		if k < 0 {
			break
		}
		start = j + k + 1
	}
	return tagLines >= minMarkupTags && tagLines*markupLineShare >= lines && other*markupOtherShare <= html+other
}

// countLineTags counts the tags of each shape in a line that holds tags only, from
// norm[i]; none for a line that holds text too. end is where the tags stop.
func countLineTags(norm string, i int) (html, other, end int) {
	j := i
	for {
		e, _, shaped := tagEnd(norm, j)
		if e == 0 {
			return 0, 0, i
		}
		if shaped {
			html++
		} else {
			other++
		}
		j = e
		for j < len(norm) && (norm[j] == ' ' || norm[j] == '\t') {
			j++
		}
		if j == len(norm) || norm[j] == '\n' {
			return html, other, j
		}
	}
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// isAttrNameByte reports a byte of an identifier or class name in an attribute set.
func isAttrNameByte(c byte) bool {
	return isLower(c) || isUpper(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c >= 0x80
}

// isClassByte reports a byte of an id or a class name in an attribute set: any but
// white space, quotes and the braces that close or open a set.
func isClassByte(c byte) bool {
	return c > ' ' && c != '}' && c != '{' && c != '"' && c != '\''
}

// isTagAttrByte reports a byte of an attribute name inside a tag.
func isTagAttrByte(c byte) bool {
	return c > ' ' && c != '"' && c != '\'' && c != '>' && c != '/' && c != '=' && c != '<'
}

// htmlElements are the element names converters pass through, sorted for the
// search; a tag of another name is not converted HTML.
var htmlElements = []string{
	"a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "blockquote", "br",
	"button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del",
	"details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
	"figure", "font", "footer", "form", "g", "h1", "h2", "h3", "h4", "h5", "h6", "header",
	"hr", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "main",
	"mark", "nav", "noscript", "ol", "option", "p", "path", "picture", "pre", "q", "s",
	"section", "select", "small", "source", "span", "strong", "sub", "summary", "sup",
	"svg", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "u",
	"ul", "video", "wbr",
}

// htmlElement reports an HTML element's name, in lower case.
func htmlElement(name string) bool {
	_, found := slices.BinarySearch(htmlElements, name)
	return found
}

// inlineElement reports an element that sits inside a line of text, whose tags join
// the text on either side rather than part it.
func inlineElement(name string) bool {
	switch name {
	case "a", "abbr", "b", "bdi", "cite", "code", "del", "dfn", "em", "font", "i", "ins",
		"kbd", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u":
		return true
	}
	return false
}
