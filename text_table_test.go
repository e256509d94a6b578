package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseTextTable(t *testing.T) {
	dump := "Reservoir levels fall after dry spring\n\nLevels at the county's reservoirs fell sharply in May, the water company said on Monday.\n\n" +
		"Reservoir\tCapacity\tChange\nHollins\t61%\t-9\nEastmere\t58%\t-12\nLong Dale\t70%\t-4\n\n" +
		"The company said it had no plans for a hosepipe ban but urged customers to save water, [its statement](https://water.example/news/may) said.\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 3)
	tbl := a.Paragraphs[1]
	assert.Equal(t, ParagraphTable, tbl.Kind)
	assert.Equal(t, "Reservoir\tCapacity\tChange\nHollins\t61%\t-9\nEastmere\t58%\t-12\nLong Dale\t70%\t-4", tbl.Text)
	assert.Len(t, tbl.Rows, 4)
	p := a.Paragraphs[2]
	assert.Equal(t, "The company said it had no plans for a hosepipe ban but urged customers to save water, its statement said.", p.Text)
	require.Len(t, p.Links, 1)
	assert.Equal(t, Link{Text: "its statement", URL: "https://water.example/news/may", Start: 87, End: 100}, p.Links[0])
	assert.Equal(t, "its statement", p.Text[p.Links[0].Start:p.Links[0].End])
	for _, f := range a.Figures {
		assert.NotEqual(t, 1, f.Index, "figure from the table: %v", f)
	}
}

func TestMarkdownLinks(t *testing.T) {
	tests := []struct {
		in, text string
		links    []Link
	}{
		{"See [the report](https://a.example/r) and [data](http://b.example/d \"Data\").", "See the report and data.",
			[]Link{{Text: "the report", URL: "https://a.example/r", Start: 4, End: 14}, {Text: "data", URL: "http://b.example/d", Start: 19, End: 23}}},
		{"An image ![alt](https://a.example/i.jpg) stays.", "An image ![alt](https://a.example/i.jpg) stays.", nil},
		{"Not a link [1] or [x](javascript:alert(1)) or [y](/relative).", "Not a link [1] or [x](javascript:alert(1)) or [y](/relative).", nil},
		{"Broken [x](https://a.example", "Broken [x](https://a.example", nil},
		{"[](https://a.example) empty", "[](https://a.example) empty", nil},
	}
	for _, tt := range tests {
		text, links := markdownLinks(tt.in)
		assert.Equal(t, tt.text, text, tt.in)
		assert.Equal(t, tt.links, links, tt.in)
	}
}
