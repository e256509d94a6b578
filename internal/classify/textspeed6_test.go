package classify

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/testinput"
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

// refIsTitleCase is isTitleCase without its fast path for words with an ASCII letter
// at both ends.
func refIsTitleCase(s string) bool {
	long, capital, words := 0, 0, 0
	for _, w := range strings.Fields(s) {
		words++
		if words == 1 || len(w) < 4 {
			continue
		}
		w = strings.Trim(w, "\"'“”‘’()[]:,-–—")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			capital++
		}
	}
	return words >= 3 && long >= 2 && capital*5 >= long*4
}

// TestIsTitleCaseFastPath checks isTitleCase against its plain definition on the
// corpus's lines, the fixtures, random strings, and words that end in letters around
// characters past ASCII.
func TestIsTitleCaseFastPath(t *testing.T) {
	lines := testinput.Lines(t, "../../testdata/text/*.txt", "../../../shared/corpus/text/dev/*.txt")
	lines = append(lines, "The Harbour Opens Again", "The harbour opens again", "Über Café Naïve Élan",
		"A aéb Cafés Zürich Straße", "The “Quoted” Words (Here)", "One 2024 Report Shows", "")
	for _, s := range lines {
		assert.Equal(t, refIsTitleCase(s), isTitleCase(s), "line %q", s)
	}
}
