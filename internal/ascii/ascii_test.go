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

func TestIsCJK(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := !(r < 0x1100 || r > 0x11ff && r < 0x2e80) && isCJKTable(r)
		if IsCJK(r) != want {
			t.Fatalf("IsCJK(%U) = %v", r, IsCJK(r))
		}
	}
}
