package newsparse

import (
	"iter"
	"time"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
)

// blockTexts yields the text of each block.
func blockTexts(blocks []block.Block) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range blocks {
			if !yield(blocks[i].Text) {
				return
			}
		}
	}
}

// textPublished returns a text dump's publication date, given the date of the first
// byline or dateline the classifier found (assembled). The dateline beside the
// headline wins over it: a page prints other dates before its article (the day's
// date in a newspaper's masthead, a list of other stories with their dates) and in
// it (a quoted post's date), which the classifier reads as datelines too. Then
// come the assembled date, a labelled dateline after the headline, and a dateline
// over the first body paragraph.
func textPublished(blocks []block.Block, order classify.NumericOrder, assembled time.Time) time.Time {
	if t := datelineByHeadline(blocks, order); !t.IsZero() {
		return t
	}
	if !assembled.IsZero() {
		return assembled
	}
	if t := labelledDatelineAfter(blocks, order); !t.IsZero() {
		return t
	}
	return datelineAboveBody(blocks, order)
}

// datelineByHeadline returns the date of a dateline beside a text dump's headline,
// zero when there is none: the few lines just above it, then the front lines under
// it. The classifier may have taken such a line for navigation (a date among a
// reading time and a section, "Jun 08, 2023 • 11 Minute Read") or for a byline it
// did not date; a reader still takes it for the article's date. A line whose
// fields, set off by bars or bullets, include a date counts as one.
func datelineByHeadline(blocks []block.Block, order classify.NumericOrder) time.Time {
	head := headlineIndex(blocks)
	if head < 0 {
		return time.Time{}
	}
	for i := head - 1; i >= 0 && i >= head-maxAboveLines; i-- {
		if t, ok := frontDateline(&blocks[i], order, false); ok {
			return t
		}
	}
	// Under the headline a short line may hold its date among other words ("Travel
	// September 8, 2021 -- min read"), as ParseHTML reads the front matter. A
	// standfirst read as a paragraph may come first, with the byline under it ("Ann
	// Lee" / "Dec 18, 2025 · 2 min read"): within the front lines' reach, a line that
	// is mostly date right under a byline is still the article's, as is one under
	// the standfirst alone that is nothing but a date or has a field that is
	// ("December 15, 2025 · 30 min read", "Ann Lee • Oct 20, 2025"), as ParseHTML
	// reads the front matter.
	paragraphs := 0
	for i := head + 1; i < len(blocks) && i <= head+maxFrontLines; i++ {
		if paragraphs == 0 || blocks[i-1].Role == block.RoleByline || classify.ReadsAsName(blocks[i-1].Text) ||
			paragraphs == 1 && !outOfFront(&blocks[i]) && dateOnlyLine(blocks[i].Text, order) {
			if t, ok := frontDateline(&blocks[i], order, paragraphs == 0); ok {
				return t
			}
		}
		paragraphs += b2i(blocks[i].Role == block.RoleBody)
	}
	return time.Time{}
}

// frontDateline reads block b of a dump's front matter as a dateline: a line that is
// mostly date, or with mixed a short line that holds one among other words.
func frontDateline(b *block.Block, order classify.NumericOrder, mixed bool) (time.Time, bool) {
	// Every date the parser reads has its year in digits: most lines of a page's
	// front matter (menus, names, labels) have none, and are not split into fields.
	if ascii.IndexDigit(b.Text, 0) < 0 {
		return time.Time{}, false
	}
	// A line of date fields set apart may have been taken for a subheading
	// ("December 15, 2025 · 30 min · 6279 words").
	if outOfFront(b) || b.Role == block.RoleSubheading && !dateOnlyLine(b.Text, order) {
		return time.Time{}, false
	}
	// A line too long to be a dateline may still be set in fields, one of
	// them its date ("Published: Mar 8, 2024 · Modified: May 19, 2025 by Ann
	// Lee · This post may contain affiliate links"); each field is read.
	fields := dateFields(b.Text)
	if utf8.RuneCountInString(b.Text) > maxMixedDateline {
		fields = fields[1:]
	}
	for _, f := range fields {
		if utf8.RuneCountInString(f) > maxMixedDateline {
			continue
		}
		if t, share, ok := classify.ParseDatelineIn(f, order); ok && (share >= 0.5 || mixed) {
			return t, true
		}
	}
	return time.Time{}, false
}

// outOfFront reports a block frontDateline reads no date from, whatever its text: a
// paragraph, a caption, or a line too long to be a dateline.
func outOfFront(b *block.Block) bool {
	return isBodyRole(b.Role) && b.Role != block.RoleSubheading || b.Role == block.RoleCaption || len(b.Text) > 4*maxMixedDateline
}

// datelineAboveBody returns the date of a dateline among the few lines just above a
// dump's first body paragraph, zero when there is none. It is read when no dateline
// stands by the headline: the headline may have been taken from the page's
// furniture while the article's front matter (its title, byline and "Nov 8, 2025 ·
// 7 min read") still sits right above its text, as ParseHTML's dateAbove reads it.
func datelineAboveBody(blocks []block.Block, order classify.NumericOrder) time.Time {
	first := -1
	for i := range blocks {
		if blocks[i].Role == block.RoleBody {
			first = i
			break
		}
	}
	for i := first - 1; i >= 0 && i >= first-maxAboveLines; i-- {
		if t, ok := frontDateline(&blocks[i], order, true); ok {
			return t
		}
	}
	// The first paragraph may be the title or a breadcrumb the classifier read as
	// text: a line right under it that is nothing but a date, or has a field that
	// is ("March 15, 2022 · 3 min read"), is still the front matter's. Text read as
	// a paragraph, a quote or a list is passed over before the date is looked for,
	// as frontDateline would pass it over after; a subheading is read, which a date
	// set apart may have been taken for.
	for i := first + 1; first >= 0 && i < len(blocks) && i <= first+2; i++ {
		if b := &blocks[i]; (!isBodyRole(b.Role) || b.Role == block.RoleSubheading) && dateOnlyLine(b.Text, order) {
			if t, ok := frontDateline(b, order, true); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// dateOnlyLine reports a line that is a date and nothing else ("September 4,
// 2025"), or whose field set off by bars or bullets is ("• Oct 20, 2025").
func dateOnlyLine(line string, order classify.NumericOrder) bool {
	if len(line) > maxDatelineRunes*4 {
		return false
	}
	for _, f := range dateFields(line) {
		if _, share, ok := classify.ParseDatelineIn(f, order); ok && share >= 0.99 {
			return true
		}
	}
	return false
}

// labelledDatelineAfter returns the date of the first line after a text dump's
// headline that labels itself a publication or update date ("Posted July 10, 2004",
// "Published" over "August 30, 2024"), zero when there is none: templates print
// it in a side column or at the foot of the article, far from the headline. A
// line that gives only an update time ("Last updated on June 2, 2025") is read
// when no line after it gives the publication date. The
// label is the evidence, as ParseHTML's labelledDateAfter takes it; lines of a
// comment thread, which label their dates the same way, are not read.
func labelledDatelineAfter(blocks []block.Block, order classify.NumericOrder) time.Time {
	head := headlineIndex(blocks)
	if head < 0 {
		return time.Time{}
	}
	var update time.Time
	for i := head + 1; i < len(blocks); i++ {
		b := &blocks[i]
		if b.Reason == block.ReasonComments || isBodyRole(b.Role) || b.Role == block.RoleCaption || len(b.Text) > 4*maxMixedDateline ||
			teaserDate(blocks, i) {
			continue
		}
		// A date has digits: a line without any is at most a label over the date on
		// the next line ("Published" / "August 30, 2024").
		text := b.Text
		// A line that is nothing but a date right under the writer's credit ("Written
		// by Ann Lee" / "April 8, 2024") is dated by it as by a label, as ParseHTML's
		// bylineOver reads an author box. A dump keeps no markup to tell a list of
		// other stories: one that credits and dates each of its entries so repeats the
		// pair, and a repeated pair is no article's.
		if bylineOverDate(blocks, i, order) && !repeatsBylineOverDate(blocks, i, order) {
			if t, ok := frontDateline(b, order, true); ok {
				return t
			}
		}
		if ascii.IndexDigit(text, 0) < 0 {
			if i+1 >= len(blocks) || ascii.IndexDigit(blocks[i+1].Text, 0) < 0 || !isDateLabel(text) {
				continue
			}
			text += " " + blocks[i+1].Text
		}
		if utf8.RuneCountInString(text) > maxMixedDateline || !classify.HasDateLabel(text) {
			continue
		}
		for _, f := range dateFields(text) {
			if pub, mod, share := classify.ParseDatelineDatesIn(f, order); share >= 0.5 {
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

// bylineOverDate reports block i of a dump as a line that is nothing but a date,
// right under a byline.
func bylineOverDate(blocks []block.Block, i int, order classify.NumericOrder) bool {
	return i > 0 && blocks[i-1].Role == block.RoleByline && len(blocks[i].Text) <= maxMixedDateline &&
		dateOnlyLine(blocks[i].Text, order)
}

// repeatsBylineOverDate reports a pair of a credit and a date-only line like the
// one ending at block i after it, the credit read by its words whatever role it
// was given (a list's entries are often removed as related links).
func repeatsBylineOverDate(blocks []block.Block, i int, order classify.NumericOrder) bool {
	for j := i + 2; j < len(blocks); j++ {
		if len(blocks[j].Text) <= maxMixedDateline && len(blocks[j-1].Text) <= maxMixedDateline &&
			len(classify.ParseExplicitByline(blocks[j-1].Text)) > 0 && dateOnlyLine(blocks[j].Text, order) {
			return true
		}
	}
	return false
}

// teaserDate reports a line of a list of other articles right under another line
// of it that is no date line: a teaser's title over its date ("Ten Quick
// Breakfasts" / "Posted March 3, 2019"), whose date is that article's. A page's own
// date line at its foot may be marked a related line too, but it stands under the
// author's box or under other date lines, not under a title.
func teaserDate(blocks []block.Block, i int) bool {
	return blocks[i].Reason == block.ReasonRelated && i > 0 && blocks[i-1].Reason == block.ReasonRelated &&
		!classify.HasDateLabel(blocks[i-1].Text)
}

// headlineIndex returns the index of the headline block, -1 when there is none.
func headlineIndex(blocks []block.Block) int {
	for i := range blocks {
		if blocks[i].Role == block.RoleHeadline {
			return i
		}
	}
	return -1
}
