package textdump

import (
	"strings"

	"github.com/newsparse/newsparse/internal/block"
)

// lineBlocks splits normalised text into blocks, one per non-empty line, with the number
// of empty lines around each (lines of them, which ReadStyle counted). Scraped dumps put
// one paragraph on a line; the empty lines between them carry the page's layout (a
// missing credit line leaves an extra one). The blocks are the classifier's, which
// ReadLines hands over as they are: such a line needs nothing else read off it.
func lineBlocks(norm string, lines int) []block.Block {
	// Sized once: a block is large, and growing the slice would copy them all.
	blocks := make([]block.Block, 0, lines)
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
			blocks = append(blocks, block.Block{})
		}
		blocks[len(blocks)-1].Text, blocks[len(blocks)-1].BlankBefore = line, blank
		blank = 0
	}
	if n := len(blocks); n > 0 {
		blocks[n-1].BlankAfter = blank
	}
	return blocks
}

// fromLines makes Blocks of lineBlocks' lines, for a dump with tables to merge or
// author marks to read, and for Read.
func fromLines(lines []block.Block) []Block {
	blocks := make([]Block, len(lines))
	for i := range lines {
		blocks[i].Text, blocks[i].BlankBefore, blocks[i].BlankAfter = lines[i].Text, lines[i].BlankBefore, lines[i].BlankAfter
	}
	return blocks
}

// marks walks the occurrences of one mark in a text, in order, for a caller that
// asks about the text's lines in order: each search runs on from the line asked
// about, so the text is searched once for the mark however many lines it has.
type marks struct {
	s, mark string
	next    int // the first occurrence at or after the last line asked about; len(s) for none, -1 before the first search
}

func marksOf(s, mark string) marks { return marks{s: s, mark: mark, next: -1} }

// within reports an occurrence of the mark in s[start:end], for lines asked about in
// order; the mark holds no line break, so an occurrence that starts in a line ends in it.
// It is small enough to inline: the readers ask it of every line, and most lines lie
// before the next occurrence, so that only seek searches.
func (m *marks) within(start, end int) bool {
	if m.next < start {
		m.seek(start)
	}
	return m.next < end
}

// seek finds the first occurrence at or after start.
func (m *marks) seek(start int) {
	m.next = len(m.s)
	if i := strings.Index(m.s[start:], m.mark); i >= 0 {
		m.next = start + i
	}
}
