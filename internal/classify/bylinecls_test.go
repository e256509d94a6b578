package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An opener of another language that opens English phrases too ("Door", "Par",
// "Von", "Di") makes a byline only of a whole name after it: a shop's menu entry
// ("Door Hinges & Gate Latches", "Par Three Courses") goes on with a lone word.
func TestParseBylineHomographOpener(t *testing.T) {
	tests := []struct {
		line     string
		want     []string
		explicit bool
	}{
		{"Door Hinges & Gate Latches", nil, false},
		{"Door Hinges", nil, false},
		{"Door Hinges and Door Stops", nil, false},
		{"Par Avion", nil, false},
		{"Von Trapp", nil, false},
		{"Door Anneke van Dijk", []string{"Anneke van Dijk"}, true},
		{"door Anneke van Dijk", []string{"Anneke van Dijk"}, true},
		{"Di Giulia Bianchi", []string{"Giulia Bianchi"}, true},
		{"Von Anna Schmidt", []string{"Anna Schmidt"}, true},
		// "By" makes a lone word a name, as ever.
		{"By Regan", []string{"Regan"}, true},
	}
	for _, tt := range tests {
		names, explicit := ParseByline(tt.line)
		assert.Equal(t, tt.want, names, tt.line)
		assert.Equal(t, tt.explicit, explicit, tt.line)
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

// The author's card whose photo is labelled "Jane Doe's headshot" is the card of a
// photo labelled "Jane Doe": one more sign for the name under it.
func TestNamedPictureWithPictureWord(t *testing.T) {
	head := []string{"Harbour Notes", "Home", "Walks", "About", "Rebuilding the old pier"}
	tests := []struct {
		name string
		tail []string
		want []string
	}{
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
