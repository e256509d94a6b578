package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\rc\n", "a\nb\nc\n"},
		{"\ufeffHead\u00a0line\t here  ", "Head line here"},
		{"zero\u200bwidth", "zerowidth"},
		{"bad \xff byte", "bad \ufffd byte"},
		{"  lead and trail  \n", "lead and trail\n"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Normalize(tt.in), "input %q", tt.in)
	}
}
