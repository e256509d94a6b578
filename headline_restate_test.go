package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineOverRestatingSubtitle: a subtitle under a short title that ends with
// the title's words, written in other letter case, restates it: the title is the
// headline. A section's label copied letter for letter into the end of the headline
// under it is a kicker, and the longer line stays the headline.
func TestHeadlineOverRestatingSubtitle(t *testing.T) {
	body := strings.Repeat("The allotment society met on Tuesday to share out the spring seed order and agree the rota for watering. ", 2) +
		"\n\nMost plots will be dug over before the end of the month, weather allowing, and the shed roof mended.\n"
	tests := []struct {
		name, dump, want string
	}{
		{"a two-word title over a sentence ending with it",
			"Spring planting\n\nPractical notes for a good season of spring planting\n\n" + body, "Spring planting"},
		{"a title over a welcome ending with it in title case",
			"Allotment society newsletter\n\nWelcome to the Allotment Society Newsletter\n\n" + body, "Allotment society newsletter"},
		{"a section label copied into the headline's end",
			"Seed Swaps\n\nWhere to Find the Best Seed Swaps\n\nBy Ana Ruiz\n\n" + body, "Where to Find the Best Seed Swaps"},
		{"a one-word label is no title restated",
			"Planting\n\nNotes for a season of spring planting\n\nBy Ana Ruiz\n\n" + body, "Notes for a season of spring planting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
