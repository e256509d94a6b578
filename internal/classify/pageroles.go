package classify

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/credit"
	"github.com/newsparse/newsparse/internal/textdump"
)

// Blocks gives every block whose role is still unknown its role. It reads the blocks
// as a sequence: the run of prose paragraphs is the body; the headline, standfirst,
// byline and dateline come before it; captions and credits sit beside image gaps and
// each other; known furniture, related links and repeats are removed with a reason.
// It is the page rules' one entry: the root's ParseText calls it on the blocks of a
// dump, ParseHTML on those of the region its markup left unnamed.
func Blocks(blocks []block.Block) {
	forms := make([]Form, len(blocks))
	preset := make([]bool, len(blocks))
	// Pages repeat short lines (menus, share buttons, credits): a line's form depends
	// on its text alone, so a repeat takes its first copy's, and keeps where that
	// stands (firstCopy).
	firstOf := newFirstCopies(len(blocks))
	textOf := func(j int) string { return blocks[j].Text }
	for i := range blocks {
		// A data table the text front end read is set as body before the region is
		// found: it says nothing of who found the region.
		preset[i] = blocks[i].Role != block.RoleUnknown && blocks[i].Rows == nil
		if len(blocks[i].Text) > maxRepeatLen {
			forms[i] = readBlockForm(&blocks[i])
		} else if j := firstOf.add(blocks[i].Text, i, textOf); j >= 0 {
			forms[i] = forms[j]
			forms[i].firstCopy = int32(j + 1)
		} else {
			forms[i] = readBlockForm(&blocks[i])
		}
	}
	markNameEvidence(blocks, forms)
	first, last := bodySpan(blocks, forms)
	// A front end that settled most roles itself (HTML) has found its region already.
	if settled := countSettled(preset); settled <= 1 {
		first, last = withinRegion(blocks, forms, first, last)
	}
	first = skipProseStandfirst(blocks, forms, first, last)
	last = endAtLinks(blocks, forms, first, last)
	last = EndAtFeedback(forms, func(k int) string { return blocks[k].Text }, first, last)
	last = EndAtPitch(forms, func(k int) string { return blocks[k].Text }, first, last)
	// A thread of readers' comments after the article is none of its text.
	start, end := commentThread(blocks, forms, first)
	if start < 0 {
		start, end = ReplyThread(forms, func(k int) string { return blocks[k].Text }, first)
	}
	if start > first {
		last = min(last, start-1)
		for i := start; i <= end; i++ {
			if blocks[i].Role == block.RoleUnknown {
				blocks[i].Role, blocks[i].Reason = block.RoleRemoved, block.ReasonComments
			}
		}
	}
	// Bylines stand before the body; reading names elsewhere would be wasted work.
	// A line's names read from its text, form and author mark alone (textNamed) serve
	// a later copy of the line with the same mark.
	for i := 0; i < first; i++ {
		j := int(forms[i].firstCopy) - 1
		if j >= 0 && (!forms[j].textNamed || blocks[j].AuthorMarked != blocks[i].AuthorMarked) {
			j = -1
		}
		forms[i].textNamed = readFrontByline(blocks, forms, i, j)
	}
	unnameCommonTitles(blocks, forms, first, last)
	head := pickHeadline(blocks, forms, first, last)
	facts := readPage(blocks, forms)
	for i := range blocks {
		if blocks[i].Role != block.RoleUnknown {
			continue
		}
		switch {
		case i == head:
			// A converter's heading mark the front end left on the line is no part
			// of the headline ("# Title", "****** Title ******").
			blocks[i].Role = block.RoleHeadline
			blocks[i].Text = textdump.StripHeadingMark(blocks[i].Text)
		case i < first:
			classifyFront(blocks, forms, facts, i, head, i == first-1)
		case i <= last:
			classifyBody(blocks, forms, facts, i)
		default:
			classifyTail(blocks, forms, i)
		}
	}
	weighBylines(blocks, forms, preset, head, first)
	findPageByline(blocks, forms, preset, head, first, last)
	CutAtBio(blocks, forms, first, last)
	pairCaptions(blocks, forms)
	removeCallsToAction(blocks, forms, first, last)
	headings := markContents(blocks, forms, head, first, last)
	markDuplicates(blocks, preset, headings, first, last)
}

// readFrontByline reads the names of block i before the body: those an author label
// on the line above opens ("Written by" / "Jane"), else those its own text and author
// mark give (readLineNames), and then it reports true. Those depend on the line's
// text, form and mark alone, which a repeat shares with its first copy: read (not -1)
// is the index of an earlier copy of the line, with the same mark, whose names were
// so read, and block i takes that copy's reading rather than parsing the same text
// again. Pages print their menus and share bars twice above the article, and parsing
// a line for names is the dearest test of the lines there.
func readFrontByline(blocks []block.Block, forms []Form, i, read int) (fromText bool) {
	f := &forms[i]
	if f.Prose || labelledByline(blocks, forms, i) {
		return false
	}
	if read >= 0 {
		c := &forms[read]
		f.Furniture, f.Names, f.ByExplicit = c.Furniture, c.Names, c.ByExplicit
		return true
	}
	readLineNames(f, blocks[i].Text, blocks[i].AuthorMarked)
	return true
}

// labelledByline reads block i as the name that an author label on the line above
// opens ("Written by" / "Jane"), and reports whether it was one.
func labelledByline(blocks []block.Block, forms []Form, i int) bool {
	f := &forms[i]
	if i == 0 || f.Furniture != NoReason || f.Words > 3 {
		return false
	}
	if label, reviewer := BylineLabel(blocks[i-1].Text); label && !reviewer {
		if names, explicit := ParseByline("By " + blocks[i].Text); explicit {
			f.Names, f.ByExplicit = names, true
			return true
		}
	}
	return false
}

// readLineNames reads the names of line t, of form f, before the body; marked is
// block.Block.AuthorMarked. A byline's opener outweighs the furniture it carries ("By
// Jane Doe · 6 min read").
func readLineNames(f *Form, t string, marked bool) {
	switch {
	case f.Furniture == ReasonByline:
		f.Furniture = NoReason // "Interview by ...": a byline to read, not to drop
	case f.Furniture != NoReason && f.Words <= MaxDatelineWords && LooksLikeBylineStart(t):
		if names, explicit := ParseByline(t); explicit {
			f.Furniture, f.Names, f.ByExplicit = NoReason, names, true
		}
		return
	}
	if f.Furniture != NoReason {
		return
	}
	f.Names, f.ByExplicit = ParseByline(t)
	if names := AuthorMarkedNames(t, marked); !f.ByExplicit && names != nil {
		f.Names, f.ByExplicit = names, true
	}
	if len(f.Names) == 0 && f.Words <= MaxDatelineWords {
		if names, explicit := bylineUnderPicture(t); len(names) > 0 {
			// A bare name is still weighed by its place under the headline: a site's
			// logo prints its name beside its own picture ("[Acme] Acme").
			f.Names, f.ByExplicit = names, explicit
			return
		}
	}
	if !f.ByExplicit && f.Bullet == 0 && f.Words <= MaxDatelineWords {
		// "0 · by Jane Doe · Updated 12 March": the opener after a separator.
		if rest := AfterSeparatedOpener(t); rest != "" {
			if names, explicit := ParseByline(rest); explicit {
				f.Names, f.ByExplicit = names, true
			}
		}
	}
}

// bylineUnderPicture reads a line that opens with a picture's label, as converters
// print an image ("[alt]"), and goes on with a byline: the author's photo beside
// their name. The rest of the line is the byline when it opens with an opener ("[Jane
// Doe photo] By Jane Doe") or when the picture's label names the same person ("[Jane
// Doe] Jane Doe", "[Picture of Jane-Doe] Jane Doe"); another picture's label over a
// title-cased line ("[Products] The Harbour Range") names nobody. explicit is true
// for the opener; a name the picture repeats is a bare name, to be weighed by place.
func bylineUnderPicture(t string) (names []string, explicit bool) {
	labels, rest := cutPictureLabels(t)
	if labels == "" || rest == "" {
		return nil, false
	}
	names, explicit = ParseByline(rest)
	if len(names) == 0 {
		return nil, false
	}
	label := strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return ' '
		}
		return r
	}, labels)
	// The photo's label spells the name as the site does; a name that runs on past it
	// took a label's word ("[Jane Doe] By Jane Doe Last Updated: ...").
	if lab := strings.TrimSpace(label); ascii.WordCount(lab) >= 2 && strings.HasPrefix(names[0], lab+" ") {
		names[0] = lab
	}
	if explicit {
		return names, true
	}
	if !IsBylineShaped(rest) || !ContainsWord(strings.ToLower(label), strings.ToLower(names[0])) {
		return nil, false
	}
	return names, false
}

// cutPictureLabels cuts the pictures' labels a converter printed at the start of a
// line ("[Jane Doe] [photo] Jane Doe"): labels holds their text, one space apart,
// and rest the line after them; labels is empty when the line opens with none.
func cutPictureLabels(t string) (labels, rest string) {
	rest = strings.TrimLeft(t, " ")
	for strings.HasPrefix(rest, "[") {
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return "", t
		}
		labels += rest[1:end] + " "
		rest = strings.TrimLeft(rest[end+1:], " ")
	}
	return labels, rest
}

// countSettled counts the blocks whose role a front end set.
func countSettled(v []bool) int {
	n := 0
	for _, x := range v {
		if x {
			n++
		}
	}
	return n
}

// maxRepeatLen bounds the lines Blocks looks up among those already read: longer
// ones, paragraphs, rarely repeat and cost less to read than to look up.
const maxRepeatLen = 200

// bodySpan finds the first and last prose blocks; between them lies the body. A page
// with no prose at all (a short note, a photo story) is read as all body after the
// headline.
func bodySpan(blocks []block.Block, forms []Form) (first, last int) {
	first, last = -1, -1
	for i := range blocks {
		if blocks[i].Role == block.RoleRemoved || forms[i].Furniture != NoReason {
			continue
		}
		if forms[i].Prose || blocks[i].Role == block.RoleBody {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return min(1, len(blocks)), len(blocks) - 1
	}
	// Short closing sentences ("Security forces have set up checkpoints.") still belong
	// to the body: extend the span over sentences until furniture interrupts it.
	for last+1 < len(blocks) {
		f := forms[last+1]
		if f.Furniture != NoReason || !f.Sentence || f.Words < 4 && !strings.HasSuffix(blocks[last+1].Text, ":") || f.Credit >= 2 {
			break
		}
		last++
	}
	// A list right after the last paragraph is the article's own (steps, sources, a
	// summary), unless furniture opens it: its items stay in the body.
	for last+1 < len(blocks) && forms[last+1].Bullet > 0 && forms[last+1].Furniture == NoReason && forms[last+1].Credit < 2 {
		last++
	}
	// A closing line that ends with a colon announces a list ("The tour dates:"): the
	// lines after it belong to the body until furniture or prose breaks the run.
	if strings.HasSuffix(blocks[last].Text, ":") {
		for last+1 < len(blocks) {
			f := forms[last+1]
			if f.Furniture != NoReason || f.Prose || f.Credit >= 2 || f.URL {
				break
			}
			last++
		}
	}
	return first, last
}

// endAtLinks ends the body at a box heading ("More from ...", "Newsletter",
// "Comments") after which the page holds little prose: the teasers of a box of links
// and an author's bio are prose too, but a thin share of what came before.
func endAtLinks(blocks []block.Block, forms []Form, first, last int) int {
	own := func(i int) int {
		if forms[i].Prose && forms[i].Furniture == NoReason {
			return forms[i].Words
		}
		return 0
	}
	total := 0
	for i := first; i <= last; i++ {
		total += own(i)
	}
	// A teaser list ends the article only on a whole page, which a run of short lines
	// above the body betrays: an article dump's own closing lists stay.
	page := shortLinesBetween(forms, -1, first) >= textdump.WholePageLead
	teasers := -1
	if page {
		teasers = firstTeaserRun(blocks, forms, first, last)
	}
	after, proseLines, otherLines := 0, 0, 0
	end := last
	for i := len(blocks) - 1; i > first; i-- {
		f := forms[i]
		// The page's first teaser list opens the closing boxes as a box heading does,
		// when prose follows it.
		opens := endsArticle(f.Furniture) && f.Words <= 8 || i == teasers && after > 0
		// What follows a box heading is mostly short lines (titles, buttons), or, under
		// an author box's label, the author's blurb of a paragraph or two.
		boxLike := otherLines > proseLines || f.Furniture == ReasonBio && proseLines <= maxBioParagraphs
		// A teaser grid or a form is a closing box by its shape.
		if !opens && i <= end && page && OpensTailBox(forms, func(k int) string { return blocks[k].Text }, i, end) {
			opens, boxLike = true, true
		}
		if i <= end && opens && blocks[i].Role == block.RoleUnknown &&
			after*tailShare < total-after && boxLike {
			last = i - 1
		}
		if i <= end {
			after += own(i)
		}
		if f.Prose {
			proseLines++
		} else {
			otherLines++
		}
	}
	return last
}

// teaserTitle reports a line shaped as a teaser's or a menu's title: a few words, no
// sentence, no bullet, no credit or address, and no piece of a sentence that a tool
// split at its links.
func teaserTitle(blocks []block.Block, forms []Form, i int) bool {
	f := forms[i]
	return blocks[i].Role == block.RoleUnknown && !f.Sentence && f.Bullet == 0 && f.Credit < 2 && !f.URL &&
		f.Words >= 2 && f.Words <= maxTeaserWords && !inBrokenSentence(blocks, i)
}

// firstTeaserRun returns where the body span's first run of minTeaserRun title-like
// lines with no prose between them starts, or -1. Only the first can be the page's
// teaser box: an article that sets out its own lists (a round-up's specs, a guide's
// steps) shows them earlier too, and then none of its runs ends it.
func firstTeaserRun(blocks []block.Block, forms []Form, first, last int) int {
	start, titles := -1, 0
	for i := first + 1; i <= last; i++ {
		switch {
		case forms[i].Prose:
			start, titles = -1, 0
		case teaserTitle(blocks, forms, i):
			if titles == 0 {
				start = i
			}
			titles++
			if titles >= minTeaserRun {
				return start
			}
		}
	}
	return -1
}

// minTeaserRun is the fewest title-like lines in a row, no prose between them, that
// read as a list of links rather than an article's subheadings.
const minTeaserRun = 4

// maxTeaserWords is the longest teaser title counted.
const maxTeaserWords = 16

// maxBioParagraphs is the most prose an author box's label may head: a blurb of a
// paragraph or two.
const maxBioParagraphs = 2

// tailShare is how many times more prose must stand before a box heading than after
// it for the heading to end the article.
const tailShare = 5

// endsArticle reports the furniture that opens the closing boxes of a page.
func endsArticle(r Reason) bool {
	return r == ReasonRelated || r == ReasonNewsletter || r == ReasonComments || r == ReasonBio
}

// skipProseStandfirst moves the body's start past a summary paragraph that is
// followed by a byline or a dateline before the prose resumes:
// a first body paragraph is not followed by the byline.
func skipProseStandfirst(blocks []block.Block, forms []Form, first, last int) int {
	if first <= 0 || first >= last || blocks[first].Role != block.RoleUnknown {
		return first
	}
	next := first + 1
	for next <= last && !forms[next].Prose {
		next++
	}
	if next == first+1 || next > last {
		return first
	}
	for j := first + 1; j < next; j++ {
		f := forms[j]
		if f.HasDate && f.DateShare >= 0.5 || LooksLikeBylineStart(blocks[j].Text) {
			return next
		}
	}
	return first
}

// pickHeadline chooses the headline among the blocks before the body (a front end's
// choice first, then chooseHeadline). It returns -1 when there is none.
func pickHeadline(blocks []block.Block, forms []Form, first, last int) int {
	for i := range blocks {
		if blocks[i].Role == block.RoleHeadline {
			return i
		}
	}
	return chooseHeadline(blocks, forms, first, last)
}

// firstTitle is the first title-like line before the body that is not furniture, a
// credit, a dateline, a byline or a breadcrumb that merely ends with the next line.
func firstTitle(cands *candidates) int {
	blocks, forms, limit := cands.blocks, cands.forms, cands.limit
	best := -1
	for i := 0; i < limit; i++ {
		if blocks[i].Role != block.RoleUnknown {
			continue
		}
		f := forms[i]
		if f.Furniture != NoReason || f.Credit >= 2 || f.URL || f.ByExplicit || f.Bullet > 0 ||
			IsDateline(f, blocks[i].Text) || f.Words < 2 || f.Words > 40 || f.Words == 2 && !shortTitle(blocks, forms, i) ||
			f.Words <= 4 && MonthDay(blocks[i].Text) {
			continue
		}
		if carriesCredit(blocks, forms, i) || HasControlMark(blocks[i].Text) || AnnouncesList(blocks[i].Text) || OpensWithImageMark(blocks[i].Text) {
			continue // a picture's caption with its credit or its alt text, a page's controls
		}
		if BreadcrumbAbove(blocks, i, limit) || CrumbUnder(blocks, i) >= 0 || SeveralSentences(f, blocks[i].Text) || ParagraphSentence(f, blocks[i].Text) ||
			inNumberedList(blocks, i) {
			continue // a breadcrumb ending with the headline below it; a notice; a list item
		}
		// A short title is not given up for a sentence closed by a full stop under
		// it: that is its standfirst or its text, not a longer headline.
		if best >= 0 && (!betterHeadline(forms[best], f) || forms[best].Words <= 2 && EndsWithStop(blocks[i].Text)) {
			continue
		}
		best = i
		// A title of two words may be a section label over the headline: the lines
		// after it are still weighed against it.
		if (!f.Sentence || f.Words >= 6) && f.Words > 2 {
			break
		}
	}
	if best >= 0 {
		if q := titleUnderKicker(cands, best); q >= 0 {
			return q
		}
	}
	return best
}

// titleUnderKicker returns the line that is the headline when the first title-like
// line p is only its kicker (a section label, a breadcrumb, a "Back to ..." link):
// p is short or carries a trail's marks, and the next candidate, within two lines
// and before any byline or date, is longer, no finished statement, and shaped as a
// title (title case, or p itself is not) or followed by the front matter. It
// returns -1 when p stands.
func titleUnderKicker(cands *candidates, p int) int {
	blocks, forms, limit := cands.blocks, cands.forms, cands.limit
	kp := forms[p]
	if kp.Words > kickerWords && !hasTrailMark(blocks[p].Text) {
		return -1
	}
	for q := p + 1; q < min(p+3, limit); q++ {
		f, t := forms[q], blocks[q].Text
		if f.ByExplicit || LooksLikeBylineStart(t) || f.HasDate && f.DateShare >= 0.5 {
			return -1 // p's own front matter: p is the headline
		}
		if !cands.is(q) {
			continue
		}
		if f.Words <= kp.Words || f.Words > maxKickedTitleWords || strings.HasSuffix(t, ".") ||
			blocks[q].Heading < blocks[p].Heading {
			return -1
		}
		if f.TitleCase || !kp.TitleCase || followedByFrontMatter(blocks, forms, q, limit) {
			return q
		}
		return -1
	}
	return -1
}

// trailSeparators are the separators of breadcrumb trails, each after its space.
var trailSeparators = []string{" »", " ›", " >", " /", " |", " ·"}

// kickerWords is the most words of a kicker without a trail's marks.
const kickerWords = 4

// maxKickedTitleWords bounds the line under a kicker taken for the headline: a
// longer one is the standfirst.
const maxKickedTitleWords = 25

// hasTrailMark reports the marks of a breadcrumb trail or a back link: a separator
// after a space ("Home » News", "Blog / Tips", "News > Nation") or a line that opens
// with a symbol ("< Back to blog") or a list number ("2. News").
func hasTrailMark(s string) bool {
	for _, sep := range trailSeparators {
		if strings.Contains(s, sep) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return !strings.ContainsRune("\"'“‘(", r) // a quoted headline opens with its quote
	}
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	return digits > 0 && strings.HasPrefix(s[digits:], ". ")
}

// betterHeadline prefers a longer title-like line to a short label seen earlier
// ("Personal Technology: Review" above the real headline).
func betterHeadline(cur, next Form) bool {
	return cur.Words < 5 && next.Words > cur.Words
}

// classifyFront decides the blocks before the body: byline, dateline, standfirst, lead
// media caption, credit; the rest is page furniture.
func classifyFront(blocks []block.Block, forms []Form, facts pageFacts, i, head int, leadsBody bool) {
	b, f := &blocks[i], forms[i]
	switch {
	case f.Furniture != NoReason:
		b.Role, b.Reason = block.RoleRemoved, f.Furniture
	case i == head+1 && credit.IsAgency(b.Text):
		// A wire agency alone under the headline is the story's byline.
		name, _ := credit.AgencyNamed(b.Text)
		b.Role, b.Names = block.RoleByline, []string{name}
	case (f.Credit >= 2 || creditUnderGap(b, f)) && !(i == head+1 && len(f.Names) > 1):
		// Two or more names under the headline are its authors, even with the
		// agency they write for: "Jane Doe and John Roe, Associated Press".
		b.Role = block.RoleCredit
	case f.Bullet > 0 && listedByline(blocks, forms, i, head):
		// Read as an explicit byline from here on, as it would be without its bullet.
		forms[i].Names, _ = ParseByline(listItem(b.Text, f))
		forms[i].ByExplicit = true
		b.Role, b.Names = block.RoleByline, forms[i].Names
	case listedName(blocks, forms, i, head):
		// A bare name weighed by its place: not explicit, so that an opener's byline
		// elsewhere outweighs it.
		forms[i].Names, _ = ParseByline("By " + afterPictures(listItem(b.Text, f)))
		b.Role, b.Names = block.RoleByline, forms[i].Names
	case f.ByExplicit || i == head+1 && len(f.Names) > 1 || i > head && head >= 0 && len(f.Names) > 0 && !f.Sentence &&
		inBylineReach(blocks, forms, i, head) && !menuRunPastPhoto(blocks, forms, i) && (f.Words <= 8 && IsBylineShaped(afterPictures(b.Text)) || NameThenDate(b.Text, f.Names[0]) || nameBesideDate(b.Text, f.Names[0])):
		b.Role, b.Names = block.RoleByline, f.Names
		if t, _, ok := ParseDateline(b.Text); ok {
			b.Published = t
		}
	case IsDateline(f, b.Text):
		b.Role = block.RoleDateline
		b.Published, _, _ = ParseDateline(b.Text)
	case creditAtGap(blocks, forms, facts, i):
		// After the byline: a name under the headline's gap is its author's.
		b.Role = block.RoleCredit
	case i > 0 && blocks[i-1].Role == block.RoleCaption && creditByPlace(blocks, forms, facts, i) && namedByPosition(blocks, forms, facts, i) && !carriesCredit(blocks, forms, i-1):
		b.Role = block.RoleCredit
	case i < head:
		b.Role, b.Reason = block.RoleRemoved, block.ReasonNavigation
	case i > head && head >= 0 && OpensWithNumericDate(b.Text) && !f.Sentence:
		// "13/06/2014 Jane Doe All, Books": a line of page metadata led by its date.
		b.Role = block.RoleDateline
		b.Published, _, _ = ParseDateline(b.Text)
	case isStandfirst(blocks, forms, i, head) && f.Credit == 0 && !carriesCredit(blocks, forms, i):
		b.Role = block.RoleStandfirst
	case f.Words >= 4 && !f.URL && !f.Sentence && !inIslandSeries(blocks, forms, i) && !titledHeading(b.Text, f) &&
		(b.BlankBefore >= 2 || leadsBody && followsSummary(blocks, forms, i)) && textFollows(blocks, forms, i) || isCaptionByLayout(blocks, forms, facts, i):
		// A line between headline and body that is neither byline nor standfirst, after
		// the extra empty lines a picture leaves or just above the body, and with the
		// story's text under it, is the label of the lead picture or video.
		b.Role = block.RoleCaption
	case leadsBody && head >= 0 && i > head && openingQuestion(b.Text, f):
		b.Role = block.RoleSubheading // the question the first section answers
	default:
		b.Role, b.Reason = block.RoleRemoved, block.ReasonNavigation
	}
}

// nameBesideDate reports a line that opens with the name and is a dateline after it:
// the name beside the date's label or the writer's position ("Jane Doe Published
// 10:19am 19 December 2025", "Jane Doe | Senior Writer | July 2, 2025"). Most of the
// rest must be the date, so that a title that happens to open with a name and carries
// a year is not read as one.
func nameBesideDate(text, name string) bool {
	rest, ok := strings.CutPrefix(text, name)
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " -–—|·•,")
	if r, _ := utf8.DecodeRuneInString(rest); rest == "" || unicode.IsLower(r) {
		return false // the name took the label's first word: "Jane Doe Last" / "updated: ..."
	}
	_, share, ok := ParseDateline(rest)
	return ok && share >= minNameDateShare
}

// minNameDateShare is the share of the words after a byline's name that its date must
// take: a label or a position beside it ("Published", "Senior Writer") and no more.
const minNameDateShare = 0.5

// afterPictures is a line past the pictures' labels it opens with, if any: the author's
// photo printed beside a bare byline ("[Jane Doe] Jane Doe"), with or without the
// brackets (pastBareLabel).
func afterPictures(t string) string {
	if !strings.HasPrefix(t, "[") {
		return pastBareLabel(t)
	}
	_, rest := cutPictureLabels(t)
	return rest
}

// pastBareLabel is the name that ends t when the words before it are a picture's
// label ending with the same name: "Picture of Jane Doe Jane Doe", "Photo of Jane
// Jane". pandoc and html2text print the author's photo's label in brackets, w3m and
// lynx without them, so only the repeat tells the label from the name. The label has
// words of its own before the name; a line with no such repeat is returned as it is.
func pastBareLabel(t string) string {
	t = strings.TrimSpace(t)
	if strings.Count(t, " ") < 2 {
		return t // too few words for a label and a name
	}
	words := strings.Fields(t)
	for k := min(maxListedNameWords, len(words)/2); k >= 1; k-- {
		name := strings.Join(words[len(words)-k:], " ")
		// The copy in the label may be glued to what precedes it ("Jane
		// DoePicture of Jane Doe Jane Doe"), never to the name.
		label := strings.TrimSuffix(strings.TrimSpace(t[:len(t)-len(name)]), " ")
		if strings.HasSuffix(label, " "+name) && strings.HasSuffix(t, " "+name) {
			return name
		}
	}
	return t
}

// listedByline reports a list item i that opens with a byline's opener ("• by Jane
// Doe"): converters print a post's meta list (author, comment count, date) as list
// items. It is the byline when it stands under the headline, outside a menu's run of
// entries, and is the list's one such item: a run of them ("+ By State", "+ By
// Style") is a menu of ways to browse.
func listedByline(blocks []block.Block, forms []Form, i, head int) bool {
	if head < 0 || i <= head || !opensListedByline(blocks, forms, i) || inMenuRun(blocks, forms, i) {
		return false
	}
	for _, j := range [2]int{letteredNeighbour(blocks, i, -1), letteredNeighbour(blocks, i, 1)} {
		if j >= 0 && j < len(blocks) && opensListedByline(blocks, forms, j) {
			return false
		}
	}
	return true
}

// opensListedByline reports a list item that opens with a byline's opener and
// names people by more than one word each: a menu's entries of that shape name
// single things ("• By Region").
func opensListedByline(blocks []block.Block, forms []Form, i int) bool {
	if forms[i].Bullet == 0 {
		return false
	}
	names, explicit := ParseByline(listItem(blocks[i].Text, forms[i]))
	for _, n := range names {
		if !strings.Contains(n, " ") {
			return false
		}
	}
	return explicit && len(names) > 0
}

// listedName reports the first item of a post's meta list under the headline
// when it is a bare name: converters print the list (author, date, comment count,
// reading time) as list items, and a blog platform or theme may print the author's
// name without an opener, often a single word or a handle ("• Jane", "• janed",
// "• Staff"). The list is told by its next item, a date; the item is the first line
// with a letter under the headline (w3m may print its bullet on a line of its own),
// names one author in at most maxListedNameWords words and nothing else, as it would
// after an opener ("By janed"): a date, a sentence or a control's label does not.
func listedName(blocks []block.Block, forms []Form, i, head int) bool {
	f := &forms[i]
	if head < 0 || i <= head || f.Words == 0 || f.Sentence || f.Prose || f.HasDate || f.URL || letteredNeighbour(blocks, i, -1) != head {
		return false
	}
	j := letteredNeighbour(blocks, i, 1)
	if j >= len(blocks) || forms[j].Bullet == 0 || !forms[j].HasDate || forms[j].DateShare < minNameDateShare {
		return false
	}
	// The item is the name and nothing else, past the author's photo's label
	// ("[Picture of Jane] Jane"): a category's links glued into one ("Digital
	// OrganizationOfficePapers") begin with a name's shape too.
	item := afterPictures(listItem(blocks[i].Text, *f))
	if ascii.WordCount(item) > maxListedNameWords {
		return false
	}
	names, _ := ParseByline("By " + item)
	return len(names) == 1 && strings.EqualFold(names[0], item)
}

// maxListedNameWords bounds the words of a bare name in a post's meta list.
const maxListedNameWords = 4

// listItem is a list item's text without its bullet.
func listItem(text string, f Form) string { return strings.TrimSpace(text[f.Bullet:]) }

// inBylineReach reports a line close enough to the headline to be its byline without
// saying so ("By ..."): a few lines under it, or right under another byline, the
// date or an author label ("Written by" split from its name). Farther down, a bare
// name-shaped line is a menu label, a teaser's author, a job title or a product name.
// Under a line that announces a list ("Popular posts:") it is the list's first entry.
func inBylineReach(blocks []block.Block, forms []Form, i, head int) bool {
	label, reviewer := BylineLabel(blocks[i-1].Text)
	if AnnouncesList(blocks[i-1].Text) && !label {
		return false // the first entry of a list announced above it ("Popular posts:")
	}
	if i-head <= bylineReach || i-head <= datedBylineReach && overDate(blocks, forms, i) {
		return true
	}
	switch blocks[i-1].Role {
	case block.RoleByline, block.RoleDateline:
		return true
	}
	return label && !reviewer
}

// inMenuRun reports a line between two menu-like lines (one to three words, no
// sentence, no date): an entry of a menu, whatever name shape it has. A line with no
// letter or digit (an icon font's glyph, a rule) is no entry and is stepped over.
func inMenuRun(blocks []block.Block, forms []Form, i int) bool {
	return menuNeighbour(forms, letteredNeighbour(blocks, i, -1)) && menuNeighbour(forms, letteredNeighbour(blocks, i, 1))
}

// maxGlyphSkip bounds the lines without letters letteredNeighbour steps over.
const maxGlyphSkip = 2

// letteredNeighbour is the nearest line to i in direction step (-1 or 1) holding a
// letter or a digit, past at most maxGlyphSkip lines of none. It may return an index
// out of range, which menuNeighbour rejects.
func letteredNeighbour(blocks []block.Block, i, step int) int {
	j := i + step
	for k := 0; k < maxGlyphSkip && j >= 0 && j < len(blocks) && !hasLetterOrDigit(blocks[j].Text); k++ {
		j += step
	}
	return j
}

// hasLetterOrDigit reports a letter or a digit in s.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// bylineReach is how many lines under the headline a bare name is read as its byline.
const bylineReach = 4

// datedBylineReach is how many lines under the headline a bare name over its date
// ("Jane Doe" / "Dec 12, 2025") is read as its byline: a subtitle, a kicker or the
// author's photo's label may stand between them and the headline.
const datedBylineReach = 8

// overDate reports a name line whose next line with a letter is a date, the name of
// a byline printed over its date, and whose line above is no menu's entry: the last
// of a run of section links ("Business" / "Careers Advice" / "March 3, 2026") stands
// over a date too. The author's photo's label naming them ("Jane Doe's avatar") may.
func overDate(blocks []block.Block, forms []Form, i int) bool {
	j := letteredNeighbour(blocks, i, 1)
	if j >= len(blocks) || !forms[j].HasDate || forms[j].DateShare < minNameDateShare {
		return false
	}
	p := letteredNeighbour(blocks, i, -1)
	return !menuNeighbour(forms, p) || len(forms[i].Names) > 0 && strings.Contains(blocks[p].Text, forms[i].Names[0])
}

// followsSummary reports a line placed after the standfirst or after prose, rather
// than after another short line, as links in a list are. A lead picture's label with
// no gap above it stands there, between the story's summary and its body; right under
// the headline, the byline or the date, such a line is a subtitle, a reading time or
// a notice, for a picture there leaves its gap.
func followsSummary(blocks []block.Block, forms []Form, i int) bool {
	if i == 0 {
		return false
	}
	return blocks[i-1].Role == block.RoleStandfirst || forms[i-1].Prose
}

// isStandfirst accepts the first line after the headline when it reads as a summary:
// long enough, and either not a finished sentence (the seed's dek has no full stop) or
// followed by more front matter before the body, where a first body paragraph would not.
func isStandfirst(blocks []block.Block, forms []Form, i, head int) bool {
	if head < 0 || i != head+1 || forms[i].Words < 6 {
		return false
	}
	for _, b := range blocks[:i] {
		if b.Role == block.RoleStandfirst {
			return false
		}
	}
	return true
}

// classifyBody decides the blocks inside the body span.
func classifyBody(blocks []block.Block, forms []Form, facts pageFacts, i int) {
	b, f := &blocks[i], forms[i]
	switch {
	case f.Furniture != NoReason:
		b.Role, b.Reason = block.RoleRemoved, f.Furniture
	case f.Prose && !isCaptionByLayout(blocks, forms, facts, i):
		b.Role = block.RoleBody
	case f.Credit >= 2 || i > 0 && blocks[i-1].Role == block.RoleCaption && (f.Credit == 1 || creditByPlace(blocks, forms, facts, i) && namedByPosition(blocks, forms, facts, i) && !carriesCredit(blocks, forms, i-1)),
		continuesCreditLabel(blocks, forms, i), creditUnderGap(b, f), creditAtGap(blocks, forms, facts, i):
		b.Role = block.RoleCredit
	case f.Credit == 1 && credit.IsEmbedAttribution(b.Text):
		b.Role, b.Reason = block.RoleRemoved, block.ReasonMedia
	case IsDateline(f, b.Text):
		b.Role = block.RoleDateline
		b.Published, _, _ = ParseDateline(b.Text)
	case b.Heading > 0 && !f.Prose && f.Words <= maxHeadingWords:
		b.Role = block.RoleSubheading // a converter marked it a heading
	case f.Bullet > 0:
		b.Role = block.RoleList
		b.Text = strings.TrimSpace(b.Text[f.Bullet:])
	case isCaptionByLayout(blocks, forms, facts, i):
		b.Role = block.RoleCaption
	case f.Quoted && f.Words >= 5:
		b.Role = block.RoleQuote
	case f.URL:
		b.Role, b.Reason = block.RoleRemoved, block.ReasonRelated
	case f.TitleCase && !f.Sentence && f.Words >= 2 && f.Words <= 12 && textdump.NumberedPrefix(b.Text) == 0 && loneInsert(forms, facts, i):
		b.Role, b.Reason = block.RoleRemoved, block.ReasonRelated
	case i < len(facts.shortRun) && facts.shortRun[i] >= minLinkRun && textdump.NumberedPrefix(b.Text) == 0:
		// Headline-length lines in such a run are links to other stories; shorter
		// ones are menu entries, labels and controls.
		b.Role, b.Reason = block.RoleRemoved, block.ReasonNavigation
		if f.Words >= 5 {
			b.Reason = block.ReasonRelated
		}
	case !f.Sentence && f.Words <= 12:
		b.Role = block.RoleSubheading
	default:
		b.Role = block.RoleBody
	}
}

// maxHeadingWords bounds a line a converter's heading mark makes a subheading.
const maxHeadingWords = 20

// isCaptionByLayout spots a caption in a text dump.
func isCaptionByLayout(blocks []block.Block, forms []Form, facts pageFacts, i int) bool {
	return captionRule(blocks, forms, facts, i) != ""
}

// carriesCredit is CarriesCredit(blocks[i].Text), split once per line and kept in
// forms[i]: the headline's rules and captionRule ask it about the same lines (about
// 1.7 times a line on whole pages), and the split is among the dearest tests of a
// line. Only for lines whose text has not changed since their form was read: the
// page rules change a line's text only once they have set its role.
func carriesCredit(blocks []block.Block, forms []Form, i int) bool {
	f := &forms[i]
	if f.inlineCredit == 0 {
		f.inlineCredit = 1
		if CarriesCredit(blocks[i].Text) {
			f.inlineCredit = 2
		}
	}
	return f.inlineCredit == 2
}

// captionRule names the layout that makes a line a caption, or returns "": a line
// beside a credit line, a line carrying its own credit or caption label, a line after
// the extra empty lines an image leaves that its own evidence and the page's other
// gap lines read as a caption (captionByGapLayout), or a line above such a gap where
// a dropped credit line left it. The names make the classifier's choices traceable in
// tests.
func captionRule(blocks []block.Block, forms []Form, facts pageFacts, i int) string {
	b, f := blocks[i], forms[i]
	if f.Words < 3 || f.Furniture != NoReason {
		return ""
	}
	next := i + 1
	// The caption repeated, as alt text and caption both print; a few copies at
	// most, so that a paragraph repeated throughout a dump costs no rescan.
	for next < len(blocks) && next <= i+maxCaptionRepeats && blocks[next].Text == b.Text {
		next++
	}
	// Not a name that the credit after it repeats: "Jane Doe" above "Photo: Jane Doe".
	if next < len(blocks) && forms[next].Credit >= 2 && !forms[next].Prose && ascii.IndexFold(blocks[next].Text, b.Text) < 0 {
		// Unless the credit stands before a caption of its own: "prose, credit,
		// caption", or "Image copyright ..." above "Image caption ...".
		creditLeads := next+1 < len(blocks) && (credit.HasCaptionLabel(blocks[next+1].Text) ||
			(f.Prose || f.Sentence) && !forms[next+1].Prose && forms[next+1].Words >= 3 && forms[next+1].Furniture == NoReason && forms[next+1].Credit < 2)
		// A paragraph of prose amid prose followed by a stray credit (an embedded
		// post's, a signature's) is still a paragraph unless the picture's gap sets it
		// apart.
		proseAlone := f.Prose && i > 0 && forms[i-1].Prose && b.BlankBefore < 2 && !HasCaptionCue(b.Text)
		// A picture's gap between the line and the credit under it: the credit is
		// the picture's, printed under it, and the line above the picture is text.
		// Unless the credit lost its opening ("AFP via Getty Images)" for "(Photo:
		// AFP via Getty Images)"): the cut left the gap, under the caption.
		// Nor is the site's copyright notice under the last paragraph a credit
		// (siteNotice).
		pictureBetween := blocks[next].BlankBefore >= 2 && b.BlankBefore < 2 && !lostOpening(blocks[next].Text)
		if !creditLeads && !proseAlone && !pictureBetween && !missesPictureGap(blocks, facts, i, next) && !siteNotice(blocks, forms, i, next) {
			return "credit-after"
		}
	}
	if credit.HasCaptionLabel(b.Text) {
		return "label"
	}
	if b.BlankBefore >= 2 && !facts.gapsCommon && !f.Prose && creditByPlace(blocks, forms, facts, i+1) {
		return "gap-credit"
	}
	// A credit printed before its picture's caption: the line after the credit, when
	// the line before the credit is not a caption candidate itself.
	if continuesCreditLabel(blocks, forms, i) {
		return ""
	}
	if i >= 2 && !f.Prose && forms[i-1].Credit >= 2 && !titledHeading(b.Text, f) && !readsAsHeading(blocks, forms, facts, i) && (forms[i-2].Prose ||
		blocks[i-2].Role != block.RoleUnknown && blocks[i-2].Role != block.RoleCaption && blocks[i-2].Role != block.RoleCredit) {
		return "credit-before"
	}
	gap := b.BlankBefore >= 2 || b.BlankAfter >= 2 && i+1 < len(blocks)
	if gap || !f.Prose {
		if carriesCredit(blocks, forms, i) {
			return "inline-credit"
		}
	}
	if _, cr := credit.SplitLeading(b.Text); cr != "" {
		return "leading-credit" // body paragraphs never open with a copyright sign
	}
	// A label set apart by gaps on both sides where paragraphs never are: the
	// picture above and the next one or the paragraph break below.
	// Not one of a series of such lines, which is a grid of links.
	if isIsland(blocks, forms, i) && !f.Sentence && f.Words >= 6 && !facts.islandsCommon && !inIslandSeries(blocks, forms, i) &&
		!readsAsHeading(blocks, forms, facts, i) {
		return "island"
	}
	if inShortRun(blocks, forms, i) && !(b.BlankBefore >= 2 && captionByGapLayout(facts.gapLines, i)) {
		return ""
	}
	if captionByGapLayout(facts.gapLines, i) {
		return "gap-layout"
	}
	// A line with the gap under it rather than above it: the empty lines a credit
	// line left when the dump dropped it, under the caption it belonged to.
	// Not when the credit stands right there under the gap: it is the picture's,
	// printed under it, and the line above the picture is text. Nor on a page whose
	// gap lines lean to captions: it sets its captions under its pictures, and the gap
	// under a line there is the next picture's.
	if b.BlankBefore < 2 && b.BlankAfter >= 2 && i+1 < len(blocks) && !facts.gapsCommon && facts.gapLines.positive == 0 && (forms[i+1].Credit < 2 || lostOpening(blocks[i+1].Text)) &&
		!readsAsHeading(blocks, forms, facts, i) {
		if !f.Prose && f.Words >= 6 && !titledHeading(b.Text, f) {
			return "gap-after"
		}
		if HasCaptionCue(b.Text) {
			return "gap-after-cue"
		}
	}
	return ""
}

// isIsland reports a short line set apart by runs of empty lines on both sides.
func isIsland(blocks []block.Block, forms []Form, j int) bool {
	return j >= 0 && j < len(blocks) && blocks[j].BlankBefore >= 2 && blocks[j].BlankAfter >= 2 && !forms[j].Prose
}

// inIslandSeries reports an island beside another: a grid of links or thumbnails.
func inIslandSeries(blocks []block.Block, forms []Form, i int) bool {
	return isIsland(blocks, forms, i) && (isIsland(blocks, forms, i-1) || isIsland(blocks, forms, i+1))
}

// continuesCreditLabel reports a short line after a bare "Photo:" label: the
// credit the label introduces, broken onto its own line.
func continuesCreditLabel(blocks []block.Block, forms []Form, i int) bool {
	if i == 0 || forms[i].Prose || forms[i].Words > maxPositionalCredit || forms[i].Furniture != NoReason {
		return false
	}
	rest, ok := credit.StripLabel(blocks[i-1].Text)
	return ok && rest == ""
}

// creditByPosition reports a line placed as credits are, whatever name it gives: a
// short run of capitalised words ("Berkeley Earth", "WeWork") right before prose
// resumes. Only a caption before it makes it a credit.
func creditByPosition(blocks []block.Block, forms []Form, j int) bool {
	if j >= len(blocks) {
		return false
	}
	f := forms[j]
	if f.Prose || f.Sentence || f.Furniture != NoReason || f.Words > maxPositionalCredit || f.URL {
		return false
	}
	if j+1 < len(blocks) && !forms[j+1].Prose {
		return false
	}
	return allCapitalised(blocks[j].Text)
}

// creditUnderGap reports a slash credit that needs its place to be one ("Jane
// Doe/Acme", see credit.Evidence) standing right under an image gap. The shape
// and the place together are the evidence, so this holds on pages whose paragraphs
// are also set off by gaps.
func creditUnderGap(b *block.Block, f Form) bool {
	return f.Credit == 1 && b.BlankBefore >= 2 && strings.Contains(b.Text, "/")
}

// maxPositionalCredit bounds a credit recognised by its place alone.
const maxPositionalCredit = 6

// allCapitalised reports text whose words all start with a capital, a digit or a
// symbol, name particles aside: names, not a phrase of running text.
func allCapitalised(s string) bool {
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !credit.IsNameParticle(w) && w != "via" && w != "for" && w != "of" {
			return false
		}
	}
	return true
}

// pageFacts are what the classifier knows of the page as a whole, read once.
type pageFacts struct {
	// gapsCommon marks a page whose prose paragraphs are themselves often set off by
	// runs of empty lines: there an image gap is no evidence of anything.
	gapsCommon bool
	// shortInserts counts short unfinished lines standing alone between two prose
	// paragraphs: subheadings when there are several, a related link when alone.
	shortInserts int
	// islandsCommon marks a page whose prose paragraphs are often set off by runs of
	// empty lines on both sides, where a line so set off is no caption for that.
	islandsCommon bool
	// shortRun is, for each block, the length of the run of short lines it belongs to
	// (see inLinkBox) when the run opens with known furniture ("Most Popular", "More
	// Videos"), and 0 otherwise. Such a run is a box of links, a menu or a gallery's
	// controls; a run without such a heading may be the article's own list
	// (ingredients, tour dates, a product's features), which looks the same. It is
	// nil on a page without such a run, as most are.
	shortRun []int
	// gapLines weighs the lines after the page's image gaps against each other.
	gapLines gapLayout
}

// inLinkBox reports a line that may belong to a box of links: short, not a finished
// sentence of several words, not a credit or a list item.
func inLinkBox(s string, f Form) bool {
	return !f.Prose && f.Credit < 2 && f.Bullet == 0 && textdump.NumberedPrefix(s) == 0 && !(f.Sentence && f.Words >= 5)
}

// minLinkRun is the shortest run of short lines read as a box of links rather than
// as a subheading beside a list or a caption.
const minLinkRun = 3

func readPage(blocks []block.Block, forms []Form) pageFacts {
	var p pageFacts
	prose, gaps, islands := 0, 0, 0
	for i, b := range blocks {
		f := forms[i]
		// Gaps are counted once each, not once per paragraph beside them: the gap
		// between a paragraph and a caption long enough to read as prose is one gap.
		if b.BlankAfter >= 2 && (f.Prose || i+1 < len(blocks) && forms[i+1].Prose) {
			gaps++
		}
		if f.Prose {
			prose++
			if b.BlankBefore >= 2 && b.BlankAfter >= 2 {
				islands++
			}
		} else if f.Furniture == NoReason && f.Words >= 2 && !f.Sentence && f.Credit < 2 && isBetweenProse(forms, i) &&
			b.BlankAfter <= 1 {
			// A subheading stands close over the paragraph it heads, however many
			// empty lines a page sets above it: counting only lines tight on both
			// sides read a page whose headings have two empty lines above them as
			// having one insert, and dropped them all. A line a wide gap follows is a
			// picture's caption, and no insert.
			p.shortInserts++
		}
	}
	p.gapsCommon = gaps*5 > prose
	p.islandsCommon = islands*5 > prose
	p.gapLines = readGapLayout(blocks, forms)
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && inLinkBox(blocks[j].Text, forms[j]) {
			j++
		}
		// The box's heading opens the run ("Most Popular", "More Videos") and most of
		// its lines are furniture or read as headlines; a run of labels and figures
		// after a heading is a product's or a recipe's own list.
		boxed := j > i+1 && forms[i].Furniture != NoReason
		if boxed {
			titles := 0
			for k := i + 1; k < j; k++ {
				if forms[k].Furniture != NoReason || forms[k].Words >= 5 {
					titles++
				}
			}
			boxed = titles*2 >= j-i-1
		}
		if boxed && p.shortRun == nil {
			p.shortRun = make([]int, len(blocks))
		}
		for k := i; k < j && boxed; k++ {
			p.shortRun[k] = j - i
		}
		i = max(j, i+1)
	}
	return p
}

// inShortRun reports a line that has a short non-prose neighbour: runs of such lines
// are lists, link boxes or menus, never a lone caption.
func inShortRun(blocks []block.Block, forms []Form, i int) bool {
	short := func(j int) bool {
		return j >= 0 && j < len(blocks) && !forms[j].Prose && forms[j].Credit < 2 && forms[j].Furniture == NoReason
	}
	return short(i-1) || short(i+1)
}

// loneInsert reports a title-like line standing alone between prose paragraphs: an
// inserted link to another story. Articles that use subheadings use several, so a
// body with other such lines keeps this one as a subheading.
func loneInsert(forms []Form, facts pageFacts, i int) bool {
	return isBetweenProse(forms, i) && facts.shortInserts == 1
}

func isBetweenProse(forms []Form, j int) bool {
	return j > 0 && j+1 < len(forms) && forms[j-1].Prose && forms[j+1].Prose
}

// classifyTail decides the blocks after the body: all furniture, credits of a last
// picture aside.
func classifyTail(blocks []block.Block, forms []Form, i int) {
	b, f := &blocks[i], forms[i]
	switch {
	case f.Furniture != NoReason:
		b.Role, b.Reason = block.RoleRemoved, f.Furniture
	case f.TitleCase || f.URL:
		b.Role, b.Reason = block.RoleRemoved, block.ReasonRelated
	default:
		b.Role, b.Reason = block.RoleRemoved, block.ReasonNavigation
	}
}

// pairCaptions splits credits printed inside captions, and attaches each credit line
// to the caption next to it (after it by preference, as most pages print them).
func pairCaptions(blocks []block.Block, forms []Form) {
	for i := range blocks {
		b := &blocks[i]
		if b.Role != block.RoleCaption {
			continue
		}
		b.Text = credit.StripCaptionLabel(b.Text)
		cap, cr := credit.SplitCaption(b.Text)
		if cr == "" {
			cap, cr = credit.SplitLeading(b.Text)
		}
		if cr != "" {
			b.Text, b.Credit = cap, ReadCredit(cr)
		}
	}
	splitTrailingNames(blocks)
}

// markDuplicates removes exact repeats of a block already seen, so a repeated
// "Continue reading" appears once, and pull quotes: quoted lines whose words stand in a
// body paragraph.
//
// Blocks whose role a front end set (preset) are not judged as exact repeats: the
// HTML reader has settled them from markup, and a repeated line inside an article's
// markup is the article's own (a recipe repeating its portions, a table's cells).
// Nor is an empty block, which stands for a picture without a caption.
//
// Inside the body, a line repeating a body line further up is kept: a meal plan's
// "Eat every 2-3 hours" under each meal, an interview's recurring question. So are
// repeated captions and credits, which belong to different pictures. Only a repeat on
// the very next line, a rendering artefact, goes.
// A repeat a table of contents announced (headings) is the article's own heading,
// whichever role its first copy, the contents entry, was given.
// The meta's first line under the headline (metaRepeat), when a byline, stays if its
// first copy stands within a byline's reach over the headline and was not read as a
// byline: blog themes print the post's meta over the title and again under it, and
// the copy the byline rules weighed is the one the article keeps. The meta's later
// name-shaped lines are its tags ("Harbour Towns, Coastal Walks"), a copy farther up
// is a menu's or a teaser's (an author menu, "By Event Type"), and a wrong headline
// puts other teasers' bylines under it: those repeats still go.
func markDuplicates(blocks []block.Block, preset, headings []bool, first, last int) {
	head := -1
	for i := range blocks {
		if blocks[i].Role == block.RoleHeadline {
			head = i
			break
		}
	}
	meta := metaRepeat(blocks, head)
	// seen finds the first copy of a text.
	seen := newFirstCopies(len(blocks))
	textOf := func(j int) string { return blocks[j].Text }
	for i := range blocks {
		b := &blocks[i]
		key := b.Text
		j := seen.add(key, i, textOf)
		repeat := j >= 0
		if key == "" || preset[i] || !repeat || b.Role == block.RoleHeadline || headings != nil && headings[i] && IsParagraphRole(b.Role) {
			continue
		}
		if i == meta && b.Role == block.RoleByline && j < head && head-j <= bylineReach && blocks[j].Role != block.RoleByline {
			continue
		}
		inBody := i <= last && j >= first && IsParagraphRole(blocks[j].Role) && IsParagraphRole(b.Role)
		// An entry of a list of sections above the body that went as navigation
		// with the menu around it (too short to read as a table of contents) is the
		// copy to drop: its repeat inside the body, a subheading over a paragraph, is
		// the section's heading.
		if j < first && blocks[j].Role == block.RoleRemoved && blocks[j].Reason == block.ReasonNavigation && sectionHeading(blocks, i, first, last) {
			continue
		}
		// Pictures repeat their credits ("Getty Images" under each) and galleries
		// their captions; neither is a repeat to drop. A credit under its caption is
		// that picture's whatever its first copy was (an agency's byline under the
		// headline).
		picture := (b.Role == block.RoleCaption || b.Role == block.RoleCredit) && blocks[j].Role == b.Role ||
			b.Role == block.RoleCredit && blocks[i-1].Role == block.RoleCaption
		// A repeat right after its first copy is a rendering artefact, unless a
		// picture's gap parts them: a gallery's pictures share their credit.
		if (inBody || picture) && (blocks[i-1].Text != key || picture && b.BlankBefore >= 2) {
			continue
		}
		b.Role, b.Reason = block.RoleRemoved, block.ReasonDuplicate
	}
	pulls := 0
	for i := range blocks {
		if blocks[i].Role != block.RoleQuote || pulls >= maxPullQuotes {
			continue
		}
		pulls++
		inner := strings.Trim(blocks[i].Text, "\"'“”‘’«» .")
		if len(inner) < 12 {
			continue
		}
		for j := range blocks {
			if j != i && blocks[j].Role == block.RoleBody && strings.Contains(blocks[j].Text, inner) {
				blocks[i].Role, blocks[i].Reason = block.RoleRemoved, block.ReasonDuplicate
				break
			}
		}
	}
}

// metaRepeat returns the first line within a byline's reach under the headline head
// that is a byline or repeats a line within that reach over it, past the dates (the
// post's meta printed twice starts with its author there), or -1 for none.
func metaRepeat(blocks []block.Block, head int) int {
	if head < 0 {
		return -1
	}
	lo := max(0, head-bylineReach)
	for i := head + 1; i < len(blocks) && i-head <= bylineReach+1; i++ {
		b := &blocks[i]
		if b.Role == block.RoleByline {
			return i
		}
		if b.Text == "" || b.Role == block.RoleDateline || !b.Published.IsZero() {
			continue
		}
		for j := lo; j < head; j++ {
			if blocks[j].Text == b.Text {
				return i
			}
		}
	}
	return -1
}

// sectionHeading reports a subheading inside the body span first..last with a
// paragraph of more than minSectionLead bytes right under it.
func sectionHeading(blocks []block.Block, i, first, last int) bool {
	return i >= first && i < last && blocks[i].Role == block.RoleSubheading && blocks[i+1].Role == block.RoleBody && len(blocks[i+1].Text) > minSectionLead
}

// minSectionLead bounds the paragraph that opens a section under a heading from below.
const minSectionLead = 200

// markContents removes a table of contents: a run of short lines, none of them prose,
// of which at least minContentsEntries each stand once more further down, in the
// run's order, most of those copies parted from the next by prose. That is an
// article's list of its own sections, printed again as the headings over them; a
// menu's entries repeat too, but not one copy per section in order. The entries go
// as navigation; the returned mask marks the headings they announce, which stay
// whatever the duplicate rule would say of them (nil when there are none).
// The contents usually stand under the headline (head, -1 for none); on a whole
// page they may stand above the line chosen as the headline and above the body
// span first..last, and then only copies spread through that span count.
func markContents(blocks []block.Block, forms []Form, head, first, last int) []bool {
	var headings []bool
	// Sized once: grown line by line, the map would allocate again and again.
	// The lines read: from under the headline, or from a little above the body
	// when that is higher (a page's contents over its sections); the menus further
	// up are never a contents list.
	start := min(head+1, max(0, first-maxContentsAbove))
	lines := 0
	for i := start; i < len(blocks); i++ {
		if contentsLine(blocks, forms, i) {
			lines++
		}
	}
	if lines < 2*minContentsEntries {
		return nil // too few short lines for the entries and their copies
	}
	// prose[i] counts the prose blocks before block i. second[i], for a short line
	// read below that is the first with its text, is where its second copy stands:
	// -1 for none, len(blocks) once a third turns up; it is notFirst for a later
	// copy. The runs below read it rather than looking each line up again.
	ints := make([]int, 2*len(blocks)+1)
	prose, second := ints[:len(blocks)+1], ints[len(blocks)+1:]
	// seen finds a short line's first copy. Entries stand before their copies.
	seen := newFirstCopies(lines)
	keyOf := func(j int) string { return contentsKey(blocks[j].Text) }
	for i := start; i < len(blocks); i++ {
		if !contentsLine(blocks, forms, i) {
			continue
		}
		j := seen.add(contentsKey(blocks[i].Text), i, keyOf)
		switch {
		case j < 0:
			second[i] = -1
			continue
		case second[j] < 0:
			second[j] = i
		default:
			second[j] = len(blocks) // printed three times: a menu's
		}
		second[i] = notFirst
	}
	for i := range blocks {
		prose[i+1] = prose[i]
		if forms[i].Prose {
			prose[i+1]++
		}
	}
	// entries are a run's lines repeated after it, later where their copies stand.
	entries, later := make([]int, 0, 16), make([]int, 0, 16)
	// The contents stand under the headline. Above it, a menu may list the same
	// titles as a box of teasers further down: a run there is the contents only when
	// its copies stand inside the body, which a whole page's region may start below
	// the contents (and a headline chosen among the front matter, below them too).
	for i := start; i < len(blocks); {
		if forms[i].Prose {
			i++
			continue
		}
		end := i
		for end < len(blocks) && !forms[end].Prose {
			end++
		}
		entries, later = entries[:0], later[:0]
		for j := i; j < end; j++ {
			if !contentsLine(blocks, forms, j) || !IsParagraphRole(blocks[j].Role) && blocks[j].Role != block.RoleRemoved {
				continue // a byline or a date among the lines is no entry
			}
			c := second[j]
			if c == notFirst || c < end || c >= len(blocks) {
				continue // not repeated after the run
			}
			if j < head && (c < first || c > last) {
				continue // a menu's entry above the headline, repeated outside the body
			}
			entries, later = append(entries, j), append(later, c)
		}
		// The entries whose copies follow in the run's order: one line repeated far
		// down (an author's name in a closing bio) must not hide the rest.
		chain := increasingRun(later)
		sections := 0
		for k := 1; k < len(chain); k++ {
			if prose[later[chain[k]]] > prose[later[chain[k-1]]] {
				sections++
			}
		}
		// Entries above the headline announce the article's sections only if their
		// copies spread through the body, the first in its first half: the titles a
		// menu shares with a box of teasers stand together near the body's end.
		above := len(chain) > 0 && entries[chain[0]] < head && later[chain[0]]-first > (last-first)/2
		if len(chain) >= minContentsEntries && sections >= minContentsEntries-1 && !above {
			if headings == nil {
				headings = make([]bool, len(blocks))
			}
			for _, k := range chain {
				headings[later[k]] = true
				blocks[entries[k]].Role, blocks[entries[k]].Reason = block.RoleRemoved, block.ReasonNavigation
			}
		}
		i = max(end, i+1)
	}
	return headings
}

// increasingRun returns the indices of a longest strictly increasing subsequence
// of v, in order (patience sorting: O(n log n)).
func increasingRun(v []int) []int {
	// tails[k] is the index in v of the smallest last value of an increasing
	// subsequence of length k+1; prev links each index to its predecessor.
	tails := make([]int, 0, len(v))
	prev := make([]int, len(v))
	for i, x := range v {
		k := sort.Search(len(tails), func(k int) bool { return v[tails[k]] >= x })
		prev[i] = -1
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	run := make([]int, len(tails))
	for k, i := len(tails)-1, -1; k >= 0; k-- {
		if i < 0 {
			i = tails[k]
		} else {
			i = prev[i]
		}
		run[k] = i
	}
	return run
}

// notFirst marks, in markContents, a later copy of a short line.
const notFirst = -2

// contentsLine reports a line that may be an entry of a table of contents or the
// heading it points to: short, no prose, no furniture.
func contentsLine(blocks []block.Block, forms []Form, i int) bool {
	f := forms[i]
	return !f.Prose && f.Furniture == NoReason && f.Words >= 1 && f.Words <= maxHeadingWords && blocks[i].Rows == nil
}

// contentsKey is the text a contents entry shares with its heading: its bullet and
// its section numbers gone, as a page numbers its headings and not the entries, or
// the other way round ("Harvard" / "1. Harvard", "2.4 4. Quick Service" / "4. Quick
// Service"). The bullet is measured again, as a list item's text has lost it by now.
func contentsKey(s string) string {
	s = strings.TrimSpace(s[textdump.BulletLen(s):])
	for range maxSectionNumbers {
		n := sectionNumberLen(s)
		if n == 0 {
			break
		}
		s = s[n:]
	}
	return s
}

// maxSectionNumbers bounds the numbers contentsKey takes off an entry's front.
const maxSectionNumbers = 2

// sectionNumberLen is the length of a leading section number and the spaces after
// it ("4. ", "2.4 ", "3) "), 0 when s opens with none or holds nothing after it.
func sectionNumberLen(s string) int {
	i, digits := 0, 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ')') {
		if s[i] <= '9' && s[i] >= '0' {
			digits++
		}
		i++
	}
	if digits == 0 || digits > 4 || i >= len(s) || s[i] != ' ' {
		return 0
	}
	if s[i-1] != '.' && s[i-1] != ')' && !strings.Contains(s[:i], ".") {
		return 0 // "2024 Review", "3 Ways": a number that is part of the title
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) {
		return 0
	}
	return i
}

// maxContentsAbove is how far above the body markContents looks for a contents list
// when the headline stands lower: room for a long list and the lines between it and
// the body.
const maxContentsAbove = 64

// minContentsEntries is the fewest entries, each repeated as a later heading in
// order, that make a run of short lines a table of contents.
const minContentsEntries = 3

// maxPullQuotes bounds the pull-quote search, which compares each quote with every
// paragraph, so that a page of thousands of quoted lines stays linear.
const maxPullQuotes = 32

// lostOpening reports a line closing a bracket it never opened: the end of a credit
// whose opening ("(Photo:") a dump cut off, leaving empty lines in its place.
func lostOpening(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ")") && !strings.Contains(s, "(")
}

// shortTitle reports a title of two words at the top of a dump ("Vibe Coding"): in
// capitals, or closed by an exclamation or a question mark, and not one of a menu's
// entries (a short line right above or below it).
func shortTitle(blocks []block.Block, forms []Form, i int) bool {
	t := blocks[i].Text
	if i > 1 || !(allCapitalised(t) || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")) {
		return false
	}
	return !menuNeighbour(forms, i+1) && (i == 0 || !menuNeighbour(forms, i-1) || forms[i-1].URL)
}
