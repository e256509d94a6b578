package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
)

// A line of capitalised words before the body reads as a byline of bare names
// ("Jane Doe"), and a title of capitalised words reads the same way ("Healthy
// Eating Tips", "Top Weight Loss Medications"): such a title is then no headline
// candidate unless it stands right over prose, and it may come back as the byline.
// What tells them apart is the article's own writing, as for credits
// (markNameEvidence): a person's name is no run of common words, while a title's
// words come back in lower case in the text under it ("eating", "tips").

// bodyEchoBlocks bounds how many prose paragraphs of the body are read for the words
// of the names lines above it: a title's words come back in the opening paragraphs
// (three keep the pass under 2% of ParseText on whole pages; six found a third more
// titles on wcxb-dev page dumps at 2.5%).
const bodyEchoBlocks = 3

// unnameCommonTitles drops the names read off a line before the body (first), within
// the window the headline is chosen from, when most of its words are common words
// the body's opening paragraphs write in lower case: the line is a title of
// capitalised words, no byline. Lines with a byline's opener ("By ...") keep their
// names.
func unnameCommonTitles(blocks []block.Block, forms []Form, first, last int) {
	// The names lines' word keys, written one after another into keys (a line's
	// keys are keys[ends[k-1]:ends[k]] for k in lineKeys), read once for both
	// passes and made strings by one conversion: a string for each key of the map
	// cost the pass most of its allocations.
	// The window holds headlineWindow lines at most, and its names lines hold a few
	// names each: these buffers keep the slices on the stack for nearly every page.
	var lineBuf, lineKeyBuf [headlineWindow]int
	var endBuf [4 * headlineWindow]int
	var keyBuf [512]byte
	lines, lineKeys, ends, keys := lineBuf[:0], lineKeyBuf[:0], endBuf[:0], keyBuf[:0]
	for i := max(0, first-headlineWindow); i < first && i < len(blocks); i++ {
		f := forms[i]
		if len(f.Names) == 0 || f.ByExplicit || blocks[i].Role != block.RoleUnknown || !IsNamesLine(f, blocks[i].Text) {
			continue
		}
		lines = append(lines, i)
		for w := range strings.FieldsSeq(blocks[i].Text) {
			if k := nameWordKey(keys, w); k != nil {
				keys = k
				ends = append(ends, len(keys))
			}
		}
		lineKeys = append(lineKeys, len(ends))
	}
	if len(lines) == 0 {
		return
	}
	all := string(keys)
	key := func(k int) string {
		if k == 0 {
			return all[:ends[0]]
		}
		return all[ends[k-1]:ends[k]]
	}
	uses := make(map[string]uint8, len(ends))
	var filter uint64
	for k := range ends {
		uses[key(k)] = 0
		filter |= wordFilterBit(key(k))
	}
	var buf ascii.KeyBuf
	read := 0
	for j := max(first, 0); j <= last && j < len(blocks) && read < bodyEchoBlocks; j++ {
		if forms[j].Prose {
			readWordUses(blocks[j].Text, uses, filter, &buf)
			read++
		}
	}
	from := 0
	for n, i := range lines {
		named, lower := lineKeys[n]-from, 0
		for k := from; k < lineKeys[n]; k++ {
			if uses[key(k)]&usedLower != 0 {
				lower++
			}
		}
		from = lineKeys[n]
		if named >= 2 && 2*lower > named {
			forms[i].Names = nil
		}
	}
}
