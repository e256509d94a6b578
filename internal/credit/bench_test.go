package credit

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/testinput"
)

// benchLines are the lines of the root package's text fixtures and, when ../shared
// is there, of the corpus's dumps: the lines the text classifier weighs as credits.
func benchLines(b *testing.B) []string {
	dumps := testinput.Files(b, equivalenceGlobs...)
	if len(dumps) == 0 {
		b.Skip("no dumps")
	}
	return strings.Split(strings.Join(dumps, "\n"), "\n")
}

// BenchmarkLines measures what the classifier asks of every line: its evidence as
// a credit and the credit at the end of a caption, bytes/s.
func BenchmarkLines(b *testing.B) {
	testinput.Bench(b, benchLines(b), func(l string) {
		Evidence(l)
		SplitCaption(l)
	})
}

// BenchmarkParse measures Parse on the credit forms of the table tests, as printed
// and cut to a stray ")", bytes/s.
func BenchmarkParse(b *testing.B) {
	var in []string
	for _, tc := range append(creditCases, parseOnlyCases...) {
		in = append(in, tc.in, tc.text+")")
	}
	testinput.Bench(b, in, func(s string) { Parse(s) })
}
