package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/block"
)

// A section's heading over a ranked list reads as a name: "Key Takeaways" over "1.
// Data tools help ...", "Trending Stories" over "1" and the first story. An author's
// line goes on with a date, a reading time, a job title, a bio or the story, never
// with a list's first rank; so a bare byline (no opener, no date on it or beside it)
// whose next line with a letter or a digit opens a ranked list is a heading.

// dropListHeadings demotes the bare bylines that head a ranked list. Blocks a front
// end settled (preset) are left alone.
func dropListHeadings(blocks []block.Block, forms []Form, preset []bool) {
	for i := range blocks {
		b := &blocks[i]
		if b.Role != block.RoleByline || preset[i] || forms[i].ByExplicit || !b.Published.IsZero() || Dated(blocks, i) {
			continue
		}
		if n := letteredNeighbour(blocks, i, 1); n < len(blocks) && opensRankedList(blocks[n].Text) {
			b.Role, b.Reason, b.Names = block.RoleRemoved, block.ReasonNavigation, nil
		}
	}
}

// opensRankedList reports a list's first rank: "1" alone, or "1." or "1)" before the
// item. "1 min read", a reading time, is no rank.
func opensRankedList(t string) bool {
	t = strings.TrimSpace(t)
	if t == "1" {
		return true
	}
	rest, ok := strings.CutPrefix(t, "1")
	return ok && len(rest) >= 2 && (rest[0] == '.' || rest[0] == ')') && rest[1] == ' '
}
