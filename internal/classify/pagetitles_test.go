package classify

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// TestTitleRune holds TitleRune, whose ASCII path skips the Unicode tables, equal
// to the rule it stands for: a letter or digit, lower-cased.
func TestTitleRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		got, ok := TitleRune(r)
		want := unicode.IsLetter(r) || unicode.IsDigit(r)
		if ok != want || want && got != unicode.ToLower(r) {
			t.Fatalf("TitleRune(%U) = %U, %v", r, got, ok)
		}
	}
}

func TestStripSiteSuffix(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Harbour bridge reopens | The Daily Example", "The Daily Example", "Harbour bridge reopens"},
		{"Harbour bridge reopens - The Daily Example", "", "Harbour bridge reopens"},
		{"The Daily Example: Harbour bridge reopens", "The Daily Example", "Harbour bridge reopens"},
		{"Brexit: what happens next", "", "Brexit: what happens next"},
		{"Storm - a short history of the word storm in English", "", "Storm - a short history of the word storm in English"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, StripSiteSuffix(tt.title, tt.site), "title %q", tt.title)
	}
}

func TestDice(t *testing.T) {
	assert.InDelta(t, 1.0, Dice("Harbour bridge reopens", "harbour bridge REOPENS!"), 1e-9)
	assert.Less(t, Dice("Harbour bridge reopens", "Snow closes schools"), 0.3)
	assert.Greater(t, Dice("Harbour bridge reopens", "Harbour bridge reopens | The Daily Example"), 0.5)
	assert.Zero(t, Dice("", "x"))
}
