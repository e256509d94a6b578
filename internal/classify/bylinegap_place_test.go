package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/block"
)

// TestBylineOverDateAboveBody weighs a bare name over its date just above the body,
// where a subscription box or a contents list parts it from the headline: the date
// under it, past a separator a converter put on a line of its own ("•", "|"), and its
// place are two signs (the name printed again in an author box would be the third).
// Over no date, the place alone gives nothing.
func TestBylineOverDateAboveBody(t *testing.T) {
	tests := []struct {
		name  string
		meta  []string
		score int
	}{
		{"name over the date", []string{"Jane Doe", "3 March 2026"}, 2},
		{"name, separator, date", []string{"Jane Doe", "•", "3 March 2026"}, 2},
		{"name, bar, date", []string{"Jane Doe", "|", "3 March 2026"}, 2},
		{"name over no date", []string{"Jane Doe", "•", "Share this story"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append([]string{"Rebuilding the old pier", "Sign up for our weekly letter", "Thank you! Your submission has been received!",
				"Table of contents", "Why the pier matters"}, tt.meta...)
			first := len(ls)
			ls = append(ls, reflowProse...)
			blocks := make([]block.Block, len(ls))
			forms := make([]Form, len(ls))
			for i, l := range ls {
				blocks[i].Text = l
				forms[i] = readBlockForm(&blocks[i])
			}
			blocks[0].Role = block.RoleHeadline
			_, score := pageBylineEvidence(blocks, forms, 5, 0, first, len(ls)-1)
			assert.Equal(t, tt.score, score)
		})
	}
}
