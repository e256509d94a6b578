package newsparse

import "testing"

// TestHeadlineOverItsFrontMatter covers whole pages where the headline is told by
// the byline or date under it rather than by being first, and never by a reviewer's
// credit ("Reviewed by ..."), which names a person: a teaser list right above
// the headline shares its one byline (which must not read as a teaser list giving
// each title a date); a headline between a section label and a short label such as
// "Editorial" is no menu entry; and on a page with a short menu, a short first line
// without front matter (a button, the site's name) yields to the line a byline
// follows.
func TestHeadlineOverItsFrontMatter(t *testing.T) {
	menu := harbourMenu()
	body := "\n\n" + wrapAll(80, "", "\n")
	head := "Harbour board backs plan to rebuild the old pier"
	tests := []struct {
		name, dump string
	}{
		{"teasers above the headline share its byline", menu + "Most read\n\nCouncil delays vote on the new ferry timetable\n\nLifeboat crew rescues two walkers cut off by the tide\n\nSchool fete raises record sum for the library\n\n" +
			head + "\n\nPosted by Jane Doe on March 3, 2026" + body},
		{"a headline between a section label and a label", menu + "Harbour\n\n" + head + "\n\nEditorial\n\n" +
			"The pier has stood empty for a decade. Rebuilding it is the town's best chance of bringing visitors back.\n\nTue 3 Mar 2026 18.54 GMT" + body},
		{"a reviewer's credit over the body", "Tax Planning\n\n" + head + "\n\nRead the Article\n\nShare this story\n\nShare this:\n\nFacebook\n\nX\n\nLinkedIn\n\nPinterest\n\nPrint\n\n" +
			"Written by Jane Doe\n\nPublished Oct 10, 2023\n\n12 min read\n\nReviewed by John Roe, CPA, EA" + body},
		{"a short first line without front matter", "Book a free demo\n\nPricing\n\nLogin\n\nHarbour\n\n" + head + "\n\nBy Jane Doe\n\nMarch 3, 2026" + body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, head) })
	}
}
