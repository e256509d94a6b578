package newsparse

import (
	"testing"
)

// TestBylineAfterBarePictureLabel covers the author's photo's label that w3m and lynx
// print without brackets before the name ("Picture of Jane Doe Jane Doe"), where
// pandoc and html2text print "[Picture of Jane Doe] Jane Doe", and the author box's
// label so printed ("Author Jane Doe Jane Doe"): in a post's meta list or under the
// headline, the byline names the author once.
func TestBylineAfterBarePictureLabel(t *testing.T) {
	tests := []frontBylineCase{
		{"w3m meta list", harbourFront + "\n\n  • Picture of Jane Doe Jane Doe\n  • March 3, 2026", []string{"Jane Doe"}},
		{"lynx meta list, one word", harbourFront + "\n\n     * Picture of Regan Regan\n     * March 3, 2026\n     * 2 Comments", []string{"Regan"}},
		{"label glued to its copy", harbourFront + "\n\n  • Picture of Jane DoePicture of Jane Doe Jane Doe\n  • March 3, 2026", []string{"Jane Doe"}},
		{"bracketed label", harbourFront + "\n\n  - [Picture of Jane Doe] Jane Doe\n  - March 3, 2026", []string{"Jane Doe"}},
		{"an author label on the line", harbourFront + "\n\nAuthor Jane Doe Jane Doe\n\nreviewed by John Roe", []string{"Jane Doe"}},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
