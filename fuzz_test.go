package newsparse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/textdump"
	"github.com/stretchr/testify/require"
)

// FuzzParseText checks what must hold for any input: no panic, valid UTF-8 out, every
// kept paragraph's text present in the normalised input, and the same output twice.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{"", "\x00", "Headline\n\nBody.", "By\n\n(\n\n)\n\n©", "\xff\xfe\r\r\n\u00a0•", strings.Repeat("a\n\n\n", 50),
		"# Title\n\n" + wrapAll(72, "", "\n![alt\ntext](/a.png)\n\n") + "  * item\n**** Head ****\n━━━━\n[12]link_text_here",
		wrapAll(79, "   ", "\n   [image]\n\n") + "modern-\nday", "******  ******\n# \n![", "[\n[\n[\n[\n[\n[\n[\n[\n](",
		lynxDump, unwrapLynx(lynxDump), "a [1]b [2]\nReferences\n 1. http://x.example\n",
		"---\ntitle: T\nauthor:\n  - \"[[A B]]\"\ndate: 2026-03-03\ntags: [x, y]\n---\n::: {.a}\n[x]{.b} <span>y</span>\n:::\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ParseText(in)
		if err != nil {
			require.Nil(t, a)
			return
		}
		decodedIn, _, _ := decodeText(in, "")
		norm := normalizeText(decodedIn)
		// A converter's wrapped or marked dump is rejoined and loses its marks: there
		// every word of a paragraph, rather than the paragraph, is in the input.
		st := textdump.ReadStyle(norm)
		// A pandoc attribute set ("{#id .class}") is cut wherever it hangs, in a
		// dump read as Markdown or not ("[0){#0}00" reads "[0)00"): there too the
		// words, not the paragraph, are in the input.
		marked := st.Marked() || strings.Contains(norm, "{")
		if _, refs := cutReferences(norm); refs != nil || marked && st.LynxRefs {
			// Lynx's link numbers leave the text, and the words they stood between
			// meet ("000[0]10" reads "00010").
			norm = textdump.StripLynxRefs(norm)
		}
		for _, p := range a.Paragraphs {
			if p.Kind == ParagraphTable {
				// A table's text is its cells joined by tabs; each cell is in the input.
				for _, r := range p.Rows {
					for _, c := range r.Cells {
						require.True(t, strings.Contains(norm, c), "cell %q is not in the input", c)
					}
				}
				continue
			}
			if len(p.Links) > 0 {
				// Markdown link syntax is read out of the text; its link texts stay.
				continue
			}
			if !marked {
				require.True(t, strings.Contains(norm, p.Text), "paragraph %q is not in the input", p.Text)
				continue
			}
			// A mark taken out between two words' pieces joins them, as the page
			// shows them ("00[1](u)" reads "001", "Jobs<span>3</span>" "Jobs3"):
			// each word is pieces of the input.
			for _, w := range strings.FieldsFunc(p.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				require.True(t, piecesOf(norm, w), "word %q of paragraph %q is not in the input", w, p.Text)
			}
		}
		requireStable(t, a, func() (*Article, error) { return ParseText(in) })
		// The page's title given as an option changes the headline only.
		if len(a.Paragraphs) > 0 {
			_, err := ParseText(in, WithTitle(a.Paragraphs[0].Text))
			require.NoError(t, err)
		}
	})
}

// piecesOf reports whether w is made of pieces of s. Taking the longest piece first
// is enough: every piece's suffix is in s too.
func piecesOf(s, w string) bool {
	for i := 0; i < len(w); {
		j := i
		for j < len(w) && strings.Contains(s, w[i:j+1]) {
			j++
		}
		if j == i {
			return false
		}
		i = j
	}
	return true
}

// requireStable requires a to marshal to valid UTF-8, each figure to point at its own
// text, and a second parse of the same input to give the same JSON.
func requireStable(t *testing.T, a *Article, parseAgain func() (*Article, error)) {
	t.Helper()
	requireFiguresInPlace(t, a)
	out, err := json.Marshal(a)
	require.NoError(t, err)
	require.True(t, utf8.Valid(out), "output is not valid UTF-8")
	b, err := parseAgain()
	require.NoError(t, err)
	again, err := json.Marshal(b)
	require.NoError(t, err)
	require.Equal(t, string(out), string(again), "output differs between two runs")
}

// requireFiguresInPlace requires every figure's Where, Index, Start and End to slice
// exactly its Text out of the article's own headline, standfirst, paragraph or caption.
func requireFiguresInPlace(t *testing.T, a *Article) {
	t.Helper()
	for _, f := range a.Figures {
		var src string
		switch f.Where {
		case WhereHeadline:
			src = a.Headline
		case WhereStandfirst:
			src = a.Standfirst
		case WhereBody:
			require.Less(t, f.Index, len(a.Paragraphs), "figure %q", f.Text)
			src = a.Paragraphs[f.Index].Text
		case WhereCaption:
			require.Less(t, f.Index, len(a.Images), "figure %q", f.Text)
			src = a.Images[f.Index].Caption
		default:
			require.Failf(t, "figure without a place", "%q has Where %q", f.Text, f.Where)
		}
		require.True(t, 0 <= f.Start && f.Start <= f.End && f.End <= len(src), "figure %q offsets %d-%d", f.Text, f.Start, f.End)
		require.Equal(t, f.Text, src[f.Start:f.End])
	}
}

// TestParseTextConcurrent parses the fixtures from many goroutines at once; run with
// -race it proves ParseText shares no mutable state.
func TestParseTextConcurrent(t *testing.T) {
	names, err := filepath.Glob("testdata/text/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	var inputs [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		require.NoError(t, err)
		inputs = append(inputs, b)
	}
	checkConcurrent(t, names, inputs, func(in []byte) (*Article, error) {
		return ParseText(string(in), WithURL("https://example.test/a"), WithMaxBytes(1<<20))
	})
}

// checkConcurrent parses inputs from eight goroutines at once and requires every
// output to equal the JSON of a parse made alone first.
func checkConcurrent(t *testing.T, names []string, inputs [][]byte, parse parseBytes) {
	t.Helper()
	want := make([]string, len(inputs))
	for i, in := range inputs {
		a, err := parse(in)
		require.NoError(t, err, names[i])
		j, err := json.Marshal(a)
		require.NoError(t, err)
		want[i] = string(j)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(inputs))
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, in := range inputs {
				a, err := parse(in)
				if err != nil {
					errs <- err.Error()
					continue
				}
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
		t.Error(e)
	}
}
