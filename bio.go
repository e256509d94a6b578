package newsparse

import (
	"slices"
)

// An article often closes with a note on its author: "Jane Doe is a reporter who
// covers the coast.", under the author's name or not. It stands in the body's second
// half, after the last paragraph or in an author box between sections; cutAtBio
// finds it by the byline's own names. What follows it is left to the rules that end
// the body: an author box may part two sections of one article.

// cutAtBio removes the author's biography in the second half of the body: a paragraph
// that opens with a full name of the byline and goes on in lower case ("Jane Doe is
// ...", "Jane Doe writes ..."), with the bare name on the line above it when the page
// prints one.
func cutAtBio(blocks []block, first, last int) {
	if first <= 0 || last >= len(blocks) {
		return
	}
	var names []string
	for i := range first {
		if blocks[i].role == roleByline {
			for _, n := range blocks[i].names {
				if wordCount(n) >= 2 {
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
		if blocks[i].role == roleBody {
			paragraphs++
		}
	}
	seen := 0
	for i := first; i <= last; i++ {
		if blocks[i].role != roleBody && blocks[i].role != roleSubheading {
			continue
		}
		if blocks[i].role == roleBody {
			seen++
		}
		if 2*seen <= paragraphs || !opensWithName(blocks[i].text, names) {
			continue
		}
		blocks[i].role, blocks[i].reason = roleRemoved, ReasonBio
		if j := i - 1; j > first && isParagraphRole(blocks[j].role) && slices.Contains(names, blocks[j].text) {
			blocks[j].role, blocks[j].reason = roleRemoved, ReasonBio
		}
		return
	}
}
