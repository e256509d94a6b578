package figures

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// npScanner tokenises text for the noun phrase steps.
func npScanner(text string) *scanner {
	return scanned(text)
}

// npToken returns the index of the nth token (from 0) whose lower-cased text is word.
func npToken(t *testing.T, x *scanner, word string, nth int) int {
	t.Helper()
	for i := range x.toks {
		if x.w(i) == word {
			if nth == 0 {
				return i
			}
			nth--
		}
	}
	require.Failf(t, "no token", "%q in %q", word, x.text)
	return -1
}

// TestNounPhrase: the whole phrase read from a start word, determiners stepped over.
func TestNounPhrase(t *testing.T) {
	cases := []struct {
		name, text, start, want string
	}{
		{"plain", "12 police officers were hurt.", "police", "police officers"},
		{"determiner skipped", "Most of the new stores opened.", "the", "new stores"},
		{"stops at preposition", "40 cars in the lot burned.", "cars", "cars"},
		{"hyphenated name", "5,000 Coca-Cola workers struck.", "coca", "Coca-Cola workers"},
		{"hyphen before a verb", "3 co-workers left.", "co", "co-workers"},
		{"abbreviation", "40 U.S. troops arrived.", "u", "U.S. troops"},
		{"conjunction joins", "16 police and army officers died.", "police", "police and army officers"},
		{"conjunction before a verb", "Two men and died.", "men", "men"},
		{"time after noun", "12 engineers last year quit.", "engineers", "engineers"},
		{"verb form as noun", "30 cuts were made.", "cuts", "cuts"},
		{"marked verb opens nothing", "164 killed in the blast.", "killed", ""},
		{"seven tokens at most", "1 a b c d e f g h i.", "a", "b c d e f g h"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := npScanner(c.text)
			j := npToken(t, x, c.start, 0)
			s0, s1, next := x.nounPhrase(j, len(x.toks))
			assert.Equal(t, s1, next, "the token after the phrase")
			got := ""
			if s1 > s0 {
				got = c.text[x.toks[s0].s:x.toks[s1-1].e]
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestNounPhraseJoin: a hyphen, apostrophe or ampersand joins two words with no space
// around it, after a word of the phrase; a period joins after a single capital.
func TestNounPhraseJoin(t *testing.T) {
	cases := []struct {
		name, text, tok string
		nth             int
		phraseStarted   bool
		want            npJoin
	}{
		{"hyphen inside", "Coca-Cola", "-", 0, true, npJoinInner},
		{"hyphen opening", "Coca-Cola", "-", 0, false, npJoinNone},
		{"spaced dash", "Coca - Cola", "-", 0, true, npJoinNone},
		{"apostrophe", "Macy's stores", "'", 0, true, npJoinInner},
		{"curly apostrophe", "Macy’s stores", "’", 0, true, npJoinInner},
		{"ampersand", "AT&T", "&", 0, true, npJoinInner},
		{"hyphen before number", "model-3", "-", 0, true, npJoinNone},
		{"period after capital", "U.S. troops", ".", 0, false, npJoinAbbrev},
		{"period after word", "troops. Then", ".", 0, true, npJoinNone},
		{"comma", "troops, police", ",", 0, true, npJoinNone},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := npScanner(c.text)
			j := npToken(t, x, c.tok, c.nth)
			end := 0
			if c.phraseStarted {
				end = j
			}
			assert.Equal(t, c.want, x.npJoinAt(j, 0, end))
		})
	}
}

// TestNounPhraseClosed: each word class that ends a phrase, with its step, and the
// words each step lets through.
func TestNounPhraseClosed(t *testing.T) {
	type step func(x *scanner, j, s, end int) bool
	function := func(x *scanner, j, s, _ int) bool { return x.npFunctionWord(j, s) }
	verb := (*scanner).npVerbCloses
	conj := (*scanner).npConjunctionCloses
	count := (*scanner).npCountCloses
	cases := []struct {
		name, text, word string
		started          bool // a word of the phrase stands before
		step             step
		want             bool
	}{
		{"preposition", "cars in town", "in", true, function, true},
		{"auxiliary", "cars were sold", "were", true, function, true},
		{"wh-word", "cars which sold", "which", true, function, true},
		{"pronoun", "cars they sold", "they", true, function, true},
		{"one is a noun", "the one car", "one", false, function, false},
		{"US is a name", "US troops", "us", false, function, false},
		{"determiner after first word", "cars the town", "the", true, function, true},
		{"noun", "police officers", "officers", true, function, false},

		{"verb after a noun", "officers killed", "killed", true, verb, true},
		{"unmarked form first", "cuts were made", "cuts", false, verb, false},
		{"marked form, no object", "killed in the blast", "killed", false, verb, true},
		{"marked form, adverb", "injured again", "injured", false, verb, true},
		{"marked form, -ly adverb", "wounded badly", "wounded", false, verb, true},
		{"marked form with object", "trained staff", "trained", false, verb, false},
		{"capitalised verb form", "officers Killed", "killed", true, verb, false},
		{"noun is no verb", "police officers", "officers", true, verb, false},

		{"and joins nouns", "police and army", "and", true, conj, false},
		{"and opens", "and army", "and", false, conj, true},
		{"and before determiner", "police and the army", "and", true, conj, true},
		{"and before verb", "police and killed", "and", true, conj, true},
		{"or before number", "police or two", "or", true, conj, true},
		{"and before punctuation", "police and , army", "and", true, conj, true},
		{"not a conjunction", "police army", "army", true, conj, false},

		{"number word", "officers two", "two", true, count, true},
		{"number word first", "two officers", "two", false, count, true},
		{"time after noun", "engineers last year", "year", true, count, true},
		{"time word first", "year end", "year", false, count, false},
		{"noun", "police officers", "officers", true, count, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := npScanner(c.text)
			j := npToken(t, x, c.word, 0)
			s, end := j, j
			if c.started {
				s = 0
			}
			assert.Equal(t, c.want, c.step(x, j, s, end))
			if c.want {
				assert.True(t, x.npClosedAt(j, s, end), "npClosedAt agrees")
			}
		})
	}
}

// TestNounPhraseTrim: a phrase never ends on a conjunction.
func TestNounPhraseTrim(t *testing.T) {
	cases := []struct {
		text string
		want int // tokens kept of the whole text
	}{
		{"police and", 1},
		{"police or and", 1},
		{"police officers", 2},
		{"and", 0},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := npScanner(c.text)
			assert.Equal(t, c.want, x.npTrimConjunction(0, len(x.toks)))
		})
	}
}
