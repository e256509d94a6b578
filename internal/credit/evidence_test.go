package credit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSlashCreditShape: a slash is a credit's mark only between parts shaped like a
// person's name or an organisation; ratings, sizes, abbreviations, field lines and
// bracketed alternatives hold the same mark and are not credits. A name beside a
// single unknown word is a credit only by its place (evidence 1).
func TestSlashCreditShape(t *testing.T) {
	tests := []struct {
		line     string
		min, max int
	}{
		// Credits on their own.
		{"Jane Doe/Reuters", 2, 3},
		{"REUTERS/Jane Doe", 2, 3},
		{"AP Photo/Jane Doe", 2, 3},
		{"Getty Images/iStockphoto", 2, 3},
		{"EPA-EFE/JANE DOE", 2, 3},
		{"Jane Doe/Harbour Photos", 2, 3},
		{"Jane Li/Harbour Photos", 2, 3}, // a short surname is no abbreviation
		{"Jane Doe / Acme Studio", 2, 3},
		{"Jane Doe/NORTHWIND", 2, 3},  // an organisation printed in capitals
		{"Jane Doe/Northwind)", 2, 3}, // a cut "(Photo: ...)" opener
		{"Photo: Jane Doe/Northwind", 2, 3},
		// Credits only where credits stand: places and product pairs share the shape.
		{"Jane Doe/Northwind", 1, 1},
		{"Northwind/Jane Doe", 1, 1},
		{"Harbourside/Old Town", 1, 1},
		// Never credits.
		{"4.9 / 5", 0, 0},
		{"4.96 / 5.0", 0, 0},
		{"Rating: 4.5/5", 0, 0},
		{"UX/UI", 0, 0},
		{"Sizes S/M/L", 0, 0},
		{"Backpacks (Unisex/Men's)", 0, 0},
		{"Lanterns (Solar/Battery)", 0, 0},
		{"Degrees/Certificates: Yes", 0, 0},
		{"Genre: Science Fiction/Fantasy", 0, 0},
		{"Check: Front And/or Rear Axle", 0, 0},
		{"Model 435-II/Basic Analyzer", 0, 0},
		{"Wi-Fi 6/Bluetooth 5.3", 0, 0},
		{"Native C/C++ Interop", 0, 0},
		{"Disk I/O Monitoring", 0, 0},
		{"Service CI/CD Enablement", 0, 0},
		{"Mobile App UX/UI Designer", 0, 0},
		{"Industries Served: N/A", 0, 0},
		{"Late November / early December", 0, 0},
		{"Examples: XL, 38, \"16/34\"", 0, 0},
	}
	for _, tc := range tests {
		got := Evidence(tc.line)
		assert.GreaterOrEqual(t, got, tc.min, "%q", tc.line)
		assert.LessOrEqual(t, got, tc.max, "%q", tc.line)
	}
}

// TestSplitCaptionSlashTail: a name-shaped slash credit after a caption's last
// sentence is split off even when it names no known agency; a list number is no
// caption, so a numbered heading keeps its slash.
func TestSplitCaptionSlashTail(t *testing.T) {
	cap, cr := SplitCaption("A lantern can light a whole camp kitchen. Northwind/Jane Doe")
	assert.Equal(t, "A lantern can light a whole camp kitchen.", cap)
	assert.Equal(t, "Northwind/Jane Doe", cr)
	_, cr = SplitCaption("21. Wire/Cable Lugs")
	assert.Empty(t, cr)
}

// TestCopyrightHeading: "Copyright" opens a credit that names someone, and a heading
// of running words as well.
func TestCopyrightHeading(t *testing.T) {
	assert.Zero(t, Evidence("Copyright Law in a Changing World"))
	assert.Zero(t, Evidence("Copyright Office Weighs In on Fair Use | Northwind Legal"))
	assert.GreaterOrEqual(t, Evidence("Copyright 2022 The Associated Press"), 2)
	assert.GreaterOrEqual(t, Evidence("Copyright Jane Doe"), 2)
}

// TestColonHeading: a line closed by a colon announces what follows (a list's
// heading, "Jane Doe for Acme:" introducing a quote), whatever names it holds; a bare
// credit label so closed still opens the credit on the next line.
func TestColonHeading(t *testing.T) {
	assert.Zero(t, Evidence("Kitchen Gear List for Backpacking:"))
	assert.Zero(t, Evidence("Jane Doe for Northwind:"))
	assert.Zero(t, Evidence("Jane Doe and John Roe of Northwind:"))
	assert.Positive(t, Evidence("Jane Doe for Northwind"))
	assert.Positive(t, Evidence("Photo:"))
}
