package figures

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scanned tokenizes text as Extract does, into a scanner for the tests of the rules and
// of the tokenizer.
func scanned(text string) *scanner {
	var b tokBuf
	toks, low := scan(text, &b)
	x := &scanner{text: text, toks: toks, low: low, marks: b.marks[:b.m]}
	x.setWords(nil)
	x.sentStarts = x.findSentences(nil)
	return x
}

// tokenWords lists the words of x's tokens as the rules read them.
func (x *scanner) tokenWords() []string {
	out := make([]string, len(x.toks))
	for i := range out {
		out[i] = x.w(i)
	}
	return out
}

// ExtractFigures is Extract under the root package's name, so that the cases read as
// the public API is used.
func ExtractFigures(text string) []Figure { return Extract(text) }

// want is the part of a Figure a case checks. Empty strings and zero values are checked
// too, except Subject, Verb and Source, which are only checked when set.
type want struct {
	text    string
	value   float64
	max     float64
	bound   Bound
	kind    Kind
	unit    string
	vague   bool
	subject string
	verb    string
	source  string
}

// findFigure returns the figure whose Text is text.
func findFigure(figs []Figure, text string) (Figure, bool) {
	for _, f := range figs {
		if f.Text == text {
			return f, true
		}
	}
	return Figure{}, false
}

func checkFigures(t *testing.T, input string, wants []want) {
	t.Helper()
	figs := ExtractFigures(input)
	for _, w := range wants {
		f, ok := findFigure(figs, w.text)
		require.Truef(t, ok, "no figure %q in %q; got %s", w.text, input, figureTexts(figs))
		assert.InDelta(t, w.value, f.Value, 1e-6*(1+absf(w.value)), "value of %q", w.text)
		assert.InDelta(t, w.max, f.Max, 1e-6*(1+absf(w.max)), "max of %q", w.text)
		b := w.bound
		if b == "" {
			b = BoundExact
		}
		assert.Equal(t, b, f.Bound, "bound of %q", w.text)
		assert.Equal(t, w.kind, f.Kind, "kind of %q", w.text)
		assert.Equal(t, w.unit, f.Unit, "unit of %q", w.text)
		assert.Equal(t, w.vague, f.Vague, "vague of %q", w.text)
		if w.subject != "" {
			assert.Equal(t, w.subject, f.Subject, "subject of %q", w.text)
		}
		if w.verb != "" {
			assert.Equal(t, w.verb, f.Verb, "verb of %q", w.text)
		}
		if w.source != "" {
			assert.Equal(t, w.source, f.Source, "source of %q", w.text)
		}
		assert.Equal(t, w.text, input[f.Start:f.End], "offsets of %q", w.text)
	}
}

func absf(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func figureTexts(figs []Figure) string {
	var s []string
	for _, f := range figs {
		s = append(s, f.Text)
	}
	return "[" + strings.Join(s, " | ") + "]"
}

// randomTexts makes n texts of up to max pieces each, drawn with rng.
func randomTexts(rng *rand.Rand, pieces []string, n, max int) []string {
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range rng.IntN(max) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// fixtureTextsDir holds the repository's own text fixtures, relative to this package.
const fixtureTextsDir = "../../testdata/text"

// equivalenceInputs are the repository's text fixtures, each whole and line by line,
// and random strings built from the characters the tokenizer treats specially.
func equivalenceInputs(tb testing.TB) []string {
	var out []string
	names, _ := filepath.Glob(filepath.Join(fixtureTextsDir, "*.txt"))
	for _, name := range names {
		b, err := os.ReadFile(name)
		require.NoError(tb, err)
		out = append(out, string(b))
	}
	pieces := []string{"a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "\x00", "\xff", "\xe2\x80",
		"\u00a0", "\u00e9", "\u2003", "\u200b", "\u2028", "\u3000", "\ufeff", "\ufffd", "語", "한",
		".", "'", "”", "(", ")", "/", ",", "12", "3.5", "–", "—", "-"}
	rng := rand.New(rand.NewPCG(1, 2))
	return append(out, randomTexts(rng, pieces, 5000, 12)...)
}

var _ = assert.Equal

// figuresCorpusDir is where the evaluation suite lives relative to this package; tests
// that read it skip when it is absent.
const figuresCorpusDir = "../../../shared/corpus/figures/"

// fixtureNames lists the repository's text fixtures.
func fixtureNames(t *testing.T) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(fixtureTextsDir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, names, "fixtures are missing")
	return names
}

// suiteInputs are the inputs of a figures suite, or none when it is absent.
func suiteInputs(t testing.TB, name string) []string {
	f, err := os.Open(figuresCorpusDir + name)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var c struct{ Input string }
		if json.Unmarshal(sc.Bytes(), &c) == nil && c.Input != "" {
			out = append(out, c.Input)
		}
	}
	require.NoError(t, sc.Err())
	return out
}

// extractFigures is Extract without the quick reject, which tests hold it to.
func extractFigures(text string) []Figure {
	var sc Scratch
	return sc.appendHeld(nil, text)
}
