package newsparse

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lowPages is how many of the worst pages TestEvalZyte lists.
const lowPages = 40

// zyteDir is the public article-extraction benchmark, kept outside the repository.
const zyteDir = "../shared/corpus/zyte"

// zytePage is one benchmark page, decompressed.
type zytePage struct {
	id   string
	html []byte
	body string // the human articleBody
	url  string
}

// loadZyte reads the benchmark pages in id order, or skips the test when the corpus
// is not there.
func loadZyte(tb testing.TB) []zytePage {
	tb.Helper()
	gt, err := os.ReadFile(filepath.Join(zyteDir, "ground-truth.json"))
	if os.IsNotExist(err) {
		tb.Skipf("corpus %s absent", zyteDir)
	}
	require.NoError(tb, err)
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	require.NoError(tb, json.Unmarshal(gt, &truth))
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	pages := make([]zytePage, 0, len(ids))
	for _, id := range ids {
		f, err := os.Open(filepath.Join(zyteDir, "html", id+".html.gz"))
		require.NoError(tb, err)
		zr, err := gzip.NewReader(f)
		require.NoError(tb, err)
		b, err := io.ReadAll(zr)
		require.NoError(tb, err)
		require.NoError(tb, f.Close())
		pages = append(pages, zytePage{id: id, html: b, body: truth[id].ArticleBody, url: truth[id].URL})
	}
	return pages
}

// visibleH1 is the page's headline as a reader sees it, found independently of the
// library with goquery: the visible <h1> most like the page's title metadata, else
// the first visible <h1>. ok is false when the page has no visible <h1> with text.
func visibleH1(tb testing.TB, page []byte) (string, bool) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	require.NoError(tb, err)
	var titles []string
	doc.Find(`meta[property="og:title"], meta[name="twitter:title"]`).Each(func(_ int, s *goquery.Selection) {
		titles = append(titles, s.AttrOr("content", ""))
	})
	titles = append(titles, doc.Find("title").First().Text())
	var first, best string
	bestScore := 0.0
	doc.Find("h1").Each(func(_ int, s *goquery.Selection) {
		for n := s; n.Length() > 0; n = n.Parent() {
			if _, hidden := n.Attr("hidden"); hidden {
				return
			}
			if strings.Contains(strings.ReplaceAll(n.AttrOr("style", ""), " ", ""), "display:none") {
				return
			}
		}
		text := strings.Join(strings.Fields(s.Text()), " ")
		if text == "" {
			return
		}
		if first == "" {
			first = text
		}
		for _, t := range titles {
			if d := classify.Dice(text, t); d >= 0.5 && d > bestScore {
				best, bestScore = text, d
			}
		}
	})
	if best != "" {
		return best, true
	}
	return first, first != ""
}

func TestEvalZyte(t *testing.T) {
	pages := loadZyte(t)
	var all shingleMacro
	withH1, sameH1 := 0, 0
	type miss struct {
		id   string
		f    float64
		p, r float64
	}
	var worst []miss
	// The text corpus's dev split names 112 of the pages; the other 69 are its
	// held-out split. Scoring the two apart shows whether rules were fitted to
	// the pages looked at.
	var split [2]shingleMacro
	for _, pg := range pages {
		a, err := ParseHTML(bytes.NewReader(pg.html))
		require.NoError(t, err, pg.id)
		f := all.add(a.Text(), pg.body)
		k := 1
		if _, err := os.Stat(filepath.Join("../shared/corpus/text/dev", pg.id+".article.txt")); err == nil {
			k = 0
		}
		split[k].add(a.Text(), pg.body)
		p, r, _, _ := shingleScore(a.Text(), pg.body)
		worst = append(worst, miss{pg.id, f, p, r})
		if h, ok := visibleH1(t, pg.html); ok {
			withH1++
			if a.Headline == h {
				sameH1++
			} else if testing.Verbose() {
				t.Logf("headline %s: got %q, h1 %q", pg.id[:8], a.Headline, h)
			}
		}
	}
	p, r, f := all.scores()
	t.Logf("zyte: %d pages, precision %.4f recall %.4f F1 %.4f", len(pages), p, r, f)
	_, _, fDev := split[0].scores()
	_, _, fOther := split[1].scores()
	t.Logf("zyte F1 on the text corpus's dev pages %.4f, on the others %.4f", fDev, fOther)
	rate := float64(sameH1) / float64(max(1, withH1))
	t.Logf("headline = visible h1 on %d of %d pages with one (%.1f%%)", sameH1, withH1, 100*rate)
	slices.SortFunc(worst, func(a, b miss) int {
		switch {
		case a.f < b.f:
			return -1
		case a.f > b.f:
			return 1
		}
		return strings.Compare(a.id, b.id)
	})
	for _, m := range worst[:min(lowPages, len(worst))] {
		t.Logf("low: %s F1 %.3f precision %.2f recall %.2f", m.id[:12], m.f, m.p, m.r)
	}
	assert.GreaterOrEqual(t, f, 0.960, "Zyte shingle F1")
	assert.GreaterOrEqual(t, rate, 0.95, "headline = visible h1 rate")
}

// TestEvalCrossText compares the HTML reader on each page of the text corpus with the
// text reader on the same page's article dump: both read the same article, so their
// bodies should nearly agree. Each page's disagreement (1 - F1) is charged to the
// reader further from the human truth, so the log says which side a gap comes from.
func TestEvalCrossText(t *testing.T) {
	dumps, err := filepath.Glob("../shared/corpus/text/dev/*.article.txt")
	require.NoError(t, err)
	if len(dumps) == 0 {
		t.Skip("text corpus absent")
	}
	pages := make(map[string]zytePage)
	for _, pg := range loadZyte(t) {
		pages[pg.id] = pg
	}
	type cross struct {
		id        string
		f, fh, ft float64
	}
	var rows []cross
	sum, sumHTML, sumText := 0.0, 0.0, 0.0
	var gapHTML, gapText float64
	for _, d := range dumps {
		id := strings.TrimSuffix(filepath.Base(d), ".article.txt")
		pg, ok := pages[id]
		if !ok {
			continue
		}
		txt, err := os.ReadFile(d)
		require.NoError(t, err)
		ah, err := ParseHTML(bytes.NewReader(pg.html))
		require.NoError(t, err, id)
		at, err := ParseText(string(txt))
		require.NoError(t, err, id)
		r := cross{id, pageF1(ah.Text(), at.Text()), pageF1(ah.Text(), pg.body), pageF1(at.Text(), pg.body)}
		rows = append(rows, r)
		sum, sumHTML, sumText = sum+r.f, sumHTML+r.fh, sumText+r.ft
		if r.fh < r.ft {
			gapHTML += 1 - r.f
		} else if r.ft < r.fh {
			gapText += 1 - r.f
		}
	}
	require.NotEmpty(t, rows)
	n := float64(len(rows))
	slices.SortFunc(rows, func(a, b cross) int {
		if c := cmp.Compare(a.f, b.f); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	for _, r := range rows[:min(lowPages/2, len(rows))] {
		side := "text"
		if r.fh < r.ft {
			side = "html"
		}
		t.Logf("cross low: %s F1 %.3f (vs truth: html %.3f, text %.3f; %s side)", r.id[:12], r.f, r.fh, r.ft, side)
	}
	// Each reader's own score against the human truth is printed beside the figure,
	// so a fall shows which reader moved.
	t.Logf("cross-check HTML vs text on %d pages: mean shingle F1 %.4f (vs truth: html %.4f, text %.4f)",
		len(rows), sum/n, sumHTML/n, sumText/n)
	t.Logf("cross-check gap %.4f: %.4f where the HTML reader is further from the truth, %.4f where the text reader is",
		1-sum/n, gapHTML/n, gapText/n)
	assert.GreaterOrEqual(t, sum/n, 0.95, "cross-check: HTML and text readers agree on the body")
}
