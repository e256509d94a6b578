package newsparse

import (
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/textdump"
)

// textBlocks reads normalised text as ParseText does, without tables or a lynx
// reference list, for the tests of the stages after the front end.
func textBlocks(norm string) []block.Block { return dumpBlocksRefs(norm, nil) }

// dumpBlocksRefs reads normalised text whose lynx reference list is cut off (refs).
func dumpBlocksRefs(norm string, refs map[int]string) []block.Block {
	return fromDump(textdump.Read("", norm, refs, false))
}
