package newsparse

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func FuzzParseCredit(f *testing.F) {
	for _, s := range []string{"", "Photo:", "(AP Photo/Evan Vucci)", "\xff(Getty", "Jane Doe / Reuters / AFP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c := ParseCredit(in)
		if c == nil {
			return
		}
		out, err := json.Marshal(c)
		require.NoError(t, err)
		require.True(t, utf8.Valid(out))
		require.NotEmpty(t, c.Text)
		require.Equal(t, c, ParseCredit(in))
	})
}

func FuzzParseNode(f *testing.F) {
	for _, s := range []string{"", "<p>x</p>", "<html lang=xx><table><tr><td>1<td>2</table>", "<a href=javascript:x>y</a>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := html.Parse(bytes.NewReader([]byte(in)))
		if err != nil {
			return
		}
		a, err := ParseNode(doc)
		if err != nil {
			require.Nil(t, a)
			return
		}
		requireStable(t, a, func() (*Article, error) { return ParseNode(doc) })
	})
}
