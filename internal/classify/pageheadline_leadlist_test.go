package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOpeningNoticeLeadList covers the body span's opening paragraphs over a few
// short lines and more prose: a notice set apart from the article (openingNotice
// finds where the text resumes) unless the paragraph or the line after it
// introduces those lines as a list, which makes them the article's lead and its
// list; a form's one-word label ending in a colon introduces no list.
func TestOpeningNoticeLeadList(t *testing.T) {
	lead := "If you are trying to keep costs down, planning your walks in advance can help you see more of the coast for less money and less time on buses."
	notice := "Want to read the Gazette on your phone? Point it at our mobile site and keep reading the news wherever you are today!"
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"a sentence introducing a list", []string{lead, "In this guide, we have planned a week of walks for:",
			"around £12 for 1 walker", "around £24 for 2 walkers", reflowProse[0]}, -1},
		{"a paragraph introducing a list", []string{lead + " We planned a week of walks for:",
			"around £12 for 1 walker", "around £24 for 2 walkers", reflowProse[0]}, -1},
		{"a notice over a form's labels", []string{notice, "Nickname:", "Password:",
			"Harbour Board Backs Plan to Rebuild the Old Pier", reflowProse[0]}, 4},
		{"a notice over the headline", []string{notice, "Harbour Board Backs Plan to Rebuild the Old Pier", reflowProse[0]}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, forms := blocksOfLines(tt.lines)
			assert.Equal(t, tt.want, openingNotice(blocks, forms, 0, len(blocks)-1))
		})
	}
}
