package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBylineUnderLabelAwayFromFront covers an author box's label on a line of its own
// over the name alone ("Written By" / "Jane Doe"), which a whole page's dump may put
// inside the article's span or after it, where no front byline was read: the box
// names the author. One word under a lone "By" is a menu's entry, and boxes with
// different people (teasers' authors, a listing's entries) name nobody.
func TestBylineUnderLabelAwayFromFront(t *testing.T) {
	paras := wrapAll(80, "", "\n\n")
	tail := "\n\nMore from the harbour\n\nTide Tables\n\nFerry Times\n\n"
	// A listing's fields between its entries, more lines than a byline is looked
	// for after the text.
	entries := strings.Repeat("Format: Guide\n\nLicense: Open\n\nGo to Guide\n\n", 6)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"box after the story", harbourFront + "\n\n" + paras + tail + "Written By\n\nJane Doe\n\n", []string{"Jane Doe"}},
		{"label with a colon", harbourFront + "\n\n" + paras + tail + "Author:\n\nJane Doe\n\n", []string{"Jane Doe"}},
		{"a menu's entry", harbourFront + "\n\n" + paras + tail + "By\n\nRegion\n\n", nil},
		{"a listing's entries", harbourFront + "\n\n" + paras + "\n\nBy:\n\nJane Doe, John Roe\n\nA guide to the harbour's history, from the first wharf to the new pier.\n\n" + entries + "By:\n\nAnn Lee\n\nA walk along the old harbour wall, with notes on the birds that nest there.\n\n", nil},
		{"two boxes", harbourFront + "\n\n" + paras + tail + "Written By\n\nJane Doe\n\nTide Tables\n\nWritten By\n\nJohn Roe\n\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.text)
			require.NoError(t, err)
			assert.Equal(t, harbourHead, a.Headline)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}
