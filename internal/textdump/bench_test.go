package textdump

import (
	"os"
	"path/filepath"
	"testing"
)

// benchDumps are the root package's text fixtures and, when ../shared is there, the
// corpus's whole-page dumps, which wrapped and marked tools' output is among.
func benchDumps(b *testing.B) []string {
	var dumps []string
	for _, g := range []string{"../../testdata/text/*.txt", "../../../shared/corpus/text/realdumps-dev/*/*.txt"} {
		names, _ := filepath.Glob(g)
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			dumps = append(dumps, string(data))
		}
	}
	if len(dumps) == 0 {
		b.Skip("no dumps")
	}
	return dumps
}

// BenchmarkRead measures the front end alone: normalisation and Read, bytes/s.
func BenchmarkRead(b *testing.B) {
	dumps := benchDumps(b)
	size := 0
	for _, d := range dumps {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range dumps {
			Read(d, Normalize(d), nil)
		}
	}
}
