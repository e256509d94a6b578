package newsparse

import (
	"strings"
	"testing"
)

// TestTitleBarNotARepeatedMenu covers whole pages that print their menu twice (for
// wide and narrow screens), the first line of each copy a label of four words or
// more: the copy of the first line is the menu's, not the page's title bar repeated
// over the article, when the line after it repeats the second line too. A page
// whose first line is its title bar and whose headline repeats it keeps that
// headline.
func TestTitleBarNotARepeatedMenu(t *testing.T) {
	menu := "Open the Site Menu\n\nFerries\n\nTimetables\n\nFares\n\nGroup Travel\n\nHarbour Tours\n\nGift Cards\n\nContact\n\n"
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	tests := []struct {
		name, dump, want string
	}{
		{"the menu printed twice",
			menu + strings.Repeat("Sport\n\nWeather\n\nOpinion\n\n", 3) + "Book a Crossing\n\nOpen the Site Menu\n\nFerries\n\nTimetables\n\n" +
				"Sign In Book a Crossing\n\nHarbour Guides\n\n" +
				"Nine Ferry Routes to Try This Summer Along the Coast\n\nJane Doe\n\nMarch 3, 2026 7 min read" + body,
			"Nine Ferry Routes to Try This Summer Along the Coast"},
		{"a title bar repeated over the article",
			"Nine Ferry Routes to Try This Summer | Harbour Times\n\n" + strings.Repeat("Sport\n\nWeather\n\nOpinion\n\n", 7) +
				"Nine Ferry Routes to Try This Summer\n\nFerries\n\nMarch 3, 2026" + body,
			"Nine Ferry Routes to Try This Summer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
