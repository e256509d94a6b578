package newsparse

import (
	"testing"

	"github.com/newsparse/newsparse/internal/htmldom"
)

// BenchmarkStrip measures htmldom.Strip alone on the Zyte pages: the one pass of
// ParseHTML's own code over every byte of the page before the tree builder. Strip
// cuts in place, so each page is first copied into a scratch buffer; the copy is a
// small part of the time.
func BenchmarkStrip(b *testing.B) {
	var pages [][]byte
	longest := 0
	for _, p := range loadZyte(b) {
		pages = append(pages, p.html)
		longest = max(longest, len(p.html))
	}
	scratch := make([]byte, 0, longest)
	benchmarkParse(b, pages, func(page []byte) error {
		htmldom.Strip(append(scratch[:0], page...))
		return nil
	})
}
