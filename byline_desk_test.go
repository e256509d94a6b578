package newsparse

import "testing"

// TestBylineOfADesk covers an article signed by a desk or a team after a byline's
// opener, under the headline and its date: the desk is its author, in each
// converter's layout; the same words without the opener are a label.
func TestBylineOfADesk(t *testing.T) {
	tests := []frontBylineCase{
		{"under the date", harbourFront + "\n\nMarch 3, 2026\nby News Desk", []string{"News Desk"}},
		{"in a meta list", harbourFront + "\n\n  • by Marketing Team\n  • 3 March, 2026", []string{"Marketing Team"}},
		{"one word", harbourFront + "\n\nBy Staff\n\nMarch 3, 2026", []string{"Staff"}},
		{"no opener", harbourFront + "\n\nMarch 3, 2026\nNews Desk", nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}

// TestBylineAfterLynxButton covers lynx's button placeholder between the opener and
// the name, a control's mark that makes the line furniture were it not a byline.
func TestBylineAfterLynxButton(t *testing.T) {
	tests := []frontBylineCase{
		{"under the headline", harbourFront + "\n\nBy (BUTTON) Jane Doe\n\nMarch 3, 2026", []string{"Jane Doe"}},
		{"a control alone", harbourFront + "\n\n(BUTTON) Share\n\nMarch 3, 2026", nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}

// TestBylineLinkedName covers html2text's link text, its spaces written as
// underscores: the author's name linked to their page is read with its spaces.
func TestBylineLinkedName(t *testing.T) {
	tests := []frontBylineCase{
		{"after an opener", harbourFront + "\n\nby Jane_Doe\n\nMarch 3, 2026", []string{"Jane Doe"}},
		{"over the date", harbourFront + "\n\nJane_Doe\nMarch 3, 2026", []string{"Jane Doe"}},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
