package newsparse

import (
	"testing"
)

// TestHeadlineNotSiteOwner: the site's name over the menu at the top of a whole
// page is no headline when the footer's copyright line names it; the title over the
// article is. A headline the footer does not name keeps its place.
func TestHeadlineNotSiteOwner(t *testing.T) {
	menu := "\n  • Blog\n  • About Me\n  • My Little Cabin\n  • Cabin Builds\n  • Workshop\n  • Contact\n\n" +
		"  • Search\n  • Newsletter\n  • Shop\n\nlittlecabin Stories\n\n"
	body := "Living in two hundred square feet has been the best decision of my life, most days, though not every day of it.\n" +
		"\nThe water tank froze twice last winter, and the composting toilet taught me more about airflow than I wanted to know.\n" +
		"\nStill, the small rooms warm up in minutes, and I spend far less on heating than I did in the old flat in town.\n"
	footer := "\nShare this:\n\n  • Facebook\n  • Email\n\n© 2026 Little Cabin Big Trail\n"
	tests := []struct {
		name, dump, want string
	}{
		{"the site's name over the menu, named in the footer",
			"Little Cabin Big Trail\n" + menu + "What Nobody Tells You About Cabin Life\n\n" + body + footer,
			"What Nobody Tells You About Cabin Life"},
		{"a first line the footer does not name",
			"What Nobody Tells You About Cabin Life\n\nBy Ana Ruiz\n\n" + body + footer,
			"What Nobody Tells You About Cabin Life"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
