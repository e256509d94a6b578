package newsparse

import "testing"

// TestNoBylineFromMenuHeading covers a site menu's headings, the ways it offers to
// browse ("By Industry", "BY ROLE"), which print a byline's opener before one word:
// between a menu's entries they name nobody, and they do not outweigh the bare
// byline under the headline. One word after an opener still names an author over a
// date, a reading time or the story, or under an author's label.
func TestNoBylineFromMenuHeading(t *testing.T) {
	menu := "Harbour Tools\n\nSolutions\n\nBy Industry\n\nHealthcare\n\nRetail Stores\n\nBY ROLE\n\n[svg][roles]\nFinance Teams\n\nPricing\n\n"
	head := harbourHead
	tests := []frontBylineCase{
		{"menu headings only", menu + head + "\n\nMarch 3, 2026", nil},
		{"a bare name over its date", menu + head + "\n\nJane Doe\nMarch 3, 2026", []string{"Jane Doe"}},
		{"one word over a date", menu + head + "\n\nBy Regan\n\nMarch 3, 2026", []string{"Regan"}},
		{"one word over a reading time", menu + head + "\n\nBy harbourdesk\n\n2 min read", []string{"harbourdesk"}},
		{"one word under an author label", menu + head + "\n\nAuthor\nRegan\nShare", []string{"Regan"}},
	}
	checkFrontBylines(t, head, harbourBody(), tests)
}
