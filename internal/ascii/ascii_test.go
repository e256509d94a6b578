package ascii

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestIsSpaceRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if IsSpaceRune(r) != unicode.IsSpace(r) {
			t.Fatalf("IsSpaceRune(%U) = %v", r, IsSpaceRune(r))
		}
	}
}

func TestIsCJK(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := !(r < 0x1100 || r > 0x11ff && r < 0x2e80) && isCJKTable(r)
		if IsCJK(r) != want {
			t.Fatalf("IsCJK(%U) = %v", r, IsCJK(r))
		}
	}
}

func TestWordCount(t *testing.T) {
	for in, want := range map[string]int{
		"":                                  0,
		"one":                               1,
		"  two  words ":                     2,
		"a longer line of eight words here": 7,
		"tab\tand\nnew line":                4,
		"東京都の知事":                            3,
		"Tokyo 東京":                          2,
		"no\u00a0break":                     2,
	} {
		assert.Equal(t, want, WordCount(in), "%q", in)
	}
}

// TestWordCountMixed holds the eight-byte counting to a byte-by-byte count on lines
// with characters above ASCII at every offset of a word of eight bytes.
func TestWordCountMixed(t *testing.T) {
	// The count by characters: runs of characters between spaces and CJK ones,
	// and two CJK characters a word (no vertical tab or form feed parts words).
	byByte := func(s string) int {
		apart := func(r rune) bool { return IsCJK(r) || IsSpaceRune(r) && r != '\v' && r != '\f' }
		cjk := 0
		for _, r := range s {
			if IsCJK(r) {
				cjk++
			}
		}
		return len(strings.FieldsFunc(s, apart)) + cjk/2
	}
	for _, mid := range []string{"\u2019", "é", "\u00a0", "\u0085", "жк", "«", "\xc3", "東京", "\u2014", " \u201c", "\u201d ", "\t"} {
		for pad := range 17 {
			for _, tail := range []string{"", "s", " next words here", "a b c d e f g h i"} {
				in := strings.Repeat("ab cd", 4)[:pad] + mid + tail + " " + mid + strings.Repeat("x", pad)
				assert.Equal(t, byByte(in), WordCount(in), "%q", in)
			}
		}
	}
}

func TestEndsSentence(t *testing.T) {
	for in, want := range map[string]bool{
		"It ended.":          true,
		"He said: \"Go!\"":   true,
		"(A note.)":          true,
		"Really?»":           true,
		"終わった。":              true,
		"A title":            false,
		"":                   false,
		"Numbers 1.5":        false,
		"Emphasis **bold.**": true,
	} {
		assert.Equal(t, want, EndsSentence(in), "%q", in)
	}
}

// TestCJKPlaneTable checks the Basic Multilingual Plane's bit table against the
// Unicode script tables it is built from, rune by rune.
func TestCJKPlaneTable(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := IsCJK(r), isCJKTable(r); got != want {
			t.Fatalf("IsCJK(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestIndexDigit holds IndexDigit to a byte loop on every byte next to a digit, high
// bytes and the eight-byte steps included.
func TestIndexDigit(t *testing.T) {
	naive := func(s string, i int) int {
		for ; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' {
				return i
			}
		}
		return -1
	}
	for _, s := range []string{"", "7", "no digits at all in this line", "page 12 of 40", "\xff\xfe/:\x80\xb9\x2f\x3a9",
		"café 2024 — année", "abcdefgh9", "abcdefghijklmnop/", "::::::::::::::::0", "é€漢字 and 0"} {
		for i := 0; i <= len(s); i++ {
			assert.Equal(t, naive(s, i), IndexDigit(s, i), "%q from %d", s, i)
		}
	}
	for b := 0; b < 256; b++ {
		s := "xxxxxxxxxxx" + string([]byte{byte(b)}) + "xxxx"
		assert.Equal(t, naive(s, 0), IndexDigit(s, 0), "byte %#x", b)
	}
}
