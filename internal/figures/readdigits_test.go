package figures

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadDigitsSteps: what extends a number written in digits, one row per step of
// readDigits.
func TestReadDigitsSteps(t *testing.T) {
	cases := []struct {
		step, text, span string
		value            float64
	}{
		{"spaced groups", "About 1 000 000 people came.", "About 1 000 000", 1e6},
		{"slash fraction", "Some 3/4 of voters agreed.", "Some 3/4", 0.75},
		{"mixed fraction", "Add 1 1/2 cups of flour.", "1 1/2 cups", 1.5},
		{"vulgar fraction", "It took 2½ hours.", "2½ hours", 2.5},
		{"attached scale", "It cost $1.2bn last year.", "$1.2bn", 1.2e9},
		{"attached scale word", "They raised 38million dollars.", "38million dollars", 3.8e7},
		{"K after decimals is no scale", "It rose 2.5K points.", "2.5K", 2.5},
	}
	for _, c := range cases {
		t.Run(c.step, func(t *testing.T) {
			fs := ExtractFigures(c.text)
			if assert.NotEmpty(t, fs, c.text) {
				assert.Equal(t, c.span, fs[0].Text)
				assert.InDelta(t, c.value, fs[0].Value, 1e-9)
			}
		})
	}
	// A date's slashes and a fraction finer than sixteenths are no fraction.
	for _, text := range []string{"On 3/4/2020 it rained.", "Mix 1 3/20 cups."} {
		assert.Empty(t, ExtractFigures(text), text)
	}
}
