package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNestedListMarks: w3m prints the items of a list inside a list item with "□ "
// and those one level deeper with "☆ "; they are list markers like "• ".
func TestNestedListMarks(t *testing.T) {
	for _, tc := range []struct {
		in     string
		bullet int
	}{
		{"□ Guides", len("□ ")},
		{"☆ Museums and galleries", len("☆ ")},
		{"□", 0},
		{"☆ ", 0},
		{"□Guides", 0},
		{"A □ in the middle", 0},
	} {
		assert.Equal(t, tc.bullet, BulletLen(tc.in), tc.in)
	}
}
