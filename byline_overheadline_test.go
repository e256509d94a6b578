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
		{"a logo's label", nav + "App Logo HarbourNews March 3, 2026\n\n" + harbourHead, nil},
		{"link back over the date", nav + "All Stories\n\nMarch 3, 2026\n\n" + harbourHead, nil},
		{"teasers' meta", nav + "John Roe March 1, 2026\n\nJane Doe March 3, 2026\n\n" + harbourHead, nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}

// TestMetaFieldsUnderTheHeadline covers a post's meta line under the title whose
// fields, parted by a separator, hold the date and the author's name, the name
// perhaps with the post's category after it or the author's photo's label before
// it. The front's rules read a date before a name only after an opener. A line of
// fields with two names (a category and a name) or with no date names nobody.
func TestMetaFieldsUnderTheHeadline(t *testing.T) {
	tests := []frontBylineCase{
		{"date and name", harbourFront + "\n\nMarch 3, 2026 • Jane Doe", []string{"Jane Doe"}},
		{"with the category", harbourFront + "\n\nMarch 3, 2026 • Jane Doe in Harbour Towns", []string{"Jane Doe"}},
		{"with the photo's label", harbourFront + "\n\nMarch 3, 2026 • [a1b2c3] Jane Doe in Harbour Towns", []string{"Jane Doe"}},
		{"two names", harbourFront + "\n\nMarch 3, 2026 • Harbour Towns • Jane Doe", nil},
		{"no date", harbourFront + "\n\nHarbour Towns • Jane Doe", nil},
		{"a source's label", harbourFront + "\n\nLast Updated: March 3, 2026 | Source: Harbour Wire", nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
