package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineUnderOpeningNotice covers whole pages whose run of prose opens on a
// paragraph set apart from the article (an affiliate disclosure, a site's pitch), a
// few lines over the headline, and dumps that open on one or on a sign-up notice
// with no line before it that can be the headline: the headline is the
// title-shaped line between the notice and the text. A headline with only its front matter over its opening
// paragraphs keeps its place when a subheading follows them.
func TestHeadlineUnderOpeningNotice(t *testing.T) {
	menu := harbourMenu()
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	disclosure := "Our writers test every product on their own, and when you buy through the links on this page we may earn a small commission at no cost to you.\n\n"
	tests := []struct {
		name, dump, want string
	}{
		{"a disclosure, a trail and a label over the headline",
			menu + disclosure + "Home\n\nBest Picks\n\nUpdated\n\nThe Best Waterproof Jackets for a Winter on the Harbour\n\nBy Jane Doe" + body,
			"The Best Waterproof Jackets for a Winter on the Harbour"},
		{"a site's pitch right over the headline",
			menu + "We help small harbour businesses keep their books in order, from the first invoice to the annual accounts and every tax return.\n\n" +
				"Bookkeeping Habits Every Harbour Business Should Keep" + body,
			"Bookkeeping Habits Every Harbour Business Should Keep"},
		{"a notice printed twice",
			menu + disclosure + disclosure + "Guides / Travel\n\nHow We Compared Ferry Fares on Every Route This Winter\n\nBy Jane Doe\n\nMarch 3, 2026" + body,
			"How We Compared Ferry Fares on Every Route This Winter"},
		{"a subheading after the opening paragraphs",
			menu + "Harbour Board Backs Plan to Rebuild the Old Pier\n\nShare\n\nMarch 3, 2026\n\n" + reflowProse[0] + "\n\n" + reflowProse[1] +
				"\n\nWhat the Rebuild Means for Ferries\n\n" + reflowProse[2],
			"Harbour Board Backs Plan to Rebuild the Old Pier"},
		{"a dump that opens on the notice",
			disclosure + "The Best Waterproof Jackets for a Winter on the Harbour" + body,
			"The Best Waterproof Jackets for a Winter on the Harbour"},
		{"share links listed between the headline and its text",
			menu + "Harbour Board Backs Plan to Rebuild the Old Pier\n\nJane Doe\n\nMarch 3, 2026 · 4 minute read\n\n" +
				"• Facebook\n\n• Twitter\n\n• Linkedin\n\n• Email\n\n• Print\n\n" + reflowProse[0] + "\n\n" +
				"What the Rebuild Means for Ferries\n\n" + reflowProse[1] + "\n\n" + reflowProse[2],
			"Harbour Board Backs Plan to Rebuild the Old Pier"},
		{"a region dump with nothing to choose over a sign-up notice",
			"×\n\n$10 Off\n\nBook your crossing before Friday. Members take ten percent off their first harbour crossing this summer.\n\n" +
				"By sending this form I confirm that I am over sixteen years of age. Offers end on the last day of the month and cannot be combined.\n\n" +
				"Tweet\n\n< Back to All Guides\n\nTen Harbour Walks to Try Before the Summer Crowds Arrive" + body,
			"Ten Harbour Walks to Try Before the Summer Crowds Arrive"},
		{"a region dump with no headline and no notice",
			strings.Join(reflowProse, "\n\n") + "\n\nRelated\n\nShare\n\n" + reflowProse[0],
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
