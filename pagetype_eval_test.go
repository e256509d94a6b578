package newsparse

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/htmldom"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// wcxbDir is the WCXB dev split, kept outside the repository.
const wcxbDir = "../shared/corpus/wcxb/dev"

// wcxbPage is one benchmark page and its labelled page type.
type wcxbPage struct {
	id, typ, url string
	html         []byte
}

// loadWCXB reads the benchmark's pages and types, or skips when the corpus is absent.
// A missing type is read as article and "category" as collection, as the benchmark's
// own evaluation does.
func loadWCXB(tb testing.TB) []wcxbPage {
	tb.Helper()
	names, _ := filepath.Glob(filepath.Join(wcxbDir, "ground-truth", "*.json"))
	if len(names) == 0 {
		tb.Skipf("corpus %s absent", wcxbDir)
	}
	pages := make([]wcxbPage, 0, len(names))
	for _, name := range names {
		raw, err := os.ReadFile(name)
		require.NoError(tb, err)
		var gt struct {
			URL      string `json:"url"`
			Internal struct {
				PageType struct {
					Primary string `json:"primary"`
				} `json:"page_type"`
			} `json:"_internal"`
		}
		require.NoError(tb, json.Unmarshal(raw, &gt))
		id := strings.TrimSuffix(filepath.Base(name), ".json")
		f, err := os.Open(filepath.Join(wcxbDir, "html", id+".html.gz"))
		require.NoError(tb, err)
		zr, err := gzip.NewReader(f)
		require.NoError(tb, err)
		b, err := io.ReadAll(zr)
		require.NoError(tb, err)
		f.Close()
		typ := gt.Internal.PageType.Primary
		switch typ {
		case "":
			typ = "article"
		case "category":
			typ = "collection"
		}
		pages = append(pages, wcxbPage{id: id, typ: typ, url: gt.URL, html: b})
	}
	return pages
}

// wcxbEvidence parses a page as ParseHTML does and returns the page-type evidence.
func wcxbEvidence(tb testing.TB, p wcxbPage) (*Article, pageEvidence) {
	text := decodeInput(p.html, "", true).text
	page := htmldom.Strip(bytes.Clone(text))
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(tb, err)
	a, ev, err := articleAndEvidence(doc, bytes.Count(page, []byte("<")), config{maxBytes: DefaultMaxBytes, url: p.url, noFigures: true})
	if err != nil {
		return nil, pageEvidence{}
	}
	return a, ev
}

func TestDumpPageEvidence(t *testing.T) {
	out := os.Getenv("PAGETYPE_DUMP")
	if out == "" {
		t.Skip("set PAGETYPE_DUMP to a file to dump the evidence")
	}
	var b strings.Builder
	b.WriteString("id\ttype\turl\tgot\tscore")
	for _, n := range pageFeatureNames {
		b.WriteString("\t" + n)
	}
	b.WriteString("\n")
	for _, p := range loadWCXB(t) {
		a, e := wcxbEvidence(t, p)
		got := PageType("")
		if a != nil {
			got = a.PageType
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%.2f", p.id, p.typ, p.url, got, e.articleLead())
		for _, v := range e.features() {
			fmt.Fprintf(&b, "\t%.4g", v)
		}
		b.WriteString("\n")
	}
	require.NoError(t, os.WriteFile(out, []byte(b.String()), 0o644))
}

// TestEvalPageType measures the page type on WCXB: article against the rest. The
// weights were fitted on the pages of even id (TestFitPageType), so the odd half is
// held out; both are printed, and the odd half's confusion of labelled type against
// the type given. The goal is accuracy >= 0.90 with <= 0.02 of articles
// called something else. Held out, both hold, the first narrowly: 0.902 with 0.018
// lost (7 of 393). The history: 0.867 with a model of article against the rest
// before the kind model, 0.838 before the years of the prose, its links to other
// sites and how the page's prose is spread were weighed, 0.833 before the page's
// short sections, the persons of its prose and a manual's links, 0.787 before the
// address's shape. The floors below are the goal.
func TestEvalPageType(t *testing.T) {
	pages := loadWCXB(t)
	type tally struct{ n, right, articles, lost int }
	var halves [2]tally
	types := map[string]map[PageType]int{}
	for _, p := range pages {
		a, _ := wcxbEvidence(t, p)
		got := PageType("")
		if a != nil {
			got = a.PageType
		}
		odd := int(p.id[len(p.id)-1]-'0') % 2
		h := &halves[odd]
		h.n++
		isArticle := p.typ == "article"
		if (got == PageArticle) == isArticle {
			h.right++
		}
		if isArticle {
			h.articles++
			if got != PageArticle {
				h.lost++
			}
		}
		if odd == 0 {
			continue
		}
		if types[p.typ] == nil {
			types[p.typ] = map[PageType]int{}
		}
		types[p.typ][got]++
	}
	for i, name := range []string{"even ids (fitted)", "odd ids (held out)"} {
		h := halves[i]
		acc := float64(h.right) / float64(h.n)
		lost := float64(h.lost) / float64(h.articles)
		t.Logf("page type, %s: %d pages, article-vs-rest accuracy %.3f, articles called non-articles %.3f (%d of %d)",
			name, h.n, acc, lost, h.lost, h.articles)
		assert.GreaterOrEqual(t, acc, 0.90, name)
		assert.LessOrEqual(t, lost, 0.02, name)
	}
	names := make([]string, 0, len(types))
	for typ := range types {
		names = append(names, typ)
	}
	slices.Sort(names)
	for _, typ := range names {
		m := types[typ]
		n := m[PageArticle] + m[PageListing] + m[PageOther] + m[""]
		right := m[PageArticle]
		if typ != "article" {
			right = n - right
		}
		t.Logf("odd ids, %-14s %3d pages, right (article vs rest) %.3f: article %3d listing %3d other %3d",
			typ, n, float64(right)/float64(n), m[PageArticle], m[PageListing], m[PageOther])
	}
}
