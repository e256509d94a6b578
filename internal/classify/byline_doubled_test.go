package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUndoubled reads a name once where a converter printed it twice on its line
// (the author's photo's label, then the name); one word twice may be a name, and a
// line that is no exact repeat is left whole.
func TestUndoubled(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe Jane Doe", "Jane Doe"},
		{"Ann Lee-Park Ann Lee-Park", "Ann Lee-Park"},
		{"Yang Yang", "Yang Yang"},
		{"Jane Doe", "Jane Doe"},
		{"Jane Doe Jane Roe", "Jane Doe Jane Roe"},
		{"Jane Doe  Jane Doe", "Jane Doe  Jane Doe"}, // not halves one space apart
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, Undoubled(tc.in))
		})
	}
}
