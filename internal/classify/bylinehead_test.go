package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

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
