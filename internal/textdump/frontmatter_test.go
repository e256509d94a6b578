package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCutFrontMatter(t *testing.T) {
	const body = "The harbour board voted on Tuesday.\n"
	tests := []struct {
		name, in string
		want     FrontMatter
		ok       bool
	}{
		{
			name: "an extractor's metadata header",
			in: "---\ntitle: Harbour board backs plan\nauthor: Jane Doe; John Roe\nurl: https://example.org/pier\n" +
				"hostname: example.org\ndescription: The board voted.\nsitename: Harbourside Weekly\ndate: 2026-03-03\n" +
				"categories: ['News', 'Harbour']\ntags: pier; harbour\n---\n" + body,
			want: FrontMatter{Title: "Harbour board backs plan", Description: "The board voted.", URL: "https://example.org/pier",
				Site: "Harbourside Weekly", Date: "2026-03-03", Authors: []string{"Jane Doe; John Roe"}, Tags: []string{"News", "Harbour", "pier", "harbour"}},
			ok: true,
		},
		{
			name: "a clipper's lists, quotes and several dates",
			in: "\n---\ntitle: \"Harbour board backs plan\"\nsource: \"https://example.org/pier\"\nauthor:\n  - \"[[Jane Doe]]\"\n  - \"John Roe\"\n" +
				"created: 2026-03-05\npublished: 2026-03-03\ntags:\n  - \"clippings\"\n---\n" + body,
			want: FrontMatter{Title: "Harbour board backs plan", URL: "https://example.org/pier", Date: "2026-03-03",
				Authors: []string{"Jane Doe", "John Roe"}, Tags: []string{"clippings"}},
			ok: true,
		},
		{
			name: "a block scalar, a flow list and a closing dots line",
			in:   "---\ntitle: >-\n  Harbour board backs\n  plan to rebuild\nauthors: [Jane Doe, John Roe]\nlang: en-GB\n...\n" + body,
			want: FrontMatter{Title: "Harbour board backs plan to rebuild", Language: "en-GB", Authors: []string{"Jane Doe", "John Roe"}},
			ok:   true,
		},
		{name: "a rule over one label is no front matter", in: "---\nNote: this page moved.\n---\n" + body},
		{name: "prose under a rule", in: "---\nThe board voted: yes.\nIt met on Tuesday.\n---\n" + body},
		{name: "no closing fence", in: "---\ntitle: A\nauthor: B\n" + body},
		{name: "not at the start", in: "Headline\n---\ntitle: A\nauthor: B\n---\n" + body},
		{name: "no fence at all", in: body},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fm, rest, ok := CutFrontMatter(tc.in)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, fm)
			if tc.ok {
				assert.Equal(t, body, rest)
			} else {
				assert.Equal(t, tc.in, rest)
			}
		})
	}
}

// TestCutFrontMatterBounded: a fence deep in the text opens none, however long the
// lines of keys before it.
func TestCutFrontMatterBounded(t *testing.T) {
	in := "---\n" + strings.Repeat("key: value\n", 2*maxFrontMatterLines) + "---\ntext"
	_, rest, ok := CutFrontMatter(in)
	assert.False(t, ok)
	assert.True(t, rest == in)
}
