package newsparse

import (
	"bytes"
	"path/filepath"
	"testing"
)

// BenchmarkFiguresStep measures the figure step alone, fillFigures, over articles parsed
// beforehand without figures: the Zyte pages as ParseHTML reads them and the corpus
// article dumps as ParseText reads them. Under callgrind (instr.sh) it counts what the
// figure step costs each parse, free of the parse around it.
func BenchmarkFiguresStep(b *testing.B) {
	b.Run("zyte-html", func(b *testing.B) {
		var arts []*Article
		for _, p := range loadZyte(b) {
			a, err := ParseHTML(bytes.NewReader(p.html), WithoutFigures())
			if err != nil {
				b.Fatal(err)
			}
			arts = append(arts, a)
		}
		benchmarkFiguresStep(b, arts)
	})
	b.Run("text-article", func(b *testing.B) {
		var arts []*Article
		for _, t := range readGlob(b, filepath.Join(corpusDir, "text/dev/*.article.txt")) {
			a, err := ParseText(t, WithoutFigures())
			if err != nil {
				b.Fatal(err)
			}
			arts = append(arts, a)
		}
		benchmarkFiguresStep(b, arts)
	})
}

// benchmarkFiguresStep runs the figure step on every article once per iteration; the
// bytes per second are over the articles' text.
func benchmarkFiguresStep(b *testing.B, arts []*Article) {
	n := 0
	for _, a := range arts {
		n += len(a.Headline) + len(a.Standfirst)
		for _, p := range a.Paragraphs {
			n += len(p.Text)
		}
		for _, im := range a.Images {
			n += len(im.Caption)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			a.fillFigures()
		}
	}
}
