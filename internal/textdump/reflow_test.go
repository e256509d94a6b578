package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReflowLeavesUnwrapped: a dump written one paragraph a line (BeautifulSoup, a
// browser's innerText, the seed) is read exactly as before, marks and all.
func TestReflowLeavesUnwrapped(t *testing.T) {
	para := strings.Repeat("A sentence of a paragraph that a scraper wrote on one line of its own. ", 4)
	dump := "A headline of some words here\n\n" + strings.Repeat(para+"\n\n", 3) + "# not a heading in a plain dump\n*** Note ***\n"
	norm := Normalize(dump)
	require.Len(t, lineBlocks(norm), 6)
	assert.Equal(t, lineBlocks(norm), dumpBlocks(norm, nil))
}

// TestReflowHyphenBreak: html2text breaks a hyphenated word after its hyphen; the
// halves join without a space, and a dash between words keeps its spaces.
func TestReflowHyphenBreak(t *testing.T) {
	st := Style{Width: 78}
	a := dumpLine{text: "From Microsoft to Adobe and AutoCAD, this is how to get ahead in the modern-"}
	b := dumpLine{text: "day workplace"}
	assert.True(t, joinsWrapped(a, b, st))
	assert.True(t, hyphenBreak(a.text, b.text))
	assert.False(t, hyphenBreak("a line that ends with a dash -", "and goes on"))
	assert.False(t, hyphenBreak("the Jones-", "Smith family"))
}

func TestStripMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"**Recommended:** Best classes", "Recommended: Best classes"},
		{"_This article_ _includes_ links _._", "This article includes links ."},
		{"See [our guide](https://example.org/guide) now", "See our guide now"},
		{"Logo ![Site logo](/logo.png) here", "Logo here"},
		{"snake_case and 5*3 stay", "snake_case and 5*3 stay"},
		{`1\. Escaped \*star\*`, "1. Escaped *star*"},
	} {
		assert.Equal(t, tc.want, stripMarkdown(tc.in), tc.in)
	}
}

func TestDumpLineMarks(t *testing.T) {
	st := Style{Width: 78, Markdown: true, StarHeadings: true}
	for _, tc := range []struct {
		in    string
		kind  lineKind
		level uint8
		text  string
	}{
		{"# Title", lineHeading, 1, "Title"},
		{"### Section ###", lineHeading, 3, "Section"},
		{"****** Title ******", lineHeading, 1, "Title"},
		{"**** Section ****", lineHeading, 3, "Section"},
		{"━━━━━━━━━━", lineRule, 0, ""},
		{"----------", lineRule, 0, ""},
		{"[IMG]", lineImage, 0, ""},
		{"![alt text](/a.png)", lineImage, 0, ""},
		{"[ ] Share", linePlain, 0, "[ ] Share"},
		{"+ Item", lineBullet, 0, "• Item"},
		{"o Item", lineBullet, 0, "• Item"},
		{"Cell one │ Cell two", lineRow, 0, "Cell one │ Cell two"},
		{"or so it seemed", linePlain, 0, "or so it seemed"},
	} {
		got := readDumpLine(tc.in, st)
		assert.Equal(t, tc.kind, got.kind, tc.in)
		assert.Equal(t, tc.level, got.level, tc.in)
		if tc.text != "" {
			assert.Equal(t, tc.text, got.text, tc.in)
		}
	}
}
