package newsparse

import "testing"

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
