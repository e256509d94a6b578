package htmldom

import (
	"bytes"
	"fmt"
	"strings"
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
		require.Equal(t, treeText(tr.Doc), treeText(other.Doc), "Parse is deterministic")
		if valid {
			requireUTF8Text(t, tr.Doc)
		}
	})
}

// treeText writes out every node of the tree, its kind, namespace, name or text and
// attributes, indented by depth. html.Render would do for most trees, but it refuses
// some the tree builder makes, such as an SVG <link> with children.
func treeText(n *html.Node) string {
	var b strings.Builder
	var write func(n *html.Node, depth int)
	write = func(n *html.Node, depth int) {
		fmt.Fprintf(&b, "%*s%d %s %q %q\n", depth, "", n.Type, n.Namespace, n.Data, n.Attr)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			write(c, depth+1)
		}
	}
	write(n, 0)
	return b.String()
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
