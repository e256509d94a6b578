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

// FuzzRender renders whatever the text reader makes of any input: the HTML stays in
// its fixed vocabulary and both outputs are valid UTF-8.
func FuzzRender(f *testing.F) {
	for _, s := range []string{"Headline\n\nBody [link](https://x.example) text.", "a\tb\nc\td\n1\t2", "# <b>x</b>\n\n- *y*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ParseText(in)
		if err != nil {
			return
		}
		md, h := a.Markdown(), a.HTML()
		require.True(t, utf8.ValidString(md))
		require.True(t, utf8.ValidString(h))
		requireSafeHTML(t, h)
	})
}
