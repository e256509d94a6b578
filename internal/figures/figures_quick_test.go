package figures

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuickRejectTables checks that every number word can be seen by figureWord and
// every vulgar fraction by isVulgarFraction.
func TestQuickRejectTables(t *testing.T) {
	for _, w := range keysOf(figureWordsTab) {
		require.LessOrEqual(t, len(w), maxFigureWord, w)
		for k := 0; k < len(w); k++ {
			require.True(t, w[k] >= 'a' && w[k] <= 'z', "%q is not lower-case ASCII letters", w)
		}
		assert.True(t, figureWord(w), w)
		assert.True(t, figureWord(strings.ToUpper(w)), w)
	}
	for _, f := range keysOf(vulgarFractionsTab) {
		r, n := utf8.DecodeRuneInString(f)
		require.Equal(t, len(f), n, f)
		assert.True(t, isVulgarFraction(r), f)
		assert.True(t, f[0] == 0xC2 || f[0] == 0xE2, "mayHoldFigure decodes only runes led by C2 or E2: %q", f)
	}
	for _, w := range []string{"second", "a", "year", "Commuters", "x", "several"} {
		assert.False(t, figureWord(w), w)
	}
}

// TestQuickRejectSound holds mayHoldFigure to what it promises: text it rejects gives
// no figure when extracted in full. Digits are stripped from the inputs too, so that
// the reject is tried on many texts that still hold number words.
func TestQuickRejectSound(t *testing.T) {
	inputs := []string{
		"a year or two", "an hour and a half", "a half", "A Quarter", "several hundred",
		"a few thousand", "tens of thousands", "half a million", "one in five", "HUNDREDS of them",
		"a dozen eggs", "¾ cup", "a third of voters", "scores of people", "a week and a quarter",
		"Ten", "many millions", "a lakh", "two-thirds", "nil", "the second day", "a few",
	}
	inputs = append(inputs, strings.Split(benchArticle, "\n")...)
	inputs = append(inputs, strings.Split(benchProse, "\n")...)
	for _, name := range fixtureNames(t) {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		inputs = append(inputs, strings.Split(string(b), "\n")...)
	}
	for _, name := range []string{"news-dev.jsonl", "dev.jsonl"} {
		inputs = append(inputs, suiteInputs(t, name)...)
	}
	noDigits := func(r rune) rune {
		if r >= '0' && r <= '9' || isVulgarFraction(r) {
			return -1
		}
		return r
	}
	rejected := 0
	for _, in := range inputs {
		for _, s := range []string{in, strings.Map(noDigits, in)} {
			if !mayHoldFigure(s) {
				rejected++
				require.Nil(t, extractFigures(s), "rejected %q", s)
			}
		}
	}
	assert.Greater(t, rejected, 100, "the quick reject is tried")
}

// TestHasDigit holds the eight-bytes-at-a-time digit test to its plain definition.
func TestHasDigit(t *testing.T) {
	inputs := equivalenceInputs(t)
	for n := range 40 {
		for at := range n {
			b := []byte(strings.Repeat("é x", n)[:n])
			b[at] = '7'
			inputs = append(inputs, string(b), string(b[:at]))
		}
	}
	for _, s := range inputs {
		require.Equal(t, strings.ContainsAny(s, "0123456789"), hasDigit(s), "%q", s)
	}
}
