package figures

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The engine's cases, table by table, read through Extract.

func TestExtractFiguresNumbers(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  []want
	}{
		{"thousands separator", "Officers detained 6,044 protesters.", []want{{text: "6,044", value: 6044, kind: KindCount}}},
		{"decimal", "The index closed at 1.2 after the sell-off.", []want{{text: "1.2", value: 1.2, kind: KindCount}}},
		{"spaced thousands", "A crowd of 12 000 gathered in the square.", []want{{text: "12 000", value: 12000, kind: KindCount}}},
		{"leading zero decimal", "Inflation edged up by 0.5 points.", []want{{text: "0.5", value: 0.5, kind: KindCount}}},
		{"word", "Three lorries overturned on the bridge.", []want{{text: "Three", value: 3, kind: KindCount}}},
		{"hyphenated word", "The council has twenty-one members.", []want{{text: "twenty-one", value: 21, kind: KindCount}}},
		{"long compound", "Rescuers counted one hundred and sixty-four survivors.", []want{{text: "one hundred and sixty-four", value: 164, kind: KindCount}}},
		{"a dozen", "A dozen lawmakers signed the letter.", []want{{text: "A dozen", value: 12, kind: KindCount}}},
		{"half a million", "The fund reached half a million subscribers.", []want{{text: "half a million", value: 5e5, kind: KindCount}}},
		{"a third", "Nearly a third of the votes were spoilt.", []want{{text: "Nearly a third", value: 1.0 / 3, bound: BoundApprox, kind: KindRatio}}},
		{"two-thirds", "Two-thirds of the council backed the plan.", []want{{text: "Two-thirds", value: 2.0 / 3, kind: KindRatio}}},
		{"bn suffix", "The airline lost 1.2bn last year.", []want{{text: "1.2bn", value: 1.2e9, kind: KindCount}}},
		{"trillion words", "The programme will cost $3 trillion.", []want{{text: "$3 trillion", value: 3e12, kind: KindMoney, unit: "USD"}}},
		{"k suffix", "The petition passed 5k signatures.", []want{{text: "5k", value: 5000, kind: KindCount}}},
		{"million word", "The region is home to 1.5 million people.", []want{{text: "1.5 million", value: 1.5e6, kind: KindCount}}},
		{"bare fraction", "Turnout was just over a half.", []want{{text: "just over a half", value: 0.5, bound: BoundMoreThan, kind: KindRatio}}},
		{"and a half", "Sales reached two million and a half.", []want{{text: "two million and a half", value: 2.5e6, kind: KindCount}}},
		{"a hundred and", "The fund paid a hundred and twelve families.", []want{{text: "a hundred and twelve", value: 112, kind: KindCount}}},
		{"or equal", "Offers of more than 500 or equal to that sum qualify.", []want{{text: "more than 500 or equal to", value: 500, bound: BoundAtLeast, kind: KindCount}}},
		{"spaced decimals", "The total was 4 512 300.75 in all.", []want{{text: "4 512 300.75", value: 4512300.75, kind: KindCount}}},
		{"fraction", "Add 1/2 cup of stock.", []want{{text: "1/2 cup", value: 0.5, kind: KindMeasure, unit: "cup"}}},
		{"mixed fraction", "The river rose 2 1/2 feet overnight.", []want{{text: "2 1/2 feet", value: 2.5, kind: KindMeasure, unit: "ft"}}},
		{"negative temperature", "Overnight lows fell to -12C in the hills.", []want{{text: "-12C", value: -12, kind: KindMeasure, unit: "°C"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkFigures(t, c.input, c.want) })
	}
}

func TestExtractFiguresKindsAndUnits(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  []want
	}{
		{"dollar", "The stadium cost $450 million to build.", []want{{text: "$450 million", value: 4.5e8, kind: KindMoney, unit: "USD"}}},
		{"US dollar prefix", "Exports were worth US$4.7 billion.", []want{{text: "US$4.7 billion", value: 4.7e9, kind: KindMoney, unit: "USD"}}},
		{"U.S. dollar prefix", "The loan is for U.S.$300 million.", []want{{text: "U.S.$300 million", value: 3e8, kind: KindMoney, unit: "USD"}}},
		{"pound m", "The club paid £450m for the ground.", []want{{text: "£450m", value: 4.5e8, kind: KindMoney, unit: "GBP"}}},
		{"euro", "Fines reached €20,000 per day.", []want{{text: "€20,000 per day", value: 20000, kind: KindMoney, unit: "EUR"}}},
		{"yen", "The ticket costs ¥1,500.", []want{{text: "¥1,500", value: 1500, kind: KindMoney, unit: "JPY"}}},
		{"rupee symbol", "The fare rose to ₹250.", []want{{text: "₹250", value: 250, kind: KindMoney, unit: "INR"}}},
		{"AU dollar", "The grant is AU$2 million.", []want{{text: "AU$2 million", value: 2e6, kind: KindMoney, unit: "AUD"}}},
		{"C dollar", "Shares fell to C$14.20.", []want{{text: "C$14.20", value: 14.2, kind: KindMoney, unit: "CAD"}}},
		{"dollars word", "He was fined 300 dollars.", []want{{text: "300 dollars", value: 300, kind: KindMoney, unit: "USD"}}},
		{"pounds scaled", "The charity raised 2 million pounds.", []want{{text: "2 million pounds", value: 2e6, kind: KindMoney, unit: "GBP"}}},
		{"euros word", "The bill came to 80 euros.", []want{{text: "80 euros", value: 80, kind: KindMoney, unit: "EUR"}}},
		{"yuan", "Sales topped 500 million yuan.", []want{{text: "500 million yuan", value: 5e8, kind: KindMoney, unit: "CNY"}}},
		{"rupees", "Farmers were paid 6,000 rupees each.", []want{{text: "6,000 rupees", value: 6000, kind: KindMoney, unit: "INR"}}},
		{"code before", "The bond pays USD 5 a year.", []want{{text: "USD 5 a year", value: 5, kind: KindMoney, unit: "USD"}}},
		{"code after", "Entry is 5 EUR for adults.", []want{{text: "5 EUR", value: 5, kind: KindMoney, unit: "EUR"}}},
		{"per cent", "Turnout fell to 61.5 per cent.", []want{{text: "61.5 per cent", value: 61.5, kind: KindPercent, unit: "%"}}},
		{"percent", "Prices rose 4 percent in March.", []want{{text: "4 percent", value: 4, kind: KindPercent, unit: "%"}}},
		{"percent sign", "Support stands at 38%.", []want{{text: "38%", value: 38, kind: KindPercent, unit: "%"}}},
		{"percentage points", "The lead narrowed by 3 percentage points.", []want{{text: "3 percentage points", value: 3, kind: KindPercent, unit: "pp"}}},
		{"one in five", "One in five pupils missed school.", []want{{text: "One in five", value: 0.2, kind: KindRatio}}},
		{"one in 10", "Only one in 10 applicants got a place.", []want{{text: "one in 10", value: 0.1, kind: KindRatio}}},
		{"1 in 10", "Roughly 1 in 10 homes lacks heating.", []want{{text: "Roughly 1 in 10", value: 0.1, bound: BoundApprox, kind: KindRatio}}},
		{"two out of three", "Two out of three voters backed the mayor.", []want{{text: "Two out of three", value: 2.0 / 3, kind: KindRatio}}},
		{"half of", "Half of the shops stayed shut.", []want{{text: "Half", value: 0.5, kind: KindRatio}}},
		{"year-old", "The 81-year-old former minister was released.", []want{{text: "81-year-old", value: 81, kind: KindAge, unit: "year"}}},
		{"aged", "A man aged 34 was arrested.", []want{{text: "aged 34", value: 34, kind: KindAge, unit: "year"}}},
		{"bracketed age", "The driver, Tom Hale (52), was unhurt.", []want{{text: "52", value: 52, kind: KindAge, unit: "year"}}},
		{"appositive age", "The coach, Okafor, 47, resigned on Monday.", []want{{text: "47", value: 47, kind: KindAge, unit: "year"}}},
		{"decades", "The worst drought in three decades hit the region.", []want{{text: "three decades", value: 3, kind: KindDuration, unit: "decade"}}},
		{"hours", "The siege lasted 48 hours.", []want{{text: "48 hours", value: 48, kind: KindDuration, unit: "hour"}}},
		{"hyphen month", "He began a six-month sentence.", []want{{text: "six-month", value: 6, kind: KindDuration, unit: "month"}}},
		{"later", "The bridge reopened three days later.", []want{{text: "three days later", value: 3, kind: KindDuration, unit: "day"}}},
		{"km glued", "The convoy travelled 12km.", []want{{text: "12km", value: 12, kind: KindMeasure, unit: "km"}}},
		{"miles", "Residents within 5 miles were evacuated.", []want{{text: "within 5 miles", value: 5, bound: BoundAtMost, kind: KindMeasure, unit: "mi"}}},
		{"celsius glued", "Temperatures hit 30C on Sunday.", []want{{text: "30C", value: 30, kind: KindMeasure, unit: "°C"}}},
		{"mph", "Gusts reached 100mph.", []want{{text: "100mph", value: 100, kind: KindMeasure, unit: "mph"}}},
		{"tonnes", "The lorry carried 2.5 tonnes of grain.", []want{{text: "2.5 tonnes", value: 2.5, kind: KindMeasure, unit: "t"}}},
		{"acres", "Fire destroyed 500 acres of forest.", []want{{text: "500 acres", value: 500, kind: KindMeasure, unit: "acre"}}},
		{"million barrels", "Output fell by 1.5m barrels a day.", []want{{text: "1.5m barrels", value: 1.5e6, kind: KindMeasure, unit: "bbl"}}},
		{"metres glued", "She cleared 1.8m at the trials.", []want{{text: "1.8m", value: 1.8, kind: KindMeasure, unit: "m"}}},
		{"score", "Rovers beat City 3-1 at home.", []want{{text: "3-1", value: 3, kind: KindScore}}},
		{"won score", "The visitors won 2-0 on Saturday.", []want{{text: "2-0", value: 2, kind: KindScore}}},
		{"tennis sets", "She beat the top seed 6-3, 7-5 in the final.", []want{{text: "6-3, 7-5", value: 6, kind: KindScore}}},
		{"hyphen count", "The three-time champion retired.", []want{{text: "three-time", value: 3, kind: KindCount}}},
		{"pounds weight", "The boxer weighed in at 180 pounds.", []want{{text: "180 pounds", value: 180, kind: KindMeasure, unit: "lb"}}},
		{"lakh rupees", "The family received Rs 5 lakh in compensation.", []want{{text: "Rs 5 lakh", value: 5e5, kind: KindMoney, unit: "INR"}}},
		{"hyphen age", "A 19-year-old student was among the injured.", []want{{text: "19-year-old", value: 19, kind: KindAge, unit: "year", subject: "student"}}},
		{"age as noun", "The 24-year-old scored twice in the win.", []want{{text: "24-year-old", value: 24, kind: KindAge, unit: "year"}}},
		{"years old", "The bridge is 120 years old.", []want{{text: "120 years old", value: 120, kind: KindAge, unit: "year"}}},
		{"rate", "Shares were priced at $18 a share.", []want{{text: "$18 a share", value: 18, kind: KindMoney, unit: "USD", verb: "priced"}}},
		{"multiplier", "The new chip is 3x faster.", []want{{text: "3x", value: 3, kind: KindRatio, unit: "x"}}},
		{"record", "At 5-9, the team cannot reach the playoffs.", []want{{text: "5-9", value: 5, kind: KindScore}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkFigures(t, c.input, c.want) })
	}
}

func TestExtractFiguresBounds(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  []want
	}{
		{"at least", "At least 40 homes were flooded.", []want{{text: "At least 40", value: 40, bound: BoundAtLeast, kind: KindCount}}},
		{"more than", "More than 300 flights were cancelled.", []want{{text: "More than 300", value: 300, bound: BoundMoreThan, kind: KindCount}}},
		{"over", "Over 2,000 runners took part.", []want{{text: "Over 2,000", value: 2000, bound: BoundMoreThan, kind: KindCount}}},
		{"nearly", "Nearly 90 staff lost their jobs.", []want{{text: "Nearly 90", value: 90, bound: BoundApprox, kind: KindCount}}},
		{"almost", "The vote took almost six hours.", []want{{text: "almost six hours", value: 6, bound: BoundApprox, kind: KindDuration, unit: "hour"}}},
		{"about", "About 70 percent of the town lost power.", []want{{text: "About 70 percent", value: 70, bound: BoundApprox, kind: KindPercent, unit: "%"}}},
		{"around", "Around 15 boats joined the search.", []want{{text: "Around 15", value: 15, bound: BoundApprox, kind: KindCount}}},
		{"some", "Some 400 police were deployed.", []want{{text: "Some 400", value: 400, bound: BoundApprox, kind: KindCount}}},
		{"an estimated", "An estimated 20,000 people marched.", []want{{text: "An estimated 20,000", value: 20000, bound: BoundApprox, kind: KindCount}}},
		{"up to", "The storm could bring up to 80mm of rain.", []want{{text: "up to 80mm", value: 80, bound: BoundAtMost, kind: KindMeasure, unit: "mm"}}},
		{"no more than", "Groups of no more than six may meet.", []want{{text: "no more than six", value: 6, bound: BoundAtMost, kind: KindCount}}},
		{"fewer than", "Fewer than 50 tickets remain.", []want{{text: "Fewer than 50", value: 50, bound: BoundLessThan, kind: KindCount}}},
		{"less than", "The ferry sank in less than 10 minutes.", []want{{text: "less than 10 minutes", value: 10, bound: BoundLessThan, kind: KindDuration, unit: "minute"}}},
		{"under", "Under 40% of voters turned out.", []want{{text: "Under 40%", value: 40, bound: BoundLessThan, kind: KindPercent, unit: "%"}}},
		{"between and", "Between 10 and 20 boats capsized.", []want{{text: "Between 10 and 20", value: 10, max: 20, kind: KindCount}}},
		{"dash range", "The scheme needs 10-20 volunteers.", []want{{text: "10-20", value: 10, max: 20, kind: KindCount}}},
		{"to range", "Forecasters expect 10 to 20 centimetres of snow.", []want{{text: "10 to 20 centimetres", value: 10, max: 20, kind: KindMeasure, unit: "cm"}}},
		{"or range", "Expect one or two delays.", []want{{text: "one or two", value: 1, max: 2, kind: KindCount}}},
		{"hundreds of", "Hundreds of people queued overnight.", []want{{text: "Hundreds", value: 100, bound: BoundAtLeast, vague: true, kind: KindCount, subject: "people", verb: "queued"}}},
		{"dozens of", "Dozens of shops were looted.", []want{{text: "Dozens", value: 12, bound: BoundAtLeast, vague: true, kind: KindCount}}},
		{"thousands of", "Thousands of fans lined the route.", []want{{text: "Thousands", value: 1000, bound: BoundAtLeast, vague: true, kind: KindCount}}},
		{"tens of thousands", "Tens of thousands of workers went on strike.", []want{{text: "Tens of thousands", value: 10000, bound: BoundAtLeast, vague: true, kind: KindCount}}},
		{"several hundred", "Several hundred homes lost water.", []want{{text: "Several hundred", value: 200, bound: BoundAtLeast, vague: true, kind: KindCount}}},
		{"or more", "The repairs will take a month or more.", nil},
		{"plus", "The winner scored 40 plus points.", []want{{text: "40 plus", value: 40, bound: BoundAtLeast, kind: KindCount}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkFigures(t, c.input, c.want) })
	}
}

// TestExtractFiguresExclusions checks that none of the listed phrases yields a figure.
func TestExtractFiguresExclusions(t *testing.T) {
	cases := []struct {
		name  string
		input string
		none  []string
	}{
		{"year", "The treaty was signed in 1998 by both sides.", []string{"1998"}},
		{"decade of years", "Prices climbed through the 1990s.", []string{"1990s"}},
		{"date", "The vote is set for March 14, 2025.", []string{"14", "2025"}},
		{"day month", "Polls open on 3 June across the country.", []string{"3"}},
		{"date range", "The festival runs June 12-15 in the park.", []string{"12", "15"}},
		{"clock", "The blast happened at 6:45 a.m. local time.", []string{"6:45"}},
		{"clock pm", "Doors open at 7pm.", []string{"7pm"}},
		{"ordinal digits", "She finished 3rd in the final.", []string{"3rd"}},
		{"ordinal word", "It was the second time the bridge closed.", []string{"second"}},
		{"phone", "Call the hotline on 0800 555 0199 for help.", []string{"0800", "555", "0199"}},
		{"emergency number", "Neighbours called 911 when they heard shots.", []string{"911"}},
		{"address", "Police searched a flat at 42 Mill Lane on Tuesday.", []string{"42"}},
		{"page", "The rule is set out on page 12 of the report.", []string{"12"}},
		{"section", "Section 230 shields platforms from liability.", []string{"230"}},
		{"citation", "The effect was small (14), the authors found.", []string{"14"}},
		{"covid", "Cases of COVID-19 rose again.", []string{"19"}},
		{"g7", "Leaders of the G7 met in Italy.", []string{"7"}},
		{"apollo", "The Apollo 11 crew landed in 1969.", []string{"11"}},
		{"boeing", "The airline grounded its Boeing 737 fleet.", []string{"737"}},
		{"windows", "Windows 11 will get the update first.", []string{"11"}},
		{"relative date", "The shop closed two weeks ago.", []string{"two weeks"}},
		{"last week", "Talks stalled last week.", []string{"week"}},
		{"pronoun one", "One of the lawyers declined to comment.", []string{"One"}},
		{"no one", "No one was hurt in the fire.", []string{"one"}},
		{"model number", "The carrier ordered more 777-8 freighters.", []string{"777", "8"}},
		{"resolution", "The camera records true 8K video.", []string{"8K"}},
		{"product size", "Reviewers liked the 15-inch Laptop Studio.", []string{"15-inch"}},
		{"numeral mentioned", "In many cultures the number four is unlucky.", []string{"four"}},
		{"determiner one", "According to one analyst, demand is weak.", []string{"one"}},
		{"time range", "The office is open 9-5 on Monday.", []string{"9-5"}},
		{"day and time", "The match kicks off on Saturday at 3.", []string{"3"}},
		{"slash date", "The deadline moved to 4/15 this year.", []string{"4/15"}},
		{"url", "Read more at example.com/news/2024/flood-report-12.", []string{"12"}},
		{"network", "Operators are building 5G masts.", []string{"5G"}},
		{"hyphen half", "Results in the second-half were weak.", []string{"half"}},
		{"four-digit clock", "The train left at 0645 sharp.", []string{"0645"}},
		{"word-number name", "Critics praised the Seven Samurai remake.", []string{"Seven"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			figs := ExtractFigures(c.input)
			for _, n := range c.none {
				at := strings.Index(c.input, n)
				require.GreaterOrEqual(t, at, 0, "phrase %q not in input", n)
				for _, f := range figs {
					overlaps := f.Start < at+len(n) && at < f.End
					assert.Falsef(t, overlaps, "figure %q overlaps excluded %q", f.Text, n)
				}
			}
		})
	}
}

// TestExtractFiguresSeedLike covers the figures of a riot report, in sentences written
// for this test, with who said so.
func TestExtractFiguresSeedLike(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  []want
	}{
		{"at least, authorities", "The authorities said that at least 164 people were killed in the unrest.",
			[]want{{text: "at least 164", value: 164, bound: BoundAtLeast, kind: KindCount, subject: "people", verb: "killed", source: "The authorities"}}},
		{"ministry", "The country's health ministry said 103 of the deaths occurred in the capital.",
			[]want{{text: "103", value: 103, kind: KindCount, source: "The country's health ministry"}}},
		{"thousands arrested", "During the protests, thousands of people were arrested.",
			[]want{{text: "thousands", value: 1000, bound: BoundAtLeast, vague: true, kind: KindCount, subject: "people", verb: "arrested"}}},
		{"age", "The protests turned against the 81-year-old former leader.",
			[]want{{text: "81-year-old", value: 81, kind: KindAge, unit: "year"}}},
		{"decades", "It was the worst violence the country had seen in three decades.",
			[]want{{text: "three decades", value: 3, kind: KindDuration, unit: "decade"}}},
		{"officers", "Medals were given to 16 police and army officers killed in the clashes.",
			[]want{{text: "16", value: 16, kind: KindCount, subject: "police and army officers", verb: "killed"}}},
		{"according to police", "According to police, 6,044 people were detained over the riots.",
			[]want{{text: "6,044", value: 6044, kind: KindCount, subject: "people", verb: "detained", source: "police"}}},
		{"hundreds caption", "Soldiers in the square where hundreds of people gathered",
			[]want{{text: "hundreds", value: 100, bound: BoundAtLeast, vague: true, kind: KindCount, subject: "people"}}},
		{"trailing source", "Some 30 buildings were set alight, officials said.",
			[]want{{text: "Some 30", value: 30, bound: BoundApprox, kind: KindCount, source: "officials"}}},
		{"copula subject", "Turnout was 67 per cent, according to a survey of voters.",
			[]want{{text: "67 per cent", value: 67, kind: KindPercent, unit: "%", subject: "Turnout", source: "a survey of voters"}}},
		{"pronoun is no source", "He said 12 people had been hurt.",
			[]want{{text: "12", value: 12, kind: KindCount}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkFigures(t, c.input, c.want) })
	}
	figs := ExtractFigures("He said 12 people had been hurt.")
	require.Len(t, figs, 1)
	assert.Empty(t, figs[0].Source, "a pronoun is not a source")
}

func TestExtractFiguresQuotedParagraph(t *testing.T) {
	p := "“We counted 40 bodies in the first street alone. It was terrible,” the regional governor said."
	figs := ExtractFigures(p)
	require.Len(t, figs, 1)
	assert.Equal(t, "40", figs[0].Text)
	assert.Equal(t, "the regional governor", figs[0].Source)
}

func TestExtractFiguresEdgeInputs(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n", "-", "$", "1", "a", "½", "1/", "/1", "1-", "--1", "$-", "1e9", "\xff\xfe", "٣"} {
		assert.NotPanics(t, func() { ExtractFigures(in) }, "input %q", in)
	}
	assert.Nil(t, ExtractFigures("No numbers appear in this sentence at all."))
	require.Len(t, ExtractFigures("1"), 1)
}

// TestFigureSources pins who says so, including when nobody does: the words after a
// reporting verb are its source only when they end the clause (", said Jane Smith."),
// never when they open the reported clause ("said the buildings were ...").
func TestFigureSources(t *testing.T) {
	cases := []struct{ input, text, source string }{
		{"The mayor, Ann Ruiz, said the halls were empty for 40% of the year.", "40%", "The mayor"},
		{"Its director, Joe Bloggs, said some families would wait up to 18 months.", "up to 18 months", "Its director"},
		{"The minister, Sam Hale, said more than 300 schools had closed since 2015.", "more than 300", "The minister"},
		{"The firm said Monday it would cut 450 jobs.", "450", "The firm"},
		{"A study, however, found that patients were 12 percentage points less likely to return.", "12 percentage points", "A study"},
		{"“We lost 30 homes,” said Maria Lopez, the parish clerk.", "30", "Maria Lopez"},
		{"About 200 people attended, said the organisers.", "About 200", "the organisers"},
		{"Nine stations closed, the operator said.", "Nine", "the operator"},
		{"A levy on empty flats, set at, say, 150% of the usual rate, would help.", "150%", ""},
	}
	for _, c := range cases {
		t.Run(c.input, func(t *testing.T) {
			var got *Figure
			figs := ExtractFigures(c.input)
			for i := range figs {
				if figs[i].Text == c.text {
					got = &figs[i]
				}
			}
			require.NotNil(t, got, "no figure %q in %v", c.text, figs)
			assert.Equal(t, c.source, got.Source)
		})
	}
}

// TestDecimalValues requires decimals to come out as the nearest float64 to what is
// written, so that JSON prints 0.42 and not 0.42000000000000004.
func TestDecimalValues(t *testing.T) {
	for _, c := range []struct {
		in    string
		value float64
	}{
		{"a rise of $0.42", 0.42}, {"up 0.3 per cent", 0.3}, {"up 1.7%", 1.7},
		{"growth of 2.35%", 2.35}, {"£1,234.56 raised", 1234.56}, {"a 0.125 share", 0.125},
		{"the 3,5 Meter", 3.5}, {"0.1 points", 0.1},
		{"Es mussten 1.200 Menschen gehen", 1200}, {"5.000 Euro pro Haushalt", 5000}, {"cerca de 250.000 pessoas", 250000},
		{"a grid 2.123 pm wide", 2.123}, {"up 1.125%", 1.125}, {"0.125 of the vote", 0.125}, {"$1.250bn", 1.25e9},
	} {
		figs := ExtractFigures(c.in)
		require.NotEmpty(t, figs, c.in)
		assert.Equal(t, c.value, figs[0].Value, c.in)
	}
}

// TestFiguresInContext: "a third" is a fraction only where it measures something, "N in
// M" is a ratio only where it is not a ranking, a list item's number counts nothing, and
// a birthday ("turning 73") is an age.
func TestFiguresInContext(t *testing.T) {
	for _, c := range []struct {
		in    string
		texts []string
	}{
		{"The drama was renewed for a third season.", nil},
		{"Police confirmed a fifth case on Sunday.", nil},
		{"She won a seventh straight title.", nil},
		{"About a third of voters stayed at home.", []string{"About a third"}},
		{"Costs were cut by a third.", []string{"a third"}},
		{"He ran a quarter mile.", []string{"a quarter mile"}},
		{"The film entered the top 10 in 74 countries.", []string{"10", "74"}},
		{"One in five adults and 1 in 10 children", []string{"One in five", "1 in 10"}},
		{"1. The harbour walk takes 20 minutes.", []string{"20 minutes"}},
		{"2) Prices", nil},
		{"3 people were hurt.", []string{"3"}},
	} {
		var got []string
		for _, f := range ExtractFigures(c.in) {
			got = append(got, f.Text)
		}
		assert.Equal(t, c.texts, got, c.in)
	}
	for _, c := range []struct {
		in   string
		kind Kind
	}{
		{"He is turning 73 next month.", KindAge},
		{"The singer, who turns 80 on Friday, will tour.", KindAge},
		{"She turned 40.", KindAge},
		{"He turned 40 pages of the report.", KindCount},
	} {
		figs := ExtractFigures(c.in)
		require.Len(t, figs, 1, c.in)
		assert.Equal(t, c.kind, figs[0].Kind, c.in)
	}
}

// TestAppendStackBuffers: Append's buffers of a fixed size hold what scan makes for a
// text of stackText bytes, and texts on either side of that length, or with more tokens
// than the buffers hold, give the figures a Scratch gives.
func TestAppendStackBuffers(t *testing.T) {
	assert.Equal(t, tokenRoom(stackText), stackTokens)
	sentence := "Police said 12 people, 3 of them children, were hurt; Ana Ruiz, 52, said rents rose 4%. "
	long := strings.Repeat(sentence, stackText/len(sentence)+1)
	for _, n := range []int{len(sentence), stackText - 1, stackText, stackText + 1, len(long)} {
		text := long[:n]
		var sc Scratch
		want := sc.Append(nil, text)
		require.NotEmpty(t, want, n)
		assert.Equal(t, want, Append(nil, text), n)
	}
	// a text of one-byte tokens, more than stackTokens of them, grows the tokens' buffer
	dense := strings.Repeat("1 ", stackText/2)
	var sc Scratch
	assert.Equal(t, sc.Append(nil, dense), Append(nil, dense))
}

// TestScratchShortTextsAllocateNothing: a Scratch on its caller's stack reads texts of
// up to stackText bytes in the room it holds, so an article of such paragraphs, whose
// figures fit the caller's buffer, is read without allocating; a pointer into the room
// stored in the Scratch would move it to the heap, and this would fail.
func TestScratchShortTextsAllocateNothing(t *testing.T) {
	texts := []string{
		"Flooding has killed at least 212 people, the agency said on Tuesday.",
		"Rainfall reached 310mm in 48 hours, nearly three times the monthly average.",
		"\"We lost everything,\" said a 67-year-old farmer, whose 12-acre plot lay under water.",
		strings.Repeat("Rainfall across the northern provinces reached 310mm overnight. ", stackText/64),
	}
	longest, total := 0, 0
	for _, s := range texts {
		longest, total = max(longest, len(s)), total+len(s)
	}
	require.LessOrEqual(t, longest, stackText)
	var buf [64]Figure
	n := 0
	allocs := testing.AllocsPerRun(20, func() {
		var sc Scratch
		sc.Plan(longest, total)
		found := buf[:0]
		for _, s := range texts {
			found = sc.Append(found, s)
		}
		n = len(found)
	})
	require.Greater(t, n, 10, "the texts hold figures")
	require.Less(t, n, len(buf), "the figures fit the buffer")
	assert.Zero(t, allocs)
}
