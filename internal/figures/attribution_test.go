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

// TestAttributionVerbReach: the verb before a figure is found across a qualifier that
// is also an adverb ("just", "only") and across two names joined by "and"; an amount
// that opens its clause takes the verb after it.
func TestAttributionVerbReach(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"just", "The council took just 20 minutes to approve the plan.", "20 minutes", "council", "took"},
		{"only", "The firm hired only 12 engineers last year.", "12", "engineers", "hired"},
		{"names joined", "Smith and Jones beat Garcia and Lopez 6-3 in the final.", "6-3", "", "beat"},
		{"amount opens sentence", "$40 million a year is spent on repairs.", "$40 million a year", "", "spent"},
		{"amount after that", "Officials said that 15% was lost to fraud.", "15%", "", "lost"},
	})
}
