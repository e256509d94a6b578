package newsparse

import (
	"strings"
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

// TestPrintablePrefix: the prefix ends at the first byte outside U+0020 to U+007E,
// wherever it falls in the words read at a time, and a string of printable ASCII
// only is its own prefix.
func TestPrintablePrefix(t *testing.T) {
	long := strings.Repeat("printable ascii ", 5) // 80 bytes
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"short", 5},
		{long, len(long)},
		{long[:40] + "\x7f" + long, 40},
		{long[:33] + "é" + long, 33},
		{long[:8] + "\n", 8},
		{"\ttab", 0},
		{long + "~", len(long) + 1},
		{long[:31] + "\x00", 31},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, printablePrefix(tt.in), "%q", tt.in)
	}
}
