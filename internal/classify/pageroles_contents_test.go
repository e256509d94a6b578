package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// A table of contents above the line chosen as the headline (markContents with the
// contents before head): on a whole page the body's region may start below the
// contents, and the headline be chosen among the front matter below them too.

func TestRolesContentsAboveHeadline(t *testing.T) {
	sections := []string{"Choosing the beans", "Grinding", "Water and temperature", "Brewing methods"}
	// body returns the article's lines: a paragraph, then each section's heading over
	// a paragraph, or, with teasers, the paragraphs first and the titles together at
	// the end, each over a blurb (a box of links to other stories).
	body := func(teasers bool) []string {
		out := []string{para("A")}
		if !teasers {
			for k, s := range sections {
				out = append(out, s, para(string(rune('B'+k))))
			}
			return out
		}
		for k := range 2 * len(sections) {
			out = append(out, para(string(rune('B'+k))))
		}
		for k, s := range sections {
			out = append(out, s, para(string(rune('N'+k))))
		}
		return out
	}
	tests := []struct {
		name     string
		above    []string // the lines above the headline
		teasers  bool
		headings bool // the copies in the body are marked as the article's headings
	}{
		{name: "contents over the article's sections", above: append([]string{"Table of contents"}, sections...), headings: true},
		{name: "a menu whose titles a box of teasers repeats", above: append([]string{"Home", "Guides"}, sections...), teasers: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append(append([]string{}, tt.above...), "A beginner's guide to brewing coffee at home")
			head := len(ls) - 1
			first := len(ls)
			ls = append(ls, body(tt.teasers)...)
			blocks, _ := readDump(lines(ls...), false)
			forms := make([]Form, len(blocks))
			for i := range blocks {
				forms[i] = readBlockForm(&blocks[i])
				// The roles the classifier gives before it looks for contents.
				blocks[i].Role = block.RoleSubheading
				if forms[i].Prose {
					blocks[i].Role = block.RoleBody
				}
			}
			blocks[head].Role = block.RoleHeadline
			headings := markContents(blocks, forms, head, first, len(blocks)-1)
			marked := 0
			for i := first; i < len(blocks); i++ {
				if headings != nil && headings[i] {
					marked++
				}
			}
			if tt.headings {
				assert.Equal(t, len(sections), marked, "every section's heading")
				for i := range tt.above[1:] {
					assert.Equal(t, block.ReasonNavigation, blocks[1+i].Reason, "the contents' entry %q", blocks[1+i].Text)
				}
			} else {
				assert.Zero(t, marked)
				for i := range tt.above {
					assert.Equal(t, block.RoleSubheading, blocks[i].Role, "the menu's line %q keeps its role", blocks[i].Text)
				}
			}
		})
	}
}
