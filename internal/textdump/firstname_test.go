package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamesOverFirstName: an author box's bio often opens with the author's first
// name alone, under a heading that gives the full name.
func TestNamesOverFirstName(t *testing.T) {
	bio := func(s string) Line { return Line{Text: s, Words: 20, Prose: true} }
	head := func(s string) Line { return Line{Text: s, Words: 4} }
	tests := []struct {
		name string
		h, p Line
		want bool
	}{
		{"label and full name", head("Written by Mara Quill-Jones"), bio("Mara has covered the coast for twenty years and still cannot tell one gull from another."), true},
		{"about and full name", head("About Tomas Reyes"), bio("Tomas is a travel writer who has crossed every ferry route in the islands at least twice."), true},
		{"the name alone", head("Ines Varga Molnar"), bio("Ines writes about food and markets, and keeps a list of the best bakeries in the county."), true},
		{"full name in the bio as before", head("About Ines Varga"), bio("Ines Varga writes about food and markets, and keeps a list of the best bakeries."), true},
		{"a product with a digit", head("Osprey Atmos 65"), bio("Osprey makes packs in three sizes, and this one carries a week of food with room to spare."), false},
		{"another first word", head("About Tomas Reyes"), bio("Ines is a travel writer who has crossed every ferry route in the islands at least twice."), false},
		{"the bio runs on in capitals", head("Harbour Tours"), bio("Harbour Tours runs boats from the quay every hour in summer and twice a day in winter."), true},
		{"a capital after the first word", head("About Tomas Reyes"), bio("Tomas Brewing is a new taproom on the quay that opened in March with six beers on tap."), false},
		{"too many label words", head("Read more from our writer Tomas Reyes"), bio("Tomas is a travel writer who has crossed every ferry route in the islands at least twice."), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, NamesOver(tt.h, tt.p))
		})
	}
}
