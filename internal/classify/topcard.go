package classify

import "github.com/newsparse/newsparse/internal/block"

// An author's card under the headline prints the photo, then the name, then the
// writer's position or a topic and the date ("[avatar]" / "Jane Doe" / "Harbour
// Editor"). w3m prints the photo as a line of its labels alone, and the labels say
// nothing a reader sees: a hash of the avatar's file ("[e0a77d45…?s=150&d=identicon]"),
// a handle ("[dBYloHDKFi] [jane]"). Counted as a short line, the photo and the
// position make the name an entry between two menu-like lines (inMenuRun), and the
// card's name is dropped as navigation. Past the photo, the line above the card (the
// date, the standfirst, the headline) says whether a menu stands there.
//
// The card prints the name twice as well, the photo's label over the name ("Jane
// Doe" / "Jane Doe"), which is how w3m and lynx print it and how the text front end
// reads pandoc's and html2text's "[Jane Doe]" over the name. The repeat is no second
// entry of a menu when the card's date or the story's text stands under it: the
// first copy, between a line the date parser does not read ("2025-12-17·") and its
// own repeat, was dropped as a menu's entry and the second as the first's
// duplicate, and the card named nobody. A category's chip prints its label twice
// too ("Travel Tips" / "Travel Tips"), over the title of the post: that pair stays
// a menu's.

// maxCardPictures bounds the picture lines stepped over above a card's name: the
// photo, and an icon's label a converter put on a line of its own ("[svg]").
const maxCardPictures = 2

// menuRunPastPhoto is inMenuRun for block i with the lines above it that hold
// pictures' labels alone stepped over. A menu whose entries each stand under an
// icon's line is still read as one: the line under its entry is the next icon, and
// the line above the icon is the previous entry.
func menuRunPastPhoto(blocks []block.Block, forms []Form, i int) bool {
	below := letteredNeighbour(blocks, i, 1)
	if below >= 0 && below < len(blocks) && blocks[below].Text == blocks[i].Text {
		past := letteredNeighbour(blocks, below, 1)
		if past < 0 || past >= len(blocks) || !forms[past].Prose && !forms[past].HasDate {
			return inMenuRun(blocks, forms, i) // a label printed twice over a title: a category's chip
		}
		below = past // the card's second copy of the name, over the date or the story
	}
	if below >= 0 && below < len(blocks) && picturesOnly(blocks[below].Text) {
		return inMenuRun(blocks, forms, i)
	}
	above := letteredNeighbour(blocks, i, -1)
	for k := 0; k < maxCardPictures && above >= 0 && above < len(blocks) && picturesOnly(blocks[above].Text); k++ {
		above = letteredNeighbour(blocks, above, -1)
	}
	return menuNeighbour(forms, above) && menuNeighbour(forms, below)
}

// picturesOnly reports a line of pictures' labels and nothing else ("[jane]
// [photo]").
func picturesOnly(t string) bool {
	labels, rest := cutPictureLabels(t)
	return labels != "" && rest == ""
}
