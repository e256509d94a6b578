package warcparse_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/newsparse/newsparse/examples/internal/warcparse"
	"github.com/newsparse/newsparse/examples/internal/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func lines(t *testing.T, gz bool) ([]warcparse.Line, warcparse.Stats) {
	t.Helper()
	var warc bytes.Buffer
	require.NoError(t, warctest.Write(&warc, gz, warctest.Records()))
	var out []warcparse.Line
	st, err := warcparse.Each(&warc, func(b []byte) error {
		var l warcparse.Line
		require.NoError(t, json.Unmarshal(b, &l))
		out = append(out, l)
		return nil
	})
	require.NoError(t, err)
	return out, st
}

func TestEach(t *testing.T) {
	for _, gz := range []bool{false, true} {
		got, st := lines(t, gz)
		assert.Equal(t, warcparse.Stats{Records: 8, Parsed: 2, Failed: 1, Skipped: 5}, st, "gzip %v", gz)
		require.Len(t, got, 3)

		storm := got[0]
		assert.Equal(t, "https://news.example.com/2026/12/harbour-wall", storm.URL)
		assert.Equal(t, "urn:uuid:00000000-0000-4000-8000-000000000003", storm.Record)
		require.NotNil(t, storm.Article)
		assert.Equal(t, "Harbour wall gives way as storm surge floods lower town", storm.Article.Headline)
		assert.Equal(t, storm.URL, storm.Article.URL, "the target URI goes to WithURL")
		require.NotEmpty(t, storm.Article.Images)
		assert.Equal(t, "https://news.example.com/img/lead.jpg", storm.Article.Images[0].URL,
			"relative image addresses resolve against the target URI")

		ferry := got[1]
		require.NotNil(t, ferry.Article)
		assert.Contains(t, ferry.Article.Text(), "Остров",
			"the KOI8-R page reads right only when the HTTP Content-Type reaches the parser")

		blank := got[2]
		assert.Nil(t, blank.Article)
		assert.Contains(t, blank.Error, "empty")
	}
}

func TestIsHTML(t *testing.T) {
	for ct, want := range map[string]bool{
		"text/html":                       true,
		"TEXT/HTML; charset=ISO-8859-1":   true,
		"application/xhtml+xml":           true,
		"text/html; charset=\"broken":     true,
		"text/plain":                      false,
		"image/jpeg":                      false,
		"":                                false,
		"application/json; charset=utf-8": false,
	} {
		assert.Equal(t, want, warcparse.IsHTML(ct), ct)
	}
}
