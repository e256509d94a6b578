package textdump

import "github.com/newsparse/newsparse/internal/block"

// Block is one paragraph-like piece of a dump: a line, or the lines a converter
// wrapped, rejoined, with the marks the converter printed read off it.
type Block struct {
	// Text is the block's text; empty for a table, whose cells Rows hold.
	Text string
	// BlankBefore and BlankAfter count the empty lines around the block (a rule or a
	// picture's placeholder counts as one or two): a dump's main layout evidence.
	BlankBefore, BlankAfter int
	// Heading is the level of a heading a converter marked ("# ", "**** … ****", an
	// underline), 1 for the page's title; 0 for other blocks.
	Heading uint8
	// Mark is the converter's mark on the block's first line (MarkNone for a dump
	// written one paragraph a line), and Joins the rules that joined its lines: what
	// the front end read, for tests and diagnostics.
	Mark  Mark
	Joins Join
	// AuthorMarked: the page's markup marked the block's text as its author's (a
	// class or id that says byline or author, rel="author"), which a Markdown
	// writer kept and the front end took out (authormark.go). It stands with the
	// other one-byte fields, which share a word: a dump has a block a line.
	AuthorMarked bool
	// Links are the links of the dump's numbered link marks, with offsets into Text.
	Links []Link
	// Rows are the rows of a table the dump laid out in cells (tabs, pipes, boxes).
	Rows []Row
}

// Link is a link read off a block: its text, its absolute http(s) address and the
// byte offsets of the text in the block's Text. It is the classifier's block.Link,
// so that the front end's links pass to the classifier's blocks as they are.
type Link = block.Link

// Row is one row of a table: its cells, white space collapsed, and whether it is a
// row of column headings (the first row, set off by a rule). It is block.Row.
type Row = block.Row

// Read splits a dump into blocks. raw is the dump as decoded, in which tables are
// found (normalisation turns their tabs into spaces); norm is Normalize(raw) less a
// trailing lynx reference list, and refs are that list's addresses by link number
// (nil when the dump ends in none). markdown says the caller knows the dump for a
// Markdown writer's (it opened with a front matter), whatever its lines show. A
// hard-wrapped dump's paragraphs are rejoined and a converter's marks read as hints;
// a dump written one paragraph a line gives one block a line.
func Read(raw, norm string, refs map[int]string, markdown bool) []Block {
	return ReadAuthors(raw, norm, refs, markdown, nil)
}

// ReadAuthors is Read, marking the blocks whose text the page's markup marked as
// its author's (Block.AuthorMarked) when a Markdown writer kept that markup; classes
// reads an element's class and id words (nil: none are read).
func ReadAuthors(raw, norm string, refs map[int]string, markdown bool, classes AuthorClasses) []Block {
	lines, blocks, ok := ReadLines(raw, norm, refs, markdown, classes)
	if ok {
		return fromLines(lines)
	}
	return blocks
}

// ReadLines is ReadAuthors for a caller that wants the classifier's blocks. A dump
// written one paragraph a line, with no table in it and no author mark (most dumps
// scraped as text), is read one block a line: ok, and lines are those blocks as the
// classifier takes them, with their text and the empty lines around them. Any other
// dump comes back as blocks. The lines are not made Blocks on the way: a page has a
// block a line, and a second set of them would be made only to be copied.
func ReadLines(raw, norm string, refs map[int]string, markdown bool, classes AuthorClasses) (lines []block.Block, blocks []Block, ok bool) {
	// grids are read off the raw dump line by line, before the reference links are
	// inlined, while its lines still pair with the normalised text's
	norm, tables := readTables(raw, norm)
	norm, cuts, marked, found := stripMarkupAuthors(inlineReferenceLinks(norm), classes)
	if st := dumpStyle(norm, markdown || found, refs); st.Marked() {
		blocks = reflowBlocks(norm, cuts, st)
	} else {
		lines = lineBlocks(norm, st.lines)
		if len(tables) == 0 && len(marked) == 0 {
			return lines, nil, true // nothing to merge into them or to mark
		}
		blocks = fromLines(lines)
	}
	blocks = mergeTables(blocks, tables)
	markAuthors(blocks, marked)
	return nil, blocks, false
}
