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

func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"  a \n\n b\t c ": "a b c",
		"one line":        "one line",
		"\u200bx\u00a0y":  "x y",
	} {
		assert.Equal(t, want, CollapseSpace(in), "%q", in)
	}
}

func TestIsBlank(t *testing.T) {
	for in, want := range map[string]bool{
		"":                        true,
		" \t\n\u00a0\u200b\u200e": true,
		"\xff":                    true,
		"a":                       false,
		"\u200b.":                 false,
	} {
		assert.Equal(t, want, IsBlank(in), "%q", in)
	}
}
