package newsparse

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the shared evaluation data, beside the repository. Tests and benchmarks
// that read it skip when it is absent.
const corpusDir = "../shared/corpus"

// readGlob reads every file matching pattern, or skips the test when none does.
func readGlob(tb testing.TB, pattern string) []string {
	tb.Helper()
	names, err := filepath.Glob(pattern)
	if err != nil || len(names) == 0 {
		tb.Skipf("no files match %s", pattern)
	}
	out := make([]string, 0, len(names))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func benchmarkParseText(b *testing.B, texts []string) {
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := ParseText(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseText measures throughput on our own fixtures (seed-sized articles)
// and on the corpus dumps, article cuts and whole pages.
func BenchmarkParseText(b *testing.B) {
	b.Run("fixtures", func(b *testing.B) { benchmarkParseText(b, readGlob(b, "testdata/text/*.txt")) })
	b.Run("corpus-article", func(b *testing.B) {
		benchmarkParseText(b, readGlob(b, filepath.Join(corpusDir, "text/dev/*.article.txt")))
	})
	b.Run("corpus-page", func(b *testing.B) {
		benchmarkParseText(b, readGlob(b, filepath.Join(corpusDir, "text/dev/*.page.txt")))
	})
}
