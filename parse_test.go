package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseTextErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		opts  []Option
		want  error
	}{
		{"empty", "", nil, ErrEmpty},
		{"white space only", " \n\t\r\n\u00a0\u200b\n", nil, ErrEmpty},
		{"a gzip stream", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", nil, ErrBinary},
		{"only NULs", strings.Repeat("\x00", 64), nil, ErrBinary},
		{"mostly control bytes", strings.Repeat("\x01\x02\x03a", 100), nil, ErrBinary},
		{"too large", strings.Repeat("word ", 100), []Option{WithMaxBytes(50)}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.input, tt.opts...)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Nil(t, a)
		})
	}
}
