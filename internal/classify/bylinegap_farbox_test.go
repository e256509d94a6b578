package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFarAuthorBox reads the author's box wherever it stands after the article,
// past a long list of teasers, when it is a card (the photo's label and the name)
// over the author's bio. A company's or a product's box, a name over a description
// that opens with it, is no author's.
func TestFarAuthorBox(t *testing.T) {
	bio := "Jane covers the harbour towns and the people who keep their piers and boats working."
	tests := []struct {
		name string
		box  []string
		want []string
	}{
		{"a card over the bio", []string{"About the Contributor", "Jane Doe", "Jane Doe", bio}, []string{"Jane Doe"}},
		{"a card with its job title over the bio", []string{"Jane Doe", "Jane Doe, Harbour Editor", bio}, []string{"Jane Doe"}},
		{"a company over its description", []string{"Harbour Works Limited", "Harbour Works builds and mends piers, slipways and sea walls along the whole coast."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := pageWithFarBox(tt.box)
			blocks, _ := readDump(lines(ls...), false)
			Blocks(blocks)
			assert.Equal(t, tt.want, bylineNames(blocks))
		})
	}
}

// pageWithFarBox is a post's page whose box (an author's card, a company's) stands
// far past the article: under the related posts' list of eight teasers and their
// "Read more" links, over the newsletter's sign-up.
func pageWithFarBox(box []string) []string {
	ls := append([]string{"Harbour Notes", "Home", "Walks", "Rebuilding the old pier"}, reflowProse...)
	ls = append(ls, "Related posts")
	for _, w := range []string{"Walking", "Sailing", "Fishing", "Rowing", "Swimming", "Diving", "Cycling", "Climbing"} {
		ls = append(ls, w+" along the coast path this winter", "Read more")
	}
	return append(append(ls, box...), "Subscribe to our weekly letter")
}
