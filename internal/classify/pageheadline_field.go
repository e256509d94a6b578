package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// A record's field printed on a line of its own ("Category: Travel", "Posted: 12
// March", "SKU: 1234", "DOC. NO: WCA-2025", "Family: Rubiaceae | Place of Origin:
// Ethiopia") is a short label, a colon and a value that is one term, a code, a
// number or a date. It is title-cased and stands over the page's front matter, and
// no longer reads as a byline's name, so it was weighed as a headline; a headline
// with a colon ("Review: The Quiet Year", "Exclusive: Minister quits over plan")
// gives a headline's words after it. fieldLine tells the two apart by the value's
// shape alone, with no list of labels.

// fieldLine reports a line made of one or more fields, parted by a bar: each a
// label of one to maxFieldWords words (letters, and the stops and marks of an
// abbreviation: "DOC. NO", "Q&A"), a colon and a field's value (fieldValue).
func fieldLine(t string) bool {
	if strings.IndexByte(t, ':') < 0 {
		return false
	}
	for part := range strings.SplitSeq(t, " | ") {
		label, value, ok := strings.Cut(part, ":")
		if !ok || !fieldName(label) || !fieldValue(strings.TrimSpace(value)) {
			return false
		}
	}
	return true
}

// maxFieldWords is the most words of a field's label ("Place of Origin").
const maxFieldWords = 3

// fieldName reports a field's label: one to maxFieldWords words, the first
// capitalised, of letters and an abbreviation's marks.
func fieldName(label string) bool {
	label = strings.TrimSpace(label)
	if label == "" || len(label) > maxFieldLabelBytes || ascii.WordCount(label) > maxFieldWords {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) {
		return false
	}
	for _, r := range label {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" .&-'’", r) {
			return false
		}
	}
	return true
}

// maxFieldLabelBytes bounds a field's label.
const maxFieldLabelBytes = 30

// fieldValue reports a field's value rather than a title's second part: one term
// ("Travel", "WCA-2025"), or a number, code or date of up to maxFieldValueWords
// words of which at most one is a word of letters alone ("12 March 2025", "Vol. 4,
// 2026"). A title after a colon runs on in words ("The Quiet Year", "5 Dead in
// Crash").
func fieldValue(v string) bool {
	n := ascii.WordCount(v)
	if n == 1 {
		return true
	}
	if n == 0 || n > maxFieldValueWords {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(v) {
		if strings.ContainsFunc(w, unicode.IsLetter) && !strings.ContainsFunc(w, unicode.IsDigit) {
			words++
		}
	}
	return words <= 1 && strings.ContainsFunc(v, unicode.IsDigit)
}

// maxFieldValueWords is the most words of a field's value read as a number, code
// or date ("12 March 2025", "Vol. 4, 2026").
const maxFieldValueWords = 4

// fieldCost is what a field line loses as a headline candidate: as much as the
// author's role under a byline, which is front matter too.
const fieldCost = roleCost
