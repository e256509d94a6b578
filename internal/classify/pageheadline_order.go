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
// The site's word is looked for first: few lines hold one, and only words of its
// length are lowered to look it up, while callToAction compares the first word
// with each order it knows.
func readerOrder(t string) bool {
	return holdsSiteWord(t) && (callToAction(t) || ascii.HasPrefixFold(t, "back to ") || ascii.HasPrefixFold(t, "go back ") ||
		ascii.HasPrefixFold(t, "let us "))
}

// holdsSiteWord reports one of siteWords in t as a word of its own, in any case,
// a stop or a mark after it allowed.
func holdsSiteWord(t string) bool {
	for w := range strings.FieldsSeq(t) {
		if len(w) < minSiteWordLen || len(w) > maxSiteWordLen+1 {
			continue // a mark after the word adds a byte at most
		}
		w = strings.TrimRight(w, ".,!?:;")
		var buf ascii.KeyBuf
		if siteWords[string(ascii.AppendToLower(buf[:0], w))] {
			return true
		}
	}
	return false
}

// minSiteWordLen and maxSiteWordLen bound the length of siteWords' words.
const minSiteWordLen, maxSiteWordLen = 2, 3

// siteWords are the words with which a page speaks of the site itself or of a
// listing's whole, as its buttons and pitches do.
var siteWords = map[string]bool{"our": true, "us": true, "all": true}

// orderCost is what a button or a pitch (readerOrder) loses as a headline
// candidate: less than a field line, since a how-to headline may be worded so.
const orderCost = 1.5

// frontCosts is what line i loses for the shapes of front matter and page furniture
// that only its words show: an author's card under the title (cardUnderTitle, as
// much as the author's role under a byline) and a button or a pitch (readerOrder).
// chooseBefore takes them only from a line that would lead the window, as reading
// the words of every candidate cost more than the rest of its weighing.
func frontCosts(cands *candidates, i int) float64 {
	c := 0.0
	if cardUnderTitle(cands, i) {
		c += roleCost
	}
	if readerOrder(cands.blocks[i].Text) {
		c += orderCost
	}
	return c
}
