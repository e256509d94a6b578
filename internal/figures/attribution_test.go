package figures

import (
	"strings"
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
	checkLastSource(t, []sourceCase{
		{"one name", "Maria Lopez said the fleet was too old. \"We now have 12 new buses,\" she said.", "Maria Lopez"},
		{"title and name", "Dr Anne Clarke told the board it was short of staff. She said 40 nurses had left.", "Dr Anne Clarke"},
		{"two names", "Maria Lopez said it was old. Tom Reed said it was fine. \"We have 12 buses,\" he said.", ""},
		{"no name", "The council met on Monday. \"We have 12 new buses,\" she said.", ""},
		{"other paragraph", "Maria Lopez said the fleet was old.\n\n\"We have 12 new buses,\" she said.", ""},
	})
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
		{"relative present who", "A farmer who owns 300 acres was fined.", "300 acres", "farmer", "owns"},
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

// TestAttributionGoverningVerb: verbBefore's steps. A figure that opens with a
// preposition is the phrase of the verb before the object; a parenthesis is stepped
// over; "the last"/"the past" stand in a determiner's place; a bare verb after a modal
// or an infinitive's "to" governs.
func TestAttributionGoverningVerb(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"figure opens with a preposition", "The patients were treated with drugs within 48 hours.", "within 48 hours", "patients", "treated"},
		{"parenthesis stepped over", "The probe travelled 300 miles (480 km) in nine days.", "nine days", "probe", "travelled"},
		{"the last", "Rebels have shelled the town over the last three weeks.", "three weeks", "Rebels", "shelled"},
		{"past as a preposition", "United swept past Rovers, 4-1, on Saturday.", "4-1", "", "swept"},
		{"modal and bare verb", "Buses can carry 80 passengers at peak times.", "80", "passengers", "carry"},
		{"infinitive", "The airline signed a deal to buy 40 of the new jets.", "40", "new jets", "buy"},
		{"last as a verb", "Repairs are expected to last about six weeks.", "about six weeks", "Repairs", ""},
		{"-ing modifier of the object", "The board will set closing dates for each branch within 30 days.", "within 30 days", "board", "set"},
	})
}

// TestAttributionNounComplement: a figure that completes a noun after "of" belongs to
// that noun, not to the clause's verb; a light noun that only carries the figure and a
// score do not close the walk.
func TestAttributionNounComplement(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"budget of", "The studio made the film on a budget of $12 million.", "$12 million", "budget", ""},
		{"attention of", "The post drew the attention of three senators on Friday.", "three", "senators", ""},
		{"light noun", "The insurer must pay the sum of $9,000 to the family.", "$9,000", "sum", "pay"},
		{"score of", "The diver won the title with a score of 401.5.", "401.5", "score", "won"},
		{"total of", "The agency paid a total of $2 million in fines.", "$2 million", "total", "paid"},
		{"score", "The champions beat the visitors by a score of 3-1.", "3-1", "", "beat"},
		{"noun of change", "Exports reached $4 billion, a rise of 6% on the year.", "6%", "Exports", "rise"},
		{"of an object noun", "The law would cap the price of bread at $2 a month.", "$2 a month", "price of bread", "cap"},
		{"qualifier after to", "The rule applies to roughly 300 firms and to an estimated 9,000 staff.", "an estimated 9,000", "staff", ""},
	})
}

// TestAttributionDurationFrom: a duration is measured from the event a preposition
// after it names; a clause after the preposition names none.
func TestAttributionDurationFrom(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"after", "Three weeks after the start of the strike, talks resumed.", "Three weeks", "start of the strike", ""},
		{"since", "To mark 40 years since the club's foundation, fans held a parade.", "40 years", "club's foundation", "mark"},
		{"gerund", "The road finally opened after nine years of waiting.", "nine years", "waiting", ""},
		{"clause after since", "In the four years since the bridge was closed, traffic has doubled.", "four years", "", ""},
		{"of phrase", "Each guest got 2 bags of fresh oranges at the door.", "2", "bags of fresh oranges", "got"},
		{"clause with a gerund", "The jury deliberated for less than 40 minutes before convicting him.", "less than 40 minutes", "jury", "deliberated"},
	})
}

// TestAttributionOpeningSubject: a subject that fills its clause from the clause's
// opening keeps the phrases that qualify its head, an "-ing" postmodifier included; a
// second noun phrase right after a noun opens a clause of its own, and a phrase after a
// verb is read as before.
func TestAttributionOpeningSubject(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"-ing postmodifier", "Delays in trains leaving the depot can range from five to 20 minutes.", "from five to 20 minutes", "Delays in trains leaving the depot", "range"},
		{"of and in", "The number of homes for sale in the county rose 8% in May.", "8%", "number of homes for sale in the county", "rose"},
		{"after a comma", "By the spring, the cost of a loaf of bread had climbed 30%.", "30%", "cost of a loaf of bread", "climbed"},
		{"reduced relative", "He visited the city, the scene of the worst floods the region has seen in four decades.", "four decades", "region", "seen"},
		{"after a verb", "She said on Friday rents rose 4%.", "4%", "rents", "rose"},
		{"name ending in a number", "Oil shares fell while the FTSE 100 was up 1.2% on the day.", "1.2%", "FTSE 100", "up"},
	})
}

// TestAttributionHeadAfterModifiers: a verb form right before the clause's verb, after
// a determiner and its modifiers, is the subject's head noun, at the clause's opening or
// after a reporting verb; a verb form with no determiner before its modifiers is not.
func TestAttributionHeadAfterModifiers(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"adjective", "The extra crossing costs about $410,000 a year.", "about $410,000 a year", "extra crossing", "costs"},
		{"ordinal, modal", "A second crossing would cost $2 million.", "$2 million", "second crossing", "cost"},
		{"two modifiers", "The new annual spending rose 12% last year.", "12%", "new annual spending", "rose"},
		{"after said", "Officials said the extra funding covers about 300 teachers.", "about 300", "teachers", "covers"},
		{"after said, amount", "Officials said the extra funding costs $4 million.", "$4 million", "extra funding", "costs"},
		{"determiner only", "The building cost about $4 million.", "about $4 million", "building", "cost"},
	})
}

// TestAttributionRelativeAndRaising: the thing a relative clause with a pronoun subject
// prices is the noun before "which"/"that"; a raising word passes the verb to the
// infinitive after it.
func TestAttributionRelativeAndRaising(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"aside in dashes", "Two of the four engines — both on the left wing — were damaged.", "Two", "engines", "damaged"},
		{"partitive whole", "Two of the four engines — both on the left wing — were damaged.", "four", "engines", ""},
		{"which it", "The firm closed the studio, which it bought for $40 million in 2015.", "$40 million", "studio", "bought"},
		{"that they", "She sold the farm that they bought for $300,000.", "$300,000", "farm", "bought"},
		{"expected to", "About 900 staff are expected to lose their jobs.", "About 900", "staff", "lose"},
		{"likely to", "Some 40 stores are likely to shut next year.", "Some 40", "stores", "shut"},
		{"able to", "The new model will be able to reach top speed in four seconds.", "four seconds", "new model", "reach"},
	})
}

// TestAttributionHeadAfterModifiersStep: the step's own cases.
func TestAttributionHeadAfterModifiersStep(t *testing.T) {
	cases := []struct {
		text, word string
		head       bool
	}{
		{"The extra crossing costs $5.", "crossing", true},
		{"Officials said the extra crossing costs $5.", "crossing", true},
		{"The big new crossing cost $5.", "crossing", true},
		{"The crossing costs $5.", "crossing", false}, // the determiner rule's
		{"A farmer who owns 300 acres.", "who", false},
		{"Firms stopped hiring in May.", "hiring", false},   // no determiner
		{"The firm stopped hiring staff.", "hiring", false}, // a verb between
		{"He said that extra crossing costs $5.", "crossing", false},
		{"The extra Crossing costs $5.", "crossing", false},
		{"The big red old new crossing costs $5.", "crossing", false}, // too far
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := npScanner(c.text)
			assert.Equal(t, c.head, x.headAfterModifiers(npToken(t, x, c.word, 0), 0))
		})
	}
}

// TestAttributionVerbAt: a word is a verb by its form or its place, never right after
// a possessive ("the region's total") nor as a qualifier after "to" ("to roughly 300").
func TestAttributionVerbAt(t *testing.T) {
	cases := []struct {
		text, word string
		verb       bool
	}{
		{"Farms can supply most of the county's total demand.", "supply", true},
		{"Farms can supply most of the county's total demand.", "total", false},
		{"Farms can supply most of the county’s total demand.", "total", false},
		{"Sales may total $5 million.", "total", true},
		{"The rule applies to roughly 300 firms.", "roughly", false},
		{"The plan is to purchase 30 jets.", "purchase", true},
		{"Rebels tried to block the road for five days.", "block", true},
		{"Prices rose to record highs.", "record", false},
	}
	for _, c := range cases {
		t.Run(c.text+"/"+c.word, func(t *testing.T) {
			var lows strings.Builder
			toks, words := scan(c.text, nil, nil, &lows)
			x := &scanner{text: c.text, toks: toks, words: words}
			k := -1
			for i := range words {
				if words[i] == c.word {
					k = i
				}
			}
			require.GreaterOrEqual(t, k, 0, "no word %q", c.word)
			assert.Equal(t, c.verb, x.verbAt(k))
		})
	}
}

// TestAttributionClauseSubject: the subject of the governing clause is found before the
// figure across a parenthesis, through a subject relative clause (its antecedent) and a
// reduced relative, and shared by a predicate coordinated with "but"; an appositive
// age describes the name before it.
func TestAttributionClauseSubject(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"parenthesis", "The new train will be able to reach 80 km (50 miles) in two hours.", "two hours", "new train", "reach"},
		{"parenthesis restated", "The new train will be able to reach 80 km (50 miles) in an hour.", "50 miles", "new train", "reach"},
		{"relative clause", "A dog who had been lost for three years was found in a park.", "three years", "dog", "lost"},
		{"reduced relative", "The average price of a used car sold in May was $18,500 across the region.", "$18,500", "average price of a used car", ""},
		{"but", "The new hall is 12 metres long and 3 metres high, but 2 metres deep.", "2 metres", "new hall", ""},
		{"appositive age", "Ana Ruiz, the 52-year-old mayor of the town, resigned on Monday.", "52-year-old", "Ana Ruiz", ""},
		{"subject age, no appositive", "According to the report, the 30-year-old driver was taken to hospital.", "30-year-old", "driver", "taken"},
	})
}

// TestAttributionVerbAcross: the governing verb is found across a verb's first object,
// through adverbs after the subject, across a changed thing's compounds and possessives,
// and is shared by list items across a partitive and a parenthesis.
func TestAttributionVerbAcross(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"first object", "The council paid a local design firm just under $80,000 last year.", "just under $80,000", "council", "paid"},
		{"first object after to", "The home side scored late to level the tie 2-2 on the night.", "2-2", "tie", "level"},
		{"adverbs", "Even though up to 90% of those do not even need treatment, they wait.", "up to 90%", "", "need"},
		{"changed by, compound", "The plan will cut coal-fired power output by 40% within a decade.", "40%", "power output", "cut"},
		{"changed by, possessive", "The drug can lower a patient's average heart rate by 20% in a week.", "20%", "patient's average heart rate", "lower"},
		{"list across partitive", "The group runs two of its largest plants (in Leeds and York) and one smaller site.", "one", "smaller site", "runs"},
		{"worth after copula", "The contract is worth $5 million over three years.", "$5 million", "contract", "worth"},
		{"worth after noun", "The firm signed a deal worth $8 billion with the state.", "$8 billion", "deal", ""},
	})
}

// TestAttributionGivenCount: a count after a definite determiner is given, not
// asserted: the predicate after its noun is not its verb, unless a relative, reduced
// relative or passive clause says what happened to the things counted.
func TestAttributionGivenCount(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"active predicate", "The two ministers avoided questions about the budget.", "two", "ministers", ""},
		{"modal predicate", "The three firms might have made a better offer.", "three", "firms", ""},
		{"passive", "The 12 guards were later dismissed by the prison.", "12", "guards", "dismissed"},
		{"relative", "The 5 million users who signed up last year pay nothing.", "5 million", "users", "signed"},
		{"reduced", "The offer fell short of the $30 reportedly asked by the seller.", "$30", "", "asked"},
		{"indefinite", "Two ministers avoided questions about the budget.", "Two", "ministers", "avoided"},
		{"object with relative", "The inspector published two critical reports that described the delays.", "two", "critical reports", "published"},
	})
}

// TestAttributionNounPhrases: what a figure counts, read after it: a hyphenated
// compound opening with a function word, a noun in quotation marks, a name after a
// measure, the noun after "worth of", the noun a score describes, what money paid for.
func TestAttributionNounPhrases(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"compound", "She had one face-to-face meeting with the minister.", "one", "face-to-face meeting", "had"},
		{"quoted noun", "The aim is three “visits” a year to each school.", "three", "visits", ""},
		{"name after measure", "Add 2 cups Acme Flour and stir well.", "2 cups", "Acme Flour", "Add"},
		{"worth of", "Customs seized $40 million worth of imported steel at the port.", "$40 million", "imported steel", "seized"},
		{"score noun", "The visitors earned a 2-2 draw at the coast.", "2-2", "draw", "earned"},
		{"paid for", "Buyers who paid $300 for the Deluxe Model will get a refund.", "$300", "Deluxe Model", "paid"},
		{"-s verb closes", "A six-speed gearbox replaces the old one.", "six-speed", "gearbox", ""},
		{"adjective before -s head", "The inspector published two deeply critical reviews on Friday.", "two", "deeply critical reviews", "published"},
	})
}

// TestAttributionReportingForms: bare reporting verbs and an appositive speaker whose
// reported clause runs on through an auxiliary.
func TestAttributionReportingForms(t *testing.T) {
	checkLastSource(t, []sourceCase{
		{"predict", "Analysts predict 5% growth next year.", "Analysts"},
		{"note that", "Economists note that 12 banks failed.", "Economists"},
		{"indicate", "The data indicate 3,000 jobs were lost.", "The data"},
		{"appositive speaker, pronoun later", "Maria Lopez, the mayor, said the halls were full. \"We counted 300 people,\" she said.", "Maria Lopez"},
	})
}

// sourceCase is the source the last figure of an input must have; "" is none.
type sourceCase struct{ name, input, source string }

func checkLastSource(t *testing.T, cases []sourceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			figs := ExtractFigures(c.input)
			require.NotEmpty(t, figs)
			assert.Equal(t, c.source, figs[len(figs)-1].Source)
		})
	}
}
