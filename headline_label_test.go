package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineUnderLabelAndDate covers pages that print the date (or the author
// and the date) over the headline: the short line above the date (a back link, a
// site's name, a button) won the front matter's weight from the headline under it.
// A headline over its own date keeps it when a standfirst (a sentence), a short
// label or a link line stands under the date.
func TestHeadlineUnderLabelAndDate(t *testing.T) {
	menu := harbourMenu()
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	tests := []struct {
		name, dump, want string
	}{
		{"a back link over the date",
			menu + "Back to blog\n\nMarch 3, 2026\n\nWhy we moved our ferry timetables to a single page" + body,
			"Why we moved our ferry timetables to a single page"},
		{"a site's name over the author and date",
			menu + "Harbour Data Blog\n\nJane Doe\n\nMarch 3, 2026 · 4 min read\n\nShare\n\nSmall Lessons From a Year of Counting Ferry Passengers" + body,
			"Small Lessons From a Year of Counting Ferry Passengers"},
		{"a headline over its own date and a standfirst",
			menu + "Pier Vote Passes\n\nMarch 3, 2026\n\nThe board agreed the rebuild after a decade of arguments over who pays." + body,
			"Pier Vote Passes"},
		{"a headline over its own date and a link line",
			menu + "Pier Vote Passes\n\nMarch 3, 2026\n\nShare\n\nListen to this article" + body,
			"Pier Vote Passes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
