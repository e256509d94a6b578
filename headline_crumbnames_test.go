package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineTrailNamesTitle: the entry a breadcrumb trail ends with, printed again
// under it, is the headline even when its capitals read as a person's name
// ("Garden Planning Guide"), which alone keeps a line of names out of the running;
// a trail under a menu entry that ends with that entry leaves it a menu entry.
func TestHeadlineTrailNamesTitle(t *testing.T) {
	body := strings.Repeat("Most beds need a season of compost before the first seeds go in, and the soil will tell you when it is ready. ", 2) +
		"\n\nStart small: two raised beds are easier to keep weeded than a whole plot, and the harvest is no smaller per hour spent.\n"
	tests := []struct {
		name, dump, want string
	}{
		{"a trail of bars over a tagline, a date and the title",
			"| Resources | Blog | Garden Planning Guide\n\nBlog\n\nSee the newest posts and videos from our growers and staff.\n\nMARCH 3, 2024\n\n" +
				"Garden Planning Guide\n\nPost Tags\n\nBy: Jan Berg, Head Grower\n\n" + body, "Garden Planning Guide"},
		{"a trail of slashes over the title",
			"Home / Guides / Seed Starting Basics\n\nSeed Starting Basics\n\nJan Berg\n\n" + body, "Seed Starting Basics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
