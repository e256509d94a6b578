package newsparse

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractFiguresLocation: ExtractFigures leaves Where and Index empty; only the
// parse functions locate figures in an article.
func TestExtractFiguresLocation(t *testing.T) {
	f := ExtractFigures("1")
	require.Len(t, f, 1)
	assert.Equal(t, Where(""), f[0].Where)
	assert.Equal(t, 0, f[0].Index)
}

func TestExtractFiguresJSON(t *testing.T) {
	figs := ExtractFigures("Police said 30 people were hurt.")
	require.Len(t, figs, 1)
	b, err := json.Marshal(figs[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"30","value":30,"bound":"exact","kind":"count","subject":"people",
		"verb":"hurt","source":"Police","where":"","index":0,"start":12,"end":14}`, string(b))
}

func TestFillFigures(t *testing.T) {
	a := &Article{
		Headline:   "Floods kill 12",
		Standfirst: "About 3,000 people have left their homes",
		Paragraphs: []Paragraph{{Text: "Rain fell for 40 hours.", Kind: ParagraphBody}, {Text: "No figures here.", Kind: ParagraphBody}, {Text: "Rescuers saved 9 children.", Kind: ParagraphBody}},
		Images:     []Image{{Caption: "Volunteers fill 500 sandbags"}},
	}
	a.fillFigures()
	require.Len(t, a.Figures, 5)
	type loc struct {
		text  string
		where Where
		index int
	}
	var got []loc
	for _, f := range a.Figures {
		got = append(got, loc{f.Text, f.Where, f.Index})
	}
	assert.Equal(t, []loc{
		{"12", WhereHeadline, 0}, {"About 3,000", WhereStandfirst, 0}, {"40 hours", WhereBody, 0},
		{"9", WhereBody, 2}, {"500", WhereCaption, 0},
	}, got)
	assert.Equal(t, "500", a.Images[0].Caption[a.Figures[4].Start:a.Figures[4].End])
	assert.Equal(t, "9", a.Paragraphs[2].Text[a.Figures[3].Start:a.Figures[3].End])
	a.fillFigures()
	assert.Len(t, a.Figures, 5, "filling twice does not duplicate")
	var nilArticle *Article
	assert.NotPanics(t, func() { nilArticle.fillFigures() })
}

func TestConcurrentExtractFigures(t *testing.T) {
	in := "More than 200 people were hurt and £3m of damage was done, police said."
	want := ExtractFigures(in)
	done := make(chan []Figure)
	for range 8 {
		go func() { done <- ExtractFigures(in) }()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}

// TestExtractFiguresConcurrent runs the extraction from many goroutines at once, as
// ParseText callers do, and holds each to the answer of a lone call: the pooled
// scratch buffers must never be shared (run with -race).
func TestExtractFiguresConcurrent(t *testing.T) {
	var texts []string
	for _, name := range fixtureNames(t) {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		texts = append(texts, string(b))
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	want := make([][]Figure, len(texts))
	for k, s := range texts {
		want[k] = ExtractFigures(s)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 20 {
				k := (g*7 + r*3) % len(texts)
				assert.Equal(t, want[k], ExtractFigures(texts[k]))
			}
		}()
	}
	wg.Wait()
}
