package newsparse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzParseText checks what must hold for any input: no panic, valid UTF-8 out, every
// kept paragraph's text present in the normalised input, and the same output twice.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{"", "\x00", "Headline\n\nBody.", "By\n\n(\n\n)\n\n©", "\xff\xfe\r\r\n\u00a0•", strings.Repeat("a\n\n\n", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ParseText(in)
		if err != nil {
			require.Nil(t, a)
			return
		}
		norm := normalizeText(in)
		out, err := json.Marshal(a)
		require.NoError(t, err)
		require.True(t, utf8.Valid(out), "output is not valid UTF-8")
		for _, p := range a.Paragraphs {
			require.True(t, strings.Contains(norm, p.Text), "paragraph %q is not in the input", p.Text)
		}
		b, err := ParseText(in)
		require.NoError(t, err)
		again, err := json.Marshal(b)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again), "output differs between two runs")
	})
}

// TestParseTextConcurrent parses the fixtures from many goroutines at once; run with
// -race it proves ParseText shares no mutable state.
func TestParseTextConcurrent(t *testing.T) {
	names, err := filepath.Glob("testdata/text/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	var inputs []string
	var want []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		require.NoError(t, err)
		a, err := ParseText(string(b))
		require.NoError(t, err)
		j, _ := json.Marshal(a)
		inputs, want = append(inputs, string(b)), append(want, string(j))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(inputs))
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, in := range inputs {
				a, err := ParseText(in, WithURL("https://example.test/a"), WithMaxBytes(1<<20))
				if err != nil {
					errs <- err.Error()
					continue
				}
				a.URL = ""
				j, _ := json.Marshal(a)
				if string(j) != want[i] {
					errs <- "output differs under concurrency for " + names[i]
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		assert.Fail(t, e)
	}
}
