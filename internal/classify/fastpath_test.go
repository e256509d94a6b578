package classify

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/stretchr/testify/require"
)

// refHasCaptionCue is the plain definition that HasCaptionCue's one-pass scan must
// agree with: a search for each cue in the lower-cased line, then a weekday's date.
func refHasCaptionCue(s string) bool {
	low := strings.ToLower(s)
	for _, c := range captionCues {
		if strings.Contains(low, c) {
			return true
		}
	}
	return hasWeekdayDate([]byte(low)) // not the scan under test: shared
}

// equivalenceInputs are the fixtures and corpus dumps, and random strings built from
// the characters the fast paths treat specially.
func equivalenceInputs(tb testing.TB) []string {
	return testinput.Texts(tb, "../../testdata/text/*.txt", "../../../shared/corpus/text/dev/*.txt")
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
			require.Equal(t, refHasCaptionCue(line), HasCaptionCue(line), "input %q", line)
		}
	}
}

// TestPhraseTrailEquivalence: trimPhraseTrail trims what bytes.TrimRight trims with
// the same set.
func TestPhraseTrailEquivalence(t *testing.T) {
	extra := []string{"Read more »", "Comente!", "Next →", "Gallery …", "a ›› ", "x\xe2\x86", "\xff»", "»", ""}
	for _, s := range append(equivalenceInputs(t), extra...) {
		for line := range strings.SplitSeq(s, "\n") {
			b := []byte(strings.ToLower(line))
			require.Equal(t, string(bytes.TrimRight(b, phraseTrail)), string(trimPhraseTrail(b)), "input %q", line)
		}
	}
}

// TestBylineOpenersForEquivalence: the openers filed by first letter find what a
// test of every opener finds.
func TestBylineOpenersForEquivalence(t *testing.T) {
	extra := []string{"By Jane", "bY: Jane", "\u212aeep", "Автор: Иван", "автор Иван", "Door Jan", "ſtory by", "", "b"}
	for _, o := range bylineOpeners {
		extra = append(extra, o, strings.ToUpper(o)+"Jane Doe", o[:len(o)-1])
	}
	for _, s := range append(equivalenceInputs(t), extra...) {
		for line := range strings.SplitSeq(s, "\n") {
			want := false
			for _, o := range bylineOpeners {
				want = want || ascii.HasPrefixFold(line, o)
			}
			require.Equal(t, want, LooksLikeBylineStart(line), "input %q", line)
		}
	}
}

// TestOpenerCutsEquivalence: cutOpener and spaceGluedBy, which compare a line with
// the openers filed under its first letter, give what a pass over every opener
// gives (the references are the two as first written).
func TestOpenerCutsEquivalence(t *testing.T) {
	refCut := func(line string) (string, bool) {
		low := string(ascii.LowerPrefix(nil, line, maxBylineOpenerLen))
		for _, o := range bylineOpeners {
			if strings.HasPrefix(low, o) {
				return line[len(o):], true
			}
		}
		return line, false
	}
	refGlued := func(line string) string {
		low := string(ascii.LowerPrefix(nil, line, maxBylineOpenerLen))
		for _, o := range bylineOpeners {
			by, ok := strings.CutSuffix(o, "by ")
			n := len(by) + 2
			if ok && strings.HasPrefix(low, by+"by") && len(line) >= n+2 {
				if c, d := line[n], line[n+1]; 'A' <= c && c <= 'Z' && 'a' <= d && d <= 'z' {
					return line[:n] + " " + line[n:]
				}
			}
		}
		return line
	}
	extra := []string{"ByJane Doe", "Written byJane", "By Jane Doe", "BY: JANE", "Автор: Иван", "Bylaws", "ByteDance", "by", ""}
	for _, s := range append(equivalenceInputs(t), extra...) {
		for line := range strings.SplitSeq(s, "\n") {
			rest, ok := cutOpener(line)
			wantRest, wantOK := refCut(line)
			require.Equal(t, [2]any{wantRest, wantOK}, [2]any{rest, ok}, "input %q", line)
			var buf ascii.KeyBuf
			low := ascii.LowerPrefix(buf[:0], line, maxBylineOpenerLen)
			require.Equal(t, refGlued(line), spaceGluedBy(line, low), "input %q", line)
		}
	}
}

// TestMetaSeparatorMarks: every separator of metaSeparators holds one of the marks
// AfterSeparatedOpener looks for first, so a line without any holds no separator.
func TestMetaSeparatorMarks(t *testing.T) {
	require.Equal(t, "\xc2|\xe2", metaSeparatorMarks)
	for _, sep := range metaSeparators {
		require.True(t, holdsAnyByte(sep, metaSeparatorMarks), "%q", sep)
	}
	require.False(t, holdsAnyByte("Guide by Jane Doe - 5 min", metaSeparatorMarks))
	require.Equal(t, "by Jane Doe", AfterSeparatedOpener("Guide · by Jane Doe"))
	require.Equal(t, "", AfterSeparatedOpener("Guide by Jane Doe"))
}
