package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGapEvidence: each kind of evidence moves a gap line's weight the stated way.
func TestGapEvidence(t *testing.T) {
	tests := []struct {
		name   string
		parts  []string // the gap line is the one after "IMG"
		lean   int      // sign of the evidence
		credit bool     // the line after the gap line is a credit
	}{
		{"a short sentence", []string{gapProse[0], "IMG", "The kilns at dawn.", gapProse[1]}, 1, false},
		{"an exclamation is the writer's voice", []string{gapProse[0], "IMG", "What a view from the top!", gapProse[1]}, 0, false},
		{"a long paragraph", []string{gapProse[0], "IMG", gapProse[1] + " " + gapProse[2], gapProse[3]}, -1, false},
		{"a label of two words", []string{gapProse[0], "IMG", "Lunch stop", gapProse[1]}, -1, false},
		{"an open line too long for a heading", []string{gapProse[0], "IMG", "Walkers on the grassy cliff edge above the cove with the lighthouse in the distance", gapProse[1]}, 1, false},
		{"a caption cue", []string{gapProse[0], "IMG", "Pictured the cove and kilns", gapProse[1]}, 1, false},
		{"a one-sentence line between two pictures", []string{gapProse[0], gapProse[2], gapProse[3], "IMG", gallerySentences[0], "IMG", gapProse[1], gapProse[4], gapProse[5]}, 1, false},
		{"the same line with the text going on under it", []string{gapProse[0], "IMG", gallerySentences[0], gapProse[1]}, 0, false},
		{"an exclamation between two pictures", []string{gapProse[0], "IMG", "What a crowd came down to the harbour for the opening of the new lifeboat station!", "IMG", gapProse[1], gapProse[4], gapProse[5]}, 0, false},
		{"a teaser headline between two thumbnails", []string{gapProse[0], "IMG", "Ten Coastal Walks for a Winter Weekend", "IMG", gapProse[1], gapProse[4], gapProse[5]}, 0, false},
		{"a credit under it", []string{gapProse[0], "IMG", "The cove and the kilns from above", "Photo: Getty Images", gapProse[1]}, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			norm, refs := cutReferences(normalizeText(gapDump(tt.parts...)))
			blocks := dumpBlocksRefs(norm, refs)
			forms := make([]Form, len(blocks))
			for i := range blocks {
				forms[i] = ReadForm(blocks[i].Text)
			}
			g := readGapLayout(blocks, forms)
			at := -1
			for i := range blocks {
				if isGapLine(blocks, forms, i) {
					at = i
					break
				}
			}
			require.GreaterOrEqual(t, at, 0, "a gap line")
			e := int(g.evidence[at])
			switch {
			case tt.lean > 0:
				assert.Positive(t, e)
			case tt.lean < 0:
				assert.Negative(t, e)
			default:
				assert.Zero(t, e)
			}
			if tt.credit {
				assert.GreaterOrEqual(t, e, 2)
			}
		})
	}
}

// TestPictureMaker: the maker's name read off a line's end, or none.
func TestPictureMaker(t *testing.T) {
	tests := []struct {
		line, maker string
	}{
		{"Harbour Walk Poster by Northwind", "Northwind"},
		{"Checkout Flow Concept By Harbour Light Studio", "Harbour Light Studio"},
		{"HARBOUR AT DUSK BY ANA RUIZ", "ANA RUIZ"},
		{"The Lime Kilns | © 2019 Ana Ruiz Sola", "Ana Ruiz Sola"},
		{"The Lime Kilns ©Ana Ruiz", "Ana Ruiz"},
		{"Keepers' Cottages, 1890 — via the County Archive", "the County Archive"},
		{"Keepers' Cottages, 1890 — via the archive", ""}, // no capital
		{"Keepers' Cottages, 1890 — via County Archive of Devon", "County Archive of Devon"},
		{"The Old Ferry Slip — via Jane de la Cruz", "Jane de la Cruz"},
		{"Coastal Paths by Tom Hale (May 6th)", ""},                    // more than the name follows
		{"Walkers found their way by the lighthouse", ""},              // no name
		{"Travel by Train", "Train"},                                   // a name's shape: the page decides
		{"by Northwind", ""},                                           // nothing before the name
		{"Harbour poster by Northwind Studio of Design Group Ltd", ""}, // too long for a name
		{"The cove at dawn. Photo by Ana Ruiz.", ""},                   // a sentence's end
		{"The Lime Kilns | © 2019", ""},                                // a year and no name
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			assert.Equal(t, tt.maker, pictureMaker(tt.line))
		})
	}
}
