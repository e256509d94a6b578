package newsparse

import (
	"testing"

	"github.com/newsparse/newsparse/internal/classify"
	"github.com/stretchr/testify/assert"
)

// TestDiceBoundHolds checks what pickHeadline and matchesDescription rely on when
// they skip a comparison: diceGrams never exceeds diceBound of the two lists'
// lengths, and the lists sortGrams sorts (once or twice, in a reused buffer) are
// the ones bigrams gives, so that a skipped pair is one that could not have matched
// and a compared pair scores as before.
func TestDiceBoundHolds(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		{"same headline", "Council votes to close the harbour", "Council votes to close the harbour"},
		{"title with site name", "Council votes to close the harbour | The Courier", "Council votes to close the harbour"},
		{"short heading, long title", "Related", "Council votes to close the harbour | The Courier"},
		{"repeated bigrams", "aaaa aaaa", "aaaa"},
		{"no letters in one", "—", "Port reopens"},
		{"both empty", "", ""},
		{"non-ASCII", "Café in São Paulo reopens", "Cafe in Sao Paulo reopens"},
	}
	var buf []uint64
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ga := classify.SortGrams(classify.UnsortedBigrams(nil, tt.a))
			buf = classify.UnsortedBigrams(buf, tt.b)
			gb := classify.SortGrams(classify.SortGrams(buf))
			assert.Equal(t, append([]uint64{}, classify.Bigrams(tt.a)...), append([]uint64{}, ga...))
			assert.Equal(t, append([]uint64{}, classify.Bigrams(tt.b)...), append([]uint64{}, gb...))
			d := classify.DiceGrams(ga, gb, tt.a, tt.b)
			assert.Equal(t, classify.Dice(tt.a, tt.b), d)
			assert.LessOrEqual(t, d, classify.DiceBound(len(ga), len(gb)))
		})
	}
}
