package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineOpeningWithAName: a title whose first words read as a name (a
// product's or a brand's) right over a byline naming someone else is the headline,
// not an author's line, and outweighs a long label over it.
func TestHeadlineOpeningWithAName(t *testing.T) {
	body := strings.Repeat("The pack carried a week of food over two passes without a single sore shoulder at the end of the day. ", 2) +
		"\n\nIts hip belt wore through on the fourth day, which the maker replaced without a question asked.\n"
	tests := []struct {
		name, dump, want string
	}{
		{"a product's name opens the title over a byline",
			"Featured Gear Reviews Hiking Gear Feature\n\nHalden Ridge 55L Pack Review\n\nBy Ana Ruiz\n\nMarch 3, 2026\n\nShare\n\n" + body,
			"Halden Ridge 55L Pack Review"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
