package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPhotoLabelCard covers an author's card at the end of a whole page dumped by
// pandoc or html2text, the photo printed as image syntax over the name: the text
// front end keeps the photo's label as the plain line w3m prints, so that the name
// stands twice, the card's sign. A picture whose label repeats a section's heading,
// and a gallery of people, each photo over a caption, name nobody.
func TestPhotoLabelCard(t *testing.T) {
	plain := "Harbour News\n\n-   Home\n-   Contact\n\n" + harbourHead + "\n\nMarch 3, 2026\n\n"
	markdown := "[Harbour News](https://example.org/)\n\n-   [Home](https://example.org/)\n-   [Contact](https://example.org/contact)\n\n# " + harbourHead + "\n\nMarch 3, 2026\n\n"
	body := wrapAll(72, "", "\n\n")
	sectionProse := "Pier works began in spring and will run until the autumn, the board said\nin a statement on Tuesday."
	tests := []struct {
		name, front, tail string
		want              []string
	}{
		{"plain brackets", plain, "[Mara Quill]\n\nMara Quill\n\nStaff Writer", []string{"Mara Quill"}},
		{"markdown image", markdown, "![Mara Quill](https://example.org/m.jpg)\n\n**Mara Quill**\n\nStaff Writer", []string{"Mara Quill"}},
		{"markdown linked image", markdown, "[![Mara Quill](https://example.org/m.jpg)](https://example.org/author/mara)\n\n[Mara Quill](https://example.org/author/mara)\n\nStaff Writer", []string{"Mara Quill"}},
		{"no photo", plain, "Mara Quill\n\nStaff Writer", nil},
		{"photo over a heading", markdown, "![Pier Works](https://example.org/p.jpg)\n\n## Pier Works\n\n" + sectionProse, nil},
		{"photo over a section's line", plain, "[Pier Works]\n\nPier Works\n\n" + sectionProse, nil},
		{"gallery", plain, "[Tom Reed]\n\n[Ann Lee]\n\n[Bo Park]\n\nPhotos from the harbour", nil},
		{"gallery of people", plain, "[Tom Reed]\n\nTom Reed, harbour master\n\n[Ann Lee]\n\nAnn Lee, engineer\n\n[Bo Park]\n\nBo Park, diver\n\n" + body, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.front + body + "\n\n" + tt.tail + "\n\n-   Privacy\n-   Contact us\n")
			require.NoError(t, err)
			assert.Equal(t, harbourHead, a.Headline)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}
