package textdump

import "strings"

// lineBlocks splits normalised text into blocks, one per non-empty line, with the number
// of empty lines around each (lines of them, which ReadStyle counted). Scraped dumps put
// one paragraph on a line; the empty lines between them carry the page's layout (a
// missing credit line leaves an extra one).
func lineBlocks(norm string, lines int) []Block {
	// Sized once: a block is large, and growing the slice would copy them all.
	blocks := make([]Block, 0, lines)
	blank := 0
	for line := range strings.SplitSeq(norm, "\n") {
		if line == "" {
			blank++
			continue
		}
		if n := len(blocks); n > 0 {
			blocks[n-1].BlankAfter = blank
		}
		// Filled in place: a block is large, and copying one in costs write barriers.
		if len(blocks) < cap(blocks) {
			blocks = blocks[:len(blocks)+1]
		} else {
			blocks = append(blocks, Block{})
		}
		blocks[len(blocks)-1].Text, blocks[len(blocks)-1].BlankBefore = line, blank
		blank = 0
	}
	if n := len(blocks); n > 0 {
		blocks[n-1].BlankAfter = blank
	}
	return blocks
}
