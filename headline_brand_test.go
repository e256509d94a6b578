package newsparse

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
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

// TestTitledBelow: a line under the first title-like line is read as a title, not as
// an author's line, when its first name ends at a colon or a byline naming someone
// else stands right under it.
func TestTitledBelow(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"an author's line with a role", []string{"Jane Doe Senior Reviewer", "March 3, 2026"}, false},
		{"a name ending at a colon", []string{"Halden: Light-Weight Trail Pack System", "Ana", "March 3, 2026"}, true},
		{"a product's name over a byline", []string{"Halden Ridge Trail Pack Review", "By Ana Ruiz"}, true},
		{"a title crediting its author", []string{"Trail Pack Guide by Ana Ruiz", "March 3, 2026"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, forms := make([]block.Block, len(tt.lines)), make([]form, len(tt.lines))
			for i, l := range tt.lines {
				blocks[i].Text = l
				forms[i] = readForm(l)
				forms[i].Names, forms[i].ByExplicit = parseByline(l)
			}
			assert.Equal(t, tt.want, titledBelow(blocks, forms, 0))
		})
	}
}
