package newsparse

import (
	"bytes"
	"fmt"
	"strings"
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

// BenchmarkParseHTMLJunk feeds pages of nested junk of 1 MB and 10 MB: the work must
// grow in proportion to the page, so the MB/s of the two sizes stay close. Deep
// nesting past the tree builder's limit takes the flat reader; unclosed formatting
// elements and table soup stress the tree builder's reconstruction.
func BenchmarkParseHTMLJunk(b *testing.B) {
	shapes := []struct {
		name string
		unit string
	}{
		{"nested-divs", "<div><span>"},
		{"unclosed-formatting", "<b><i><a href=x>"},
		{"table-soup", "<table><tr><td>"},
	}
	for _, sh := range shapes {
		for _, mb := range []int{1, 10} {
			junk := strings.Repeat(sh.unit, mb<<20/len(sh.unit))
			in := []byte(page("", prose+junk+prose))
			b.Run(fmt.Sprintf("%s-%dMB", sh.name, mb), func(b *testing.B) {
				benchmarkParse(b, [][]byte{in}, func(page []byte) error {
					_, err := ParseHTML(bytes.NewReader(page))
					return err
				})
			})
		}
	}
}
