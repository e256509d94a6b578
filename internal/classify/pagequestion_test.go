package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// The question over an article's first paragraph is its first subheading
// (openingQuestion); other short lines there stay furniture.

func TestRolesOpeningQuestion(t *testing.T) {
	const (
		first = "A raised bed is a frame of timber or stone filled with soil above the ground, which drains well and warms sooner in the spring than open ground."
		more  = "Most gardeners build them about a metre wide, so that the middle can be reached from either side without stepping on the soil and packing it down."
	)
	tests := []struct {
		name string
		line string
		want block.Role
	}{
		{"a question over the first paragraph", "What Is a Raised Bed?", block.RoleSubheading},
		{"a question in sentence case", "How deep should a raised bed be?", block.RoleSubheading},
		{"a label of page furniture stays furniture", "5 min read", block.RoleRemoved},
		{"a question in lower case is no heading", "why bother?", block.RoleRemoved},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := "Raised Beds for Beginners\n\nBy Jane Doe\n\nMarch 3, 2025\n\n" + tt.line + "\n\n" + first + "\n\n" + more + "\n\n" + first + "\n"
			blocks, _ := readDump(dump, false)
			Blocks(blocks)
			for _, b := range blocks {
				if b.Text == tt.line {
					assert.Equal(t, tt.want, b.Role)
					return
				}
			}
			t.Fatalf("no block %q", tt.line)
		})
	}
}
