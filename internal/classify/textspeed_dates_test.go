package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIsoOrNumericQuickReject checks the first test of isoOrNumeric: a token
// without a digit, a colon or a dot is no date and leaves the parts as they were,
// while a clock's failed read keeps what it always left behind.
func TestIsoOrNumericQuickReject(t *testing.T) {
	tests := []struct {
		tok  string
		ok   bool
		want dateParts
	}{
		{"harbour", false, dateParts{}},
		{"mid-week", false, dateParts{}},
		{"and/or", false, dateParts{}},
		{"abcd-efghi-tuvwxyz", false, dateParts{}},
		{"xy.pm", false, dateParts{pm: true}},
		{"re:buzz", false, dateParts{zone: "z"}},
		{"10:32", true, dateParts{hour: 10, min: 32, hasTime: true}},
		{"2021", true, dateParts{year: 2021}},
		{"9th", true, dateParts{numbers: 1, firstNumber: 9, lastNumber: 9}},
		{"12-03-2020", true, dateParts{year: 2020, month: 3, day: 12}},
	}
	for _, tt := range tests {
		t.Run(tt.tok, func(t *testing.T) {
			var p dateParts
			assert.Equal(t, tt.ok, p.isoOrNumeric(tt.tok))
			assert.Equal(t, tt.want, p)
		})
	}
}

// TestDateWordShapes checks that the shapes let every word of the date tables
// through, and keep out tokens no table holds.
func TestDateWordShapes(t *testing.T) {
	for w := range monthNames {
		assert.True(t, monthShapes.mayHold(w), w)
		assert.Positive(t, monthNamed(w), w)
	}
	for w := range foreignMonths {
		assert.True(t, monthShapes.mayHold(w), w)
	}
	for w := range weekdays {
		assert.True(t, weekdayShapes.mayHold(w), w)
		assert.True(t, isWeekday(w), w)
	}
	for w := range zoneOffsets {
		assert.True(t, zoneShapes.mayHold(w), w)
	}
	for w := range usZones {
		assert.True(t, zoneShapes.mayHold(w), w)
	}
	assert.True(t, isWeekday("segunda-feira"))
	for _, tok := range []string{"", "harbourmaster", "x", strings.Repeat("m", 80)} {
		assert.False(t, monthShapes.mayHold(tok), tok)
		assert.False(t, weekdayShapes.mayHold(tok), tok)
		assert.Zero(t, monthNamed(tok), tok)
	}
}
