package figures

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOneCounts: "one" is a figure only where it counts, decided by the step named in
// each row.
func TestOneCounts(t *testing.T) {
	cases := []struct {
		step, text, want string // want is the figure's text, "" for none
	}{
		{"number words: ratio", "One in five voters agreed.", "One in five"},
		{"number words: ratio with out of", "One out of three failed.", "One out of three"},
		{"number words: scale", "One million people came.", "One million"},
		{"number words: fraction", "One third of staff left.", "One third"},
		{"number words: and a half", "It took one and a half hours.", "one and a half hours"},
		{"word before: a pronoun", "This one is better.", ""},
		{"word before: only before a noun", "Only one copy survived.", "one"},
		{"word before: no one", "No one came.", ""},
		{"idiom after: one of", "One of them left.", ""},
		{"idiom after: one or", "Choose one or two.", "one or two"},
		{"word before: at least", "At least one person died.", "At least one"},
		{"before a noun: hyphenated modifier", "One in-person meeting was held.", "One"},
		{"before a noun: a noun before of", "I bought one set of weights.", "one"},
		{"before a noun: noun phrase", "One standout charity won.", "One"},
		{"before a noun: a preposition next", "One user on the forum said.", ""},
		{"before a noun: a verb next", "One estimate is high.", ""},
	}
	for _, c := range cases {
		t.Run(c.step, func(t *testing.T) {
			got := ""
			if fs := ExtractFigures(c.text); len(fs) > 0 {
				got = fs[0].Text
			}
			assert.Equal(t, c.want, got, c.text)
		})
	}
}
