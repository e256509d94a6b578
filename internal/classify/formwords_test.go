package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHasWeekdayDate: a weekday's first copy followed by a month's name is a
// written date; a later copy of the same weekday is not read, another weekday's is.
func TestHasWeekdayDate(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"fans gather in the square, tuesday, nov. 19, 2019, in the old town.", true},
		{"on monday, the council met. on monday, jan. 5 it voted.", false},
		{"on monday, jan 5 and again on tuesday, the ninth.", true},
		{"sunday, and saturday, march 3, 2020", true},
		{"friday, friday, may 1", false},
		{"a holiday, a sunday, a monday, june 2", true},
		{strings.ToLower("Crowds gather, Tuesday, Nov. 19, 2019."), true},
		{"today, everyone waves at the camera", false},
		{"day, ", false},
		{"wednesday, ", false},
		{"thursday,dec 4", false},
		{"", false},
	} {
		assert.Equal(t, tt.want, hasWeekdayDate([]byte(tt.line)), "line %q", tt.line)
	}
}

// TestHasFourDigits checks the runs of digits hasFourDigits finds after skipping
// to each run.
func TestHasFourDigits(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"", false}, {"2024", true}, {"Published 9 Jan 2022", true}, {"123 456 7890", true},
		{"12a34", false}, {"v1.2.3", false}, {"Room 101, floor 12", false}, {"x12345", true},
		{"999", false}, {"abc 12 34 5678", true}, {"12345678901234567", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, hasFourDigits(tt.s), "line %q", tt.s)
	}
}

// TestIsTitleCase: three words or more, and four in five of the words of four
// letters or more after the first open with a capital or a digit; quotes and
// brackets around a word and letters past ASCII count as the word's.
func TestIsTitleCase(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"The Harbour Opens Again", true},
		{"The harbour opens again", false},
		{"Über Café Naïve Élan", true},
		{"A aéb Cafés Zürich Straße", true},
		{"The “Quoted” Words (Here)", true},
		{"One 2024 Report Shows", true},
		{"Photos: The Old Pier At Dawn", true},
		{"the Pier and the Harbour Wall", true},
		{"Ten Ways To Walk The Coast Path", true},
		{"ÉTÉ Été été Été Été", false},
		{"Jane Doe", false},
		{"", false},
	} {
		assert.Equal(t, tt.want, isTitleCase(tt.line), "line %q", tt.line)
	}
}
