package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWithTitle(t *testing.T) {
	page := "Local News\nWeekend edition with stories from the coast\nHarbour board backs plan to rebuild the old pier\nBy Jane Doe\n" +
		strings.Join(reflowProse, "\n") + "\n"
	tests := []struct {
		name, title, want string
		removed           bool
	}{
		{"no title: the dump's own choice", "", "Weekend edition with stories from the coast", false},
		{"site suffix stripped, matching line chosen", "Harbour board backs plan to rebuild the old pier | Coast Gazette", "Harbour board backs plan to rebuild the old pier", false},
		{"a near match is the line", "Harbour board backs plan to rebuild old pier - Coast Gazette", "Harbour board backs plan to rebuild the old pier", false},
		{"no line matches: the title itself", "Pier vote: what it means for the town", "Pier vote: what it means for the town", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opts []Option
			if tc.title != "" {
				opts = append(opts, WithTitle(tc.title))
			}
			a, err := ParseText(page, opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Headline)
			assert.Equal(t, reflowProse, bodyTexts(a))
			if tc.removed {
				assert.Contains(t, a.Removed, Removed{Text: "Weekend edition with stories from the coast", Reason: ReasonNavigation})
			}
		})
	}
}
