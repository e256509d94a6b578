package textdump

import (
	"math/bits"
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
	// SmartDashes: a Markdown dump that prints no dash of its own and shows the
	// marks of pandoc's Markdown, which writes "–" as "--" and "—" as "---" (a
	// page's own "--" as "\--"), so its dashes are read back.
	SmartDashes bool
	// refs are the link numbers' addresses, from the dump's reference list, which the
	// caller cut off (Read).
	refs map[int]string
	// lines counts the dump's lines that hold text: the blocks of a dump read a line
	// a block.
	lines int
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
	// headingMargin is how much further than the body a line may run and still be
	// wrapped: lynx sets body text in a three-space margin, which normalisation
	// removes, and headings flush left, so a wrapped heading's first line is longer
	// than any body line.
	headingMargin = 3
)

// ReadStyle measures the dump's lines once. A hard-wrapped dump has a column that
// almost no line passes and that many lines end just short of; a dump written one
// paragraph a line has paragraphs far longer than any column.
func ReadStyle(norm string) Style {
	var st Style
	var hist [maxWrapWidth + 2]int
	long, blank, text, mdMarks, links, stars, unders, refs := 0, 0, 0, 0, 0, 0, 0, 0
	// prose counts, by length, the long lines whose next line opens in lower case: a
	// sentence the wrap cut. Menus and link lists of 40-60 characters can outnumber
	// a page's wrapped paragraphs among all long lines; they seldom run on into a
	// lower-case line. prev is the length of the line before when it was long, else 0.
	var prose [maxWrapWidth + 2]int
	cut, prev := 0, 0
	// unwrapped: the line stands in a block no converter wraps at its column, a
	// code listing between fences or the rows of a table under its dashed rule,
	// which runs to the next empty line.
	code, table := false, false
	// Each mark is looked for across the whole dump, from one line's start to its
	// next occurrence: most lines hold none, and a line asks only whether the next
	// occurrence falls inside it.
	linkMark, bold, under, bracket, scheme := marksOf(norm, "]("), marksOf(norm, "**"), marksOf(norm, "_"), marksOf(norm, "["), marksOf(norm, "://")
	for start := 0; ; {
		end := strings.IndexByte(norm[start:], '\n')
		if end < 0 {
			end = len(norm)
		} else {
			end += start
		}
		l := norm[start:end]
		switch {
		case l == "":
			blank++
			prev, table = 0, false
		default:
			text++
			if prev > 0 {
				if r, _ := utf8.DecodeRuneInString(l); unicode.IsLower(r) {
					prose[prev]++
					cut++
				}
				prev = 0
			}
			link := linkMark.within(start, end)
			underlined := under.within(start, end) && hasLinkUnderscore(l)
			fence := isCodeFence(l)
			code = code != fence
			table = table || isColumnRule(l)
			// Converters leave addresses, Markdown links and long words unbroken past
			// the column (html2text's underlined links are one word), and html2text
			// does not wrap list items; nor does any wrap a code listing, a table's
			// rows or a Markdown line block ("| "); a Markdown heading must stand on
			// one line, however long. A line of fewer than 40 bytes has fewer than
			// 40 characters.
			heading := l[0] == '#' && markdownHeading(l) > 0
			if len(l) >= 40 && !link && !underlined && !code && !table && l[0] != '|' && strings.IndexByte(l, ' ') > 0 && !strings.HasPrefix(l, "* ") && !scheme.within(start, end) {
				if n := runeCountUpTo(l, maxWrapWidth+1); n >= 40 {
					if heading {
						n = 40 // a long line, but none the wrap cut or that runs past it
					}
					long++
					hist[n]++
					prev = n
				}
			}
			switch {
			case link:
				links++
				mdMarks++
			case heading, bold.within(start, end) && !strings.HasPrefix(l, "**** "),
				strings.HasPrefix(l, "> "), fence:
				mdMarks++
			}
			if l[0] == '*' {
				if level, _ := starHeading(l); level > 0 {
					stars++
				}
			}
			if underlined {
				unders++
			}
			if bracket.within(start, end) && hasLynxRef(l) {
				refs++
			}
		}
		if end == len(norm) {
			break
		}
		start = end + 1
	}
	st.ParaGaps = blank*5 >= text
	st.LynxRefs = refs >= 3
	st.Width = wrapWidth(&hist, long, 1, 3)
	if st.Width == 0 {
		// The page's long lines did not agree, but its cut sentences may: in a
		// wrapped dump nearly all of them end in the band below one column, and
		// the long lines past it (addresses, code, tables) are fewer than the cut
		// sentences. A page written a paragraph a line that quotes a wrapped
		// passage (a mail, a listing) has more paragraphs past any column.
		if w := wrapWidth(&prose, cut, 2, 3); w > 0 && sumRange(hist[:], w+1, maxWrapWidth+1) < cut {
			st.Width = w
		}
	}
	st.lines = text
	// Marks are read as marks in a converter's output, which wraps; in a dump written
	// one paragraph a line, "# Step 1" may be a code comment and "*** Note ***" the
	// page's own words. Markdown links and images are marks wherever they stand.
	st.Markdown = st.Width > 0 && mdMarks >= 3 || links >= 3
	st.StarHeadings = st.Width > 0 && stars >= 2
	st.LinkUnderscores = st.Width > 0 && unders >= 3
	return st
}

// isCodeFence reports a Markdown code fence, which opens or closes a code listing:
// three backticks or tildes or more, and after an opening one an info string of one
// word or an attribute set ("``` python", "~~~~ {.js .numberLines}"). A line like
// "~~~ Part two ~~~" is a writer's ornament.
func isCodeFence(l string) bool {
	if len(l) < 3 || l[0] != '`' && l[0] != '~' || l[1] != l[0] || l[2] != l[0] {
		return false
	}
	info := strings.TrimSpace(strings.TrimLeft(l, l[:1]))
	return strings.HasPrefix(info, "{") || !strings.ContainsAny(info, "`~ ")
}

// isColumnRule reports a rule of dashes in two or more runs parted by spaces, as
// pandoc underlines the column headings of a simple table ("------ ---- -------");
// the table's rows follow up to an empty line.
func isColumnRule(l string) bool {
	if l[0] != '-' {
		return false
	}
	runs := 0
	for i := 0; i < len(l); i++ {
		switch {
		case l[i] == '-' && (i == 0 || l[i-1] == ' '):
			runs++
		case l[i] != '-' && l[i] != ' ':
			return false
		}
	}
	return runs >= 2 && strings.Contains(l, "---")
}

// wrapWidth returns the column a hard-wrapped dump breaks its lines at, or 0: the
// first column that almost no line of 40 characters or more passes, with at least
// num/den of the lines ending in the band just short of it. hist counts those lines
// by length.
func wrapWidth(hist *[maxWrapWidth + 2]int, long, num, den int) int {
	if long < 5 {
		return 0
	}
	// within counts the lines of 40 characters or more that fit in w columns, kept
	// as w grows.
	within := sumRange(hist[:], 40, minWrapWidth-1)
	for w := minWrapWidth; w <= maxWrapWidth; w++ {
		within += hist[w]
		if over := long - within; over*100 > 4*long {
			continue
		}
		if band := sumRange(hist[:], w-wrapBand+1, w); band >= 5 && band*den >= long*num {
			return w
		}
		return 0
	}
	return 0
}

// runeCountUpTo is min(utf8.RuneCountInString(s), n) for valid UTF-8 s (a
// normalized dump's line), counting no further: the histogram of line widths needs
// no count past its widest column, and a paragraph is many columns long. A character
// opens at every byte but its continuation bytes (10xxxxxx), so eight bytes at a
// time count as eight less those.
func runeCountUpTo(s string, n int) int {
	count, i := 0, 0
	for ; count < n && i+8 <= len(s); i += 8 {
		x := ascii.Load64(s, i)
		count += 8 - bits.OnesCount64(x&^(x<<1)&ascii.HighBits)
	}
	for ; count < n && i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			count++
		}
	}
	return min(count, n)
}

func sumRange(h []int, from, to int) int {
	n := 0
	for i := from; i <= to; i++ {
		n += h[i]
	}
	return n
}

// Mark is what a tool's marks make of one line, and of the block it opens.
type Mark uint8

// The marks a line may carry.
const (
	MarkNone      Mark = iota
	MarkBullet         // a list item's first line: a bullet or a number
	MarkHeading        // a heading mark: "# ", "**** … ****"
	MarkRule           // a horizontal rule or a table border: a break, never a block
	MarkImage          // an image placeholder: the gap a picture leaves
	MarkRow            // a table row or a line the tool laid out in columns
	MarkUnderline      // a line underlined by the rule under it: a heading
	MarkTable          // rows of cells, one block (Block.Rows)
)

// Join is a set of the rules that joined a block's lines, each a bit.
type Join uint8

// The rules that join a line to the paragraph above it.
const (
	// JoinBrackets: an image's or link's brackets were left open (a wrapped alt text).
	JoinBrackets Join = 1 << iota
	// JoinMidSentence: the wrap cut a sentence, the line opening in lower case or the
	// line above ending with a comma.
	JoinMidSentence
	// JoinFilledLine: the line above was filled to the wrap column, so that the
	// line's first word would not have fitted on it.
	JoinFilledLine
	// JoinHyphen: a word broken after its hyphen, its halves joined without a space.
	JoinHyphen
	// JoinHeading: a heading the tool wrapped, its marked line filled to the wrap
	// column ("# ...") or its closing stars on a later line ("****** ... / ...
	// ******").
	JoinHeading
)

// dumpLine is one physical line after its marks are read.
type dumpLine struct {
	text  string
	kind  Mark
	level uint8 // heading level, 1 for the page's title
	// markLen is the width of a Markdown heading's mark ("## "), which counts
	// towards the wrap column.
	markLen int
	// cut is the width of the source markup cut from the line (stripSourceMarkup),
	// which counted towards the wrap column too.
	cut lineCut
}

// dumpBlocks splits normalised text into blocks, rejoining hard-wrapped paragraphs and
// reading tool marks first when the dump has them. refs are the addresses of the
// dump's numbered links, nil when it has none: the blocks carry those links.
func dumpBlocks(norm string, cuts []lineCut, markdown bool, refs map[int]string) []Block {
	st := dumpStyle(norm, markdown, refs)
	if !st.Marked() {
		return fromLines(lineBlocks(norm, st.lines))
	}
	return reflowBlocks(norm, cuts, st)
}

// dumpStyle is ReadStyle with what the caller knows: the dump is Markdown
// (markdown), and the addresses of its numbered links (refs).
func dumpStyle(norm string, markdown bool, refs map[int]string) Style {
	st := ReadStyle(norm)
	st.refs = refs
	st.Markdown = st.Markdown || markdown
	st.SmartDashes = st.Markdown && !printsDashes(norm) && smartMarks(norm)
	return st
}

// reflowBlocks is dumpBlocks for a dump with marks to read (st.Marked()).
func reflowBlocks(norm string, cuts []lineCut, st Style) []Block {
	lines := strings.Split(norm, "\n")
	blocks := make([]Block, 0, len(lines)/2+1)
	var para strings.Builder
	var cur dumpLine // the paragraph's last physical line
	open := false
	heading := uint8(0)
	mark, joins := MarkNone, Join(0)
	blank := 0
	brackets := 0        // lines joined because an image's or link's brackets were open
	var label photoLabel // a dropped picture's name-shaped label (photolabel.go)
	flush := func() {
		if !open {
			return
		}
		open = false
		raw := para.String()
		para.Reset()
		t, links := cleanMarks(raw, st)
		if links == nil {
			t = unbracketLabel(t)
		}
		if t == "" || isImageOnly(t) {
			label = photoLabel{text: nameLabel(raw), blank: blank}
			blank += 2 // a picture with nothing printed for it but its gap
			return
		}
		if label.text != "" && repeatsLabel(t, label.text) {
			// An author's photo over the author's name: its label is printed as
			// w3m prints it, a line of its own in place of the picture's gap.
			if n := len(blocks); n > 0 {
				blocks[n-1].BlankAfter = label.blank
			}
			blocks = append(blocks, Block{Text: label.text, BlankBefore: label.blank})
			blank -= label.blank + 2
		}
		label.text = ""
		if n := len(blocks); n > 0 {
			blocks[n-1].BlankAfter = blank
		}
		blocks = append(blocks, Block{Text: t, BlankBefore: blank, Heading: heading, Mark: mark, Joins: joins, Links: links})
		blank = 0
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		quote := 0
		if st.Markdown && l != "" && l[0] == '>' {
			l, quote = cutQuoteMarks(l)
		}
		if l == "" {
			flush()
			blank++
			continue
		}
		wrapped := 0
		if st.StarHeadings {
			if h, k := wrappedStarHeading(lines, i); k > i {
				l, wrapped, i = h, k-i, k
			}
		}
		dl := readDumpLine(l, st)
		if i < len(cuts) {
			dl.cut = cuts[i]
		}
		dl.cut.width += quote
		dl.cut.lead += quote
		if dl.kind == MarkRule {
			// An underline under the line before makes it a heading; any other rule
			// is a break.
			if open && cur.kind == MarkNone && para.Len() == len(cur.text) && underlines(l, cur.text) {
				heading, mark = 2, MarkUnderline
			}
			flush()
			blank++
			continue
		}
		j := Join(0)
		if open {
			j = joinRule(cur, dl, brackets, st)
		}
		if j != 0 {
			joins |= j
			if strings.HasSuffix(cur.text, "-") && hyphenBreak(cur.text, dl.text) {
				joins |= JoinHyphen
				para.WriteString(dl.text)
			} else {
				para.WriteByte(' ')
				para.WriteString(dl.text)
			}
			cur = dl
			brackets = openBrackets(brackets, dl.text)
			if j == JoinBrackets && brackets == 0 && isWrappedImage(para.String()) {
				// The line closed a picture's placeholder that the wrap broke: it
				// ends there, as a placeholder on one line does (MarkImage).
				cur.kind = MarkImage
			}
			continue
		}
		flush()
		open, cur, heading, mark, joins = true, dl, dl.level, dl.kind, 0
		if wrapped > 0 {
			joins = JoinHeading
		}
		para.WriteString(dl.text)
		brackets = openBrackets(0, dl.text)
		if dl.kind == MarkImage {
			brackets = 0
		}
	}
	flush()
	if n := len(blocks); n > 0 {
		blocks[n-1].BlankAfter = blank
	}
	return blocks
}

// printsDashes reports a dump that prints a dash ("–", "—") in its text: one that is
// not inside an address's slug, between hyphens ("/healthy-habit-–-seven").
func printsDashes(norm string) bool {
	for i := 0; i < len(norm); {
		k := strings.IndexAny(norm[i:], "–—")
		if k < 0 {
			return false
		}
		k += i
		end := k + len("–") // both dashes take three bytes
		if (k == 0 || norm[k-1] != '-') && (end == len(norm) || norm[end] != '-') {
			return true
		}
		i = end
	}
	return false
}

// smartMarks reports the marks pandoc's Markdown leaves where it reads quotes and
// dashes as typography: a page's own straight quotes escaped ("it\'s", "\"so\""),
// or an em dash written as three hyphens between words ("now---and"). Other
// Markdown writers print the page's quotes and hyphens as they are.
func smartMarks(norm string) bool {
	if strings.Contains(norm, `\'`) || strings.Contains(norm, `\"`) {
		return true
	}
	for i := 0; i < len(norm); {
		k := strings.Index(norm[i:], "---")
		if k < 0 {
			return false
		}
		k += i
		if k > 0 && k+3 < len(norm) && isWordByte(norm[k-1]) && isWordByte(norm[k+3]) {
			return true
		}
		i = k + 3
	}
	return false
}

// isWordByte reports an ASCII letter or digit.
func isWordByte(c byte) bool { return isLower(c) || isUpper(c) || isDigit(c) }

// cutQuoteMarks returns a Markdown quote's line without its marks ("> ", "> > ",
// ">>"), and their width, which the writer counted when it wrapped the line: a
// quote's paragraphs are rejoined as the page's others are, and a line of marks
// alone is the empty line between two of its paragraphs.
func cutQuoteMarks(l string) (string, int) {
	j := 0
	for j < len(l) && l[j] == '>' {
		j++
		if j < len(l) && l[j] == ' ' {
			j++
		}
	}
	return l[j:], j
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

// joinRule returns the rule by which line b continues the paragraph whose last line
// is a, 0 when b opens a block of its own. brackets counts the lines joined while an
// image's or link's brackets stood open: a few, so that a stray bracket cannot join
// a page.
func joinRule(a, b dumpLine, brackets int, st Style) Join {
	if brackets > 0 && brackets < 6 {
		return JoinBrackets
	}
	return wrapJoin(a, b, st)
}

// wrapJoin reports whether line b continues the paragraph whose last line is a, and
// by which rule: a was filled up to the wrap column (b's first word would not have
// fitted on it), and b opens no list item, heading or table row. A line cut
// mid-sentence may end further short of the column (JoinMidSentence) than one that
// ended a sentence (JoinFilledLine).
func wrapJoin(a, b dumpLine, st Style) Join {
	if st.Width == 0 || b.kind != MarkNone || a.kind != MarkNone && a.kind != MarkBullet && a.markLen == 0 {
		return 0
	}
	la := utf8.RuneCountInString(a.text) + a.markLen + a.cut.width
	if la > st.Width+2+headingMargin {
		if a.cut.width <= 0 || la-a.cut.width > st.Width {
			return 0
		}
		// The line ran past the column only by the source markup cut from it: a
		// tag's address or attribute the converter could not break, after which it
		// broke at the first space it could. The line was filled.
		la = st.Width
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
	if la+1+utf8.RuneCountInString(word)+b.cut.lead <= st.Width-slack {
		return 0
	}
	switch {
	case a.markLen > 0:
		return JoinHeading // a Markdown heading's next line is blank unless it wrapped
	case slack == wrapBand:
		return JoinMidSentence
	}
	return JoinFilledLine
}

// wrappedStarHeading reads html2text's (C++) heading that the wrap cut: line i opens
// with a run of stars and does not close it, and one of the next two lines, before
// any empty one, ends with the same run. It returns the heading's lines joined and
// the index of its last line, or i when line i opens no such heading.
func wrappedStarHeading(lines []string, i int) (string, int) {
	l := lines[i]
	n := 0
	for n < len(l) && n < 7 && l[n] == '*' {
		n++
	}
	if n < 2 || n > 6 || n >= len(l) || l[n] != ' ' || strings.HasSuffix(l, " "+l[:n]) {
		return "", i
	}
	for k := i + 1; k < min(i+3, len(lines)) && lines[k] != ""; k++ {
		if strings.HasSuffix(lines[k], " "+l[:n]) && !strings.HasPrefix(lines[k], l[:n]) {
			return strings.Join(lines[i:k+1], " "), k
		}
	}
	return "", i
}

// isWrappedImage reports a paragraph that is one picture's placeholder, its label
// however long: "[alt text]" or "![alt text](src)", no other bracket inside.
func isWrappedImage(p string) bool {
	if strings.HasPrefix(p, "![") && strings.HasSuffix(p, ")") {
		i := strings.Index(p, "](")
		return i > 0 && !strings.ContainsAny(p[2:i], "[]") && !strings.ContainsAny(p[i+2:len(p)-1], " ()")
	}
	return len(p) > 2 && p[0] == '[' && p[len(p)-1] == ']' && !strings.ContainsAny(p[1:len(p)-1], "[]")
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
