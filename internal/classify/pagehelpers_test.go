package classify

import (
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/newsparse/newsparse/internal/textdump"
)

// The page rules' tests read dumps as ParseText's front end does (textdump), into
// the blocks the rules classify; the texts are the root's test paragraphs, written
// for these tests.

// normalizeText is textdump.Normalize.
func normalizeText(s string) string { return textdump.Normalize(s) }

// cutReferences is textdump.CutReferences, keeping every address as it is written.
func cutReferences(norm string) (string, map[int]string) {
	return textdump.CutReferences(norm, func(ref string) string { return ref })
}

// readDump reads a dump into blocks as the root's ParseText does, tables aside.
func readDump(text string, markdown bool) ([]block.Block, map[int]string) {
	norm, refs := cutReferences(normalizeText(text))
	return fromDump(textdump.Read(text, norm, refs, markdown)), refs
}

// textBlocks reads normalised text without a lynx reference list.
func textBlocks(norm string) []block.Block { return dumpBlocksRefs(norm, nil) }

// dumpBlocksRefs reads normalised text whose lynx reference list is cut off (refs).
func dumpBlocksRefs(norm string, refs map[int]string) []block.Block {
	return fromDump(textdump.Read("", norm, refs, false))
}

// fromDump makes blocks of the front end's; a table is body text.
func fromDump(tb []textdump.Block) []block.Block {
	blocks := make([]block.Block, len(tb))
	for i := range tb {
		t, b := &tb[i], &blocks[i]
		b.Text, b.BlankBefore, b.BlankAfter, b.Heading, b.Links = t.Text, t.BlankBefore, t.BlankAfter, t.Heading, t.Links
		if t.Rows != nil {
			b.Role, b.Rows = block.RoleBody, t.Rows
		}
	}
	return blocks
}

// The page layouts and paragraphs these tests share with the root's, by the names
// the root's tests use.
var (
	para             = testinput.Para
	lines            = testinput.JoinLines
	reflowProse      = testinput.ReflowProse
	gapProse         = testinput.GapProse
	gallerySentences = testinput.GallerySentences
	gapDump          = testinput.GapDump
)

// bylineNames lists the names of the blocks the classifier made bylines, in order.
func bylineNames(blocks []block.Block) []string {
	var names []string
	for _, b := range blocks {
		if b.Role == block.RoleByline {
			names = append(names, b.Names...)
		}
	}
	return names
}
