package figures

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestQualifierFits: a qualifier word before a figure qualifies it, or stands as a
// preposition of its own and leaves the figure exact.
func TestQualifierFits(t *testing.T) {
	cases := []struct {
		name, text, span string
		bound            Bound
		kind             Kind
	}{
		{"over a count", "Over 40 people came.", "Over 40", BoundMoreThan, KindCount},
		{"over a counted word is a preposition", "She won titles over two spells.", "two", BoundExact, KindCount},
		{"over a duration after a verb is a preposition", "He was testifying over three days.", "three days", BoundExact, KindDuration},
		{"within a measure", "It stands within 3 metres of the wall.", "within 3 metres", BoundAtMost, KindMeasure},
		{"within a count is a preposition", "It is within 3 stops of here.", "3", BoundExact, KindCount},
		{"under a count", "Kids under 12 eat free.", "under 12", BoundLessThan, KindCount},
		{"aged makes an age", "Children aged 12 may enter.", "aged 12", BoundExact, KindAge},
		{"some one is no estimate", "Some one hundred came.", "one hundred", BoundExact, KindCount},
		{"under a score is a preposition", "They won under a 3-1 score.", "3-1", BoundExact, KindScore},
		{"more than, the longest key", "More than 40 people came.", "More than 40", BoundMoreThan, KindCount},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := ExtractFigures(c.text)
			if assert.NotEmpty(t, fs) {
				assert.Equal(t, c.span, fs[0].Text)
				assert.Equal(t, c.bound, fs[0].Bound)
				assert.Equal(t, c.kind, fs[0].Kind)
			}
		})
	}
}
