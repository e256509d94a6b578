package newsparse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDeepPageLikeShallow: a page nested deeper than the tree builder takes, with the
// unclosed <meta>, <link> and <input> every real page has at every depth, reads like
// the same article nested shallow: same headline, same paragraphs.
func TestDeepPageLikeShallow(t *testing.T) {
	article := "<h1>Ferry fares rise again</h1>" + prose +
		"<p>The operator blamed fuel costs and said timetables would not change this winter.</p>"
	head := `<html><head><title>Ferry fares rise again | Coast News</title><meta property="og:site_name" content="Coast News">` +
		`<link rel="canonical" href="https://news.example/ferry"><meta name="author" content="Jane Doe">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise again","datePublished":"2024-03-05T10:00:00Z","author":{"name":"Jane Doe"}}</script></head><body>`
	shallow := head + "<div>" + article + "</div></body></html>"
	for _, depth := range []int{600, 100_000} {
		var b strings.Builder
		b.WriteString(head)
		for range depth {
			b.WriteString(`<div><meta name=x><link rel=x><input>`)
		}
		b.WriteString(article)
		want, err := ParseHTML(strings.NewReader(shallow), WithoutFigures())
		require.NoError(t, err)
		got, err := ParseHTML(strings.NewReader(b.String()), WithoutFigures())
		require.NoError(t, err, "depth %d", depth)
		assert.Equal(t, want.Headline, got.Headline, "depth %d", depth)
		assert.Equal(t, want.Paragraphs, got.Paragraphs, "depth %d", depth)
		assert.Equal(t, want.Byline, got.Byline, "depth %d", depth)
		assert.Equal(t, want.Published, got.Published, "depth %d", depth)
		assert.Equal(t, want.Site, got.Site, "depth %d", depth)
		assert.Equal(t, want.URL, got.URL, "depth %d", depth)
		assert.Equal(t, "Jane Doe", strings.Join(got.Byline, ","))
	}
}

// TestMixedConcurrent parses a mix of inputs, every entry point and every hostile
// shape among them, from 16 goroutines at once; run with -race it shows the parsers
// share no mutable state, and each output must equal the serial one.
func TestMixedConcurrent(t *testing.T) {
	type job struct {
		name string
		run  func() (string, error)
	}
	asJSON := func(a *Article, err error) (string, error) {
		if err != nil {
			return "", err
		}
		b, err := json.Marshal(a)
		return string(b), err
	}
	var jobs []job
	for _, s := range hostileShapes {
		in := s.gen(16 << 10)
		jobs = append(jobs, job{s.name, func() (string, error) { return asJSON(runShape(s, in)) }})
	}
	for _, p := range legacyPages {
		page := encodeString(t, p.enc, "<html><body><h1>"+p.headline+"</h1><p>"+p.p1+"</p><p>"+p.p1+"</p></body></html>")
		jobs = append(jobs, job{p.name, func() (string, error) { return asJSON(Parse(bytes.NewReader(page))) }})
	}
	jobs = append(jobs, job{"figures", func() (string, error) {
		b, err := json.Marshal(ExtractFigures("At least 164 people were killed, police said, and £450m was pledged."))
		return string(b), err
	}})
	want := make([]string, len(jobs))
	for i, j := range jobs {
		out, err := j.run()
		require.NoError(t, err, j.name)
		want[i] = out
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16*len(jobs))
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range jobs {
				i := (k + g) % len(jobs) // each goroutine starts elsewhere in the list
				out, err := jobs[i].run()
				if err != nil || out != want[i] {
					errs <- fmt.Sprintf("%s differs under concurrency (err %v)", jobs[i].name, err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// FuzzParse checks Parse, with each kind of Content-Type, on any bytes: no panic,
// valid UTF-8 out, no image address with a scheme other than http(s), the same
// output twice.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "\x00", "\xff\xfeH\x00i\x00", "H\x00i\x00\n\x00", "<p>\x00</p>", "<img src='java&#x09;script:x'>",
		"<meta charset=utf-8>\xcf\xf0\xe8\xe2\xe5\xf2", "Headline\n\n\u202eBody\u2069 text."} {
		for _, ct := range []string{"", "text/plain", "text/html; charset=shift_jis"} {
			f.Add([]byte(s), ct)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte, ct string) {
		parse := func() (*Article, error) {
			return Parse(bytes.NewReader(in), WithContentType(ct), WithURL("https://news.example/a/"))
		}
		a, err := parse()
		if err != nil {
			require.Nil(t, a)
			return
		}
		for _, im := range a.Images {
			u := strings.ToLower(im.URL)
			require.True(t, u == "" || strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://"), "image URL %q", im.URL)
		}
		requireStable(t, a, parse)
	})
}
