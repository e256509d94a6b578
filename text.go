package newsparse

import "strings"

// textBlocks splits normalised text into blocks, one per non-empty line, with the number
// of empty lines around each. Scraped dumps put one paragraph on a line; the empty lines
// between them carry the page's layout (a missing credit line leaves an extra one).
func textBlocks(norm string) []block {
	var blocks []block
	blank := 0
	for line := range strings.SplitSeq(norm, "\n") {
		if line == "" {
			blank++
			continue
		}
		if n := len(blocks); n > 0 {
			blocks[n-1].blankAfter = blank
		}
		blocks = append(blocks, block{text: line, blankBefore: blank})
		blank = 0
	}
	if n := len(blocks); n > 0 {
		blocks[n-1].blankAfter = blank
	}
	return blocks
}
