package ascii

import (
	"strings"
	"testing"
	"unicode"

	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/stretchr/testify/require"
)

// The fast paths must give what the plain definitions give, on the root package's
// fixtures, the corpus's dumps and random strings (testinput).
var equivalenceGlobs = []string{"../../testdata/text/*.txt", "../../../shared/corpus/text/dev/*.txt"}

func TestFoldHelpers(t *testing.T) {
	for _, line := range testinput.Lines(t, equivalenceGlobs...) {
		require.Equal(t, strings.ToLower(line), string(AppendToLower(nil, line)), "input %q", line)
		require.Equal(t, strings.ToUpper(line) == line, IsUpperCased(line), "input %q", line)
		require.Equal(t, strings.Contains(strings.ToLower(line), " via "), ContainsLower(line, " via "), "input %q", line)
		for _, n := range []int{8, 13, 24} {
			require.Equal(t, string(refLowerPrefix(line, n)), string(LowerPrefix(nil, line, n)), "input %q, n %d", line, n)
		}
	}
}

// refLowerPrefix is LowerPrefix as first written: one character at a time until n
// bytes are written.
func refLowerPrefix(s string, n int) []byte {
	var buf []byte
	for _, r := range s {
		if len(buf) >= n {
			break
		}
		buf = append(buf, strings.ToLower(string(r))...)
	}
	return buf
}

// refIndexFold is IndexFold as first written, comparing with strings.EqualFold.
func refIndexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	lo, up := Lower(sub[0]), Upper(sub[0])
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

func TestSearchFoldEquivalence(t *testing.T) {
	subs := []string{" via ", " - ", "photo by", "K", "ſ", "s", "source:", "kz", "фото:", "İa", "image:", "©", "a"}
	for _, line := range testinput.Lines(t, equivalenceGlobs...) {
		for _, sub := range subs {
			require.Equal(t, refIndexFold(line, sub), IndexFold(line, sub), "input %q, %q", line, sub)
			require.Equal(t, len(line) >= len(sub) && strings.EqualFold(line[:len(sub)], sub), HasPrefixFold(line, sub), "input %q, %q", line, sub)
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

// TestIndexAnyWordDigitAt covers the two small search helpers the classifier shares with
// the HTML reader.
func TestIndexAnyWordDigitAt(t *testing.T) {
	words := []string{"updated", "published"}
	require.Equal(t, 0, IndexAnyWord("published, then updated", words), "the first of any word")
	require.Equal(t, 5, IndexAnyWord("last updated", words))
	require.Equal(t, -1, IndexAnyWord("posted", words))
	require.Equal(t, -1, IndexAnyWord("", words))
	require.True(t, DigitAt("a1", 1))
	require.False(t, DigitAt("a1", 0))
	require.False(t, DigitAt("a1", 2), "past the end")
}

// TestContainsAnyEquivalence: ContainsAny finds what strings.ContainsAny finds, for
// the sets the stages search with.
func TestContainsAnyEquivalence(t *testing.T) {
	sets := []string{"/>|»›", ",|/(·–—0123456789", "0123456789", "/,;|", "", "é"}
	extra := []string{"Home » News", "a › b", "\xc2", "\xe2\x80", "x\xc2\xbb", "Ünïcödé", "", "1"}
	for _, line := range append(testinput.Lines(t, equivalenceGlobs...), extra...) {
		for _, set := range sets {
			require.Equal(t, strings.ContainsAny(line, set), ContainsAny(line, set), "input %q, %q", line, set)
		}
	}
}
