package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/block"
)

// An author's card prints the author's photo and, beside it, their name: a converter
// writes the photo's label, which is the name, then the name itself. w3m and lynx
// print the label bare ("Jane Doe" / "Jane Doe"), pandoc and html2text in brackets
// ("[Jane Doe]" / "Jane Doe"); a card may glue the name to its label on one line
// ("Jane Doe Jane Doe") or to the job title under it ("Jane DoeSenior Reporter").
// A page's menus and labels repeat too, but not as a picture named for a person: the
// card is one more sign, among the others findPageByline weighs, that a bare name is
// the author's, and it holds across the four converters.

// namedPicture reports that block i, whose text names one person, is printed as
// the author's card: the same name on the lettered line above it (the photo's
// label, bare or in brackets, not the headline printed twice), the line doubled, or the next line the name glued to
// a short label, its job title ("Jane DoeSenior Reporter"), not a sentence: a
// heading over a paragraph that opens with its words ("Power BI" / "Power BI is
// ...") is a section's, and the bio rule weighs that case.
func namedPicture(blocks []block.Block, forms []Form, i int, names []string) bool {
	if len(names) != 1 || !strings.Contains(names[0], " ") {
		return false // one word twice is a menu's entry as often as a name
	}
	t := strings.TrimSpace(blocks[i].Text)
	if Undoubled(t) != t {
		return true
	}
	if p := letteredNeighbour(blocks, i, -1); p >= 0 && p < len(blocks) && blocks[p].Role != block.RoleHeadline && cardLabel(blocks[p].Text) == t {
		return true
	}
	n := letteredNeighbour(blocks, i, 1)
	if n >= len(blocks) || n <= i {
		return false
	}
	f, next := forms[n], strings.TrimSpace(blocks[n].Text)
	return strings.HasPrefix(next, t) && !f.Prose && !f.Sentence && f.Words <= maxMetaNameWords+4
}

// cardLabel is a line read as a picture's label: the text inside its brackets
// when the converter wrote them, else the line; and of a label that says it names
// a picture of someone, the person's name alone. Sites label the author's photo
// with the name and a word for the picture: "Jane Doe's headshot", "Jane Doe's
// image", "Jane Doe profile pic", "Headshot of Jane Doe".
func cardLabel(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return pictureOf(s)
}

// pictureOf is the person a picture's label names, its words for the picture
// taken off ("Jane Doe's headshot", "Jane Doe profile photo", "Photo of Jane Doe"
// name "Jane Doe"); a label without them is returned as it is.
func pictureOf(s string) string {
	words := strings.Fields(s)
	if len(words) < 2 {
		return s
	}
	if len(words) > 2 && isPictureWord(words[0]) && words[1] == "of" {
		return strings.Join(words[2:], " ")
	}
	k := len(words)
	if !isPictureWord(words[k-1]) {
		return s
	}
	k--
	if k > 1 && strings.EqualFold(words[k-1], "profile") {
		k-- // "profile pic", "profile photo"
	}
	name := strings.Join(words[:k], " ")
	for _, poss := range []string{"'s", "’s"} {
		name = strings.TrimSuffix(name, poss)
	}
	return name
}

// isPictureWord reports w, in any case, among pictureWords, or the short "pic".
func isPictureWord(w string) bool {
	low := strings.ToLower(w)
	return pictureWords[low] || low == "pic"
}

// maxCardLines bounds the short lines of an author's card between the name and the
// bio: a job title the byline reader has no word for ("SEO Copywriter"), the links
// to the author's profiles ("• X (Twitter)", "• LinkedIn").
const maxCardLines = 2

// bioPastCard reports the bio of the person name a few lines under the name: from
// line next, past at most maxCardLines short lines that are no sentence, a prose
// line that opens with the name or its first word and goes on in lower case. The
// bio is the evidence; the card's lines between are only stepped over.
func bioPastCard(blocks []block.Block, forms []Form, next int, name string) bool {
	j := next
	for k := 0; k < maxCardLines && j < len(blocks); k++ {
		f := forms[j]
		if f.Prose || f.Sentence || f.Words > maxMetaNameWords+2 {
			return false
		}
		if j = letteredNeighbour(blocks, j, 1); j >= len(blocks) {
			return false
		}
		if forms[j].Prose && OpensWithPerson(blocks[j].Text, name) {
			return true
		}
	}
	return false
}

// nameOverBio reports a short line of two to four words whose first word opens a
// prose line at most maxCardLines+1 lines under it: "Jane Doe" / ("Coast Reporter" /)
// "Jane covers ...". It is the cheap test findPageByline puts to the lines past the
// author box's usual reach (a page's footer, a comment thread, its teasers), where
// only an author's box with the author's bio is weighed; pageBylineEvidence then
// reads the line in full.
func nameOverBio(blocks []block.Block, forms []Form, i int) bool {
	f := forms[i]
	if f.Prose || f.Sentence || f.Words < 2 || f.Words > maxMetaNameWords || f.Bullet > 0 || f.URL {
		return false
	}
	t := strings.TrimSpace(blocks[i].Text)
	sp := strings.IndexByte(t, ' ')
	if sp <= 0 {
		return false
	}
	lead := t[:sp+1] // the first word and its space: "Jane "
	j := i
	for k := 0; k <= maxCardLines; k++ {
		if j = letteredNeighbour(blocks, j, 1); j >= len(blocks) {
			return false
		}
		if forms[j].Prose {
			return strings.HasPrefix(blocks[j].Text, lead) || strings.HasPrefix(blocks[j].Text, t)
		}
	}
	return false
}

// An author's card prints the name twice: once as the card's heading (often the
// photo's label, which a converter prints as the bare name) and once with the
// person's position after it, run on or glued where the page set them in two
// spans: "Jane Doe" / "Jane Doe Founder & Lead Reviewer", "Jane Doe" / "Jane
// DoeEditor at Harbour Times". The pair is the card's own evidence and does not
// need the headline: a whole-page dump whose headline was read elsewhere (a shop's
// banner, a menu) still prints the card just above the body's first paragraph.

// cardRepeatsName reports block next as the second line of an author's card whose
// heading is name: it opens with the name, and what follows, parted from it by a
// space, a separator or nothing (two spans glued by the converter), is a position
// ("Founder at Harbour Shop", "Senior Editor").
func cardRepeatsName(blocks []block.Block, forms []Form, next int, name string) bool {
	if next >= len(blocks) || !strings.Contains(name, " ") {
		return false
	}
	rest, ok := strings.CutPrefix(blocks[next].Text, name)
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ,|–—-")
	if rest == "" || strings.ContainsAny(rest, ".:;!?") {
		return false
	}
	f := forms[next]
	return !f.Prose && !f.Sentence && IsJobTitleLine(rest, f)
}

// aboveBodyStart bounds the blocks between an author's card and the body's first
// paragraph: a share bar, a "Table of contents" label, a disclosure.
const aboveBodyStart = 4
