package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamedPictureByline reads a byline off the author's card that closes a post:
// the photo's label, which is the name, over the name and the post's date, as w3m
// and lynx print it bare and pandoc and html2text in brackets. The card is one sign
// among those findPageByline weighs: a label under its picture, with no date or bio,
// names nobody.
func TestNamedPictureByline(t *testing.T) {
	head := []string{"Harbour Notes", "Home", "Walks", "About", "Rebuilding the old pier"}
	tests := []struct {
		name string
		tail []string
		want []string
	}{
		{"name under its photo's bare label, over the date", []string{"Jane Doe", "Jane Doe", "3 March 2026"}, []string{"Jane Doe"}},
		{"name under its photo's label in brackets, over the date", []string{"[Jane Doe]", "Jane Doe", "3 March 2026"}, []string{"Jane Doe"}},
		{"name twice on one line, over the date", []string{"Jane Doe Jane Doe", "3 March 2026"}, []string{"Jane Doe"}},
		{"a label under its picture's label, with no date, names nobody", []string{"[Walking Guides]", "Walking Guides"}, nil},
		{"a label printed twice, with no date, names nobody", []string{"Walking Guides", "Walking Guides"}, nil},
		{"a bio under the card's job title", []string{"Jane Doe", "Coast Copywriter", "Jane covers the harbour towns and the people who keep their piers and boats working."}, []string{"Jane Doe"}},
		{"a bio under the card's profile links", []string{"[Jane Doe]", "Jane Doe", "• Mastodon", "• LinkedIn", "Jane covers the harbour towns and the people who keep their piers and boats working."}, []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append(append(append([]string{}, head...), reflowProse...), tt.tail...)
			ls = append(ls, "Related posts", "Walking the coast path in winter", "A guide to the lime kilns")
			blocks, _ := readDump(lines(ls...), false)
			Blocks(blocks)
			assert.Equal(t, tt.want, bylineNames(blocks))
		})
	}
}
