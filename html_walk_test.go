package newsparse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// collapseRef is appendText's rule written out a character at a time: HTML white
// space and Unicode spaces collapse into one space between visible characters,
// controls and invisible characters go, and an invalid byte becomes U+FFFD. It
// returns the text and the number of invalid bytes, which appendText does not count
// as link text.
func collapseRef(s string) (string, int) {
	var b []rune
	space, invalid := false, 0
	emit := func(r rune) {
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, r)
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < utf8.RuneSelf && isHTMLSpace(byte(r)):
			space = true
		case r < 0x20 || r == 0x7f:
		case r == utf8.RuneError && size == 1:
			emit(r)
			invalid++
		case r >= utf8.RuneSelf && unicode.IsSpace(r):
			space = true
		case r >= utf8.RuneSelf && (isInvisible(r) || unicode.IsControl(r)):
		default:
			emit(r)
		}
	}
	return string(b), invalid
}

// TestAppendTextCollapse holds appendText, whose runs of visible ASCII are passed
// eight bytes at a time, to collapseRef on generated text nodes, inside a link and
// out, with their rune and link-rune counts.
func TestAppendTextCollapse(t *testing.T) {
	parts := []string{"a", "Z", "word", "longerword", ".", "~", " ", "  ", "\n", "\t ", "\v", "\x01",
		"\x7f", "é", "\u00a0", "\u200b", "\xff", "\u3000", "日本", " x", "x ", "12345678"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(24) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		s := sb.String()
		w := newWalker(0)
		link := rng.IntN(2) == 0
		if link {
			w.linkDepth = 1
		}
		w.appendText(s)
		want, invalid := collapseRef(s)
		if string(w.buf) != want || w.runes != utf8.RuneCountInString(want) ||
			link && w.linkRunes != w.runes-invalid || !link && w.linkRunes != 0 {
			t.Fatalf("appendText(%q) = %q (%d runes, %d linked), want %q", s, w.buf, w.runes, w.linkRunes, want)
		}
	}
}
