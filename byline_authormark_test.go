package newsparse

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The page's markup marks its author (class "post-author"); pandoc 2.17 keeps the
// mark as an attribute set (-t markdown) or as the tag itself (-t gfm). The author
// signs with one word, which no reader takes for a byline by its place alone.
// testdata/authormark holds the page and pandoc's own outputs of it:
//
//	pandoc -f html -t markdown page.html -o pandoc-markdown.txt
//	pandoc -f html -t gfm page.html -o pandoc-gfm.txt
func TestAuthorMarkedByline(t *testing.T) {
	for _, name := range []string{"pandoc-markdown.txt", "pandoc-gfm.txt"} {
		raw, err := os.ReadFile("testdata/authormark/" + name)
		require.NoError(t, err)
		dump := string(raw)
		tests := []struct {
			name, old, new string
			want           []string
		}{
			{"marked name", "", "", []string{"Lindqvist"}},
			// The mark alone makes no byline of a line that names nobody.
			{"marked label", "Lindqvist", "About the author", nil},
			{"marked sentence", "Lindqvist", "Lindqvist writes about the coast", nil},
		}
		for _, tc := range tests {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				in := dump
				if tc.old != "" {
					in = strings.Replace(dump, tc.old, tc.new, 1)
				}
				a, err := ParseText(in)
				require.NoError(t, err)
				assert.Equal(t, "Harbour lights return to the old pier", a.Headline)
				assert.Equal(t, tc.want, a.Byline)
			})
		}
		t.Run(name+"/unmarked", func(t *testing.T) {
			// Without its classes the same one-word line is no byline.
			in := strings.NewReplacer("post-author", "note", "author-box", "meta-box").Replace(dump)
			a, err := ParseText(in)
			require.NoError(t, err)
			assert.Empty(t, a.Byline)
		})
	}
}
