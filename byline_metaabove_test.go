package newsparse

import "testing"

// TestBylineWithItsCopyOverTheHeadline covers a post's meta printed over its title
// and again under it ("May 28, 2024" / "Jane Doe" / title / "May 28, 2024" / "Jane
// Doe"): the byline under the headline is a repeat of the line over it, and is kept
// there rather than dropped as a repeat. A tags line in the meta is no second author,
// and a copy farther up (a menu's entry) leaves the byline a repeat as before.
func TestBylineWithItsCopyOverTheHeadline(t *testing.T) {
	nav := "Harbour News\n\n  • Home\n  • Contact\n\n"
	tests := []frontBylineCase{
		{"date then name", nav + "March 3, 2026\nJane Doe\n\n" + harbourHead + "\n\nMarch 3, 2026\nJane Doe", []string{"Jane Doe"}},
		{"name, date and tags", nav + "Jane Doe\nMarch 3, 2026\nHarbour Towns, Coastal Walks\n\n" + harbourHead + "\n\nJane Doe\nMarch 3, 2026\nHarbour Towns, Coastal Walks", []string{"Jane Doe"}},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
