package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hardWrap breaks text greedily at width columns, as w3m and lynx do.
func hardWrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}

// wrappedProse is an article of a few paragraphs, each long enough to wrap several
// times and each wrap cutting a sentence (the words are all lower case after the
// first).
func wrappedProse(width int) string {
	paras := []string{
		"The council said on tuesday that the old bridge over the river would close for repairs through the whole of the spring, and that buses would run on the ring road while the work went on during the night and at weekends.",
		"Residents who live along the east bank told the meeting that the detour would add half an hour to every journey into town, and asked whether the ferry could run again for the months the bridge stays shut to all traffic.",
		"Engineers found cracks in two of the piers last year and have been watching them since; the repairs will replace the bearings and the deck joints, which were last renewed when the bridge was widened in the seventies.",
	}
	var b strings.Builder
	for _, p := range paras {
		b.WriteString(strings.Join(hardWrap(p, width), "\n"))
		b.WriteString("\n\n")
	}
	return b.String()
}

// w3mMenu is a site's navigation as w3m prints nested lists: bulleted entries of
// 40-66 characters, more of them than the article's wrapped lines.
func w3mMenu(n int) string {
	bullets := []string{"•", "□", "☆"}
	words := strings.Fields("garden furniture kitchen storage seasonal recipes office lighting travel guides")
	var b strings.Builder
	for i := range n {
		entry := bullets[i%3] + " Shop"
		for k := 0; len(entry) < 40+(i*7)%27; k++ {
			entry += " " + words[(i+k)%len(words)]
		}
		b.WriteString(strings.Repeat("  ", i%3) + entry + "\n")
	}
	return b.String()
}

// widestCut is the longest line wrappedProse(width) breaks a sentence after: the
// column the cut sentences give.
func widestCut(width int) int {
	n := 0
	for _, p := range strings.Split(wrappedProse(width), "\n\n") {
		lines := strings.Split(p, "\n")
		for _, l := range lines[:len(lines)-1] {
			n = max(n, len(l))
		}
	}
	return n
}

// brokenAnywhere is a page whose lines break inside sentences at lengths from 40 to
// 100 characters (line breaks the page set itself): its cut sentences share no column.
func brokenAnywhere(n int) string {
	var b strings.Builder
	for i := range n {
		line := "Notes from the"
		for k := 0; len(line) < 40+(i*13)%61; k++ {
			line += " " + []string{"river", "walk", "in", "late", "autumn", "light"}[(i+k)%6]
		}
		b.WriteString(line + "\nand the way home.\n\n")
	}
	return b.String()
}

// TestReadStyleProseRuns: a dump whose menus outnumber its wrapped lines still wraps
// when its cut sentences agree on a column; a page written a paragraph a line that
// quotes a wrapped passage, or a menu alone, does not.
func TestReadStyleProseRuns(t *testing.T) {
	longPara := strings.Repeat("A paragraph that the scraper wrote on one line of its own, as a browser does. ", 3)
	for _, tc := range []struct {
		name string
		dump string
		want int
	}{
		{"menus outvote a wrapped article", "Site name\n\n" + w3mMenu(40) + "\n" + wrappedProse(79) + w3mMenu(20), widestCut(79)},
		{"lynx's narrower column", w3mMenu(40) + "\n" + wrappedProse(76), widestCut(76)},
		{"sentences broken at every length", brokenAnywhere(30), 0},
		{"a quoted wrapped passage in an unwrapped page", strings.Repeat(longPara+"\n\n", 12) + wrappedProse(72) + strings.Repeat(longPara+"\n\n", 4), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := ReadStyle(Normalize(tc.dump))
			assert.Equal(t, tc.want, st.Width)
		})
	}
}

// TestReflowProseRunsJoin: once the cut sentences give the column, each wrapped
// paragraph is one block again and the menu entries stay blocks of their own.
func TestReflowProseRunsJoin(t *testing.T) {
	dump := w3mMenu(40) + "\n" + wrappedProse(79)
	blocks := dumpBlocks(Normalize(dump), nil, false, nil)
	var paras []string
	for _, b := range blocks {
		if strings.HasPrefix(b.Text, "The council") || strings.HasPrefix(b.Text, "Residents") || strings.HasPrefix(b.Text, "Engineers") {
			paras = append(paras, b.Text)
		}
	}
	require.Len(t, paras, 3)
	for _, p := range paras {
		assert.NotContains(t, p, "\n")
		assert.Greater(t, len(p), 200, p)
	}
	assert.Greater(t, len(blocks), 40, "menu entries are not joined")
}
