package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
)

// A blog theme may print a post's meta, its author and its date, over the post's
// title rather than under it: "Jane Doe March 3, 2026", "March 3, 2026 Jane Doe",
// "12 Comments | Jane Doe | Last Updated: March 3, 2026", or the name and the date
// on two lines ("March 3, 2026" / "Jane Doe"), then the title. The front's rules read
// a byline under the headline only, so the line over it was taken for a dateline or
// for the menu's last entry, and the page had no byline. bylineOverHeadline reads
// it when nothing else named the author.

// overHeadlineReach is how many lines with letters over the headline a post's meta
// may stand: the meta line itself, or the name and its date on two lines, and the
// post's category between them and the title.
const overHeadlineReach = 3

// maxKickerWords bounds the words of a category's label between the meta and the
// title.
const maxKickerWords = 2

// maxMetaNameWords bounds the words of a name read off a meta line over the headline.
const maxMetaNameWords = 4

// bylineOverHeadline sets as the byline the post's meta line right over the headline
// head, when it names one author beside a date, and reports whether it did. The
// date is the evidence that the line is the post's meta, not a menu's entry or a
// section's label: a name alone over a title is a site's or a section's. A meta line
// of a teaser stands over another teaser's meta line of the same shape, so a line
// whose neighbour above is one too is left alone.
func bylineOverHeadline(blocks []block.Block, forms []Form, preset []bool, head int) bool {
	if head <= 0 {
		return false
	}
	c := head
	for k := 0; k < overHeadlineReach; k++ {
		c = letteredNeighbour(blocks, c, -1)
		if c < 0 {
			return false
		}
		names, dateAt := metaNames(blocks, forms, c)
		if len(names) == 0 {
			switch {
			case k == 0 && forms[c].Words <= maxKickerWords && !forms[c].Sentence:
				continue // the post's category, a kicker over the title ("Blog", "Tips")
			}
			return false
		}
		if preset[c] || blocks[c].Role == block.RoleByline || teaserMeta(blocks, forms, min(c, dateAt)) ||
			AllWordsInProse(blocks, forms, names[0]) {
			return false // a teaser's meta; a section's link back ("All Insights") over the date
		}
		setMetaByline(&blocks[c], names, blocks[dateAt].Text)
		return true
	}
	return false
}

// underHeadlineReach is how many lines with letters under the headline a meta line
// that no front rule read is looked for.
const underHeadlineReach = 2

// metaUnderHeadline sets as the byline a post's meta line just under the headline
// head that carries the date and one name in fields of their own ("Dec 26, 2025 •
// Jane Doe in Harbour Towns"), as the front's rules, which read a date before the
// name only after an opener, left it; and reports whether it did.
func metaUnderHeadline(blocks []block.Block, forms []Form, preset []bool, head int) bool {
	if head < 0 {
		return false
	}
	c := head
	for k := 0; k < underHeadlineReach; k++ {
		if c = letteredNeighbour(blocks, c, 1); c >= len(blocks) {
			return false
		}
		f := forms[c]
		if preset[c] || !f.HasDate || f.Prose || f.Bullet > 0 || f.URL || f.Words > MaxDatelineWords {
			continue
		}
		if name := fieldsMetaName(blocks[c].Text); name != "" && !AllWordsInProse(blocks, forms, name) {
			setMetaByline(&blocks[c], []string{name}, blocks[c].Text)
			return true
		}
	}
	return false
}

// setMetaByline makes b the byline of names, dated by the line dated.
func setMetaByline(b *block.Block, names []string, dated string) {
	b.Role, b.Reason, b.Names = block.RoleByline, block.NoReason, UndoubleNames(names)
	if t, _, ok := ParseDateline(dated); ok {
		b.Published = t
	}
}

// metaNames reads the one author's name off line c over the headline, with the line
// that carries its date (c itself or, for a bare name, the line over it).
// It returns no names when the line is prose, a list's item, or names nobody or more
// than one person beside a date.
func metaNames(blocks []block.Block, forms []Form, c int) (names []string, dateAt int) {
	f, t := forms[c], afterPictures(blocks[c].Text)
	if f.Prose || f.Sentence || f.Bullet > 0 || f.URL || f.Words == 0 || f.Words > MaxDatelineWords || t == "" {
		return nil, -1
	}
	if f.HasDate {
		if name := datedMetaName(t); name != "" {
			return []string{name}, c
		}
		return nil, -1
	}
	// A bare name under its date. A name over the date and the title is a section's
	// link back to its list ("All Insights" / "May 20, 2025" / title).
	name := metaName(t)
	if name == "" || name != strings.TrimSpace(t) || inMenuRun(blocks, forms, c) {
		return nil, -1
	}
	if j := letteredNeighbour(blocks, c, -1); j >= 0 && forms[j].HasDate && forms[j].DateShare >= minNameDateShare && !forms[j].Sentence {
		return []string{name}, j
	}
	return nil, -1
}

// metaSeps part the fields of a post's meta line.
var metaSeps = []string{" | ", " • ", " · "}

// datedMetaName is the one name of a meta line that carries a date: its fields
// parted by a separator, one of them the date and one a name, the others labels
// or counts ("12 Comments"); or, with no separator, the name before the date ("Jane
// Doe March 3, 2026") or after it ("March 3, 2026 Jane Doe").
func datedMetaName(t string) string {
	t = spaceGluedDate(t) // "March 3, 2026Jane Doe": the space a scrape lost after the year
	if name, parted := fieldsMeta(t); parted {
		return name
	}
	if names, _ := ParseByline(t); len(names) == 1 && (NameThenDate(t, names[0]) || nameBesideDate(t, names[0])) {
		if n := metaName(names[0]); n == names[0] {
			return n
		}
		return ""
	}
	// "March 3, 2026 Jane Doe": the longest opening run of words that is all date.
	words := strings.Fields(t)
	for k := min(len(words)-1, 5); k >= 2; k-- {
		if _, share, ok := ParseDateline(strings.Join(words[:k], " ")); ok && share >= 1 {
			rest := strings.Join(words[k:], " ")
			if n := metaName(rest); n == rest {
				return n
			}
			return ""
		}
	}
	return ""
}

// fieldsMetaName is the one name of a meta line whose fields a separator parts,
// one of them a date, or "".
func fieldsMetaName(t string) string {
	name, _ := fieldsMeta(t)
	return name
}

// fieldsMeta reads a meta line's fields parted by one of metaSeps: name is the one
// field that is a name ("Jane Doe", or "Jane Doe in Harbour Towns", the post's
// category after it) when another is a date, and parted reports a separator found.
// Two name-shaped fields are a category and a name, or two names: none is read.
func fieldsMeta(t string) (name string, parted bool) {
	for _, sep := range metaSeps {
		if !strings.Contains(t, sep) {
			continue
		}
		dated := false
		for _, part := range strings.Split(t, sep) {
			part = afterPictures(strings.TrimSpace(part)) // the author's photo's label before the name
			if _, share, ok := ParseDateline(part); ok && share >= minNameDateShare {
				dated = true
				continue
			}
			if before, _, ok := strings.Cut(part, " in "); ok {
				part = before // "Jane Doe in Harbour Towns": the post's category after the name
			}
			if n := metaName(part); n != "" && n == part {
				if name != "" {
					return "", true
				}
				name = n
			}
		}
		if !dated {
			return "", true
		}
		return name, true
	}
	return "", false
}

// metaName is s read as one person's name, title-cased, of at most maxMetaNameWords
// words, or "". A label's colon ("Source: Harbour Wire") names a source, not a person.
func metaName(s string) string {
	if ascii.WordCount(s) > maxMetaNameWords || strings.IndexByte(s, ':') >= 0 || !IsBylineShaped(s) {
		return ""
	}
	names, explicit := ParseByline(s)
	if explicit || len(names) != 1 || !WholeNames(s, names) || !strings.Contains(names[0], " ") {
		return ""
	}
	for _, w := range strings.Fields(names[0]) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || pictureWords[strings.ToLower(w)] {
			return ""
		}
	}
	return names[0]
}

// pictureWords name a picture: w3m and lynx print an image's label bare, and a site's
// logo over its date ("Site Logo Harbour News" / "March 3, 2026") reads as a name.
var pictureWords = map[string]bool{"logo": true, "photo": true, "image": true, "avatar": true,
	"headshot": true, "icon": true, "picture": true}

// teaserMeta reports a meta line at c whose neighbour above is a meta line too: a
// list of teasers over the article prints each one's author and date.
func teaserMeta(blocks []block.Block, forms []Form, c int) bool {
	p := letteredNeighbour(blocks, c, -1)
	if p < 0 {
		return false
	}
	names, _ := metaNames(blocks, forms, p)
	return len(names) > 0
}

// authorBoxAtEnd reports a name at line i over its bio where an author box closes
// the article: among the last lines of the body span (a whole page's dump runs the
// span into the box) or a few lines after it. A teaser's author after the article
// has no bio under the name, so the bio (prose, not a link's "Explore more ...")
// and the place together are the evidence.
func authorBoxAtEnd(i, last int) bool {
	return i >= last-pageBylineEnd && i-last <= pageBylineReach
}
