package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTitleUnderKicker(t *testing.T) {
	body := strings.Join(reflowProse, "\n")
	const title = "Harbour Board Backs Plan to Rebuild the Old Pier"
	tests := []struct {
		name, top, want string
	}{
		{"a section label above the title", "Coast & Boats\n" + title + "\n", title},
		{"a breadcrumb trail", "Home » Local News\n" + title + "\nBy Jane Doe\n", title},
		{"a back link", "< Back to all stories\n" + title + "\n", title},
		{"a numbered menu entry", "2. Local News\n" + title + "\n", title},
		{"a sentence-case title under a label", "Coast & Boats\nHarbour board backs plan to rebuild the old pier\n", "Harbour board backs plan to rebuild the old pier"},
		{"a standfirst under a title-case title", "Rebuilding Harbour Piers\nWhy the harbour board changed its mind after a decade\n", "Rebuilding Harbour Piers"},
		{"the title's own byline first", "Rebuilding the Old Pier\nBy Jane Doe\nWhy the Harbour Board Changed Its Mind After a Decade\n", "Rebuilding the Old Pier"},
		{"a longer first line is no kicker", "The Harbour Board Meets Again Tonight\n" + title + "\n", "The Harbour Board Meets Again Tonight"},
		{"a finished statement under it is no title", "Coast & Boats\nThe harbour board voted to rebuild the old pier on Tuesday.\n", "Coast & Boats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.top + body + "\n")
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Headline)
			assert.Equal(t, reflowProse, bodyTexts(a), "the body is untouched")
		})
	}
}

func TestHasTrailMark(t *testing.T) {
	for s, want := range map[string]bool{
		"Home » News": true, "Blog / Tips": true, "News > Nation": true, "< Back to blog": true,
		"2. Local News": true, "• Guides": true, "30 Years of <br> Tags": false, "4.5 Stars": false,
		"\"Quoted\" Title": false, "Coast & Boats": false, "UX/UI Design": false,
	} {
		assert.Equal(t, want, hasTrailMark(s), s)
	}
}
