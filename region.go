package newsparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A whole-page dump holds the article among menus, cookie and sign-up notices, teaser
// lists and footers. Their lines are short and come in runs; the article's are long
// punctuated prose. proseRegion finds the run of blocks where prose most outweighs the
// short lines around it, in one pass (the maximum-sum segment), so that prose cut off
// from the article by a long menu (a cookie notice above the masthead, a footer's
// "about us") stays outside.

// proseRegion returns the first and last block of the page's densest run of prose, or
// -1, -1 when the page has no prose.
func proseRegion(blocks []block, forms []form) (start, end int) {
	start, end = -1, -1
	best, sum, from := 0, 0, 0
	for i := range blocks {
		w := regionWeight(blocks[i], forms[i])
		if w < 0 && inBrokenSentence(blocks, i) {
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
func regionWeight(b block, f form) int {
	switch {
	case f.furniture != "":
		return -regionLineCost * 2
	case f.prose:
		return f.words
	case f.sentence && f.words >= 6:
		return f.words / 2 // a short paragraph: neither prose enough nor a label
	default:
		return -regionLineCost
	}
}

// inBrokenSentence reports a short line that is a piece of a sentence some tools
// split at every link or emphasis (BeautifulSoup's get_text): it opens in lower case
// or with punctuation, or the line before it stops mid-sentence and the one after it
// goes on in lower case.
func inBrokenSentence(blocks []block, i int) bool {
	if opensMidSentence(blocks[i].text) {
		return true
	}
	return i > 0 && i+1 < len(blocks) && !endsSentence(blocks[i-1].text) && opensMidSentence(blocks[i+1].text)
}

// opensMidSentence reports text that opens in lower case or with a mark that never
// starts a sentence.
func opensMidSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || strings.ContainsRune(",.;:)!?", r)
}

// regionLineCost is what a short line costs a run: a paragraph of some 40 words
// outweighs a dozen menu entries, a cookie notice does not outweigh a long menu.
const regionLineCost = 3

// withinRegion narrows the body span to the page's prose region: prose before it is
// a notice or a teaser, prose after it a footer's or a comment's. It cuts only across
// a long run of short lines (a menu, a teaser list), so that an article's own lists,
// galleries and captions between its paragraphs never part it.
func withinRegion(blocks []block, forms []form, first, last int) (int, int) {
	start, end := proseRegion(blocks, forms)
	if start < 0 || first < 0 || end < first {
		return first, last
	}
	// lead is where the region's prose starts; the lines before it tell a whole page.
	lead := first
	if start > first {
		for i := start; i <= end; i++ {
			if forms[i].prose && forms[i].furniture == "" {
				lead = i
				break
			}
		}
		if shortLinesBetween(forms, first, lead) < minRegionGap || opensWithArticle(blocks, forms, first) {
			lead = first
		}
	}
	// The end is cut only on a whole page, which a long run of furniture before the
	// article betrays: an article's own closing lists and galleries stay.
	if end < last && shortLinesBetween(forms, -1, lead) >= wholePageLead {
		tail := end
		for tail > first && !forms[tail].prose {
			tail--
		}
		if shortLinesBetween(forms, tail, last) >= minRegionGap {
			last = end
		}
	}
	return lead, last
}

// opensWithArticle reports a dump that opens with the article itself: a title-like
// line (no sentence, no bullet) in the top few lines, right under it the first prose,
// a finished sentence, and the lead running on from there, several paragraphs or one
// long one, before any menu. A whole
// page opens with a notice, one paragraph that a run of menu entries cuts short;
// an article's own lead is long enough to pay for the list that follows it (a
// listicle's contents, a product round-up), which must not part it from its title.
func opensWithArticle(blocks []block, forms []form, first int) bool {
	if first <= 0 || first > articleOpeningLines || !forms[first].sentence || forms[first].bullet > 0 {
		return false
	}
	titled := false
	for i := range first {
		f := forms[i]
		if f.furniture != "" || f.url {
			return false
		}
		titled = titled || f.words >= 3 && !f.sentence && f.bullet == 0 && f.credit < 2
	}
	if !titled {
		return false
	}
	sum := 0
	for i := first; i < len(blocks); i++ {
		w := regionWeight(blocks[i], forms[i])
		if w < 0 && inBrokenSentence(blocks, i) {
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

// shortLinesBetween counts the blocks between from and to that are not prose.
func shortLinesBetween(forms []form, from, to int) int {
	n := 0
	for i := from + 1; i < to; i++ {
		if !forms[i].prose {
			n++
		}
	}
	return n
}

// minRegionGap is the fewest short lines between two runs of prose for them to be
// read as different parts of a page rather than one article.
const minRegionGap = 12

// wholePageLead is the fewest short lines before the article's prose that mark a dump
// of the whole page.
const wholePageLead = 20
