package textdump

import "strings"

// lineBlocks splits normalised text into blocks, one per non-empty line, with the number
// of empty lines around each. Scraped dumps put one paragraph on a line; the empty lines
// between them carry the page's layout (a missing credit line leaves an extra one).
func lineBlocks(norm string) []Block {
	// Sized once: a block is large, and growing the slice would copy them all.
	blocks := make([]Block, 0, nonEmptyLines(norm))
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

// nonEmptyLines counts the lines of norm that hold text.
func nonEmptyLines(norm string) int {
	n := 0
	for len(norm) > 0 {
		i := strings.IndexByte(norm, '\n')
		if i < 0 {
			return n + 1
		}
		if i > 0 {
			n++
		}
		norm = norm[i+1:]
	}
	return n
}
