package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSlashLinesNotCredits: on a product listing, spec lines with a slash under a
// picture's caption stay text, and so does a place pair set between paragraphs; a
// name-and-brand credit under an image gap or closing a caption is a credit.
func TestSlashLinesNotCredits(t *testing.T) {
	dump := "The best lanterns for a night on the hill\n\nBy Jane Doe\n\n" + reflowProse[0] +
		"\n\n\nThe Northwind Trail lantern on a tent pole at dusk\nColours/Finishes: Olive\n\n" + reflowProse[1] +
		"\n\nHarbourside/Old Town\n\n" + reflowProse[2] +
		"\n\n\nThe Ridge lantern folded flat beside its pouch\nCharging: Solar/Mains Power\n\n" + reflowProse[2] +
		"\n\n\nJohn Roe/Northwind\n\nThe Summit Lantern\n\n" + reflowProse[0] +
		"\n\n\nA lantern can light a whole camp kitchen. Northwind/John Roe\n\n" + reflowProse[1] + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	var credits []string
	for _, img := range a.Images {
		if img.Credit != nil {
			credits = append(credits, img.Credit.Text)
		}
	}
	assert.Equal(t, []string{"John Roe/Northwind", "Northwind/John Roe"}, credits)
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	assert.Contains(t, texts, "Colours/Finishes: Olive")
	assert.Contains(t, texts, "Charging: Solar/Mains Power")
	assert.Contains(t, texts, "Harbourside/Old Town")
}
