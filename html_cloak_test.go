package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRevealCloaked checks pages that hide all of their content with an inline style
// until a script shows it: the content is read, while on a page that shows its
// article, an element hidden by its style (a modal, a second copy of the menu) stays
// unread, and the hidden attribute hides in both cases.
func TestRevealCloaked(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The council will decide on the plan at its next meeting, after a month of consultation with residents and a survey of the families who use the park every week.</p>"
	}
	article := `<article><h1>Park plan goes to a vote</h1>` + para("The first paragraph of the piece.") + para("The second paragraph of the piece.") + para("The third paragraph of the piece.") + `</article>`
	modal := `<div class="modal" style="display: none"><p>Subscribe today and get unlimited access to every story on any device for a whole year at half price.</p></div>`
	tests := []struct {
		name    string
		page    string
		paras   int
		notWant string
	}{
		{"wrapper hidden until hydration", `<html><body><div id="app"><div style="visibility:hidden;min-height:100vh">` + article + `</div></div></body></html>`, 3, ""},
		{"body shown by a script", `<html><body style="display:none">` + article + `</body></html>`, 3, ""},
		{"main hidden with important", `<html><body><main style="display: none !important">` + article + `</main></body></html>`, 3, ""},
		{"visible article, hidden modal", `<html><body>` + article + modal + `</body></html>`, 3, "Subscribe today"},
		{"hidden attribute stays hidden", `<html><body><div style="visibility:hidden">` + article + `<div hidden><p>Draft: the second version of this story, not yet published, with the figures the editor still has to check.</p></div></div></body></html>`, 3, "Draft:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(tt.page))
			require.NoError(t, err)
			assert.Equal(t, "Park plan goes to a vote", a.Headline)
			require.Len(t, a.Paragraphs, tt.paras)
			assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, "The first paragraph"))
			if tt.notWant != "" {
				assert.NotContains(t, a.Text(), tt.notWant)
			}
		})
	}
}

// TestRevealCloakedNothing checks that a page hiding everything, with nothing to
// show even when revealed, still reports that it is empty rather than reading noise.
func TestRevealCloakedNothing(t *testing.T) {
	_, err := ParseHTML(strings.NewReader(`<html><body><div style="display:none"><span>Menu</span></div></body></html>`))
	assert.ErrorIs(t, err, ErrEmpty)
}
