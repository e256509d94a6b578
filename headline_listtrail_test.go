package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineUnderListedTrail: text browsers print a breadcrumb trail set as an
// HTML list an entry a line ("• Home /", "1. Home"); the line under it that repeats
// its last entry is the headline, over a picture's bare alt text or a section's
// list between them. A menu whose last entry a heading repeats is no trail.
func TestHeadlineUnderListedTrail(t *testing.T) {
	menu := strings.Repeat("  • Destinations\n  • Rail passes\n  • Tours\n  • Shop\n  • About us\n\n", 2)
	body := "When planning a week away, the bag you carry shapes every day of the trip, from the train to the hotel stairs.\n" +
		"\nWe packed three ways over a month of travel and kept notes on what we used, what we never touched and what we missed.\n" +
		"\nThe lightest bag won every time, even on the rainy days, because a second layer dries faster than a spare outfit.\n"
	front := "\n  •  \n  •  \n\nDo You Need a Rail Pass?\n\nTravellers boarding trains\n" +
		"What to bring, what to leave at home and how to fit it all in one bag.\n\nBy Ana Ruiz\n\n" + body
	tests := []struct {
		name, dump, want string
	}{
		{"a trail of bulleted entries with separators",
			menu + "  • Home /\n  • Travel Tips /\n  • Trip Planning /\n  • Do You Need a Rail Pass?\n" + front,
			"Do You Need a Rail Pass?"},
		{"a numbered trail from the home page, the section's own list under it",
			menu + " 1. Home\n 2. Travel Tips\n 3. Do You Need a Rail Pass?\n 1. Rail passes and how to use them\n" + front,
			"Do You Need a Rail Pass?"},
		{"a menu's last entry repeated as a heading is no trail",
			" • Destinations\n • Rail passes\n • Contact Us Today\n\nContact Us Today\n\nDo You Need a Rail Pass?\n\nBy Ana Ruiz\n\n" + body,
			"Do You Need a Rail Pass?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
