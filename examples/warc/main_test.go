package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/examples/internal/warcparse"
	"github.com/newsparse/newsparse/examples/internal/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	plain := warctest.WriteFile(t, dir, "a.warc")
	gz := warctest.WriteFile(t, dir, "b.warc.gz")

	tests := []struct {
		name  string
		files []string
		lines int
		stats warcparse.Stats
	}{
		{"plain", []string{plain}, 3, warcparse.Stats{Records: 8, Parsed: 2, Failed: 1, Skipped: 5}},
		{"gzip members", []string{gz}, 3, warcparse.Stats{Records: 8, Parsed: 2, Failed: 1, Skipped: 5}},
		{"two files", []string{plain, gz}, 6, warcparse.Stats{Records: 16, Parsed: 4, Failed: 2, Skipped: 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			st, err := run(&out, tt.files)
			require.NoError(t, err)
			assert.Equal(t, tt.stats, st)
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			require.Len(t, lines, tt.lines)
			var first warcparse.Line
			require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
			require.NotNil(t, first.Article)
			assert.Equal(t, "Harbour wall gives way as storm surge floods lower town", first.Article.Headline)
			assert.Equal(t, []string{"Jane Doe"}, first.Article.Byline)
		})
	}
}

// The same crawl gives the same lines whether or not its records are gzip members.
func TestRunGzipEqualsPlain(t *testing.T) {
	dir := t.TempDir()
	var a, b bytes.Buffer
	_, err := run(&a, []string{warctest.WriteFile(t, dir, "a.warc")})
	require.NoError(t, err)
	_, err = run(&b, []string{warctest.WriteFile(t, dir, "b.warc.gz")})
	require.NoError(t, err)
	assert.Equal(t, a.String(), b.String())
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := run(&bytes.Buffer{}, []string{filepath.Join(dir, "missing.warc")})
	assert.ErrorIs(t, err, os.ErrNotExist)

	junk := filepath.Join(dir, "junk.warc")
	require.NoError(t, os.WriteFile(junk, []byte("this is not a WARC file at all\n"), 0o644))
	_, err = run(&bytes.Buffer{}, []string{junk})
	assert.Error(t, err)
}
