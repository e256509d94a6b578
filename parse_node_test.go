package newsparse

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// ParseNode on a tree parsed by the caller gives the Article ParseHTML gives on the
// same bytes: the stripping ParseHTML does first only saves time.
func TestParseNodeMatchesParseHTML(t *testing.T) {
	names, err := filepath.Glob("testdata/html/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			if strings.Contains(name, "streaming") {
				t.Skip("ParseHTML moves a streamed page's segments in its own tree; ParseNode never changes the caller's")
			}
			raw, err := os.ReadFile(name)
			require.NoError(t, err)
			want, err := ParseHTML(bytes.NewReader(bytes.Clone(raw)), WithURL("https://news.example.com/a/1"))
			require.NoError(t, err)
			// A caller's tree holds decoded text; x/net/html alone assumes UTF-8.
			text := decodeInput(raw, "", true).text
			doc, err := html.Parse(bytes.NewReader(text))
			require.NoError(t, err)
			got, err := ParseNode(doc, WithURL("https://news.example.com/a/1"))
			require.NoError(t, err)
			// A tree's text is already decoded: ParseNode names no charset.
			assert.Empty(t, got.Charset)
			want.Charset, want.CharsetSource = "", ""
			assert.Equal(t, want, got)
		})
	}
}

func TestParseNodeEmpty(t *testing.T) {
	_, err := ParseNode(nil)
	assert.ErrorIs(t, err, ErrEmpty)
	doc, err := html.Parse(bytes.NewReader([]byte("<html><body> </body></html>")))
	require.NoError(t, err)
	_, err = ParseNode(doc)
	assert.ErrorIs(t, err, ErrEmpty)
}
