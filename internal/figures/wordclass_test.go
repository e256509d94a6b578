package figures

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordClassesMatchLists holds wordClassTab, composed by lexicon_recipes_test.go, to
// the tables of the lists it joins: for every word of those lists and a few others,
// the classes read in one look-up are what determiner, isPreposition, auxWords,
// pronouns, whWords and isVerbLike say.
func TestWordClassesMatchLists(t *testing.T) {
	words := map[string]bool{"": true, "walked": true, "walking": true, "bed": true, "ring": true,
		"sings": true, "company": true, "-": true, "12": true}
	for _, tab := range []*wordTable[bool]{auxWordsTab, pronounsTab, whWordsTab} {
		for _, k := range tab.keys {
			words[k] = true
		}
	}
	for _, tab := range []*wordTable[uint8]{verbWordsTab, wordClassTab, reportVerbsTab} {
		for _, k := range tab.keys {
			words[k] = true
		}
	}
	for w := range words {
		c := wordClasses(w)
		assert.Equal(t, determiner(w), c&pcDet != 0, "determiner %q", w)
		assert.Equal(t, isPreposition(w), c&pcPrep != 0, "preposition %q", w)
		assert.Equal(t, auxWordsTab.val(w), c&pcAux != 0, "aux %q", w)
		assert.Equal(t, pronounsTab.val(w), c&pcPron != 0, "pronoun %q", w)
		assert.Equal(t, whWordsTab.val(w), c&pcWh != 0, "wh %q", w)
		assert.Equal(t, isVerbLike(w), c&wcVerb != 0, "verb %q", w)
	}
}

// TestClassMemo asks a scanner for the classes of its tokens in several orders, past
// both ends of the text, and across texts longer than the memo, and checks each
// answer against the word's own classes.
func TestClassMemo(t *testing.T) {
	long := strings.Repeat("The police arrested 12 of the men who had walked to it, she said. ", 12)
	cases := []struct {
		name string
		text string
		asks func(n int) []int
	}{
		{"forwards", "Sales of electric cars in Europe rose 12% last year.", func(n int) []int { return indices(0, n) }},
		{"backwards", "Sales of electric cars in Europe rose 12% last year.", func(n int) []int { return reversed(indices(-2, n+2)) }},
		{"out of range first", "the 3 men", func(n int) []int { return []int{-1, -65, n, n + 64, 0, 1, 2} }},
		{"longer than the memo", long, func(n int) []int { return append(indices(0, n), reversed(indices(0, n))...) }},
		{"strided", long, func(n int) []int {
			var out []int
			for s := range 64 {
				for i := s; i < n; i += 64 {
					out = append(out, i, i-1, i+63)
				}
			}
			return out
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := scanned(c.text)
			for _, i := range c.asks(len(x.toks)) {
				assert.Equal(t, wordClasses(x.w(i)), x.class(i), "token %d %q", i, x.w(i))
			}
		})
	}
}

func indices(a, b int) []int {
	var out []int
	for i := a; i < b; i++ {
		out = append(out, i)
	}
	return out
}

func reversed(s []int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}
