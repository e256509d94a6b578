package newsparse

import (
	"iter"
	"time"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// blockTexts yields the text of each block.
func blockTexts(blocks []block) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range blocks {
			if !yield(blocks[i].text) {
				return
			}
		}
	}
}

// datelineByHeadline returns the date of a dateline beside a text dump's headline,
// zero when there is none: the few lines just above it, then the front lines under
// it. The classifier may have taken such a line for navigation (a date among a
// reading time and a section, "Jun 08, 2023 • 11 Minute Read") or for a byline it
// did not date; a reader still takes it for the article's date. A line whose
// fields, set off by bars or bullets, include a date counts as one.
func datelineByHeadline(blocks []block, order numericOrder) time.Time {
	head := headlineIndex(blocks)
	if head < 0 {
		return time.Time{}
	}
	try := func(i int, mixed bool) (time.Time, bool) {
		b := &blocks[i]
		if isBodyRole(b.role) || b.role == roleCaption || utf8.RuneCountInString(b.text) > maxMixedDateline {
			return time.Time{}, false
		}
		for _, f := range dateFields(b.text) {
			if t, share, ok := parseDatelineIn(f, order); ok && (share >= 0.5 || mixed) {
				return t, true
			}
		}
		return time.Time{}, false
	}
	for i := head - 1; i >= 0 && i >= head-maxAboveLines; i-- {
		if t, ok := try(i, false); ok {
			return t
		}
	}
	// Under the headline a short line may hold its date among other words ("Travel
	// September 8, 2021 -- min read"), as ParseHTML reads the front matter. A
	// standfirst read as a paragraph may come first, with the byline under it ("Ann
	// Lee" / "Dec 18, 2025 · 2 min read"): within the front lines' reach, a line that
	// is mostly date right under a byline is still the article's.
	pastBody := false
	for i := head + 1; i < len(blocks) && i <= head+maxFrontLines; i++ {
		if !pastBody || blocks[i-1].role == roleByline || readsAsName(blocks[i-1].text) {
			if t, ok := try(i, !pastBody); ok {
				return t
			}
		}
		pastBody = pastBody || blocks[i].role == roleBody
	}
	return time.Time{}
}

// labelledDatelineAfter returns the date of the first line after a text dump's
// headline that labels itself a publication or update date ("Posted July 10, 2004",
// "Published" over "August 30, 2024"), zero when there is none: templates print
// it in a side column or at the foot of the article, far from the headline. A
// line that gives only an update time ("Last updated on June 2, 2025") is read
// when no line after it gives the publication date. The
// label is the evidence, as ParseHTML's labelledDateAfter takes it; lines of a
// comment thread, which label their dates the same way, are not read.
func labelledDatelineAfter(blocks []block, order numericOrder) time.Time {
	head := headlineIndex(blocks)
	if head < 0 {
		return time.Time{}
	}
	var update time.Time
	for i := head + 1; i < len(blocks); i++ {
		b := &blocks[i]
		if b.reason == ReasonComments || isBodyRole(b.role) || b.role == roleCaption || len(b.text) > 4*maxMixedDateline ||
			teaserDate(blocks, i) {
			continue
		}
		// A date has digits: a line without any is at most a label over the date on
		// the next line ("Published" / "August 30, 2024").
		text := b.text
		if ascii.IndexDigit(text, 0) < 0 {
			if i+1 >= len(blocks) || ascii.IndexDigit(blocks[i+1].text, 0) < 0 || !isDateLabel(text) {
				continue
			}
			text += " " + blocks[i+1].text
		}
		if utf8.RuneCountInString(text) > maxMixedDateline || !hasDateLabel(text) {
			continue
		}
		for _, f := range dateFields(text) {
			if pub, mod, share := parseDatelineDatesIn(f, order); share >= 0.5 {
				if !pub.IsZero() {
					return pub
				}
				if update.IsZero() {
					update = mod
				}
			}
		}
	}
	return update
}

// teaserDate reports a line of a list of other articles right under another line
// of it that is no date line: a teaser's title over its date ("Ten Quick
// Breakfasts" / "Posted March 3, 2019"), whose date is that article's. A page's own
// date line at its foot may be marked a related line too, but it stands under the
// author's box or under other date lines, not under a title.
func teaserDate(blocks []block, i int) bool {
	return blocks[i].reason == ReasonRelated && i > 0 && blocks[i-1].reason == ReasonRelated &&
		!hasDateLabel(blocks[i-1].text)
}

// headlineIndex returns the index of the headline block, -1 when there is none.
func headlineIndex(blocks []block) int {
	for i := range blocks {
		if blocks[i].role == roleHeadline {
			return i
		}
	}
	return -1
}
