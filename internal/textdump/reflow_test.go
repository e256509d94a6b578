package textdump

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReflowLeavesUnwrapped: a dump written one paragraph a line (BeautifulSoup, a
// browser's innerText, the seed) is read exactly as before, marks and all.
func TestReflowLeavesUnwrapped(t *testing.T) {
	para := strings.Repeat("A sentence of a paragraph that a scraper wrote on one line of its own. ", 4)
	dump := "A headline of some words here\n\n" + strings.Repeat(para+"\n\n", 3) + "# not a heading in a plain dump\n*** Note ***\n"
	norm := Normalize(dump)
	st := ReadStyle(norm)
	require.False(t, st.Marked())
	require.Equal(t, 6, st.lines)
	require.Len(t, lineBlocks(norm, st.lines), 6)
	assert.Equal(t, fromLines(lineBlocks(norm, st.lines)), dumpBlocks(norm, nil, false, nil))
}

// TestReflowHyphenBreak: html2text breaks a hyphenated word after its hyphen; the
// halves join without a space, and a dash between words keeps its spaces.
func TestReflowHyphenBreak(t *testing.T) {
	st := Style{Width: 78}
	a := dumpLine{text: "From Microsoft to Adobe and AutoCAD, this is how to get ahead in the modern-"}
	b := dumpLine{text: "day workplace"}
	assert.Equal(t, JoinMidSentence, wrapJoin(a, b, st))
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
		got, _ := stripMarkdown(tc.in, false)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestDumpLineMarks(t *testing.T) {
	st := Style{Width: 78, Markdown: true, StarHeadings: true}
	for _, tc := range []struct {
		in    string
		kind  Mark
		level uint8
		text  string
	}{
		{"# Title", MarkHeading, 1, "Title"},
		{"### Section ###", MarkHeading, 3, "Section"},
		{"****** Title ******", MarkHeading, 1, "Title"},
		{"**** Section ****", MarkHeading, 3, "Section"},
		{"━━━━━━━━━━", MarkRule, 0, ""},
		{"----------", MarkRule, 0, ""},
		{"[IMG]", MarkImage, 0, ""},
		{"![alt text](/a.png)", MarkImage, 0, ""},
		{"[ ] Share", MarkNone, 0, "[ ] Share"},
		{"+ Item", MarkBullet, 0, "• Item"},
		{"o Item", MarkBullet, 0, "• Item"},
		{"□ Nested item", MarkBullet, 0, "• Nested item"},
		{"☆ Third level", MarkBullet, 0, "• Third level"},
		{"Cell one │ Cell two", MarkRow, 0, "Cell one │ Cell two"},
		{"or so it seemed", MarkNone, 0, "or so it seemed"},
	} {
		got := readDumpLine(tc.in, st)
		assert.Equal(t, tc.kind, got.kind, tc.in)
		assert.Equal(t, tc.level, got.level, tc.in)
		if tc.text != "" {
			assert.Equal(t, tc.text, got.text, tc.in)
		}
	}
}

// TestReadReportsRules: each block says which mark opened it and which rules joined
// its lines.
func TestReadReportsRules(t *testing.T) {
	dump := "# The harbour board backs a plan for the old pier\n\n" +
		"The board voted on **Tuesday** to rebuild the old pier, ending a row\n" +
		"that has divided the town of Kingsbridge for most of a decade, and\n" +
		"Supporters said the work would bring back the ferry service, while\n" +
		"fishermen warned that months of building would close the inner basin\n" +
		"during the busiest season of the year, and asked for the work to wait.\n\n" +
		"What happens next\n=================\n\n" +
		"Engineers expect the first piles to be driven next spring, after a\n" +
		"survey of the seabed. The cost, put at a little over **four** million\n" +
		"pounds, will be met from reserves and a regional grant, the board's\n" +
		"chair said in a statement about the plan for the modern-\n" +
		"day harbour.\n\n" +
		"  * Piles driven next spring\n"
	blocks := Read(dump, Normalize(dump), nil, false)
	require.Len(t, blocks, 5)
	for _, tc := range []struct {
		text  string
		mark  Mark
		joins Join
	}{
		{"The harbour board backs a plan for the old pier", MarkHeading, 0},
		{"", MarkNone, JoinMidSentence | JoinFilledLine},
		{"What happens next", MarkUnderline, 0},
		{"", MarkNone, JoinMidSentence | JoinHyphen},
		{"• Piles driven next spring", MarkBullet, 0},
	} {
		b := blocks[0]
		blocks = blocks[1:]
		if tc.text != "" {
			assert.Equal(t, tc.text, b.Text)
		}
		assert.Equal(t, tc.mark, b.Mark, b.Text)
		assert.Equal(t, tc.joins, b.Joins, b.Text)
	}
}

// TestWrappedHeadings: a heading the tool wrapped is one heading. html2text
// (Python) wraps a Markdown heading like a paragraph, its next line blank unless the
// heading went on; html2text (C++) puts the closing stars after the wrapped words.
// A short heading over a line of text stays apart from it.
func TestWrappedHeadings(t *testing.T) {
	para := "The board voted on Tuesday to rebuild the old pier, ending a row that\n" +
		"has divided the town of Kingsbridge for most of a decade, and supporters\n" +
		"said the work would bring back the ferry service, while fishermen warned\n" +
		"that months of building would close the inner basin during the busiest\n" +
		"season of the year, and asked for the work to wait until the autumn.\n\n"
	md := para + "## Who pays\n\n" + para + "## When the work starts\n\n" + para
	for _, tc := range []struct {
		name, dump, want string
		level            uint8
	}{
		{"Markdown heading filled to the column",
			"# The harbour board backs a plan to rebuild the old pier and its ferry\nslipway\n\n" + md,
			"The harbour board backs a plan to rebuild the old pier and its ferry slipway", 1},
		{"short Markdown heading over text stays apart",
			"## What happens next\nEngineers expect the first piles next spring.\n\n" + md,
			"What happens next", 2},
		{"stars closed on the next line",
			"****** The harbour board backs a plan to rebuild the old pier and its\nferry slipway ******\n\n" + para + "**** What happens next ****\n\n**** Who pays ****\n",
			"The harbour board backs a plan to rebuild the old pier and its ferry slipway", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks := Read(tc.dump, Normalize(tc.dump), nil, false)
			require.NotEmpty(t, blocks)
			assert.Equal(t, tc.want, blocks[0].Text)
			assert.Equal(t, tc.level, blocks[0].Heading)
			assert.Equal(t, MarkHeading, blocks[0].Mark)
			if tc.want != "What happens next" {
				assert.Equal(t, JoinHeading, blocks[0].Joins)
			}
		})
	}
}

func TestListMarks(t *testing.T) {
	for _, tc := range []struct {
		in               string
		bullet, numbered int
	}{
		{"• Item", len("• "), 0},
		{"- Item", 2, 0},
		{"* Item", 2, 0},
		{"-", 0, 0},
		{"12. Item", 0, 4},
		{"3) Item", 0, 3},
		{"2024 - the year", 0, 0},
		{"1 - Item", 0, 4},
		{"Item", 0, 0},
	} {
		assert.Equal(t, tc.bullet, BulletLen(tc.in), tc.in)
		assert.Equal(t, tc.numbered, NumberedPrefix(tc.in), tc.in)
	}
}

func TestStripHeadingMark(t *testing.T) {
	for in, want := range map[string]string{
		"## Section ##":       "Section",
		"***** Title *****":   "Title",
		"#hashtag":            "#hashtag",
		"# ":                  "# ",
		"A line, no heading.": "A line, no heading.",
	} {
		assert.Equal(t, want, StripHeadingMark(in), in)
	}
}

// TestReflowFlushLeftHeading: lynx sets body text in a three-space margin and
// headings flush left, so a heading wrapped at the same column runs a few characters
// past every body line once normalisation has removed the margin. Its two lines are
// one heading; a short line after a body-length line still opens a block of its own.
func TestReflowFlushLeftHeading(t *testing.T) {
	body := "   The council voted on Tuesday to rebuild the old pier, ending a row that\n" +
		"   has divided the town for most of a decade, and supporters said the work\n" +
		"   would bring back the ferry service that stopped running eight years ago.\n"
	dump := "   Local news\n\n" +
		"The harbour board backs a plan for the old pier and a new ferry terminal in\n" +
		"2026\n\n" + strings.Repeat(body+"\n", 9)
	norm := Normalize(dump)
	blocks := Read(dump, norm, nil, false)
	require.GreaterOrEqual(t, len(blocks), 3)
	assert.Equal(t, "Local news", blocks[0].Text)
	assert.Equal(t, "The harbour board backs a plan for the old pier and a new ferry terminal in 2026", blocks[1].Text)
	assert.Equal(t, JoinFilledLine, blocks[1].Joins)
	assert.True(t, strings.HasPrefix(blocks[2].Text, "The council voted"))

	st := Style{Width: 72}
	long := dumpLine{text: strings.Repeat("x", 72+2+headingMargin+1)}
	assert.Zero(t, wrapJoin(long, dumpLine{text: "and more"}, st), "a line past any wrap column is not wrapped")
}

// TestRuneCountUpTo holds runeCountUpTo to the full count, capped, wherever the cap
// falls in a character of several bytes and wherever a character falls in an
// eight-byte load.
func TestRuneCountUpTo(t *testing.T) {
	for _, s := range []string{"", "short", strings.Repeat("a", 150), strings.Repeat("é", 150), strings.Repeat("ab漢", 60),
		strings.Repeat("𝄞x", 70), "a\xffb\xfe" + strings.Repeat("ü", 120), strings.Repeat("Привет, мир “да” — 2026 ", 8)} {
		for pad := range 9 {
			s := strings.Repeat("x", pad) + s
			for _, n := range []int{1, 2, 3, 7, 8, 9, 40, 101, 200} {
				assert.Equal(t, min(utf8.RuneCountInString(s), n), runeCountUpTo(s, n), "%q up to %d", s, n)
			}
		}
	}
}

// TestMarksWithin: the cursor over a dump's marks answers, line by line, what
// strings.Contains on each line answers, lines skipped or not.
func TestMarksWithin(t *testing.T) {
	dump := "a](b\n\nno mark\n](](\nx](\n\n](\nlast line ]("
	for _, every := range []int{1, 2, 3} {
		m := marksOf(dump, "](")
		start, n := 0, 0
		for _, l := range strings.Split(dump, "\n") {
			if n%every == 0 {
				assert.Equal(t, strings.Contains(l, "]("), m.within(start, start+len(l)), "line %d %q, every %d", n, l, every)
			}
			start += len(l) + 1
			n++
		}
	}
}
