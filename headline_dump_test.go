package newsparse

import (
	"strings"
	"testing"
)

// TestMenuItemIsNoHeadline: an entry of the site's menu, printed as a list item by
// the tool, is never the headline, however title-like: the title under the menu is.
// Each tool marks nested entries its own way (w3m "□", lynx "+", pandoc "-").
func TestMenuItemIsNoHeadline(t *testing.T) {
	tests := []struct {
		name, menu, body string
	}{
		{"w3m", "Main Navigation\n\n  • Workshop\n      □ Shelves & Storage\n      □ Kitchen Drawers & Racks\n      □ Tool Walls\n  • Garden\n      □ Raised Beds & Paths\n  • Shop\n", wrapAll(80, "", "\n")},
		{"lynx", "   Main Navigation\n     * Workshop\n          + Shelves & Storage\n          + Kitchen Drawers & Racks\n          + Tool Walls\n     * Garden\n          + Raised Beds & Paths\n     * Shop\n", wrapAll(79, "   ", "\n")},
		{"pandoc", "Main Navigation\n\n-   Workshop\n    -   Shelves & Storage\n    -   Kitchen Drawers & Racks\n    -   Tool Walls\n-   Garden\n    -   Raised Beds & Paths\n-   Shop\n", wrapAll(72, "", "\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertTextHeadline(t, tt.menu+"\nHarbour board backs plan to rebuild the old pier\n\n"+tt.body, "Harbour board backs plan to rebuild the old pier")
		})
	}
}

// TestImageAltIsNoHeadline: a logo's alt text at the top of a pandoc or html2text
// dump, the post's date under it, is not the headline.
func TestImageAltIsNoHeadline(t *testing.T) {
	for _, top := range []string{"[Harbourside Weekly logo] Harbourside", "![Harbourside Weekly logo](https://example.org/img/logo.png) Harbourside"} {
		t.Run(top, func(t *testing.T) {
			assertTextHeadline(t, top+"\n\nMarch 3rd, 2026\n\nHarbour board backs plan to rebuild the old pier\n\n[The old pier]\n\n"+wrapAll(72, "", "\n"),
				"Harbour board backs plan to rebuild the old pier")
		})
	}
}

// TestTitleCaseTitleOverText: a short title whose capitalised words read as names
// ("Pantry Storage Basics") is the headline when it stands right over the text,
// after the page's menu; a byline without its opener under a longer title is not.
func TestTitleCaseTitleOverText(t *testing.T) {
	menu := strings.Repeat("Home\n\nProjects\n\nKitchen Drawers\n\nTool Walls\n\nAbout Us\n\nShop\n\n", 3) +
		"Join our spring workshop on shelving\n\nSign up today\n\nWorkshop\n\n"
	tests := []struct {
		name, dump, want string
	}{
		{"title over the body, after a menu", menu + "Pantry Storage Basics\n\n" + wrapAll(80, "", "\n"), "Pantry Storage Basics"},
		{"title over a standfirst", menu + "Pantry Storage Basics\n\n" +
			"What we learnt from a winter of sorting jars, tins and sacks of flour into shelves that fit them.\n\n" + wrapAll(80, "", "\n"), "Pantry Storage Basics"},
		{"a name under the title is its byline", "Harbour board backs plan to rebuild the old pier\n\nJane Doe\n\n" + wrapAll(80, "", "\n"),
			"Harbour board backs plan to rebuild the old pier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}

// TestNumberedTrailIsNoHeadline: a breadcrumb trail set as an ordered list, as
// pandoc, lynx and w3m print one ("1. Guides", "2. Workshop", "3. The headline"),
// gives no headline; the title under it is.
func TestNumberedTrailIsNoHeadline(t *testing.T) {
	for _, trail := range []string{
		"1. Guides\n2. Workshop Projects\n3. Pantry shelves that last\n\n",
		"   1. Guides\n   2. Workshop Projects\n   3. Pantry shelves that last\n\n",
	} {
		assertTextHeadline(t, trail+"Workshop Guide\n\nPantry shelves that last\n\nPublished on March 3, 2026\n\nBy Jan Berg\n\n"+wrapAll(72, "", "\n"), "Pantry shelves that last")
	}
}
