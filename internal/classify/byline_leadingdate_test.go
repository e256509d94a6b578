package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBylineAfterLeadingDate: a post's meta line that prints its date before the
// author ("October 11, 2023 by Jane Doe") is an explicit byline, whatever form the
// date takes; a line whose words before "by" are not all a date is read as before.
func TestBylineAfterLeadingDate(t *testing.T) {
	for _, tc := range []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"October 11, 2023 by Jane Doe", []string{"Jane Doe"}, true},
		{"11/19/2019 by Jane Doe", []string{"Jane Doe"}, true},
		{"Published on May 3, 2017 By Jane Doe", []string{"Jane Doe"}, true},
		{"September 1st, 2023 By Jane Doe", []string{"Jane Doe"}, true},
		{"12 March 2024 by Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}, true},
		{"Stories from 2023 by Jane Doe", nil, false},
		{"The harbour wall was rebuilt in 2023 by Jane Doe's firm", nil, false},
	} {
		names, explicit := ParseByline(tc.line)
		assert.Equal(t, tc.names, names, tc.line)
		assert.Equal(t, tc.explicit, explicit, tc.line)
	}
}
