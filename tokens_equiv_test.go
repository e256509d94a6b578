package newsparse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tokenizer must give what it gave before it was made faster: refScan and the
// functions below are scan, tokenize and scanWord as they stood then, kept here as the
// reference.

func refScan(text string, toks []token, words []string, lows *strings.Builder) ([]token, []string) {
	if n := len(text)/4 + 8; n > cap(toks) {
		toks = make([]token, 0, n)
	}
	toks = refTokenize(text, toks)
	if len(toks) > cap(words) {
		words = make([]string, 0, len(toks))
	}
	words = words[:len(toks)]
	n := 0
	for k := range toks {
		t := &toks[k]
		if t.upper {
			n += int(t.e - t.s)
			continue
		}
		words[k] = text[t.s:t.e]
	}
	if n == 0 {
		return toks, words
	}
	start := lows.Len()
	lows.Grow(n)
	b := lows
	for k := range toks {
		if !toks[k].upper {
			continue
		}
		w := text[toks[k].s:toks[k].e]
		for len(w) > 0 {
			j := 0
			for j < len(w) && w[j]-'A' >= 26 {
				j++
			}
			b.WriteString(w[:j])
			if j < len(w) {
				b.WriteByte(w[j] + 'a' - 'A')
				j++
			}
			w = w[j:]
		}
	}
	lowered := b.String()[start:]
	off := 0
	for k := range toks {
		t := &toks[k]
		if t.upper {
			n := int(t.e - t.s)
			words[k] = lowered[off : off+n]
			off += n
		}
	}
	return toks, words
}

func refTokenize(text string, toks []token) []token {
	var gap uint8 = 2
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t':
				if gap == 0 {
					gap = 1
				} else {
					gap = 2
				}
				i++
				continue
			case c == '\n' || c == '\r' || c == '\f' || c == '\v':
				gap = 2
				i++
				continue
			case isDigit(c):
				j := i + 1
				for j < len(text) {
					d := text[j]
					if isDigit(d) {
						j++
						continue
					}
					if (d == ',' || d == '.') && j+1 < len(text) && isDigit(text[j+1]) {
						j += 2
						continue
					}
					break
				}
				toks = refAddToken(toks, i, j, tkNum, gap, false, false)
				i = j
			case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
				j := i + 1
				for j < len(text) && text[j]-'a' < 26 {
					j++
				}
				if j < len(text) {
					if d := text[j]; d-'A' < 26 || d >= utf8.RuneSelf || d == '\'' {
						e, cap, upper := refScanWord(text, i)
						toks = refAddToken(toks, i, e, tkWord, gap, cap, upper)
						i = e
						break
					}
				}
				up := c <= 'Z'
				toks = refAddToken(toks, i, j, tkWord, gap, up, up)
				i = j
			default:
				toks = refAddToken(toks, i, i+1, tkPunct, gap, false, false)
				i++
			}
			gap = 0
			continue
		}
		r, n := decodeRune(text, i)
		switch cl := runeClass(r); {
		case cl&rcSpace != 0:
			if gap == 0 && r != '\u2028' && r != '\u2029' {
				gap = 1
			} else {
				gap = 2
			}
			i += n
			continue
		case cl&rcLetter != 0:
			e, cap, upper := refScanWord(text, i)
			toks = refAddToken(toks, i, e, tkWord, gap, cap, upper)
			i = e
		default:
			toks = refAddToken(toks, i, i+n, tkPunct, gap, false, false)
			i += n
		}
		gap = 0
	}
	return toks
}

func refAddToken(toks []token, s, e int, k tokKind, gap uint8, cap, upper bool) []token {
	return append(toks, token{s: int32(s), e: int32(e), k: k, gap: gap, cap: cap, upper: upper})
}

func refScanWord(text string, i int) (end int, cap, upper bool) {
	first := true
	for i < len(text) {
		c := text[i]
		if c >= 'a' && c <= 'z' {
			first = false
			i++
			continue
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
			if first {
				cap = true
			}
			first = false
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			if cl := twoByteClasses[rune(c&0x1F)<<6|rune(text[i+1]&0x3F)]; cl&rcLetter != 0 {
				if cl&rcUpper != 0 {
					upper = true
					if first {
						cap = true
					}
				}
				first = false
				i += 2
				continue
			}
		}
		r, n := rune(c), 1
		if r >= utf8.RuneSelf {
			r, n = decodeRune(text, i)
		}
		if cl := runeClass(r); cl&rcLetter != 0 {
			if cl&rcUpper != 0 {
				upper = true
				if first {
					cap = true
				}
			}
			first = false
			i += n
			continue
		}
		if (r == '\'' || r == '’') && i+n < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[i+n:])
			if runeClass(r2)&rcLetter != 0 && !(r2 == 's' || r2 == 'S') {
				i += n
				continue
			}
		}
		break
	}
	return i, cap, upper
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
	return append(out, randomTexts(rand.New(rand.NewPCG(3, 4)), pieces, 50000, 16)...)
}

// checkScan holds scan to refScan on text, with the lower-cased words built into
// builders that already hold earlier texts' words, as an article's paragraphs share one.
func checkScan(t *testing.T, text string, lows, refLows *strings.Builder) {
	t.Helper()
	wantToks, wantWords := refScan(text, nil, nil, refLows)
	toks, words := scan(text, nil, nil, lows)
	sameScan(t, text, wantToks, wantWords, toks, words)
	// empty buffers with room, holding what a longer text left behind
	toks, words = make([]token, 1000), make([]string, 1000)
	for k := range toks {
		toks[k], words[k] = token{s: 7, e: 9, k: tkNum, upper: true}, "junk"
	}
	toks, words = scan(text, toks[:0], words[:0], lows)
	sameScan(t, text, wantToks, wantWords, toks, words)
	toks = tokenize(text, nil)
	sameScan(t, text, wantToks, nil, toks, nil)
}

// sameScan reports the first token or word where two scans of text differ.
func sameScan(t *testing.T, text string, wantToks []token, wantWords []string, toks []token, words []string) {
	t.Helper()
	for k := range max(len(toks), len(wantToks), len(words), len(wantWords)) {
		var want, got token
		var wantWord, gotWord string
		if k < len(wantToks) {
			want = wantToks[k]
		}
		if k < len(toks) {
			got = toks[k]
		}
		if k < len(wantWords) {
			wantWord = wantWords[k]
		}
		if k < len(words) {
			gotWord = words[k]
		}
		if want != got || wantWord != gotWord || len(toks) != len(wantToks) || len(words) != len(wantWords) {
			t.Fatalf("input %q: token %d of %d/%d: got %+v %q of %d/%d, want %+v %q", text, k, len(wantToks), len(wantWords), got, gotWord, len(toks), len(words), want, wantWord)
		}
	}
}

func TestScanEquivalence(t *testing.T) {
	var lows, refLows strings.Builder
	for _, s := range tokenTexts(t) {
		checkScan(t, s, &lows, &refLows)
		if lows.Len() > 1<<20 {
			lows, refLows = strings.Builder{}, strings.Builder{}
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range trickyTokenTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var lows, refLows strings.Builder
		lows.WriteString("Earlier")
		refLows.WriteString("Earlier")
		checkScan(t, text, &lows, &refLows)
	})
}

// TestTriggerListComplete holds the tokenizer's list of tokens that may start a figure
// to what it promises: every token trigger accepts is on it, in order.
func TestTriggerListComplete(t *testing.T) {
	var lows strings.Builder
	texts := append(tokenTexts(t), "A dozen", "an hour", "One in five", "HALF", "½ cup", "−3C", ".5%", "-4", "A", "a")
	listed := 0
	for _, text := range texts {
		lows.Reset()
		toks, words, trigs := scanTriggers(text, &tokBuf{}, &lows)
		x := scanner{text: text, toks: toks, words: words}
		on := map[int32]bool{}
		for k, i := range trigs {
			require.True(t, k == 0 || trigs[k-1] < i, "trigger list out of order on %q", text)
			on[i] = true
		}
		for i := range toks {
			if toks[i].k == tkWord && triggerWord(words[i]) || toks[i].k != tkWord && x.trigger(i) {
				listed++
				require.True(t, on[int32(i)], "token %d (%q) of %q is not on the trigger list", i, x.raw(i), text)
			}
		}
	}
	assert.Greater(t, listed, 1000, "the list is tried on tokens that trigger")
}

// TestFirstByteTellsPunct holds the tokenizer to what findSentences and source's look
// for a dateline read a token's first byte for: a token that starts with '.', '!', '?'
// or '(' is that one character, a punctuation token.
func TestFirstByteTellsPunct(t *testing.T) {
	var lows strings.Builder
	pieces := []string{"(", ")", ".", "!", "?", "AP", "a", "Ab", "1", "2.5", "3,000", " ", "U.S", "’", "'", "\u00a0", "é", "\xe2\x80"}
	texts := append(tokenTexts(t), randomTexts(rand.New(rand.NewPCG(5, 6)), pieces, 20000, 12)...)
	seen := 0
	for _, text := range texts {
		lows.Reset()
		toks, words := scan(text, nil, nil, &lows)
		for i, tk := range toks {
			if c := text[tk.s]; c == '.' || c == '!' || c == '?' || c == '(' {
				seen++
				require.Equal(t, tkPunct, tk.k, "token %d of %q", i, text)
				require.Equal(t, string(c), words[i], "token %d of %q", i, text)
			}
		}
	}
	assert.Greater(t, seen, 10000, "the test is tried on such tokens")
}
