package newsparse

import (
	"strings"
	"testing"
)

// TestHeadlineNotAYearlessDate covers blogs and event pages that print a post's date
// as a month and a day with no year, between the title and the byline: the date line
// is no headline, however close it stands to the byline.
func TestHeadlineNotAYearlessDate(t *testing.T) {
	menu := harbourMenu()
	galleries := strings.Repeat("HOME\n\nGALLERIES\n\nPHOTO TOURS\n\nPRESETS\n\nSHOP\n\nBLOG\n\nABOUT\n\nCONTACT\n\n", 3)
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	tests := []struct {
		name, dump, want string
	}{
		{"a month and a day over the byline",
			galleries + "Composition techniques in harbour photography\n\nLearn\n\nMay 28\n\nWritten By Jane Doe" + body,
			"Composition techniques in harbour photography"},
		{"a day and a month with its weekday",
			galleries + "Composition techniques in harbour photography\n\nLearn\n\nTuesday, 3rd June\n\nWritten By Jane Doe" + body,
			"Composition techniques in harbour photography"},
		{"a title that names a day stays one",
			menu + "May Day on the Harbour: Ten Boats to See\n\nBy Jane Doe\n\nMay 1" + body,
			"May Day on the Harbour: Ten Boats to See"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}
