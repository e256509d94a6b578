package newsparse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestItemsWhenNoBody checks a page whose every line of text is a link (a section
// front of linked titles and linked summaries) that the page-type evidence does not
// call a listing: read as an article it has no body, so its items are given instead,
// flagged as a fallback, rather than an empty body.
func TestItemsWhenNoBody(t *testing.T) {
	var items strings.Builder
	for i := range 6 {
		fmt.Fprintf(&items, `<div><div><a href="/story/%d">Story number %d about the rental market</a></div>`+
			`<div><a href="/story/%d">A customer who rented a car found that the company had listed it as stolen, and the police stopped her on the way home from work.</a></div></div>`, i, i, i)
	}
	page := `<html><head><title>Rental news | Example</title><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rental news","datePublished":"2025-01-03"}</script></head><body><div><h1>Rental news</h1>` + items.String() + `</div></body></html>`
	a, err := ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	require.NotEmpty(t, a.Paragraphs)
	assert.True(t, a.BodyFallback)
	assert.Contains(t, a.Text(), "the police stopped her")
}
