package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/block"
)

// A page's author card stands right under its headline: the author's name with
// the position run into it ("Jane Doe Founder & Lead Reviewer", "Jane DoeEditor at
// Acme" where the converter glued the two), a credit of the name ("Authored by: Dr.
// Jane Doe"), or the position alone on the line under a line of bare names
// ("Jane Doe" / "Co-founder of Acme"). Such a line is title-cased and the article's
// date follows it, so it outweighed the headline it stands under on several
// unrelated sites, and with the headline lost the card was read as no byline. The
// rules here weigh it as the headline's front matter: it costs as the author's
// role under a byline does, and it parts no headline from its date.

// authorCard reports line i read as an author's card: names with only a position
// after them (RunsIntoTitle, NamesThenTitle), a lower-case "by" crediting a name
// (creditsByName) on a line no longer than a byline with its label runs, or a
// position (IsJobTitleLine) of maxRoleWords words or fewer under a line of bare
// names.
func authorCard(blocks []block.Block, forms []Form, i int) bool {
	f, t := forms[i], blocks[i].Text
	if f.Prose || f.Sentence {
		return false
	}
	if len(f.Names) > 0 && (RunsIntoTitle(t, f.Names) || NamesThenTitle(t, f.Names)) {
		return true
	}
	if f.Words <= maxCreditLineWords && strings.Contains(t, " by") && creditsByName(t) {
		return true
	}
	return f.Words <= maxRoleWords && i > 0 && IsNamesLine(forms[i-1], blocks[i-1].Text) && IsJobTitleLine(t, f)
}

// maxCreditLineWords is the most words of a line crediting its author by a label
// ("Written and reviewed by: Dr. Jane Doe"); a headline that holds "by" and a
// capital ("Homes Hit by Floods in the North") runs as long, and stands under no
// title.
const maxCreditLineWords = 7

// cardUnderTitle reports an author's card (authorCard) standing under a title-like
// candidate of four words or more, with nothing but bare names, menu entries and
// furniture between them (within cardReach lines): the title's own front matter. A
// headline that reads as a name and a position ("Jane Doe Named Senior Editor")
// stands under a kicker, shorter, or under the page's menus, and keeps its weight.
func cardUnderTitle(cands *candidates, i int) bool {
	blocks, forms := cands.blocks, cands.forms
	if !authorCard(blocks, forms, i) {
		return false
	}
	for k := i - 1; k >= max(0, i-cardReach); k-- {
		f := forms[k]
		if f.Words >= 4 && !f.Prose && cands.is(k) {
			return !authorCard(blocks, forms, k)
		}
		if f.Furniture == NoReason && !menuNeighbour(forms, k) && !IsNamesLine(f, blocks[k].Text) {
			return false
		}
	}
	return false
}

// cardReach is how many lines over an author's card its headline is looked for: a
// label ("Author") and the bare name may stand between.
const cardReach = 3
