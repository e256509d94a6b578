package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBigramsIntoReusesBuffer checks that bigramsInto, given the buffer of a
// longer text before, returns the bigrams Bigrams returns, none of the old left.
func TestBigramsIntoReusesBuffer(t *testing.T) {
	tests := []struct {
		name, before, text string
	}{
		{"shorter after longer", "A much longer headline about the harbour", "Port reopens"},
		{"empty after text", "Council votes", ""},
		{"punctuation runs", "", "Rates -- up, again!"},
		{"non-ASCII", "Zürich", "Café in São Paulo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			buf := bigramsInto(nil, tt.before)
			// Copied into empty slices, so that nil and empty compare equal.
			want := append([]uint64{}, Bigrams(tt.text)...)
			assert.Equal(t, want, append([]uint64{}, bigramsInto(buf, tt.text)...))
		})
	}
}
