package newsparse

import (
	"iter"

	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/htmldom"
)

// The classifier lives in internal/classify: the reading of single lines and the
// roles of a page's blocks (classify.Blocks, which ParseText and ParseHTML call).
// The root converts what it returns to the public types and reads the page's
// languages for it.

// reasonOf converts the classifier's reason to the public one of the same word.
func reasonOf(r classify.Reason) Reason { return Reason(r.String()) }

// pageNumericOrder is classify.PageNumericOrder on the page's declared languages as
// the metadata writes them ("en_US", "de, en"), read as BCP 47 tags.
func pageNumericOrder(texts iter.Seq[string], langs ...string) classify.NumericOrder {
	// A page declares a few languages (the HTML reader gives four): the tags stay
	// on the stack.
	var buf [4]string
	tags := buf[:0]
	for _, l := range langs {
		tags = append(tags, htmldom.BCP47(l))
	}
	return classify.PageNumericOrder(texts, tags...)
}
