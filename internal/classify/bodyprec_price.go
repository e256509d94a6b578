package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/figures"
)

// A product's card prints its price on a line of its own, alone or beside the shop
// that asks it or the discount ("$80", "$1,599.00 from Hearth Supply", "Amazon
// $19.34", "$90 $85 (6% off)"), and the dump keeps the line among the article's. A
// price a text states is in a sentence, or after a label that says what it prices
// ("Price: $45", "Starter plan: $5 a month"), and stays.

// maxPriceTagWords bounds a price tag's line, the amounts counted as words.
const maxPriceTagWords = 6

// maxPriceTagLead is how many words may stand before the price on its tag: a shop's
// name ("Amazon $19.34"). More read as a phrase the price ends ("Best under $500").
const maxPriceTagLead = 1

// removePriceTags removes the price tags in the body, first to last: lines given a
// paragraph role, no sentence and no colon, of at most maxPriceTagWords words, whose
// first money figure opens the line or follows at most maxPriceTagLead word.
func removePriceTags(blocks []block.Block, forms []Form, first, last int) {
	if first < 0 {
		return
	}
	for i := first; i <= last; i++ {
		b, f := &blocks[i], forms[i]
		if !IsParagraphRole(b.Role) || f.Sentence || f.Words > maxPriceTagWords || strings.IndexByte(b.Text, ':') >= 0 ||
			!priceTag(b.Text) {
			continue
		}
		b.Role, b.Reason = block.RoleRemoved, ReasonAdvertisement
	}
}

// priceTag reports a line whose first money figure stands at its start or after one
// word. Lines with no digit are passed over before the figures are read.
func priceTag(s string) bool {
	if ascii.IndexDigit(s, 0) < 0 {
		return false
	}
	for _, fig := range figures.Extract(s) {
		if fig.Kind != figures.KindMoney {
			continue
		}
		return ascii.WordCount(s[:fig.Start]) <= maxPriceTagLead
	}
	return false
}
