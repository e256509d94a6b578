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

// TestAttributionSubjectWithQualifier: a subject at the start of its clause keeps the
// phrases of place or domain that qualify it; a phrase that begins after a verb does not.
func TestAttributionSubjectWithQualifier(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"in", "Sales of electric cars in Europe rose 12% last year.", "12%", "Sales of electric cars in Europe", "rose"},
		{"in, aux", "House prices in London have fallen by 3% since January.", "3%", "House prices in London", "fallen"},
		{"at the", "Profits at the bank jumped more than 40% in the quarter.", "more than 40%", "Profits at the bank", "jumped"},
		{"from the, after comma", "In the spring, exports from the region fell to $4 billion.", "$4 billion", "exports from the region", "fell"},
		{"after a verb", "He said on Monday prices rose 5%.", "5%", "prices", "rose"},
	})
}

// TestAttributionPronounSpeaker: a claim a pronoun reports takes the one person named
// as a source earlier in its paragraph, and none when there are two or none.
func TestAttributionPronounSpeaker(t *testing.T) {
	cases := []struct{ name, input, source string }{
		{"one name", "Maria Lopez said the fleet was too old. \"We now have 12 new buses,\" she said.", "Maria Lopez"},
		{"title and name", "Dr Anne Clarke told the board it was short of staff. She said 40 nurses had left.", "Dr Anne Clarke"},
		{"two names", "Maria Lopez said it was old. Tom Reed said it was fine. \"We have 12 buses,\" he said.", ""},
		{"no name", "The council met on Monday. \"We have 12 new buses,\" she said.", ""},
		{"other paragraph", "Maria Lopez said the fleet was old.\n\n\"We have 12 new buses,\" she said.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			figs := ExtractFigures(c.input)
			require.NotEmpty(t, figs)
			assert.Equal(t, c.source, figs[len(figs)-1].Source)
		})
	}
}

// TestAttributionReach: the verb is found across "a record"; the subject across a
// relative clause set off by commas; irregular participles are verbs; a price takes the
// thing priced as its subject.
func TestAttributionReach(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"a record", "Average rents climbed to a record $2,400 a month.", "$2,400 a month", "Average rents", "climbed"},
		{"relative clause", "Oil prices, which had fallen for three days, rose 2% on Tuesday.", "2%", "Oil prices", "rose"},
		{"who clause", "The index, whose value had doubled, lost 8% in May.", "8%", "index", "lost"},
		{"irregular participle", "Researchers said the lake had shrunk by 30 metres.", "30 metres", "lake", "shrunk"},
		{"price for", "The council sold the old depot for $4 million.", "$4 million", "old depot", "sold"},
		{"price from", "The shop has cheap phones from $120.", "from $120", "cheap phones", "has"},
		{"capitals not pronoun", "The agency said nine US firms were fined.", "nine", "US firms", "fined"},
		{"verb past a phrase of place", "Some 2,000 workers at the plant went on strike.", "Some 2,000", "workers", "went"},
		{"relative present", "The party, which holds 40 seats, backed the bill.", "40", "seats", "holds"},
		{"relative present who", "A farmer who owns 300 acres was fined.", "300 acres", "", "owns"},
	})
}

// TestAttributionTextEdges: the readers that look at the tokens on either side of a
// word stop at the ends of the text.
func TestAttributionTextEdges(t *testing.T) {
	for _, s := range []string{"and Smith 6-3", "And 6-3", "for $5", "from $5", ", which 5", "- 4-year", "he said 5"} {
		assert.NotPanics(t, func() { ExtractFigures(s) }, s)
	}
}

// TestAttributionAcronymSource: an acronym that spells a function word is a name.
func TestAttributionAcronymSource(t *testing.T) {
	figs := ExtractFigures("According to the WHO, 1.3 million people die each year.")
	require.Len(t, figs, 1)
	assert.Equal(t, "the WHO", figs[0].Source)
}
