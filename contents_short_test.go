package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHeadingAfterRemovedEntry: a short list of the article's sections above it,
// too short to read as a table of contents, goes as navigation with the menu
// around it; the sections' headings that repeat its entries inside the body are the
// article's own, not duplicates of it.
func TestHeadingAfterRemovedEntry(t *testing.T) {
	dump := "Harbour board backs plan to rebuild the old pier\n\nIn this article\n\nHome\n\n" +
		"Why the pier matters\n\nWhat happens next\n\nShare\n\n" +
		reflowProse[0] + "\n\nWhy the pier matters\n\n" + reflowProse[1] + "\n\nWhat happens next\n\n" + reflowProse[2] + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	var subheads []string
	for _, p := range a.Paragraphs {
		if p.Kind == ParagraphSubheading {
			subheads = append(subheads, p.Text)
		}
	}
	assert.Equal(t, []string{"Why the pier matters", "What happens next"}, subheads)
	removed := map[string]int{}
	for _, r := range a.Removed {
		removed[r.Text]++
	}
	assert.Equal(t, 1, removed["Why the pier matters"], "only the entry above the body goes")
}
