package newsparse

import "testing"

// TestBylineOverTheHeadline covers a post's meta printed only over its title: the
// name beside the date on one line (either order, or parted by separators with a
// comment count), the name under its date on a line of its own, and the post's
// category between the meta and the title. A name with no date, a section's link
// back over the date, and a run of teasers' meta lines name nobody.
func TestBylineOverTheHeadline(t *testing.T) {
	nav := "Harbour News\n\n  • Home\n  • Contact\n\n"
	tests := []frontBylineCase{
		{"name then date", nav + "Jane Doe March 3, 2026\n\n" + harbourHead, []string{"Jane Doe"}},
		{"date then name", nav + "March 3, 2026 Jane Doe\n\n" + harbourHead, []string{"Jane Doe"}},
		{"fields", nav + "12 Comments | Jane Doe | Last Updated: March 3, 2026\n\n" + harbourHead, []string{"Jane Doe"}},
		{"name under its date", nav + "March 3, 2026\n\nJane Doe\n\n" + harbourHead, []string{"Jane Doe"}},
		{"category between", nav + "Jane Doe March 3, 2026\n\n  • Walks\n\n" + harbourHead, []string{"Jane Doe"}},
		{"no date", nav + "Jane Doe\n\n" + harbourHead, nil},
		{"link back over the date", nav + "All Stories\n\nMarch 3, 2026\n\n" + harbourHead, nil},
		{"teasers' meta", nav + "John Roe March 1, 2026\n\nJane Doe March 3, 2026\n\n" + harbourHead, nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
