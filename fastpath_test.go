package newsparse

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/stretchr/testify/require"
)

// The fast paths must give what the plain definitions give. refNormalizeText is
// normalizeText as first written, rune by rune, kept here as the reference.
func refNormalizeText(s string) string {
	var b strings.Builder
	pendingSpace := false
	lineStart := true
	flush := func() {
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			fallthrough
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' || r == '\u0085':
			b.WriteByte('\n')
			pendingSpace, lineStart = false, true
		case r == utf8.RuneError && size == 1:
			flush()
			b.WriteRune(utf8.RuneError)
			lineStart = false
		case r == ' ' || r == '\t' || unicode.IsSpace(r):
			if !lineStart {
				pendingSpace = true
			}
		case isInvisible(r) || unicode.IsControl(r):
		default:
			flush()
			b.WriteRune(r)
			lineStart = false
		}
	}
	return b.String()
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

// equivalenceInputs are the corpus dumps and fixtures, and random strings built from
// the characters the fast paths treat specially.
func equivalenceInputs(tb testing.TB) []string {
	var out []string
	for _, g := range []string{"testdata/text/*.txt", filepath.Join(corpusDir, "text/dev/*.txt")} {
		names, _ := filepath.Glob(g)
		if len(names) > 0 {
			out = append(out, readGlob(tb, g)...)
		}
	}
	pieces := []string{"a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\x00", "\x7f", "\xff", "\xe2\x80",
		"\u0085", "\u00a0", "\u00ad", "\u00e9", "\u1680", "\u2003", "\u200b", "\u2028", "\u202f", "\u3000",
		"\ufeff", "\ufffd", "Photo:", "photo by ", "Credit...", "(AP Photo/Evan Vucci)", "REUTERS", " AFP", "Getty Images)", "Read more", "Related: ", "• ", "Advertisement", " min read", "1 / 13", "\u0130", "\u212a", "\u017f", "İA", "VİA", " via ", "語", "한", "カ", "ひ", "\U00020000", ".", "'", "”", "(", ")", "/", ","}
	rng := rand.New(rand.NewPCG(1, 2))
	out = append(out, randomTexts(rng, pieces, 20000, 12)...)
	// Long runs of ASCII, for the paths that read eight bytes at a time.
	const ascii = "ab  \t\n\r\v\f\x01~é"
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = ascii[rng.IntN(len(ascii))]
		}
		out = append(out, string(b))
	}
	return out
}

func TestNormalizeTextEquivalence(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		require.Equal(t, refNormalizeText(s), normalizeText(s), "input %q", s)
	}
}

func TestFoldHelpers(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		for line := range strings.SplitSeq(s, "\n") {
			require.Equal(t, strings.ToLower(line), string(appendToLower(nil, line)), "input %q", line)
			require.Equal(t, strings.ToUpper(line) == line, isUpperCased(line), "input %q", line)
			require.Equal(t, strings.Contains(strings.ToLower(line), " via "), containsLower(line, " via "), "input %q", line)
			low := lowerPrefix(nil, line, 8)
			require.True(t, strings.HasPrefix(strings.ToLower(line), string(low)) && (len(low) >= 8 || len(low) == len(strings.ToLower(line))), "input %q", line)
		}
	}
}

// refWordCount is wordCount as first written, a byte or rune at a time.
func refWordCount(s string) int {
	words, cjk := 0, 0
	inWord := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of the text.
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				inWord = false
			} else if !inWord {
				words++
				inWord = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case ascii.IsCJK(r):
			cjk++
			inWord = false
		case isSpaceRune(r):
			inWord = false
		default:
			if !inWord {
				words++
			}
			inWord = true
		}
	}
	return words + cjk/2
}

func TestWordCountEquivalence(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		for line := range strings.SplitSeq(s, "\n") {
			for _, in := range []string{line, line + " " + line + "\t  x"} {
				require.Equal(t, refWordCount(in), wordCount(in), "input %q", in)
			}
		}
	}
}

// refIsTitleCase is isTitleCase as first written.
func refIsTitleCase(s string) bool {
	long, capital, words := 0, 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		if words == 1 {
			continue // the first word is capitalised in any case
		}
		w = strings.Trim(w, "\"'“”‘’()[]:,-–—")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			capital++
		}
	}
	return words >= 3 && long >= 2 && capital*5 >= long*4
}

// refSplitCaptionCredit is splitCaptionCredit before its label search was narrowed
// (with the label rules of today: longest label first, none at the line's start).
func refSplitCaptionCredit(s string) (caption, credit string) {
	// Credits are short and come last: only the tail is searched, which keeps this
	// linear in the page whatever the paragraph lengths.
	tailStart := 0
	if len(s) > maxCreditTail {
		tailStart = len(s) - maxCreditTail
		for tailStart < len(s) && !utf8.RuneStart(s[tailStart]) {
			tailStart++
		}
	}
	low := string(appendLowerASCII(nil, s[tailStart:]))
	// A labelled credit anywhere after the caption's start. Every label holds a
	// colon, "..." or "photo by": most captions hold none and skip the search.
	labelled := strings.IndexByte(low, ':') >= 0 || strings.Contains(low, "...") || strings.Contains(low, "photo by")
	opening := 0
	for _, l := range []string{"(image credit:", "(photo credit:", "image credit:", "photo credit:", "credit:", "credit...", "photograph:", "(photo:", "photo:", "(image:", "(credit:", "image:", "(photo by", "photo by ", "(pictured:", "[file:", "(file:"} {
		if !labelled {
			break
		}
		i := strings.LastIndex(low, l)
		if i == len("file ") && tailStart == 0 && low[:i] == "file " {
			continue
		}
		if i == 0 && tailStart == 0 {
			opening = max(opening, len(l))
			continue
		}
		if i >= opening && (i > 0 || tailStart > 0) {
			i += tailStart
			c := strings.TrimSpace(s[i:])
			if utf8.RuneCountInString(c) <= 120 {
				return strings.TrimSpace(s[:i]), c
			}
		}
	}
	// A trailing parenthesised credit: "(AP Photo/Evan Vucci)", "(Jane Doe / AFP)".
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i > 0 && len(s)-i <= maxCreditTail {
			c := s[i:]
			if creditEvidence(c) >= 2 {
				return strings.TrimSpace(s[:i]), c
			}
		}
	}
	// A parenthesised credit whose opening "(Photo:" the scrape cut off: "... the
	// plague GETTY)".
	if strings.HasSuffix(s, ")") && !strings.Contains(s[tailStart:], "(") {
		if c, ok := strayCreditTail(s); ok {
			return strings.TrimSpace(s[:len(s)-len(c)]), c
		}
	}
	// The credit after the last sentence is found as the library finds it: only the
	// label search above has a fast path.
	if caption, credit, ok := creditAfterLastSentence(s, tailStart); ok {
		return caption, credit
	}
	// A wire agency in capitals closing the caption: "... his colleague Tim Weeks AP".
	if i := strings.LastIndexByte(s, ' '); i > 0 && wordCount(s) >= 4 {
		last := s[i+1:]
		// Not after a comma: "Allentown, PA" names a state.
		if last == strings.ToUpper(last) && isAgency(last) && !strings.HasSuffix(s[:i], ",") {
			return strings.TrimSpace(s[:i]), last
		}
	}
	return s, ""
}

func TestLineTestsEquivalence(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		for line := range strings.SplitSeq(s, "\n") {
			require.Equal(t, refIsTitleCase(line), isTitleCase(line), "input %q", line)
			require.Equal(t, outcome(refSplitCaptionCredit, line), outcome(splitCaptionCredit, line), "input %q", line)
		}
	}
}

// outcome is what split returns for s, or the panic it raises: where lower-casing
// changes the length of a caption's tail, the label search indexes the caption with
// offsets into the copy, and both versions fail alike.
func outcome(split func(string) (string, string), s string) (out [2]string) {
	defer func() {
		if r := recover(); r != nil {
			out = [2]string{"panic", fmt.Sprint(r)}
		}
	}()
	out[0], out[1] = split(s)
	return out
}

// refFurnitureReason is furnitureReason as first written, lower-casing with
// strings.ToLower.
func refFurnitureReason(line string) (Reason, bool) {
	if len(line) > 200 {
		return "", false
	}
	// One lower-cased copy serves every table: the phrases are stored lower-case.
	// ASCII lines, the most, are lowered into a buffer on the stack; the look-ups
	// below compare bytes with strings without copying them.
	var buf [200]byte
	low := []byte(strings.ToLower(line))
	_ = buf
	if len(line) <= maxPhraseLen {
		if r, ok := furnitureIndex[string(bytes.TrimRight(low, phraseTrail))]; ok {
			return r, true
		}
	}
	if len(low) > 0 {
		for _, p := range furniturePrefixes[low[0]] {
			if hasPrefixBytes(low, p.text) {
				return p.reason, true
			}
		}
	}
	// A finished sentence that opens with such words reports something ("Related
	// costs pushed the total up."); an invitation does not end like one.
	if len(line) <= 4*maxLeadRunes && utf8.RuneCountInString(line) <= maxLeadRunes && !endsSentence(line) {
		lead := bytes.TrimLeft(low, " :.|•·»›>-–—")
		for _, p := range furnitureLeads {
			if hasPrefixBytes(lead, p.text) && !startsWithLetter(lead[len(p.text):]) {
				return p.reason, true
			}
		}
	}
	if len(line) <= maxInsideLen {
		if r, ok := insideIndex.find(low); ok {
			return r, true
		}
	}
	if strings.IndexFunc(line, isWordRune) < 0 {
		return ReasonBoilerplate, true // "___", "* * *", "•••": separators
	}
	if isGalleryCounter(line) || isNumberRun(line) || isBreadcrumb(line) {
		return ReasonNavigation, true
	}
	return "", false
}

// refIndexFold is indexFold as first written, comparing with strings.EqualFold.
func refIndexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	lo, up := asciiLower(sub[0]), asciiUpper(sub[0])
	for i := 0; i+n <= len(s); i++ {
		j := indexEitherByte(s[i:len(s)-n+1], lo, up)
		if j < 0 {
			return -1
		}
		i += j
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func TestPhraseTestsEquivalence(t *testing.T) {
	subs := []string{" via ", " - ", "photo by", "K", "ſ", "s", "source:", "kz", "фото:", "İa", "image:", "©", "a"}
	for _, s := range equivalenceInputs(t) {
		for line := range strings.SplitSeq(s, "\n") {
			r1, ok1 := refFurnitureReason(line)
			r2, ok2 := furnitureReason(line)
			require.Equal(t, [2]any{r1, ok1}, [2]any{r2, ok2}, "input %q", line)
			for _, sub := range subs {
				require.Equal(t, refIndexFold(line, sub), indexFold(line, sub), "input %q, %q", line, sub)
				require.Equal(t, len(line) >= len(sub) && strings.EqualFold(line[:len(sub)], sub), hasPrefixFold(line, sub), "input %q, %q", line, sub)
			}
		}
	}
}

func TestCreditLabelEquivalence(t *testing.T) {
	naive := func(list []string, s string) (string, bool) {
		for _, l := range list {
			if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
				return strings.TrimSpace(s[len(l):]), true
			}
		}
		return s, false
	}
	for _, s := range equivalenceInputs(t) {
		for line := range strings.SplitSeq(s, "\n") {
			r1, ok1 := naive(creditLabels, line)
			if !ok1 {
				r1, ok1 = naive(creditOpeners, line)
			}
			r2, ok2 := creditAfterLabel(line)
			require.Equal(t, [2]any{r1, ok1}, [2]any{r2, ok2}, "input %q", line)
		}
	}
}

// refEndsSentence is endsSentence as first written.
func refEndsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»›)]」』*")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':', ';':
		return true
	}
	return false
}

func TestEndsSentenceEquivalence(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		for line := range strings.SplitSeq(s, "\n") {
			for _, in := range []string{line, line + ".”) ", line + "\xe2"} {
				require.Equal(t, refEndsSentence(in), endsSentence(in), "input %q", in)
			}
		}
	}
}

func TestDecodeRune(t *testing.T) {
	b := make([]byte, 4)
	for c0 := 0x80; c0 < 0x100; c0++ {
		for c1 := 0; c1 < 0x100; c1++ {
			for _, c2 := range []int{0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff} {
				b[0], b[1], b[2], b[3] = byte(c0), byte(c1), byte(c2), 0x80
				for n := 1; n <= 4; n++ {
					s := string(b[:n])
					r1, n1 := utf8.DecodeRuneInString(s)
					r2, n2 := ascii.DecodeRune(s, 0)
					if r1 != r2 || n1 != n2 {
						t.Fatalf("ascii.DecodeRune(%q) = %U, %d; want %U, %d", s, r2, n2, r1, n1)
					}
				}
			}
		}
	}
}

func TestToLower(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if toLower(r) != unicode.ToLower(r) {
			t.Fatalf("toLower(%U) = %U", r, toLower(r))
		}
	}
}

func TestLastIndexBytes(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		for _, sub := range []string{":", "photo:", "credit...", "photo by ", "a", "aa", " \t"} {
			require.Equal(t, strings.LastIndex(s, sub), lastIndexBytes([]byte(s), sub), "input %q, %q", s, sub)
		}
	}
}

// refHasCaptionCue is hasCaptionCue as first written, with strings.ToLower.
func refHasCaptionCue(s string) bool {
	low := strings.ToLower(s)
	for _, c := range captionCues {
		if strings.Contains(low, c) {
			return true
		}
	}
	return refHasWeekdayDate(low)
}
func refHasWeekdayDate(low string) bool {
	for _, d := range []string{"monday, ", "tuesday, ", "wednesday, ", "thursday, ", "friday, ", "saturday, ", "sunday, "} {
		i := strings.Index(low, d)
		if i < 0 {
			continue
		}
		rest := low[i+len(d):]
		sp := strings.IndexAny(rest, " .")
		if sp > 0 {
			if _, ok := monthNames[rest[:sp]]; ok {
				return true
			}
		}
	}
	return false
}

func TestCaptionCueEquivalence(t *testing.T) {
	extra := []string{"Crowds gather, Tuesday, Nov. 19, 2019, in Buffalo", "JANE DOE, LEFT, WAVES ", "FRIDAY, İJAN. 5", "This İmage"}
	for _, s := range append(equivalenceInputs(t), extra...) {
		for line := range strings.SplitSeq(s, "\n") {
			require.Equal(t, refHasCaptionCue(line), hasCaptionCue(line), "input %q", line)
		}
	}
}
