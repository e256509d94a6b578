package credit

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/stretchr/testify/require"
)

// The fast paths must give what the plain definitions give, on the root package's
// fixtures, the corpus's dumps and random strings (testinput).
var equivalenceGlobs = []string{"../../testdata/text/*.txt", "../../../shared/corpus/text/dev/*.txt"}

// refSplitCaption is SplitCaption before its label search was narrowed
// (with the label rules of today: longest label first, none at the line's start).
func refSplitCaption(s string) (caption, credit string) {
	// Credits are short and come last: only the tail is searched, which keeps this
	// linear in the page whatever the paragraph lengths.
	tailStart := 0
	if len(s) > maxCreditTail {
		tailStart = len(s) - maxCreditTail
		for tailStart < len(s) && !utf8.RuneStart(s[tailStart]) {
			tailStart++
		}
	}
	low := string(ascii.AppendLowerASCII(nil, s[tailStart:]))
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
			if Evidence(c) >= 2 {
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
	if i := strings.LastIndexByte(s, ' '); i > 0 && ascii.WordCount(s) >= 4 {
		last := s[i+1:]
		// Not after a comma: "Allentown, PA" names a state.
		if last == strings.ToUpper(last) && IsAgency(last) && !strings.HasSuffix(s[:i], ",") {
			return strings.TrimSpace(s[:i]), last
		}
	}
	return s, ""
}

func TestSplitCaptionEquivalence(t *testing.T) {
	for _, line := range testinput.Lines(t, equivalenceGlobs...) {
		require.Equal(t, outcome(refSplitCaption, line), outcome(SplitCaption, line), "input %q", line)
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

func TestCreditLabelEquivalence(t *testing.T) {
	naive := func(list []string, s string) (string, bool) {
		for _, l := range list {
			if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
				return strings.TrimSpace(s[len(l):]), true
			}
		}
		return s, false
	}
	for _, line := range testinput.Lines(t, equivalenceGlobs...) {
		r1, ok1 := naive(creditLabels, line)
		if !ok1 {
			r1, ok1 = naive(creditOpeners, line)
		}
		r2, ok2 := creditAfterLabel(line)
		require.Equal(t, [2]any{r1, ok1}, [2]any{r2, ok2}, "input %q", line)
	}
}

func TestLastIndexBytes(t *testing.T) {
	for _, s := range testinput.Texts(t, equivalenceGlobs...) {
		for _, sub := range []string{":", "photo:", "credit...", "photo by ", "a", "aa", " \t"} {
			require.Equal(t, strings.LastIndex(s, sub), lastIndexBytes([]byte(s), sub), "input %q, %q", s, sub)
		}
	}
}
