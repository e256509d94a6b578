package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// harbourProse are wrapped paragraphs of a local news story, written for these
// tests, as a plain dump prints them.
var harbourProse = []string{
	"The town council voted on Tuesday to approve a new plan for the\nharbour front, ending a dispute that had run for almost two years.",
	"The plan sets aside land for a ferry terminal and a small park, and\nthe work is expected to begin in the spring of next year.",
	"Residents who opposed the scheme said they would consider an appeal,\nbut the council said its decision was final and would not be reopened.",
}

// harbourClose is a last paragraph for the cases with a picture above it.
const harbourClose = "Work on the terminal is due to finish within three years, the council said,\nand the park is to open first."

// TestSiteNoticeIsNoCredit: a site's copyright line under the article's last
// paragraph, at the page's end, is the page's furniture, and the paragraph above it
// stays a paragraph; a picture's credit under a caption still pairs with it, beside
// an image gap or with the article going on below it.
func TestSiteNoticeIsNoCredit(t *testing.T) {
	head := "Council approves new harbour plan\n\n" + strings.Join(harbourProse, "\n\n")
	cases := []struct {
		name     string
		dump     string
		para     string // a line that must be a body paragraph ("" for none)
		caption  string // the one caption expected ("" for none)
		credit   string // its credit
		noImages bool
	}{
		{
			name:     "year notice under the last paragraph",
			dump:     head + "\n\nA public meeting on the timetable is planned for March.\n\n© 2026 Harbourside Weekly\n",
			para:     "A public meeting on the timetable is planned for March.",
			noImages: true,
		},
		{
			name:     "short last sentence",
			dump:     head + "\n\nThe mayor thanked staff.\n\n© 2026 Site Name\n",
			para:     "The mayor thanked staff.",
			noImages: true,
		},
		{
			name:     "year range and licence, footer links after it",
			dump:     head + "\n\nA public meeting on the timetable is planned for March.\n\nCopyright Jane Roe 2012-2025. CC BY-NC 4.0.\n\nAbout\n\nContact\n",
			para:     "A public meeting on the timetable is planned for March.",
			noImages: true,
		},
		{
			name:     "a paragraph under a closing heading",
			dump:     head + "\n\nConclusion\n\n" + harbourClose + "\n\n© 2026 Harbourside Weekly\n",
			para:     "Work on the terminal is due to finish within three years, the council said, and the park is to open first.",
			noImages: true,
		},
		{
			name:    "credit under a caption beside an image gap",
			dump:    head + "\n\n\n\nA ferry leaves the harbour at dawn on Monday.\n© Jane Doe / Coastline Agency\n\n" + harbourClose + "\n\n© 2026 Harbourside Weekly\n",
			caption: "A ferry leaves the harbour at dawn on Monday.",
			credit:  "Jane Doe / Coastline Agency",
		},
		{
			name:    "dated credit with the article going on below it",
			dump:    head + "\n\nA ferry leaves the harbour at dawn on Monday.\n© 2019 Jane Doe\n\n" + harbourClose + "\n",
			caption: "A ferry leaves the harbour at dawn on Monday.",
			credit:  "2019 Jane Doe",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText(tc.dump)
			require.NoError(t, err)
			if tc.para != "" {
				assert.Contains(t, paragraphTexts(a), tc.para)
			}
			if tc.noImages {
				assert.Empty(t, a.Images)
				return
			}
			require.Len(t, a.Images, 1)
			assert.Equal(t, tc.caption, a.Images[0].Caption)
			require.NotNil(t, a.Images[0].Credit)
			assert.Contains(t, a.Images[0].Credit.Text, tc.credit)
		})
	}
}

// paragraphTexts returns the texts of a's paragraphs, in order.
func paragraphTexts(a *Article) []string {
	out := make([]string, 0, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}
