package textdump

import (
	"strings"
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

// httpOnly stands for the caller's resolver: http(s) addresses kept as written.
func httpOnly(ref string) string {
	if strings.HasPrefix(ref, "http://") || strings.HasPrefix(ref, "https://") {
		return ref
	}
	return ""
}

func TestLastIndex(t *testing.T) {
	for _, tt := range []struct{ s, sep string }{
		{"", "\nReferences\n"},
		{"no list here", "\nReferences\n"},
		{"a\nReferences\nb\nReferences\nc", "\nReferences\n"},
		{"aaaa", "aa"},
		{"x\nReferences\n", "\nReferences\n"},
		{"\nReferences\n", "\nReferences\n"},
		{"References\nxReferences\n", "\nReferences\n"},
		{"ab", "ab"},
		{"b", "ab"},
	} {
		assert.Equal(t, strings.LastIndex(tt.s, tt.sep), lastIndex(tt.s, tt.sep), "%q in %q", tt.sep, tt.s)
	}
}

func TestCutReferences(t *testing.T) {
	tests := []struct {
		name, in, body string
		refs           map[int]string
	}{
		{"list", "Text [1]here.\n\nReferences\n\n   1. https://a.example/x\n   2. http://b.example/\n",
			"Text [1]here.\n", map[int]string{1: "https://a.example/x", 2: "http://b.example/"}},
		{"visible and hidden", "Body.\nReferences\n\n   Visible links:\n   1. https://a.example/\n   Hidden links:\n  12. https://c.example/\n",
			"Body.", map[int]string{1: "https://a.example/", 12: "https://c.example/"}},
		{"other schemes dropped", "Body.\nReferences\n   1. mailto:x@a.example\n   2. https://a.example/\n",
			"Body.", map[int]string{2: "https://a.example/"}},
		{"a heading of the page", "Body.\nReferences\n\nSmith, J. (2020). A study.\n", "Body.\nReferences\n\nSmith, J. (2020). A study.\n", nil},
		{"no list", "Body only.\n", "Body only.\n", nil},
		{"only mail", "Body.\nReferences\n   1. mailto:x@a.example\n", "Body.\nReferences\n   1. mailto:x@a.example\n", nil},
	}
	for _, tt := range tests {
		body, refs := CutReferences(tt.in, httpOnly)
		assert.Equal(t, tt.body, body, tt.name)
		assert.Equal(t, tt.refs, refs, tt.name)
	}
}
