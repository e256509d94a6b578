package classify

import (
	"hash/maphash"
	"math/bits"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/credit"
	"github.com/newsparse/newsparse/internal/textdump"
)

// The page rules: the roles of a page's blocks, read as a sequence (Blocks). They
// moved here from the root package with the block they read (internal/block):
//
//	pageroles.go    Blocks: the body's span, the front (headline, standfirst, byline,
//	                dateline), the body's captions and credits, the tail, the
//	                table of contents and the repeats
//	pageheadline.go the headline's candidates and their weights, the title bar,
//	                the standfirst under the headline
//	pageheadline_card.go  the author's card under the title, weighed as front
//	                matter (authorCard, cardUnderTitle)
//	pageheadline_field.go a record's field line ("Category: Travel"), told from a
//	                headline with a colon by its value's shape (fieldLine)
//	pageheadline_order.go a button or pitch over the article: an order to the
//	                reader speaking of the site (readerOrder)
//	pagenames.go    titles of capitalised words read as bare names: the body's own
//	                lower-case words unname them (unnameCommonTitles)
//	pagecaptions.go the caption layout: the gaps a picture leaves, its maker
//	pagecredits.go  credits by their place and shape, the page's names
//	pagebyline.go   the byline weighing rules that read a menu's or a list's layout
//	pagebylinegap.go the post's meta over the headline or in fields under it, and
//	                the author box that closes an article, read as its byline
//	bylinegap_card.go the author's card: the photo's label over the name, the name
//	                again with the position after it (namedPicture, cardRepeatsName)
//	bylinegap_list.go a section heading over a ranked list, not a bare byline
//	pagetitles.go   the comparison of titles both readers make (Dice, StripSiteSuffix)
//	pagebuttons.go  the buttons printed inside an article ("Buy Now", "Jump to
//	                Review"): an order to the reader that heads no prose
//	pagequestion.go the question over the article's first paragraph, its first
//	                subheading
//	pageblocks.go   what the rules read off the blocks through the other stages
//
// What follows is what the page rules read off a page's blocks through the other
// stages: a block's form with the furniture the front end found, its credit, the
// comment thread after the body, and textdump's measures of the prose region on the
// blocks and their forms.

// maxCaptionRepeats bounds how many copies of a caption line (alt text, caption,
// title attribute) the caption rule looks past for the credit after them.
const maxCaptionRepeats = 4

// ReadCredit reads a credit both readers found (credit.Parse) in the form a block
// carries it, or nil when nothing but a label or brackets is left. The root's HTML
// reader reads a picture's credit with it too.
func ReadCredit(s string) *credit.Credit {
	c, ok := credit.Parse(s)
	if !ok {
		return nil
	}
	return &c
}

// commentThread is CommentThread on the blocks' texts.
func commentThread(blocks []block.Block, forms []Form, first int) (start, end int) {
	return CommentThread(forms, func(i int) string { return blocks[i].Text }, first)
}

// readBlockForm is ReadForm on a block's text, with the furniture reason the front
// end read off it when it did.
func readBlockForm(b *block.Block) Form {
	if b.FurnitureRead {
		return ReadFormFurniture(b.Text, b.Furniture)
	}
	return ReadForm(b.Text)
}

// withinRegion narrows the body span first..last to the page's prose region
// (textdump.FindRegion), read off the blocks and the classifier's forms of them.
func withinRegion(blocks []block.Block, forms []Form, first, last int) (int, int) {
	lines := make([]textdump.Line, len(blocks))
	for i := range lines {
		f := &forms[i]
		lines[i] = textdump.Line{Text: blocks[i].Text, Words: f.Words, Prose: f.Prose, Sentence: f.Sentence,
			Furniture: f.Furniture != NoReason, URL: f.URL, Bullet: f.Bullet > 0, Credit: f.Credit >= 2}
	}
	r := textdump.FindRegion(lines, first, last)
	return r.First, r.Last
}

// shortLinesBetween is textdump.ShortLinesBetween on forms.
func shortLinesBetween(forms []Form, from, to int) int {
	return textdump.ShortLinesBetween(from, to, func(i int) bool { return forms[i].Prose })
}

// inBrokenSentence is textdump.InBrokenSentence on blocks.
func inBrokenSentence(blocks []block.Block, i int) bool {
	return textdump.InBrokenSentence(len(blocks), i, func(k int) string { return blocks[k].Text })
}

// firstCopies finds the first of a page's blocks added with a text (Blocks' short
// lines, markContents' entries). It is an open-addressed table of hashes and block
// positions, the texts compared where the caller keeps them. It replaces a
// map[string]int of the page's texts, which grew in steps and allocated about three
// times a page: one slice of numbers is allocated once.
type firstCopies struct {
	// slots hold a text's hash in the high half and one more than its first block's
	// position in the low; 0 is an empty slot.
	slots []uint64
	seed  maphash.Seed
}

// newFirstCopies makes the table for at most n texts added, at most half full and
// of two slots at least, so that a probe always meets an empty slot.
func newFirstCopies(n int) firstCopies {
	return firstCopies{slots: make([]uint64, 1<<bits.Len(uint(2*n)|1)), seed: maphash.MakeSeed()}
}

// add returns the position of the first block added with text t, or -1 when there is
// none, and then adds block i with it. textOf(j) is the text block j was added with;
// it is asked only of a block whose text has t's hash.
func (fc firstCopies) add(t string, i int, textOf func(j int) string) int {
	h := maphash.String(fc.seed, t)
	mask := uint64(len(fc.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		slot := fc.slots[k]
		if slot == 0 {
			fc.slots[k] = h&^(1<<32-1) | uint64(i+1)
			return -1
		}
		if slot>>32 == h>>32 {
			if j := int(uint32(slot)) - 1; textOf(j) == t {
				return j
			}
		}
	}
}
