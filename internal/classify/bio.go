package classify

import (
	"slices"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/textdump"
)

// An article often closes with a note on its author: "Jane Doe is a reporter who
// covers the coast.", under the author's name or not. It stands in the body's second
// half, after the last paragraph or in an author box between sections; CutAtBio
// finds it by the byline's own names. What follows it is left to the rules that end
// the body: an author box may part two sections of one article.

// CutAtBio removes the author's biography in the second half of the body, blocks
// first to last with their forms: a paragraph that opens with a full name of the
// byline and goes on in lower case ("Jane Doe is ...", "Jane Doe writes ..."), with
// the bare name on the line above it when the page prints one. An author box the
// page region ended the body before (a line naming the author over a paragraph that
// opens with the name, textdump.NamesOver) is a bio too, byline or not.
func CutAtBio(blocks []block.Block, forms []Form, first, last int) {
	if first <= 0 || last >= len(blocks) {
		return
	}
	if h, p := last+1, last+2; p < len(blocks) && blocks[p].Role == block.RoleRemoved &&
		textdump.NamesOver(boxLine(blocks, forms, h), boxLine(blocks, forms, p)) {
		// The box's heading may have been read as the byline; the bio is removed.
		if blocks[h].Role == block.RoleRemoved {
			blocks[h].Reason = block.ReasonBio
		}
		blocks[p].Reason = block.ReasonBio
		return
	}
	var names []string
	for i := range first {
		if blocks[i].Role == block.RoleByline {
			for _, n := range blocks[i].Names {
				if ascii.WordCount(n) >= 2 {
					names = append(names, n)
				}
			}
		}
	}
	if len(names) == 0 {
		return
	}
	paragraphs := 0
	for i := first; i <= last; i++ {
		if blocks[i].Role == block.RoleBody {
			paragraphs++
		}
	}
	seen := 0
	for i := first; i <= last; i++ {
		if blocks[i].Role != block.RoleBody && blocks[i].Role != block.RoleSubheading {
			continue
		}
		if blocks[i].Role == block.RoleBody {
			seen++
		}
		if 2*seen <= paragraphs || !OpensWithName(blocks[i].Text, names) {
			continue
		}
		blocks[i].Role, blocks[i].Reason = block.RoleRemoved, block.ReasonBio
		if j := i - 1; j > first && IsParagraphRole(blocks[j].Role) && slices.Contains(names, blocks[j].Text) {
			blocks[j].Role, blocks[j].Reason = block.RoleRemoved, block.ReasonBio
		}
		return
	}
}

// boxLine is what textdump.NamesOver reads of block i: its text and its form's
// count of words and prose mark.
func boxLine(blocks []block.Block, forms []Form, i int) textdump.Line {
	return textdump.Line{Text: blocks[i].Text, Words: forms[i].Words, Prose: forms[i].Prose}
}

// IsParagraphRole reports the roles of an article's running text: body paragraphs,
// subheadings, quotes and lists.
func IsParagraphRole(r block.Role) bool {
	return r == block.RoleBody || r == block.RoleSubheading || r == block.RoleQuote || r == block.RoleList
}
