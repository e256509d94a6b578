package newsparse

import (
	"strings"
	"testing"
)

// TestFirstLineOverMenus covers pages with a short menu, read as dumps of the
// article alone, whose first title-like line is a site's tagline or a button over
// the menu, its entries parted by a longer line: the title right over the body,
// which weighs more, is the headline. The first line keeps its lead over a list of
// dated teasers, each title over its own date.
func TestFirstLineOverMenus(t *testing.T) {
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	menu := "Home\n\nNews\n\nopen the site menu now\n\nSport\n\nWeather\n\nOpinion\n\nAbout Us\n\nContact\n\n"
	tests := []struct {
		name, dump, want string
	}{
		{"a button over the menu",
			"Log in to see your saved stories\n\n" + menu + "Harbour Board Backs Plan to Rebuild the Old Pier" + body,
			"Harbour Board Backs Plan to Rebuild the Old Pier"},
		{"a tagline over the menu, a share button under the title",
			"Stories from the harbour, told since nineteen hundred.\n\n" + menu + "Harbour Board Backs Plan to Rebuild the Old Pier\n\nShare" + body,
			"Harbour Board Backs Plan to Rebuild the Old Pier"},
		{"dated teasers between the headline and the body",
			"The harbour board backs a plan to rebuild the old pier\n\n" + menu +
				"Ferry Timetable Changes for the Winter Season\n\nMarch 1, 2026\n\nNew Lifeboat Station Opens on the North Quay\n\nFebruary 20, 2026\n\n" +
				"Harbour Festival Returns With a Longer Programme\n\nFebruary 12, 2026" + body,
			"The harbour board backs a plan to rebuild the old pier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}

// TestMenuEntryFirst covers a page with a short menu whose first title-like line is
// one of its entries, no headline candidate of its own (capitalised words read as
// a name): it keeps no lead over the headline under the menu. Printed again before
// the body, as a page prints its title, it keeps it.
func TestMenuEntryFirst(t *testing.T) {
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	tests := []struct {
		name, dump, want string
	}{
		{"an entry among the menu's",
			"Home\n\nNews\n\nSport\n\nHarbour Lights Awards\n\nWeather\n\nTides\n\nFrom the old pier to the new marina, ten walks to take this winter" + body,
			"From the old pier to the new marina, ten walks to take this winter"},
		{"printed again over the body",
			"Harbour Lights Awards\n\nHome\n\nNews\n\nSport\n\nWeather\n\nTides\n\nShare this page with friends and family\n\nHarbour Lights Awards" + body,
			"Harbour Lights Awards"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}

// TestTitlePrintedTwiceUnderLabel covers a cut of the article that opens on a
// site's or a newsletter's label over the title, which the page prints twice in a
// row (a heading for wide and for narrow screens): the title is the headline. A
// first line the page prints again itself keeps its lead, and so does one that
// holds the line printed twice (an app's name on its card).
func TestTitlePrintedTwiceUnderLabel(t *testing.T) {
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	tests := []struct {
		name, dump, want string
	}{
		{"a newsletter's name over its issue's title",
			"Coastal Science Newsletter\n\nHarbour Ferry Service\n\nHarbour Ferry Service\n\nMarch 3, 2026" + body,
			"Harbour Ferry Service"},
		{"the first line printed again",
			"Coastal Science Newsletter\n\nHarbour Ferry Service\n\nHarbour Ferry Service\n\nCoastal Science Newsletter\n\nMarch 3, 2026" + body,
			"Coastal Science Newsletter"},
		{"a name the first line holds, printed twice",
			"Harbour Ferry Service Returns After Ten Years\n\nHarbour Ferry Service\n\nHarbour Ferry Service\n\nMarch 3, 2026" + body,
			"Harbour Ferry Service Returns After Ten Years"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
