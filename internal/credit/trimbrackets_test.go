package credit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTrimBrackets: a credit's unmatched outer bracket and its spaces go, a
// balanced pair inside stays, and a line that neither opens nor closes with a
// bracket or a space comes back as it is (the quick return).
func TestTrimBrackets(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{" ", ""},
		{"(Photo: Jane Doe/AFP)", "Photo: Jane Doe/AFP"},
		{"Jane Doe/AFP)", "Jane Doe/AFP"},
		{"[Reuters]", "Reuters"},
		{"[Photo: Reuters", "Photo: Reuters"},
		{"Jane Doe\u00a0", "Jane Doe"},
		{"\u00a0Jane Doe", "Jane Doe"},
		{"Jane Doe ", "Jane Doe"},
		{"(", ""},
		{")", ""},
		{"x", "x"},
		{"Jane (AFP)", "Jane (AFP)"},
		{"((Jane Doe))", "((Jane Doe))"},
		{"Jane Doe / AFP", "Jane Doe / AFP"},
		{"Jane Doe\x7f", "Jane Doe\x7f"},
	} {
		assert.Equal(t, tt.want, trimBrackets(tt.in), "line %q", tt.in)
	}
}
