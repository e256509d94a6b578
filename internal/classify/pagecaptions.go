package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/credit"
)

// A text dump marks a picture only by the extra empty lines it leaves, and the line
// after that gap may be the picture's caption, the next section's heading or simply
// the next paragraph. No shape settles it alone: a short title-case line is a caption
// on one site and a heading on another. So each line after a gap is weighed on its own
// shape and neighbours (gapEvidence), and then against the page's other gap lines: a
// page that captions its pictures does so under most of them, a page whose pictures
// stand uncaptioned before its headings does that throughout (gapLayout).

// gapLayout is what the page's own layout says about the lines after its image gaps.
type gapLayout struct {
	// heads counts the page's headings away from gaps: short unfinished lines
	// followed at once by prose; titleHeads those of them in title case.
	heads, titleHeads int
	// evidence is gapEvidence for each gap line (see isGapLine), 0 elsewhere; nil on
	// a page without gap lines.
	evidence []int8
	// lines counts the gap lines; positive and negative those whose evidence leans
	// to a caption and away from one.
	lines, positive, negative int
	// minGap is the fewest empty lines that make a gap on this page (see gapSpacing).
	minGap int
	// labelled marks the gap lines opened by a picture's label (see pictureLabel):
	// captions whatever the page's other gap lines are, as no heading or paragraph
	// opens so.
	labelled []bool
	// names reads the page's evidence on the lines that may be unlabelled credits
	// (markNameEvidence) when creditAtGap or namedByPosition first needs it; nil on a
	// page without such lines.
	names *pageNames
}

// titleHeadings reports a page whose headings are mostly in title case, so that a
// title-case line is read as one of them rather than as a caption.
func (g gapLayout) titleHeadings() bool {
	return g.titleHeads >= 2 && g.titleHeads*2 >= g.heads
}

// readGapLayout reads the page's headings and weighs each of its gap lines.
func readGapLayout(blocks []block.Block, forms []Form) gapLayout {
	var g gapLayout
	for i := 1; i+1 < len(blocks); i++ {
		if blocks[i].BlankBefore <= 1 && HeadingShaped(blocks[i].Text, forms[i]) && forms[i].Words >= 2 &&
			forms[i+1].Prose && blocks[i+1].BlankBefore <= 1 {
			g.heads++
			if forms[i].TitleCase {
				g.titleHeads++
			}
		}
	}
	g.minGap = gapSpacing(blocks)
	g.names = newPageNames(blocks, forms)
	var fields map[string]int
	var makers []madeLine
	for i := range blocks {
		if blocks[i].BlankBefore < g.minGap || !isGapLine(blocks, forms, i) {
			continue
		}
		// One field of a record the page repeats ("Best for: ...", "Range: ...") is
		// no caption, though the record's picture may stand above it.
		labelled := pictureLabel(blocks[i].Text)
		if label, ok := fieldLabel(blocks[i].Text); ok && !labelled && !forms[i].Sentence && !HasCaptionCue(blocks[i].Text) {
			if fields == nil {
				fields = countFieldLabels(blocks)
			}
			if fields[label] >= 2 {
				continue
			}
		}
		e := gapEvidence(blocks, forms, g, i)
		// Made at the first gap line: a page without one, as many are, reads none
		// (captionByGapLayout takes a short evidence for 0).
		if g.evidence == nil {
			g.evidence, g.labelled = make([]int8, len(blocks)), make([]bool, len(blocks))
		}
		g.evidence[i] = e
		g.labelled[i] = labelled
		g.lines++
		g.tally(e, 1)
		if maker := pictureMaker(blocks[i].Text); maker != "" && !forms[i].Prose {
			makers = append(makers, madeLine{i, maker})
		}
	}
	g.creditMakers(dropCommonMakers(blocks, forms, makers))
	return g
}

// tally counts a gap line of evidence e among the positive or negative ones, or
// takes it out of them again (n = -1).
func (g *gapLayout) tally(e int8, n int) {
	switch {
	case e > 0:
		g.positive += n
	case e < 0:
		g.negative += n
	}
}

// madeLine is a gap line that names who made or supplied its picture (pictureMaker).
type madeLine struct {
	i     int
	maker string
}

// creditMakers reads the gap lines that end with the same maker's name as the
// captions of a page that credits its pictures in them: a designer's portfolio shots
// ("Checkout flow by Northwind", "Icon set by Northwind"), a photographer's pictures
// ("Harbour at dusk | © 2019 Ana Ruiz"), an archive's prints ("Market day, 1890 — via
// the City Archive"). One such line may be a heading naming a product and its maker
// ("Sleep Course by Calmly"); a page whose headings list products names a different
// maker on most (two books by one author among ten), and one that captions its
// pictures names the same few again under each picture. Such lines are captions
// whatever the page's other gap lines are.
func (g *gapLayout) creditMakers(lines []madeLine) {
	if len(lines) < 2 {
		return
	}
	named := make(map[string]int, len(lines))
	for _, l := range lines {
		named[l.maker]++
	}
	again := 0
	for _, l := range lines {
		if named[l.maker] >= 2 {
			again++
		}
	}
	if again*2 < len(lines) {
		return // a list naming a new maker on most lines: books, products
	}
	for _, l := range lines {
		if named[l.maker] < 2 {
			continue
		}
		e := g.evidence[l.i]
		g.tally(e, -1)
		e += madeByEvidence
		g.tally(e, 1)
		g.evidence[l.i], g.labelled[l.i] = e, true
	}
}

// dropCommonMakers takes out of lines those whose maker, named on more than one of
// them, is a common word of the page: one whose every word the page's running text
// writes in lower case ("Arriving by Train", "Leaving by Train" over text that takes
// "the train"; "Sorted by Region"). A title-case heading capitalises the means or
// the order "by" opens as a caption capitalises its maker's name; the page's own
// text tells the two apart. The page's words are read only when a maker is named
// again, which few pages do.
func dropCommonMakers(blocks []block.Block, forms []Form, lines []madeLine) []madeLine {
	if len(lines) < 2 {
		return lines
	}
	var uses map[string]uint8
	var filter uint64
	var buf ascii.KeyBuf
	seen := make(map[string]int, len(lines))
	for _, l := range lines {
		if seen[l.maker]++; seen[l.maker] != 2 {
			continue
		}
		for w := range strings.FieldsSeq(l.maker) {
			if k := nameWordKey(buf[:0], w); k != nil {
				if uses == nil {
					uses = make(map[string]uint8)
				}
				uses[string(k)] = 0
				filter |= wordFilterBit(string(k))
			}
		}
	}
	if uses == nil {
		return lines
	}
	readPageWordUses(textsOf(blocks), forms, uses, filter, &buf)
	kept := lines[:0:0]
	for _, l := range lines {
		if seen[l.maker] < 2 || !commonWords(l.maker, uses, &buf) {
			kept = append(kept, l)
		}
	}
	return kept
}

// commonWords reports a name whose every word that could be a common one
// (nameWordKey) the page writes in lower case, and that has one such word.
func commonWords(name string, uses map[string]uint8, buf *ascii.KeyBuf) bool {
	n := 0
	for w := range strings.FieldsSeq(name) {
		k := nameWordKey(buf[:0], w)
		if k == nil {
			continue
		}
		if uses[string(k)]&usedLower == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// madeByEvidence is what a maker named again on another gap line adds to a line's
// gap evidence: as much as a picture's numbered label.
const madeByEvidence = 2

// pictureMaker returns the name a line ends with after "by", "via" or "©", as a
// caption credits who made or supplied its picture ("... by Northwind Studio", "... —
// via the County Archive", "... | © 2017 Ana Ruiz", the year passed over): one to
// maxMakerWords words, each capitalised or a link word ("of", "the", "de"), with
// words before them. It returns "" for any other line, and for a name followed by
// more than itself ("by Jane Doe (May 6th)") or no name ("by the river").
func pictureMaker(s string) string {
	at, skip := makerMark(s)
	if at <= 0 || !hasLetterOrDigit(s[:at]) {
		return ""
	}
	name := strings.TrimSpace(s[at+skip:])
	for name != "" && name[0] >= '0' && name[0] <= '9' {
		_, name, _ = strings.Cut(name, " ") // the year of a copyright
	}
	words, capitals := 0, 0
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			capitals++
		}
		if words++; words > maxMakerWords || !unicode.IsUpper(r) && !makerLinkWord(w) || strings.ContainsAny(w, ".,;:()[]!?") {
			return ""
		}
	}
	if capitals == 0 {
		return ""
	}
	return name
}

// makerMark finds the last mark opening a maker's name within maxMakerLen bytes of
// the line's end: " by " or " via " in any case, or "©". It returns the mark's
// offset, -1 for none, and its length. Only the line's end is read.
func makerMark(s string) (at, skip int) {
	for i := len(s) - 2; i >= 0 && len(s)-i <= maxMakerLen; i-- {
		switch {
		case s[i] == 0xC2 && s[i+1] == 0xA9: // "©"
			return i, 2
		case s[i] != ' ' || i+4 > len(s):
		case ascii.Lower(s[i+1]) == 'b' && ascii.Lower(s[i+2]) == 'y' && s[i+3] == ' ':
			return i, 4
		case i+5 <= len(s) && ascii.Lower(s[i+1]) == 'v' && ascii.Lower(s[i+2]) == 'i' && ascii.Lower(s[i+3]) == 'a' && s[i+4] == ' ':
			return i, 5
		}
	}
	return -1, 0
}

// maxMakerWords bounds the words of a maker's name; maxMakerLen the bytes from its
// mark to the line's end.
const (
	maxMakerWords = 4
	maxMakerLen   = 60
)

// makerLinkWord reports a lower-case word inside an organisation's or a person's
// name: "Library of Congress", "Jane de la Cruz".
func makerLinkWord(w string) bool {
	return w == "of" || w == "the" || w == "and" || w == "&" || credit.IsNameParticle(w)
}

// fieldLabel returns the label opening a line as a record's field is printed: one to
// three words and a colon before the value ("Best for: beginners", "Key features:
// GPS; ECG", "Range: 40-55 km"). A label with a digit is a picture's number or a
// step's ("Figure 2:", "Step 3:"), which other rules read.
func fieldLabel(s string) (string, bool) {
	colon := strings.Index(s, ": ")
	if colon <= 0 || colon > maxFieldLabel || len(s) <= colon+2 {
		return "", false
	}
	label := s[:colon]
	words := 1
	for _, r := range label {
		switch {
		case r == ' ':
			words++
		case !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '&':
			return "", false
		}
	}
	return label, words <= 3 && !strings.HasPrefix(label, " ") && !strings.Contains(label, "  ")
}

// maxFieldLabel bounds the bytes of a field's label.
const maxFieldLabel = 30

// countFieldLabels counts the lines each field label opens on the page. A label the
// page prints on two lines or more names a field of records it repeats (a product's
// "Best for:", a bike's "Range:"), and a line it opens is that field's value, not a
// picture's caption, though a gap stands above it where the record's picture is.
func countFieldLabels(blocks []block.Block) map[string]int {
	n := make(map[string]int)
	for i := range blocks {
		if label, ok := fieldLabel(blocks[i].Text); ok {
			n[label]++
		}
	}
	return n
}

// gapSpacing is the fewest empty lines that set a line apart on this page: two in
// most dumps, where a picture leaves an extra empty line, but more in those that keep
// the markup's line breaks (BeautifulSoup's), where most lines stand two or more
// apart and only a wider space is unusual. It is the least count of at least two
// that no more than a third of the lines stand after.
func gapSpacing(blocks []block.Block) int {
	var counts [maxSpacing + 1]int
	for _, b := range blocks {
		counts[min(b.BlankBefore, maxSpacing)]++
	}
	above := len(blocks)
	for k := range counts {
		if k >= 2 && above*gapShare <= len(blocks) {
			return k
		}
		above -= counts[k]
	}
	return maxSpacing + 1
}

// gapShare: at most one line in gapShare stands after a gap.
const gapShare = 3

// maxSpacing caps the empty lines gapSpacing tells apart.
const maxSpacing = 32

// minWrappedLine is the fewest bytes of a line a tool hard-wrapped: the tools wrap
// at 72-80 columns, so a shorter line ended where its text did.
const minWrappedLine = 60

// maxCaptionSentenceWords bounds a finished line that may still be a caption: a
// longer one reads as a paragraph unless more evidence says otherwise.
const maxCaptionSentenceWords = 20

// isGapLine reports a line right after an image gap that could be the picture's
// caption: not a numbered or labelled heading ("3. Costs", "Step 2: Plan"), a question
// or a line that announces what follows with a colon, which no caption is; not a list
// item, a link, a credit or furniture.
func isGapLine(blocks []block.Block, forms []Form, i int) bool {
	if i == 0 || blocks[i].BlankBefore < 2 || blocks[i].Role != block.RoleUnknown {
		return false
	}
	f, t := forms[i], blocks[i].Text
	if f.Furniture != NoReason || f.URL || f.Bullet > 0 || f.Credit >= 2 || f.Words < 2 {
		return false
	}
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":") {
		return false
	}
	return !NumberedHeading(t)
}

// gapEvidence weighs a gap line's own shape and neighbours: above zero it reads as a
// caption, below as a heading or a paragraph.
//   - A short sentence closed by a full stop (or followed by a person's name alone)
//     is a caption's shape and never a heading's (an exclamation is the writer's
//     voice, as often a paragraph), and so is a line too long for a heading that
//     leaves its sentence open; a long paragraph is the text going on.
//   - A title-case line on a page whose headings are in title case is one of them; an
//     unfinished line in sentence case there is not, and leans to a caption.
//   - A line that is not itself heading-shaped, followed by a heading and the prose
//     under it, sits between a picture and the next section: the picture's caption.
//   - A short line between a picture and prose, under a heading that stands right above
//     the picture, is that picture's caption: the section already has its heading, and
//     two headings are not set around a picture.
//   - A credit right under it, or a word that describes a photograph, marks a caption.
//   - Two or three unfinished words are a label or a heading more often than a caption.
//   - A line of caption length with a picture's gap under it as well as above sits
//     between two pictures, as a gallery sets its captions; a heading or a
//     paragraph has the text it opens or continues under it.
//   - A byline or a date under it makes it a story teaser's headline.
//   - An open line whose sentence goes on, lower-case, on the next line is the first
//     line of a hard-wrapped paragraph.
func gapEvidence(blocks []block.Block, forms []Form, g gapLayout, i int) int8 {
	f, t := forms[i], blocks[i].Text
	var e int8
	switch {
	case f.Prose && f.Words > maxCaptionSentenceWords:
		e--
	case f.Prose:
		// A sentence or two: a caption's length as much as a paragraph's.
	case f.Sentence && EndsWithStop(t):
		e++
	case EndsWithName(t):
		e++ // "The ridge at dawn. Jane Doe": a caption's sentence and its photographer
	case f.Words > MaxHeadingShapedWords:
		e++ // too long for a heading, and no paragraph leaves its sentence open
	case f.Words <= 3:
		e--
	}
	// A line in the case of the page's headings is one of them; an unfinished line
	// in sentence case where the headings are in title case is not.
	if !f.Sentence && g.titleHeadings() {
		switch {
		case f.TitleCase:
			e--
		case f.Words >= 4:
			e++
		}
	}
	if i+1 < len(blocks) && blocks[i+1].BlankBefore <= 1 {
		n := forms[i+1]
		if r, _ := utf8.DecodeRuneInString(blocks[i+1].Text); !f.Sentence && unicode.IsLower(r) && n.Credit == 0 && len(t) >= minWrappedLine {
			e-- // its sentence goes on below: a hard-wrapped paragraph's first line
		}
		if n.Credit >= 2 && !n.Prose {
			e += 2
		} else if !HeadingShaped(t, f) && HeadingShaped(blocks[i+1].Text, n) && i+2 < len(blocks) && forms[i+2].Prose {
			e++
		}
		if headsSection(blocks, forms, i-1) && !f.Prose && n.Prose {
			e += 2
		}
	}
	if betweenPictures(blocks, forms, g, i) {
		e++
	}
	if HasCaptionCue(t) {
		e++
	}
	if pictureLabel(t) {
		e += 2 // labelled as pictures are: "Figure 2: ...", "Image 4. ...", "Above: ..."
	}
	if teaserFrontMatter(blocks, forms, i) {
		e -= 2
	}
	return e
}

// betweenPictures reports a gap line of caption length (at most a sentence of
// maxCaptionSentenceWords, and not shaped as a heading: a grid of teaser headlines
// under their thumbnails is set the same way, nor an exclamation, the writer's voice)
// with a gap of the page's width under it too, before a line
// that is not a heading opening prose: the picture above is followed by another one
// rather than by text the line could head or begin.
func betweenPictures(blocks []block.Block, forms []Form, g gapLayout, i int) bool {
	f, t := forms[i], blocks[i].Text
	if f.Words > maxCaptionSentenceWords || HeadingShaped(t, f) || f.Sentence && !EndsWithStop(t) || i+1 >= len(blocks) || blocks[i+1].BlankBefore < g.minGap {
		return false
	}
	return !(HeadingShaped(blocks[i+1].Text, forms[i+1]) && i+2 < len(blocks) && forms[i+2].Prose && blocks[i+2].BlankBefore <= 1)
}

// teaserFrontMatter reports a byline or a date within the two lines under line i: the
// line is the headline of a story teaser (a headline, its author and date, an excerpt),
// as boxes of related stories set them under their thumbnails; no caption has either.
func teaserFrontMatter(blocks []block.Block, forms []Form, i int) bool {
	for j := i + 1; j <= i+2 && j < len(blocks); j++ {
		if blocks[j].BlankBefore >= 2 {
			return false
		}
		if LooksLikeBylineStart(blocks[j].Text) || IsDateline(forms[j], blocks[j].Text) {
			return true
		}
	}
	return false
}

// captionByGapLayout reports a gap line whose own evidence leans to a caption on a
// page whose other gap lines mostly lean the same way. A page's only gap line needs
// stronger evidence of its own, having no others to agree with it.
func captionByGapLayout(g gapLayout, i int) bool {
	if i >= len(g.evidence) || g.evidence[i] <= 0 {
		return false
	}
	if g.labelled[i] {
		return true
	}
	agree, disagree := g.positive-1, g.negative
	if agree+disagree == 0 {
		return g.evidence[i] >= 2
	}
	return agree > disagree
}

// creditByPlace is creditByPosition on a page that does not set its headings where
// such a credit stands: a short capitalised line right before prose is the next
// section's heading on a page with headings of its own, whatever precedes it.
func creditByPlace(blocks []block.Block, forms []Form, facts pageFacts, j int) bool {
	return facts.gapLines.heads < minPageHeads && creditByPosition(blocks, forms, j)
}

// minPageHeads is how many headings away from gaps show that a page uses them.
const minPageHeads = 2

// readsAsHeading reports a line that the page's own layout reads as a heading
// wherever it stands: numbered or labelled as listicle entries are, a question or a
// line announcing what follows, or a line shaped and cased as the page's headings
// away from its gaps, followed at once (no picture between) by prose.
func readsAsHeading(blocks []block.Block, forms []Form, facts pageFacts, i int) bool {
	t, f := blocks[i].Text, forms[i]
	if NumberedHeading(t) || strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":") {
		return true
	}
	g := facts.gapLines
	return HeadingShaped(t, f) && g.heads >= minPageHeads && f.TitleCase == g.titleHeadings() &&
		i+1 < len(blocks) && forms[i+1].Prose && blocks[i+1].BlankBefore <= 1
}

// headsSection reports a heading standing right above a gap: a short unfinished line
// of two words or more, not a label announcing what follows with a colon, with no
// empty line between it and what it follows (a line alone between gaps is a
// picture's caption or an island, not a section's heading).
func headsSection(blocks []block.Block, forms []Form, j int) bool {
	if j < 1 || blocks[j+1].BlankBefore < 2 || blocks[j].BlankBefore > 1 {
		return false
	}
	t := blocks[j].Text
	return HeadingShaped(t, forms[j]) && forms[j].Words >= 2 && !strings.HasSuffix(t, ":")
}

// titledHeading reports a heading-shaped line in full title case (see
// FullTitleCase): where a credit or a gap closes the picture above or below
// it, such a line opens the next section, as captions are written in sentence case
// ("How to Use the Rankings" against "Flooded fields south of the town on Wednesday").
// A line with a credit's shape ("Images / Jane Doe", a wrapped credit's second
// half) is none.
func titledHeading(t string, f Form) bool {
	return f.TitleCase && f.Credit == 0 && HeadingShaped(t, f) && FullTitleCase(t)
}

// repeatsCaption reports a line above a caption that prints it again, whole or cut
// short (alt text, a "... more" toggle): the two open alike for most of the shorter.
func repeatsCaption(above, caption string) bool {
	n := 0
	for n < len(above) && n < len(caption) && above[n] == caption[n] {
		n++
	}
	return n >= minRepeatPrefix && 2*n >= min(len(above), len(caption))
}

// minRepeatPrefix is the shortest opening two lines share to be one caption twice.
const minRepeatPrefix = 20

// missesPictureGap reports a line with no picture's gap above it, nor between it and
// the credit under it at next, on a page that leaves gaps where its pictures stand:
// a caption over its credit follows its picture, so there a line right after text
// is text, whatever credit stands under it ("Source: ..." under a paragraph, a
// shop's price under a product). A caption printed twice (alt text and caption)
// has the gap above its first copy (see repeatsCaption). On a page with no gaps at all, the dump kept no
// trace of its pictures and this says nothing.
func missesPictureGap(blocks []block.Block, facts pageFacts, i, next int) bool {
	first := i
	for first > 0 && i-first < maxCaptionRepeats && repeatsCaption(blocks[first-1].Text, blocks[i].Text) {
		first--
	}
	return blocks[first].BlankBefore < 2 && blocks[next].BlankBefore < 2 && facts.gapLines.lines > 0 &&
		!imageMarkup(blocks[first].Text)
}

// imageMarkup reports a line opened by a converter's image syntax that the front
// end could not read whole ("![alt](url" wrapped over lines): the picture itself,
// which needs no gap above it.
func imageMarkup(s string) bool {
	return strings.HasPrefix(s, "![") || strings.HasPrefix(s, "! (")
}

// textFollows reports a line with the story under it, past any furniture (share
// buttons, a "toggle caption" control): its running text or its byline, as the
// lead picture's label stands over them. A line in the front matter with a teaser,
// a price, an author's box, a date or a menu under it belongs to those, whatever
// gap stands above it.
func textFollows(blocks []block.Block, forms []Form, i int) bool {
	for j := i + 1; j < len(blocks) && j <= i+maxFurnitureSkip+1; j++ {
		if forms[j].Furniture == NoReason {
			return forms[j].Prose || LooksLikeBylineStart(blocks[j].Text)
		}
	}
	return false
}

// maxFurnitureSkip bounds the furniture lines textFollows looks past: a row of
// share buttons printed one to a line.
const maxFurnitureSkip = 4

// pictureLabel reports a line opened by a picture's numbered label ("Figure 2: ...",
// see FigureLabel) or by its place beside the caption ("Above: ...", see
// PositionLabel).
func pictureLabel(s string) bool {
	return FigureLabel(s) || PositionLabel(s)
}
