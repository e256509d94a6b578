package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAuthorMarkedNames(t *testing.T) {
	tests := []struct {
		line   string
		marked bool
		want   []string
	}{
		{"Jane Doe", true, []string{"Jane Doe"}},
		{"Kev", true, []string{"Kev"}},
		{"Jane Doe", false, nil},
		{"Author", true, nil},
		{"About the author", true, nil},
		{"Jane Doe writes about the coast and its towns.", true, nil},
		{"", true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			assert.Equal(t, tc.want, AuthorMarkedNames(tc.line, tc.marked))
		})
	}
}
