package classify

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// refHasWeekdayDate is hasWeekdayDate as first written: one search for each
// weekday's first "<weekday>, ".
func refHasWeekdayDate(low []byte) bool {
	for _, d := range []string{"monday, ", "tuesday, ", "wednesday, ", "thursday, ", "friday, ", "saturday, ", "sunday, "} {
		i := bytes.Index(low, []byte(d))
		if i < 0 {
			continue
		}
		rest := low[i+len(d):]
		if sp := bytes.IndexAny(rest, " ."); sp > 0 {
			if _, ok := monthNames[string(rest[:sp])]; ok {
				return true
			}
		}
	}
	return false
}

// TestHasWeekdayDateOnePass checks the one search for "day, " against a search for
// each weekday, on lines where only a weekday's first copy, or another weekday's,
// is followed by a month.
func TestHasWeekdayDateOnePass(t *testing.T) {
	lines := []string{
		"fans gather in the square, tuesday, nov. 19, 2019, in the old town.",
		"on monday, the council met. on monday, jan. 5 it voted.",
		"on monday, jan 5 and again on tuesday, the ninth.",
		"sunday, and saturday, march 3, 2020",
		"friday, friday, may 1",
		"a holiday, a sunday, a monday, june 2",
		"today, everyone waves at the camera",
		"day, ",
		"wednesday, ",
		"thursday,dec 4",
		"",
	}
	for _, l := range lines {
		assert.Equal(t, refHasWeekdayDate([]byte(l)), hasWeekdayDate([]byte(l)), "line %q", l)
	}
	// The first copy of a weekday counts alone: its second copy's month is not read.
	assert.False(t, hasWeekdayDate([]byte("on monday, the council met. on monday, jan. 5 it voted.")))
	assert.True(t, hasWeekdayDate([]byte(strings.ToLower("Crowds gather, Tuesday, Nov. 19, 2019."))))
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
