package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// With no argument the command shows the library's main job on the embedded sample.
func TestRunSample(t *testing.T) {
	var out, errOut bytes.Buffer
	require.NoError(t, run(nil, strings.NewReader(""), &out, &errOut))
	assert.Contains(t, errOut.String(), "embedded sample")

	var a newsparse.Article
	require.NoError(t, json.Unmarshal(out.Bytes(), &a))
	assert.Equal(t, "Harbour wall gives way as storm surge floods lower town", a.Headline)
	assert.Equal(t, []string{"Jane Doe"}, a.Byline)
	assert.Equal(t, sampleURL, a.URL)
	assert.Equal(t, "2026-12-01T07:45:00Z", a.Published.UTC().Format("2006-01-02T15:04:05Z07:00"))
	require.Len(t, a.Images, 1)
	assert.Equal(t, "https://news.example.com/images/portlow-quay.jpg", a.Images[0].URL)
	require.NotNil(t, a.Images[0].Credit)
	assert.Equal(t, []string{"Reuters"}, a.Images[0].Credit.Agencies)
	assert.NotContains(t, a.Text(), "Sign up", "the newsletter prompt is not body")
	var reasons []newsparse.Reason
	for _, r := range a.Removed {
		reasons = append(reasons, r.Reason)
	}
	assert.Contains(t, reasons, newsparse.ReasonNewsletter)
	var figures []string
	for _, f := range a.Figures {
		figures = append(figures, f.Text)
	}
	assert.Contains(t, figures, "at least 214")
	assert.True(t, strings.HasPrefix(out.String(), "{\n  \"headline\""), "indented JSON")
}

func TestRunInputs(t *testing.T) {
	dir := t.TempDir()
	dump := "Storm closes mountain pass\n\nBy Sam Reed\n\nThe pass was closed on Friday after 80cm of snow fell overnight, the road authority said in a statement.\n\nDrivers were told to wait until the ploughs had cleared both lanes, which could take most of the weekend.\n"
	file := filepath.Join(dir, "dump.txt")
	require.NoError(t, os.WriteFile(file, []byte(dump), 0o644))

	tests := []struct {
		name  string
		args  []string
		stdin string
		check func(t *testing.T, a newsparse.Article)
	}{
		{"text file", []string{file}, "", func(t *testing.T, a newsparse.Article) {
			assert.Equal(t, "Storm closes mountain pass", a.Headline)
			assert.Equal(t, []string{"Sam Reed"}, a.Byline)
			assert.Empty(t, a.URL)
		}},
		{"stdin with options", []string{"-url", "https://example.org/pass", "-no-figures", "-"}, dump, func(t *testing.T, a newsparse.Article) {
			assert.Equal(t, "https://example.org/pass", a.URL)
			assert.Empty(t, a.Figures)
			assert.Len(t, a.Paragraphs, 2)
		}},
		{"charset from content type", []string{"-content-type", "text/html; charset=windows-1252", "-"},
			"<html><body><article><h1>Caf\xe9 reopens</h1><p>The caf\xe9 on the square reopened on Monday after a year of repairs to its roof and walls.</p></article></body></html>",
			func(t *testing.T, a newsparse.Article) {
				assert.Equal(t, "Café reopens", a.Headline)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, run(tt.args, strings.NewReader(tt.stdin), &out, &bytes.Buffer{}))
			var a newsparse.Article
			require.NoError(t, json.Unmarshal(out.Bytes(), &a))
			tt.check(t, a)
		})
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		is    error
	}{
		{"empty stdin", []string{"-"}, " \n\t", newsparse.ErrEmpty},
		{"binary stdin", []string{"-"}, "\x00\x01\x02\x00binary\x00", newsparse.ErrBinary},
		{"missing file", []string{filepath.Join(t.TempDir(), "nope.html")}, "", os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(tt.args, strings.NewReader(tt.stdin), &bytes.Buffer{}, &bytes.Buffer{})
			assert.ErrorIs(t, err, tt.is)
		})
	}
	assert.Error(t, run([]string{"a", "b"}, strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}))
	assert.Error(t, run([]string{"-bogus"}, strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}))
}
