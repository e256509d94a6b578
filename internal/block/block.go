package block

import (
	"time"

	"github.com/newsparse/newsparse/internal/credit"
)

// Role is what a block is to the reader. The front ends may set a Role when their
// evidence is decisive (an HTML <figcaption> is a caption); the classifier decides
// the rest.
type Role uint8

// The roles. The names carry "Role" so that they read as what they are beside the
// block's other fields (b.Role == block.RoleCredit, not block.Credit, which is the
// credit a caption block carries) and stand apart from the Reasons in godoc.
const (
	RoleUnknown Role = iota
	RoleHeadline
	RoleStandfirst
	RoleByline
	RoleDateline
	RoleBody
	RoleSubheading
	RoleQuote
	RoleList
	RoleCaption
	RoleCredit
	RoleRemoved // with the block's Reason
)

// Block is the unit both front ends produce and the classifier reads: one
// paragraph-like piece of text with the layout hints its source could give.
type Block struct {
	Text string

	// Text layout hints: empty lines before and after the block's line.
	BlankBefore, BlankAfter int

	// The one-byte fields stand together, so that a block, of which a page has
	// thousands, carries no padding between them.
	Role Role
	// Reason says why a RoleRemoved block was left out.
	Reason Reason
	// Heading is the level of a heading a converter marked ("# ", "**** … ****", an
	// underline), 1 for the page's title; 0 for other lines.
	Heading uint8
	// Furniture is what the shared lexicon (classify.Furniture) reads in the text,
	// when a front end has read it already (FurnitureRead): the line's form takes it
	// rather than reading the text again. The reading is of the text as it stood:
	// whatever changes a block's text afterwards must clear FurnitureRead.
	Furniture     Reason
	FurnitureRead bool
	// AuthorMarked: the page's markup marked the block's text as its author's (a
	// class or id saying byline or author, rel="author"), read off a Markdown dump
	// that kept it: evidence for the byline, never a byline by itself.
	AuthorMarked bool
	// InElement: the HTML reader read the block inside a block-level element, so
	// that the markup placed it (a credit there stands for a picture as a text
	// dump's empty lines do). The reader's other hints about an element stay in the
	// reader: a page has a block a line, and the classifier passes over them often.
	InElement bool

	// Image is the picture a block stands for (HTML); nil for the others, which
	// are nearly all.
	Image *Image
	// Credit is a credit read off the same block (a caption with its credit inline).
	Credit *credit.Credit
	// Published is a time read off a dateline block.
	Published time.Time
	// Names are the author names read off a byline block.
	Names []string
	// Rows are the rows of a data table; Links the links of the text.
	Rows  []Row
	Links []Link
}

// Image is the address and alt text of the picture a block stands for.
type Image struct {
	URL, Alt string
}

// Link is a link of a block's text: its text, its absolute http(s) address and the
// byte offsets of the text in the block's Text. The root's Link is the same value
// under the public name.
type Link struct {
	Text, URL  string
	Start, End int
}

// Row is one row of a data table: whether it is a row of column headings, and its
// cells. The root's TableRow is the same value under the public name.
type Row struct {
	Header bool
	Cells  []string
}
