package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// TestHeadlineNotAuthorRole: the short line a page prints under its byline is the
// author's role ("Senior Garden Editor"), title-cased as it is, and weighs less as a
// headline than the same line under anything else; a title longer than a role under
// a teaser's byline keeps its weight.
func TestHeadlineNotAuthorRole(t *testing.T) {
	tests := []struct {
		name, above, line string
		cost              bool
	}{
		{"a role under a byline's names", "By Jan Berg", "Senior Garden Editor", true},
		{"a role of five words", "By Jan Berg", "Contributing Editor, Home and Garden", true},
		{"a title under a teaser's byline", "By Jan Berg", "Seven Seed Trays That Survived a Whole Wet Spring", false},
		{"the role's words under a label", "Our Garden Guides This Week", "Senior Garden Editor", false},
	}
	score := func(above, line string) float64 {
		lines := []string{"Home", above, line, "Guides", reflowProse[0]}
		blocks := make([]block.Block, len(lines))
		forms := make([]Form, len(lines))
		for i, l := range lines {
			blocks[i], forms[i] = block.Block{Text: l}, ReadForm(l)
		}
		readFrontByline(blocks, forms, 1, -1)
		s, _ := headlineScore(newCandidates(blocks, forms, 4), 2, false, 1) // "Guides" under it
		return s
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain := score("Garden Guides Weekly Notes", tt.line)
			if tt.cost {
				assert.Less(t, score(tt.above, tt.line), plain-1)
			} else {
				assert.InDelta(t, plain, score(tt.above, tt.line), 1e-9)
			}
		})
	}
}
