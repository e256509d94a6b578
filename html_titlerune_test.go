package newsparse

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestTitleRune holds titleRune, whose ASCII path skips the Unicode tables, equal
// to the rule it stands for: a letter or digit, lower-cased.
func TestTitleRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		got, ok := titleRune(r)
		want := unicode.IsLetter(r) || unicode.IsDigit(r)
		if ok != want || want && got != unicode.ToLower(r) {
			t.Fatalf("titleRune(%U) = %U, %v", r, got, ok)
		}
	}
}

// TestDialogAttr checks the attributes that declare an overlay, in any letter case.
func TestDialogAttr(t *testing.T) {
	for _, c := range []struct {
		key, val string
		want     bool
	}{
		{"role", "dialog", true}, {"role", "AlertDialog", true}, {"role", "navigation", false},
		{"aria-modal", "TRUE", true}, {"aria-modal", "false", false}, {"class", "dialog", false},
	} {
		require.Equal(t, c.want, dialogAttr(html.Attribute{Key: c.key, Val: c.val}), "%s=%s", c.key, c.val)
	}
}
