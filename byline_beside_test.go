package newsparse

import "testing"

// TestBylineBesideItsDate covers a name that opens the line of its date under the
// headline, with the date's label or the writer's position between them: the line
// is the byline, not a dateline. Most of what follows the name must be the date: an
// event's title-cased line with its date names nobody.
func TestBylineBesideItsDate(t *testing.T) {
	tests := []frontBylineCase{
		{"the date's label", harbourFront + "\n\nJane Doe Published 10:19am 19 December 2025", []string{"Jane Doe"}},
		{"an update's label", harbourFront + "\n\nJane Doe Updated on March 3, 2026", []string{"Jane Doe"}},
		{"the position between", harbourFront + "\n\nJane Doe | Senior Writer | July 2, 2025", []string{"Jane Doe"}},
		{"the name printed again after its opener", harbourFront + "\n\nJane Doe By Jane Doe Last Updated: March 3, 2026", []string{"Jane Doe"}},
		{"an event's title with its date", harbourFront + "\n\nHarbour Open Day Tours Boat Trips And Talks March 3, 2026", nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}

// TestBylineNamePrintedTwice covers an author printed twice under the headline,
// over the picture and again beside the author label or the date: the page's one
// byline, read once, whichever copy holds the evidence.
func TestBylineNamePrintedTwice(t *testing.T) {
	tests := []frontBylineCase{
		{"around a label", harbourFront + "\n\nJane Doe\nWritten By:\nJane Doe\nLast Updated:\nMarch 3, 2026", []string{"Jane Doe"}},
		{"around an opener alone", harbourFront + "\n\nJane Doe\nBy\nJane Doe\nUpdated on March 3, 2026", []string{"Jane Doe"}},
		{"once", harbourFront + "\n\nWritten By:\nJane Doe\nMarch 3, 2026", []string{"Jane Doe"}},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}

// TestBylineUnderPicture covers the author's photo printed on the byline's line, as
// converters print an image's label in brackets: the byline after it is read when it
// opens with an opener or the picture names the same person; another picture's label
// over a title-cased line names nobody.
func TestBylineUnderPicture(t *testing.T) {
	tests := []frontBylineCase{
		{"an opener after the photo", harbourFront + "\n\n[Jane-Doe-1-s] By Jane Doe\n\nMarch 3, 2026", []string{"Jane Doe"}},
		{"the photo naming the author", harbourFront + "\n\n[Picture of Jane Doe] Jane Doe\n\nMarch 3, 2026", []string{"Jane Doe"}},
		{"the photo's name ends the name", harbourFront + "\n\n[Jane Doe] By Jane Doe Last Updated: March 3, 2026", []string{"Jane Doe"}},
		{"an empty label", harbourFront + "\n\n[] by Jane Doe March 3, 2026", []string{"Jane Doe"}},
		{"another picture's label", harbourFront + "\n\n[Products (1)] The Harbour Range\n\nMarch 3, 2026", nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
