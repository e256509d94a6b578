package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// photoProse is a paragraph of the fixtures' story, hard-wrapped at 72 columns as
// pandoc and html2text write it, so that the dump reads as a wrapped one.
const photoProse = "The harbour board voted on Tuesday to rebuild the old pier before the\n" +
	"summer season, after engineers found that two of its wooden piles had\n" +
	"rotted through and the deck had sunk by several inches at the far end."

// photoTexts reads a dump as the reflow does and returns its blocks' texts.
func photoTexts(t *testing.T, dump string, markdown bool) []string {
	t.Helper()
	norm := Normalize(dump)
	require.True(t, ReadStyle(norm).Marked() || markdown)
	var texts []string
	for _, b := range dumpBlocks(norm, nil, markdown, nil) {
		texts = append(texts, b.Text)
	}
	return texts
}

// TestPhotoLabelAuthorCard: an author's card, the photo labelled with the name over
// the name, keeps the label as the plain line w3m prints, in each converter's image
// syntax, the name repeated letter for letter once case and white space are folded.
func TestPhotoLabelAuthorCard(t *testing.T) {
	tests := []struct {
		name, photo, next string
		markdown          bool
	}{
		{"plain brackets", "[Jane Doe]", "Jane Doe", false},
		{"plain brackets, name with title", "[Jane Doe]", "Jane Doe, Senior Reporter", false},
		{"plain brackets, name glued to a date", "[Jane  Doe]", "JANE DOE March 3, 2026", false},
		{"markdown image", "![Jane Doe](https://example.org/img/jane.jpg)", "**Jane Doe**", true},
		{"markdown linked image", "[![Jane Doe](https://example.org/img/jane.jpg)](https://example.org/author/jane)", "[Jane Doe](https://example.org/author/jane)", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := photoProse + "\n\n" + tt.photo + "\n\n" + tt.next + "\n\n" + photoProse + "\n"
			texts := photoTexts(t, dump, tt.markdown)
			require.Len(t, texts, 4)
			assert.Equal(t, "Jane Doe", texts[1])
			assert.True(t, strings.HasPrefix(strings.ToLower(texts[2]), "jane doe"), texts[2])
		})
	}
}

// TestPhotoLabelHTML2Text: html2text writes a card's lines with no empty line
// between them, the photo as its label in brackets: the label is kept there too.
func TestPhotoLabelHTML2Text(t *testing.T) {
	dump := "****** Harbour board backs plan to rebuild the old pier ******\n[Jane Doe]\nJane Doe\nStaff Writer\n" +
		photoProse + "\n" + photoProse + "\n"
	texts := photoTexts(t, dump, false)
	require.GreaterOrEqual(t, len(texts), 4)
	assert.Equal(t, []string{"Jane Doe", "Jane Doe", "Staff Writer"}, texts[1:4])
}

// TestPhotoLabelKeepsBlanks: the label takes the picture's place, the empty lines
// above the picture above it and those under it under it, as w3m lays the card out.
func TestPhotoLabelKeepsBlanks(t *testing.T) {
	dump := photoProse + "\n\n[Jane Doe]\n\n\nJane Doe\n\n" + photoProse + "\n"
	blocks := dumpBlocks(Normalize(dump), nil, false, nil)
	require.Len(t, blocks, 4)
	assert.Equal(t, []int{1, 1, 2}, []int{blocks[0].BlankAfter, blocks[1].BlankBefore, blocks[2].BlankBefore})
	assert.Equal(t, 2, blocks[1].BlankAfter)
	assert.Equal(t, MarkNone, blocks[1].Mark)
}

// TestPhotoLabelOtherPictures: every other picture is the gap it was: a label that is
// no name (a caption's sentence, one word, a product's model number), a name the next
// line does not repeat, and a gallery of named pictures, each followed by the next.
func TestPhotoLabelOtherPictures(t *testing.T) {
	tests := []struct{ name, middle string }{
		{"sentence alt", "[Workers repair the pier on Tuesday.]\n\nWorkers repair the pier on Tuesday."},
		{"one word", "[Harbour]\n\nHarbour"},
		{"lower-case words", "[the old pier]\n\nthe old pier at dusk"},
		{"model number", "[Pier Cam 3000]\n\nPier Cam 3000"},
		{"name not repeated", "[Jane Doe]\n\nThe pier at dusk"},
		{"gallery", "[Jane Doe]\n\n[John Roe]\n\n[Mary Major]\n\nPhotos from the harbour"},
		{"name repeated after a gallery's other picture", "[Jane Doe]\n\n[The pier]\n\nJane Doe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := photoProse + "\n\n" + tt.middle + "\n\n" + photoProse + "\n"
			texts := photoTexts(t, dump, false)
			require.Len(t, texts, 3)
			assert.Equal(t, tt.middle[strings.LastIndex(tt.middle, "\n")+1:], texts[1])
		})
	}
}

func TestNameLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"[Jane Doe]", "Jane Doe"},
		{"![Dr. Jane  Q. Doe](/a.jpg)", "Dr. Jane Q. Doe"},
		{"[![Jane Doe](/a.jpg)](/author/jane)", "Jane Doe"},
		{"[Jane Doe smiles]", ""},
		{"[A B C D E]", ""},
		{"![Jane Doe](/a.jpg) and more", ""},
		{"[Jane Doe.]", ""},
		{"[Q: Jane Doe]", ""},
		{"[]", ""},
		{"![](/a.jpg)", ""},
	} {
		assert.Equal(t, tc.want, nameLabel(tc.in), tc.in)
	}
}
