package newsparse

import (
	"encoding/json"
	"flag"
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

func fixtureNames(t *testing.T) []string {
	t.Helper()
	names, err := filepath.Glob("testdata/text/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names, "fixtures are missing")
	return names
}

// TestTextGolden pins the whole-article JSON of every text fixture. Refresh with
// go test -run TestTextGolden -update, then review the diff by eye.
func TestTextGolden(t *testing.T) {
	for _, name := range fixtureNames(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			in, err := os.ReadFile(name)
			require.NoError(t, err)
			a, err := ParseText(string(in))
			require.NoError(t, err)
			got, err := json.MarshalIndent(a, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := strings.TrimSuffix(name, ".txt") + ".golden.json"
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
// the golden files pin the output, this says the output is right.
func TestTextTruth(t *testing.T) {
	for _, name := range fixtureNames(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			in, err := os.ReadFile(name)
			require.NoError(t, err)
			raw, err := os.ReadFile(strings.TrimSuffix(name, ".txt") + ".truth.json")
			require.NoError(t, err)
			var want fixtureTruth
			require.NoError(t, json.Unmarshal(raw, &want))
			a, err := ParseText(string(in))
			require.NoError(t, err)

			assert.Equal(t, want.Headline, a.Headline, "headline")
			assert.Equal(t, want.Standfirst, a.Standfirst, "standfirst")
			assert.Equal(t, nilIfEmpty(want.Byline), a.Byline, "byline")
			if want.Published != "" {
				p, err := time.Parse(time.RFC3339, want.Published)
				require.NoError(t, err)
				assert.True(t, p.Equal(a.Published), "published: want %v, got %v", p, a.Published)
			} else {
				assert.True(t, a.Published.IsZero(), "published: want none, got %v", a.Published)
			}
			assert.Equal(t, want.Paragraphs, a.Paragraphs, "paragraphs")
			require.Len(t, a.Images, len(want.Images), "images")
			for i, w := range want.Images {
				g := a.Images[i]
				assert.Equal(t, w.Caption, g.Caption, "image %d caption", i)
				assert.Equal(t, w.After, g.After, "image %d after", i)
				if w.Credit == "" {
					assert.Nil(t, g.Credit, "image %d credit", i)
					continue
				}
				if assert.NotNil(t, g.Credit, "image %d credit", i) {
					assert.Equal(t, w.Credit, g.Credit.Text, "image %d credit text", i)
					assert.Equal(t, nilIfEmpty(w.Photographers), g.Credit.Photographers, "image %d photographers", i)
					assert.Equal(t, nilIfEmpty(w.Agencies), g.Credit.Agencies, "image %d agencies", i)
				}
			}
			assert.Equal(t, want.Removed, a.Removed, "removed")
		})
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
