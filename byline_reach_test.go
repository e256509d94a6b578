package newsparse

import "testing"

// TestBylineOverDateFarther covers a bare name over its date a few more lines under
// the headline than a bare name alone is read, past a subtitle and the author's
// photo's label: the name over its date is the byline; a name alone there, and the
// last of a run of section links over a date, name nobody.
func TestBylineOverDateFarther(t *testing.T) {
	sub := "\n\nSubscribe\n\nWhy the board changed its mind twice\n\nthe long road to a new pier\n\nA special report from the quay"
	tests := []frontBylineCase{
		{"over its date", harbourFront + sub + "\n\nJane Doe\n\nMar 3, 2026", []string{"Jane Doe"}},
		{"under the photo's label", harbourFront + sub + "\n\nJane Doe's avatar\n\nJane Doe\n\nMar 3, 2026", []string{"Jane Doe"}},
		{"no date under it", harbourFront + sub + "\n\nJane Doe\n\nShare", nil},
		{"a section link over a date", harbourFront + sub + "\n\nHarbour\n\nRecruiting Top Talent\n\nMar 3, 2026", nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
