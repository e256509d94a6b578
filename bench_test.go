package newsparse

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/newsparse/newsparse/internal/testinput"
)

// corpusDir is the shared evaluation data, beside the repository. Tests and benchmarks
// that read it skip when it is absent.
const corpusDir = "../shared/corpus"

// readGlob reads every file matching pattern, or skips the test when none does.
func readGlob(tb testing.TB, pattern string) []string {
	tb.Helper()
	out := testinput.Files(tb, pattern)
	if len(out) == 0 {
		tb.Skipf("no files match %s", pattern)
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
// 0.67). Each iteration parses the whole set both ways, one pass after the other, the
// order swapped from one iteration to the next, so that the ratio holds still on a
// machine whose speed drifts from one second to the next, as shared ones do. Parsing
// each article both ways back to back would not do: the second parse of a text runs on
// caches and branch history the first has just trained, which flattered whichever
// went second by a tenth.
func BenchmarkFiguresCost(b *testing.B) {
	for _, set := range []string{"article", "page"} {
		b.Run("corpus-"+set, func(b *testing.B) {
			benchmarkFiguresCost(b, readGlob(b, filepath.Join(corpusDir, "text/dev/*."+set+".txt")))
		})
	}
	b.Run("fixtures", func(b *testing.B) { benchmarkFiguresCost(b, readGlob(b, "testdata/text/*.txt")) })
}

func benchmarkFiguresCost(b *testing.B, texts []string) {
	var took [2]time.Duration // without figures, with them
	pass := func(k int) {
		var opts []Option
		if k == 0 {
			opts = append(opts, WithoutFigures())
		}
		t0 := time.Now()
		for _, t := range texts {
			if _, err := ParseText(t, opts...); err != nil {
				b.Fatal(err)
			}
		}
		took[k] += time.Since(t0)
	}
	b.ReportAllocs()
	first := 0
	for b.Loop() {
		pass(first)
		pass(1 - first)
		first = 1 - first
	}
	b.ReportMetric(float64(took[0])/float64(took[1]), "with/without")
}

// BenchmarkFiguresCold splits what the figure step costs inside ParseText into its work
// and its cold start. The step runs right after the base parse, whose code and branch
// history displace its own; run again at once on the same article it is warm. The
// metrics are milliseconds per pass over the corpus articles: the base parse, the
// figure step as ParseText runs it (cold) and again (warm). A redesign that shrinks the
// step's code, not only its work, shows in cold-ms.
func BenchmarkFiguresCold(b *testing.B) {
	texts := readGlob(b, filepath.Join(corpusDir, "text/dev/*.article.txt"))
	var base, cold, warm time.Duration
	for b.Loop() {
		for _, t := range texts {
			t0 := time.Now()
			a, err := ParseText(t, WithoutFigures())
			if err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			a.fillFigures()
			t2 := time.Now()
			a.fillFigures()
			t3 := time.Now()
			base += t1.Sub(t0)
			cold += t2.Sub(t1)
			warm += t3.Sub(t2)
		}
	}
	perPass := func(d time.Duration) float64 { return float64(d) / float64(b.N) / 1e6 }
	b.ReportMetric(perPass(base), "base-ms")
	b.ReportMetric(perPass(cold), "cold-ms")
	b.ReportMetric(perPass(warm), "warm-ms")
}
