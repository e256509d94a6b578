package htmldom

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// FuzzParse runs a page through the front end's entry points in order, Decode then
// Parse, on any bytes: no panic, the same result twice, UTF-8 out of every decoder,
// and a tree (or the refusal of one) for whatever comes out.
func FuzzParse(f *testing.F) {
	for _, c := range stripCases(f) {
		f.Add([]byte(c), "")
	}
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte("<meta charset=shift_jis><p>\x82\xa0\x82\xa2</p>"), "")
	f.Add([]byte("<p>caf\xe9</p>"), "text/html; charset=iso-8859-1")
	f.Add([]byte(`<main><template id="B:1"></template></main><div hidden id="S:1"><p>x</p></div>`), "")
	f.Fuzz(func(t *testing.T, in []byte, contentType string) {
		d := Decode(bytes.Clone(in), contentType, true)
		again := Decode(bytes.Clone(in), contentType, true)
		require.Equal(t, d, again, "Decode is deterministic")
		require.NotEmpty(t, d.Charset)
		if d.Charset != "utf-8" || utf8.Valid(in) {
			require.True(t, utf8.Valid(d.Text), "decoded %s text is UTF-8", d.Charset)
		}
		valid := utf8.Valid(d.Text)
		text := bytes.Clone(d.Text)
		tr, err := Parse(d.Text)
		require.LessOrEqual(t, len(tr.Page), len(text))
		if err != nil {
			require.Nil(t, tr.Doc)
			return
		}
		require.NotNil(t, tr.Doc)
		require.Equal(t, bytes.Count(tr.Page, []byte("<")), tr.Tags)
		other, err := Parse(text)
		require.NoError(t, err)
		var a, b bytes.Buffer
		require.NoError(t, html.Render(&a, tr.Doc))
		require.NoError(t, html.Render(&b, other.Doc))
		require.Equal(t, a.String(), b.String(), "Parse is deterministic")
		if valid {
			requireUTF8Text(t, tr.Doc)
		}
	})
}

// requireUTF8Text requires every text, comment and attribute of the tree to be UTF-8.
func requireUTF8Text(t *testing.T, n *html.Node) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		require.True(t, utf8.ValidString(n.Data), "%q", n.Data)
		for _, a := range n.Attr {
			require.True(t, utf8.ValidString(a.Val), "%q", a.Val)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
}
