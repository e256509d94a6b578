package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBareNameOverBioAtTheEnd covers a whole page whose only byline is an author
// box closing the article with no label: the name on a line of its own over a bio
// that opens with it (the full name or the first), right after the body or with a
// footer's links under it. A bare name after the article with no bio under it is a
// teaser's or a section's label and names nobody.
func TestBareNameOverBioAtTheEnd(t *testing.T) {
	front := "Harbour News\n\n  • Home\n  • Contact\n\n" + harbourHead + "\n\nMarch 3, 2026\n\n"
	body := wrapAll(80, "", "\n\n") + "\n\n" + wrapAll(80, "", "\n\n") // long enough that the box is far from the body's start
	footer := "\n\n  • Privacy\n  • Contact us\n"
	tests := []struct {
		name, tail string
		want       []string
	}{
		{"full name", "Mara Quill\n\nMara Quill is a staff writer who covers harbours, ferries and the people\nwho run them, from the north coast.", []string{"Mara Quill"}},
		{"first name", "Mara Quill\n\nMara covers harbours, ferries and the people who run them, from the north\ncoast, and has written about the pier since it closed.", []string{"Mara Quill"}},
		{"no bio", "Mara Quill\n\nMore from the harbour desk", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(front + body + "\n\n" + tt.tail + footer)
			require.NoError(t, err)
			assert.Equal(t, harbourHead, a.Headline)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}
