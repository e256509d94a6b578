package ascii

import (
	"testing"
	"unicode"
)

func TestIsSpaceRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if IsSpaceRune(r) != unicode.IsSpace(r) {
			t.Fatalf("IsSpaceRune(%U) = %v", r, IsSpaceRune(r))
		}
	}
}
