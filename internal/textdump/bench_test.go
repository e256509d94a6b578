package textdump

import (
	"testing"

	"github.com/newsparse/newsparse/internal/testinput"
)

// benchDumps are the root package's text fixtures and, when ../shared is there, the
// corpus's whole-page dumps, which wrapped and marked tools' output is among.
func benchDumps(b *testing.B) []string {
	dumps := testinput.Files(b, "../../testdata/text/*.txt", "../../../shared/corpus/text/realdumps-dev/*/*.txt")
	if len(dumps) == 0 {
		b.Skip("no dumps")
	}
	return dumps
}

// BenchmarkRead measures the front end alone: normalisation and Read, bytes/s.
func BenchmarkRead(b *testing.B) {
	testinput.Bench(b, benchDumps(b), func(d string) { Read(d, Normalize(d), nil, false) })
}
