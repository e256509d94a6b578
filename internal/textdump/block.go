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
	norm, tables := readTables(raw, norm)
	norm, cuts, marked, found := stripMarkupAuthors(inlineReferenceLinks(norm), classes)
	blocks := mergeTables(dumpBlocks(norm, cuts, markdown || found, refs), tables)
	markAuthors(blocks, marked)
	return blocks
}
