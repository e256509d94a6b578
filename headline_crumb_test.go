package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHeadlineAmongFrontMatter: the headline is weighed among the lines before the
// body, not taken as the first: a breadcrumb trail ending with it a few lines
// higher, or printed under it, is not it, and points to it; a title of two words at the top of a dump
// can be it, unless a longer title follows it or it stands in a menu.
func TestHeadlineAmongFrontMatter(t *testing.T) {
	body := strings.Repeat("Our pantry shelves finally hold every jar we own, sorted by the size of the lid and labelled in pencil. ", 2) +
		"\n\nThe boards came from an old bookcase, cut down and sanded over two weekends before the first coat of oil went on.\n"
	menu := strings.Repeat("Home\n\nWorkshop\n\nKitchen\n\nGarden\n\nTools\n\nAbout Us\n\nContact\n\n", 3)
	tests := []struct {
		name, dump, want string
	}{
		{"a trail with slashes, a section label between",
			"Home / Workshop / Pantry shelves that last\n\nWorkshop, Kitchen\n\nPantry shelves that last\n\nBy Jan Berg\n\n" + body, "Pantry shelves that last"},
		{"a trail with arrows, a label between",
			"Home › Guides › Pantry shelves that last\n\nGUIDE 2026\n\nPantry shelves that last\n\n" + body, "Pantry shelves that last"},
		{"a trail of plain words right above",
			"Home Guides Pantry shelves that last\n\nPantry shelves that last\n\nBy Jan Berg\n\n" + body, "Pantry shelves that last"},
		{"a title of two words at the top, the text under it",
			"Pantry Shelves\n\nNotes from a weekend in the workshop, with measurements.\n\n" + body, "Pantry Shelves"},
		{"a section label of two words over the headline",
			"Home Projects\n\nPantry shelves that last for years\n\nBy Jan Berg\n\n" + body, "Pantry shelves that last for years"},
		{"two words in a menu are no title",
			"Home Shop\n\nAbout Us\n\nContact\n\nPantry shelves that last for years\n\nBy Jan Berg\n\n" + body, "Pantry shelves that last for years"},
		{"a trail under the headline",
			menu + "Pantry shelves that last\n\nWorkshop » Kitchen Projects » Pantry shelves that last\n\nBy Jan Berg\n\n" + body, "Pantry shelves that last"},
		{"a trail under the headline, a label between",
			menu + "Pantry shelves that last\n\nGUIDE 2026\n\nHome / Kitchen / Pantry shelves that last\n\n" + body, "Pantry shelves that last"},
		{"a question headline of two sentences stays",
			"Pantry Shelves or Cupboards? And Which Lasts Longer?\n\nBy Jan Berg\n\n" + body, "Pantry Shelves or Cupboards? And Which Lasts Longer?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}

// assertTextHeadline parses a text dump and checks the headline ParseText chose.
func assertTextHeadline(t *testing.T, dump, want string) {
	t.Helper()
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, want, a.Headline)
}
