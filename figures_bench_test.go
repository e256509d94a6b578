package newsparse

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkExtractFigures measures ExtractFigures, the public entry, over the paragraphs
// of the repository's own text fixtures (news prose written for them); the engine's own
// benchmarks are in internal/figures.
func BenchmarkExtractFigures(b *testing.B) {
	var paras []string
	n := 0
	for _, name := range fixtureFiles(&testing.T{}, "testdata/text/*.txt") {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for p := range strings.SplitSeq(string(raw), "\n") {
			paras = append(paras, p)
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			_ = ExtractFigures(p)
		}
	}
}
