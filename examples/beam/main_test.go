package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsparse/newsparse/examples/internal/warcparse"
	"github.com/newsparse/newsparse/examples/internal/warctest"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// The pipeline, on the SDK's local runner, writes the same lines as the warc command's
// code on the same file (in another order: Beam keeps none).
func TestPipelineMatchesWARC(t *testing.T) {
	dir := t.TempDir()
	in := warctest.WriteFile(t, dir, "crawl.warc.gz")
	prefix := filepath.Join(dir, "out", "articles")
	require.NoError(t, os.MkdirAll(filepath.Dir(prefix), 0o755))

	p, s := beam.NewPipelineWithRoot()
	Build(s, filepath.Join(dir, "*.warc.gz"), prefix, 2)
	require.NoError(t, ptest.Run(p))

	shards, err := filepath.Glob(prefix + "-*-of-00002.jsonl")
	require.NoError(t, err)
	require.NotEmpty(t, shards)
	var got []string
	for _, f := range shards {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		got = append(got, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
	}

	f, err := os.Open(in)
	require.NoError(t, err)
	defer f.Close()
	var want []string
	_, err = warcparse.Each(f, func(b []byte) error {
		want = append(want, string(b))
		return nil
	})
	require.NoError(t, err)
	require.Len(t, want, 3, "the fixture holds two articles and one refused page")

	sort.Strings(got)
	sort.Strings(want)
	assert.Equal(t, want, got)
	for _, l := range got {
		assert.True(t, bytes.HasPrefix([]byte(l), []byte(`{"record":"urn:uuid:`)), l)
	}
}

func TestShardName(t *testing.T) {
	assert.Equal(t, "gs://bucket/out/a-00003-of-00016.jsonl", ShardName("gs://bucket/out/a", 3, 16))
}
