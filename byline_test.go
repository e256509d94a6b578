package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAuthorBoxNames: of an author box's lines, only the name is a name: its label,
// the job title under it and a sentence of the bio are not.
func TestAuthorBoxNames(t *testing.T) {
	assert.Equal(t, []string{"Priya Raman"}, cleanNames([]string{"Written By", "Priya Raman", "Marketing Director", "I'm a physiotherapist"}))
}

// TestFrontBylines reads the lines between a headline and its body the way whole-page
// dumps print them: bare names within reach, labels split from their names, openers
// among the page's metadata, menu entries that are not names.
func TestFrontBylines(t *testing.T) {
	const head = "Harbour board backs plan to rebuild the old pier\n"
	body := strings.Join(reflowProse, "\n") + "\n"
	far := "Share this story\nSave for later\nListen to this article\nMost popular today\nWeather warning issued\n"
	tests := []struct {
		name, front string
		want        []string
	}{
		{"a name right under the headline", "Jane Doe\n", []string{"Jane Doe"}},
		{"a name under the date", "Tuesday 12 March 2024\nJane Doe\n", []string{"Jane Doe"}},
		{"a name far below is no byline", far + "Jane Doe\n", nil},
		{"a name under its label far below", far + "Written by\nJane Doe\n", []string{"Jane Doe"}},
		{"an explicit byline far below", far + "By Jane Doe\n", []string{"Jane Doe"}},
		{"an opener outweighs a reading time", "By Jane Doe · 12 March 2024 · 6 min read\n", []string{"Jane Doe"}},
		{"an opener before a dash and a date", "By Jane Doe — March 12, 2024 6 min read\n", []string{"Jane Doe"}},
		{"a label split from a one-word name", "Written by\nJane\n", []string{"Jane"}},
		{"a bare opener split from its name", "By\nJane Doe\n", []string{"Jane Doe"}},
		{"a reviewer's label opens no byline", "Reviewed by\nJane\n", nil},
		{"a reading time alone is no byline", "6 min read\n", nil},
		{"an opener after a field of page metadata", "0 · by Jane Doe · Updated 12 March 2024\n", []string{"Jane Doe"}},
		{"an opener after a bar", "Guides | By Jane Doe\n", []string{"Jane Doe"}},
		{"a bullet's menu entry is no byline", "• By Region\n", nil},
		{"a name-shaped menu entry", "Home\nUse Case\nPricing\n", nil},
		{"a name above a menu entry", "Jane Doe\nPricing\n", []string{"Jane Doe"}},
		// An icon font's glyph on a line of its own is no menu entry beside the name.
		{"a name between an icon and a label", "\ue023\n12 March 2024\n\ue08a\nJane Doe\nIn short\n", []string{"Jane Doe"}},
		{"a name between two menu entries", "Home\nJane Doe\nPricing\n", nil},
		{"a post's tags after the name and date", "Jane Doe 12 March 2024 Garden Tips, Spring Planting\n", []string{"Jane Doe"}},
		{"a site's team", "By Harbourtown Staff\n", []string{"Harbourtown Staff"}},
		{"a title run on after the name", "Written By: Jane Doe Executive Web Editor and Certified Beekeeper\n", []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(head + tt.front + body)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}
