package newsparse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/textdump"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wrapAt hard-wraps text at width columns after margin, as w3m, lynx, pandoc and the
// html2texts do: words are never split, and a line never passes the column.
func wrapAt(text string, width int, margin string) string {
	var b strings.Builder
	line := margin
	for _, w := range strings.Fields(text) {
		if line != margin && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			b.WriteString(line + "\n")
			line = margin
		}
		if line != margin {
			line += " "
		}
		line += w
	}
	b.WriteString(line + "\n")
	return b.String()
}

// wrapAll wraps every paragraph of reflowProse and joins them with sep.
func wrapAll(width int, margin, sep string) string {
	parts := make([]string, len(reflowProse))
	for i, p := range reflowProse {
		parts[i] = wrapAt(p, width, margin)
	}
	return strings.Join(parts, sep)
}

// bodyTexts returns the Article's paragraphs of kind body.
func bodyTexts(a *Article) []string { return textsOfKind(a, ParagraphBody) }

func TestReflowToolStyles(t *testing.T) {
	headline := "Harbour board backs plan to rebuild the old pier"
	tests := []struct {
		name, dump string
		headline   string
		list       []string // list items expected, in order
		subheads   []string
	}{
		{
			name: "w3m: 80 columns, bullets, a rule",
			dump: headline + "\n\n" + wrapAll(80, "", "\n") + "\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\nShare this article\n",
		},
		{
			name: "lynx: 3-space margin, 79 columns, link numbers, image placeholder",
			dump: headline + "\n\n" + strings.NewReplacer("pier,", "[12]pier,", "fees", "[13]fees", "lifeboat", "[14]lifeboat").
				Replace(wrapAll(79, "   ", "\n   [harbour-pier.jpg]\n\n")),
		},
		{
			name: "pandoc: 72 columns, empty image brackets, indented bullets",
			dump: headline + "\n\n" + wrapAt(reflowProse[0], 72, "") + "\n[]\n\n" + wrapAt(reflowProse[1], 72, "") +
				"\n-   First item of the list\n-   Second item of the list\n\n" + wrapAt(reflowProse[2], 72, ""),
			list: []string{"First item of the list", "Second item of the list"},
		},
		{
			name: "html2text (Python): Markdown heading, emphasis, wrapped image alt, broken hyphen",
			dump: "# " + headline + "\n\n" + wrapAt("**"+reflowProse[0]+"**", 78, "") + "\n![A view of the\nold pier](/img/pier.jpg)\n\n" +
				wrapAt(reflowProse[1], 78, "") + "\n  * Piles driven next spring\n  * Grant already agreed\n\n## What happens next\n\n" +
				wrapAt(reflowProse[2], 78, ""),
			headline: headline,
			list:     []string{"Piles driven next spring", "Grant already agreed"},
			subheads: []string{"What happens next"},
		},
		{
			name: "html2text (C++): star headings, no gaps, underscored links",
			dump: "****** " + headline + " ******\n" + wrapAt(reflowProse[0], 79, "") + "**** Next steps ****\n" + wrapAt(reflowProse[1], 79, "") +
				wrapAt(reflowProse[2], 79, "") + "Related_stories\nNew_ferry_timetable_published\nLifeboat_crew_honoured_at_awards\n",
			headline: headline,
			subheads: []string{"Next steps"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText(tc.dump)
			require.NoError(t, err)
			if tc.headline != "" {
				assert.Equal(t, tc.headline, a.Headline)
			}
			body := bodyTexts(a)
			require.GreaterOrEqual(t, len(body), len(reflowProse), "paragraphs: %q", body)
			for i, p := range reflowProse {
				assert.Contains(t, body, p, "paragraph %d rejoined whole", i)
			}
			var list, subs []string
			for _, p := range a.Paragraphs {
				switch p.Kind {
				case ParagraphList:
					list = append(list, p.Text)
				case ParagraphSubheading:
					subs = append(subs, p.Text)
				}
				assert.NotContains(t, p.Text, "**")
				assert.NotContains(t, p.Text, "[12]")
				assert.NotContains(t, p.Text, "[]")
				assert.NotContains(t, p.Text, "](")
			}
			if tc.list != nil {
				assert.Equal(t, tc.list, list)
			}
			if tc.subheads != nil {
				assert.Equal(t, tc.subheads, subs)
			}
		})
	}
}

// TestReadDumpStyle checks the width found for wrapped dumps and none for others.
func TestReadDumpStyle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		dump  string
		width int
	}{
		{"pandoc 72", wrapAll(72, "", "\n"), 72},
		{"w3m 80", wrapAll(80, "", "\n"), 80},
		{"one paragraph a line", strings.Join(reflowProse, "\n\n"), 0},
		{"short lines only", strings.Repeat("Home\nNews\nSport\n", 20), 0},
	} {
		st := textdump.ReadStyle(normalizeText(tc.dump))
		// The width found may sit a column or two under the tool's: no line reached it.
		assert.InDelta(t, tc.width, st.Width, 3, tc.name)
		if tc.width == 0 {
			assert.Zero(t, st.Width, tc.name)
		}
	}
}
