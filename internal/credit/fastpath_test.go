package credit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/stretchr/testify/require"
)

// The fast paths must give what the plain definitions give, on the root package's
// fixtures, the corpus's dumps and random strings (testinput).
var equivalenceGlobs = []string{"../../testdata/text/*.txt", "../../../shared/corpus/text/dev/*.txt"}

func TestCreditLabelEquivalence(t *testing.T) {
	naive := func(list []string, s string) (string, bool) {
		for _, l := range list {
			if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
				return strings.TrimSpace(s[len(l):]), true
			}
		}
		return s, false
	}
	for _, line := range testinput.Lines(t, equivalenceGlobs...) {
		r1, ok1 := naive(creditLabels, line)
		if !ok1 {
			r1, ok1 = naive(creditOpeners, line)
		}
		r2, ok2 := creditAfterLabel(line)
		require.Equal(t, [2]any{r1, ok1}, [2]any{r2, ok2}, "input %q", line)
	}
}

func TestLastIndexBytes(t *testing.T) {
	for _, s := range testinput.Texts(t, equivalenceGlobs...) {
		for _, sub := range []string{":", "photo:", "credit...", "photo by ", "a", "aa", " \t"} {
			require.Equal(t, strings.LastIndex(s, sub), lastIndexBytes([]byte(s), sub), "input %q, %q", s, sub)
		}
	}
}

// TestCreditSeparatorEquivalence: hasCreditSeparator finds what a search for each
// separator finds.
func TestCreditSeparatorEquivalence(t *testing.T) {
	naive := func(s string) bool {
		if strings.ContainsAny(s, "/,;|") {
			return true
		}
		for i := range len(s) {
			for _, sep := range []string{" via ", " - ", " for "} {
				if len(s)-i >= len(sep) && strings.EqualFold(s[i:i+len(sep)], sep) {
					return true
				}
			}
		}
		return false
	}
	extra := []string{"Jane Doe VIA Getty", "Jane Doe - AP", "Jane Doe For Reuters", "Jane Doe via", "x ", " ", "a -b", "a \u212aor"}
	for _, line := range append(testinput.Lines(t, equivalenceGlobs...), extra...) {
		require.Equal(t, naive(line), hasCreditSeparator(line), "input %q", line)
	}
}

func TestFieldCount(t *testing.T) {
	extra := []string{"", " ", "main image", "\u00a0picture\u2003credit ", "a\xffb c", "\t\n"}
	for _, s := range append(testinput.Lines(t, equivalenceGlobs...), extra...) {
		require.Equal(t, len(bytes.Fields([]byte(s))), fieldCount([]byte(s)), "input %q", s)
	}
}
