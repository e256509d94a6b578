package newsparse

import (
	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/textdump"
)

// form is what a block's text says about it (classify.Form).
type form = classify.Form

// readForm is classify.ReadForm.
func readForm(s string) form { return classify.ReadForm(s) }

// readBlockForm is readForm on a block's text, with the furniture reason the front
// end read off it when it did.
func readBlockForm(b *block.Block) form {
	if b.FurnitureRead {
		return classify.ReadFormFurniture(b.Text, b.Furniture)
	}
	return readForm(b.Text)
}

// Byte-parallel tests on eight bytes held in a uint64, first byte lowest.
const (
	lowBits  = ascii.LowBits
	highBits = ascii.HighBits
)

// wordCount is ascii.WordCount.
func wordCount(s string) int { return ascii.WordCount(s) }

// endsSentence is ascii.EndsSentence.
func endsSentence(s string) bool { return ascii.EndsSentence(s) }

// numberedPrefix is textdump.NumberedPrefix.
func numberedPrefix(s string) int { return textdump.NumberedPrefix(s) }
