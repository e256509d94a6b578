package newsparse

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoscriptShell checks when the content of <noscript> is read: in place of an
// application shell that shows no prose, never beside an article the page shows
// itself (a copy for crawlers would read it twice), never for a notice or a pixel.
func TestNoscriptShell(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The council will decide on the plan at its next meeting, after a month of consultation with residents and a survey of the families who use the park every week.</p>"
	}
	copyText := para("The first paragraph of the piece.") + para("The second paragraph of the piece.") + para("The third paragraph of the piece.")
	tests := []struct {
		name     string
		page     string
		want     []string // prefixes of paragraphs that must be read, once each
		notWant  []string // text that must not reach the body
		paraKept int
	}{
		{
			name: "shell",
			page: `<html><body><div id="splash"></div><div id="app"></div><noscript><h1>Park plan</h1>` + copyText + `</noscript></body></html>`,
			want: []string{"The first paragraph", "The second paragraph", "The third paragraph"}, paraKept: 3,
		},
		{
			name: "article with a crawler copy",
			page: `<html><body><h1>Park plan</h1><article>` + copyText + `</article><noscript><div>` + copyText + `</div></noscript></body></html>`,
			want: []string{"The first paragraph", "The second paragraph", "The third paragraph"}, paraKept: 3,
		},
		{
			name:    "article with a notice",
			page:    `<html><body><h1>Park plan</h1><article>` + copyText + `</article><noscript><p>Please enable JavaScript to read the comments below this story and to post your own.</p></noscript></body></html>`,
			want:    []string{"The first paragraph"},
			notWant: []string{"enable JavaScript"}, paraKept: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(tt.page))
			require.NoError(t, err)
			assert.Len(t, a.Paragraphs, tt.paraKept)
			for _, w := range tt.want {
				n := 0
				for _, p := range a.Paragraphs {
					if strings.HasPrefix(p.Text, w) {
						n++
					}
				}
				assert.Equal(t, 1, n, "%q read once", w)
			}
			for _, nw := range tt.notWant {
				assert.NotContains(t, a.Text(), nw)
			}
		})
	}
}

// TestReadsAsConsent checks the text half of the notice test: cookies with a word of
// consent, in the languages read; cookies alone are a recipe.
func TestReadsAsConsent(t *testing.T) {
	for _, s := range []string{
		"We use cookies to give you the best online experience.",
		"You can accept all cookies or choose your preferences.",
		"Wir verwenden Cookies, wenn Sie einwilligen.",
		"Nous utilisons des cookies avec votre consentement.",
		"Usamos cookies para aceptar sus preferencias.",
	} {
		assert.True(t, readsAsConsent(s), s)
	}
	for _, s := range []string{
		"Bake the cookies for twelve minutes until golden.",
		"Volunteers baked cookies for the open day.",
		"The privacy of the garden is its charm.",
	} {
		assert.False(t, readsAsConsent(s), s)
	}
}

// TestListingRegion checks that a listing's body is its items, linked titles and
// summaries included, without the site's menu and footer.
func TestListingRegion(t *testing.T) {
	in, err := os.ReadFile("testdata/html/30-section-listing.html")
	require.NoError(t, err)
	a, err := ParseHTML(bytes.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, PageListing, a.PageType)
	text := a.Text()
	for _, s := range []string{"Why leeks still grow best", "Chitting seed potatoes", "Take out a fifth of the wood"} {
		assert.Contains(t, text, s)
	}
	for _, s := range []string{"Sport", "All rights reserved", "Privacy"} {
		assert.NotContains(t, text, s)
	}
}

// TestLandingSections checks that a page of many short sections is read whole, not
// as its one box of sentences: the body holds the sections and the box.
func TestLandingSections(t *testing.T) {
	in, err := os.ReadFile("testdata/html/31-landing-sections.html")
	require.NoError(t, err)
	a, err := ParseHTML(bytes.NewReader(in))
	require.NoError(t, err)
	assert.NotEqual(t, PageArticle, a.PageType)
	text := a.Text()
	for _, s := range []string{"Crop rotation", "Invite the family", "Plotwise started as a spreadsheet", "Free for one plot"} {
		assert.Contains(t, text, s)
	}
	for _, s := range []string{"Log in", "Privacy", "Plotwise Ltd"} {
		assert.NotContains(t, text, s)
	}
}

// TestAppendTextNonSpace: appendText reports text that sits in its element by the
// measure of strings.TrimSpace (white space apart, invisible characters and controls
// count), so that an element holding only the indentation of its markup has no text
// of its own.
func TestAppendTextNonSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "\n\t  \r\f", "\v", "\u00a0\u2003\u3000", "\u0085", "x", "  word  ",
		"\u200b", "\u00ad", "\x01", "\x7f", "\xff", "\ufffd", " \u202e ", "é", "\v\u00a0",
	} {
		w := newWalker(0)
		assert.Equal(t, strings.TrimSpace(s) != "", w.appendText(s), "%q", s)
	}
}
