package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/block"
)

func TestOpensRankedList(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"1", true},
		{"1. Tide tables help walkers plan the crossing", true},
		{"1) Check the tide", true},
		{"1 min read", false},
		{"10. The last stop", false},
		{"March 3, 2026", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, opensRankedList(tt.in))
		})
	}
}

// TestDropListHeadings: a bare name-shaped line over a ranked list is the list's
// heading; over a date or the story, or after an opener, it stays the byline.
func TestDropListHeadings(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		keep  bool
	}{
		{"a heading over a numbered list", []string{"Key Points", "1. Tide tables help walkers plan the crossing"}, false},
		{"a heading over a rank alone", []string{"Popular Walks", "1", "The coast path in winter"}, false},
		{"a name over its reading time", []string{"Jane Doe", "1 min read"}, true},
		{"an opener's byline over a list", []string{"By Jane Doe", "1. Tide tables help walkers plan the crossing"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]block.Block, len(tt.lines))
			forms := make([]Form, len(tt.lines))
			for i, l := range tt.lines {
				blocks[i].Text = l
				forms[i] = ReadForm(l)
			}
			blocks[0].Role, blocks[0].Names = block.RoleByline, []string{"Jane Doe"}
			forms[0].ByExplicit = LooksLikeBylineStart(tt.lines[0])
			dropListHeadings(blocks, forms, make([]bool, len(blocks)))
			assert.Equal(t, tt.keep, blocks[0].Role == block.RoleByline)
		})
	}
}
