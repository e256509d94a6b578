package newsparse

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/stretchr/testify/require"
)

// TestDecodeRune holds ascii.DecodeRune to utf8.DecodeRuneInString on every
// sequence of up to four bytes that starts outside ASCII.
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

// equivalenceInputs are the fixtures and corpus dumps, and random strings built from
// the characters the fast paths treat specially.
func equivalenceInputs(tb testing.TB) []string {
	return testinput.Texts(tb, "testdata/text/*.txt", filepath.Join(corpusDir, "text/dev/*.txt"))
}

// TestCaptionCueEquivalence: the caption cues' one-pass scan finds what a search
// for each cue finds.
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
