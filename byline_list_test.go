package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoBylineUnderListLabel covers a box of teasers under the article's front
// matter: the title-cased first entry under a label that announces the list
// ("Popular posts:") stands within a byline's reach of the headline but is no byline,
// while a name under an author label ("Written by:") still is.
func TestNoBylineUnderListLabel(t *testing.T) {
	body := "\n\n" + wrapAll(80, "", "\n")
	head := "How the Harbour Board Plans to Rebuild the Old Pier"
	tests := []struct {
		name, front string
		want        []string
	}{
		{"a teaser under a list label", head + "\n\nJane Doe\n\nMarch 3, 2026\n\nPopular posts:\n\nA Slow-Cooked Chowder for Winter and Beyond\n\nYes, Gulls: How to Live With the Noisy Neighbours", []string{"Jane Doe"}},
		{"a name under an author label", head + "\n\nWritten by:\n\nJane Doe\n\nMarch 3, 2026", []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.front + body)
			require.NoError(t, err)
			assert.Equal(t, head, a.Headline)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}
