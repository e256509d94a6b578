package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// A product card's price on a line of its own (removePriceTags); a price the text
// states, in a sentence or after a label saying what it prices, stays.

func TestRolesPriceTags(t *testing.T) {
	const (
		intro  = "We spent three months cooking with a dozen cast-iron pans, searing steaks and baking cornbread until the seasoning wore through."
		review = "The handle stays cool for longer than most, and the pour spouts on both sides make draining fat an easy job for either hand."
	)
	tests := []struct {
		name    string
		body    []string
		line    string
		removed bool
	}{
		{"a price alone under a product", []string{"Foundry Ten-Inch Skillet", "$45", review}, "$45", true},
		{"a price and its shop", []string{"Foundry Ten-Inch Skillet", "$45 from Hearth Supply", review}, "$45 from Hearth Supply", true},
		{"a shop and its price", []string{"Foundry Ten-Inch Skillet", "Hearth £38.50", review}, "Hearth £38.50", true},
		{"a price and its discount", []string{"Foundry Ten-Inch Skillet", "$60 $45 (25% off)", review}, "$60 $45 (25% off)", true},
		{"a labelled price stays", []string{"Foundry Ten-Inch Skillet", "Price: $45", review}, "Price: $45", false},
		{"a pick named by its price stays", []string{"Best for a small kitchen under $50", review}, "Best for a small kitchen under $50", false},
		{"a sentence stating a price stays", []string{"Foundry Ten-Inch Skillet", "It costs $45.", review}, "It costs $45.", false},
		{"a line with no money stays", []string{"Foundry Ten-Inch Skillet", "10 inches", review}, "10 inches", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append([]string{"The Best Cast-Iron Pans for Every Kitchen", "", intro, "", intro, ""}, tt.body...)
			ls = append(ls, "", intro)
			blocks, _ := readDump(lines(ls...), false)
			Blocks(blocks)
			var got *block.Block
			for i := range blocks {
				if blocks[i].Text == tt.line {
					got = &blocks[i]
				}
			}
			if !assert.NotNil(t, got, "no block %q", tt.line) {
				return
			}
			if tt.removed {
				assert.Equal(t, block.RoleRemoved, got.Role)
				assert.Equal(t, block.ReasonAdvertisement, got.Reason)
				return
			}
			assert.NotEqual(t, block.RoleRemoved, got.Role)
		})
	}
}
