//go:build unix

package newsparse

import (
	"testing"

	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaBenchPage is a Zyte page read up to the page-type evidence: its walker, the
// blocks it settled and the Article assembled from them, and its <meta> elements
// and JSON-LD scripts for the metadata readers.
type metaBenchPage struct {
	w     *walker
	res   htmlResult
	a     *Article
	metas []*html.Node
	ld    []string
}

// loadMetaBenchPages reads the Zyte pages as articleAndEvidence does, up to the
// evidence, so the benchmarks below time one step alone.
func loadMetaBenchPages(b *testing.B) []metaBenchPage {
	b.Helper()
	var pages []metaBenchPage
	for _, p := range loadZyte(b) {
		d := decodeInput(p.html, "", true)
		t, err := htmldom.Parse(dropControls(d.text))
		if err != nil {
			continue // the flat reader's pages have no walker
		}
		w := readTree(t.Doc, t.Tags)
		pageURL := w.meta.pageURL("")
		res := w.buildBlocks(pageURL)
		if len(res.blocks) == 0 && res.headline == "" {
			continue
		}
		var metas []*html.Node
		for n := range t.Doc.Descendants() {
			if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
				metas = append(metas, n)
			}
		}
		pages = append(pages, metaBenchPage{w: w, res: res, a: articleOf(res, pageURL), metas: metas, ld: w.ldScripts})
	}
	return pages
}

// BenchmarkPageEvidence gathers the page-type evidence of every Zyte page once per
// iteration.
func BenchmarkPageEvidence(b *testing.B) {
	pages := loadMetaBenchPages(b)
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		for i := range pages {
			p := &pages[i]
			_ = p.w.evidence(p.a, &p.res)
		}
	}
}

// BenchmarkMetaReaders reads every <meta> element, and every JSON-LD script, of
// every Zyte page once per iteration, into a fresh pageMeta per page.
func BenchmarkMetaReaders(b *testing.B) {
	pages := loadMetaBenchPages(b)
	for _, reader := range []struct {
		name string
		read func(m *pageMeta, p *metaBenchPage)
	}{
		{"meta", func(m *pageMeta, p *metaBenchPage) {
			for _, n := range p.metas {
				m.metaElement(n)
			}
		}},
		{"json-ld", func(m *pageMeta, p *metaBenchPage) {
			for _, s := range p.ld {
				m.jsonLD(s)
			}
		}},
	} {
		b.Run(reader.name, func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				for i := range pages {
					var m pageMeta
					reader.read(&m, &pages[i])
				}
			}
		})
	}
}

// BenchmarkBigrams cuts every block of every Zyte page into bigrams, as pickHeadline
// and matchesDescription cut the blocks they weigh: with a new slice per block
// (classify.Bigrams) and with one buffer for all (UnsortedBigrams, then SortGrams).
func BenchmarkBigrams(b *testing.B) {
	var texts []string
	for _, p := range loadMetaBenchPages(b) {
		for i := range p.w.blocks {
			texts = append(texts, p.w.blocks[i].text)
		}
	}
	b.Run("fresh", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b)()
		for b.Loop() {
			for _, t := range texts {
				_ = classify.Bigrams(t)
			}
		}
	})
	b.Run("reused", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b)()
		var buf []uint64
		for b.Loop() {
			for _, t := range texts {
				buf = classify.SortGrams(classify.UnsortedBigrams(buf, t))
			}
		}
	})
}
