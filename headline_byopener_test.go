package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineOverSplitByline: a dump that breaks the link around an author's name
// prints "By" on a line of its own over the name; that label is the headline's front
// matter, not the next entry of a menu, so a short headline between a section label
// and it is not taken for one of the menu's entries.
func TestHeadlineOverSplitByline(t *testing.T) {
	body := strings.Repeat("Our pantry shelves finally hold every jar we own, sorted by the size of the lid and labelled in pencil. ", 2) +
		"\n\nThe boards came from an old bookcase, cut down and sanded over two weekends before the first coat of oil went on.\n"
	menu := strings.Repeat("Home\n\nWorkshop\n\nKitchen\n\nGarden\n\nTools\n\nAbout Us\n\nContact\n\n", 3)
	tests := []struct {
		name, dump, want string
	}{
		{"a section label over the headline, By over the name",
			menu + "Home Projects Weekly\n\nKitchen Storage\n\nPantry shelves, explained\n\nBy\n\nJan Berg\n\nMarch 3, 2024\n\n" + body,
			"Pantry shelves, explained"},
		{"Written by over the name",
			menu + "Home Projects Weekly\n\nKitchen Storage\n\nPantry shelves, explained\n\nWritten by\n\nJan Berg\n\nMarch 3, 2024\n\n" + body,
			"Pantry shelves, explained"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
