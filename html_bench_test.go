package newsparse

import (
	"bytes"
	"testing"
)

// BenchmarkParseHTML parses every benchmark page once per iteration; the bytes per
// second are over the pages' raw size.
func BenchmarkParseHTML(b *testing.B) {
	pages := loadZyte(b)
	total := 0
	for _, p := range pages {
		total += len(p.html)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ParseHTML(bytes.NewReader(p.html)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
