package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// A round-up's buttons inside the body (removeCallsToAction): each stands on a line
// of its own between a product's name, its price and the next product; a subheading
// worded as an order heads the paragraph after it and stays.

func TestRolesCallsToAction(t *testing.T) {
	const (
		intro  = "We spent three months cooking with a dozen cast-iron pans, searing steaks and baking cornbread until the seasoning wore through."
		review = "The handle stays cool for longer than most, and the pour spouts on both sides make draining fat an easy job for either hand."
	)
	roleOf := func(blocks []block.Block, text string) (block.Role, block.Reason) {
		for _, b := range blocks {
			if b.Text == text {
				return b.Role, b.Reason
			}
		}
		t.Fatalf("no block %q", text)
		return 0, 0
	}
	tests := []struct {
		name     string
		body     []string
		line     string
		removed  bool
		whatKind block.Role // when kept
	}{
		{"a shop button after a product's review", []string{"Foundry Ten-Inch Skillet", review, "Shop Foundry Skillets", "Ridgeback Grill Pan", review}, "Shop Foundry Skillets", true, 0},
		{"a price button between two products", []string{"Foundry Ten-Inch Skillet", "$45", "See price at Hearth Supply", "Ridgeback Grill Pan", review}, "See price at Hearth Supply", true, 0},
		{"a button in capitals", []string{"Foundry Ten-Inch Skillet", "BUY NOW", "Ridgeback Grill Pan", review}, "BUY NOW", true, 0},
		{"a jump link at the end of a pick", []string{"Best for Searing: Foundry Skillet", "Jump to Review", "Best Budget: Ridgeback Pan", "Jump to Review", review}, "Jump to Review", true, 0},
		{"a subheading worded as an order heads its paragraph", []string{"Check the Seasoning Before Each Use", review, "Storing the Pan Between Uses", review}, "Check the Seasoning Before Each Use", false, block.RoleSubheading},
		{"a lead-in to a list ends on a colon", []string{"Get these tools ready:", "Foundry Ten-Inch Skillet", "Ridgeback Grill Pan", review}, "Get these tools ready:", false, block.RoleBody},
		{"a line that only names a product stays", []string{"Foundry Ten-Inch Skillet", "$45", "Ridgeback Grill Pan", review}, "Foundry Ten-Inch Skillet", false, block.RoleSubheading},
		{"a keyword of a listing in capitals", []string{"SELECT name, price", "ORDER BY price DESC", "LIMIT 10", review}, "ORDER BY price DESC", false, block.RoleSubheading},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append([]string{"The Best Cast-Iron Pans for Every Kitchen", "", intro, "", intro, ""}, tt.body...)
			ls = append(ls, "", intro)
			blocks, _ := readDump(lines(ls...), false)
			Blocks(blocks)
			role, reason := roleOf(blocks, tt.line)
			if tt.removed {
				assert.Equal(t, block.RoleRemoved, role)
				assert.Equal(t, block.ReasonBoilerplate, reason)
				return
			}
			assert.Equal(t, tt.whatKind, role)
		})
	}
}
