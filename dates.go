package newsparse

import (
	"iter"
	"time"
	"unicode/utf8"
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
	head := -1
	for i := range blocks {
		if blocks[i].role == roleHeadline {
			head = i
			break
		}
	}
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
