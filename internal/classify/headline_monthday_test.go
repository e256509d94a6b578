package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMonthDay(t *testing.T) {
	for s, want := range map[string]bool{
		"May 28": true, "28 May": true, "Dec. 18": true, "June 3rd": true, "Tuesday, June 3rd": true,
		"Sat 1 March": true, "september 30": true,
		"May 32": false, "May 0": false, "May 28, 2024": false, "May Day": false, "28 Days": false,
		"Top 10": false, "June": false, "Posted May 28": false, "May 28 Tuesday Update": false, "May 2nd Edition": false,
	} {
		assert.Equal(t, want, MonthDay(s), s)
	}
}
