package figures

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tokenizer is held to what it promises, not to an older copy of itself: a table of
// cases for each kind of token, and properties every scan keeps on any text.

func TestTokenize(t *testing.T) {
	cases := []struct {
		text  string
		words []string
		kinds string // w word, n number, p punctuation
		gaps  []uint8
	}{
		{"Police said 1,200", []string{"police", "said", "1,200"}, "wwn", []uint8{2, 1, 1}},
		{"it's 3.5%", []string{"it", "'", "s", "3.5", "%"}, "wpwnp", []uint8{2, 0, 0, 1, 0}},
		{"twenty–five", []string{"twenty", "-", "five"}, "wpw", []uint8{2, 0, 0}},
		{"43—year—old", []string{"43", "-", "year", "-", "old"}, "npwpw", []uint8{2, 0, 0, 0, 0}},
		{"10 – 20", []string{"10", "–", "20"}, "npn", []uint8{2, 1, 1}},
		{"a\n\nb", []string{"a", "b"}, "ww", []uint8{2, 2}},
		{"a  b", []string{"a", "b"}, "ww", []uint8{2, 2}},
		{"Москва 12", []string{"Москва", "12"}, "wn", []uint8{2, 1}},
		{"COVID-19", []string{"covid", "-", "19"}, "wpn", []uint8{2, 0, 0}},
	}
	for _, c := range cases {
		x := scanned(c.text)
		require.Len(t, x.toks, len(c.words), c.text)
		assert.Equal(t, c.words, x.tokenWords(), c.text)
		for i, tk := range x.toks {
			assert.Equal(t, c.kinds[i], "?wnp"[tk.k], "kind of token %d of %q", i, c.text)
			assert.Equal(t, c.gaps[i], tk.gap, "gap of token %d of %q", i, c.text)
		}
	}
}

// checkScanProps holds one scan of text to the tokenizer's promises: tokens in order,
// inside the text, never overlapping; only spaces between them; a word's lower-cased
// form as long as its text (only ASCII capitals are lowered) and equal to it in any
// case, except a dash inside a word, which reads "-"; a number starting with a digit.
func checkScanProps(t *testing.T, text string, b *tokBuf) {
	t.Helper()
	toks, low := scan(text, b)
	x := scanner{text: text, toks: toks, low: low, marks: b.marks[:b.m]}
	x.setWords(nil)
	x.sentStarts = x.findSentences(nil)
	words := x.tokenWords()
	prev := 0
	for i, tk := range toks {
		require.LessOrEqual(t, prev, int(tk.s), "token %d of %q", i, text)
		require.Less(t, int(tk.s), int(tk.e), "token %d of %q", i, text)
		require.LessOrEqual(t, int(tk.e), len(text), "token %d of %q", i, text)
		raw := text[tk.s:tk.e]
		if words[i] != "-" || raw == "-" {
			require.Equal(t, len(raw), len(words[i]), "token %d of %q", i, text)
			require.True(t, strings.EqualFold(raw, words[i]) || !utf8.ValidString(raw), "token %d of %q: %q vs %q", i, text, raw, words[i])
		}
		if tk.k == tkNum {
			require.True(t, isDigit(raw[0]), "token %d of %q", i, text)
		}
		if tk.gap == 0 && i > 0 {
			require.Equal(t, int(toks[i-1].e), int(tk.s), "no space before token %d of %q", i, text)
		}
		prev = int(tk.e)
	}
	// the marks are the tokens that start with '.', '!' or '?' and those after a line
	// break, and a break after the last token, in order, once each
	var marks []int32
	for i, tk := range toks {
		before := text[:tk.s]
		if i > 0 {
			before = text[toks[i-1].e:tk.s]
		}
		if strings.ContainsAny(before, "\n\r") || strings.IndexByte(".!?", text[tk.s]) >= 0 {
			marks = append(marks, int32(i))
		}
	}
	if len(toks) > 0 && strings.ContainsAny(text[toks[len(toks)-1].e:], "\n\r") ||
		len(toks) == 0 && strings.ContainsAny(text, "\n\r") {
		marks = append(marks, int32(len(toks)))
	}
	require.Equal(t, marks, append([]int32(nil), b.marks[:b.m]...), "marks of %q", text)
	// the same scan into buffers that hold what a longer text left behind
	junk := tokBuf{toks: make([]token, 1000), low: []byte(strings.Repeat("JUNK ", 400)), marks: []int32{5, 7, 9}, m: 3}
	for k := range junk.toks {
		junk.toks[k] = token{s: 7, e: 9, k: tkNum, upper: true, hyphen: true, trig: true}
	}
	again, againLow := scan(text, &junk)
	require.Equal(t, toks, again, text)
	require.Equal(t, low, againLow, text)
	require.Equal(t, marks, append([]int32(nil), junk.marks[:junk.m]...), "marks of %q", text)
	assert.Len(t, againLow, len(text), text)
}

func TestScanProperties(t *testing.T) {
	// one buffer for every text, as a Scratch keeps it for an article's texts
	var b tokBuf
	for _, s := range tokenTexts(t) {
		checkScanProps(t, s, &b)
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range trickyTokenTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		b := tokBuf{low: []byte("Earlier")}
		checkScanProps(t, text, &b)
	})
}

// trickyTokenTexts are written to reach every branch of the tokenizer: words ended by
// each kind of byte, capitals inside words, apostrophes, two- and three-byte letters,
// numbers with separators, every kind of space, invalid UTF-8, and words that end at
// the end of the text at every offset of an eight-byte load.
var trickyTokenTexts = []string{
	"", " ", "a", "A", "1", ".", "'", "’", "\t", "\n", "\xff", "\xc3", "\xe2\x80",
	"don't", "Don't", "DON'T", "it's", "It's", "IT'S", "rock 'n' roll", "o'clock", "O'Brien", "l'Italie",
	"don’t", "it’s", "Macy’s", "‘quoted’", "“double”", "James' book", "students'", "'tis", "a''b", "a'", "a’",
	"1,200.50", "1.200,50", "1,2,3", "1,,2", "1..2", "1,", "1.", ",1", "3.14159", "12,345,678.9",
	"abc123", "123abc", "A1", "1A", "B2B", "COVID-19", "mp3s", "£1.2bn", "$3.5m", "5%", "10-12",
	"Москва", "москва", "МОСКВА", "Город Москва, 12 000 жителей", "Ёлка", "ΑΘΗΝΑ Αθήνα", "Ελλάδα's",
	"日本語のテキスト", "東京2020", "한국어 텍스트", "カタカナ ひらがな", "中文，标点。",
	"naïve café résumé", "NAÏVE CAFÉ", "Zoë", "ÉCOLE", "İstanbul", "straße STRASSE", "ǅemal", "Kelvin \u212a",
	"Ａｂｃ", "ｆｕｌｌ　ｗｉｄｔｈ",
	"a\tb", "a \tb", "a\t b", "a  b", "a\nb", "a\r\nb", "a\vb", "a\fb", "a\u2028b", "a\u2029b", "a\u00a0b",
	"a\u2003b", "a\u3000b", "a \u00a0b", "a\u0085b", "a\u200bb", "a\ufeffb", " a", "a ", "\n\na\n\n",
	"a\xffb", "a\xc3b", "a\xe2\x80b", "\xc3\xa9\xff", "abc\xed\xa0\x80def", "\xf0\x9f\x98\x80 emoji \U0001F600a",
	"abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "Abcdefgh", "Abcdefghi",
	"abcdefghijklmnopqrstuvwxyz{|}~`@[\\]^_", "a`b", "a{b", "a@b", "a[b", "z{", "`a",
	"The quick brown fox jumps over the lazy dog.", "THE QUICK BROWN FOX", "McDonald's iPhone eBay",
	"He said: “It’s 1,200 people — not 12.”", "pp. 12–14", "5 p.m.", "U.S.", "e.g.", "Mr. Smith's",
	"well-known", "co-operate", "self—aware", "x/y", "a…b", "a–b", "a—b", "café's", "naïve'", "abc’",
}

// tokenTexts are the corpus and fixture texts, each line of them, the tricky texts, and
// random strings built from the pieces the tokenizer treats differently.
func tokenTexts(t *testing.T) []string {
	var out []string
	for _, s := range equivalenceInputs(t) {
		out = append(out, s)
		if strings.Contains(s, "\n") {
			out = append(out, strings.Split(s, "\n")...)
		}
	}
	for _, s := range trickyTokenTexts {
		out = append(out, s)
		for i := range len(s) {
			out = append(out, s[:i], s[i:])
		}
	}
	pieces := []string{"a", "b", "z", "A", "Z", "x", "abc", "Abc", "ABC", "qwertyuiop", "0", "9", "12", ",", ".", "'",
		"’", "‘", " ", " ", " ", "\t", "\n", "\r", "\u2028", "\u00a0", "\u3000", "é", "É", "ж", "Ж", "語", "カ", "한",
		"\xff", "\xc3", "\xe2\x80", "@", "[", "`", "{", "-", "—", "s", "S", "t", "\U0001F600"}
	return append(out, randomTexts(rand.New(rand.NewPCG(3, 4)), pieces, 5000, 16)...)
}

// TestTriggerListComplete holds the tokenizer's marks on the tokens that may start a
// figure to what they promise: every token trigger accepts is marked.
func TestTriggerListComplete(t *testing.T) {
	texts := append(tokenTexts(t), "A dozen", "an hour", "One in five", "HALF", "½ cup", "−3C", ".5%", "-4", "A", "a")
	listed := 0
	for _, text := range texts {
		var b tokBuf
		toks, low := scan(text, &b)
		x := scanner{text: text, toks: toks, low: low, marks: b.marks[:b.m]}
		x.setWords(nil)
		x.sentStarts = x.findSentences(nil)
		for i := range toks {
			if toks[i].k == tkWord && triggerWord(x.w(i)) || toks[i].k != tkWord && x.trigger(i) {
				listed++
				require.True(t, toks[i].trig, "token %d (%q) of %q is not marked", i, x.raw(i), text)
			}
		}
	}
	assert.Greater(t, listed, 1000, "the list is tried on tokens that trigger")
}

// TestFirstByteTellsPunct holds the tokenizer to what findSentences and source's look
// for a dateline read a token's first byte for: a token that starts with '.', '!', '?'
// or '(' is that one character, a punctuation token.
func TestFirstByteTellsPunct(t *testing.T) {
	pieces := []string{"(", ")", ".", "!", "?", "AP", "a", "Ab", "1", "2.5", "3,000", " ", "U.S", "’", "'", "\u00a0", "é", "\xe2\x80"}
	texts := append(tokenTexts(t), randomTexts(rand.New(rand.NewPCG(5, 6)), pieces, 5000, 12)...)
	seen := 0
	for _, text := range texts {
		x := scanned(text)
		for i, tk := range x.toks {
			if c := text[tk.s]; c == '.' || c == '!' || c == '?' || c == '(' {
				seen++
				require.Equal(t, tkPunct, tk.k, "token %d of %q", i, text)
				require.Equal(t, string(c), x.w(i), "token %d of %q", i, text)
			}
		}
	}
	assert.Greater(t, seen, 2000, "the test is tried on such tokens")
}
