package newsparse

import (
	"testing"
	"time"

	"github.com/newsparse/newsparse/internal/htmldom"
	"github.com/stretchr/testify/assert"
)

// TestLooseTimeValue reads the human date forms that metadata fields hold; a value
// that is not all date reads nothing.
func TestLooseTimeValue(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"20 Nov 2019 08:02 GMT", time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC)},
		{"11/20/2019", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"November 20, 2019", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"Jun 24, 2025", time.Date(2025, 6, 24, 0, 0, 0, 0, time.UTC)},
		{"about 3 weeks ago", time.Time{}},
		{"2019", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.True(t, looseTimeValue(tt.in).Equal(tt.want), "got %v", looseTimeValue(tt.in))
			assert.True(t, htmldom.ParseTime(tt.in).IsZero(), "the strict reader takes only machine forms")
		})
	}
}
