package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDiceBoundHolds checks what pickHeadline and matchesDescription rely on when
// they skip a comparison: DiceGrams never exceeds DiceBound of the two lists'
// lengths, and the lists SortGrams sorts (once or twice, in a reused buffer) are
// the ones Bigrams gives, so that a skipped pair is one that could not have matched
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
			ga := SortGrams(UnsortedBigrams(nil, tt.a))
			buf = UnsortedBigrams(buf, tt.b)
			gb := SortGrams(SortGrams(buf))
			assert.Equal(t, append([]uint64{}, Bigrams(tt.a)...), append([]uint64{}, ga...))
			assert.Equal(t, append([]uint64{}, Bigrams(tt.b)...), append([]uint64{}, gb...))
			d := DiceGrams(ga, gb, tt.a, tt.b)
			assert.Equal(t, Dice(tt.a, tt.b), d)
			assert.LessOrEqual(t, d, DiceBound(len(ga), len(gb)))
		})
	}
}
