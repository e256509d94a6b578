package newsparse

import "strings"

// A line of capitalised words before the body reads as a byline of bare names
// ("Jane Doe"), and a title of capitalised words reads the same way ("Healthy
// Eating Tips", "Top Weight Loss Medications"): such a title is then no headline
// candidate unless it stands right over prose, and it may come back as the byline.
// What tells them apart is the article's own writing, as for credits
// (markNameEvidence): a person's name is no run of common words, while a title's
// words come back in lower case in the text under it ("eating", "tips").

// bodyEchoBlocks bounds how many prose paragraphs of the body are read for the words
// of the names lines above it: a title's words come back in the opening paragraphs,
// and the bound keeps the pass short on a long article.
const bodyEchoBlocks = 12

// unnameCommonTitles drops the names read off a line before the body (first) when
// most of its words are common words the body's opening paragraphs write in lower
// case: the line is a title of capitalised words, no byline. Lines with a byline's
// opener ("By ...") keep their names.
func unnameCommonTitles(blocks []block, forms []form, first, last int) {
	var uses map[string]uint8
	var filter uint64
	var buf keyBuf
	for i := 0; i < first && i < len(blocks); i++ {
		if !namesTitleCandidate(blocks, forms, i) {
			continue
		}
		if uses == nil {
			uses = make(map[string]uint8)
		}
		for w := range strings.FieldsSeq(blocks[i].text) {
			if k := nameWordKey(buf[:0], w); k != nil {
				if _, ok := uses[string(k)]; !ok {
					uses[string(k)] = 0
				}
				filter |= wordFilterBit(string(k))
			}
		}
	}
	if uses == nil {
		return
	}
	read := 0
	for j := max(first, 0); j <= last && j < len(blocks) && read < bodyEchoBlocks; j++ {
		if forms[j].Prose {
			readWordUses(blocks[j].text, uses, filter, &buf)
			read++
		}
	}
	for i := 0; i < first && i < len(blocks); i++ {
		if !namesTitleCandidate(blocks, forms, i) {
			continue
		}
		named, lower := 0, 0
		for w := range strings.FieldsSeq(blocks[i].text) {
			k := nameWordKey(buf[:0], w)
			if k == nil {
				continue
			}
			named++
			if uses[string(k)]&usedLower != 0 {
				lower++
			}
		}
		if named >= 2 && 2*lower > named {
			forms[i].Names = nil
		}
	}
}

// namesTitleCandidate reports a line before the body that reads as bare names
// without a byline's opener: one unnameCommonTitles weighs.
func namesTitleCandidate(blocks []block, forms []form, i int) bool {
	f := forms[i]
	return len(f.Names) > 0 && !f.ByExplicit && blocks[i].role == roleUnknown && isNamesLine(f, blocks[i].text)
}
