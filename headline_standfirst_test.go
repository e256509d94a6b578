package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineOverItsStandfirst covers whole pages that set a longer summary in
// sentence case under the headline, then the byline and date they share: the
// headline is the line over the summary, not the summary the front matter follows,
// whatever stands above them (a promotion's title and tagline, a section label) or
// between them (a label, a comment count). A picture's caption over the headline, as
// long as it, and a run of menu entries in capitals over a sentence are no headlines
// over a standfirst.
func TestHeadlineOverItsStandfirst(t *testing.T) {
	menu := harbourMenu()
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	tests := []struct {
		name, dump, want string
	}{
		{"title case over a summary, under a promotion",
			menu + "Harbour Radio Breakfast at 6am\n\nThe latest harbour news, weather and tide times for the whole coast\n\n" +
				"Harbour Board Backs Plan to Rebuild the Old Pier\n\nThe vote came after a decade of arguments over who should pay for the work\n\n" +
				"By Jane Doe\n\nPublished March 3, 2026 at 4:07 PM" + body,
			"Harbour Board Backs Plan to Rebuild the Old Pier"},
		{"sentence case with a label between",
			menu + "Opinion\n\nHarbour\n\nThe view on the old pier: a town at a crossroads\n\nEditorial\n\n" +
				"Rebuilding the pier is the town's best chance of bringing visitors back. It is up to the board to find the money\n\n" +
				"Tue 3 Mar 2026 18.54 GMT" + body,
			"The view on the old pier: a town at a crossroads"},
		{"a short headline over a quoted summary",
			menu + "Pier rebuild to begin this spring\n\n“We have to make the structure safe before anything else,” the board's chair said in a letter to residents on Monday\n\n" +
				"HARBOUR /\n\nMarch 3, 2026 12:02 PM\n\nBy Jane Doe" + body,
			"Pier rebuild to begin this spring"},
		{"a caption over the headline",
			menu + "Workers on top of the old pier\n\nView image credit\n\nHarbour board backs a plan to rebuild the pier\n\nBy Jane Doe\n\nMarch 3, 2026" + body,
			"Harbour board backs a plan to rebuild the pier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}

// TestLongTitleOpeningWithNames covers a headline whose first words read as a
// person's name and a separator ("Jane Doe, Staff Writer"), as a byline's do: a line
// of more words than a byline with its author's role runs is a title, while a short
// one stays a byline.
func TestLongTitleOpeningWithNames(t *testing.T) {
	menu := "Book your summer ferry crossing online today\n\n" + harbourMenu()
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	tests := []struct {
		name, dump, want string
	}{
		{"a list of products before a colon",
			menu + "Harbour Ferries\n\nMarina Bay, North Quay, Harbour Point: So Many Ways to Moor Your Boat This Summer\n\nBy Jane Doe\n\nMarch 3, 2026" + body,
			"Marina Bay, North Quay, Harbour Point: So Many Ways to Moor Your Boat This Summer"},
		{"a first-person title with a comma",
			menu + "Harbour Ferries\n\nI Tried Sea Kayaking, the Harbour's Newest Sport — and It May Replace My Gym Membership\n\nBy Jane Doe\n\nMarch 3, 2026" + body,
			"I Tried Sea Kayaking, the Harbour's Newest Sport — and It May Replace My Gym Membership"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}

// harbourMenu is a site's menu printed three times over, as whole-page dumps print
// the header, a drawer and the footer, with a sign-up link after it.
func harbourMenu() string {
	return strings.Repeat("Home\n\nNews\n\nHarbour\n\nSport\n\nWeather\n\nOpinion\n\nAbout Us\n\n", 3) + "Subscribe\n\n"
}
