package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/examples/internal/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

func article(i int) string {
	return warctest.ArticleHTML(
		fmt.Sprintf("Village %d votes to keep its post office open", i),
		"Jane Doe",
		fmt.Sprintf("Residents of the village voted by %d to 12 on Monday to take over the running of the post office, which had been due to close at the end of the month.", 100+i),
		"The parish council said volunteers would staff the counter three days a week and that the shop next door had offered space for a parcel locker.",
	)
}

// folder writes n articles (alternately plain and gzip) and one page of each failure
// kind, and returns the folder.
func folder(t testing.TB, n int) string {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	for i := range n {
		name := fmt.Sprintf("pages/%03d.html", i)
		if i%2 == 1 {
			write(name+".gz", gz(t, article(i)))
		} else {
			write(name, []byte(article(i)))
		}
	}
	write("z/blank.html", []byte(" \n \n"))
	write("z/binary.txt", []byte("\x00\x01\x02\x03\x00\x00binary"))
	write("z/broken.html.gz", []byte("not gzip at all"))
	write("z/notes.md", []byte("# not a page, not read"))
	return dir
}

func decode(t *testing.T, out string) []Output {
	var got []Output
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var o Output
		require.NoError(t, json.Unmarshal([]byte(l), &o), l)
		got = append(got, o)
	}
	return got
}

func TestRunFolder(t *testing.T) {
	dir := folder(t, 20)
	var first string
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			var out bytes.Buffer
			sum, err := Run(context.Background(), Config{Workers: workers}, dir, nil, &out)
			require.NoError(t, err)
			assert.Equal(t, Summary{Pages: 23, Articles: 20, Empty: 1, Binary: 1, Input: 1}, sum)

			got := decode(t, out.String())
			require.Len(t, got, 23)
			for i := range 20 {
				id := fmt.Sprintf("pages/%03d.html", i)
				if i%2 == 1 {
					id += ".gz"
				}
				assert.Equal(t, id, got[i].ID, "input order is kept")
				require.NotNil(t, got[i].Article, id)
				assert.Equal(t, fmt.Sprintf("Village %d votes to keep its post office open", i), got[i].Article.Headline)
			}
			assert.Equal(t, "z/binary.txt", got[20].ID)
			assert.Contains(t, got[20].Error, "binary")
			assert.Equal(t, "z/blank.html", got[21].ID)
			assert.Contains(t, got[21].Error, "empty")
			assert.Equal(t, "z/broken.html.gz", got[22].ID)
			assert.Contains(t, got[22].Error, "gzip")

			if first == "" {
				first = out.String()
			}
			assert.Equal(t, first, out.String(), "the output does not depend on the number of workers")
		})
	}
}

func TestRunJSONL(t *testing.T) {
	// The page declared KOI8-R, but its JSON string is Unicode: the declaration is stale.
	stale := `<html><head><meta charset="koi8-r"></head><body><article><h1>Порт reopens</h1><p>The port reopened on Monday after a year of repairs to the quay and to the old crane.</p></article></body></html>`
	in := []string{
		`{"id":"a","url":"https://news.example.com/a","html":` + quote(article(1)) + `}`,
		``,
		`{"id":"b","text":"Ferry strike ends\n\nThe strike that stopped ferries for five days ended on Friday after the union accepted a pay offer of 4.5 per cent.\n\nServices will run to the normal timetable from Saturday morning."}`,
		`{"id":"c","html":` + quote(stale) + `}`,
		`{"id":"d","html":"   "}`,
		`not json`,
	}
	var out bytes.Buffer
	sum, err := Run(context.Background(), Config{Workers: 3, Progress: io.Discard}, "-", strings.NewReader(strings.Join(in, "\n")), &out)
	require.NoError(t, err)
	assert.Equal(t, Summary{Pages: 5, Articles: 3, Empty: 1, Input: 1}, sum)

	got := decode(t, out.String())
	require.Len(t, got, 5)
	assert.Equal(t, []string{"a", "b", "c", "d", "line 6"}, []string{got[0].ID, got[1].ID, got[2].ID, got[3].ID, got[4].ID})
	assert.Equal(t, "https://news.example.com/img/lead.jpg", got[0].Article.Images[0].URL, "url goes to WithURL")
	assert.Equal(t, "Ferry strike ends", got[1].Article.Headline)
	assert.Equal(t, "Порт reopens", got[2].Article.Headline, "a JSON string is UTF-8 whatever its <meta> says")
	assert.Contains(t, got[3].Error, "empty")
	assert.Contains(t, got[4].Error, "invalid character")
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRunErrors(t *testing.T) {
	_, err := Run(context.Background(), Config{Workers: 2}, filepath.Join(t.TempDir(), "missing"), nil, io.Discard)
	assert.ErrorIs(t, err, os.ErrNotExist)

	// A failing writer stops the run instead of blocking the reader.
	_, err = Run(context.Background(), Config{Workers: 2}, folder(t, 300), nil, failWriter{})
	assert.ErrorContains(t, err, "disk full")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Run(ctx, Config{Workers: 2}, folder(t, 50), nil, io.Discard)
	assert.ErrorIs(t, err, context.Canceled)
}

// BenchmarkZyte parses the 181 pages of the Zyte article-extraction benchmark with 1
// and 2 workers, at Go's default collector target and at the batch command's; compare
// pages/s. The pages are read from ../shared/corpus beside the
// repository, or from the folder $ZYTE_HTML names; the benchmark skips without them.
func BenchmarkZyte(b *testing.B) {
	dir := os.Getenv("ZYTE_HTML")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpus", "zyte", "html")
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no Zyte pages: set ZYTE_HTML or put ../shared/corpus beside the repository")
	}
	for _, gc := range []int{100, DefaultGCPercent} {
		b.Run(fmt.Sprintf("gc=%d", gc), func(b *testing.B) {
			defer debug.SetGCPercent(debug.SetGCPercent(gc))
			benchmarkZyte(b, dir)
		})
	}
}

func benchmarkZyte(b *testing.B, dir string) {
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			pages := 0
			for b.Loop() {
				sum, err := Run(context.Background(), Config{Workers: workers}, dir, nil, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
				pages += sum.Pages
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
