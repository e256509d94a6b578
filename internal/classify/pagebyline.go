package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/credit"
)

// Bylines are weighed against each other: a page's front may hold one byline with
// strong evidence ("By Jane Doe", a name under a "Written by" label) and name-shaped
// lines taken as bylines on shape and place alone ("Use Case", "Save Article", a
// section label, a job title). Once the strong one is there, a bare one that neither
// continues it (a co-author's name on the next line) nor carries a date of its own is
// a label, not a second author.
//
// The weighing rules that read the blocks and their forms alone (a byline's place,
// the dates beside it, the prose's words, names repeated) live in bylineweigh.go
// (DropFarBylines, DropCommonPhrases, SameNames, ...); those here read a menu's or a
// list's layout with pageroles.go's helpers too, and combine them.

// weighBylines demotes the bylines Blocks read far above the article while another
// stands near it, and the bare bylines beside an explicit one. Blocks a front end
// settled (preset) are its own and left alone.
func weighBylines(blocks []block.Block, forms []Form, preset []bool, head, first int) {
	for i := range blocks {
		if blocks[i].Role == block.RoleByline && !preset[i] {
			blocks[i].Names = UndoubleNames(blocks[i].Names)
		}
	}
	DropFarBylines(blocks, preset, head, first)
	DropCommonPhrases(blocks, forms, preset)
	bylineAtFirstCopy(blocks, forms, preset, head, first)
	dropMenuHeadings(blocks, forms, preset)
	dropMetaTags(blocks, forms, preset)
	dropListHeadings(blocks, forms, preset)
	explicit := false
	for i := range blocks {
		if blocks[i].Role == block.RoleByline && !preset[i] && forms[i].ByExplicit {
			explicit = true
			break
		}
	}
	if !explicit {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Role != block.RoleByline || preset[i] || forms[i].ByExplicit || !b.Published.IsZero() {
			continue
		}
		if i > 0 && blocks[i-1].Role == block.RoleByline && !RunsIntoTitle(b.Text, b.Names) || len(b.Names) == 1 && credit.IsAgency(b.Names[0]) {
			continue // a co-author's line under the byline; a wire byline
		}
		b.Role, b.Reason, b.Names = block.RoleRemoved, block.ReasonNavigation, nil
	}
}

// bylineAtFirstCopy moves a byline to the first copy of its line under the headline:
// a page prints its author's name twice there, over the picture and beside the label
// or the date ("Jane Doe" / "Written by:" / "Jane Doe"). The first copy, a bare
// line without the byline's evidence, would be dropped as furniture beside the
// explicit one, and the repeat rule would then drop the byline itself as its copy.
// The first copy takes the byline and its evidence; the later copy is the repeat.
// Copies on consecutive lines are a converter's artefact and keep the repeat rule.
// A post's meta printed over its title and again under it keeps its byline under
// the title: markDuplicates leaves that copy (metaRepeat). A page that prints the
// meta twice above the body, once for each layout, may print the first copy past
// the headline's reach, where it goes as navigation while the second, under the
// first's date, is read as the byline: the first copy takes it there too, anywhere
// before the body, or markDuplicates drops the byline as the first's repeat.
func bylineAtFirstCopy(blocks []block.Block, forms []Form, preset []bool, head, first int) {
	if head < 0 {
		return
	}
	for i := head + 1; i < len(blocks) && (i-head <= bylineReach+1 || i < first); i++ {
		b := &blocks[i]
		if b.Role != block.RoleByline || preset[i] {
			continue
		}
		if i-head > bylineReach+1 {
			// Past the headline's reach the line's first copy on the page is looked
			// up by its index (Form.firstCopy), so that a front of many bylines is
			// still read in linear time.
			if j := int(forms[i].firstCopy) - 1; j > head && j < i-1 {
				takeByline(blocks, forms, preset, j, i)
			}
			continue
		}
		for j := head + 1; j < i-1; j++ { // a repeat on the next line is a rendering artefact
			if takeByline(blocks, forms, preset, j, i) {
				break
			}
		}
	}
}

// takeByline gives block j, an earlier copy of byline i's line, the byline and its
// evidence when j went as furniture or is a byline itself, and reports whether it
// did.
func takeByline(blocks []block.Block, forms []Form, preset []bool, j, i int) bool {
	b, c := &blocks[i], &blocks[j]
	if c.Text != b.Text || c.Role != block.RoleRemoved && c.Role != block.RoleByline || preset[j] {
		return false
	}
	c.Role, c.Reason, c.Names, c.Published = block.RoleByline, block.NoReason, b.Names, b.Published
	forms[j].ByExplicit = forms[j].ByExplicit || forms[i].ByExplicit
	return true
}

// dropMenuHeadings demotes the bylines that are a menu's headings, the ways a site
// offers to browse it: "By Industry" over "Healthcare" and "Retail", "By Modality"
// over "Medspa", each under another entry ("Solutions"). After an opener one word
// names an author ("By Regan", "by admin"), but an author's line goes on with a
// date, a reading time, a bio or the story, never between two menu entries. A byline
// is such a heading when it prints its opener (a name under an "Author" label is
// read as if it did), its one name is a single word, no date stands on its line
// or beside it, the line above is a menu's entry or another heading, and the line
// below, past the icons' labels, is an entry: a few title-cased words without a date
// or a digit.
func dropMenuHeadings(blocks []block.Block, forms []Form, preset []bool) {
	for i := range blocks {
		b := &blocks[i]
		if b.Role != block.RoleByline || preset[i] || !LooksLikeBylineStart(b.Text) || len(b.Names) != 1 || strings.Contains(b.Names[0], " ") || Dated(blocks, i) {
			continue
		}
		above, below := menuLineNear(blocks, i, -1), menuLineNear(blocks, i, 1)
		if above < 0 || below < 0 || !menuEntry(blocks, forms, below) {
			continue
		}
		if menuEntry(blocks, forms, above) || LooksLikeBylineStart(blocks[above].Text) && forms[above].Words <= 3 {
			b.Role, b.Reason, b.Names = block.RoleRemoved, block.ReasonNavigation, nil
		}
	}
}

// dropMetaTags demotes a bare byline that a date parts from the byline a few lines
// above it: a post's meta prints its author, then the date, then the post's
// categories or tags in title case ("Jane Doe" / "March 3, 2026" / "Harbour Towns,
// Coastal Walks"), which read as names. Co-authors' lines follow each other, or
// stand on the byline's own line; an opener or a date of its own keeps a line.
func dropMetaTags(blocks []block.Block, forms []Form, preset []bool) {
	prev := -1
	for i := range blocks {
		b := &blocks[i]
		if b.Role != block.RoleByline || preset[i] {
			continue
		}
		if prev >= 0 && i-prev <= bylineReach && !forms[i].ByExplicit && b.Published.IsZero() && datelineBetween(blocks, prev, i) {
			b.Role, b.Reason, b.Names = block.RoleRemoved, block.ReasonNavigation, nil
			continue
		}
		prev = i
	}
}

// datelineBetween reports a dateline among the blocks between i and j.
func datelineBetween(blocks []block.Block, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if blocks[k].Role == block.RoleDateline {
			return true
		}
	}
	return false
}

// maxMenuSkip bounds the lines menuLineNear steps over.
const maxMenuSkip = 3

// menuLineNear is the nearest line to i in direction step (-1 or 1) that holds words,
// past empty lines, glyphs and icons' labels ("[svg][brands]"), or -1.
func menuLineNear(blocks []block.Block, i, step int) int {
	for j := i + step; j >= 0 && j < len(blocks) && (j-i)*step <= maxMenuSkip; j += step {
		if t := blocks[j].Text; hasLetterOrDigit(t) && afterPictures(t) != "" {
			return j
		}
	}
	return -1
}

// menuEntry reports a menu's entry: at most three words, no sentence and no date
// (menuNeighbour), opening with a capital and holding no digit, which a reading time
// ("2 min read") or a count does.
func menuEntry(blocks []block.Block, forms []Form, j int) bool {
	t := listItem(blocks[j].Text, forms[j])
	r, _ := utf8.DecodeRuneInString(t)
	return menuNeighbour(forms, j) && unicode.IsUpper(r) && strings.IndexFunc(t, unicode.IsDigit) < 0
}

// A whole page's dump often misplaces the article's start: a teaser's or a
// standfirst's prose opens the body span above the headline, and the byline under the
// headline lands inside it as a short line; or the page prints its author only in a
// box after the article ("Written by" / "Jane Doe" / "Jane is a reporter who ...").
// When the front gave no byline, findPageByline weighs every short line of the
// article's span and the box after it by the evidence a byline carries: an opener or
// an author label, a date on the line or the next, a job title or a bio sentence about
// the name under it, and a place near the article's start. It takes the strongest
// only when nobody else has as much for them: a page of teasers, each with its
// author, names nobody. Past the box's usual reach (pageBylineReach), under a
// comment thread or a list of teasers the tail cut off, only an author's card (the
// photo's label and the name) over the author's bio is weighed; a company's or a
// product's box, a name over a description that opens with it, has no photo named
// for a person.

// pageBylineReach is how many lines after the body's last paragraph an author box is
// looked for.
const pageBylineReach = 12

// pageBylineEnd is how many lines after the body's last paragraph a byline signs the
// article off.
const pageBylineEnd = 3

// pageBylineStart is how many lines into the body span a byline is read as the one
// under the article's headline.
const pageBylineStart = 6

// minPageByline is the evidence a line needs to be taken as the byline from outside
// the front: an opener or a label with one more sign, or three signs of a bare name
// (a bio under it counts two).
const minPageByline = 3

// maxNameLookups bounds the page scans for a candidate's name, so that a page of many
// name-shaped lines is still read in linear time.
const maxNameLookups = 8

// findPageByline sets the best-evidenced byline outside the front when Blocks found
// none. head is the headline's block or -1; first and last bound the body span.
func findPageByline(blocks []block.Block, forms []Form, preset []bool, head, first, last int) {
	if countSettled(preset) > 1 {
		return // a front end that settled the roles (HTML) read its bylines itself
	}
	for i := range blocks {
		if blocks[i].Role == block.RoleByline {
			return
		}
	}
	if bylineOverHeadline(blocks, forms, preset, head) || metaUnderHeadline(blocks, forms, preset, head) {
		return // the post's meta printed over its title, or under it in fields
	}
	lo, hi := max(0, first), min(len(blocks)-1, last+pageBylineReach)
	if head >= 0 && head < lo {
		lo = head + 1
		if head > 0 && cardRepeatsName(blocks, forms, head, blocks[head-1].Text) {
			lo = head - 1 // the headline read on an author's card: its name line is weighed too
		}
	}
	best, bestScore, tie := -1, 0, false
	var bestNames []string
	lookups := maxNameLookups
	for i := lo; i < len(blocks); i++ {
		if i > hi && !nameOverBio(blocks, forms, i) {
			continue // past the author box's reach only a card over its bio is weighed
		}
		names, score := pageBylineEvidence(blocks, forms, i, head, first, last)
		if i > hi && score > 0 && !namedPicture(blocks, forms, i, names) && !(i > 0 && IsBoxHeading(blocks[i-1].Text)) {
			// A company's or a product's box is a name over its description too; an
			// author's has the photo, or its heading: pandoc and html2text print the
			// photo as an image mark the text front end drops, so "About the Author"
			// stands right over the name there.
			continue
		}
		if score == minPageByline-1 && lookups > 0 {
			lookups--
			if NamedElsewhere(blocks, i, names[0]) {
				score++ // the author box or bio that names them again
			}
		}
		switch {
		case score < minPageByline || score < bestScore:
		case score > bestScore && best >= 0 && SameNames(names, bestNames):
			bestScore = score // the author box repeats the name read nearer the headline: that copy stays the byline
		case score > bestScore:
			best, bestScore, bestNames, tie = i, score, names, false
		case !SameNames(names, bestNames):
			tie = true // two people with as much for them: a list of teasers' authors
		}
	}
	if best < 0 || tie || len(bestNames) == 1 && AllWordsInProse(blocks, forms, bestNames[0]) {
		return // nobody, two people, or a label's words ("Bundling Policies")
	}
	if best > 0 && IsBylineLabel(blocks[best-1].Text) && OtherLabelledNames(blocks, best, bestNames) {
		return // a listing whose entries each print their authors under a label
	}
	// An author box repeats the byline's line: its first copy, nearer the headline,
	// is the byline, and later copies are repeats of it.
	for j := range best {
		if blocks[j].Text == blocks[best].Text && !preset[j] && blocks[j].Role == block.RoleRemoved {
			best = j
			break
		}
	}
	b := &blocks[best]
	b.Role, b.Reason, b.Names = block.RoleByline, block.NoReason, bestNames
	b.Names = UndoubleNames(b.Names)
	if t, _, ok := ParseDateline(b.Text); ok {
		b.Published = t
	}
}

// pageBylineEvidence reads the names of block i as a byline away from the front and
// weighs the evidence for it; 0 when the line names nobody.
func pageBylineEvidence(blocks []block.Block, forms []Form, i, head, first, last int) ([]string, int) {
	b, f := &blocks[i], forms[i]
	switch b.Role {
	case block.RoleHeadline, block.RoleCaption, block.RoleStandfirst:
		return nil, 0
	case block.RoleCredit:
		if !cardRepeatsName(blocks, forms, i+1, b.Text) {
			return nil, 0
		}
		// The card's name under its photo reads as the photo's credit; a credit is
		// not followed by the name again with a position.
	}
	if f.Words == 0 || f.Bullet > 0 || f.URL {
		return nil, 0
	}
	if f.Prose || f.Words > MaxDatelineWords {
		return postMetaLine(blocks, forms, i, head, first, last)
	}
	labelled := false
	if i > 0 {
		label, reviewer := BylineLabel(blocks[i-1].Text)
		labelled = label && !reviewer
	}
	if !labelled && !LooksLikeBylineStart(b.Text) && !IsBylineShaped(b.Text) {
		return nil, 0
	}
	names, explicit := ParseByline(b.Text)
	if len(names) == 0 && labelled && f.Words <= 4 {
		names, explicit = ParseByline("By " + b.Text)
	}
	if len(names) == 0 || !explicit && !labelled && !WholeNames(b.Text, names) && !NamesThenTitle(b.Text, names) {
		return nil, 0
	}
	for _, n := range names {
		if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
			return nil, 0 // "by project": a handle away from the front is too little
		}
	}
	score := 0
	if explicit || labelled {
		score += 2
	}
	if labelled && !explicit && WholeNames(b.Text, names) {
		// "Written by" / "Jane Doe": an author box's label over the name alone. A
		// bare line reads names of two words or more; one word ("By" / "Region", a
		// menu's entry) is read only after the opener put before it, so not here.
		score++
	}
	// The line under it, past a repeat of the name (a box prints it twice, over
	// the picture and as a heading).
	next := i + 1
	for next < len(blocks) && (blocks[next].Text == b.Text || !hasLetterOrDigit(blocks[next].Text)) && next-i <= 2 {
		next++ // past a repeat, and a separator's glyph a converter put on a line of its own ("•", "|")
	}
	above := letteredNeighbour(blocks, i, -1)
	datedPair := next < len(blocks) && forms[next].HasDate && forms[next].DateShare >= 0.5
	datedAbove := above >= 0 && forms[above].HasDate && forms[above].DateShare >= 0.5
	if f.HasDate || NameThenDate(b.Text, names[0]) || datedPair || datedAbove {
		score++ // "Jane Doe" / "August 25, 2024", or the date over the name
	}
	bio, card := false, false
	if next < len(blocks) {
		switch {
		case OpensWithPerson(blocks[next].Text, names[0]):
			score += 2 // "Jane Doe" / "Jane covers the coast ...": her bio
			bio = forms[next].Prose
		case !explicit && !labelled && len(names) == 1 && WholeNames(b.Text, names) && cardRepeatsName(blocks, forms, next, names[0]):
			score += 2 // "Jane Doe" / "Jane Doe Founder & Lead Reviewer": an author's card
			card = true
		case IsJobTitleLine(blocks[next].Text, forms[next]):
			score++ // "Jane Doe" / "Staff Writer"
			if bioPastCard(blocks, forms, next, names[0]) {
				score += 2 // and her bio under it
				bio = true
			}
		case bioPastCard(blocks, forms, next, names[0]):
			score += 2 // "Jane Doe" / "SEO Copywriter" / "Jane covers ...": her bio under the card's lines
			bio = true
		}
	}
	if !bio && closingBio(blocks, forms, i, last, names[0]) {
		score += 2 // "Jane Doe is a professor at ...": the tagline an opinion piece ends with
	}
	if !explicit && !labelled && namedPicture(blocks, forms, i, names) {
		score++ // "[Jane Doe]" / "Jane Doe": the author's card, the photo labelled with the name
	}
	switch {
	case head >= 0 && i > head && i-head <= bylineReach && datedPair && f.Words <= 4 && !inMenuRun(blocks, forms, i):
		score += 2 // the byline's name over its date under the headline, where the front's prose took it into the body
	case head >= 0 && i > head && i-head <= bylineReach, i >= first && i-first < pageBylineStart,
		head >= 0 && i > head && i < first && first-i <= pageBylineStart && datedPair:
		score++ // under the headline, where the body opens, or over its date just above the body
	case card && i < first && first-i <= aboveBodyStart:
		score++ // the author's card just above the body, wherever the headline was read
	case (explicit || labelled) && i > last && i-last <= pageBylineEnd:
		score++ // "By Jane Doe" signing the article off; a bare line there is a teaser's
	case bio && authorBoxAtEnd(i, last):
		score++ // the author box closing the article: the name over the bio
	}
	return names, score
}

// closingBio reports the bio of the person name among the article's last lines, away
// from the name's line i: an opinion piece or a guest's column ends with a line on
// its author ("Jane Doe is a professor at ..."), where the byline under the
// headline printed the name alone or with a label ("Guest Columnist"). The line
// opens with the whole name and goes on in lower case; a first name alone is as
// often a quoted person's.
func closingBio(blocks []block.Block, forms []Form, i, last int, name string) bool {
	if !strings.Contains(name, " ") || last < 0 {
		return false
	}
	for j := max(i+2, last-pageBylineEnd); j < len(blocks) && j <= last+pageBylineEnd; j++ {
		if forms[j].Prose && strings.HasPrefix(blocks[j].Text, name+" ") && OpensWithPerson(blocks[j].Text, name) {
			return true
		}
	}
	return false
}

// A blog's or a news site's post meta may run on as a sentence: "Posted by Jane Doe
// on March 3, 2026 in Harbour Towns. Tags: piers, walks.", "Posted by JaneD on
// Friday March 3, 2026 @08:00PM from the harbour dept.". The text front end reads
// it as prose, which pageBylineEvidence passes over. postMetaLine reads such a line
// where a byline stands: under the headline, where the body opens, or signing the
// article off; a comment's meta further down is no author's.

// maxMetaDateWords bounds the words after "on" or "at" that the meta line's date is
// read from.
const maxMetaDateWords = 4

// postMetaLine reads prose-like block i as a post's meta line: an opener, the names,
// then " on " or " at " and a date. It returns the names and their evidence (the
// opener and the date, with the place), or none.
func postMetaLine(blocks []block.Block, forms []Form, i, head, first, last int) ([]string, int) {
	t := blocks[i].Text
	if !LooksLikeBylineStart(t) {
		return nil, 0
	}
	names, explicit := ParseByline(t)
	if !explicit || len(names) == 0 {
		return nil, 0
	}
	last1 := names[len(names)-1]
	k := strings.Index(t, last1)
	if k < 0 {
		return nil, 0
	}
	rest := t[k+len(last1):]
	if r, ok := strings.CutPrefix(rest, " on "); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, " at "); ok {
		rest = r
	} else {
		return nil, 0
	}
	words := strings.Fields(rest)
	if _, _, ok := ParseDateline(strings.Join(words[:min(len(words), maxMetaDateWords)], " ")); !ok {
		return nil, 0
	}
	for _, n := range names {
		if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
			return nil, 0
		}
	}
	underHead := head >= 0 && i > head && i-head <= bylineReach
	if !underHead && !(i >= first && i-first < pageBylineStart) && !(i > last && i-last <= pageBylineEnd) {
		return nil, 0
	}
	return names, minPageByline + 1 // the opener, the date, the place
}
