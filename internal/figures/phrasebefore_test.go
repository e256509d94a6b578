package figures

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPhraseBefore: the noun phrase that ends right before a token (here the verb
// "said" or "rose"), as sources and subjects before their verb are read.
func TestPhraseBefore(t *testing.T) {
	cases := []struct {
		name, text, verb, want string
	}{
		{"name", "Jane Doe said sales rose 4%.", "said", "Jane Doe"},
		{"auxiliary skipped", "The ministry has said 40 died.", "said", "The ministry"},
		{"appositive skipped", "Jane Doe, a city planner, said 40 left.", "said", "Jane Doe"},
		{"appositive never closed", "Far off, the city planner said 40 left.", "said", "the city planner"},
		{"join words between capitals", "The Office for the Western District said 9 fled.", "said", "The Office for the Western District"},
		{"join word after lower case closes", "The rest of the staff said 9 fled.", "said", "the staff"},
		{"possessive", "The agency's spokesman said 9 fled.", "said", "The agency's spokesman"},
		{"hyphen and ampersand written close", "P&G co-founders said 9 fled.", "said", "P&G co-founders"},
		{"verb form closes", "Officials who counted said 9 fled.", "said", ""},
		{"relative word closes", "It grew because prices rose 4%.", "rose", "prices"},
		{"leading preposition dropped", "In Paris rents rose 4%.", "rose", "Paris rents"},
		{"pronoun is no phrase", "They said 9 fled.", "said", ""},
		{"contracted pronoun is no phrase", "We’ve said 9 fled.", "said", ""},
		{"eleven tokens at most", "A b c d e f g h i j k l said 9 fled.", "said", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := npScanner(c.text)
			v := npToken(t, x, c.verb, 0)
			assert.Equal(t, c.want, x.str(x.phraseBefore(v, 0)))
		})
	}
}

// TestClosesPhraseBack: the words a noun phrase read backwards stops at.
func TestClosesPhraseBack(t *testing.T) {
	for _, w := range []string{"that", "which", "because", "if", "counted"} {
		assert.True(t, closesPhraseBack(w, false), w)
	}
	assert.False(t, closesPhraseBack("counted", true), "a capitalised verb form may be a name")
	assert.False(t, closesPhraseBack("officials", false))
}
