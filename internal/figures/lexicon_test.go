package figures

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every entry of every lexicon is exercised through ExtractFigures, so a new entry that
// the scanner cannot read fails here rather than silently doing nothing.

// only returns the single figure of text, failing the test when there is not one.
func only(t *testing.T, text string) Figure {
	t.Helper()
	figs := ExtractFigures(text)
	require.Lenf(t, figs, 1, "figures of %q: %s", text, figureTexts(figs))
	return figs[0]
}

func TestLexiconCurrencies(t *testing.T) {
	for _, sym := range keysOf(currencySymbolsTab) {
		f := only(t, "It cost "+sym+"12 in all.")
		assert.Equal(t, KindMoney, f.Kind, sym)
		assert.Equal(t, currencySymbolsTab.val(sym), f.Unit, sym)
	}
	for _, code := range keysOf(currencyCodesTab) {
		f := only(t, "It cost "+code+" 12 in all.")
		assert.Equal(t, KindMoney, f.Kind, code)
		assert.Equal(t, currencyCodesTab.val(code), f.Unit, code)
		assert.Equal(t, 12.0, f.Value, code)
	}
	for _, p := range keysOf(dollarPrefixesTab) {
		pre := strings.ToUpper(p)
		f := only(t, "It cost "+pre+"$12 in all.")
		assert.Equal(t, dollarPrefixesTab.val(p), f.Unit, p)
		assert.Equal(t, pre+"$12", f.Text, p)
	}
	for _, code := range keysOf(millionCodesTab) {
		f := only(t, "Sales reached 12 "+code+" last year.")
		assert.Equal(t, millionCodesTab.val(code), f.Unit, code)
		assert.Equal(t, 12e6, f.Value, code)
	}
	for _, w := range keysOf(currencyWordsTab) {
		f := only(t, "It cost 12 "+w+" in all.")
		assert.Equal(t, KindMoney, f.Kind, w)
		assert.Equal(t, currencyWordsTab.val(w), f.Unit, w)
		assert.Equal(t, "12 "+w, f.Text, w)
	}
}

func TestLexiconUnits(t *testing.T) {
	for _, u := range keysOf(foldedUnitsTab) {
		sp := " "
		if u == "\"" {
			sp = "" // a spaced quote mark closes a quotation
		}
		n := "12"
		if u == "pm" {
			n = "12.125" // "12 pm" is noon; a picometre reading has decimals
		}
		f := only(t, "They measured "+n+sp+u)
		assert.Equal(t, foldedUnitsTab.val(u).kind, f.Kind, u)
		assert.Equal(t, foldedUnitsTab.val(u).unit, f.Unit, u)
		assert.Equal(t, n+sp+u, f.Text, u)
	}
	for _, u := range keysOf(exactUnitsTab) {
		n := "12"
		if u == "K" {
			n = "12.5" // "12K" is twelve thousand; a kelvin reading has decimals
		}
		f := only(t, "They measured "+n+u)
		assert.Equal(t, exactUnitsTab.val(u).unit, f.Unit, u)
	}
	for _, p := range keysOf(percentWordsTab) {
		f := only(t, "Support rose 12 "+p)
		assert.Equal(t, KindPercent, f.Kind, p)
		assert.Equal(t, percentWordsTab.val(p), f.Unit, p)
	}
	for _, a := range keysOf(ageUnitsTab) {
		f := only(t, "The 12-"+a+"-old was found.")
		assert.Equal(t, KindAge, f.Kind, a)
		assert.Equal(t, ageUnitsTab.val(a), f.Unit, a)
	}
	for _, p := range keysOf(perUnitsTab) {
		f := only(t, "It costs $12 a "+p+" now.")
		assert.Equal(t, "$12 a "+p, f.Text, p)
	}
	for _, s := range keysOf(shortTimeTab) {
		if len(s) == 1 {
			continue // "MB per s" is not written
		}
		f := only(t, "Data moved at 12MB per "+s+".")
		assert.Equal(t, "MB/"+shortTimeTab.val(s), f.Unit, s)
	}
}

func TestLexiconNumberWords(t *testing.T) {
	for _, w := range keysOf(cardinalWordsTab) {
		f := only(t, "We found at least "+w+" cases.")
		assert.Equal(t, cardinalWordsTab.val(w), f.Value, w)
	}
	for _, w := range keysOf(scaleWordsTab) {
		f := only(t, "They counted 3 "+w+" votes.")
		assert.Equal(t, 3*scaleWordsTab.val(w), f.Value, w)
	}
	for _, w := range keysOf(fractionWordsTab) {
		f := only(t, "He won a "+w+" of the vote.")
		assert.Equal(t, KindRatio, f.Kind, w)
		assert.InDelta(t, 1/fractionWordsTab.val(w), f.Value, 1e-12, w)
	}
	for _, w := range keysOf(ordinalWordsTab) {
		assert.Empty(t, ExtractFigures("It was the "+w+" time."), w)
	}
	for _, w := range keysOf(vagueWordsTab) {
		f := only(t, strings.ToUpper(w[:1])+w[1:]+" of people came.")
		assert.True(t, f.Vague, w)
		assert.Equal(t, vagueWordsTab.val(w), f.Value, w)
	}
	for _, w := range keysOf(vagueAmountsTab) {
		f := only(t, "They saw "+w+" thousands of birds.")
		if w == "few" {
			f = only(t, "They saw a few thousand birds.")
		}
		assert.True(t, f.Vague, w)
	}
	for _, s := range keysOf(attachedScalesTab) {
		f := only(t, "Sales hit $12"+s+" this year.")
		assert.Equal(t, 12*attachedScalesTab.val(s), f.Value, s)
	}
	for _, s := range keysOf(ordinalSuffixesTab) {
		assert.Empty(t, ExtractFigures("She came 12"+s+" overall."), s)
	}
	for _, s := range keysOf(vulgarFractionsTab) {
		f := only(t, "Add "+s+" cup of milk.")
		assert.InDelta(t, vulgarFractionsTab.val(s), f.Value, 1e-12, s)
	}
}

func TestLexiconQualifiers(t *testing.T) {
	for _, q := range keysOf(prefixQualifiersTab) {
		if strings.Contains(q, "age") {
			f := only(t, "Everyone "+q+" 40 may apply.")
			assert.Equal(t, KindAge, f.Kind, q)
			continue
		}
		f := only(t, "The fire spread "+q+" 40 km inland.")
		assert.Equal(t, q+" 40 km", strings.ToLower(f.Text), q)
		assert.Equal(t, prefixQualifiersTab.val(q), f.Bound, q)
	}
	for _, s := range keysOf(prefixSymbolsTab) {
		f := only(t, "The fire spread "+s+"40 km inland.")
		assert.Equal(t, prefixSymbolsTab.val(s), f.Bound, s)
	}
	for _, q := range keysOf(suffixQualifiersTab) {
		if suffixQualifiersTab.val(q) == BoundExact {
			continue // "or equal" only turns "more than" into "at least"
		}
		f := only(t, "The fire spread 40 km "+q+" inland.")
		assert.Equal(t, suffixQualifiersTab.val(q), f.Bound, q)
	}
	for _, v := range keysOf(changeVerbsTab) {
		figs := ExtractFigures("Prices " + v + " from 10% to 20% this year.")
		assert.Len(t, figs, 2, v)
	}
}

func TestLexiconExclusions(t *testing.T) {
	// the month, day and time-of-day switches, entry by entry
	for _, m := range strings.Fields("january february march april may june july august september october " +
		"november december jan feb mar apr jun jul aug sep sept oct nov dec") {
		require.True(t, isMonthName(m), m)
		name := strings.ToUpper(m[:1]) + m[1:]
		assert.Empty(t, ExtractFigures("It opened on "+name+" 12."), m)
	}
	for _, d := range strings.Fields("monday tuesday wednesday thursday friday saturday sunday mon tue tues " +
		"wed thu thur thurs fri sat sun") {
		require.True(t, isDayName(d), d)
		assert.Empty(t, ExtractFigures("It opened on "+strings.ToUpper(d[:1])+d[1:]+" 12 again."), d)
	}
	for _, w := range strings.Fields("tonight morning afternoon evening noon midnight oclock") {
		require.True(t, isTimeOfDay(w), w)
		assert.Empty(t, ExtractFigures("We meet at 9 "+w+"."), w)
	}
	for _, w := range keysOf(referenceWordsTab) {
		if w == "no" {
			continue // only "No." is a number sign; "no 12" is rare either way
		}
		assert.Empty(t, ExtractFigures("See the "+w+" 12 entry."), w)
	}
	for _, w := range keysOf(streetWordsTab) {
		name := strings.ToUpper(w[:1]) + w[1:]
		assert.Empty(t, ExtractFigures("He lived at 12 Mill "+name+" then."), w)
	}
	for _, w := range keysOf(sportsWordsTab) {
		f := only(t, "The "+w+" ended 2-4 for them.")
		assert.Equal(t, KindScore, f.Kind, w)
	}
}

func TestLexiconPersonNouns(t *testing.T) {
	for _, p := range keysOf(personNounsTab) {
		f := only(t, "The "+p+", 42, said nothing.")
		assert.Equal(t, KindAge, f.Kind, p)
	}
	f := only(t, "The majority, 103, were found in the capital.")
	assert.Equal(t, KindCount, f.Kind, "a count in apposition is not an age")
}

func TestLexiconVerbs(t *testing.T) {
	lex := mustLoadLexicon(t)
	for _, v := range sortedKeys(list[bool](lex, "irregularVerbs")) {
		assert.True(t, isVerbLike(v), v)
	}
	for _, v := range sortedKeys(list[bool](lex, "notVerbs")) {
		assert.False(t, isVerbLike(v), v)
	}
	for _, v := range append(sortedKeys(list[bool](lex, "reportingVerbs")), sortedKeys(list[bool](lex, "looseVerbs"))...) {
		require.True(t, reportInitial(v[0]) && len(v) >= 3 && len(v) <= 12, v)
	}
	for _, v := range sortedKeys(list[bool](lex, "reportingVerbs")) {
		f := only(t, "Police "+v+" that 12 people died.")
		assert.Equal(t, "Police", f.Source, v)
	}
	for _, p := range keysOf(pronounsTab) {
		name := strings.ToUpper(p[:1]) + p[1:]
		figs := ExtractFigures(name + " said that 12 people died.")
		require.NotEmpty(t, figs, p)
		assert.Empty(t, figs[len(figs)-1].Source, p)
	}
}
