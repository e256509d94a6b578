package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNeedsCleaning: curly quotes and dashes (which share the bidi controls' first
// byte) need nothing; a bidi control or a control character anywhere does.
func TestNeedsCleaning(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"plain ascii", false},
		{"“Curly” quotes — and… dashes’", false},
		{"ends in a cut rune \xe2\x80", false},
		{"an override \u202e here", true},
		{"an isolate \u2066x\u2069", true},
		{"a NUL \x00 inside", true},
		{"a tab\tand a line\nfeed", false},
		{"marks \u200e and \u200f stay", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, needsCleaning(tt.in), "%q", tt.in)
	}
}
