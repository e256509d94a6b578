package newsparse

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// fixtureTruth is what a careful reader takes from one of our fixtures, written by hand
// beside it.
type fixtureTruth struct {
	Style      string      `json:"style"`
	Headline   string      `json:"headline"`
	Standfirst string      `json:"standfirst"`
	Byline     []string    `json:"byline"`
	Published  string      `json:"published"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Images     []struct {
		Caption       string   `json:"caption"`
		Credit        string   `json:"credit"`
		Photographers []string `json:"photographers"`
		Agencies      []string `json:"agencies"`
		After         int      `json:"after"`
	} `json:"images"`
	Removed []Removed `json:"removed"`
}

// fixtureNames lists the text fixtures.
func fixtureNames(t *testing.T) []string { return fixtureFiles(t, "testdata/text/*.txt") }

// fixtureFiles lists the fixtures matching pattern, failing when there are none.
func fixtureFiles(t *testing.T, pattern string) []string {
	t.Helper()
	names, err := filepath.Glob(pattern)
	require.NoError(t, err)
	require.NotEmpty(t, names, "fixtures %s are missing", pattern)
	return names
}

// TestTextGolden pins the whole-article JSON of every text fixture. Refresh with
// go test -run TestTextGolden -update, then review the diff by eye.
func TestTextGolden(t *testing.T) {
	checkGolden(t, fixtureNames(t), ".txt", parseTextInput)
}

// parseBytes is an entry point over raw input, so that one test serves both readers.
type parseBytes func(in []byte) (*Article, error)

func parseTextInput(in []byte) (*Article, error) { return ParseText(string(in)) }
func parseHTMLInput(in []byte) (*Article, error) { return ParseHTML(bytes.NewReader(in)) }

// checkGolden compares the indented JSON of each fixture's Article with the golden
// file beside it (the fixture's ext replaced by .golden.json), or rewrites the golden
// files under -update.
func checkGolden(t *testing.T, names []string, ext string, parse parseBytes) {
	t.Helper()
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			in, err := os.ReadFile(name)
			require.NoError(t, err)
			a, err := parse(in)
			require.NoError(t, err)
			requireFiguresInPlace(t, a)
			got, err := json.MarshalIndent(a, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := strings.TrimSuffix(name, ext) + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run with -update to create it")
			assert.Equal(t, string(want), string(got))
		})
	}
}

// TestTextTruth checks each fixture against the reading written by hand beside it:
// the golden files pin the output, this says how right it is. Headlines must all be
// right; the other fields are scored over all fixtures and must stay above floors,
// with every disagreement logged so a regression shows where it happened.
func TestTextTruth(t *testing.T) {
	var paras, images, credits, removed, bylines, dates agreement
	for _, name := range fixtureNames(t) {
		in, err := os.ReadFile(name)
		require.NoError(t, err)
		raw, err := os.ReadFile(strings.TrimSuffix(name, ".txt") + ".truth.json")
		require.NoError(t, err)
		var want fixtureTruth
		require.NoError(t, json.Unmarshal(raw, &want))
		a, err := ParseText(string(in))
		require.NoError(t, err)
		base := filepath.Base(name)

		assert.Equal(t, want.Headline, a.Headline, "%s: headline", base)
		bylines.add(t, base, "byline", strings.Join(want.Byline, "; "), strings.Join(a.Byline, "; "))
		wantDate := time.Time{}
		if want.Published != "" {
			wantDate, err = time.Parse(time.RFC3339, want.Published)
			require.NoError(t, err)
		}
		dates.add(t, base, "published", wantDate.UTC().String(), a.Published.UTC().String())
		addSet(&paras, t, base, "paragraph", paraKeys(want.Paragraphs), paraKeys(a.Paragraphs))
		for i := range max(len(want.Images), len(a.Images)) {
			var w, g string
			if i < len(want.Images) {
				wi := want.Images[i]
				w = fmt.Sprintf("%q after %d", wi.Caption, wi.After)
				credits.add(t, base, fmt.Sprint("credit ", i), fmt.Sprint(wi.Credit, nilIfEmpty(wi.Photographers), nilIfEmpty(wi.Agencies)), creditString(a.Images, i))
			}
			if i < len(a.Images) {
				g = fmt.Sprintf("%q after %d", a.Images[i].Caption, a.Images[i].After)
			}
			images.add(t, base, fmt.Sprint("image ", i), w, g)
		}
		addSet(&removed, t, base, "removed", removedKeys(want.Removed), removedKeys(a.Removed))
	}
	t.Logf("agreement: paragraphs %.3f, images %.3f, credits %.3f, removed %.3f, bylines %.3f, dates %.3f",
		paras.rate(), images.rate(), credits.rate(), removed.rate(), bylines.rate(), dates.rate())
	assert.GreaterOrEqual(t, paras.rate(), 0.95, "paragraphs")
	assert.GreaterOrEqual(t, images.rate(), 0.80, "images")
	assert.GreaterOrEqual(t, credits.rate(), 0.90, "credits")
	assert.GreaterOrEqual(t, removed.rate(), 0.40, "removed")
	assert.GreaterOrEqual(t, bylines.rate(), 0.90, "bylines")
	assert.GreaterOrEqual(t, dates.rate(), 0.90, "dates")
}

// agreement counts position-by-position matches between the hand-written reading and
// the parser's, logging each mismatch.
type agreement struct{ ok, total int }

func (a *agreement) add(t *testing.T, fixture, what string, want, got any) {
	t.Helper()
	a.total++
	if fmt.Sprint(want) == fmt.Sprint(got) {
		a.ok++
		return
	}
	t.Logf("%s %s:\n\twant %v\n\tgot  %v", fixture, what, want, got)
}

// addSet scores two lists as multisets: each item matched once counts, each item
// missing from either side counts against, so one dropped paragraph costs one.
// paraKey and removedKey are the parts of a paragraph and a removed block the fixture
// truth states: text and kind or reason.
type paraKey struct {
	Text string
	Kind ParagraphKind
}

type removedKey struct {
	Text   string
	Reason Reason
}

func paraKeys(ps []Paragraph) []paraKey {
	out := make([]paraKey, len(ps))
	for i, p := range ps {
		out[i] = paraKey{p.Text, p.Kind}
	}
	return out
}

func removedKeys(rs []Removed) []removedKey {
	out := make([]removedKey, len(rs))
	for i, r := range rs {
		out[i] = removedKey{r.Text, r.Reason}
	}
	return out
}

func addSet[T comparable](a *agreement, t *testing.T, fixture, what string, want, got []T) {
	t.Helper()
	left := make(map[T]int, len(got))
	for _, g := range got {
		left[g]++
	}
	for _, w := range want {
		a.total++
		if left[w] > 0 {
			left[w]--
			a.ok++
			continue
		}
		t.Logf("%s %s missing: %v", fixture, what, w)
	}
	for g, n := range left {
		for range n {
			a.total++
			t.Logf("%s %s extra: %v", fixture, what, g)
		}
	}
}

func (a *agreement) rate() float64 {
	if a.total == 0 {
		return 1
	}
	return float64(a.ok) / float64(a.total)
}

func creditString(images []Image, i int) string {
	if i >= len(images) || images[i].Credit == nil {
		return fmt.Sprint("", []string(nil), []string(nil))
	}
	c := images[i].Credit
	return fmt.Sprint(c.Text, c.Photographers, c.Agencies)
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
