package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParseBylineNameEnds checks that each separator of nameEnds still ends the
// names after the quick look for their bytes, and that a line with none of them is
// read whole.
func TestParseBylineNameEnds(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"By Jane Doe | Special to the Harbour Post", []string{"Jane Doe"}},
		{"By Jane Doe|Harbour Post", []string{"Jane Doe"}},
		{"By Jane Doe - Contributor", []string{"Jane Doe"}},
		{"By Jane Doe – Harbour Post", []string{"Jane Doe"}},
		{"By Jane Doe — Harbour Post", []string{"Jane Doe"}},
		{"By Jane Doe · 6 min read", []string{"Jane Doe"}},
		{"By Jane Doe • Harbour Post", []string{"Jane Doe"}},
		{"By Jane Doe\u00a0Harbour Post", []string{"Jane Doe"}},
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			names, explicit := ParseByline(tt.line)
			assert.True(t, explicit)
			assert.Equal(t, tt.want, names)
		})
	}
	assert.Equal(t, "|-\xe2\xc2", nameEndMarks)
}
