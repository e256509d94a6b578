package credit

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCaptionLabelPlace: a credit label counts only as a whole word standing where a
// label does (the line's start, after a sentence, a separator or a bracket, or
// capitalised after a plain word), with a label word before it taken in; a label word
// inside a word or after an ordinary word is the caption's own.
func TestCaptionLabelPlace(t *testing.T) {
	for _, tc := range []struct{ in, caption, credit string }{
		// inside a word, or after an ordinary word: no credit
		{"Volunteers open a new resource: free tax help for seniors", "Volunteers open a new resource: free tax help for seniors", ""},
		{"The big picture: wildfires across the state this summer", "The big picture: wildfires across the state this summer", ""},
		{"The team ships all of it as open source: the kernel and tools", "The team ships all of it as open source: the kernel and tools", ""},
		{"The Big Picture: Wildfires Across the State", "The Big Picture: Wildfires Across the State", ""},
		{"Scenes from the telephoto: lens tests at dusk", "Scenes from the telephoto: lens tests at dusk", ""},
		{"THE LIBRARY OFFERS A NEW RESOURCE: TAX HELP", "THE LIBRARY OFFERS A NEW RESOURCE: TAX HELP", ""},
		{"Patients sought treatmentCredit: Example Agency", "Patients sought treatment", "Credit: Example Agency"},
		// where a label stands
		{"Jobs rose by 200,000 in May. Data source: Example Bureau", "Jobs rose by 200,000 in May.", "Data source: Example Bureau"},
		{"Crowds gather in the square. Photo source: Example Agency", "Crowds gather in the square.", "Photo source: Example Agency"},
		{"Crowds gather in the square | Source: Example Agency", "Crowds gather in the square", "Source: Example Agency"},
		{"Crowds gather in the square (Data source: Example Bureau)", "Crowds gather in the square", "(Data source: Example Bureau)"},
		{"Crowds gather in the square at dawn Picture: Jane Doe", "Crowds gather in the square at dawn", "Picture: Jane Doe"},
		{"The harbour at dusk. Picture: Jane Doe", "The harbour at dusk.", "Picture: Jane Doe"},
		{"Interior design: Jane Doe, Source: Example Homes", "Interior design: Jane Doe,", "Source: Example Homes"},
		{"Bronze and gold, 2012. ©Photo: Jane Doe", "Bronze and gold, 2012.", "©Photo: Jane Doe"},
		{"Kites, pictures, sources, photos", "Kites, pictures, sources, photos", ""},
		// a label joined to a label word before it opens the credit with that word
		// (a whole line so is a credit with no caption before it: no split)
		{"WORDS & IMAGES: Jane Doe", "WORDS & IMAGES: Jane Doe", ""},
		{"Text and photos: Jane Doe", "Text and photos: Jane Doe", ""},
		{"The harbour at dusk. Words + pictures: Jane Doe", "The harbour at dusk.", "Words + pictures: Jane Doe"},
		{"Boats and pictures: a harbour at dusk", "Boats and pictures: a harbour at dusk", ""},
		// a show-or-hide control's word after a bracketed credit is neither's
		{"The harbour at dusk, Tuesday. (AP Photo/Jane Doe) less", "The harbour at dusk, Tuesday.", "(AP Photo/Jane Doe)"},
		{"The harbour at dusk. (Photo: Jane Doe) more", "The harbour at dusk.", "(Photo: Jane Doe)"},
		{"The harbour at dusk. (Photo: Jane Doe) and the quay", "The harbour at dusk.", "(Photo: Jane Doe) and the quay"},
		// a capitalised word there may be the credit's agency, and stays in it
		{"The harbour at dusk. (Photo: Jane Doe) Shutterstock", "The harbour at dusk.", "(Photo: Jane Doe) Shutterstock"},
		{"The harbour at dusk. [Credit: Jane Doe] Northwind", "The harbour at dusk.", "[Credit: Jane Doe] Northwind"},
		// a space before the colon, for every label
		{"The harbour at dusk. Credit : Jane Doe", "The harbour at dusk.", "Credit : Jane Doe"},
		{"The harbour at dusk. Image : Example Agency", "The harbour at dusk.", "Image : Example Agency"},
		{"The harbour at dusk (Image credit : Jane Doe)", "The harbour at dusk", "(Image credit : Jane Doe)"},
	} {
		caption, credit := SplitCaption(tc.in)
		assert.Equal(t, tc.caption, caption, tc.in)
		assert.Equal(t, tc.credit, credit, tc.in)
	}
}

// TestCaptionLabelsOnce: the caption labels hold every credit label once, longest
// first, and no hand-written " :" variant.
func TestCaptionLabelsOnce(t *testing.T) {
	seen := map[string]bool{}
	for k, l := range captionCreditLabels {
		assert.False(t, seen[l.text], l.text)
		seen[l.text] = true
		assert.NotContains(t, l.text, " :")
		if k > 0 {
			assert.LessOrEqual(t, len(l.text), len(captionCreditLabels[k-1].text), l.text)
		}
	}
	for _, l := range creditLabels {
		assert.True(t, seen[l], l)
	}
}

// TestAbbreviationEndsNoSentence: a short capitalised word or an initialism with
// dots ends no sentence, so no name is read off after it; a full stop after a longer
// word still does.
func TestAbbreviationEndsNoSentence(t *testing.T) {
	for _, tc := range []struct{ in, caption, name string }{
		{"A St. Louis police officer patrols downtown St. Louis", "", ""},
		{"Marchers fill the avenue in Washington, D.C. Washington", "", ""},
		{"Climbers rest on the slopes below Mt. Hood", "", ""},
		{"A nurse checks on a patient with Dr. Jane Doe", "", ""},
		{"Climbers rest below the summit of Mt. Hood. Mt. Hood", "Climbers rest below the summit of Mt. Hood.", "Mt. Hood"},
		{"Officials from the U.S. meet in Geneva. U.S.", "", ""},
		{"A St. Louis police officer patrols downtown. Jane Doe", "A St. Louis police officer patrols downtown.", "Jane Doe"},
		{"Northwind X2 Black on the trail in Utah. Northwind", "Northwind X2 Black on the trail in Utah.", "Northwind"},
		{"Tourists walk past the old mill in Ely. Jane Doe", "", ""},
	} {
		caption, name, ok := TrailingCredit(tc.in)
		assert.Equal(t, tc.name != "", ok, tc.in)
		assert.Equal(t, tc.caption, caption, tc.in)
		assert.Equal(t, tc.name, name, tc.in)
	}
	for s, want := range map[string]bool{"in St.": true, "Mt.": true, "the D.C.": true, "U.S.": true, "Mrs.": true,
		"in Paris.": false, "the end.": false, "at 5.": false, "Utah.": false, "...": false, "together...": false, "e.g.": true, "A.B.C.D.": true, "ab.cde.": false} {
		assert.Equal(t, want, isAbbreviation(s), s)
	}
}

// TestContainsWordsLinear: the search makes a number of comparisons linear in its
// input, on the inputs that made the old one quadratic, and finds what it did.
func TestContainsWordsLinear(t *testing.T) {
	for _, n := range []int{1_000, 100_000} {
		s := strings.Repeat("a", 2*n) + ". "
		sub := strings.Repeat("a", n) + "b"
		found, steps := containsWords(s, sub)
		assert.False(t, found)
		assert.LessOrEqual(t, steps, 2*(len(s)+len(sub)), n)

		found, steps = containsWords(strings.Repeat("ab ", n)+"ab abc", "AB ABC")
		assert.True(t, found)
		assert.LessOrEqual(t, steps, 2*(3*n+6+6), n)
	}
	for _, tc := range []struct {
		s, sub string
		want   bool
	}{
		{"the the theme", "the theme", true},
		{"aab aab", "ab", false},
		{"Acme-made", "acme", true},
		{"", "x", false},
		{"x", "", false},
	} {
		assert.Equal(t, tc.want, ContainsWords(tc.s, tc.sub), tc.s)
	}
	// The name TrailingCredit reads is bounded before the search.
	in := "Seen from the " + strings.Repeat("a", 2000) + ". " + strings.Repeat("A", 1000) + "B"
	_, _, ok := TrailingCredit(in)
	assert.False(t, ok)
}

// BenchmarkTrailingCreditLong: a long caption with a long capitalised tail.
func BenchmarkTrailingCreditLong(b *testing.B) {
	in := "Seen from the " + strings.Repeat("a", 240_000) + ". " + strings.Repeat("A", 120_000) + "B"
	for b.Loop() {
		TrailingCredit(in)
	}
}

// TestLabelWordsStripped: a word or two before "credit:" or "source:" belong to the
// label, so the credit is the name alone; a longer run of words is no label.
func TestLabelWordsStripped(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Data source: Example Bureau", "Example Bureau", true},
		{"Photo source: Example Agency", "Example Agency", true},
		{"Main image credit: Jane Doe", "Jane Doe", true},
		{"The big open source: the kernel", "The big open source: the kernel", false},
		{"Sources say the mayor will resign", "Sources say the mayor will resign", false},
		{"Streaming sources: Kafka, Kinesis", "Streaming sources: Kafka, Kinesis", false},
		{"Photo credits: Jane Doe", "Jane Doe", true},
	} {
		got, ok := StripLabel(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}
