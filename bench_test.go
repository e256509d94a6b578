package newsparse

import (
	"os"
	"path/filepath"
	"testing"
	"time"
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

func benchmarkParseText(b *testing.B, texts []string, opts ...Option) {
	benchmarkParse(b, texts, func(t string) error { _, err := ParseText(t, opts...); return err })
}

// benchmarkParse parses every input once per iteration; the bytes per second are over
// the inputs' raw size.
func benchmarkParse[T string | []byte](b *testing.B, inputs []T, parse func(T) error) {
	total := 0
	for _, in := range inputs {
		total += len(in)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, in := range inputs {
			if err := parse(in); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseText measures throughput on our own fixtures (seed-sized articles)
// and on the corpus dumps, article cuts and whole pages; the -nofigures runs show
// what figure extraction costs.
func BenchmarkParseText(b *testing.B) {
	b.Run("fixtures", func(b *testing.B) { benchmarkParseText(b, readGlob(b, "testdata/text/*.txt")) })
	b.Run("corpus-article", func(b *testing.B) {
		benchmarkParseText(b, readGlob(b, filepath.Join(corpusDir, "text/dev/*.article.txt")))
	})
	b.Run("corpus-article-nofigures", func(b *testing.B) {
		benchmarkParseText(b, readGlob(b, filepath.Join(corpusDir, "text/dev/*.article.txt")), WithoutFigures())
	})
	b.Run("corpus-page", func(b *testing.B) {
		benchmarkParseText(b, readGlob(b, filepath.Join(corpusDir, "text/dev/*.page.txt")))
	})
}

// BenchmarkFiguresCost reports what figure extraction costs ParseText, as the ratio of
// its throughput with figures to its throughput without (1 is free; the aim is at least
// 0.67). Each article is parsed both ways back to back, so that the ratio holds still
// on a machine whose speed drifts from one second to the next, as shared ones do.
func BenchmarkFiguresCost(b *testing.B) {
	for _, set := range []string{"article", "page"} {
		b.Run("corpus-"+set, func(b *testing.B) {
			benchmarkFiguresCost(b, readGlob(b, filepath.Join(corpusDir, "text/dev/*."+set+".txt")))
		})
	}
	b.Run("fixtures", func(b *testing.B) { benchmarkFiguresCost(b, readGlob(b, "testdata/text/*.txt")) })
}

func benchmarkFiguresCost(b *testing.B, texts []string) {
	var with, without time.Duration
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			t0 := time.Now()
			if _, err := ParseText(t, WithoutFigures()); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			if _, err := ParseText(t); err != nil {
				b.Fatal(err)
			}
			without += t1.Sub(t0)
			with += time.Since(t1)
		}
	}
	b.ReportMetric(float64(without)/float64(with), "with/without")
}
