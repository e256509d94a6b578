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

// BulletLen returns the length of a leading list marker: "• ", "- ", "* ", "· ", "– ".
// Numbered markers ("1. ") are left to the classifier, because numbered subheadings
// look the same.
func BulletLen(s string) int {
	// Every marker opens with '-', '*' or the lead byte of U+0080-U+00BF or of
	// U+2000-U+2FFF.
	if s == "" || s[0] != '-' && s[0] != '*' && s[0] != 0xc2 && s[0] != 0xe2 {
		return 0
	}
	for _, b := range []string{"• ", "- ", "* ", "· ", "– ", "▪ ", "■ ", "◦ ", "○ ", "► ", "✓ ", "✔ "} {
		if strings.HasPrefix(s, b) && len(s) > len(b) {
			return len(b)
		}
	}
	return 0
}

// NumberedPrefix returns the length of a leading "1. ", "12) " or "3 - " marker.
func NumberedPrefix(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) {
		return 0
	}
	for _, sep := range []string{". ", ") ", " - ", ": "} {
		if strings.HasPrefix(s[i:], sep) {
			return i + len(sep)
		}
	}
	return 0
}
