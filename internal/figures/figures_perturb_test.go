package figures

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The perturbation suite: sentence pairs, generated from templates, that must give the
// same figure. Each pair changes one thing a writer may change without changing the
// claim: a qualifier for its synonym, digits for words, the currency's place, the dash,
// a time phrase or adverb in front, the clause the figure stands in, the spelling. It is
// the dev-side measure of how general the grammar is; it must pass at least 95%.

// perturbPair is two sentences that must give the same figure; with attr, the same
// subject and verb as well.
type perturbPair struct {
	family string
	a, b   string
	attr   bool
}

// claim is the part of a figure a perturbation must not change.
type claim struct {
	Value, Max float64
	Bound      Bound
	Kind       Kind
	Unit       string
}

func (c claim) String() string {
	return fmt.Sprintf("%g..%g %s %s %s", c.Value, c.Max, c.Bound, c.Kind, c.Unit)
}

// claims are the figures of a sentence, without their texts.
func claims(s string) []claim {
	var out []claim
	for _, f := range ExtractFigures(s) {
		out = append(out, claim{f.Value, f.Max, f.Bound, f.Kind, f.Unit})
	}
	return out
}

// frames hold a figure slot {F} in sentences of different build: a main clause, a
// subordinate one, a reported one, a passive.
var perturbFrames = []string{
	"{F} were arrested after the march.",
	"Police said {F} were arrested after the march.",
	"Officials confirmed that {F} had been counted by Tuesday.",
	"The report, published on Monday, found {F} in the region.",
	"Although {F} were expected, the hall stayed half empty.",
}

// countForms are one count written in several ways.
var countForms = [][]string{
	{"40 people", "forty people"},
	{"12 workers", "twelve workers"},
	{"3 children", "three children"},
	{"25 protesters", "twenty-five protesters", "twenty–five protesters", "twenty—five protesters"},
	{"1,200 residents", "1200 residents", "one thousand two hundred residents"},
	{"2 million voters", "two million voters", "2m voters"},
}

// qualifierSets are bounds written in several ways, each before a number.
var qualifierSets = [][]string{
	{"more than", "over", "in excess of", "upwards of", "well over", "just over", "above", "> "},
	{"about", "around", "roughly", "approximately", "nearly", "almost", "some", "~"},
	{"at least", "no fewer than", "no less than", "a minimum of", "≥ "},
	{"up to", "as many as", "at most", "no more than", "a maximum of", "≤ "},
	{"less than", "fewer than", "under", "below", "well under", "just under", "< "},
}

// leadIns are words a sentence may open with before its figure.
var leadIns = []string{"Yesterday", "Last year", "Overall", "On Monday", "In total", "Earlier this week", "Since then"}

func perturbPairs() []perturbPair {
	var pairs []perturbPair
	add := func(family, a, b string) { pairs = append(pairs, perturbPair{family: family, a: a, b: b}) }
	// digits and words, dashes, separators: each form against the first, in every frame
	for _, forms := range countForms {
		for _, fr := range perturbFrames {
			for _, f := range forms[1:] {
				add("digits-words", fill(fr, forms[0]), fill(fr, f))
			}
		}
	}
	// qualifier synonyms, in every frame, before a digit and a word count
	for _, set := range qualifierSets {
		for _, fr := range perturbFrames {
			for _, n := range []string{"40 people", "forty people"} {
				for _, q := range set[1:] {
					add("qualifier", fill(fr, set[0]+" "+n), fill(fr, strings.TrimRight(q, " ")+" "+n))
				}
			}
		}
	}
	// a time phrase or an adverb in front, with and without a comma
	for _, forms := range countForms[:4] {
		base := capitalise(forms[0]) + " were arrested after the march."
		for _, l := range leadIns {
			add("lead-in", base, l+" "+forms[0]+" were arrested after the march.")
			add("lead-in", base, l+", "+forms[0]+" were arrested after the march.")
		}
	}
	// the currency before and after, symbol, code and name
	money := [][]string{
		{"$5 million", "5 million dollars", "US$5 million", "USD 5 million", "5 million USD", "$5m", "$5mn"},
		{"£40", "40 pounds sterling", "GBP 40", "40 GBP", "£ 40"},
		{"€3.5 billion", "3.5 billion euros", "EUR 3.5 billion", "3.5bn euros", "€3.5bn"},
		{"¥200", "200 yen", "JPY 200"},
	}
	moneyFrames := []string{
		"The council spent {F} on the bridge.",
		"Officials said the bridge cost {F}.",
		"A spokesman confirmed that {F} had been set aside.",
	}
	for _, forms := range money {
		for _, fr := range moneyFrames {
			for _, f := range forms[1:] {
				add("currency", fill(fr, forms[0]), fill(fr, f))
			}
		}
	}
	// ranges with a hyphen, an en dash, an em dash and words
	ranges := [][]string{
		{"10-20 people", "10–20 people", "10 – 20 people", "10 to 20 people", "between 10 and 20 people", "from 10 to 20 people"},
		{"$3-$5", "$3–$5", "$3 to $5", "between $3 and $5", "$3-5"},
		{"5-7%", "5–7%", "5% to 7%", "5 to 7 per cent", "5-7 percent"},
	}
	for _, forms := range ranges {
		for _, fr := range perturbFrames[:3] {
			for _, f := range forms[1:] {
				add("range", fill(fr, forms[0]), fill(fr, f))
			}
		}
	}
	// British and American spelling, and unit spelt out or abbreviated
	spellings := [][]string{
		{"12 per cent", "12 percent", "12%", "12 pct"},
		{"25 kilometres", "25 kilometers", "25km", "25 km"},
		{"3 metres", "3 meters", "3 metre"},
		{"40 litres", "40 liters", "40L", "40 litre"},
		{"5 kilograms", "5 kilogrammes", "5kg", "5 kg"},
		{"2 tonnes", "2t", "2 metric tons"},
		{"10 kilowatts", "10kW", "10 kW"},
		{"5 amperes", "5 amps", "5 ampere", "5 amp"},
		{"44 kilohertz", "44kHz", "44 kHz"},
		{"8 gigabytes", "8GB", "8 GB"},
	}
	unitFrames := []string{
		"The figure rose to {F} last year.",
		"Engineers measured {F} at the site.",
		"It was {F}, officials said.",
	}
	for _, forms := range spellings {
		for _, fr := range unitFrames {
			for _, f := range forms[1:] {
				add("spelling", fill(fr, forms[0]), fill(fr, f))
			}
		}
	}
	// durations and ages in words and digits, with "-year-old" and "aged"
	times := [][]string{
		{"three decades", "3 decades"},
		{"thirty years", "30 years", "thirty yrs"},
		{"two and a half hours", "2.5 hours", "2½ hours", "two-and-a-half hours"},
		{"48 hours", "forty-eight hours", "forty–eight hours"},
		{"eight and a half minutes", "eight-and-a-half minutes", "8.5 minutes"},
	}
	timeFrames := []string{
		"The talks lasted {F}.",
		"Negotiators said the talks lasted {F}.",
		"After {F}, the talks ended.",
	}
	for _, forms := range times {
		for _, fr := range timeFrames {
			for _, f := range forms[1:] {
				add("duration", fill(fr, forms[0]), fill(fr, f))
			}
		}
	}
	ages := []string{"a 43-year-old man", "a 43–year–old man", "a forty-three-year-old man", "a man aged 43", "a man, 43,"}
	for _, fr := range []string{"Police arrested {F} on Friday.", "Yesterday {F} was charged.", "{F} was charged, police said."} {
		for _, f := range ages[1:] {
			add("age", fill(fr, ages[0]), fill(fr, f))
		}
	}
	// composite forms: multipliers, dimensions, ratios, folds
	composites := [][]string{
		{"three times", "3 times"},
		{"30x20cm", "30 x 20cm", "30×20cm", "30 by 20cm"},
		{"a 3-to-1 vote", "a 3 to 1 vote", "a three-to-one vote", "a 3:1 vote"},
		{"a tenfold rise", "a 10-fold rise", "a ten-fold rise"},
	}
	compFrames := []string{"They reported {F} on Friday.", "Yesterday they reported {F}."}
	for _, forms := range composites {
		for _, fr := range compFrames {
			for _, f := range forms[1:] {
				add("composite", fill(fr, forms[0]), fill(fr, f))
			}
		}
	}
	return append(pairs, attributionPairs()...)
}

// attributionPairs hold a subject and a verb fixed while the clause around them
// changes: a time phrase, a place phrase or a subordinate clause in front, a relative
// clause or a participle phrase after the subject, an adverb or an auxiliary before
// the verb. The figure's subject (by its head) and verb must not change.
func attributionPairs() []perturbPair {
	subjects := []string{"House prices", "Sales of electric cars", "The number of visitors", "Profits at the bank",
		"Exports of steel", "Ticket sales"}
	// each verb in the base form of the pair and in the forms its variants use
	type verbForms struct{ base, aux string }
	verbs := []verbForms{
		{"were cut by 12%", "have been cut by 12%"},
		{"were cut by 12%", "will be cut by 12%"},
		{"were cut by 12%", "could be cut by 12%"},
		{"rose 12%", "also rose 12%"},
		{"fell 12%", "fell sharply by 12%"},
		{"jumped 12%", "reportedly jumped 12%"},
	}
	fronts := []string{"Last year", "In Europe,", "On Monday,", "Although demand was weak,", "Since then,"}
	asides := []string{", which had fallen for weeks,", " sold in May", ", as expected,"}
	var pairs []perturbPair
	add := func(a, b string) { pairs = append(pairs, perturbPair{"attribution", a, b, true}) }
	for _, subj := range subjects {
		lower := strings.ToLower(subj[:1]) + subj[1:]
		for _, v := range verbs {
			base := subj + " " + v.base + "."
			add(base, subj+" "+v.aux+".")
			for _, f := range fronts {
				add(base, f+" "+lower+" "+v.base+".")
			}
			for _, r := range asides {
				add(base, subj+r+" "+v.base+".")
			}
		}
	}
	// a verb before its object count: the count's own noun is its subject
	for _, v := range []string{"arrested", "questioned", "released"} {
		base := "Police " + v + " 40 people after the march."
		for _, b := range []string{"Police have " + v, "Police had " + v, "Police reportedly " + v, "Yesterday police " + v,
			"On Monday, police " + v, "Police, who were called in, " + v, "Officers in the city " + v} {
			add(base, b+" 40 people after the march.")
		}
	}
	return pairs
}

// attribution is the head of a sentence's first figure's subject, and its verb.
func attribution(s string) string {
	figs := ExtractFigures(s)
	if len(figs) == 0 {
		return ""
	}
	subj := strings.Fields(strings.ToLower(figs[0].Subject))
	head := ""
	if len(subj) > 0 {
		head = subj[len(subj)-1]
	}
	return head + "/" + figs[0].Verb
}

func fill(frame, f string) string {
	s := strings.Replace(frame, "{F}", f, 1)
	return capitalise(s)
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// TestPerturbationSuite runs the pairs and requires at least 95% to agree, listing those
// that do not, so that a change that breaks a family shows which.
func TestPerturbationSuite(t *testing.T) {
	pairs := perturbPairs()
	assert.GreaterOrEqual(t, len(pairs), 500, "the suite must hold at least 500 pairs")
	fails := map[string]int{}
	total := map[string]int{}
	var bad []string
	for _, p := range pairs {
		total[p.family]++
		ca, cb := claims(p.a), claims(p.b)
		if fmt.Sprint(ca) != fmt.Sprint(cb) || len(ca) == 0 || p.attr && attribution(p.a) != attribution(p.b) {
			fails[p.family]++
			bad = append(bad, fmt.Sprintf("%s: %q %v %s / %q %v %s", p.family, p.a, ca, attribution(p.a), p.b, cb,
				attribution(p.b)))
		}
	}
	passed := len(pairs) - len(bad)
	rate := float64(passed) / float64(len(pairs))
	for fam, n := range total {
		t.Logf("%-13s %3d/%3d", fam, n-fails[fam], n)
	}
	t.Logf("perturbation suite: %d/%d pairs agree (%.1f%%)", passed, len(pairs), 100*rate)
	if testing.Verbose() {
		for _, b := range bad {
			t.Log(b)
		}
	}
	assert.GreaterOrEqual(t, rate, 0.95, "perturbation pairs that agree; failing: %d", len(bad))
}
