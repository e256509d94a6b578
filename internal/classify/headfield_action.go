package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
)

// A page's buttons and pitches stand among the lines over its article, title-cased
// and of a title's length: "Try Our Home Cost Calculator", "Learn About Our Process",
// "Let us help you find the right school", "Back to all articles". Each gives the
// reader an order and speaks of the site itself ("our", "us") or of a listing as a
// whole ("all"). A headline worded as an order speaks of its subject ("Find a
// Kayak That Fits You", "Stop Nesting Database Systems") and keeps its weight; one
// that speaks so is weighed down, not refused, as the other evidence may still
// make it the headline.

// readerOrder reports a line that opens with an order to the reader (callToAction,
// a back link's "Back to" or "Go back", or "Let us") and holds one of siteWords.
func readerOrder(t string) bool {
	if !callToAction(t) && !ascii.HasPrefixFold(t, "back to ") && !ascii.HasPrefixFold(t, "go back ") && !ascii.HasPrefixFold(t, "let us ") {
		return false
	}
	for w := range strings.FieldsSeq(t) {
		var buf ascii.KeyBuf
		if siteWords[string(ascii.AppendToLower(buf[:0], strings.Trim(w, ".,!?:;")))] {
			return true
		}
	}
	return false
}

// siteWords are the words with which a page speaks of the site itself or of a
// listing's whole, as its buttons and pitches do.
var siteWords = map[string]bool{"our": true, "us": true, "all": true}

// orderCost is what a button or a pitch (readerOrder) loses as a headline
// candidate: less than a field line, since a how-to headline may be worded so.
const orderCost = 1.5
