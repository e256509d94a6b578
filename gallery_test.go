package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGalleryCreditsPerPicture: identical credits under consecutive pictures each
// belong to their own picture, a picture without a caption too.
func TestGalleryCreditsPerPicture(t *testing.T) {
	dump := "Harbour board backs plan to rebuild the old pier\n\nBy Jane Doe\n\n" + reflowProse[0] +
		"\n\n\nThe old pier at dusk, seen from the harbour wall\nPhoto: John Roe/Harbour Photos\n\n\nThe inner basin, where the ferry will berth\nPhoto: John Roe/Harbour Photos\n\n" +
		reflowProse[1] + "\n\n\nThe slipway the lifeboat crew still lack\nPhoto: John Roe/Harbour Photos\n\n\nPhoto: John Roe/Harbour Photos\n\n" + reflowProse[2] + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	require.Len(t, a.Images, 4)
	for i, img := range a.Images {
		require.NotNil(t, img.Credit, "picture %d", i)
		assert.Equal(t, "John Roe/Harbour Photos", img.Credit.Text, "picture %d", i)
	}
	assert.Equal(t, "The old pier at dusk, seen from the harbour wall", a.Images[0].Caption)
	assert.Equal(t, "The inner basin, where the ferry will berth", a.Images[1].Caption)
	assert.Equal(t, reflowProse, bodyTexts(a))
}

// TestBareCreditLabel: "Image copyright" on a line of its own introduces the credit on
// the next line; it names no agency itself.
func TestBareCreditLabel(t *testing.T) {
	dump := "Harbour board backs plan to rebuild the old pier\n\n" + reflowProse[0] +
		"\n\n\nImage copyright\nGetty Images\nImage caption The old pier at dusk\n\n" + reflowProse[1] + "\n\n" + reflowProse[2] + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	require.Len(t, a.Images, 1)
	assert.Equal(t, "The old pier at dusk", a.Images[0].Caption)
	require.NotNil(t, a.Images[0].Credit)
	assert.Equal(t, []string{"Getty Images"}, a.Images[0].Credit.Agencies)
	assert.Equal(t, reflowProse, bodyTexts(a))
}
