package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamedPictureByline reads a byline off the author's card that closes a post:
// the photo's label, which is the name, over the name and the post's date, as w3m
// and lynx print it bare and pandoc and html2text in brackets. The card is one sign
// among those findPageByline weighs: a label under its picture, with no date or bio,
// names nobody. A label that adds a word for the picture ("Jane Doe's headshot")
// names the person as the bare label does.
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
		{"possessive label", []string{"Jane Doe's headshot", "Jane Doe", "3 March 2026"}, []string{"Jane Doe"}},
		{"label with a profile photo", []string{"[Jane Doe profile photo]", "Jane Doe", "3 March 2026"}, []string{"Jane Doe"}},
		{"label that opens with the picture", []string{"Headshot of Jane Doe", "Jane Doe", "3 March 2026"}, []string{"Jane Doe"}},
		{"a label's picture under its label, with no date, names nobody", []string{"Walking Guides image", "Walking Guides"}, nil},
		{"another person's photo over the name names nobody", []string{"John Roe's headshot", "Jane Doe"}, nil},
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

// A site labels the author's photo with the name and a word for the picture; the
// person it names is the name alone.
func TestPictureOf(t *testing.T) {
	tests := []struct{ label, want string }{
		{"Jane Doe's headshot", "Jane Doe"},
		{"Jane Doe\u2019s image", "Jane Doe"},
		{"Jane Doe profile pic", "Jane Doe"},
		{"Jane Doe Profile Photo", "Jane Doe"},
		{"Headshot of Jane Doe", "Jane Doe"},
		{"Jane Doe", "Jane Doe"},
		{"Harbour Walks", "Harbour Walks"},
		{"Photo", "Photo"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, pictureOf(tt.label), tt.label)
	}
}

// An author's card prints the name, then the name again with the position after
// it, run on or glued; another person's name, or words that name no position, make
// no card.
func TestCardRepeatsName(t *testing.T) {
	tests := []struct {
		card []string
		want bool
	}{
		{[]string{"Jane Doe", "Jane DoeFounder at Harbour Shop"}, true},
		{[]string{"Jane Doe", "Jane Doe Founder & Lead Reviewer"}, true},
		{[]string{"Jane Doe", "Jane Doe, Senior Editor"}, true},
		{[]string{"Jane Doe", "John Roe Senior Editor"}, false},
		{[]string{"Jane Doe", "Jane Doe Harbour Walks"}, false},
		{[]string{"Jane Doe", "Jane Doe"}, false},
		{[]string{"Jane Doe", "Jane Doe is the founder of a shop on the harbour."}, false},
		{[]string{"Regan", "Regan Founder"}, false}, // one word names nobody on its own
	}
	for _, tt := range tests {
		blocks, _ := readDump(lines(tt.card...), false)
		forms := make([]Form, len(blocks))
		for i := range blocks {
			forms[i] = readBlockForm(&blocks[i])
		}
		if !assert.Len(t, blocks, 2, tt.card) {
			continue
		}
		assert.Equal(t, tt.want, cardRepeatsName(blocks, forms, 1, blocks[0].Text), tt.card)
	}
}

// A shop's blog: the banner over the page may be read as the headline, and the
// author's card ("Jane Doe" / "Jane DoeFounder at ...") stands over a share bar and
// a contents label just above the body. The card names the author whatever line
// was read as the headline; a name whose next line names another person is none.
func TestBylineCardAboveBody(t *testing.T) {
	head := []string{"Free returns on every order • Two-year warranty", "Shop", "Desks", "Lamps", "Journal",
		"5 min read", "March 3, 2026", "How to set up a standing desk at home: a checklist"}
	tests := []struct {
		name string
		card []string
		want []string
	}{
		{"name over the name and position, glued", []string{"Jane Doe", "Jane DoeFounder at Harbour Desks"}, []string{"Jane Doe"}},
		{"name over the name and position, spaced", []string{"Jane Doe", "Jane Doe Founder & Lead Reviewer"}, []string{"Jane Doe"}},
		{"the card's photo over the name", []string{"[svg]", "Jane Doe", "Jane Doe Founder & Lead Reviewer"}, []string{"Jane Doe"}},
		{"another person's position names nobody", []string{"Jane Doe", "John Roe Founder at Harbour Desks"}, nil},
		{"the name twice with no position names nobody", []string{"Standing Desks", "Standing Desks Oak Tops"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append(append(append([]string{}, head...), tt.card...), "Share Link copied!", "Table of contents")
			ls = append(append(ls, reflowProse...), "Related posts", "Choosing a desk lamp", "A guide to oak tops")
			blocks, _ := readDump(lines(ls...), false)
			Blocks(blocks)
			assert.Equal(t, tt.want, bylineNames(blocks))
		})
	}
}
