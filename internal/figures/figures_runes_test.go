package figures

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
