package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
)

// spaceGluedDate puts back the space a scrape lost between a date and the element
// printed after it, when the two stood in separate inline elements: "Dec 17,
// 2025Jane Doe", "27 September,2023By Jane Doe". Such dumps glue a date to whatever
// follows it ("Aug 9, 2025Edited", "December 12, 2025Read More", "Jan 5, 2026Jan 5,
// 2026" on unrelated sites); the dateline reader already reads the date through the
// join (cutGluedYear), but a byline's opener or its names after the year are only
// read once the space is back (afterLeadingDate, datedMetaName). The join is the
// one cutGluedYear splits, a year glued to a word, within the line's first
// maxGluedDateWords words, and only when all of the line before it reads as a date:
// "Windows 2000Server" is left as it is.
func spaceGluedDate(line string) string {
	if !digitThenLetter(line[:min(len(line), maxGluedDateLen)]) {
		return line // most lines: no year glued to a word where a date could end
	}
	for w, rest, n := "", line, 0; n < maxGluedDateWords; n++ {
		if w, rest = ascii.NextField(rest); w == "" {
			break
		}
		// "September,2023By": a comma without its space before the year as well.
		y := w[strings.LastIndexByte(w, ',')+1:]
		if _, _, ok := cutGluedYear(y); ok {
			i := len(line) - len(rest) - len(y) + 4 // after the year
			if _, share, ok := ParseDateline(line[:i]); !ok || share < 1 {
				return line
			}
			return line[:i] + " " + line[i:]
		}
	}
	return line
}

// maxGluedDateLen bounds the bytes of a date and the letter glued to it:
// maxGluedDateWords words of a date with its label ("Last updated on Wednesday,
// September 10th, 2025J") fit.
const maxGluedDateLen = maxLeadingDateLen + 8

// digitThenLetter reports a digit followed by an ASCII letter in s, the only join
// spaceGluedDate mends ("2025Jane", "2024by"): a cheap test that most lines fail
// before any word is read.
func digitThenLetter(s string) bool {
	for i := 1; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' && isDigit(s[i-1]) {
			return true
		}
	}
	return false
}

// maxFieldLabelLen bounds the label opensFieldLabel reads before its colon: four
// words of a name.
const maxFieldLabelLen = 48

// maxGluedDateWords bounds the words spaceGluedDate reads for the year glued to the
// next element: a date with its weekday and a label ("Posted on Wednesday, September
// 10, 2025Jane Doe") is six words, the year the last.
const maxGluedDateWords = 6

// opensFieldLabel reports a line that opens with a label of capitalised words and
// its colon, the value after it ("Last Modified: August 8, 2023", "Acceptance Rate:
// 14%", "Also Read: ..."): a page's field, a fact box's row or a teaser's label, which
// reads as a name only when the colon is dropped. A bare byline runs its names into
// a date or a title with a space or a separator, not a colon; an author's label
// before the name ("Author: Jane Doe") is read as an opener before this test.
func opensFieldLabel(s string) bool {
	c := strings.IndexByte(s, ':')
	if c <= 0 {
		return false
	}
	label := s[:c]
	// leadingName reads at most four words, each capitalised: a longer label or
	// one in lower case is no name, and is refused before its words are read.
	if len(label) > maxFieldLabelLen || 'a' <= label[0] && label[0] <= 'z' || strings.Count(label, " ") > 3 {
		return false
	}
	name, _ := leadingName(label, false)
	return name != "" && ascii.WordCount(name) == ascii.WordCount(label)
}

// facetLabel reports a name read after a byline's opener off a listing's filter or
// sort control rather than a person's: "By Category", "By Region", "BY COMPANY
// TYPE", a menu that sorts or filters a site's articles "by" one of their facets. The
// facet is the one word of the name or the last of two (facetWords); no one signs as
// "Category", and a two-word name ending in one of these words after "By" is a
// facet's label ("Company Type", "Business Size"). Only the opener makes the line a
// control's: a bare "Party Size" is weighed by its place as any bare name is.
func facetLabel(name string) bool {
	w, rest := ascii.NextField(name)
	if rest = strings.TrimSpace(rest); rest != "" {
		if strings.IndexByte(rest, ' ') >= 0 {
			return false
		}
		w = rest
	}
	var buf ascii.KeyBuf
	return facetWords[string(ascii.AppendToLower(buf[:0], w))]
}

// facetWords name the facets a listing is filtered or sorted by. Built once, never
// written afterwards.
var facetWords = map[string]bool{"category": true, "categories": true, "topic": true, "topics": true,
	"type": true, "types": true, "region": true, "regions": true, "industry": true, "industries": true,
	"role": true, "roles": true, "size": true, "location": true, "locations": true, "format": true,
	"sector": true, "subject": true, "subjects": true}
