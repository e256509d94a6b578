package newsparse

import (
	"testing"
	"unicode/utf8"
)

// TestRuneClass holds the tokenizer's rune classes to the unicode package over every
// rune.
func TestRuneClass(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := runeClass(r), slowRuneClass(r); got != want {
			t.Fatalf("runeClass(%U) = %b, want %b", r, got, want)
		}
	}
}

// TestDecodeRune holds decodeRune to utf8.DecodeRuneInString over every lead byte
// followed by well-formed and malformed continuations, and at the end of the text.
func TestDecodeRune(t *testing.T) {
	tails := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE2, 0xFF}
	check := func(s string) {
		r, n := decodeRune(s, 0)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Fatalf("decodeRune(% x) = %U %d, want %U %d", s, r, n, wr, wn)
		}
	}
	for c := 0x80; c <= 0xFF; c++ {
		check(string([]byte{byte(c)}))
		for d := 0; d <= 0xFF; d++ {
			check(string([]byte{byte(c), byte(d)}))
			for _, e := range tails {
				check(string([]byte{byte(c), byte(d), e}))
				check(string([]byte{byte(c), byte(d), e, 0x80}))
			}
		}
	}
}
