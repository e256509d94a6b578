package newsparse

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// frontBody is an extractor's text output: the article's paragraphs, no headline
// line, no byline.
const frontBody = "The harbour board voted on Tuesday to rebuild the old pier, which the winter storms left unsafe, " +
	"at a cost the board's finance committee put at 4.2 million euros.\n\n" +
	"Work will start in the spring and last about two years, the chair said, adding that the board would ask " +
	"the regional government for half of the money it needs.\n\n" +
	"Fishermen who spoke at the meeting were mostly in favour, though some asked whether the plan did enough " +
	"for the slipway on the north side.\n"

// TestTextFrontMatter: a dump's front matter is the page's metadata. Its title is
// weighed as WithTitle's (a caller's title comes first), its authors and date fill
// what the text does not say, and none of it is article text.
func TestTextFrontMatter(t *testing.T) {
	extractor := "---\ntitle: Harbour board backs plan to rebuild the old pier\nauthor: Jane Doe; John Roe\n" +
		"url: https://example.org/news/pier\nhostname: example.org\ndescription: The board voted to rebuild the pier.\n" +
		"sitename: Harbourside Weekly\ndate: 2026-03-03\ncategories: ['News']\ntags: pier, harbour\n---\n"
	clipper := "---\ntitle: \"Harbour board backs plan to rebuild the old pier | Harbourside Weekly\"\n" +
		"source: \"https://example.org/news/pier\"\nauthor:\n  - \"[[Jane Doe]]\"\npublished: 2026-03-03T09:15:00+01:00\n" +
		"created: 2026-03-05\nlanguage: en-gb\n---\n"
	tests := []struct {
		name, dump string
		opts       []Option
		headline   string
		byline     []string
		published  time.Time
		url        string
		tags       []string
	}{
		{"an extractor's header over its text", extractor + frontBody, nil, "Harbour board backs plan to rebuild the old pier",
			[]string{"Jane Doe", "John Roe"}, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), "https://example.org/news/pier", []string{"News", "pier", "harbour"}},
		{"a clipper's header over the page's own headline and byline",
			clipper + "# Harbour board backs plan to rebuild the old pier\n\nBy Ann Lee\n\n" + frontBody, nil,
			"Harbour board backs plan to rebuild the old pier", []string{"Ann Lee"},
			time.Date(2026, 3, 3, 9, 15, 0, 0, time.FixedZone("", 3600)), "https://example.org/news/pier", nil},
		{"the caller's title and address first", extractor + frontBody,
			[]Option{WithTitle("Pier to be rebuilt"), WithURL("https://example.org/a")}, "Pier to be rebuilt",
			[]string{"Jane Doe", "John Roe"}, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), "https://example.org/a", []string{"News", "pier", "harbour"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.dump, tt.opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.headline, a.Headline)
			assert.Equal(t, tt.byline, a.Byline)
			assert.True(t, tt.published.Equal(a.Published), "published %v", a.Published)
			assert.Equal(t, tt.url, a.URL)
			assert.Equal(t, tt.tags, a.Tags)
			body := bodyTexts(a)
			require.Len(t, body, 3, "the text's three paragraphs")
			assert.Equal(t, "The harbour board voted on Tuesday", body[0][:len("The harbour board voted on Tuesday")])
			for _, r := range a.Removed {
				assert.NotContains(t, r.Text, ": ", "no front matter line is read as text")
			}
		})
	}
}

// TestTextWithoutHeadlineLine: a dump that opens with its first paragraph (an
// extractor's text output, an article region) has no headline; the paragraph stays
// the body's first, with or without a title given.
func TestTextWithoutHeadlineLine(t *testing.T) {
	for _, opts := range [][]Option{nil, {WithTitle("Harbour board backs plan to rebuild the old pier")}} {
		a, err := ParseText(frontBody, opts...)
		require.NoError(t, err)
		body := bodyTexts(a)
		require.Len(t, body, 3)
		assert.Contains(t, body[0], "The harbour board voted on Tuesday")
		assert.Empty(t, a.Removed)
	}
}
