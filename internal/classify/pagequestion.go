package classify

import (
	"strings"
	"unicode"

	"github.com/newsparse/newsparse/internal/ascii"
)

// Guides and explainers often open their text under a question ("What Is a Mobile
// App?", "How does the tax work?"): the line stands just above the first paragraph,
// short, ending with a question mark. Above the body the classifier keeps only the
// byline, datelines, the standfirst and the lead picture's caption, and would drop
// it as furniture; but a page's furniture asks the reader nothing in the line over
// the article's first paragraph, and the question is the article's first subheading.

// openingQuestion reports a line shaped as the question that heads the article's
// first section: at most maxHeadingWords words, two at least, no full paragraph of
// prose, opening on a capital and closing on a question mark.
func openingQuestion(s string, f Form) bool {
	t := strings.TrimSpace(s)
	if f.Prose || f.Words < 2 || f.Words > maxHeadingWords || !strings.HasSuffix(t, "?") {
		return false
	}
	r, _ := ascii.DecodeRune(t, 0)
	return unicode.IsUpper(r)
}
