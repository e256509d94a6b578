package newsparse

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zyteDir is the public article-extraction benchmark, kept outside the repository.
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

// shingleTokens splits text as the benchmark's `\w+` (Python, Unicode) does: runs of
// letters, digits and underscores.
func shingleTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || r == '_')
	})
}

// htmlShingles counts the 4-gram htmlShingles of text. A text of fewer than four tokens is
// one shorter shingle, and an empty text none, as in the benchmark.
func htmlShingles(s string) map[string]int {
	toks := shingleTokens(s)
	out := make(map[string]int)
	n := max(1, len(toks)-4+1)
	for i := 0; i < n; i++ {
		end := min(i+4, len(toks))
		if i >= end {
			break
		}
		out[strings.Join(toks[i:end], "\x00")]++
	}
	return out
}

// htmlShingleScore returns the benchmark's per-page true positive, false positive and
// false negative shares, normalised to sum to 1 so that long pages weigh no more.
func htmlShingleScore(truth, pred string) (tp, fp, fn float64) {
	ts, ps := htmlShingles(truth), htmlShingles(pred)
	for k, t := range ts {
		p := ps[k]
		tp += float64(min(t, p))
		fn += float64(max(0, t-p))
	}
	for k, p := range ps {
		fp += float64(max(0, p-ts[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

// htmlPrf is macro precision and recall over the pages' normalised counts, and their F1.
func htmlPrf(tp, fp, fn float64) (p, r, f float64) {
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func TestShingleScore(t *testing.T) {
	tests := []struct {
		name         string
		truth, pred  string
		tp, fp, fn   float64
		wantF1Approx float64
	}{
		{"equal", "one two three four five", "one two three four five", 1, 0, 0, 1},
		{"disjoint", "one two three four", "five six seven eight", 0, 0.5, 0.5, 0},
		{"short texts are one shingle", "one two", "one two", 1, 0, 0, 1},
		{"both empty", "", "", 0, 0, 0, 0},
		{"punctuation is not a token", "one, two; three. four!", "one two three four", 1, 0, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tp, fp, fn := htmlShingleScore(tt.truth, tt.pred)
			assert.InDelta(t, tt.tp, tp, 1e-9)
			assert.InDelta(t, tt.fp, fp, 1e-9)
			assert.InDelta(t, tt.fn, fn, 1e-9)
			_, _, f := htmlPrf(tp, fp, fn)
			assert.InDelta(t, tt.wantF1Approx, f, 1e-9)
		})
	}
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
			if d := dice(text, t); d >= 0.5 && d > bestScore {
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
	var tp, fp, fn float64
	withH1, sameH1 := 0, 0
	type miss struct {
		id     string
		f      float64
		fp, fn float64
	}
	var worst []miss
	// The text corpus's dev split names 112 of the pages; the other 69 are its
	// held-out split. Scoring the two apart shows whether rules were fitted to
	// the pages looked at.
	var split [2][3]float64
	for _, pg := range pages {
		a, err := ParseHTML(bytes.NewReader(pg.html))
		require.NoError(t, err, pg.id)
		ptp, pfp, pfn := htmlShingleScore(pg.body, a.Text())
		tp, fp, fn = tp+ptp, fp+pfp, fn+pfn
		k := 1
		if _, err := os.Stat(filepath.Join("../shared/corpus/text/dev", pg.id+".article.txt")); err == nil {
			k = 0
		}
		split[k][0], split[k][1], split[k][2] = split[k][0]+ptp, split[k][1]+pfp, split[k][2]+pfn
		_, _, f := htmlPrf(ptp, pfp, pfn)
		worst = append(worst, miss{pg.id, f, pfp, pfn})
		if h, ok := visibleH1(t, pg.html); ok {
			withH1++
			if a.Headline == h {
				sameH1++
			} else if testing.Verbose() {
				t.Logf("headline %s: got %q, h1 %q", pg.id[:8], a.Headline, h)
			}
		}
	}
	p, r, f := htmlPrf(tp, fp, fn)
	t.Logf("zyte: %d pages, precision %.4f recall %.4f F1 %.4f", len(pages), p, r, f)
	_, _, fDev := htmlPrf(split[0][0], split[0][1], split[0][2])
	_, _, fOther := htmlPrf(split[1][0], split[1][1], split[1][2])
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
		t.Logf("low: %s F1 %.3f fp %.2f fn %.2f", m.id[:12], m.f, m.fp, m.fn)
	}
	assert.GreaterOrEqual(t, f, 0.960, "Zyte shingle F1")
	assert.GreaterOrEqual(t, rate, 0.95, "headline = visible h1 rate")
}

// TestEvalCrossText compares the HTML reader on each page of the text corpus with the
// text reader on the same page's article dump: both read the same article, so their
// bodies should nearly agree.
func TestEvalCrossText(t *testing.T) {
	dumps, err := filepath.Glob("../shared/corpus/text/dev/*.article.txt")
	require.NoError(t, err)
	if len(dumps) == 0 {
		t.Skip("text corpus absent")
	}
	truth := make(map[string]string)
	for _, pg := range loadZyte(t) {
		truth[pg.id] = pg.body
	}
	sum, sumHTML, sumText, n := 0.0, 0.0, 0.0, 0
	for _, d := range dumps {
		id := strings.TrimSuffix(filepath.Base(d), ".article.txt")
		gz, err := os.ReadFile(filepath.Join(zyteDir, "html", id+".html.gz"))
		if err != nil {
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		require.NoError(t, err)
		page, err := io.ReadAll(zr)
		require.NoError(t, err)
		txt, err := os.ReadFile(d)
		require.NoError(t, err)
		ah, err := ParseHTML(bytes.NewReader(page))
		require.NoError(t, err, id)
		at, err := ParseText(string(txt))
		require.NoError(t, err, id)
		_, _, f := htmlPrf(htmlShingleScore(at.Text(), ah.Text()))
		sum += f
		n++
		if body, ok := truth[id]; ok {
			_, _, fh := htmlPrf(htmlShingleScore(body, ah.Text()))
			_, _, ft := htmlPrf(htmlShingleScore(body, at.Text()))
			sumHTML, sumText = sumHTML+fh, sumText+ft
			if testing.Verbose() && f < 0.8 {
				t.Logf("cross %s: F1 %.3f (html vs truth %.3f, text vs truth %.3f)", id[:12], f, fh, ft)
			}
		}
	}
	require.Positive(t, n)
	// No floor yet: the text reader is still being tuned; the figure is printed for
	// tracking, with each reader's own score against the human truth on these pages
	// to show which side a disagreement comes from.
	t.Logf("cross-check HTML vs text on %d pages: mean shingle F1 %.4f (vs truth: html %.4f, text %.4f)",
		n, sum/float64(n), sumHTML/float64(n), sumText/float64(n))
}
