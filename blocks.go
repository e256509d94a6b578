package newsparse

import (
	"time"

	"github.com/newsparse/newsparse/internal/classify"
)

// Role is what a block is to the reader. The front ends may set a Role when their
// evidence is decisive (an HTML <figcaption> is a caption); classifyBlocks decides the rest.
type Role uint8

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
	RoleRemoved // with the block's reason
)

// Block is the unit both front ends produce and the classifier reads: one paragraph-like
// piece of text with the layout hints its source could give.
type Block struct {
	Text string
	// Reason says why a roleRemoved block was left out.
	Reason Reason

	// Text layout hints: empty lines before and after the block's line.
	BlankBefore, BlankAfter int

	// The one-byte fields stand together, so that a block, of which a page has
	// thousands, carries no padding between them.
	Role Role
	// Heading is the level of a Heading a converter marked ("# ", "**** … ****", an
	// underline), 1 for the page's title; 0 for other lines.
	Heading uint8
	// HTML hints: inside <figure> or a caption container; inside <aside>, <nav>,
	// <footer> or a sidebar-like container; Outside the article region the front
	// end chose.
	InFigure, InAside, Outside bool
	// Furniture is what the shared lexicon (classify.Furniture) reads in the text,
	// when a front end has read it already (furnitureRead): the line's form takes it
	// rather than reading the text again. The reading is of the text as it stood:
	// whatever changes a block's text afterwards must clear furnitureRead.
	Furniture     classify.Reason
	FurnitureRead bool

	// More HTML hints.
	Tag         string  // lower-case element name of the block: "p", "h2", "li", "figcaption"
	LinkDensity float64 // share of the block's text inside links

	// Image data, for blocks that stand for an image (HTML).
	ImageURL, ImageAlt string
	// Credit is a Credit read off the same block (a caption with its Credit inline).
	Credit *Credit
	// Published is a time read off a dateline block.
	Published time.Time
	// Names are author Names read off a byline block.
	Names []string
	// Rows are the Rows of a data table; links the links of the text.
	Rows  []TableRow
	Links []Link
}
