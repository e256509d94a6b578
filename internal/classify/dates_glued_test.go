package classify

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestParseDatelineGluedLabel reads a label glued to its date by the colon alone, as
// a label's element and the date's print with no space between them.
func TestParseDatelineGluedLabel(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	at := func(y, m, d, h, min int) time.Time { return time.Date(y, time.Month(m), d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		line     string
		pub, mod time.Time
	}{
		{"Last updated:Sep 4, 2025", time.Time{}, day(2025, 9, 4)},
		{"Published:12.03.2024", day(2024, 3, 12), time.Time{}},
		{"Posted on:March 3, 2024 Updated:March 5, 2024", day(2024, 3, 3), day(2024, 3, 5)},
		{"Ann LeeJanuary 4, 2026Updated:January 8, 2026", day(2026, 1, 4), day(2026, 1, 8)},
		// A colon after a digit is a clock's, and stays one.
		{"Published:March 3, 2024 10:30", at(2024, 3, 3, 10, 30), time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			pub, mod, share := ParseDatelineDates(tt.line)
			assert.True(t, pub.Equal(tt.pub), "published %v, want %v", pub, tt.pub)
			assert.True(t, mod.Equal(tt.mod), "modified %v, want %v", mod, tt.mod)
			assert.GreaterOrEqual(t, share, 0.5)
		})
	}
}

// TestParseDatelineWordsBeforeLabel counts the words before a publish label as the
// line's: a sentence that says when a post was first published is no dateline, while
// the label's own opening words ("Originally published") are the label's.
func TestParseDatelineWordsBeforeLabel(t *testing.T) {
	tests := []struct {
		line     string
		dateline bool
	}{
		{"Originally published November 9, 2022", true},
		{"First published: 3 March 2024", true},
		{"By Ann Lee Published March 3, 2024", true},
		{"Update note: This blog post was originally published on the 21st of June 2017 and updated on the 18th of July 2025.", false},
		{"This article was originally published on 26 Sep 2019 at 4:12pm but has since been updated with new figures.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			pub, _, share := ParseDatelineDates(tt.line)
			assert.False(t, pub.IsZero(), "the date is still read")
			assert.Equal(t, tt.dateline, share >= 0.5, "share %.2f", share)
		})
	}
}
