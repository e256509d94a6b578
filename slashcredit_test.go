package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSlashCreditShape: a slash is a credit's mark only between parts shaped like a
// person's name or an organisation; ratings, sizes, abbreviations, field lines and
// bracketed alternatives hold the same mark and are not credits.
func TestSlashCreditShape(t *testing.T) {
	credits := []string{
		"Jane Doe/Reuters",
		"REUTERS/Jane Doe",
		"AP Photo/Jane Doe",
		"Getty Images/iStockphoto",
		"EPA-EFE/JANE DOE",
		"Jane Doe/Harbour Photos",
		"Jane Doe / Acme Studio",
		"Jane Doe/Northwind", // a person and a brand the agency list does not know
		"Northwind/Jane Doe",
		"Jane Doe/Northwind)", // a cut "(Photo: ...)" opener
		"Photo: Jane Doe/Northwind",
	}
	for _, s := range credits {
		assert.GreaterOrEqual(t, creditEvidence(s), 2, "%q is a credit line", s)
	}
	notCredits := []string{
		"4.9 / 5",
		"4.96 / 5.0",
		"Rating: 4.5/5",
		"UX/UI",
		"Sizes S/M/L",
		"Backpacks (Unisex/Men's)",
		"Lanterns (Solar/Battery)",
		"Degrees/Certificates: Yes",
		"Genre: Science Fiction/Fantasy",
		"Check: Front And/or Rear Axle",
		"Model 435-II/Basic Analyzer",
		"Wi-Fi 6/Bluetooth 5.3",
		"Native C/C++ Interop",
		"Disk I/O Monitoring",
		"Service CI/CD Enablement",
		"Industries Served: N/A",
		"Late November / early December",
		"Examples: XL, 38, \"16/34\"",
	}
	for _, s := range notCredits {
		assert.Zero(t, creditEvidence(s), "%q is no credit", s)
	}
}

// TestSlashLinesNotCredits: on a product listing, the short slash lines under a
// picture's caption (spec fields) stay text, and the caption stays the picture's
// caption; a real credit in the same place is still read as one.
func TestSlashLinesNotCredits(t *testing.T) {
	dump := "The best lanterns for a night on the hill\n\nBy Jane Doe\n\n" + reflowProse[0] +
		"\n\n\nThe Northwind Trail lantern on a tent pole at dusk\nColours/Finishes: Olive\n\n" + reflowProse[1] +
		"\n\n\nThe Ridge lantern folded flat beside its pouch\nCharging: Solar/Mains Power\n\n" + reflowProse[2] +
		"\n\n\nThe Summit lantern lighting a camp kitchen\nJohn Roe/Northwind\n\n" + reflowProse[0] + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	credited := 0
	for _, img := range a.Images {
		if img.Credit == nil {
			continue
		}
		credited++
		assert.Equal(t, "John Roe/Northwind", img.Credit.Text)
		assert.Equal(t, "The Summit lantern lighting a camp kitchen", img.Caption)
	}
	assert.Equal(t, 1, credited, "only the real credit is a credit: %+v", a.Images)
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	assert.Contains(t, texts, "Colours/Finishes: Olive")
	assert.Contains(t, texts, "Charging: Solar/Mains Power")
}
