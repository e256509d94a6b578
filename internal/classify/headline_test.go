package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHasControlMark(t *testing.T) {
	for s, want := range map[string]bool{
		"(BUTTON) Subscribe": true, "Search ____________________": true, "[ ] Remember me": true,
		"IFRAME: https://example.org/frame": true, "#Coast Gazette » Feed Coast Gazette » Comments Feed": true,
		"# Harbour board backs plan": false, "Harbour board backs plan": false, "C# Tips for Beginners": false,
		"The #1 Ferry Route": false,
	} {
		assert.Equal(t, want, HasControlMark(s), s)
	}
}

func TestIsNamesLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Jane Doe": true, "Jane Doe and John Roe": true, "Jane Doe, Staff Writer": true,
		"Jane Doe 27/09/2018": true, "Harbour Trends in 2025, According to Boatmen": false,
		"Harbour Beat: Ferry Timetables, Pier Repairs, & More": false, "Pier Building 101: The Complete Guide for Beginners": false,
		"Harbour Guide 2026: Where to Moor and What It Costs": false, "Authors: Jane Doe, John Roe": true,
	} {
		f := ReadForm(s)
		f.Names, _ = ParseByline(s)
		assert.Equal(t, want, IsNamesLine(f, s), s)
	}
}

func TestSeveralSentences(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"We test every product we recommend. When you buy through our links, we may earn a commission.", true},
		{"Corporate Relocation Company vs. Moving Company: Which One Is Right for Your Growing Business.", false},
		{"What Are the Different Types of Mobile Apps? And How Do You Choose the Right One for You?", false},
		{"A short line. Two.", false}, // not prose
		{"The festival opened on a cold evening with a parade through the old town and music until late.", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SeveralSentences(ReadForm(tt.in), tt.in), tt.in)
	}
}

func TestOpensWithImageMark(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"![Site logo](https://example.org/logo.png)", true},
		{"[Site logo] Harbourside", true},
		{"[Photo of the author]By Jan Berg", true},
		{"[The old pier at dawn, seen from the ferry]", true},
		{"[Festival guide] The old pier reopens for a summer of music and food stalls", false},
		{"[Updated] Harbour board backs plan", false},
		{"[VIDEO] Harbour board backs plan", false},
		{"Harbour board backs plan [video]", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, OpensWithImageMark(tt.in), tt.in)
	}
}

func TestHasClockTime(t *testing.T) {
	for s, want := range map[string]bool{"Today 12:01 AM": true, "9.30 pm": true, "Version 2.1": false, "Room 101": false} {
		assert.Equal(t, want, HasClockTime(s), s)
	}
}

// TestCreditsReviewer: a line opening with a reviewer's or fact-checker's label and
// a name credits a person; a title that merely holds such words does not.
func TestCreditsReviewer(t *testing.T) {
	for s, want := range map[string]bool{
		"Reviewed by Jane Doe, CPA, EA":             true,
		"Fact checked by Jane Doe":                  true,
		"Medically reviewed by: Jane Doe, MD":       true,
		"Reviewed by":                               false, // the label alone is BylineLabel's
		"Reviewed by our editors every month":       false,
		"Why every plan should be reviewed by June": false,
		"Jane Doe":                                             false,
		"Reviewed by Jane Doe and John Roe":                    true,
		"Expert reviewed by Dr. Jane Doe":                      true,
		"Reviewed By Critics: The Year's Films":                false,
		"Reviewed By The Board Of Trustees Of The Royal Trust": false,
	} {
		assert.Equal(t, want, CreditsReviewer(s), s)
	}
}
