package textdump

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// A whole-page dump holds the article among menus, cookie and sign-up notices, teaser
// lists and footers. Their lines are short and come in runs; the article's are long
// punctuated prose. proseRegion finds the run of blocks where prose most outweighs the
// short lines around it, in one pass (the maximum-sum segment), so that prose cut off
// from the article by a long menu (a cookie notice above the masthead, a footer's
// "about us") stays outside.

// Line is what the page region reads of one block: its text, and what the caller's
// reading of the line found (the classifier's phrase tables and credit parser).
type Line struct {
	Text  string
	Words int // words, two CJK characters counting as one (ascii.WordCount)
	// Prose: a full paragraph of running text. Sentence: the line ends as a sentence
	// does (ascii.EndsSentence).
	Prose, Sentence bool
	// Furniture: a phrase table knows the line as page furniture (a menu entry, a
	// notice, a sharing button).
	Furniture bool
	URL       bool // the line is a web address
	Bullet    bool // the line opens with a list bullet
	Credit    bool // the line reads as a picture's credit
}

// RegionRule names the rule that settled one end of a Region.
type RegionRule uint8

// The rules that settle the ends of a Region.
const (
	// RegionNoProse: the page has no run of prose, or none that reaches the body
	// span; the span stands.
	RegionNoProse RegionRule = iota
	// RegionSpan: the region's prose reaches the span's end; it stands.
	RegionSpan
	// RegionShortGap: fewer than minRegionGap short lines part the span's end from
	// the region's prose: one article, its own lists and captions between.
	RegionShortGap
	// RegionOpensWithArticle: the dump opens with the article itself, a title over a
	// long lead (opensWithArticle); the lines above the region's prose stay.
	RegionOpensWithArticle
	// RegionNotWholePage: too few short lines before the article to make the dump a
	// whole page, and no page footer after it (pageFooter), so the article's closing
	// lists and galleries stay.
	RegionNotWholePage
	// RegionCut: a long run of short lines (a menu, a teaser list) parts the span
	// from the region's prose; the span is cut to the region.
	RegionCut
	// RegionFooter: a page footer inside the region's prose (footerWithin) ends it.
	RegionFooter
	// RegionIntroducedList: on a whole page, a line ending in a colon introduces the
	// short lines after the region's prose, and none of them is a footer's: the
	// article's own list runs to the span's end.
	RegionIntroducedList
	// RegionAuthorBox: an author box (authorBox) after the article's prose ends it:
	// a line naming the author over a paragraph that opens with that name.
	RegionAuthorBox
	// RegionReprinted: on a whole page, every paragraph after the region's prose
	// repeats one printed before it (reprintedOnly): a box the page prints twice
	// ends the article.
	RegionReprinted
)

// Region is the body span narrowed to the page's prose region, with the rule that
// settled each end.
type Region struct {
	First, Last    int
	StartBy, EndBy RegionRule
}

// A paragraph printed again is a carousel's or a box's (testimonials, blurbs under a
// menu's entries, the page rendered twice for two screen sizes), never the article's
// prose, which says a thing once: proseRegion weighs it as nothing, and when a whole
// page's only paragraphs after the region are such repeats, regionEnd ends the body
// with the region (RegionReprinted).

// repeats marks the paragraphs (Prose, no Furniture) that repeat the text of an
// earlier one; nil when none does.
func repeats(lines []Line) []bool {
	n := 0
	for i := range lines {
		if lines[i].Prose && !lines[i].Furniture {
			n++
		}
	}
	if n < 2 {
		return nil
	}
	// Sized once: grown paragraph by paragraph, the map would allocate again and
	// again.
	printed := make(map[string]struct{}, n)
	var again []bool
	for i := range lines {
		if !lines[i].Prose || lines[i].Furniture {
			continue
		}
		if _, ok := printed[lines[i].Text]; !ok {
			printed[lines[i].Text] = struct{}{}
			continue
		}
		if again == nil {
			again = make([]bool, len(lines))
		}
		again[i] = true
	}
	return again
}

// reprintedOnly reports that the paragraphs after the region's end, up to the span's
// last line, are all repeats of paragraphs printed before (again is repeats(lines)),
// and there is at least one: on a whole page, a box the page prints twice (a
// carousel for wide and for narrow screens), which is no part of the article however
// few short lines stand between. An article's own dump may quote a paragraph again
// (a summary, a pull quote), so regionEnd asks this of whole pages only.
func reprintedOnly(lines []Line, again []bool, end, last int) bool {
	if again == nil {
		return false
	}
	n := 0
	for i := end + 1; i <= last; i++ {
		if !lines[i].Prose || lines[i].Furniture {
			continue
		}
		if !again[i] {
			return false
		}
		n++
	}
	return n > 0
}

// proseRegion returns the first and last block of the page's densest run of prose, or
// -1, -1 when the page has no prose; again is repeats(lines).
func proseRegion(lines []Line, again []bool) (start, end int) {
	start, end = -1, -1
	best, sum, from := 0, 0, 0
	for i := range lines {
		w := regionWeight(lines[i])
		if again != nil && again[i] {
			w = 0
		}
		if w < 0 && brokenSentence(lines, i) {
			w = 0
		}
		sum += w
		if sum <= 0 {
			sum, from = 0, i+1
			continue
		}
		if sum > best {
			best, start, end = sum, from, i
		}
	}
	return start, end
}

// regionWeight is what one block adds to a run's claim to be the article: its words
// when it is prose, a cost for every short line (menu entries, buttons, teaser
// titles), more for a line the phrase tables know as furniture.
func regionWeight(f Line) int {
	switch {
	case f.Furniture:
		return -regionLineCost * 2
	case f.Prose:
		return f.Words
	case f.Sentence && f.Words >= 6:
		return f.Words / 2 // a short paragraph: neither prose enough nor a label
	case labelledValue(f.Text):
		// "Best for: small teams", "Price: $20 a month": a review's or a guide's
		// spec line, which menus and teaser lists never print; it costs nothing.
		return 0
	default:
		return -regionLineCost
	}
}

// labelledValue reports a line that is a short label, a colon and a value of a few
// words: "Organization: Project Management Institute".
func labelledValue(s string) bool {
	i := strings.Index(s, ": ")
	if i <= 0 {
		return false
	}
	v := ascii.WordCount(s[i+2:])
	return ascii.WordCount(s[:i]) <= maxLabelWords && v >= 2 && v <= maxLabelledValueWords
}

// maxLabelWords bounds the label of a labelled value.
const maxLabelWords = 4

// maxLabelledValueWords bounds the value: a longer one after a short label is a
// teaser's headline under its kicker ("Watch live: ...").
const maxLabelledValueWords = 6

// brokenSentence is InBrokenSentence on lines.
func brokenSentence(lines []Line, i int) bool {
	return InBrokenSentence(len(lines), i, func(k int) string { return lines[k].Text })
}

// InBrokenSentence reports a short line that is a piece of a sentence some tools
// split at every link or emphasis (BeautifulSoup's get_text): it opens in lower case
// or with punctuation, or the line before it stops mid-sentence and the one after it
// goes on in lower case. The line is number i of n, and text gives the text of any.
func InBrokenSentence(n, i int, text func(int) string) bool {
	if opensMidSentence(text(i)) {
		return true
	}
	return i > 0 && i+1 < n && !ascii.EndsSentence(text(i-1)) && opensMidSentence(text(i+1))
}

// opensMidSentence reports text that opens in lower case or with a mark that never
// starts a sentence.
func opensMidSentence(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return midSentenceASCII[s[0]] // the region asks this of nearly every short line
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || strings.ContainsRune(",.;:)!?", r)
}

// midSentenceASCII is opensMidSentence for a text opening with an ASCII character,
// looked up. Built once, never written afterwards.
var midSentenceASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = unicode.IsLower(c) || strings.ContainsRune(",.;:)!?", c)
	}
	return t
}()

// regionLineCost is what a short line costs a run: a paragraph of some 40 words
// outweighs a dozen menu entries, a cookie notice does not outweigh a long menu.
const regionLineCost = 3

// FindRegion narrows the body span first..last (block indices, first < 0 for none)
// to the page's prose region: prose before it is a notice or a teaser, prose after it
// a footer's or a comment's. It cuts only across a long run of short lines (a menu,
// a teaser list), so that an article's own lists, galleries and captions between its
// paragraphs never part it. The Region says which rule settled each end.
func FindRegion(lines []Line, first, last int) Region {
	r := Region{First: first, Last: last}
	again := repeats(lines)
	start, end := proseRegion(lines, again)
	if start < 0 || first < 0 || end < first {
		return r
	}
	r.First, r.StartBy = regionStart(lines, first, start, end)
	// The lines above the region, by how often each is printed there: a menu
	// printed again in a footer is evidence of the footer.
	above := make(map[string]int, r.First)
	for i := range r.First {
		above[lines[i].Text]++
	}
	r.Last, r.EndBy = regionEnd(lines, above, again, first, r.First, end, last)
	if cut := footerWithin(lines, above, r.First, r.Last); cut >= 0 {
		r.Last, r.EndBy = cut, RegionFooter
	}
	if cut := authorBox(lines, r.First, r.Last); cut >= 0 {
		r.Last, r.EndBy = cut, RegionAuthorBox
	}
	return r
}

// authorBox returns the last line before an author box that closes the article in
// the region first..last, or -1 when there is none. The box is a short line that
// names the author ("Jane Doe", "Written by Jane Doe", "Jane Doe, Senior Editor")
// over a paragraph that opens with the same name ("Jane Doe is a reporter who ...");
// the name repeated is the evidence, whatever the language of a label; the author's
// title may stand between the two lines (bioUnder). A guide's
// entries have that shape too ("Harbour Tours" over "Harbour Tours runs ..."), but
// they come in a series, with the article's prose after them: only the region's
// first such pair counts, with footerShare times more prose before it than from it
// on, and at most maxBoxParagraphs paragraphs after its own (a second author's bio,
// a blurb of the site's).
func authorBox(lines []Line, first, last int) int {
	total := 0
	for i := first; i <= last; i++ {
		total += proseWords(lines[i])
	}
	before := 0
	for i := first; i < last; i++ {
		bio := bioUnder(lines, i, last)
		if bio < 0 {
			before += proseWords(lines[i])
			continue
		}
		h := lines[i].Text
		if r, _ := utf8.DecodeRuneInString(h); unicode.IsDigit(r) || strings.ContainsRune(h, '?') {
			return -1 // a numbered entry, a question: the article's own section
		}
		if (total-before)*footerShare >= before {
			return -1
		}
		after := 0
		for j := bio + 1; j <= last; j++ {
			if lines[j].Prose {
				after++
			}
		}
		if after > maxBoxParagraphs {
			return -1
		}
		return i - 1
	}
	return -1
}

// bioUnder returns the paragraph, up to last, that line i heads as an author box's
// name (namesOver), or -1. Up to maxBoxTitleLines short lines may stand between the
// name and the bio: the author's title ("Contributing Writer"), a count of their
// articles, a handle.
func bioUnder(lines []Line, i, last int) int {
	if lines[i].Prose || lines[i].Words > maxBoxHeadingWords {
		return -1 // no heading (namesOver's own first test, once for every j)
	}
	for j := i + 1; j <= last && j <= i+1+maxBoxTitleLines; j++ {
		if namesOver(lines[i], lines[j]) {
			return j
		}
		if lines[j].Prose || lines[j].Words > maxBoxHeadingWords {
			break
		}
	}
	return -1
}

// maxBoxTitleLines is how many short lines may part an author box's name from the
// bio under it.
const maxBoxTitleLines = 2

// maxBoxParagraphs is how many paragraphs may follow an author box's bio in the
// region: a second author's, a sign-up blurb, a site's note.
const maxBoxParagraphs = 4

// maxBoxHeadingWords bounds an author box's heading: a label, the name, a title.
const maxBoxHeadingWords = 8

// NamesOver reports an author box's heading h over its bio p (namesOver): the lines
// the region ends before when the box closes the article, which the classifier
// removes as a bio.
func NamesOver(h, p Line) bool { return namesOver(h, p) }

// namesOver reports a short line h over a paragraph p that opens with a name of two
// to four capitalised words that also closes h's first part (before a comma, a
// bracket or a dash: "Jane Doe, MD"), with at most two label words before it.
func namesOver(h, p Line) bool {
	if h.Prose || !p.Prose || h.Words > maxBoxHeadingWords {
		return false
	}
	var nameBuf [maxNameWords]string
	name := appendWords(nameBuf[:0], p.Text, 1)
	if len(name) == 0 || !opensUpper(name[0]) {
		return false
	}
	part := h.Text[:headPartEnd(h.Text)]
	// The name closes the heading's part, so the part holds its first word: most
	// pairs fail here, before the paragraph's other words are read and the part is
	// split into words.
	if !strings.Contains(part, name[0]) {
		return false
	}
	name = appendWords(name[:0], p.Text, maxNameWords)
	for k, w := range name {
		if !opensUpper(w) {
			name = name[:k]
			break
		}
	}
	var headBuf [maxBoxHeadingWords + 1]string
	hw := appendWords(headBuf[:0], part, len(headBuf))
	if len(hw) == len(headBuf) {
		return false // longer than a label and a name
	}
	if len(name) == 1 {
		return firstNameOver(hw, name[0], p.Text)
	}
	// The name is the longest opening of the paragraph's capitalised words that
	// closes the heading's part.
	for k := len(name); k >= 2; k-- {
		if len(hw) >= k && len(hw)-k <= 2 && slices.Equal(hw[len(hw)-k:], name[:k]) {
			return true
		}
	}
	return false
}

// headPartEnd returns the index of the first ",", "(", "|", "–" or "—" in s, as
// strings.IndexAny(s, ",(|–—") finds it, or len(s) when there is none. The bytes
// are compared as they are: strings.IndexAny decoded each character of s and
// searched the set for it, as it does for a set that holds a character past ASCII.
// UTF-8 synchronises at every character, so the dashes' three bytes in s are a dash.
func headPartEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '(', '|':
			return i
		case 0xe2: // "–" is E2 80 93, "—" E2 80 94
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
				return i
			}
		}
	}
	return len(s)
}

// opensUpper reports a word that opens with a capital letter.
func opensUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// firstNameOver reports a bio that opens with the author's first name alone, then a
// verb (bioVerb: "Lisa has over 20 years ...", "Amar is an avid traveler"),
// under a heading whose words hw close with that author's full name ("Written by Lisa
// Greene-Lewis", "About Amar Hussain", "Sarah Rudell Beach"): two or three
// capitalised words of letters alone, the first the bio's, after at most two label
// words. A product's or a place's name over a paragraph that opens with its first
// word ("Osprey Atmos 65" over "Osprey makes ...") mostly carries a digit or runs on
// in capitals.
func firstNameOver(hw []string, first, bio string) bool {
	var wordBuf [2]string
	if w := appendWords(wordBuf[:0], bio, 2); len(w) < 2 || !bioVerb(w[1]) {
		return false
	}
	for k := 2; k <= 3 && k <= len(hw); k++ {
		name := hw[len(hw)-k:]
		if len(hw)-k > 2 || name[0] != first {
			continue
		}
		ok := true
		for _, w := range name {
			if !opensUpper(w) || !lettersOnly(w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// bioVerb reports the verbs a bio puts right after its subject's first name ("Lisa
// has", "Amar is", "Tim writes"). A heading's first word over a section that repeats
// it is followed by more of its noun phrase instead ("Window direction plays ...",
// "Ecommerce analytics is ..."), so the verb is what tells a name from a topic.
func bioVerb(w string) bool {
	switch w {
	case "is", "has", "was", "writes", "covers", "joined", "leads", "works", "lives", "holds",
		"brings", "specializes", "specialises", "loves", "enjoys", "founded", "began", "helps",
		"teaches", "explores", "serves", "spent", "started":
		return true
	}
	return false
}

// lettersOnly reports a word of letters alone.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// maxNameWords bounds a name's words.
const maxNameWords = 4

// appendWords appends the words of s to dst (runs of letters, digits and
// underscores), up to max words in dst.
func appendWords(dst []string, s string, max int) []string {
	start := -1
	for i, r := range s {
		if len(dst) == max {
			return dst
		}
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		}
	}
	if start >= 0 && len(dst) < max {
		dst = append(dst, s[start:])
	}
	return dst
}

// footerWithin returns the last prose line before the first page footer inside the
// region first..last, or -1 when there is none. A footer here is a run of at least
// minRegionGap short lines holding a footer's evidence (footerEvidence) with far less
// prose after it than before it, or holding strongFooterEvidence such lines with less
// prose after it: the region's run of prose went on through the footer because a
// long blurb after it (a sign-up notice, a box of teasers with summaries, a site's
// legal notes) paid for its short lines.
func footerWithin(lines []Line, above map[string]int, first, last int) int {
	total := 0
	for i := first; i <= last; i++ {
		total += proseWords(lines[i])
	}
	// The short lines of the region read so far, filled only once a short run
	// needs them (printedBefore).
	var earlier printedBefore
	before, lastProse := 0, -1
	for i := first; i <= last; {
		if lines[i].Prose {
			before += proseWords(lines[i])
			lastProse = i
			i++
			continue
		}
		// A piece of a sentence split at its links is the article's text, no menu
		// line.
		j, short := i, 0
		for ; j <= last && !lines[j].Prose; j++ {
			if !brokenSentence(lines, j) {
				short++
			}
		}
		// Every footer's rule below wants more prose before the run than after it.
		if lastProse >= 0 && short >= minFooterGap && total-before < before &&
			!introducesList(lines[lastProse]) && !introducesList(lines[i]) {
			// The site's menu printed again, or many lines the phrase tables know,
			// end the article across a long run when less prose follows (a
			// footer's blurbs and legal notes).
			switch n := footerEvidenceCount(lines, above, i, j-1, strongFooterEvidence); {
			case n >= strongFooterEvidence && short >= minRegionGap && total-before < before:
				return lastProse
			case n >= minFooterEvidence && short >= minRegionGap && (total-before)*footerShare < before:
				return lastProse
			case n >= 1 && short == j-i && (total-before)*footerShare < before:
				// A shorter run, no piece of a sentence split at its links in it,
				// ends the article at its first footer's line that the region has
				// not printed before: an advertisement's label between the
				// article's sections is its own. The article's closing lines
				// before that line (a last short sentence, a gallery's captions)
				// stay.
				earlier.readTo(lines, first, i)
				for k := i; k < j; k++ {
					if isFooterEvidence(&lines[k], above) && !earlier.texts[lines[k].Text] {
						return k - 1
					}
				}
			}
		}
		i = j
	}
	return -1
}

// printedBefore holds the texts of the short lines of a region up to a line, read
// once each however often a caller asks.
type printedBefore struct {
	texts map[string]bool
	next  int // the first line not yet read; 0 before the first readTo
}

// readTo records the short lines from the region's first line (or where the last
// call stopped) up to line to, left out.
func (p *printedBefore) readTo(lines []Line, first, to int) {
	if p.texts == nil {
		p.texts, p.next = make(map[string]bool), first
	}
	for ; p.next < to; p.next++ {
		if !lines[p.next].Prose {
			p.texts[lines[p.next].Text] = true
		}
	}
}

// proseWords is what a line adds to the region's prose: its words when it is a
// paragraph.
func proseWords(f Line) int {
	if f.Prose && !f.Furniture {
		return f.Words
	}
	return 0
}

// minFooterGap is the fewest short lines that make a footer inside the region: a
// sharing row and a box of links, shorter than the run that parts a page's regions
// (minRegionGap).
const minFooterGap = 6

// footerShare is how many times more prose must stand before a footer inside the
// region than after it for the footer to end the article.
const footerShare = 3

// regionStart returns where the body starts: where the region's prose starts (the
// lines before it tell a whole page), unless few short lines part it from the span's
// start or the dump opens with the article itself.
func regionStart(lines []Line, first, start, end int) (int, RegionRule) {
	if start <= first {
		return first, RegionSpan
	}
	lead := first
	for i := start; i <= end; i++ {
		if lines[i].Prose && !lines[i].Furniture {
			lead = i
			break
		}
	}
	switch {
	case shortLinesBetween(lines, first, lead) < minRegionGap:
		return first, RegionShortGap
	case opensWithArticle(lines, first):
		return first, RegionOpensWithArticle
	}
	return lead, RegionCut
}

// regionEnd returns where the body ends. The end is cut only on a whole page, which
// a long run of short lines before the article (lead) betrays, or the page's footer
// after it: an article's own closing lists and galleries stay, and so does a list its
// last paragraph introduces with a colon when no footer's line stands in it.
func regionEnd(lines []Line, above map[string]int, again []bool, first, lead, end, last int) (int, RegionRule) {
	if end >= last {
		return last, RegionSpan
	}
	tail := end
	for tail > first && !lines[tail].Prose {
		tail--
	}
	whole := shortLinesBetween(lines, -1, lead) >= WholePageLead
	if whole && reprintedOnly(lines, again, end, last) {
		return end, RegionReprinted
	}
	if shortLinesBetween(lines, tail, last) < minRegionGap {
		return last, RegionShortGap
	}
	if !whole {
		if !pageFooter(lines, above, tail, end, last) {
			return last, RegionNotWholePage
		}
	} else if introducesList(lines[tail]) || introducesList(lines[tail+1]) {
		if !footerEvidence(lines, above, end+1, last) {
			return last, RegionIntroducedList
		}
	}
	return end, RegionCut
}

// pageFooter reports that the short lines after the region's last prose (tail) are a
// page's closing boxes rather than the article's own closing list: among the lines
// the region leaves out (after end, up to the span's last) stand at least
// minFooterEvidence different ones, with a word in them, that the phrase tables know
// as furniture (sharing buttons, "Related", "Comments") or that repeat a line above
// the region (above), the site's menu printed again in its footer; and
// no line ending in a colon introduces them as the article's list ("Tour dates:").
// Lines of digits or marks alone (a gallery's counter, a table's cells, code) are
// the article's as often as not and count for nothing.
func pageFooter(lines []Line, above map[string]int, tail, end, last int) bool {
	if !lines[tail].Prose || introducesList(lines[tail]) || introducesList(lines[tail+1]) {
		return false // no paragraph in the region to end, or a list's introduction
	}
	return footerEvidence(lines, above, end+1, last)
}

// footerEvidence reports at least minFooterEvidence different lines among the short
// lines from..to, with a word in them, that the phrase tables know as furniture or
// that repeat a line printed at most maxMenuCopies times above the region (above
// counts them): a menu entry; a label printed under every item of a list above is
// the list's, and the list may go on here.
func footerEvidence(lines []Line, above map[string]int, from, to int) bool {
	return footerEvidenceCount(lines, above, from, to, minFooterEvidence) >= minFooterEvidence
}

// footerEvidenceCount counts the different lines of footerEvidence among from..to,
// up to enough.
func footerEvidenceCount(lines []Line, above map[string]int, from, to, enough int) int {
	evidence := make(map[string]bool, enough)
	for i := from; i <= to && len(evidence) < enough; i++ {
		if f := &lines[i]; isFooterEvidence(f, above) {
			evidence[f.Text] = true
		}
	}
	return len(evidence)
}

// isFooterEvidence reports a short line, with a word in it, that the phrase tables
// know as furniture or that repeats a line printed at most maxMenuCopies times above
// the region: a menu's entry printed again in the footer.
func isFooterEvidence(f *Line, above map[string]int) bool {
	return !f.Prose && (f.Furniture && !storyLink(f.Text) || above[f.Text] > 0 && above[f.Text] <= maxMenuCopies) && hasLetter(f.Text)
}

// storyLink reports a line that links one story under a label ("Also read: How to
// Install OpenShift on Bare Metal", "RELATED: Workout of the Week: ..."): a reading
// label of at most maxLinkLabelWords words, a colon, and a title of at least
// minLinkTitleWords words, opening with a capital or a digit, with no list separators
// in it. Sites set such links between an article's
// sections; a footer's lines are labels, menus and lists ("Tags: a, b, c").
func storyLink(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 {
		return false
	}
	label, title := s[:colon], strings.TrimSpace(s[colon+1:])
	if len(strings.Fields(label)) > maxLinkLabelWords || len(strings.Fields(title)) < minLinkTitleWords {
		return false
	}
	if strings.ContainsAny(title, ",|·•") || !readingLabel(label) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(title)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// readingLabel reports a label that sends the reader to another story ("Also
// read", "Read more", "Related", "See also", "More"), not one that names an
// advertisement or a notice ("Advertisement: ...", "FTC: ...").
func readingLabel(label string) bool {
	low := strings.ToLower(strings.TrimSpace(label))
	return low == "more" || low == "see also" || strings.Contains(low, "read") || strings.Contains(low, "related")
}

// maxLinkLabelWords bounds the label of a story link ("See also", "Read more").
const maxLinkLabelWords = 3

// minLinkTitleWords is the fewest words of a story link's title.
const minLinkTitleWords = 3

// strongFooterEvidence is how many different furniture or repeated lines make a run
// of short lines a footer even with a footer's share of prose after it.
const strongFooterEvidence = 6

// hasLetter reports text with a letter in it.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// introducesList reports a line that announces a list under it: it ends in a colon
// and is no furniture ("Share this:").
func introducesList(f Line) bool {
	return !f.Furniture && strings.HasSuffix(strings.TrimSpace(f.Text), ":")
}

// maxMenuCopies is how often a site prints its menu above the article: once, or
// twice (for wide and for narrow screens).
const maxMenuCopies = 2

// minFooterEvidence is how many furniture or repeated lines make the short lines after
// an article a page's footer.
const minFooterEvidence = 2

// opensWithArticle reports a dump that opens with the article itself: a title-like
// line (no sentence, no bullet) in the top few lines, right under it the first prose,
// a finished sentence, and the lead running on from there, several paragraphs or one
// long one, before any menu. A whole
// page opens with a notice, one paragraph that a run of menu entries cuts short;
// an article's own lead is long enough to pay for the list that follows it (a
// listicle's contents, a product round-up), which must not part it from its title.
func opensWithArticle(lines []Line, first int) bool {
	if first <= 0 || first > articleOpeningLines || !lines[first].Sentence || lines[first].Bullet {
		return false
	}
	titled := false
	for i := range first {
		f := &lines[i]
		if f.Furniture || f.URL {
			return false
		}
		titled = titled || f.Words >= 3 && !f.Sentence && !f.Bullet && !f.Credit
	}
	if !titled {
		return false
	}
	sum := 0
	for i := first; i < len(lines); i++ {
		w := regionWeight(lines[i])
		if w < 0 && brokenSentence(lines, i) {
			w = 0
		}
		sum += w
		if sum >= articleLeadWords {
			return true
		}
		if sum <= 0 {
			return false
		}
	}
	return false
}

// articleOpeningLines is how many lines may stand above an article dump's first
// prose: the headline, a section label, a byline or a date.
const articleOpeningLines = 3

// articleLeadWords is the net weight of prose (words less the cost of short lines
// among them) an article's lead holds before its first list: more than a cookie or
// browser notice, a teaser or a sign-up blurb.
const articleLeadWords = 40

// shortLinesBetween counts the lines between from and to that are not prose.
func shortLinesBetween(lines []Line, from, to int) int {
	return ShortLinesBetween(from, to, func(i int) bool { return lines[i].Prose })
}

// ShortLinesBetween counts the lines between line from and line to (both left out)
// that are not prose: what parts two runs of prose, and what stands above the
// article on a whole page (WholePageLead).
func ShortLinesBetween(from, to int, prose func(int) bool) int {
	n := 0
	for i := from + 1; i < to; i++ {
		if !prose(i) {
			n++
		}
	}
	return n
}

// minRegionGap is the fewest short lines between two runs of prose for them to be
// read as different parts of a page rather than one article.
const minRegionGap = 12

// WholePageLead is the fewest short lines before the article's prose that mark a dump
// of the whole page.
const WholePageLead = 20
