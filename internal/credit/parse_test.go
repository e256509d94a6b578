package credit

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// creditCase is a credit as printed and what a careful reader takes from it.
type creditCase struct {
	in            string
	text          string
	photographers []string
	agencies      []string
}

// creditCases are the credit forms the library must read, with what a careful reader
// takes from each: the text as printed without its label or brackets, the people, and
// the agencies under their canonical names (see agencies.go).
var creditCases = []creditCase{
	{"Valery Sharifulin / TASS", "Valery Sharifulin / TASS", []string{"Valery Sharifulin"}, []string{"TASS"}},
	{"AFP via Getty Images", "AFP via Getty Images", nil, []string{"AFP", "Getty Images"}},
	{"Photo: Jane Doe/Reuters", "Jane Doe/Reuters", []string{"Jane Doe"}, []string{"Reuters"}},
	{"Photograph: Jane Doe/The Guardian", "Jane Doe/The Guardian", []string{"Jane Doe"}, []string{"The Guardian"}},
	{"(Image: PA)", "PA", nil, []string{"PA Media"}},
	{"Image credit: NASA", "NASA", nil, []string{"NASA"}},
	{"© Jane Doe", "© Jane Doe", []string{"Jane Doe"}, nil},
	{"Copyright 2022 The Associated Press", "Copyright 2022 The Associated Press", nil, []string{"AP"}},
	{"AP Photo/Evan Vucci", "AP Photo/Evan Vucci", []string{"Evan Vucci"}, []string{"AP"}},
	{"REUTERS/Jane Doe", "REUTERS/Jane Doe", []string{"Jane Doe"}, []string{"Reuters"}},
	{"Jane Doe/AFP/Getty Images", "Jane Doe/AFP/Getty Images", []string{"Jane Doe"}, []string{"AFP", "Getty Images"}},
	// Netflix commissioned the picture; it did not take or distribute it.
	{"Getty Images for Netflix", "Getty Images for Netflix", nil, []string{"Getty Images"}},
	{"Courtesy of the family", "Courtesy of the family", nil, nil},
	{"Supplied", "Supplied", nil, nil},
	{"Handout", "Handout", nil, nil},
	{"EPA-EFE/JANE DOE", "EPA-EFE/JANE DOE", []string{"Jane Doe"}, []string{"EPA", "EFE"}},
	{"Shutterstock", "Shutterstock", nil, []string{"Shutterstock"}},
	{"EPA/EFE/Jane Doe", "EPA/EFE/Jane Doe", []string{"Jane Doe"}, []string{"EPA", "EFE"}},
	// a few more forms seen on real pages
	{"Photo by Jane Doe/Getty Images", "Photo by Jane Doe/Getty Images", []string{"Jane Doe"}, []string{"Getty Images"}},
	{"Jane Doe, AP", "Jane Doe, AP", []string{"Jane Doe"}, []string{"AP"}},
	{"[Credit: Agence France-Presse]", "Agence France-Presse", nil, []string{"AFP"}},
	{"Courtesy of NASA", "Courtesy of NASA", nil, []string{"NASA"}},
	{"Jane Doe and John Roe/Reuters", "Jane Doe and John Roe/Reuters", []string{"Jane Doe", "John Roe"}, []string{"Reuters"}},
	// The forms the biggest sites print, each once read wrongly.
	{"Image copyright Reuters Image caption Protesters gathered in the square", "Image copyright Reuters", nil, []string{"Reuters"}},
	{"[File: Reuters]", "Reuters", nil, []string{"Reuters"}},
	{"Foto: dpa", "dpa", nil, []string{"dpa"}},
	{"Getty - Contributor", "Getty - Contributor", nil, []string{"Getty Images"}},
	{"AFP - Stringer", "AFP - Stringer", nil, []string{"AFP"}},
	{"© Museum of London, United Kingdom", "© Museum of London, United Kingdom", nil, []string{"Museum of London"}},
	{"© Harbour Trust, Scotland", "© Harbour Trust, Scotland", nil, []string{"Harbour Trust"}},
}

// parseOnlyCases are read right by Parse but are no credit line on their own: a
// caption with its credit, a brand that only its place makes a credit.
var parseOnlyCases = []creditCase{
	{"FILE PHOTO: A trader works on the floor of the exchange in New York, U.S., March 4, 2019. REUTERS/Jane Doe", "REUTERS/Jane Doe", []string{"Jane Doe"}, []string{"Reuters"}},
	{"Apple, Inc.", "Apple, Inc.", nil, []string{"Apple, Inc"}},
	{"Image credit: Jane Doe", "Jane Doe", []string{"Jane Doe"}, nil},
	{"(Image credit: Pier Photos Ltd)", "Pier Photos Ltd", nil, []string{"Pier Photos Ltd"}},
	{"(Picture credit: Acme Images)", "Acme Images", nil, []string{"Acme Images"}},
	{"Main image credit: Jane Doe", "Jane Doe", []string{"Jane Doe"}, nil},
	{"Photo : Jane Doe", "Jane Doe", []string{"Jane Doe"}, nil},
	{"Image source: Northwind Archive", "Northwind Archive", nil, []string{"Northwind Archive"}},
}

func TestParse(t *testing.T) {
	check := func(t *testing.T, in, text string, photographers, agencies []string) {
		t.Helper()
		c, ok := Parse(in)
		require.True(t, ok, in)
		assert.Equal(t, text, c.Text, "text of %q", in)
		assert.Equal(t, photographers, c.Photographers, "photographers of %q", in)
		assert.Equal(t, agencies, c.Agencies, "agencies of %q", in)
	}
	for _, tc := range creditCases {
		t.Run(tc.in, func(t *testing.T) {
			check(t, tc.in, tc.text, tc.photographers, tc.agencies)
			// The scrape cut the opening "(Photo:", so only a stray ")" is left.
			check(t, tc.text+")", tc.text, tc.photographers, tc.agencies)
		})
	}
	for _, tc := range parseOnlyCases {
		check(t, tc.in, tc.text, tc.photographers, tc.agencies)
	}
	for _, in := range []string{"", "   ", "()", "Photo:", "(Photo: )", "Image copyright", "Credit"} {
		_, ok := Parse(in)
		assert.False(t, ok, "%q names no credit", in)
	}
}

// TestCreditEvidence pins the three levels: a standalone credit, a credit only beside a
// caption, and a line that is no credit at all.
func TestCreditEvidence(t *testing.T) {
	for _, tc := range creditCases {
		assert.GreaterOrEqual(t, Evidence(tc.in), 2, "%q is a credit line", tc.in)
		assert.GreaterOrEqual(t, Evidence(tc.text+")"), 2, "%q is a cut credit line", tc.text+")")
	}
	for _, s := range []string{
		"",
		"Crowds gather in the square as the sun sets over the old town.",
		"The council said the plan would cost more than expected and take two years.",
		"Photos show the damage",
		"Residents queued for bread on Tuesday morning",
		strings.Repeat("Jane Doe/Reuters ", 20),
	} {
		assert.Zero(t, Evidence(s), "%q is no credit", s)
	}
}

func TestSplitCaption(t *testing.T) {
	tests := []struct {
		name, in, caption, credit string
		rule                      Rule
	}{
		{"parenthesised wire credit",
			"The president waves from the steps on Tuesday. (AP Photo/Evan Vucci)",
			"The president waves from the steps on Tuesday.", "(AP Photo/Evan Vucci)", InBrackets},
		{"credit glued to the caption",
			"Crowds gather in the square.Credit...Jane Doe/The Times",
			"Crowds gather in the square.", "Credit...Jane Doe/The Times", ByLabel},
		{"photograph label",
			"Firefighters tackle the blaze near the harbour. Photograph: Jane Doe/Reuters",
			"Firefighters tackle the blaze near the harbour.", "Photograph: Jane Doe/Reuters", ByLabel},
		{"source label naming a site",
			"A walnut tray holds the remotes and a candle. Source: Northwind Home",
			"A walnut tray holds the remotes and a candle.", "Source: Northwind Home", ByLabel},
		{"picture label",
			"A narrowboat moored below the lock. Picture: Acme Images",
			"A narrowboat moored below the lock.", "Picture: Acme Images", ByLabel},
		{"label with a space before its colon",
			"Farmers plant rice on the terraces above the village. Photo : Jane Doe",
			"Farmers plant rice on the terraces above the village.", "Photo : Jane Doe", ByLabel},
		{"image source label whole",
			"The lock gates at dusk. Image source: Northwind Archive",
			"The lock gates at dusk.", "Image source: Northwind Archive", ByLabel},
		{"cut opener leaves an agency and a stray bracket",
			"A medieval painting of the plague GETTY)",
			"A medieval painting of the plague", "GETTY)", StrayBracket},
		{"cut opener leaves a person and an agency",
			"Volunteers sort donations in the hall Jane Doe/Reuters)",
			"Volunteers sort donations in the hall", "Jane Doe/Reuters)", StrayBracket},
		{"wire agency in capitals at the end",
			"The hostage was freed with his colleague Tim Weeks AP",
			"The hostage was freed with his colleague Tim Weeks", "AP", ClosingAgency},
		{"lone agency after the last sentence",
			"Countries that allow cannabis for medical use. Statista",
			"Countries that allow cannabis for medical use.", "Statista", AfterSentence},
		{"wire token run after the last sentence",
			"Riot police stand guard outside the parliament in 2019. REUTERS/Jane Doe",
			"Riot police stand guard outside the parliament in 2019.", "REUTERS/Jane Doe", AfterSentence},
		{"parenthesised person and agency",
			"Smoke rises over the port (Jane Doe / AFP)",
			"Smoke rises over the port", "(Jane Doe / AFP)", InBrackets},
		{"a dash between the caption and its labelled credit",
			"We tested the tent through a week of rain. – Photo Credit: Jane Doe (Example.com)",
			"We tested the tent through a week of rain.", "Photo Credit: Jane Doe (Example.com)", ByLabel},
		{"a bar between the caption and its credit",
			"Shoppers pick pastries from the cabinets. | Photo by Jane Doe",
			"Shoppers pick pastries from the cabinets.", "Photo by Jane Doe", ByLabel},
		{"a bracket opening a label of two words",
			"A portrait of the mayor in 2004 (Picture credit: Acme Images)",
			"A portrait of the mayor in 2004", "(Picture credit: Acme Images)", ByLabel},
		{"a closed bracket before the label stays with the caption",
			"The old mill (built 1890) Photo: Jane Doe",
			"The old mill (built 1890)", "Photo: Jane Doe", ByLabel},
		{"letters that lower-case to longer bytes keep the cut whole",
			"ȺȺȺ at dawn Photo: Jane Doe/Reuters",
			"ȺȺȺ at dawn", "Photo: Jane Doe/Reuters", ByLabel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			caption, credit, rule := SplitCaptionRule(tc.in)
			assert.Equal(t, tc.caption, caption)
			assert.Equal(t, tc.credit, credit)
			assert.Equal(t, tc.rule, rule, "rule %s", rule)
		})
	}

	// Every credit form, cut to a stray ")" or whole in brackets, after a caption.
	const caption = "Smoke rises over the harbour at dawn"
	for _, tc := range creditCases {
		for _, credit := range []string{tc.text + ")", "(" + tc.text + ")"} {
			gotCaption, gotCredit := SplitCaption(caption + " " + credit)
			assert.Equal(t, caption, gotCaption, credit)
			assert.Equal(t, credit, gotCredit, credit)
		}
	}

	for _, in := range []string{
		"Crowds gather in the square as the sun sets over the old town.",
		"A Reuters reporter walks past the burnt-out cars in the square.",
		"Officials said the figures, first reported by Reuters on Monday, were wrong.",
		"The mayor (right) speaks to residents outside the town hall",
		"Volunteers hand out food to those waiting in the cold (and the rain)",
		"The team celebrates after the final whistle at the stadium",
		"",
	} {
		caption, credit, rule := SplitCaptionRule(in)
		assert.Empty(t, credit, "%q has no credit", in)
		assert.Equal(t, NoCredit, rule, in)
		assert.Equal(t, in, caption, "%q stays whole", in)
	}
}

func TestSplitLeadingCredit(t *testing.T) {
	tests := []struct {
		in, caption, credit string
	}{
		{"© Jane Doe Crowds gather in the square.", "Crowds gather in the square.", "© Jane Doe"},
		{"© Jane Mary Doe Firefighters tackle the blaze.", "Firefighters tackle the blaze.", "© Jane Mary Doe"},
	}
	for _, tc := range tests {
		caption, credit := SplitLeading(tc.in)
		assert.Equal(t, tc.caption, caption, tc.in)
		assert.Equal(t, tc.credit, credit, tc.in)
	}
	for _, in := range []string{
		"Crowds gather in the square.",    // no ©
		"© Jane Doe",                      // a credit alone, no caption after it
		"© Crowds gather in the square.",  // one capitalised word: nothing to split off
		"Crowds gather © Jane Doe",        // © not at the start
		"© Jane Doe Smith Jones Williams", // all capitals: no caption start to find
	} {
		caption, credit := SplitLeading(in)
		assert.Empty(t, credit, in)
		assert.Equal(t, in, caption, in)
	}
}

func TestStrayCreditTail(t *testing.T) {
	tests := []struct {
		in, tail string
		ok       bool
	}{
		{"Smoke over the city Jane Doe/AFP/Getty Images)", "Jane Doe/AFP/Getty Images)", true},
		{"Troops in the main square Valery Sharifulin / TASS)", "Valery Sharifulin / TASS)", true},
		{"A painting of the plague GETTY)", "GETTY)", true},
		{"Smoke over the city AFP via Getty Images)", "AFP via Getty Images)", true},
		{"Relatives hold his portrait Courtesy of the family)", "Courtesy of the family)", true},
		{"Relatives hold his portrait © Jane Doe)", "© Jane Doe)", true},
		{"A row over copyright law continues)", "", false},
		{"Smoke rises over the city at dawn)", "", false},
		{"Smoke rises over the city at dawn", "", false},
	}
	for _, tc := range tests {
		tail, ok := strayCreditTail(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.tail, tail, tc.in)
	}
}

func TestTidyName(t *testing.T) {
	for in, want := range map[string]string{
		"JANE DOE":           "Jane Doe",
		"JANE  T. DOE":       "Jane T. Doe",
		"SEAN O'NEILL":       "Sean O'Neill",
		"ANNA DOE-SMITH":     "Anna Doe-Smith",
		"ÉMILE ZOLA":         "Émile Zola",
		"Jane McDonald":      "Jane McDonald",
		"Jane DOE":           "Jane DOE",
		"AP":                 "Ap",
		"JEAN-PIERRE D’ARCY": "Jean-Pierre D’Arcy",
	} {
		assert.Equal(t, want, TidyName(in), in)
	}
}

// TestCaptionCreditLabels: the longest label wins, so no "(Image" is left on the
// caption, and a "[File: ...]" tail is the credit.
func TestCaptionCreditLabels(t *testing.T) {
	for _, tc := range []struct{ in, caption, credit string }{
		{"The new pier at dusk (Image credit: Jane Doe)", "The new pier at dusk", "(Image credit: Jane Doe)"},
		{"The new pier at dusk. Photo credit: Jane Doe", "The new pier at dusk.", "Photo credit: Jane Doe"},
		{"Protesters gather in the square [File: Reuters]", "Protesters gather in the square", "[File: Reuters]"},
		{"Image credit: Jane Doe", "Image credit: Jane Doe", ""},
		// A label in brackets takes its bracket along, whatever the label.
		{"Workers leave the plant after the last shift (Credit: Example Images)", "Workers leave the plant after the last shift", "(Credit: Example Images)"},
		{"The new lander on the launch pad before the test [Acme Aerospace via Getty Images]", "The new lander on the launch pad before the test", "[Acme Aerospace via Getty Images]"},
		{"Marchers cross the bridge at noon [Jane Doe/Example Agency]", "Marchers cross the bridge at noon", "[Jane Doe/Example Agency]"},
		{"The results of the vote are shown below [see chart]", "The results of the vote are shown below [see chart]", ""},
		{"The old mill by the river in spring [Photograph: Jane Doe]", "The old mill by the river in spring", "[Photograph: Jane Doe]"},
		{"Ducks on the frozen pond (Photo by Jane Doe)", "Ducks on the frozen pond", "(Photo by Jane Doe)"},
		{"(Photo: Jane Doe/Example Agency)", "(Photo: Jane Doe/Example Agency)", ""},
	} {
		caption, credit := SplitCaption(tc.in)
		assert.Equal(t, tc.caption, caption, tc.in)
		assert.Equal(t, tc.credit, credit, tc.in)
	}
}

// TestNotCredits: ratings and product labels with a slash name no one.
func TestNotCredits(t *testing.T) {
	for _, s := range []string{"4.9 / 5", "UX/UI", "Rating: 4.5/5", "$19.99 / month", "Pros/Cons"} {
		assert.Less(t, Evidence(s), 2, s)
	}
}

// TestTrailingName: a person's name of two or three words after a caption's last
// sentence is split off; a place, a longer run or a name with no sentence before it
// is not.
func TestTrailingName(t *testing.T) {
	for _, tc := range []struct{ in, caption, name string }{
		{"The ridge at dawn. Jane Doe", "The ridge at dawn.", "Jane Doe"},
		{"Boats wait out the storm in the harbour. Jean de Vries", "Boats wait out the storm in the harbour.", "Jean de Vries"},
		{"The ridge at dawn. Jane Mary Ann Doe", "", ""},   // four words: no photographer's name
		{"The ridge at dawn. Museum of London", "", ""},    // an organisation
		{"The ridge at dawn. the rain came later", "", ""}, // running text
		{"Ridge. Jane Doe", "", ""},                        // too short a caption
		{"Jane Doe", "", ""},
	} {
		caption, name, ok := TrailingName(tc.in)
		assert.Equal(t, tc.name != "", ok, tc.in)
		assert.Equal(t, tc.caption, caption, tc.in)
		assert.Equal(t, tc.name, name, tc.in)
	}
}

// TestTrailingCredit: after a caption's last sentence, a person's name, or a name of
// a few capitalised words that the caption itself names (the maker or company whose
// product is pictured), is split off; a name the caption does not mention, running
// text or a part of a longer word is not.
func TestTrailingCredit(t *testing.T) {
	for _, tc := range []struct{ in, caption, name string }{
		{"The ridge at dawn. Jane Doe", "The ridge at dawn.", "Jane Doe"},
		{"Northwind X2 Black with a bike mount. Northwind", "Northwind X2 Black with a bike mount.", "Northwind"},
		{"Acme Robotics sorts the recycling with a robot arm. Acme Robotics", "Acme Robotics sorts the recycling with a robot arm.", "Acme Robotics"},
		{"Brickwell's kiln cuts the gas it burns by half. Brickwell", "Brickwell's kiln cuts the gas it burns by half.", "Brickwell"},
		{"The ridge at dawn. Museum of London", "", ""},        // named nowhere in the caption
		{"Northwinds on the ridge at dawn. Northwind", "", ""}, // a part of a longer word
		{"Northwind on the ridge at dawn. the rain came", "", ""},
		{"Northwind. Northwind", "", ""}, // too short a caption
	} {
		caption, name, ok := TrailingCredit(tc.in)
		assert.Equal(t, tc.name != "", ok, tc.in)
		assert.Equal(t, tc.caption, caption, tc.in)
		assert.Equal(t, tc.name, name, tc.in)
	}
}

// TestContainsWords: a name found as whole words, in any case, and not inside a
// longer word.
func TestContainsWords(t *testing.T) {
	assert.True(t, ContainsWords("#3: Northwind Kettle", "northwind"))
	assert.True(t, ContainsWords("Northwind's kettle", "Northwind"))
	assert.False(t, ContainsWords("Inconsistent pour", "cons"))
	assert.False(t, ContainsWords("Northwinds", "Northwind"))
}

// TestCaptionLabel: the "Image caption" label some sites print is found and removed
// in any case; a caption that merely mentions a caption keeps its words.
func TestCaptionLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Image caption The old pier at dusk", "The old pier at dusk"},
		{"MEDIA CAPTION Crowds in the square", "Crowds in the square"},
		{"Caption: The harbour", "The harbour"},
		{"Bildunterschrift: Der Hafen", "Der Hafen"},
		{"The caption contest winners", "The caption contest winners"},
		{"Captions are short", "Captions are short"},
		{"", ""},
	} {
		assert.Equal(t, tc.want != tc.in, HasCaptionLabel(tc.in), tc.in)
		assert.Equal(t, tc.want, StripCaptionLabel(tc.in), tc.in)
	}
}
