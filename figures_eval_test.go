package newsparse

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// The evaluation suite lives outside the repository (never copied in); these tests read
// it by path and skip when it is absent. The scoring below follows the reference
// scorer's strict mode rule for rule, so that the two agree.

type evalFigure struct {
	Text    string   `json:"text"`
	Span    [2]int   `json:"span"`
	Value   *float64 `json:"value"`
	Max     *float64 `json:"max"`
	Bound   string   `json:"bound"`
	Kind    string   `json:"kind"`
	Unit    string   `json:"unit"`
	Subject *string  `json:"subject"`
	Verb    *string  `json:"verb"`
	Source  *string  `json:"source"`
	Vague   bool     `json:"vague"`
}

type evalCase struct {
	ID         string       `json:"id"`
	Input      string       `json:"input"`
	Figures    []evalFigure `json:"figures"`
	Negatives  []evalFigure `json:"negatives"`
	Exhaustive bool         `json:"exhaustive"`
	Scored     []string     `json:"scored"`
}

type evalScore struct {
	tp, fp, fn int
	attrN      map[string]int
	attrOK     map[string]int
}

func (s evalScore) f1() (p, r, f float64) {
	return prf{s.tp, s.fp, s.fn}.scores()
}

func (s evalScore) acc(k string) float64 {
	if s.attrN[k] == 0 {
		return 1
	}
	return float64(s.attrOK[k]) / float64(s.attrN[k])
}

func readEvalCases(t testing.TB, name string) []evalCase {
	f, err := os.Open(figuresCorpusDir + name)
	if err != nil {
		t.Skipf("figures suite %s absent: %v", name, err)
	}
	defer f.Close()
	var cases []evalCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c evalCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		cases = append(cases, c)
	}
	require.NoError(t, sc.Err())
	return cases
}

var evalDashes = strings.NewReplacer("\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-",
	"\u2014", "-", "\u2015", "-", "\u2212", "-")
var evalSpaces = strings.NewReplacer("\u00a0", " ", "\u2009", " ", "\u202f", " ", "\u2007", " ")
var evalQuotes = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'",
	"\u2032", "'", "\u201c", "\"", "\u201d", "\"", "\u201e", "\"", "\u201f", "\"", "\u2033", "\"")

func evalNormText(s string) string {
	s = evalSpaces.Replace(evalDashes.Replace(s))
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " \t\r\n.,;:!?()[]{}<>\"'\u201c\u201d\u2018\u2019")
	return strings.ToLower(s)
}

var evalDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true,
	"these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"my": true, "your": true, "some": true, "any": true, "each": true, "every": true, "all": true,
	"both": true, "such": true}

func evalPhraseWords(p *string) []string {
	if p == nil {
		return nil
	}
	s := strings.ToLower(evalQuotes.Replace(evalSpaces.Replace(evalDashes.Replace(*p))))
	var words []string
	start := -1
	isW := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || strings.ContainsRune("'&.%$£€-", r)
	}
	flush := func(end int) {
		if start >= 0 {
			w := strings.Trim(strings.Trim(s[start:end], "'"), ".-")
			if w != "" {
				words = append(words, w)
			}
			start = -1
		}
	}
	for i, r := range s {
		if isW(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
	}
	flush(len(s))
	for len(words) > 0 && evalDeterminers[words[0]] {
		words = words[1:]
	}
	return words
}

func evalFold(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-len(suf) >= 3 {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if strings.HasSuffix(w, "e") && utf8.RuneCountInString(w) > 3 {
		w = w[:len(w)-1]
	}
	return w
}

func evalPhraseMatch(g, p *string) bool {
	gw, pw := evalPhraseWords(g), evalPhraseWords(p)
	if len(gw) == 0 || len(pw) == 0 {
		return len(gw) == 0 && len(pw) == 0
	}
	fold := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = evalFold(w)
		}
		return out
	}
	gf, pf := fold(gw), fold(pw)
	has := func(ws []string, w string) bool {
		for _, x := range ws {
			if x == w {
				return true
			}
		}
		return false
	}
	return has(pf, gf[len(gf)-1]) || has(gf, pf[len(pf)-1])
}

var evalUnitAliases = map[string]string{
	"l": "L", "litre": "L", "liter": "L", "litres": "L", "liters": "L",
	"ml": "ml", "millilitre": "ml", "milliliter": "ml", "cm3": "ml", "cm³": "ml", "cc": "ml",
	"c": "°C", "degc": "°C", "°c": "°C", "celsius": "°C", "℃": "°C",
	"f": "°F", "degf": "°F", "°f": "°F", "fahrenheit": "°F", "℉": "°F",
	"kph": "km/h", "kmh": "km/h", "km/hr": "km/h", "kmph": "km/h", "mi/h": "mph",
	"lbs": "lb", "pound": "lb", "pounds": "lb", "tonne": "t", "tonnes": "t", "metric ton": "t",
	"sq km": "km²", "km2": "km²", "km^2": "km²", "m2": "m²", "sq m": "m²",
	"sq mi": "mi²", "mi2": "mi²", "ft3": "ft³", "km3": "km³",
	"ug": "µg", "μg": "µg", "mcg": "µg",
	"metre": "m", "meter": "m", "metres": "m", "meters": "m", "kilometre": "km", "kilometer": "km",
	"mile": "mi", "miles": "mi", "foot": "ft", "feet": "ft", "inch": "in", "inches": "in",
	"hours": "hour", "hrs": "hour", "hr": "hour", "h": "hour", "years": "year", "yr": "year",
	"yrs": "year", "mins": "minute", "min": "minute", "minutes": "minute", "secs": "second",
	"sec": "second", "s": "second", "seconds": "second", "days": "day", "weeks": "week",
	"months": "month", "decades": "decade", "centuries": "century", "percent": "%", "pct": "%",
}

var evalCaseSensitive = map[string]bool{"MB": true, "Mb": true, "GB": true, "Gb": true, "KB": true,
	"kB": true, "Kb": true, "B": true, "K": true, "M": true, "T": true, "EB": true, "TB": true,
	"W": true, "Wh": true, "MWh": true, "GHz": true, "eV": true, "TeV": true, "L": true}

// evalNormUnit returns the folded unit and whether there is one.
func evalNormUnit(u, kind string) (string, bool) {
	if u == "" {
		if kind == "age" {
			return "year", true
		}
		return "", false
	}
	u = evalSpaces.Replace(strings.TrimSpace(u))
	if kind == "money" {
		return strings.ToUpper(u), true
	}
	if evalCaseSensitive[u] {
		return u, true
	}
	if a, ok := evalUnitAliases[u]; ok {
		return a, true
	}
	if a, ok := evalUnitAliases[strings.ToLower(u)]; ok {
		return a, true
	}
	return u, true
}

func evalClose(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	d := math.Abs(*a - *b)
	return d <= math.Max(1e-6*math.Max(math.Abs(*a), math.Abs(*b)), 1e-9)
}

func evalOverlap(a, b [2]int) bool { return a[0] < b[1] && b[0] < a[1] }

func evalJaccard(a, b [2]int) float64 {
	inter := max(0, min(a[1], b[1])-max(a[0], b[0]))
	union := max(a[1], b[1]) - min(a[0], b[0])
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// scoreFigures runs ExtractFigures over cases and scores it in strict mode.
func scoreFigures(cases []evalCase) evalScore {
	s := evalScore{attrN: map[string]int{}, attrOK: map[string]int{}}
	for _, c := range cases {
		pred := ExtractFigures(c.Input)
		spans := make([][2]int, len(pred))
		for i, p := range pred {
			cs := utf8.RuneCountInString(c.Input[:p.Start])
			spans[i] = [2]int{cs, cs + utf8.RuneCountInString(p.Text)}
		}
		type pair struct {
			same   int
			jac    float64
			gi, pi int
		}
		var pairs []pair
		for gi, g := range c.Figures {
			for pi, p := range pred {
				if !evalOverlap(g.Span, spans[pi]) || evalNormText(g.Text) != evalNormText(p.Text) {
					continue
				}
				pairs = append(pairs, pair{same: 1, jac: evalJaccard(g.Span, spans[pi]), gi: gi, pi: pi})
			}
		}
		sort.SliceStable(pairs, func(i, j int) bool {
			a, b := pairs[i], pairs[j]
			if a.same != b.same {
				return a.same > b.same
			}
			if a.jac != b.jac {
				return a.jac > b.jac
			}
			if a.gi != b.gi {
				return a.gi > b.gi
			}
			return a.pi > b.pi
		})
		gm, pm := map[int]bool{}, map[int]bool{}
		scored := map[string]bool{}
		for _, k := range c.Scored {
			scored[k] = true
		}
		if len(c.Scored) == 0 {
			for _, k := range []string{"value", "max", "bound", "kind", "unit"} {
				scored[k] = true
			}
		}
		for _, pr := range pairs {
			if gm[pr.gi] || pm[pr.pi] {
				continue
			}
			gm[pr.gi], pm[pr.pi] = true, true
			s.tp++
			g, p := c.Figures[pr.gi], pred[pr.pi]
			check := func(k string, ok bool) {
				if scored[k] {
					s.attrN[k]++
					if ok {
						s.attrOK[k]++
					}
				}
			}
			pv := p.Value
			check("value", evalClose(g.Value, &pv))
			gmax := g.Max
			if gmax != nil && *gmax == 0 {
				gmax = nil
			}
			var pmax *float64
			if p.Max != 0 {
				pmax = &p.Max
			}
			check("max", evalClose(gmax, pmax))
			gb := g.Bound
			if gb == "" {
				gb = "exact"
			}
			pb := string(p.Bound)
			if pb == "" {
				pb = "exact"
			}
			check("bound", gb == pb)
			check("kind", g.Kind == string(p.Kind))
			gu, gok := evalNormUnit(g.Unit, g.Kind)
			pu, pok := evalNormUnit(p.Unit, g.Kind)
			check("unit", gu == pu && gok == pok)
			for _, a := range []struct {
				k    string
				g, p *string
			}{{"subject", g.Subject, strp(p.Subject)}, {"verb", g.Verb, strp(p.Verb)}, {"source", g.Source, strp(p.Source)}} {
				ok := evalPhraseMatch(a.g, a.p)
				check(a.k, ok)
				if scored[a.k] {
					place := a.k + "/" + evalAttrPlace(c.Input, g.Span, a.g)
					s.attrN[place]++
					if ok {
						s.attrOK[place]++
					}
				}
			}
			check("vague", g.Vague == p.Vague)
		}
		s.fn += len(c.Figures) - countTrue(gm)
		for pi := range pred {
			if pm[pi] {
				continue
			}
			neg := false
			for _, n := range c.Negatives {
				if evalOverlap(spans[pi], n.Span) {
					neg = true
				}
			}
			if neg || c.Exhaustive {
				s.fp++
			}
		}
	}
	return s
}

// evalAttrPlace says where the gold's subject, verb or source stands from its figure
// (span, in runes): "next" when at most one word parts them ("Sales rose 12%", "12%,
// said Acme"), "elsewhere" when more do or the phrase is not in the sentence as
// written, "none" when the gold names none. It is how issue #14 asks attribution to be
// reported, since the rules once found only the words beside a figure.
func evalAttrPlace(input string, span [2]int, phrase *string) string {
	if phrase == nil || strings.TrimSpace(*phrase) == "" {
		return "none"
	}
	text := []rune(strings.ToLower(input))
	want := []rune(strings.ToLower(strings.TrimSpace(*phrase)))
	wordsIn := func(rs []rune) int {
		n, in := 0, false
		for _, r := range rs {
			w := unicode.IsLetter(r) || unicode.IsDigit(r)
			if w && !in {
				n++
			}
			in = w
		}
		return n
	}
	best := -1
	for a := 0; a+len(want) <= len(text); a++ {
		if string(text[a:a+len(want)]) != string(want) {
			continue
		}
		b, gap := a+len(want), 0
		switch {
		case b <= span[0]:
			gap = wordsIn(text[b:span[0]])
		case a >= span[1] && span[1] <= len(text):
			gap = wordsIn(text[span[1]:a])
		}
		if best < 0 || gap < best {
			best = gap
		}
	}
	if best >= 0 && best <= 1 {
		return "next"
	}
	return "elsewhere"
}

func countTrue(m map[int]bool) int {
	n := 0
	for _, v := range m {
		if v {
			n++
		}
	}
	return n
}

// TestEvalFigures scores ExtractFigures on the news and peer suites and fails below the
// floors the project committed to.
func TestEvalFigures(t *testing.T) {
	suites := []struct {
		name                           string
		minF1, minAttr, minNamedSource float64
	}{
		{"news-dev.jsonl", 0.85, 0.85, 0.80},
		{"dev.jsonl", 0.80, 0, 0},
	}
	for _, su := range suites {
		t.Run(su.name, func(t *testing.T) {
			cases := readEvalCases(t, su.name)
			s := scoreFigures(cases)
			p, r, f := s.f1()
			core := 1.0
			for _, k := range []string{"value", "bound", "kind", "unit"} {
				core = math.Min(core, s.acc(k))
			}
			t.Logf("%s: span P/R/F1 %.3f/%.3f/%.3f (tp=%d fp=%d fn=%d); value %.3f max %.3f bound %.3f kind %.3f unit %.3f; subject %.3f verb %.3f source %.3f vague %.3f",
				su.name, p, r, f, s.tp, s.fp, s.fn, s.acc("value"), s.acc("max"), s.acc("bound"),
				s.acc("kind"), s.acc("unit"), s.acc("subject"), s.acc("verb"), s.acc("source"), s.acc("vague"))
			var places []string
			for _, k := range []string{"subject", "verb", "source"} {
				for _, where := range []string{"next", "elsewhere", "none"} {
					if n := s.attrN[k+"/"+where]; n > 0 {
						places = append(places, fmt.Sprintf("%s %s %.3f (%d)", k, where, s.acc(k+"/"+where), n))
					}
				}
			}
			t.Logf("%s: attribution by where the gold stands from the figure: %s", su.name, strings.Join(places, "; "))
			// The source floor is over the figures whose gold names a source.
			named := s.attrN["source/next"] + s.attrN["source/elsewhere"]
			if named > 0 {
				namedOK := float64(s.attrOK["source/next"]+s.attrOK["source/elsewhere"]) / float64(named)
				t.Logf("%s: source right on %.3f of the %d figures whose gold names one", su.name, namedOK, named)
				require.GreaterOrEqual(t, namedOK, su.minNamedSource, "source accuracy where the gold names one")
			}
			require.GreaterOrEqual(t, f, su.minF1, "strict span F1")
			require.GreaterOrEqual(t, core, su.minAttr, "lowest of value, bound, kind and unit accuracy")
		})
	}
}

// figuresCorpusDir is where the evaluation suite lives relative to the package.
const figuresCorpusDir = "../shared/corpus/figures/"

// TestEvalAttrPlace: a gold phrase at most one word from its figure, before or after
// it, is next to it; one further away or not in the sentence is elsewhere; no gold
// phrase is none.
func TestEvalAttrPlace(t *testing.T) {
	s := func(v string) *string { return &v }
	for _, tc := range []struct {
		input  string
		span   [2]int
		phrase *string
		want   string
	}{
		{"Sales rose 12% last year.", [2]int{11, 14}, s("rose"), "next"},
		{"Sales of cars rose 12% last year.", [2]int{19, 22}, s("Sales of cars"), "next"},
		{"Sales of electric cars in the region rose 12%.", [2]int{42, 45}, s("Sales of electric cars"), "elsewhere"},
		{"About 12%, said Acme.", [2]int{6, 9}, s("Acme"), "next"},
		{"The rate was 12%.", [2]int{13, 16}, s("the central bank"), "elsewhere"},
		{"The rate was 12%.", [2]int{13, 16}, nil, "none"},
		{"Prices in Zürich rose 5%.", [2]int{22, 24}, s("rose"), "next"},
	} {
		require.Equal(t, tc.want, evalAttrPlace(tc.input, tc.span, tc.phrase), tc.input)
	}
}
