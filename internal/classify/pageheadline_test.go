package classify

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// TestTitledBelow: a line under the first title-like line is read as a title, not as
// an author's line, when its first name ends at a colon or a byline naming someone
// else stands right under it.
func TestTitledBelow(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"an author's line with a role", []string{"Jane Doe Senior Reviewer", "March 3, 2026"}, false},
		{"a name ending at a colon", []string{"Halden: Light-Weight Trail Pack System", "Ana", "March 3, 2026"}, true},
		{"a product's name over a byline", []string{"Halden Ridge Trail Pack Review", "By Ana Ruiz"}, true},
		{"a title crediting its author", []string{"Trail Pack Guide by Ana Ruiz", "March 3, 2026"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, forms := make([]block.Block, len(tt.lines)), make([]Form, len(tt.lines))
			for i, l := range tt.lines {
				blocks[i].Text = l
				forms[i] = ReadForm(l)
				forms[i].Names, forms[i].ByExplicit = ParseByline(l)
			}
			assert.Equal(t, tt.want, titledBelow(blocks, forms, 0))
		})
	}
}

func TestNamesOwner(t *testing.T) {
	owner := []string{"© 2026 Little Cabin Big Trail. All rights reserved."}
	tests := []struct {
		line string
		want bool
	}{
		{"Little Cabin Big Trail", true},
		{"Little Cabin", true},
		{"Cabin", false}, // one word: too little to name the site
		{"What Nobody Tells You About Cabin Life", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, namesOwner(owner, tt.line), tt.line)
	}
	assert.False(t, namesOwner(nil, "Little Cabin Big Trail"), "no copyright line")
}

func TestInNumberedList(t *testing.T) {
	lines := []string{"1. Guides", "2. Workshop Projects", "Pantry shelves", "3. Who pays", "10 Best Harbour Towns"}
	blocks := make([]block.Block, len(lines))
	for i, l := range lines {
		blocks[i].Text = l
	}
	for i, want := range []bool{true, true, false, false, false} {
		assert.Equal(t, want, inNumberedList(blocks, i), lines[i])
	}
}

func TestListedTrail(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"entries closed by separators", []string{"Intro", "• Guides /", "• Packing /", "• The headline"}, true},
		{"numbered from the home page", []string{"Intro", "1. Home", "2. Guides", "3. The headline"}, true},
		{"bulleted from the home page", []string{"Intro", "• Home", "• The headline"}, true},
		{"a menu", []string{"Intro", "• Guides", "• Packing", "• The headline"}, false},
		{"a lone entry", []string{"Intro", "• The headline"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, forms := blocksOfLines(tt.lines)
			assert.Equal(t, tt.want, listedTrail(blocks, forms, len(tt.lines)-1))
		})
	}
}

// blocksOfLines makes a block of each line, one line a block as a dump's paragraphs
// are, with the form the classifier reads of it: the input of the headline chooser's
// rules that tests call one at a time.
func blocksOfLines(lines []string) ([]block.Block, []Form) {
	blocks := make([]block.Block, len(lines))
	forms := make([]Form, len(lines))
	for i, l := range lines {
		blocks[i].Text = l
		forms[i] = readBlockForm(&blocks[i])
	}
	return blocks, forms
}

func TestCreditsByName(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Guide by Jane Doe Former Harbour Editor", true},
		{"Authored by: Dr. Jane Doe", true},
		{"Killed by a falling wave", false},
		{"Standby Crews Ready", false},
		{"Harbour Board Backs Plan", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, creditsByName(tt.line), tt.line)
	}
}

func TestRunOfEntries(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Part 1 Part 2 Part 3 Part 4", true},
		{"Page One Page Two Page Three", true},
		{"The Best of the Best of the Year", false},
		{"New Pier for New Town in New Year", true},
		{"Harbour Board Backs Plan to Rebuild the Old Pier", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, runOfEntries(tt.line), tt.line)
	}
}

func TestHasTrailMark(t *testing.T) {
	for s, want := range map[string]bool{
		"Home » News": true, "Blog / Tips": true, "News > Nation": true, "< Back to blog": true,
		"2. Local News": true, "• Guides": true, "30 Years of <br> Tags": false, "4.5 Stars": false,
		"\"Quoted\" Title": false, "Coast & Boats": false, "UX/UI Design": false,
	} {
		assert.Equal(t, want, hasTrailMark(s), s)
	}
}

func TestTitleBarLine(t *testing.T) {
	menu := strings.Repeat("Home\nNews\nSport\nTravel\nShop\n", 6)
	const headline = "Harbour board backs plan to rebuild the old pier"
	tests := []struct {
		name, bar string
		want      int // the block repeating the bar, -1 for none
	}{
		{"the line repeating the title bar", headline + " | Coast Gazette", 31},
		{"a short first line is no title bar", "Coast Gazette News", -1},
		{"a first line unlike any candidate", "Coast Gazette: Your Local News Every Day", -1},
		{"a menu entry is no repeat", "Home News Sport Travel", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := tt.bar + "\n" + menu + headline + "\nPhotos From the Harbour Open Day\nTuesday 12 March 2024\n" + strings.Join(reflowProse, "\n") + "\n"
			blocks := textBlocks(normalizeText(dump))
			forms := make([]Form, len(blocks))
			for i := range blocks {
				forms[i] = ReadForm(blocks[i].Text)
			}
			assert.Equal(t, tt.want, titleBarLine(blocks, forms, StripSiteSuffix(blocks[0].Text, ""), 1, len(blocks)))
		})
	}
}

func TestInContents(t *testing.T) {
	// A table of contents repeats the body's subheadings in a run; a lone repeat (a
	// footer's teaser of the headline itself) is no evidence.
	lines := []string{"Harbour Board Backs Plan", "How the Vote Went", "What Happens Next", "Who Pays",
		reflowProse[0], "How the Vote Went", reflowProse[1], "What Happens Next", reflowProse[2], "Harbour Board Backs Plan"}
	blocks, forms := make([]block.Block, len(lines)), make([]Form, len(lines))
	first := map[string]int{}
	for i, l := range lines {
		blocks[i].Text = l
		// Each repeat points at its first copy, as Blocks marks it.
		if j, ok := first[l]; ok {
			forms[i].firstCopy = int32(j + 1)
		} else {
			first[l] = i
		}
	}
	inBody := repeatedInBody(forms, 0, 4, len(blocks)-1)
	for i, want := range []bool{false, true, true, false} {
		assert.Equal(t, want, inContents(blocks, inBody, i), lines[i])
	}
}

func TestHeadlineCandidateShapes(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
	}{
		{"The Best Harbour Towns of 2026", true},            // a year in a title
		{"Packing Tips for a Harbour Move Guide", true},     // capitals, not names
		{"Email address *", false},                          // a form field
		{"Create an account and enjoy these perks:", false}, // introduces a list
		{"Jane Doe, Staff Writer", false},                   // a byline
		{"March 12, 2024", false},                           // a date line
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			blocks := []block.Block{{Text: tt.line}, {Text: reflowProse[0]}}
			forms := []Form{ReadForm(tt.line), ReadForm(reflowProse[0])}
			readFrontByline(blocks, forms, 0, -1)
			_, ok := headlineScore(newCandidates(blocks, forms, 1), 0, false, 0)
			assert.Equal(t, tt.ok, ok)
		})
	}
}
