package credit

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/stretchr/testify/assert"
)

// refTrimBrackets is trimBrackets without its quick return.
func refTrimBrackets(s string) string {
	for {
		t := strings.TrimSpace(s)
		switch {
		case strings.HasPrefix(t, "(") && !strings.Contains(t[1:], "("):
			t = t[1:]
		case strings.HasPrefix(t, "[") && !strings.Contains(t[1:], "["):
			t = t[1:]
		}
		if strings.HasSuffix(t, ")") && strings.Count(t, "(") < strings.Count(t, ")") {
			t = t[:len(t)-1]
		}
		if strings.HasSuffix(t, "]") && strings.Count(t, "[") < strings.Count(t, "]") {
			t = t[:len(t)-1]
		}
		t = strings.TrimSpace(t)
		if t == s {
			return t
		}
		s = t
	}
}

// TestTrimBracketsQuickReturn checks trimBrackets' quick return for lines that
// neither open nor close with a bracket or a space against the loop alone.
func TestTrimBracketsQuickReturn(t *testing.T) {
	lines := testinput.Lines(t, "../../testdata/text/*.txt", "../../../shared/corpus/text/dev/*.txt")
	lines = append(lines, "", " ", "(Photo: Jane Doe/AFP)", "Jane Doe/AFP)", "[Reuters]", "Jane Doe\u00a0",
		"\u00a0Jane Doe", "Jane Doe ", "x", "(", ")", "Jane (AFP)", "Jane Doe\x7f")
	for _, s := range lines {
		assert.Equal(t, refTrimBrackets(s), trimBrackets(s), "line %q", s)
	}
}
