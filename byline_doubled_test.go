package newsparse

import "testing"

// TestBylineNamePrintedTwiceOnItsLine covers an author's name a converter printed
// twice on one line, the photo's label and then the name ("Jane Doe Jane Doe"): the
// byline names the author once, under the headline or after an opener.
func TestBylineNamePrintedTwiceOnItsLine(t *testing.T) {
	tests := []frontBylineCase{
		{"over the date", harbourFront + "\n\nJane Doe Jane Doe\nMarch 3, 2026", []string{"Jane Doe"}},
		{"after an opener", harbourFront + "\n\nBy Jane Doe Jane Doe\n\nMarch 3, 2026", []string{"Jane Doe"}},
		{"two authors", harbourFront + "\n\nJane Doe and John Roe\nMarch 3, 2026", []string{"Jane Doe", "John Roe"}},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
