package figures

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// attrCase is one figure's subject and verb, written in general form; an empty want
// means the figure must have none.
type attrCase struct {
	name, input, text, subject, verb string
}

func checkAttribution(t *testing.T, cases []attrCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *Figure
			figs := ExtractFigures(c.input)
			for k := range figs {
				if figs[k].Text == c.text {
					got = &figs[k]
				}
			}
			require.NotNil(t, got, "no figure %q in %s", c.text, figureTexts(figs))
			assert.Equal(t, c.subject, got.Subject, "subject")
			assert.Equal(t, c.verb, got.Verb, "verb")
		})
	}
}

// TestAttributionAttributive: a figure joined by a hyphen to what it counts modifies
// the noun after it; that noun is its subject and the clause's verb is not its verb.
func TestAttributionAttributive(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"streak", "The club ended a six-match losing streak on Sunday.", "six-match", "losing streak", ""},
		{"after a verb", "Fans saw their three-game winning streak snapped on Sunday.", "three-game", "winning streak", ""},
		{"measure", "The tablet has a 14-inch screen and a keyboard.", "14-inch", "screen", ""},
		{"duration", "She began a 90-day course of treatment.", "90-day", "course", ""},
		{"lead", "Rovers built a commanding two-goal lead before half-time.", "two-goal", "lead", ""},
	})
}
