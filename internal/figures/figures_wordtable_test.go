package figures

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordTable holds a wordTable to the map it copies, on every key and on every word
// of the text fixtures.
func TestWordTable(t *testing.T) {
	m := map[string]int{}
	for _, k := range keysOf(foldedUnitsTab) {
		m[k] = len(m) + 1
	}
	tab := newWordTable(m)
	probes := []string{"", "a", "A", "\xff", "km/hour", "light", "light years extra"}
	for _, name := range fixtureNames(t) {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		probes = append(probes, strings.Fields(strings.ToLower(string(b)))...)
	}
	for k := range m {
		probes = append(probes, k, k+"s", strings.ToUpper(k))
	}
	for _, w := range probes {
		want, wantOK := m[w]
		got, ok := tab.get(w)
		require.Equal(t, wantOK, ok, "%q", w)
		require.Equal(t, want, got, "%q", w)
		assert.Equal(t, want, tab.val(w), "%q", w)
		assert.Equal(t, wantOK, tab.has(w), "%q", w)
		got, ok = tab.getBytes([]byte(w))
		assert.Equal(t, wantOK, ok, "%q", w)
		assert.Equal(t, want, got, "%q", w)
		if wantOK {
			assert.True(t, tab.mayHold(strings.ToUpper(w)), "%q", w)
		}
	}
	empty := newWordTable(map[string]bool{})
	assert.False(t, empty.has("a"))
	assert.Panics(t, func() { newWordTable(map[string]bool{"": true}) })
}

// TestShapeGuardsCoverSwitches holds each switch on a word that a shape test guards to
// that test: every word a case names must pass it, or a word added to the switch alone
// would never reach it. The cases are read from the source, so the switch stays the
// one list to edit.
func TestShapeGuardsCoverSwitches(t *testing.T) {
	guards := map[string]*bigramShapes{
		"isMonthName": calendarShapes, "isDayName": calendarShapes, "isTimeOfDay": calendarShapes,
		"phoneContext": calendarShapes,
	}
	fset := gotoken.NewFileSet()
	seen := map[string]int{}
	for _, file := range []string{"exclusions.go", "attribution.go"} {
		f, err := parser.ParseFile(fset, file, nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || guards[fn.Name.Name] == nil {
				continue
			}
			shapes := guards[fn.Name.Name]
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				cc, ok := n.(*ast.CaseClause)
				if !ok {
					return true
				}
				for _, e := range cc.List {
					lit, ok := e.(*ast.BasicLit)
					if !ok || lit.Kind != gotoken.STRING {
						continue
					}
					w, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					seen[fn.Name.Name]++
					if len(w) > 1 { // "a" is tested by determiner itself
						assert.True(t, shapes.mayHold(w), "%s names %q, which its shape test turns away", fn.Name.Name, w)
					}
				}
				return true
			})
		}
	}
	for name := range guards {
		assert.Positive(t, seen[name], "no cases read for %s", name)
	}
}
