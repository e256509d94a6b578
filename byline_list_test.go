package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoBylineUnderListLabel covers a box of teasers under the article's front
// matter: the title-cased first entry under a label that announces the list
// ("Popular posts:") stands within a byline's reach of the headline but is no byline,
// while a name under an author label ("Written by:") still is.
func TestNoBylineUnderListLabel(t *testing.T) {
	body := "\n\n" + wrapAll(80, "", "\n")
	head := harbourHead
	tests := []frontBylineCase{
		{"a teaser under a list label", head + "\n\nJane Doe\n\nMarch 3, 2026\n\nPopular posts:\n\nA Slow-Cooked Chowder for Winter and Beyond\n\nYes, Gulls: How to Live With the Noisy Neighbours", []string{"Jane Doe"}},
		{"a name under an author label", head + "\n\nWritten by:\n\nJane Doe\n\nMarch 3, 2026", []string{"Jane Doe"}},
	}
	checkFrontBylines(t, head, body, tests)
}

// TestBylineInMetaList covers a post's meta list under the headline (author, comment
// count, date), which w3m, lynx and html2text print as list items: the item that
// opens with a byline's opener names the author, in each converter's bullet, while
// a menu item of that shape ("• By Topic") names nobody, above the headline or in a
// run of entries under it.
func TestBylineInMetaList(t *testing.T) {
	head := harbourHead
	menu := "Harbour News\n\n  • Home\n  • By Topic\n  • Contact\n\n"
	tests := []frontBylineCase{
		{"w3m bullets", menu + head + "\n\n  • by Jane Doe\n  • 4 Comments", []string{"Jane Doe"}},
		{"lynx bullets", menu + head + "\n\n     * Written by Jane Doe\n     * March 3, 2026", []string{"Jane Doe"}},
		{"html2text bullets", menu + head + "\n\n  * By Jane Doe and John Roe\n  * 6 min read", []string{"Jane Doe", "John Roe"}},
		{"no author in the list", menu + head + "\n\n  • 4 Comments\n  • March 3, 2026", nil},
		{"a menu's entries under the headline", head + "\n\n  • Venues\n     + By Region\n     + By Style\n     + Outdoor\n\nWritten by:\n\nJane Doe", []string{"Jane Doe"}},
	}
	checkFrontBylines(t, head, harbourBody(), tests)
}

// harbourHead is the headline of the byline tests' page, harbourFront a menu and
// that headline, and harbourBody its text under the front matter.
const (
	harbourHead  = "How the Harbour Board Plans to Rebuild the Old Pier"
	harbourFront = "Harbour News\n\n  • Home\n  • Contact\n\n" + harbourHead
)

// harbourBody is the byline tests' article text, in paragraphs wrapped at 80 columns.
func harbourBody() string { return "\n\n" + wrapAll(80, "", "\n\n") }

// frontBylineCase is a page's front matter, above a body, and the byline wanted.
type frontBylineCase struct {
	name, front string
	want        []string
}

// checkFrontBylines reads each case's front matter over body and checks the
// headline and the byline.
func checkFrontBylines(t *testing.T, head, body string, tests []frontBylineCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.front + body)
			require.NoError(t, err)
			assert.Equal(t, head, a.Headline)
			assert.Equal(t, tt.want, a.Byline)
		})
	}
}

// TestBareNameInMetaList covers a post's meta list under the headline whose first
// item is the author's bare name, as blog platforms and themes print it: one word, a
// handle, a desk's word, a name in capitals. The item after it, a date, tells the
// list; a name with no date item after it, categories' links glued into one item and
// a longer title name nobody.
func TestBareNameInMetaList(t *testing.T) {
	tests := []frontBylineCase{
		{"a handle", harbourFront + "\n\n  • harbourjane\n  • March 3, 2026\n  • No Comments", []string{"harbourjane"}},
		{"one word", harbourFront + "\n\n     * Jane\n     * March 3, 2026", []string{"Jane"}},
		{"a desk's word", harbourFront + "\n\n  * Staff\n  * March 3, 2026", []string{"Staff"}},
		{"a name in capitals", harbourFront + "\n\n  • JANE DOE\n  • Mar 3, 2026\n  • 2 min read", []string{"Jane Doe"}},
		{"no date after it", harbourFront + "\n\n  • harbourjane\n  • No Comments", nil},
		{"glued categories", harbourFront + "\n\n  • Harbour NewsPiersBoats\n  • March 3, 2026", nil},
		{"a title", harbourFront + "\n\n  • How the Old Pier Was Built in 1890\n  • March 3, 2026", nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}

// TestBareNameInMetaListPictured covers the meta list's name item after the author's
// photo, as html2text prints its label, and a name of four words: the item is read
// past the picture, and its words are counted without the bullet.
func TestBareNameInMetaListPictured(t *testing.T) {
	tests := []frontBylineCase{
		{"past the photo", harbourFront + "\n\n  * [Picture of Jane] Jane\n  * March 3, 2026", []string{"Jane"}},
		{"past two photos", harbourFront + "\n\n  * [Picture of Jane Doe][Picture of Jane Doe] Jane Doe\n  * March 3, 2026", []string{"Jane Doe"}},
		{"four words", harbourFront + "\n\n  • Harbour Street Dental Care\n  • March 3, 2026", []string{"Harbour Street Dental Care"}},
		{"five words", harbourFront + "\n\n  • Harbour Street Dental Care Group\n  • March 3, 2026", nil},
	}
	checkFrontBylines(t, harbourHead, harbourBody(), tests)
}
