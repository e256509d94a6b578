package newsparse

import "testing"

// TestNoBylineFromMetaTags covers a post's meta under the headline that prints the
// author, the date and then the post's categories in title case: the categories read
// as names, but a date parts them from the byline, where co-authors' lines follow
// each other.
func TestNoBylineFromMetaTags(t *testing.T) {
	tests := []frontBylineCase{
		{"categories under the date", harbourFront + "\n\nJane Doe\nMarch 3, 2026\nHarbour Towns, Coastal Walks", []string{"Jane Doe"}},
		{"one category", harbourFront + "\n\nJane Doe\nMarch 3, 2026\nCoastal Walks", []string{"Jane Doe"}},
		{"co-authors over the date", harbourFront + "\n\nJane Doe\nJohn Roe\nMarch 3, 2026", []string{"Jane Doe", "John Roe"}},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
