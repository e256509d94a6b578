package newsparse

import (
	"time"

	"github.com/newsparse/newsparse/internal/classify"
)

// role is what a block is to the reader. The front ends may set a role when their
// evidence is decisive (an HTML <figcaption> is a caption); classifyBlocks decides the rest.
type role uint8

const (
	roleUnknown role = iota
	roleHeadline
	roleStandfirst
	roleByline
	roleDateline
	roleBody
	roleSubheading
	roleQuote
	roleList
	roleCaption
	roleCredit
	roleRemoved // with the block's reason
)

// block is the unit both front ends produce and the classifier reads: one paragraph-like
// piece of text with the layout hints its source could give.
type block struct {
	text string
	// reason says why a roleRemoved block was left out.
	reason Reason

	// Text layout hints: empty lines before and after the block's line.
	blankBefore, blankAfter int

	// The one-byte fields stand together, so that a block, of which a page has
	// thousands, carries no padding between them.
	role role
	// heading is the level of a heading a converter marked ("# ", "**** … ****", an
	// underline), 1 for the page's title; 0 for other lines.
	heading uint8
	// HTML hints: inside <figure> or a caption container; inside <aside>, <nav>,
	// <footer> or a sidebar-like container; outside the article region the front
	// end chose.
	inFigure, inAside, outside bool
	// furniture is what the shared lexicon (classify.Furniture) reads in the text,
	// when a front end has read it already (furnitureRead): the line's form takes it
	// rather than reading the text again. The reading is of the text as it stood:
	// whatever changes a block's text afterwards must clear furnitureRead.
	furniture     classify.Reason
	furnitureRead bool

	// More HTML hints.
	tag         string  // lower-case element name of the block: "p", "h2", "li", "figcaption"
	linkDensity float64 // share of the block's text inside links

	// Image data, for blocks that stand for an image (HTML).
	imageURL, imageAlt string
	// credit is a credit read off the same block (a caption with its credit inline).
	credit *Credit
	// published is a time read off a dateline block.
	published time.Time
	// names are author names read off a byline block.
	names []string
	// rows are the rows of a data table; links the links of the text.
	rows  []TableRow
	links []Link
}
