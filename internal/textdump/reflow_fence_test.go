package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnwrappedBlockMarks: the lines that open a code listing or a simple table's
// rows, and lines like them that do not.
func TestUnwrappedBlockMarks(t *testing.T) {
	tests := []struct {
		line        string
		fence, rule bool
	}{
		{"```", true, false},
		{"``` python", true, false},
		{"~~~~ {.js .numberLines}", true, false},
		{"~~~ Part two ~~~", false, false},
		{"```inline code```", false, false},
		{"------------ ---------- ------", false, true},
		{"--------------------", false, false},
		{"- - -", false, false},
		{"-- a --", false, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.fence, isCodeFence(tc.line), tc.line)
		assert.Equal(t, tc.rule, isColumnRule(tc.line), tc.line)
	}
}
