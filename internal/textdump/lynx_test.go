package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLynxLinks(t *testing.T) {
	refs := map[int]string{3: "https://a.example/report", 4: "https://b.example/"}
	tests := []struct {
		in, text string
		links    []Link
	}{
		{"The [3]annual report, published today, says so.", "The annual report, published today, says so.",
			[]Link{{Text: "annual report", URL: "https://a.example/report", Start: 4, End: 17}}},
		{"See [3]one and [4]two.", "See one and two.", []Link{
			{Text: "one and", URL: "https://a.example/report", Start: 4, End: 11},
			{Text: "two", URL: "https://b.example/", Start: 12, End: 15}}},
		{"A [9]form field and [4]a link", "A form field and a link",
			[]Link{{Text: "a link", URL: "https://b.example/", Start: 17, End: 23}}},
		{"[4]one two three four five six seven eight nine ten", "one two three four five six seven eight nine ten",
			[]Link{{Text: "one two three four five six seven eight", URL: "https://b.example/", Start: 0, End: 39}}},
		{"No marks [here].", "No marks [here].", nil},
	}
	for _, tt := range tests {
		text, links := LynxLinks(tt.in, refs)
		assert.Equal(t, tt.text, text, tt.in)
		assert.Equal(t, tt.links, links, tt.in)
		for _, l := range links {
			assert.Equal(t, l.Text, text[l.Start:l.End], tt.in)
		}
	}
}

func TestStripLynxRefs(t *testing.T) {
	for in, want := range map[string]string{
		"The [3]annual report[12]":  "The annual report",
		"No marks [here] or [] [x]": "No marks [here] or [] [x]",
		"000[0]10":                  "00010",
	} {
		assert.Equal(t, want, StripLynxRefs(in), in)
	}
}
