package figures

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unitlessTexts are the corpus, the fixtures and numbers followed by every key of the tables
// unitAfterAll reads, and by the first words of those keys, in several cases, spaced,
// glued and hyphenated, with what the age and rate rules read after them.
func unitlessTexts(t *testing.T) []string {
	out := corpusLines(t)
	words := []string{"%", "-", "x", "X", "L", "a", "an", "yo", "y/o", "pound", "pounds", "old",
		"children", "km", "Km", "sq", "ur", "m", "M", "mn", "bn", "k", "°", "\"", "–", "—", "×"}
	for _, keys := range [][]string{keysOf(percentWordsTab), keysOf(currencySymbolsTab),
		keysOf(currencyCodesTab), keysOf(millionCodesTab), keysOf(currencyWordsTab), keysOf(ageUnitsTab),
		keysOf(exactUnitsTab), keysOf(foldedUnitsTab), keysOf(dollarPrefixesTab), keysOf(perUnitsTab),
		keysOf(shortTimeTab), keysOf(scaleWordsTab)} {
		for _, k := range keys {
			words = append(words, k, strings.Fields(k)[0])
		}
	}
	numbers := []string{"5", "164", "1.5", "2.125", "one", "two-thirds", "half", "a half", "1/2",
		"3m", "1.8m", "1.2bn", "5k", "½", "1,500", "two million"}
	after := []string{" old", "-old", " of age", "- old", " per second", "/s", " a share",
		" children", "5", " 5", ".", "-year-old", " sterling"}
	k, seen := 0, map[string]bool{}
	for _, n := range numbers {
		for _, w := range words {
			if seen[n+" "+w] {
				continue
			}
			seen[n+" "+w] = true
			for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				for _, sep := range []string{" ", "", "-", "  "} {
					k++
					out = append(out, n+sep+form, n+sep+form+after[k%len(after)])
				}
			}
		}
	}
	return out
}

// TestUnitlessFindsNothing holds unitless, unitAfter's fast exit, to what it promises:
// after no number it passes does unitAfterAll find a unit or move the figure's end.
func TestUnitlessFindsNothing(t *testing.T) {
	numbers, passed := 0, 0
	eachNumber(unitlessTexts(t), func(x *scanner, i int, n number) {
		// unitAfterAll reads no kind but money's
		for _, kind := range []Kind{KindCount, KindMoney} {
			if kind == KindCount {
				numbers++
			}
			c := cand{s: i, e: n.e, ns: n.s, ne: n.e}
			c.f = Figure{Value: n.v, Bound: BoundExact, Kind: kind}
			if kind == KindMoney {
				c.f.Unit = "USD"
			}
			if !x.unitless(n, &c) {
				continue
			}
			if kind == KindCount {
				passed++
			}
			all := c
			require.False(t, x.unitAfterAll(n, &all), "unitless passed %q in %q", x.w(i), x.text)
			require.Equal(t, c, all, "unitless passed %q in %q", x.w(i), x.text)
		}
	})
	t.Logf("%d of %d numbers unitless", passed, numbers)
	assert.Greater(t, passed, numbers/10, "the fast exit is tried on numbers it passes")
}
