package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBylineMarkdownLinks: a dump the text front end did not read as Markdown (too
// few links to tell) keeps the author's link as Markdown wrote it; the byline is
// the link's text, with or without a title or pandoc's attributes after the address.
// A picture's label in brackets with no address is no link, and a line with no
// opener names nobody for a link alone.
func TestBylineMarkdownLinks(t *testing.T) {
	for _, tc := range []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"By [Jane Doe](https://example.com/author/jane-doe)", []string{"Jane Doe"}, true},
		{"by [Jane Doe](/author/jane) and [John Roe](/author/john)", []string{"Jane Doe", "John Roe"}, true},
		{"Posted by [Jane Doe](/author/jane) on March 3, 2026", []string{"Jane Doe"}, true},
		{`By [Jane Doe](/author/jane "Posts by Jane Doe"){.author rel="author"}`, []string{"Jane Doe"}, true},
		{"[Jane Doe] By Jane Doe", nil, false},
		{"[Harbour Walks](/walks)", nil, false},
		{"By [Jane Doe](/author/jane", nil, false},
	} {
		names, explicit := ParseByline(tc.line)
		assert.Equal(t, tc.names, names, tc.line)
		assert.Equal(t, tc.explicit, explicit, tc.line)
	}
	assert.Equal(t, "By Jane Doe in Harbour", markdownLinkTexts("By [Jane Doe](/a/jd) in [Harbour](/c/h)"))
	assert.Equal(t, "[photo] Jane Doe", markdownLinkTexts("[photo] Jane Doe"))
}
