package newsparse

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsparse/newsparse/internal/htmldom"
	"github.com/stretchr/testify/require"
)

// stripCasesFile holds the constructs that decide where x/net's tokenizer starts and
// ends raw text; htmldom's own tests check the tree on the same cases.
const stripCasesFile = "internal/htmldom/testdata/strip-cases.json"

func loadStripCases(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile(stripCasesFile)
	require.NoError(tb, err)
	var cases []string
	require.NoError(tb, json.Unmarshal(b, &cases))
	require.NotEmpty(tb, cases)
	return cases
}

// TestStripKeepsFlat: the flat reader, which takes over from the tree when a page
// nests too deep, reads a page and what htmldom.Strip leaves of it alike.
func TestStripKeepsFlat(t *testing.T) {
	for _, c := range loadStripCases(t) {
		requireSameFlat(t, []byte(c))
	}
	files, err := filepath.Glob("testdata/html/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		requireSameFlat(t, b)
	}
}

// TestStripKeepsFlatCorpus does the same for every tenth benchmark page.
func TestStripKeepsFlatCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for i, p := range loadZyte(t) {
		if i%10 == 0 {
			requireSameFlat(t, p.html)
		}
	}
}

func FuzzStripFlat(f *testing.F) {
	for _, c := range loadStripCases(f) {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		requireSameFlat(t, in)
	})
}

// requireSameFlat requires the flat reader to read page and what htmldom.Strip
// leaves of it alike.
func requireSameFlat(t *testing.T, page []byte) {
	t.Helper()
	cfg := newConfig(nil)
	want, errWant := parseFlat(string(page), decoded{}, cfg)
	got, errGot := parseFlat(string(htmldom.Strip(bytes.Clone(page))), decoded{}, cfg)
	require.Equal(t, errWant, errGot, "page: %.300q", page)
	require.Equal(t, want, got, "page: %.300q", page)
}

// TestFlatForeign: the flat reader reads no metadata inside SVG or MathML, as the
// tree's reader skips them, and honours the self-closing mark there, so that an
// icon's <svg/> inside another does not hide the rest of the page.
func TestFlatForeign(t *testing.T) {
	body := "<p>The council approved the budget on Tuesday after a long debate over the new school and the roads.</p>"
	page := `<svg><title>Share icon</title><link rel=canonical href="https://icons.example/share"></link></svg>` +
		`<title>Council approves budget</title><link rel=canonical href="https://news.example/budget">` +
		`<svg viewBox="0 0 9 9"><svg/><video/><path d="M0 0"/></svg>` + body
	a, err := parseFlat(page, decoded{}, newConfig(nil))
	require.NoError(t, err)
	require.Equal(t, "https://news.example/budget", a.Canonical)
	require.Contains(t, a.Headline+" "+a.Text(), "approved the budget")
}
