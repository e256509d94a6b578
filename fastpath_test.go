package newsparse

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/testinput"
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

// equivalenceInputs are the fixtures and corpus dumps, and random strings built from
// the characters the fast paths treat specially.
func equivalenceInputs(tb testing.TB) []string {
	return testinput.Texts(tb, "testdata/text/*.txt", filepath.Join(corpusDir, "text/dev/*.txt"))
}

func TestNormalizeTextEquivalence(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		require.Equal(t, refNormalizeText(s), normalizeText(s), "input %q", s)
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

func TestLineTestsEquivalence(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		for line := range strings.SplitSeq(s, "\n") {
			require.Equal(t, refIsTitleCase(line), isTitleCase(line), "input %q", line)
		}
	}
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

func TestPhraseTestsEquivalence(t *testing.T) {
	for _, s := range equivalenceInputs(t) {
		for line := range strings.SplitSeq(s, "\n") {
			r1, ok1 := refFurnitureReason(line)
			r2, ok2 := furnitureReason(line)
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
	// Every cue at the start, in the middle and at the end of a line, and cut short.
	for _, c := range captionCues {
		extra = append(extra, c, "x"+c, c+"x", "Two words "+strings.ToUpper(c)+" after", c[:len(c)-1], "é"+c[1:])
	}
	for _, s := range append(equivalenceInputs(t), extra...) {
		for line := range strings.SplitSeq(s, "\n") {
			require.Equal(t, refHasCaptionCue(line), hasCaptionCue(line), "input %q", line)
		}
	}
}
