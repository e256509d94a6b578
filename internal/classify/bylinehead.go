package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/block"
)

// An author's card prints the name twice: once as the card's heading (often the
// photo's label, which a converter prints as the bare name) and once with the
// person's position after it, run on or glued where the page set them in two
// spans: "Jane Doe" / "Jane Doe Founder & Lead Reviewer", "Jane Doe" / "Jane
// DoeEditor at Harbour Times". The pair is the card's own evidence and does not
// need the headline: a whole-page dump whose headline was read elsewhere (a shop's
// banner, a menu) still prints the card just above the body's first paragraph.

// cardRepeatsName reports block next as the second line of an author's card whose
// heading is name: it opens with the name, and what follows, parted from it by a
// space, a separator or nothing (two spans glued by the converter), is a position
// ("Founder at Harbour Shop", "Senior Editor").
func cardRepeatsName(blocks []block.Block, forms []Form, next int, name string) bool {
	if next >= len(blocks) || !strings.Contains(name, " ") {
		return false
	}
	rest, ok := strings.CutPrefix(blocks[next].Text, name)
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ,|–—-")
	if rest == "" || strings.ContainsAny(rest, ".:;!?") {
		return false
	}
	f := forms[next]
	return !f.Prose && !f.Sentence && IsJobTitleLine(rest, f)
}

// aboveBodyStart bounds the blocks between an author's card and the body's first
// paragraph: a share bar, a "Table of contents" label, a disclosure.
const aboveBodyStart = 4
