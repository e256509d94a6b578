package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/textdump"
)

// The headline is chosen by comparing the lines before the body rather than taking
// the first title-like one: on a whole page the first is a menu entry, a notice or a
// site's tagline. Each candidate is weighed by its shape (length, letter case, a
// finished sentence, a converter's heading mark) and by where it stands: near the
// body, after the last run of menu lines, followed by the article's front matter.

// headlineWindow bounds how far before the body the headline is looked for: a page's
// front matter (byline, date, share buttons, lead picture) rarely runs longer.
const headlineWindow = 40

// headlineCandidate reports whether block i can be the headline at all, before it is
// weighed: no line with a role, furniture, a credit, a byline or a date, no list
// item, breadcrumb or run of sentences.
func headlineCandidate(blocks []block.Block, forms []Form, i, first int) bool {
	return titledLine(blocks, forms, i, first) && (!namesOnly(forms[i], blocks[i].Text) || titleOverText(blocks, forms, i, first))
}

// candidates memoizes headlineCandidate over the lines before one window's limit.
// Weighing the window asks it of every line, then again of the two lines under each
// short line (titleUnderKicker), of the line under each title (standfirstUnder) and of
// the lines under the first title (frontedBelow, firstTitle): each line's answer is
// worked out once.
type candidates struct {
	blocks []block.Block
	forms  []Form
	limit  int
	known  []int8 // per line: 0 not asked yet, 1 a candidate, -1 none
}

// newCandidates returns the memo for the lines before limit.
func newCandidates(blocks []block.Block, forms []Form, limit int) *candidates {
	return &candidates{blocks: blocks, forms: forms, limit: limit, known: make([]int8, min(limit, len(blocks)))}
}

// is reports headlineCandidate(blocks, forms, i, limit).
func (c *candidates) is(i int) bool {
	if c.known[i] == 0 {
		c.known[i] = -1
		if headlineCandidate(c.blocks, c.forms, i, c.limit) {
			c.known[i] = 1
		}
	}
	return c.known[i] > 0
}

// namesOnly reports a line read as a byline of bare names (isNamesLine) that is no
// longer than a byline with its author's role runs: a line of more words than
// maxNamedLineWords, most of them no name, is a title whose first words read as one
// ("Google Pixel, Apple Watch: the Gadgets We Tested This Year").
func namesOnly(f Form, t string) bool {
	if !IsNamesLine(f, t) {
		return false
	}
	if f.Words <= maxNamedLineWords {
		return true
	}
	named := 0
	for _, n := range f.Names {
		named += ascii.WordCount(n)
	}
	return named*5 >= f.Words*3
}

// maxNamedLineWords is the most words of a byline line with a name and the author's
// role ("Jane Doe, Senior Reporter for Regional Affairs").
const maxNamedLineWords = 10

// titledLine is headlineCandidate short of the test for a line of names.
func titledLine(blocks []block.Block, forms []Form, i, first int) bool {
	f, t := forms[i], blocks[i].Text
	// The tests of the form's fields come first and the caption-credit split last: it
	// costs the most, and nearly every line it sees is a candidate.
	if blocks[i].Role != block.RoleUnknown || f.Furniture != NoReason || f.Credit >= 2 || f.URL || f.ByExplicit ||
		f.Bullet > 0 || f.HasDate && f.DateShare >= minTitleDateShare || f.Words < 2 || f.Words > 40 || IsDateline(f, t) ||
		LooksLikeBylineStart(t) || f.Words <= 5 && HasClockTime(t) || f.Words <= 4 && MonthDay(t) {
		return false
	}
	if BreadcrumbAbove(blocks, i, first) || SeveralSentences(f, t) || ParagraphSentence(f, t) || inNumberedList(blocks, i) {
		return false
	}
	return !HasControlMark(t) && !AnnouncesList(t) && !OpensWithImageMark(t) && !CreditsReviewer(t) && CrumbUnder(blocks, i) < 0 &&
		!carriesCredit(blocks, forms, i)
}

// inNumberedList reports an item of a numbered list: line i opens with a number
// ("2. ") and a line beside it with the number before or after it. Text browsers and
// pandoc print an ordered list so, and pages set their breadcrumb trails as one
// ("1. Home", "2. Guides", "3. The headline"); a headline is no list item.
func inNumberedList(blocks []block.Block, i int) bool {
	n, ok := ListNumber(blocks[i].Text)
	if !ok {
		return false
	}
	if i > 0 {
		if m, ok := ListNumber(blocks[i-1].Text); ok && m+1 == n {
			return true
		}
	}
	if i+1 < len(blocks) {
		if m, ok := ListNumber(blocks[i+1].Text); ok && m == n+1 {
			return true
		}
	}
	return false
}

// headlineScore weighs block i as the headline; ok is false for a line that cannot be
// (see headlineCandidate). menus is how many menu-like lines (menuNeighbour) stand
// between it and the body, which the caller counts as it walks up from the body.
func headlineScore(cands *candidates, i int, teasers bool, menus int) (score float64, ok bool) {
	if !cands.is(i) {
		return 0, false
	}
	blocks, forms, first := cands.blocks, cands.forms, cands.limit
	f, t := forms[i], blocks[i].Text
	switch {
	case f.Words == 2:
		score -= 2
	case f.Words == 3:
		score -= 0.5
	case f.Words > 25:
		score -= 1.5
	}
	question := f.Prose && TitledQuestion(f, t)
	if f.TitleCase || question && IsTitleCase(t) {
		score++
	}
	if f.Prose && !question {
		score -= 3
	} else if strings.HasSuffix(t, ".") {
		score -= 1.5
	}
	switch blocks[i].Heading {
	case 1:
		score += 3
	case 2:
		score++
	}
	if f.Words <= maxMenuEntryWords && menuNeighbour(forms, i-1) && menuNeighbour(forms, i+1) && !bylineOpener(blocks, forms, i+1) {
		score -= 2 // one entry of a menu
	}
	if f.Words <= maxRoleWords && i > 0 && forms[i-1].ByExplicit {
		score -= roleCost // the author's role under the byline ("Senior Staff Writer")
	}
	if fieldLine(t) {
		score -= fieldCost // a record's field: "Category: Travel", "SKU: 1234"
	}
	if printedTwice(blocks, forms, i, first) {
		score += twiceWeight // a page's title printed again as its heading
	}
	if f.Words <= kickerWords+2 && titleUnderKicker(cands, i) >= 0 {
		score -= kickerCost // a label above the real title shares its front matter
	}
	// Front matter after it: a byline or a date within the next few lines, unless
	// every teaser of a list has its date too.
	if frontMatterOwn(blocks, forms, i, first) && !teasers {
		score += frontMatterWeight
	}
	// Distance from the body, counted in menu-like lines only: captions, credits
	// and dates between a headline and its body cost nothing.
	score -= min(0.1*float64(menus), 2)
	return score, true
}

// bylineOpener reports a byline's label alone on its line ("By", "Written by") with
// names on the line under it: a dump that breaks the link around an author's name
// prints the byline so. The label is front matter, not the short line of a menu.
func bylineOpener(blocks []block.Block, forms []Form, j int) bool {
	return j+1 < len(blocks) && len(forms[j+1].Names) > 0 && IsBylineLabel(blocks[j].Text)
}

// maxRoleWords is the most words of an author's role printed on the line under the
// byline ("Senior Staff Writer", "Contributing Editor, Science"); a headline right
// under a byline, where a teaser's byline ends over the next title, runs longer.
const maxRoleWords = 5

// roleCost is what a short line right under a byline loses: it is the author's role.
const roleCost = 3

// frontMatterWeight is what a byline or date of its own under it adds to a candidate.
const frontMatterWeight = 1.5

// standfirstUnder returns the line under line i that reads as its standfirst, or -1:
// the next line that is no menu entry or copy of i, within standfirstReach lines, a
// headline candidate written in sentence case and longer than i, while i is shaped
// as a title of five words or more. A page sets its headline over a longer line that
// summarises it, then the byline and date they share; a kicker over a headline is
// four words or fewer or carries a trail's marks, and a run of teasers under the
// headline is title-cased or as short as its titles. The shape is read before the
// candidate tests, which cost more.
func standfirstUnder(cands *candidates, i int) int {
	blocks, forms, first := cands.blocks, cands.forms, cands.limit
	h, t := forms[i], blocks[i].Text
	if h.Words <= kickerWords || h.Words > maxTeaserWords || h.Prose || hasTrailMark(t) || EndsWithStop(t) || ascii.IsUpperCased(t) {
		return -1
	}
	for k := i + 1; k < min(i+1+standfirstReach, first); k++ {
		if blocks[k].Text == t || menuNeighbour(forms, k) {
			continue
		}
		f := forms[k]
		short := f.Words < h.Words+standfirstMargin || !h.TitleCase && 2*f.Words < 3*h.Words
		if f.TitleCase || short || !titledLine(blocks, forms, i, first) || !cands.is(k) {
			return -1
		}
		return k
	}
	return -1
}

// weighStandfirsts moves the weight of the front matter from each standfirst among
// blocks[from:limit] (standfirstUnder) to the headline over it, and takes
// standfirstCost from the standfirst: the byline and date under a summary are its
// headline's. scores[i-from] is line i's score.
func weighStandfirsts(cands *candidates, from int, teasers bool, scores []float64) {
	blocks, forms, limit := cands.blocks, cands.forms, cands.limit
	for i := from; i < limit; i++ {
		if !cands.is(i) {
			continue
		}
		k := standfirstUnder(cands, i)
		if k < 0 {
			continue
		}
		if !teasers && !frontMatterOwn(blocks, forms, i, limit) && frontMatterOwn(blocks, forms, k, limit) {
			scores[i-from] += frontMatterWeight
		}
		scores[k-from] -= standfirstCost
	}
}

// titleUnderLabel returns the line a short line u is a label over, or -1: u, of
// kickerWords words or fewer, has a byline or a date of its own under it
// (frontMatterOwn), and past that front matter, before any other line but menu
// entries, furniture and names, stands a longer line shaped as a title (two words
// more than u at least, no sentence, no trail's marks) with little but front
// matter between it and the body (overFrontMatter). A site's name, a back link or
// a button stands over the date the page prints above its headline ("Back to
// blog", date, headline, text); a headline over its own date has no second title
// under the date, and a standfirst there is a sentence.
func titleUnderLabel(blocks []block.Block, forms []Form, u, limit int) int {
	if forms[u].Words > kickerWords || !frontMatterOwn(blocks, forms, u, limit) {
		return -1
	}
	j := frontMatterAfter(blocks, forms, u, limit)
	if !forms[j].HasDate {
		return -1 // a byline under a short title is its own: "By Jane Doe" is rarely printed over the headline
	}
	for k := j + 1; k < limit; k++ {
		f := forms[k]
		if f.ByExplicit || f.HasDate || f.Furniture != NoReason || menuNeighbour(forms, k) || len(f.Names) > 0 && f.Words <= 3 {
			continue
		}
		t := blocks[k].Text
		if f.Words < forms[u].Words+2 || f.Sentence || hasTrailMark(t) || !titleLine(blocks, forms, k, limit) || !overFrontMatter(blocks, forms, k, limit) {
			return -1
		}
		return k
	}
	return -1
}

// standfirstMargin is how many words more than its headline a standfirst holds at
// the least: a summary runs longer than the title it summarises, while a picture's
// caption over the headline is about as long as the headline. Under a headline in
// sentence case, which a caption is written in too, the summary must run half as
// long again.
const standfirstMargin = 2

// standfirstReach is how many lines under its headline a standfirst may stand: a
// comment count or a section label may come between.
const standfirstReach = 3

// standfirstCost is what a standfirst loses against the headline over it.
const standfirstCost = 2

// printedTwice reports a line printed again right above or under it, before the
// body: a page sets its title twice (a title bar and the heading, or a heading for
// wide and narrow screens), while its menus, repeated, repeat as a whole. A pair
// over a list of titles is that list's heading, and a credit ("Image by Jane Doe")
// is the lead picture's.
func printedTwice(blocks []block.Block, forms []Form, i, first int) bool {
	j := i + 1 // the line after the pair
	switch {
	case i > 0 && blocks[i-1].Text == blocks[i].Text:
	case j < first && blocks[j].Text == blocks[i].Text:
		j++
	default:
		return false
	}
	return !(titleLine(blocks, forms, j, first) && titleLine(blocks, forms, j+1, first)) && !creditsByName(blocks[i].Text)
}

// twiceWeight is what being printed twice in a row adds to a candidate.
const twiceWeight = 1

// maxMenuEntryWords is the longest line taken for one entry of the menu around it: a
// headline of a sentence's length between a section label and a label such as
// "Editorial" or a comment count is no menu entry.
const maxMenuEntryWords = 6

// teaserListDates is how many titles, each over front matter of its own, make the
// lines before the body a list of teasers: there the byline or date under a line is
// no mark of the headline.
const teaserListDates = 3

// kickerCost is what a kicker loses against the title under it.
const kickerCost = 2

// followedByFrontMatter reports a byline or a date within the three lines after i.
func followedByFrontMatter(blocks []block.Block, forms []Form, i, first int) bool {
	return frontMatterAfter(blocks, forms, i, first) >= 0
}

// frontMatterAfter returns the first byline or date within the three lines after i,
// or -1.
func frontMatterAfter(blocks []block.Block, forms []Form, i, first int) int {
	for j := i + 1; j < min(i+4, first); j++ {
		if forms[j].ByExplicit || LooksLikeBylineStart(blocks[j].Text) || forms[j].HasDate && forms[j].DateShare >= 0.5 {
			return j
		}
	}
	return -1
}

// frontMatterOwn reports a byline or date within the three lines after i that is
// line i's own: no title-like line stands between them, or one does (its
// standfirst) and i opens its group (opensGroup). A run of teaser titles right
// above the headline stands within three lines of its byline too, and the lines of
// that run do not open it.
func frontMatterOwn(blocks []block.Block, forms []Form, i, first int) bool {
	j := frontMatterAfter(blocks, forms, i, first)
	if j < 0 {
		return false
	}
	between, titled := 0, false
	for k := i + 1; k < j; k++ {
		if titleLine(blocks, forms, k, first) && blocks[k].Text != blocks[i].Text {
			between++
			titled = titled || titleBetween(blocks, forms, k)
		}
	}
	return between == 0 || between == 1 && !titled && opensGroup(blocks, forms, i, first)
}

// titleBetween reports a line k between line i and the byline or date under it that
// is shaped as a headline rather than as i's standfirst: title-cased and no
// sentence, while a standfirst is written as one. The front matter is then k's, and i
// is a kicker, a section's or a site's label over it. A line of tags ("Asia | Japan
// | Tips"), an author's line ("Jane Doe, Staff Writer") and a pager ("Part 1 Part
// 2 Part 3") are title-cased too and leave the front matter i's, and so does an
// author's card ("Jane Doe Founder & Lead Reviewer": authorCard).
func titleBetween(blocks []block.Block, forms []Form, k int) bool {
	f, t := forms[k], blocks[k].Text
	return f.TitleCase && !f.Sentence && !hasTrailMark(t) && !IsNamesLine(f, t) && !runOfEntries(t) && !authorCard(blocks, forms, k)
}

// runOfEntries reports a line that repeats one capitalised word three times or more:
// the entries of a pager or a menu run together ("Part 1 Part 2 Part 3"), which a
// title does not do.
func runOfEntries(t string) bool {
	var seen []string
	for w := range strings.FieldsSeq(t) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		n := 0
		for _, s := range seen {
			if s == w {
				n++
			}
		}
		if n >= 2 {
			return true
		}
		seen = append(seen, w)
	}
	return false
}

// opensGroup reports a line i that does not close a run of titles: the two lines
// above it (its own copies skipped, as a page may print its headline twice) are not
// both title-like, as they are in a list of teasers.
func opensGroup(blocks []block.Block, forms []Form, i, first int) bool {
	k := i - 1
	for k >= 0 && blocks[k].Text == blocks[i].Text {
		k--
	}
	return !titleLine(blocks, forms, k, first) || !titleLine(blocks, forms, k-1, first)
}

// titleLine reports a title-like line of four words or more that is no paragraph of
// prose, as headlines and teasers are; a standfirst or a notice under the headline
// runs longer.
func titleLine(blocks []block.Block, forms []Form, i, first int) bool {
	return i >= 0 && forms[i].Words >= 4 && forms[i].Words <= maxTeaserWords && !forms[i].Prose && titledLine(blocks, forms, i, first)
}

// datedTitles counts the lines of front matter (a byline or a date) among
// blocks[from:limit] that stand under a title-like line of four words or more. A
// teaser list gives each of its titles a date of its own, while an article's
// headline, its standfirst and the teaser right above them share one byline or date:
// those count once.
func datedTitles(blocks []block.Block, forms []Form, from, limit int) int {
	n, last := 0, -1
	for i := from; i < limit; i++ {
		if forms[i].Words < 4 || forms[i].HasDate {
			continue
		}
		if j := frontMatterAfter(blocks, forms, i, limit); j > last {
			n, last = n+1, j
		}
	}
	return n
}

// menuNeighbour reports a line of one to three words that is no sentence, date or
// byline ("By Jane Doe"): a menu entry, a button, a label.
func menuNeighbour(forms []Form, j int) bool {
	return j >= 0 && j < len(forms) && forms[j].Words <= 3 && !forms[j].Sentence && forms[j].Credit < 2 && !forms[j].HasDate &&
		!forms[j].ByExplicit
}

// chooseHeadline returns the best-weighed candidate before the body, the earlier one
// on a tie, or -1. When the body span opens on a notice set apart from the text
// under it (openingNotice), a line between the two is weighed too, unless the best
// line over the span stands over its own text: weighed above minSureScore, no
// more than front matter between them.
func chooseHeadline(blocks []block.Block, forms []Form, first, last int) int {
	first = pastOpeningTitle(blocks, forms, first, last)
	best, score := chooseBefore(blocks, forms, first, last)
	if best >= 0 && best < first && forms[best].Words > 2 && score > minSureScore && overFrontMatter(blocks, forms, best, first) {
		return best // the paragraph under it is its text, no notice
	}
	if next := openingNotice(blocks, forms, first, last); next > 0 && (first == 0 || best < 0 || shortLinesBetween(forms, -1, first) >= textdump.WholePageLead) {
		if alt, _ := chooseBefore(blocks, forms, next, last); alt > first && titleLine(blocks, forms, alt, next) {
			return alt
		}
	}
	return best
}

// minSureScore is the weight a line over the body span must pass for the span's
// first paragraph to be taken for its text rather than a notice over the headline:
// a line weighed as low as a site's own name (ownerCost) is only the least bad of
// the lines above a region that opened too early, on a promotion or a search box's
// hint ("Type your search and hit enter"), and the headline stands under it.
const minSureScore = -ownerCost

// pastOpeningTitle returns where the body span's text starts when its first line is
// the headline rather than text: a question or an exclamation shaped as a title
// (TitledQuestion), alone or under a breadcrumb trail that ends with it.
// Such a headline of twelve words or more reads as a paragraph of prose, so the span
// may open on it or on the trail above it. Otherwise it returns first.
func pastOpeningTitle(blocks []block.Block, forms []Form, first, last int) int {
	if first < 0 || first >= last {
		return first
	}
	k := first
	if t := BreadcrumbTarget(blocks, first, last+1); t == first+1 {
		k = t
	}
	if k < last && TitledQuestion(forms[k], blocks[k].Text) || k > first {
		return k + 1
	}
	return first
}

// overFrontMatter reports a line i with little but front matter between it and
// line j: dates, bylines, credits, the page's furniture (share buttons, reading
// times, a list of share links) and copies of line i, and at most maxLinesOverText
// other lines (a section label, a date the date reader does not know, a comment
// count).
func overFrontMatter(blocks []block.Block, forms []Form, i, j int) bool {
	other := 0
	for k := i + 1; k < j; k++ {
		f := forms[k]
		if f.Furniture == NoReason && !f.HasDate && !f.ByExplicit && len(f.Names) == 0 && f.Credit < 2 &&
			blocks[k].Role == block.RoleUnknown && blocks[k].Text != blocks[i].Text && !(f.Bullet > 0 && f.Words <= 3) {
			other++
		}
	}
	return other <= maxLinesOverText
}

// maxLinesOverText is the most lines other than front matter between a headline
// and the paragraph it stands over.
const maxLinesOverText = 3

// openingNotice returns where the article's text resumes when the body span opens
// with one or two paragraphs set apart from it (an affiliate disclosure, a site's
// pitch, a notice), or -1: a few lines that are no prose follow them, then prose
// again. A whole page's region may start on such a paragraph above the article's
// headline, which is then one of the lines between. Paragraphs that end by
// introducing the lines under them (a colon closing the last one or the line after
// it: "we've planned meals for:") are the article's lead over its own list; a
// field's label ("Nickname:") introduces no list.
func openingNotice(blocks []block.Block, forms []Form, first, last int) int {
	if first < 0 {
		return -1
	}
	j := first
	for j <= last && j-first <= maxNoticeParagraphs && forms[j].Prose {
		j++
	}
	if j-first > maxNoticeParagraphs || j > last || j > first && AnnouncesList(blocks[j-1].Text) ||
		forms[j].Words >= minIntroWords && AnnouncesList(blocks[j].Text) {
		return -1
	}
	k := j
	for k <= last && k-j < noticeReach && !forms[k].Prose {
		k++
	}
	if k == j || k > last || !forms[k].Prose {
		return -1
	}
	return k
}

// minIntroWords is the fewest words of a line that introduces a list under it: fewer
// make a form's label.
const minIntroWords = 4

// maxNoticeParagraphs is the most paragraphs of a notice over the headline.
const maxNoticeParagraphs = 2

// noticeReach is the most lines between a notice and the text under its headline.
const noticeReach = 8

// chooseBefore is chooseHeadline over the lines before first; it returns the
// line's weight too.
func chooseBefore(blocks []block.Block, forms []Form, first, last int) (int, float64) {
	limit := first
	if limit <= 0 {
		limit = min(1, len(blocks))
	}
	// The line the first-title rule picks keeps a lead: on a dump of the article
	// alone it is right, and a whole page's menus cost it more than the lead.
	cands := newCandidates(blocks, forms, limit)
	prior := firstTitle(cands)
	// The first line without a site's name after it: the window's title, when the
	// dump prints it, which both tests of the title bar below read.
	title := ""
	if len(blocks) > 0 {
		title = StripSiteSuffix(blocks[0].Text, "")
	}
	lead := priorLeadPage
	if shortLinesBetween(forms, -1, limit) < textdump.WholePageLead || prior >= 0 && prior <= 2 && forms[prior].Words >= 4 && limit-prior <= headlineWindow {
		// A dump of the article alone opens with its headline (after a section label
		// or two): the first title-like line is right far more often than any
		// weighing of the lines after it, unless one of them has much more for it.
		// When that line is the page's title bar (a site's name after it), its
		// repeat above the article is the headline.
		if prior == 0 && title != blocks[0].Text {
			if bar := titleBarLine(blocks, forms, title, 1, limit); bar >= 0 {
				return bar, titleBarWeight
			}
		}
		if prior < 0 {
			return restatedTitle(blocks, forms, limit), 0
		}
		lead = priorLeadArticle
	}
	from := max(0, limit-headlineWindow)
	teasers := datedTitles(blocks, forms, from, limit) >= teaserListDates
	if lead == priorLeadArticle && !teasers && frontedBelow(cands, prior) {
		lead = priorLeadPage
	}
	if prior >= 0 && (lead == priorLeadArticle || forms[prior].Words >= 4) {
		from = min(from, prior) // a site's name or a label that far up is not weighed
	}
	bar := titleBarLine(blocks, forms, title, from, limit)
	inBody := repeatedInBody(forms, from, limit, last)
	// The line a breadcrumb trail ends with is the headline printed under it.
	// A trail over the line names the page, and a title whose capitals read as a
	// name ("Packing Tips Guide") is weighed all the same; a trail under it may end
	// with its section, a menu's entry above.
	crumb, named := -1, false
	for i := from; i < limit && crumb < 0; i++ {
		if (!forms[i].Prose || TitledQuestion(forms[i], blocks[i].Text)) && ascii.ContainsAny(blocks[i].Text, "/>|»›") {
			if crumb = BreadcrumbTarget(blocks, i, limit); crumb < 0 {
				crumb = CrumbUnder(blocks, i)
			} else if named = titledLine(blocks, forms, crumb, limit); named && i < prior && prior < crumb {
				lead = priorLeadPage // the first line between a trail and its title is a label or tagline
			}
		}
	}
	if crumb < 0 {
		// A trail the converter printed as a list, an entry a line.
		if i, c := listedTrailTarget(blocks, forms, from, limit); c >= 0 {
			crumb = c
			if named = titledLine(blocks, forms, crumb, limit); named && i < prior && prior < crumb {
				lead = priorLeadPage
			}
		}
	}
	// The scores of the window's lines (their candidacy is in cands), on the stack
	// unless the first title stands far above the window.
	var scoreBuf [2 * headlineWindow]float64
	scores := append(scoreBuf[:0], make([]float64, limit-from)...)
	// Weighed from the body up, so that the menu lines under each line are counted
	// once for the window rather than again for every line.
	menus := 0
	for i := limit - 1; i >= from; i-- {
		scores[i-from], _ = headlineScore(cands, i, teasers, menus)
		if menuNeighbour(forms, i) {
			menus++
		}
	}
	weighStandfirsts(cands, from, teasers, scores)
	// A first line that is no candidate of its own (a names-only line, a label)
	// keeps no lead between two menu entries: it is one of them, unless the page
	// prints it again, as it prints its title.
	if lead == priorLeadArticle && prior >= from && !cands.is(prior) && menuNeighbour(forms, prior-1) && menuNeighbour(forms, prior+1) &&
		!printedAgain(blocks, prior, limit) {
		lead = priorLeadPage
	}
	if lead == priorLeadArticle && prior >= from && !printedAgain(blocks, prior, limit) && twiceBelow(cands, prior) {
		lead = priorLeadPage
	}
	if lead == priorLeadArticle && !teasers && prior >= from && overMenus(blocks, forms, prior, limit, scores[prior-from], func(i int) (float64, bool) {
		return scores[i-from], cands.is(i)
	}) {
		lead = priorLeadPage
	}
	owner := ownerLines(blocks, last)
	best, bestScore := -1, 0.0
	for i := from; i < limit; i++ {
		s, ok := scores[i-from], cands.is(i)
		if inContents(blocks, inBody, i) {
			s -= repeatCost
		}
		if i == prior {
			s += lead - priorMenuCost(forms, prior, limit)
			ok = true
		}
		if i == bar || i == crumb {
			s += titleBarWeight
			ok = ok || i == crumb && named
		}
		if ok && namesOwner(owner, blocks[i].Text) {
			s -= ownerCost
		}
		if ok && (best < 0 || s > bestScore) {
			// The costs that read a line's words are taken only from a line that
			// would lead: they only lower a weight, so no other line's place changes.
			s -= frontCosts(cands, i)
		}
		if ok && (best < 0 || s > bestScore) {
			best, bestScore = i, s
		}
	}
	if best >= 0 && !teasers {
		if c := titleUnderLabel(blocks, forms, best, limit); c >= 0 {
			return c, bestScore // the front matter best won by is c's: best is a label over it
		}
	}
	return best, bestScore
}

// twiceBelow reports a candidate under line p, within twiceReach lines, that the
// page prints twice in a row (printedTwice), as it prints its title: p is a label
// over it. A name p itself holds ("Photo Frame" under "Photo Frame App Makes Old
// Hardware Useful") is its subject printed on a card, and p the fuller title.
func twiceBelow(cands *candidates, p int) bool {
	blocks, forms, limit := cands.blocks, cands.forms, cands.limit
	for j := p + 1; j < min(p+1+twiceReach, limit); j++ {
		if cands.is(j) && forms[j].Words >= 2 && printedTwice(blocks, forms, j, limit) &&
			!strings.Contains(strings.ToLower(blocks[p].Text), strings.ToLower(blocks[j].Text)) {
			return true
		}
	}
	return false
}

// twiceReach is how far under the first line a title printed twice is looked for.
const twiceReach = 4

// overMenus reports a first title-like line p that stands over the page's menus
// rather than over its article: at least minMenusUnderFirst menu lines stand
// between it and the body, and the candidate right over the body (nothing but front
// matter between them) outweighs it by more than menuLeadMargin, and is no line
// right under a byline, which is the author's role. A headline on a
// dump of the article alone stands over its own front matter; a masthead's tagline
// or a menu's entry over the rest of the menu.
func overMenus(blocks []block.Block, forms []Form, p, limit int, ps float64, score func(int) (float64, bool)) bool {
	menus := 0
	for j := p + 1; j < limit; j++ {
		if menuNeighbour(forms, j) {
			menus++
		}
	}
	if menus < minMenusUnderFirst {
		return false
	}
	for j := limit - 1; j > p; j-- {
		if s, ok := score(j); ok {
			return s > ps+menuLeadMargin && !forms[j-1].ByExplicit
		}
		f := forms[j]
		if f.Furniture == NoReason && !f.HasDate && !f.ByExplicit && len(f.Names) == 0 && f.Credit < 2 && blocks[j].Role == block.RoleUnknown {
			return false
		}
	}
	return false
}

// minMenusUnderFirst is the fewest menu lines between the first title-like line and
// the body for overMenus to weigh it against the line over the body.
const minMenusUnderFirst = 6

// menuLeadMargin is how much more the line over the body must weigh.
const menuLeadMargin = 1.5

// frontedBelow reports a first title-like line p with no byline or date of its own
// under which another title-like line has one: on a page with a short menu a short
// first line is often a menu entry, a button or the site's name, and the line the
// article's front matter follows is its headline. Over a longer first line (a
// section's list, a site's feature label) that line must be shaped as a title
// (titledBelow) with only menu lines between them, as a kicker stands over its
// headline, and a first line the page prints twice is its headline.
func frontedBelow(cands *candidates, p int) bool {
	blocks, forms, limit := cands.blocks, cands.forms, cands.limit
	if frontMatterOwn(blocks, forms, p, limit) {
		return false
	}
	long := forms[p].Words > kickerWords
	if long && printedAgain(blocks, p, limit) {
		return false
	}
	for i := p + 1; i < limit; i++ {
		if long && !titledBelow(blocks, forms, i) {
			if !menuNeighbour(forms, i) {
				return false // a picture and its credit under p: p's own lead picture
			}
			continue
		}
		if forms[i].Words >= 4 && !forms[i].HasDate && cands.is(i) && frontMatterOwn(blocks, forms, i, limit) {
			return true
		}
	}
	return false
}

// titledBelow reports a line i shaped as a headline rather than as the front matter
// the first line's lead is weighed against: title-cased, and no author's line
// opening with a name ("Jane Doe Senior Reviewer") or crediting one ("Guide by Jane
// Doe"), and no breadcrumb trail. A line whose first name ends at a colon is a
// title's label before its second part (TitleColon: "Lunacal: AI-Powered
// Scheduling"), and a line opening with a name that stands right over
// a byline naming someone else is a title about that name ("Osprey Atmos 65L
// Backpack Review" over "By Jane Doe"): an author's line is the byline itself.
func titledBelow(blocks []block.Block, forms []Form, i int) bool {
	f, t := forms[i], blocks[i].Text
	author := len(f.Names) > 0 && strings.HasPrefix(t, f.Names[0]) && !TitleColon(t, f.Names[0]) && !bylineOfOther(blocks, forms, i)
	return f.TitleCase && !author && !creditsByName(t) && !hasTrailMark(t)
}

// bylineOfOther reports an explicit byline right under line i that does not name
// the person line i opens with.
func bylineOfOther(blocks []block.Block, forms []Form, i int) bool {
	if i+1 >= len(forms) || !forms[i+1].ByExplicit || len(forms[i].Names) == 0 {
		return false
	}
	return !strings.Contains(blocks[i+1].Text, forms[i].Names[0])
}

// creditsByName reports a line with a lower-case "by" before a capitalised word
// ("Guide by Jane Doe", "Authored by: Dr. Jane Doe"), as a byline with a label word
// runs.
func creditsByName(t string) bool {
	for rest := t; ; {
		k := strings.Index(rest, " by")
		if k < 0 {
			return false
		}
		rest = rest[k+3:]
		name := strings.TrimLeft(strings.TrimPrefix(rest, ":"), " ")
		if r, _ := utf8.DecodeRuneInString(name); len(name) < len(rest) && unicode.IsUpper(r) {
			return true
		}
	}
}

// printedAgain reports a line whose text stands again among the lines before the
// body: a page that prints its headline twice (a title bar, a sticky header).
func printedAgain(blocks []block.Block, p, limit int) bool {
	for j := max(0, limit-headlineWindow); j < limit; j++ {
		if j != p && blocks[j].Text == blocks[p].Text {
			return true
		}
	}
	return false
}

// priorMenuCost is what the run of menu lines right under the first title-like line
// takes from its lead: a masthead's label or tagline stands over the page's menu,
// while a headline stands over its own front matter (standfirst, byline, date).
// Furniture the phrase tables know (sign-in links, share buttons) does not part the
// run.
func priorMenuCost(forms []Form, prior, limit int) float64 {
	n := 0
	for j := prior + 1; j < limit; j++ {
		if !menuNeighbour(forms, j) && forms[j].Furniture == NoReason {
			break
		}
		n++
	}
	return min(priorMenuStep*float64(n), priorLeadArticle)
}

// priorMenuStep is what each menu line under the first title-like line costs it.
const priorMenuStep = 0.5

// bodyRepeats says, for each line before the body span's first line to, where it
// stands again in the body span [to, last], first: the entries of a table of
// contents repeat the body's subheadings. The headline is printed once above its
// body. Lines are matched by their first copy on the page (Form.firstCopy, which
// Blocks sets from their texts), so that no text is hashed again for the look-up.
type bodyRepeats struct {
	forms []Form
	at    []int // by the index of a filed line's first copy: the repeat, or -1 for none
}

// repeatedInBody files the lines among blocks[from:to] and finds their repeats in
// the body span [to, last].
func repeatedInBody(forms []Form, from, to, last int) bodyRepeats {
	r := bodyRepeats{forms: forms, at: make([]int, max(to, 0))}
	for i := max(from, 0); i < to; i++ {
		r.at[r.copyOf(i)] = -1
	}
	for j := max(to, 0); j <= last && j < len(forms); j++ {
		if c := r.copyOf(j); c < len(r.at) && r.at[c] < 0 {
			r.at[c] = j
		}
	}
	return r
}

// copyOf returns the index of line i's first copy on the page: i itself, or the
// line whose text it repeats.
func (r bodyRepeats) copyOf(i int) int {
	if c := int(r.forms[i].firstCopy); c > 0 {
		return c - 1
	}
	return i
}

// of returns where line i, or a filed line with its text, stands again in the body,
// first, or 0 when it does not.
func (r bodyRepeats) of(i int) int {
	if c := r.copyOf(i); c < len(r.at) {
		return max(r.at[c], 0)
	}
	return 0
}

// inContents reports line i of a table of contents: it and a line beside it both
// stand again in the body, in the same order, as a contents list repeats the body's
// subheadings. A lone repeat is no evidence: a whole page's teaser list or footer
// may repeat the headline itself, after the subheadings.
func inContents(blocks []block.Block, at bodyRepeats, i int) bool {
	k := at.of(i)
	if k == 0 {
		return false
	}
	if i > 0 && blocks[i-1].Text != blocks[i].Text {
		if p := at.of(i - 1); p > 0 && p < k {
			return true
		}
	}
	if i+1 < len(blocks) && blocks[i+1].Text != blocks[i].Text {
		if n := at.of(i + 1); n > k {
			return true
		}
	}
	return false
}

// repeatCost is what a line repeated in the body loses as a headline candidate.
const repeatCost = 3

// priorLeadPage is the weight, on a whole page, of being its first title-like line.
const priorLeadPage = 0.5

// priorLeadArticle is that weight on a dump of the article alone, where the first
// title-like line is the headline unless a line nearer the body has far more for it.
const priorLeadArticle = 4

// titleBarLine returns the line among blocks[from:to] that repeats the page's title
// bar, or -1. A whole page's dump opens with the window's title when the tool prints
// it (the <title> as the first line, a site suffix after it) and shows the headline
// again above the article: of the candidates near the body, the one that repeats
// the first line nearly word for word is the headline, the last on a tie (a
// breadcrumb or a share link repeats it higher up). title is the first line
// without its site's suffix (StripSiteSuffix).
func titleBarLine(blocks []block.Block, forms []Form, title string, from, to int) int {
	if len(blocks) == 0 || forms[0].Prose || forms[0].Words > MaxTitleWords {
		return -1
	}
	if ascii.WordCount(title) < minTitleBarWords {
		return -1
	}
	// The title's bigrams are read when a line of its length first comes up; each
	// such line's are written over the last one's (g), which none outlives. Sorting
	// is most of their cost: a list is sorted only once a line's count of bigrams
	// leaves the best score within reach (DiceBound).
	var tg, g []uint64
	titleSorted := false
	best, bestScore := -1, minTitleBarDice
	for i := max(from, 1); i < to; i++ {
		t := blocks[i].Text
		// Lines of so different a length cannot reach the Dice bound: most are
		// menu entries, whose bigrams would cost more than the whole test.
		if forms[i].Words < 3 || forms[i].Words > MaxTitleWords || blocks[i].Role != block.RoleUnknown ||
			2*len(t) < len(title) || len(t) > 2*len(title) {
			continue
		}
		if len(blocks) > i+1 && blocks[i+1].Text == blocks[1].Text {
			continue // the first lines printed again as a whole: a menu for another screen
		}
		if tg == nil {
			tg = UnsortedBigrams(nil, title)
		}
		g = UnsortedBigrams(g, t)
		if DiceBound(len(g), len(tg)) < bestScore {
			continue
		}
		if !titleSorted {
			slices.Sort(tg)
			titleSorted = true
		}
		slices.Sort(g)
		if d := DiceGrams(g, tg, t, title); d >= bestScore {
			best, bestScore = i, d
		}
	}
	return best
}

// minTitleBarWords is the fewest words of a first line read as the page's title bar:
// shorter ones are a site's name or a menu.
const minTitleBarWords = 4

// minTitleBarDice is how close a line must come to the title bar to repeat it.
const minTitleBarDice = 0.8

// titleBarWeight is what repeating the page's title bar adds to a candidate: more
// than its shape and place can take away.
const titleBarWeight = 3

// minTitleDateShare is the share of a line a date may take for the line to be no
// headline: a year in a title ("The Best Phones of 2026") leaves it one.
const minTitleDateShare = 0.3

// titleOverText reports a line whose capitalised words read as names that is
// shaped and placed as a title ("Healthy Eating Tips"): no byline's separator or
// figure in it, right over running text (the body's first paragraph or a
// standfirst), and neither under a byline nor under another title, whose byline it
// would be ("Headline" / "Jane Doe" / text). A byline without its opener otherwise
// stands with the article's other front matter (a date, a role, share buttons).
func titleOverText(blocks []block.Block, forms []Form, i, first int) bool {
	if ascii.ContainsAny(blocks[i].Text, ",|/(·–—0123456789") || strings.Contains(blocks[i].Text, " - ") {
		return false
	}
	if i+1 != first && (i+1 >= len(forms) || !forms[i+1].Prose) {
		return false
	}
	return i == 0 || !forms[i-1].ByExplicit && !titledLine(blocks, forms, i-1, first)
}

// restatedTitle returns the first line before limit that the line under it
// restates (restatesAbove) and that can be the headline, or -1: a title too short to
// be taken for the first title-like line on its own ("Affordable nutrition") over the
// subtitle that restates it.
func restatedTitle(blocks []block.Block, forms []Form, limit int) int {
	for i := 0; i+1 < limit; i++ {
		if RestatesAbove(blocks, i+1) && headlineCandidate(blocks, forms, i, limit) {
			return i
		}
	}
	return -1
}

// listedTrailTarget returns the last entry of a breadcrumb trail that a converter
// printed as a list (one entry a line, "• Home /" or "1. Home") and the line below
// it, within breadcrumbReach lines and before limit, that repeats that entry as the
// page's heading; -1, -1 when blocks[from:limit] hold none. w3m, lynx and pandoc print a trail set as an HTML
// list so, where a one-line trail ("Home / Guides / The headline") is read by
// breadcrumbTarget. The run of list lines must read as a trail (listedTrail) and the
// entry end it: the line after it is no item of the same list.
func listedTrailTarget(blocks []block.Block, forms []Form, from, limit int) (int, int) {
	for i := from; i < limit; i++ {
		e := listEntry(blocks, forms, i)
		if e == "" || ascii.WordCount(e) < 2 || sameList(blocks, forms, i, i+1) || !listedTrail(blocks, forms, i) {
			continue
		}
		for j := i + 1; j < min(i+1+BreadcrumbReach, limit); j++ {
			if blocks[j].Text == e {
				return i, j
			}
		}
	}
	return -1, -1
}

// listEntry returns line i's text without its list mark and a trail's separator
// after it ("• Guides /" → "Guides"), or "" for a line that is no list item.
func listEntry(blocks []block.Block, forms []Form, i int) string {
	if i < 0 || i >= len(blocks) {
		return ""
	}
	t := blocks[i].Text
	n := forms[i].Bullet
	if n == 0 {
		n = textdump.NumberedPrefix(t)
	}
	if n == 0 {
		return ""
	}
	return strings.TrimRight(t[n:], " />›»")
}

// listedTrail reports a run of two to maxTrailEntries list lines ending at line
// last that reads as a breadcrumb trail: either its first entry is the site's home
// (a navigation line the phrase tables know, as "Home" is) or the entries before
// the last end with a trail's separator, as a trail's items do when the page puts
// the separator inside them. A menu's last entry repeated as a section's heading
// has neither.
func listedTrail(blocks []block.Block, forms []Form, last int) bool {
	k := last
	for k > 0 && last-k < maxTrailEntries && sameList(blocks, forms, k-1, k) {
		k--
	}
	if k == last || sameList(blocks, forms, k-1, k) {
		return false
	}
	seps := 0
	for j := k; j < last; j++ {
		if t := strings.TrimRight(blocks[j].Text, " "); strings.HasSuffix(t, "/") || strings.HasSuffix(t, ">") ||
			strings.HasSuffix(t, "›") || strings.HasSuffix(t, "»") {
			seps++
		}
	}
	r, _ := Furniture(listEntry(blocks, forms, k))
	home := r == ReasonNavigation
	return home || 2*seps >= last-k
}

// sameList reports lines i and j (= i+1) as items of one list: both bulleted, or
// both numbered with j's number following i's (a trail "1. Home", "2. Guides" over a
// section's own list "1. Overview").
func sameList(blocks []block.Block, forms []Form, i, j int) bool {
	if i < 0 || j >= len(blocks) {
		return false
	}
	if forms[i].Bullet > 0 || forms[j].Bullet > 0 {
		return forms[i].Bullet > 0 && forms[j].Bullet > 0
	}
	m, ok := ListNumber(blocks[i].Text)
	n, ok2 := ListNumber(blocks[j].Text)
	return ok && ok2 && n == m+1
}

// maxTrailEntries is the most entries of a breadcrumb trail printed as a list.
const maxTrailEntries = 6

// ownerLines returns the lines of the page's footer (its last ownerReach lines,
// after the body span that ends at last) that state who owns the page: a copyright
// line ("© 2026 Acme Media", "Copyright 2025 Acme"), which a footer prints with the
// site's name. Most pages have one or two.
func ownerLines(blocks []block.Block, last int) []string {
	var lines []string
	for j := max(last+1, len(blocks)-ownerReach, 0); j < len(blocks); j++ {
		t := blocks[j].Text
		if len(t) <= maxOwnerLine && (strings.Contains(t, "©") || strings.Contains(t, "Copyright") || strings.Contains(t, "copyright")) {
			lines = append(lines, t)
		}
	}
	return lines
}

// ownerReach is how many of a page's last lines are read for its copyright line.
const ownerReach = 40

// maxOwnerLine is the longest copyright line read, in bytes: a footer's notice,
// not a paragraph of terms.
const maxOwnerLine = 160

// namesOwner reports a line of two words or more that a copyright line holds
// whole: the site's or its owner's name ("Tiny House Journey" over the menu,
// "© 2026 Tiny House Journey" in the footer), which a page prints in its masthead
// and over its side boxes, never as an article's headline.
func namesOwner(owner []string, t string) bool {
	if len(owner) == 0 || !strings.Contains(t, " ") {
		return false
	}
	for _, o := range owner {
		if ascii.IndexFold(o, t) >= 0 {
			return true
		}
	}
	return false
}

// ownerCost is what a candidate naming the page's owner loses: as much as a first
// line's lead on a dump of the article alone, where a masthead's name stands first.
const ownerCost = priorLeadArticle
