package classify

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/testinput"
)

// benchGlobs are the root package's text fixtures and, when ../shared is there, the
// corpus's dumps.
var benchGlobs = []string{"../../testdata/text/*.txt", "../../../shared/corpus/text/dev/*.txt"}

// benchLines are the lines of the dumps of benchGlobs, each as the classifier reads
// it: trimmed, empty lines left out.
func benchLines(b *testing.B) []string {
	dumps := testinput.Files(b, benchGlobs...)
	if len(dumps) == 0 {
		b.Skip("no dumps")
	}
	var out []string
	for _, d := range dumps {
		for l := range strings.SplitSeq(d, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// BenchmarkReadForm measures what the classifier reads off every line of a dump
// (furniture, credit evidence, a dateline), bytes/s.
func BenchmarkReadForm(b *testing.B) {
	testinput.Bench(b, benchLines(b), func(l string) { ReadForm(l) })
}

// BenchmarkParseByline measures the byline reader on every line, as the classifier
// runs it on the lines before a body, bytes/s.
func BenchmarkParseByline(b *testing.B) {
	testinput.Bench(b, benchLines(b), func(l string) { ParseByline(l) })
}
