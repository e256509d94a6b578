package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
)

// Product round-ups, reviews and guides print their buttons inside the article: "Buy
// Now", "See price at Amazon", "Try Stitch Fix", "Jump to Review", "Compare new car
// deals", "Book a tour". A dump keeps each as a line of its own, and the body reads
// it as a subheading. A button's label is an order to the reader, short, with no
// sentence end, and it heads nothing: what follows it is another label, a price, the
// next product's name or the next button. A subheading worded as an order ("Get the
// Necessary Permits", "Check: Tire Pressure") is followed by the paragraph it
// heads, and stays.

// maxActionWords bounds a button's label: "View on Soundcore View on Amazon" at most.
const maxActionWords = 6

// removeCallsToAction removes the buttons in the body, first to last: lines given a
// paragraph role that open on an order to the reader (actionVerbs), hold at most
// maxActionWords words, end with no sentence mark or colon, and are not followed by
// a paragraph of prose.
func removeCallsToAction(blocks []block.Block, forms []Form, first, last int) {
	if first < 0 {
		return
	}
	for i := first; i <= last; i++ {
		b, f := &blocks[i], forms[i]
		if !IsParagraphRole(b.Role) || f.Prose || f.Sentence || f.Words > maxActionWords || !callToAction(b.Text) {
			continue
		}
		if headsProse(blocks, forms, i) {
			continue
		}
		b.Role, b.Reason = block.RoleRemoved, ReasonBoilerplate
	}
}

// callToAction reports a line worded as a button: a capitalised order to the reader
// first ("Shop", "See: ..."), or a line wholly in capitals ("BUY NOW"), and no colon
// closing it (a lead-in to a list). A word in capitals before others that are not is
// a keyword of a listing ("ORDER BY created_at"), not a button.
func callToAction(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || t[0] < 'A' || t[0] > 'Z' || strings.HasSuffix(t, ":") {
		return false
	}
	w, _ := ascii.NextField(t)
	w = strings.TrimRight(w, ":")
	if len(w) > 1 && w[1] >= 'A' && w[1] <= 'Z' && strings.ToUpper(t) != t {
		return false
	}
	for _, v := range actionVerbs {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// actionVerbs are the orders a page's buttons give: to buy, to look, to go, to sign
// up. They are evidence only beside the shape removeCallsToAction asks for.
var actionVerbs = []string{"buy", "shop", "try", "see", "check", "read", "get", "learn", "book", "download",
	"jump", "compare", "sign", "subscribe", "start", "order", "view", "visit", "explore", "find", "request",
	"watch", "join", "click", "discover", "contact", "schedule", "register", "claim"}

// headsProse reports a line whose next paragraph is prose, past the lines left out
// and a picture's caption and credit between them: a subheading, not a button.
func headsProse(blocks []block.Block, forms []Form, i int) bool {
	for j := i + 1; j < len(blocks); j++ {
		if IsParagraphRole(blocks[j].Role) || blocks[j].Role == block.RoleUnknown {
			return forms[j].Prose
		}
	}
	return false
}
