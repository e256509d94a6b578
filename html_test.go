package newsparse

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func htmlFixtureNames(t *testing.T) []string {
	t.Helper()
	names, err := filepath.Glob("testdata/html/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, names, "HTML fixtures are missing")
	return names
}

// TestHTMLGolden pins the whole-article JSON of every HTML fixture. Refresh with
// go test -run TestHTMLGolden -update, then review the diff by eye.
func TestHTMLGolden(t *testing.T) {
	for _, name := range htmlFixtureNames(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			in, err := os.ReadFile(name)
			require.NoError(t, err)
			a, err := ParseHTML(bytes.NewReader(in))
			require.NoError(t, err)
			got, err := json.MarshalIndent(a, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := strings.TrimSuffix(name, ".html") + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run with -update to create it")
			assert.Equal(t, string(want), string(got))
		})
	}
}
