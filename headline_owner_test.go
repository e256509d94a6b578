package newsparse

import (
	"testing"
)

// TestFrontMatterOwner covers whole pages where a label stands over the headline and
// the headline over its byline or date: the front matter is the nearer title's, so
// the label above it (a section list, a site's feature label) is no headline, while a
// standfirst, a line of tags, an author's line or a pager between a headline and its
// date leaves the headline its front matter.
func TestFrontMatterOwner(t *testing.T) {
	menu := harbourMenu()
	body := "\n\n" + wrapAll(80, "", "\n")
	head := "Harbour Board Backs Plan to Rebuild the Old Pier"
	tests := []struct {
		name, front string
	}{
		{"a section list over the headline", "Boats & Sailing • Town Council • Food, Drink & Dining • Travel\n\n" + head + "\n\nBy Jane Doe • March 3, 2026"},
		{"a feature label over the headline", "Main FeatureCoast & TownCoast & Town Feature\n\n" + head + "\n\nBy Jane Doe\n\nMarch 3, 2026"},
		{"a standfirst between headline and date", head + "\n\nThe council says the work could start next spring if the money is found\n\nMarch 3, 2026"},
		{"tags between headline and date", head + "\n\nHarbour | Town Council | Coast | Travel Tips\n\nBy Jane Doe Updated March 3, 2026"},
		{"an author's line between headline and date", head + "\n\nJane Doe, Harbour Correspondent\n\nUpdated 1:39 am, Tuesday, March 3, 2026"},
		{"a pager between headline and date", head + "\n\nPart 1 Part 2 Part 3 Part 4\n\nPublished: Mar 3, 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, menu+tt.front+body, head) })
	}
}

// TestLabelOverArticleHeadline covers dumps of the article alone, where the first
// title-like line keeps a strong lead: a long label over the headline (a section
// list, a series label) yields to the title right under it that its byline follows,
// while a headline with its lead picture, a subtitle, an author's line or its own
// repeat under it stays.
func TestLabelOverArticleHeadline(t *testing.T) {
	body := "\n\n" + wrapAll(80, "", "\n")
	head := "How the Harbour Board Plans to Rebuild the Old Pier"
	tests := []struct {
		name, front string
	}{
		{"a section list over the headline", "Boats & Sailing • Town Council • Food, Drink & Dining • Travel\n\n" + head + "\n\nBy Jane Doe • March 3, 2026"},
		{"a series label over the headline", "Previous: 2025 in Review The Year in Sport\n\nSERIES\n\n2025 in Review\n\n" + head + "\n\nBy Jane Doe\n\nMarch 3, 2026"},
		{"a lead picture and a subtitle under the headline", head + "\n\nPrimary Image\n\nPhoto Credit\n\nJane Roe/Shutterstock\n\nThe Basics of Planning and Rebuilding a Town Pier\n\nWritten By:\n\nJane Doe\n\nMarch 3, 2026"},
		{"an author's line under the headline", head + "\n\nHarbour Board Meeting Notes\n\nGuide by Jane Doe Former Harbour Editor\n\nUpdated on March 3, 2026"},
		{"a headline printed twice", head + "\n\n" + head + "\n\nThe Old Pier Plan Explained For Readers\n\nBy Jane Doe\n\nMarch 3, 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.front+body, head) })
	}
}

// TestHeadlinePrintedTwice covers whole pages that print their title twice in a row
// (a heading for wide screens and one for narrow ones): a short title so printed
// outweighs the byline-shaped line under its date, while a doubled heading over a
// list of titles does not outweigh the headline under it.
func TestHeadlinePrintedTwice(t *testing.T) {
	menu := harbourMenu()
	body := "\n\n" + wrapAll(80, "", "\n")
	tests := []struct {
		name, front, want string
	}{
		{"a title over its date", menu + "Mission accomplished!\n\nMission accomplished!\n\n2026-03-03·\n\nJane Doe", "Mission accomplished!"},
		{"a doubled heading over a list", menu + "Recursos para estudiantes y padres\n\nRecursos para estudiantes y padres\n\nConsejos de prueba para el examen\n\nTener éxito en la escuela secundaria\n\nCómo prepararte para la universidad\n\n" +
			"How the Harbour Board Plans to Rebuild the Old Pier\n\nBy Jane Doe", "How the Harbour Board Plans to Rebuild the Old Pier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.front+body, tt.want) })
	}
}
