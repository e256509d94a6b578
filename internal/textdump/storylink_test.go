package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStoryLink(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Also read: How the Old Pier Was Built", true},
		{"RELATED: Ferry Timetable Changes for the Winter", true},
		{"Read more: 2026 harbour fees and how they are set", true},
		{"More: The Pier Board's Full Report", true},
		{"Read more", false},                                       // a box heading, no title
		{"Also read: pier", false},                                 // too short a title
		{"Tags: harbour, pier, ferry, council", false},             // a list
		{"Advertisement: New Sailing Course for Beginners", false}, // not a reading label
		{"FTC: We use income earning auto affiliate links. More.", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, storyLink(tt.line), tt.line)
	}
}

// TestFooterSkipsStoryLink: a link to one story between an article's sections
// ("Also read: ...") is no footer's line; the article's closing section of short
// lines after it (a checklist, a spec list) stays in the region.
func TestFooterSkipsStoryLink(t *testing.T) {
	var lines []Line
	for range 6 {
		lines = append(lines, proseLine())
	}
	link := shortLine("Also read: How the Old Pier Was Built")
	link.Furniture = true
	lines = append(lines, link)
	for _, s := range []string{"Choosing a contractor", "Check the licence", "Ask for references", "Compare three quotes", "Agree a timetable", "Keep the receipts", "Plan the opening"} {
		lines = append(lines, shortLine(s))
	}
	lines = append(lines, proseLine())
	r := FindRegion(lines, 0, len(lines)-1)
	assert.Equal(t, len(lines)-1, r.Last, "the link does not end the article")
	// The same run under a footer's own line ends it there.
	lines[6] = shortLine("Privacy policy")
	lines[6].Furniture = true
	assert.Equal(t, 5, FindRegion(lines, 0, len(lines)-1).Last, "a footer's line ends it")
}
