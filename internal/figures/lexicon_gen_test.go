package figures

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The word lists live in lexicon/*.txt, one list a file: its doc comment ("# ..."),
// its type ("#type bool|float64|string|Bound|unit"), then one entry a line, the key
// and, for other types than bool, a tab and the value (a unit is its kind and symbol).
// generateLexicon reads them, composes the tables the scanner reads from them (the
// recipes are in lexicon_recipes_test.go) and writes those tables, laid out as they
// are read, as the static literals of lexicon_gen.go: nothing of them is built when
// the package is initialised. TestLexiconGenerated fails when that file is not what
// the lists give, and rewrites it with -update, which is what go generate runs.
//
//go:generate go test -run TestLexiconGenerated -update .

var update = flag.Bool("update", false, "rewrite lexicon_gen.go from lexicon/*.txt")

func TestLexiconGenerated(t *testing.T) {
	got, err := generateLexicon("lexicon")
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("lexicon_gen.go", got, 0o644))
		return
	}
	have, err := os.ReadFile("lexicon_gen.go")
	require.NoError(t, err)
	require.True(t, bytes.Equal(have, got), "lexicon_gen.go is stale: run go generate ./internal/figures")
}

// lexiconList is one list of lexicon/*.txt: its doc comment and its entries, each
// value of the list's Go type (bool, float64, string, Bound or unitInfo).
type lexiconList struct {
	doc     string
	entries any
}

// lexicon holds the lists by name.
type lexicon map[string]lexiconList

// list returns the entries of the list name, which must be of type V.
func list[V any](l lexicon, name string) map[string]V {
	m, ok := l[name].entries.(map[string]V)
	if !ok {
		panic(fmt.Sprintf("lexicon: no list %s of %T", name, m))
	}
	return m
}

// loadLexicon reads the lists in dir.
func loadLexicon(dir string) (lexicon, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	l := lexicon{}
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ll, err := readList(string(src))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		l[strings.TrimSuffix(filepath.Base(name), ".txt")] = ll
	}
	return l, nil
}

// mustLoadLexicon is loadLexicon for tests.
func mustLoadLexicon(t *testing.T) lexicon {
	t.Helper()
	l, err := loadLexicon("lexicon")
	require.NoError(t, err)
	return l
}

// boundNames are the Bound constants by their Go names, as the lists write them.
var boundNames = map[string]Bound{
	"BoundExact": BoundExact, "BoundApprox": BoundApprox, "BoundAtLeast": BoundAtLeast,
	"BoundMoreThan": BoundMoreThan, "BoundAtMost": BoundAtMost, "BoundLessThan": BoundLessThan,
}

// readList parses one list.
func readList(src string) (lexiconList, error) {
	typ := ""
	var doc []string
	var parse func(val string) (any, error)
	var add func(key string, v any)
	var entries any
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "#type "):
			typ = strings.TrimPrefix(line, "#type ")
			var err error
			parse, add, entries, err = listType(typ)
			if err != nil {
				return lexiconList{}, err
			}
			continue
		case strings.HasPrefix(line, "# ") || line == "#":
			doc = append(doc, "//"+strings.TrimPrefix(line, "#"))
			continue
		case line == "":
			return lexiconList{}, fmt.Errorf("empty line")
		case parse == nil:
			return lexiconList{}, fmt.Errorf("entry before #type")
		}
		key, val, _ := strings.Cut(line, "\t")
		v, err := parse(val)
		if err != nil {
			return lexiconList{}, fmt.Errorf("key %q: %w", key, err)
		}
		if seen[key] {
			return lexiconList{}, fmt.Errorf("key %q twice", key)
		}
		seen[key] = true
		add(key, v)
	}
	if entries == nil {
		return lexiconList{}, fmt.Errorf("no #type")
	}
	return lexiconList{doc: strings.Join(doc, "\n"), entries: entries}, nil
}

// listType returns, for a list type, the parser of a value, the adder of an entry and
// the empty map they fill.
func listType(typ string) (func(string) (any, error), func(string, any), any, error) {
	switch typ {
	case "bool":
		m := map[string]bool{}
		return func(string) (any, error) { return true, nil }, func(k string, v any) { m[k] = v.(bool) }, m, nil
	case "float64":
		m := map[string]float64{}
		return parseFloatExpr, func(k string, v any) { m[k] = v.(float64) }, m, nil
	case "string":
		m := map[string]string{}
		return func(s string) (any, error) { return s, nil }, func(k string, v any) { m[k] = v.(string) }, m, nil
	case "Bound":
		m := map[string]Bound{}
		parse := func(s string) (any, error) {
			b, ok := boundNames[s]
			if !ok {
				return nil, fmt.Errorf("bound %q", s)
			}
			return b, nil
		}
		return parse, func(k string, v any) { m[k] = v.(Bound) }, m, nil
	case "unit":
		m := map[string]unitInfo{}
		parse := func(s string) (any, error) {
			kind, sym, ok := strings.Cut(s, "\t")
			switch {
			case !ok:
				return nil, fmt.Errorf("unit %q", s)
			case kind == "measure":
				return unitInfo{KindMeasure, sym}, nil
			case kind == "duration":
				return unitInfo{KindDuration, sym}, nil
			}
			return nil, fmt.Errorf("kind %q", kind)
		}
		return parse, func(k string, v any) { m[k] = v.(unitInfo) }, m, nil
	}
	return nil, nil, nil, fmt.Errorf("type %q", typ)
}

// parseFloatExpr reads a number or a quotient of two ("1.0 / 3").
func parseFloatExpr(s string) (any, error) {
	num, den, quot := strings.Cut(s, "/")
	a, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil {
		return nil, err
	}
	if !quot {
		return a, nil
	}
	b, err := strconv.ParseFloat(strings.TrimSpace(den), 64)
	if err != nil || b == 0 {
		return nil, fmt.Errorf("value %q", s)
	}
	return a / b, nil
}

// generateLexicon reads the lists in dir and returns the formatted Go source of the
// tables composed from them.
func generateLexicon(dir string) ([]byte, error) {
	l, err := loadLexicon(dir)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString("// Code generated by TestLexiconGenerated from lexicon/*.txt; DO NOT EDIT.\n\npackage figures\n")
	for _, p := range lexiconProducts(l) {
		p(&b)
	}
	return format.Source([]byte(b.String()))
}

// product writes one generated declaration.
type product func(b *strings.Builder)

// tableOf is the product of a wordTable named name with the entries of m, each value
// written by lit.
func tableOf[V any](name, doc, gotype string, m map[string]V, lit func(V) string) product {
	return func(b *strings.Builder) {
		t := newWordTable(m)
		writeDoc(b, doc)
		fmt.Fprintf(b, "var %s = &wordTable[%s]{\n", name, gotype)
		var keys, vals []string
		for i, k := range t.keys {
			if k != "" || i == len(t.keys)-1 {
				keys = append(keys, fmt.Sprintf("%d: %q", i, k))
				vals = append(vals, fmt.Sprintf("%d: %s", i, lit(t.vals[i])))
			}
		}
		fmt.Fprintf(b, "keys: []string{%s},\n", wrapList(keys))
		fmt.Fprintf(b, "vals: []%s{%s},\n", gotype, wrapList(vals))
		var shapes []string
		for _, s := range t.shapes {
			shapes = append(shapes, fmt.Sprintf("%#x", s))
		}
		fmt.Fprintf(b, "shapes: [32]uint32{%s},\n", wrapList(shapes))
		fmt.Fprintf(b, "shift: %d,\n}\n", t.shift)
	}
}

// shapesOf is the product of a bigramShapes named name.
func shapesOf(name, doc string, s *bigramShapes) product {
	return func(b *strings.Builder) {
		writeDoc(b, doc)
		fmt.Fprintf(b, "var %s = &bigramShapes{%s}\n", name, wrapList(bigramEntries(s)))
	}
}

// lookupShapesOf is the product of a lookupShapes named name.
func lookupShapesOf(name, doc string, s *lookupShapes) product {
	return func(b *strings.Builder) {
		writeDoc(b, doc)
		var bytes []string
		for i, ok := range s.bytes {
			if ok {
				bytes = append(bytes, fmt.Sprintf("%q: true", rune(i)))
			}
		}
		fmt.Fprintf(b, "var %s = &lookupShapes{\nbytes: [256]bool{%s},\npairs: bigramShapes{%s},\n}\n",
			name, wrapList(bytes), wrapList(bigramEntries(&s.pairs)))
	}
}

func bigramEntries(s *bigramShapes) []string {
	var out []string
	for i, v := range s {
		if v != 0 {
			out = append(out, fmt.Sprintf("%d: %#x", i, v))
		}
	}
	return out
}

func writeDoc(b *strings.Builder, doc string) {
	b.WriteString("\n")
	for _, line := range strings.Split(doc, "\n") {
		if !strings.HasPrefix(line, "//") {
			line = "// " + line
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}

// wrapList joins the elements of a composite literal, several to a line.
func wrapList(elems []string) string {
	var b strings.Builder
	b.WriteString("\n")
	n := 0
	for _, e := range elems {
		if n > 0 && n+len(e) > 90 {
			b.WriteString("\n")
			n = 0
		}
		b.WriteString(e + ", ")
		n += len(e) + 2
	}
	b.WriteString("\n")
	return b.String()
}

// The writers of values.

func boolLit(v bool) string     { return strconv.FormatBool(v) }
func floatLit(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
func stringLit(v string) string { return strconv.Quote(v) }
func uint8Lit(v uint8) string   { return strconv.Itoa(int(v)) }
func unitLit(v unitInfo) string { return fmt.Sprintf("{%s, %q}", kindLit(v.kind), v.unit) }
func boundLit(v Bound) string {
	if v == "" {
		return `""`
	}
	return nameOf(boundNames, v)
}
func kindLit(k Kind) string { return nameOf(kindNames, k) }

// kindNames are the Kind constants a unit may have, by their Go names.
var kindNames = map[string]Kind{"": "", "KindMeasure": KindMeasure, "KindDuration": KindDuration}

func nameOf[V comparable](names map[string]V, v V) string {
	for _, n := range sortedKeys(names) {
		if names[n] == v {
			if n == "" {
				return `""`
			}
			return n
		}
	}
	panic(fmt.Sprintf("no name for %v", v))
}

// newWordTable lays m out as a wordTable at most a quarter full. The keys go in sorted
// order, so that the layout, and the generated file, is the same on every run.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := &wordTable[V]{keys: make([]string, size), vals: make([]V, size), shift: 32}
	for size > 1 {
		size /= 2
		t.shift--
	}
	for _, k := range sortedKeys(m) {
		if k == "" {
			panic("wordTable: empty key")
		}
		i := t.slot(k)
		for t.keys[i] != "" {
			i = (i + 1) & uint32(len(t.keys)-1)
		}
		t.keys[i], t.vals[i] = k, m[k]
		t.shapes[k[0]&31] |= 1 << (len(k) & 31)
	}
	return t
}

// newBigramShapes records the shapes of the words.
func newBigramShapes[V any](words map[string]V) *bigramShapes {
	var t bigramShapes
	for w := range words {
		if len(w) < 2 || len(w) > 31 {
			panic("bigramShapes: word of " + w)
		}
		t[int(w[0]&31)<<5|int(w[1]&31)] |= 1 << len(w)
	}
	return &t
}

// newLookupShapes records the words of one byte and the shapes of the longer ones.
func newLookupShapes(words map[string]bool) *lookupShapes {
	t := &lookupShapes{}
	long := map[string]bool{}
	for w := range words {
		switch {
		case len(w) == 1:
			t.bytes[w[0]] = true
		case len(w) < 32:
			long[w] = true
		}
		// a word of 32 bytes or more passes none
	}
	t.pairs = *newBigramShapes(long)
	return t
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// keysOf returns the keys of a table in order.
func keysOf[V any](t *wordTable[V]) []string {
	var keys []string
	for _, k := range t.keys {
		if k != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}
