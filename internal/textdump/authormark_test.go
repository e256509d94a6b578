package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// authorWords stands in for the HTML reader's class words in these tests.
func authorWords(class, id string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(class+" "+id), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	}) {
		if w == "author" || w == "byline" {
			return true
		}
	}
	return false
}

// markedTexts returns the texts of the blocks ReadAuthors marks.
func markedTexts(dump string) []string {
	var got []string
	for _, b := range ReadAuthors(dump, Normalize(dump), nil, false, authorWords) {
		if b.AuthorMarked {
			got = append(got, b.Text)
		}
	}
	return got
}

func TestReadAuthorsMarks(t *testing.T) {
	body := "\n\nThe lamps along the old pier were lit again on Tuesday evening after\nthree winters in the dark.\n"
	tags := strings.Repeat("<div class=\"wrap\">\n\n", 5)
	tests := []struct {
		name, dump string
		want       []string
	}{
		{"span", "# Title\n\n[Jane Doe]{.post-author}" + body, []string{"Jane Doe"}},
		{"rel link", "# Title\n\n[Jane Doe](/author/jane){rel=\"author\"}" + body, []string{"Jane Doe"}},
		{"heading", "# Title\n\n### Jane Doe {#jane-doe .card-author-name}" + body, []string{"Jane Doe"}},
		{"fence", "# Title\n\n::: {.byline .meta}\n::: inner\nJane Doe\n:::\n:::" + body, []string{"Jane Doe"}},
		{"bare fence", "# Title\n\n::: author_box\nJane Doe\n:::" + body, []string{"Jane Doe"}},
		{"gfm tag", tags + "# Title\n\n<span class=\"entry-author\">Jane Doe</span>" + body, []string{"Jane Doe"}},
		// The fence has closed before the name: nothing inside it was text.
		{"closed fence", "# Title\n\n::: {.author-image}\n:::\n\nJane Doe" + body, nil},
		// Other classes mark nothing; "authority" is not the word "author".
		{"other class", "# Title\n\n[Jane Doe]{.authority}" + body, nil},
		{"no class", "# Title\n\n[Jane Doe]{.name}" + body, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, markedTexts(tc.dump))
		})
	}
}

func TestReadAuthorsNilClasses(t *testing.T) {
	dump := "# Title\n\n[Jane Doe]{.post-author}\n\nThe lamps were lit again.\n"
	assert.Equal(t, Read(dump, Normalize(dump), nil, false), ReadAuthors(dump, Normalize(dump), nil, false, nil))
}
