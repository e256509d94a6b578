package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDescribesContents checks which class names say what an element holds or lacks
// rather than what it is.
func TestDescribesContents(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"has-rail-right", true},
		{"has-sidebar", true},
		{"Has-Comments", true},
		{"with-related-posts", true},
		{"no-sidebar", true},
		{"without-ads", true},
		{"has-", false},
		{"sidebar", false},
		{"comments-has", false},
		{"hashtag-list", false},
		{"nothumbs", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, describesContents(tt.name), tt.name)
	}
}

// TestLayoutClassesOnWrapper checks that a wrapper whose classes describe the layout
// it holds ("has-sidebar", "with-comments") is not taken for a sidebar or a comment
// thread: the article inside it is read, while a real sidebar and a real comment list
// beside it stay out.
func TestLayoutClassesOnWrapper(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The council will decide on the plan at its next meeting, after a month of consultation with residents and a survey of the families who use the park every week.</p>"
	}
	comment := func(i int) string {
		return `<li class="comment"><span class="author">reader` + strings.Repeat("x", i) + `</span> <p>I have walked in that park for twenty years and nobody ever asked us what we wanted from it, so this survey is long overdue and I hope the council reads every answer.</p></li>`
	}
	var comments strings.Builder
	for i := range 8 {
		comments.WriteString(comment(i))
	}
	for _, wrapper := range []string{"main-wrap has-rail-right", "layout has-sidebar", "content-area with-comments", "site-main no-sidebar"} {
		t.Run(wrapper, func(t *testing.T) {
			page := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="` + wrapper + `"><article><h1>Park plan goes to a vote</h1>` +
				para("The first paragraph of the piece.") + para("The second paragraph of the piece.") +
				`</article><aside class="sidebar"><p>Most read: ten recipes for the long weekend that everyone in the office has been talking about.</p></aside>` +
				`<ol class="comment-list">` + comments.String() + `</ol></div></body></html>`
			a, err := ParseHTML(strings.NewReader(page))
			require.NoError(t, err)
			assert.Equal(t, "Park plan goes to a vote", a.Headline)
			require.Len(t, a.Paragraphs, 2)
			assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, "The first paragraph"))
			assert.NotContains(t, a.Text(), "Most read")
			assert.NotContains(t, a.Text(), "twenty years")
		})
	}
}
