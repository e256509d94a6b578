package newsparse

import (
	"bytes"
	"testing"
)

// BenchmarkParseHTML parses every benchmark page once per iteration; the bytes per
// second are over the pages' raw size.
func BenchmarkParseHTML(b *testing.B) {
	var pages [][]byte
	for _, p := range loadZyte(b) {
		pages = append(pages, p.html)
	}
	benchmarkParse(b, pages, func(page []byte) error { _, err := ParseHTML(bytes.NewReader(page)); return err })
}
