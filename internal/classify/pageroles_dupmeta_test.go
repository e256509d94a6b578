package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/block"
)

// TestDuplicateMetaUnderHeadline pins which copy of a post's meta the repeat rule
// drops. A theme prints the meta over the title and again under it: the byline rules
// read the copy under the headline, which stays, and the copy over it is the repeat.
// A tags line later in the meta, a teaser's line that is no byline, a name a menu
// printed far up, and a byline over the headline already read as one leave the copy
// under the headline a repeat.
func TestDuplicateMetaUnderHeadline(t *testing.T) {
	const (
		name  = "Jane Doe"
		date  = "March 3, 2026"
		tags  = "Harbour Towns, Coastal Walks"
		title = "The Harbour Towns That Kept Their Ferries"
	)
	nav := func(s string) block.Block {
		return block.Block{Text: s, Role: block.RoleRemoved, Reason: block.ReasonNavigation}
	}
	by := func(s string) block.Block { return block.Block{Text: s, Role: block.RoleByline} }
	dated := block.Block{Text: date, Role: block.RoleDateline}
	head := block.Block{Text: title, Role: block.RoleHeadline}
	body := block.Block{Text: para("a"), Role: block.RoleBody}
	tests := []struct {
		name   string
		blocks []block.Block
		want   []block.Role // the roles after the rule, block by block
	}{
		{
			"name over and under the title",
			[]block.Block{nav(name), dated, head, dated, by(name), body},
			[]block.Role{block.RoleRemoved, block.RoleDateline, block.RoleHeadline, block.RoleRemoved, block.RoleByline, block.RoleBody},
		},
		{
			"meta with tags printed twice",
			[]block.Block{nav(name), dated, nav(tags), head, by(name), dated, by(tags), body},
			[]block.Role{block.RoleRemoved, block.RoleDateline, block.RoleRemoved, block.RoleHeadline, block.RoleByline, block.RoleRemoved, block.RoleRemoved, block.RoleBody},
		},
		{
			"name removed under the title, tags read as a byline",
			[]block.Block{nav(name), dated, nav(tags), head, nav(name), dated, by(tags), body},
			[]block.Role{block.RoleRemoved, block.RoleDateline, block.RoleRemoved, block.RoleHeadline, block.RoleRemoved, block.RoleRemoved, block.RoleRemoved, block.RoleBody},
		},
		{
			"a teaser's line over the title and under it",
			[]block.Block{nav(tags), head, {Text: tags, Role: block.RoleBody}, body},
			[]block.Role{block.RoleRemoved, block.RoleHeadline, block.RoleRemoved, block.RoleBody},
		},
		{
			"a menu's copy far up",
			[]block.Block{nav(name), nav("Home"), nav("Contact"), nav("About"), nav("Archive"), head, by(name), body},
			[]block.Role{block.RoleRemoved, block.RoleRemoved, block.RoleRemoved, block.RoleRemoved, block.RoleRemoved, block.RoleHeadline, block.RoleRemoved, block.RoleBody},
		},
		{
			"the copy over the title read as the byline",
			[]block.Block{by(name), head, by(name), body},
			[]block.Role{block.RoleByline, block.RoleHeadline, block.RoleRemoved, block.RoleBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := append([]block.Block(nil), tt.blocks...)
			markDuplicates(blocks, make([]bool, len(blocks)), nil, len(blocks)-1, len(blocks)-1)
			got := make([]block.Role, len(blocks))
			for i := range blocks {
				got[i] = blocks[i].Role
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
