package figures

import (
	"fmt"
	"strings"

	"golang.org/x/text/currency"
)

// The recipes of the tables the scanner reads: which lists of lexicon/*.txt each is
// composed of, and how. generateLexicon runs them and writes their results into
// lexicon_gen.go as static literals, so that the package builds nothing at init.

// lexiconProducts lists every generated declaration, in the order of the file.
func lexiconProducts(l lexicon) []product {
	var ps []product
	bools := func(name string) map[string]bool { return list[bool](l, name) }
	floats := func(name string) map[string]float64 { return list[float64](l, name) }
	strs := func(name string) map[string]string { return list[string](l, name) }
	bounds := func(name string) map[string]Bound { return list[Bound](l, name) }
	units := func(name string) map[string]unitInfo { return list[unitInfo](l, name) }
	doc := func(name string) string { return l[name].doc }

	// the lists the scanner reads as they are written
	for _, name := range sortedKeys(l) {
		if derivedOnly[name] {
			continue
		}
		tab := name + "Tab"
		switch m := l[name].entries.(type) {
		case map[string]bool:
			ps = append(ps, tableOf(tab, doc(name), "bool", m, boolLit))
		case map[string]float64:
			ps = append(ps, tableOf(tab, doc(name), "float64", m, floatLit))
		case map[string]string:
			ps = append(ps, tableOf(tab, doc(name), "string", m, stringLit))
		case map[string]Bound:
			ps = append(ps, tableOf(tab, doc(name), "Bound", m, boundLit))
		default:
			panic("lexicon: no table of list " + name)
		}
	}

	currencyCodes := withISOCodes(strs("currencyAliases"), bools("isoWordCodes"))
	exactUnits := withSIUnits(units("exactUnitsListed"), true, units("foldedUnitsListed"))
	foldedUnits := withSIUnits(units("foldedUnitsListed"), false, nil)
	prefixQualifiers := composeQualifiers(bounds("fixedQualifiers"), bounds("comparativeBounds"), degreeAdverbs)
	foldWords := composeFoldWords(floats("cardinalWords"), floats("scaleWords"))
	figureWords := withKeys(map[string]bool{"tens": true}, floats("cardinalWords"), floats("scaleWords"),
		floats("fractionWords"), floats("vagueWords"), foldWords)
	triggerWords := withKeys(wordSet("an half quarter tens"), floats("cardinalWords"), floats("vagueWords"),
		withoutKeys(floats("vagueAmounts"), "some"), foldWords)
	verbWords := markWords(markWords(map[string]uint8{}, verbVerb, bools("irregularVerbs"), bools("reportingVerbs")),
		verbNot, bools("notVerbs"))
	reportVerbs := markWords(markWords(markWords(map[string]uint8{}, reportSays, bools("reportingVerbs")),
		reportLoose, bools("looseVerbs"), bools("claimVerbs")), reportClaim, bools("claimVerbs"))
	wordClasses := markWords(markWords(markWords(markWords(markWords(map[string]uint8{},
		pcPrep, bools("prepositions")), pcDet, bools("determiners")), pcAux, bools("auxWords")),
		pcPron, bools("pronouns")), pcWh, bools("whWords"))
	for w, v := range verbWords {
		wordClasses[w] |= v << wcVerbShift
	}

	ps = append(ps,
		tableOf("currencyCodesTab", "currencyCodes are the codes of ISO 4217 that are legal tender somewhere today, as\n"+
			"golang.org/x/text/currency (CLDR) lists them, and the abbreviations writers use\n"+
			"(currencyAliases). They must be matched with their case: \"RM\" is ringgit, \"rm\" is\n"+
			"nothing. Codes that spell an English word in capitals (ALL, TOP, PEN, CUP, ...) are\n"+
			"left out (isoWordCodes): in a shouted headline they are words, and writers give those\n"+
			"currencies by name.", "string", currencyCodes, stringLit),
		tableOf("exactUnitsTab", "exactUnits must match case exactly, because \"MB\" and \"Mb\", \"K\" and \"k\" differ:\n"+
			"exactUnitsListed and every SI prefix composed with every base unit (siBase).", "unitInfo", exactUnits, unitLit),
		tableOf("foldedUnitsTab", "foldedUnits match after lower-casing ASCII letters: foldedUnitsListed and the SI\n"+
			"units' names (\"kilohertz\", \"milliamps\"), composed the same way. Keys may hold several\n"+
			"words joined by one space (\"square meters\") or symbols (\"km/h\").", "unitInfo", foldedUnits, unitLit),
		tableOf("prefixQualifiersTab", "prefixQualifiers map a phrase written before a number to the bound it gives: the\n"+
			"fixed phrases, the comparative bounds, and each comparative after each degree adverb,\n"+
			"so that \"well under\" exists because \"well over\" does.", "Bound", prefixQualifiers, boundLit),
		tableOf("foldWordsTab", "foldWords are the multipliers written as one word: \"twofold\" to \"tenfold\",\n"+
			"\"hundredfold\", composed from the cardinal and scale words.", "float64", foldWords, floatLit),
		tableOf("figureWordsTab", "figureWords are the words without which no figure can be read from text that holds no\n"+
			"digit: the keys of cardinalWords, scaleWords, fractionWords, vagueWords and foldWords,\n"+
			"and \"tens\". Composed from those lists, so the quick reject cannot fall out of step.", "bool", figureWords, boolLit),
		tableOf("ordinalWordsTab", "ordinalWords are the singular ordinal words of ordinalValues (and \"firsts\"): never counts.",
			"bool", singularOrdinals(floats("ordinalValues")), boolLit),
		tableOf("triggerWordsTab", "triggerWords lists the words a figure can start with, but \"a\", which triggerWord\n"+
			"tests itself: the cardinal words, the vague plurals (\"hundreds\"), the vague amounts but\n"+
			"\"some\" (a qualifier: \"some 2,000\"), the fold words, and the words readWordsAt and\n"+
			"vagueAt open a number with: \"an\", \"half\", \"quarter\", \"tens\".", "bool", triggerWords, boolLit),
		tableOf("verbWordsTab", "verbWords decides isVerbLike for the words it lists: a word of irregularVerbs or\n"+
			"reportingVerbs is one (verbVerb), else a word of notVerbs is not (verbNot).", "uint8", verbWords, uint8Lit),
		tableOf("reportVerbsTab", "reportVerbs joins reportingVerbs (reportSays), looseVerbs and claimVerbs (reportLoose)\n"+
			"and claimVerbs (reportClaim), so that reports turns a word away with one look-up.", "uint8", reportVerbs, uint8Lit),
		tableOf("wordClassTab", "wordClassTab answers, in one look-up, which of the word classes that end a noun\n"+
			"phrase a word belongs to (prepositions, determiners, auxWords, pronouns, whWords) and\n"+
			"what verbWords says of it, shifted up by wcVerbShift: attribution reads a token's\n"+
			"classes in one look-up.", "uint8", wordClasses, uint8Lit),
		tableOf("currencyStartsTab", "currencyStarts are the first words of the currency words of several words.",
			"bool", keyStarts(strs("currencyWords")), boolLit),
		tableOf("percentStartsTab", "percentStarts are the first words of the percent words of several words.",
			"bool", keyStarts(strs("percentWords")), boolLit),
		tableOf("unitStartsTab", "unitStarts are the first words of the folded units of several words.",
			"bool", keyStarts(foldedUnits), boolLit),
		tableOf("suffixStartsTab", "suffixStarts are the first words of the suffix qualifiers of several words.",
			"bool", keyStarts(bounds("suffixQualifiers")), boolLit),
		tableOf("prefixStartsTab", "prefixStarts are the first words of the prefix qualifiers of several words.",
			"bool", keyStarts(prefixQualifiers), boolLit),

		shapesOf("figureWordShapes", "figureWordShapes tells the shapes of figureWords apart by their first two letters\n"+
			"and length, which no common word of prose shares.", newBigramShapes(figureWords)),
		shapesOf("triggerShapes", "triggerShapes are the shapes of triggerWords.", newBigramShapes(triggerWords)),
		shapesOf("verbWordShapes", "verbWordShapes turns away, inline, most of the words isVerbLike is asked about that\n"+
			"the first-letter test of verbWordsTab lets through.", newBigramShapes(verbWords)),
		shapesOf("sourceShapes", "sourceShapes is the shape test source runs on every word of a sentence with a figure:\n"+
			"the shapes of reportVerbs and of the words that open \"according to\", \"figures from\" and\n"+
			"\"data from\".", newBigramShapes(withKeys(map[string]bool{"according": true, "figures": true, "data": true}, reportVerbs))),
		shapesOf("calendarShapes", "calendarShapes are the shapes of the words the calendar and phone switches of\n"+
			"exclusions.go name (TestShapeGuardsCoverSwitches holds them to the switches).", newBigramShapes(calendarWords)),
		shapesOf("quietShapes", "quietShapes hold the shapes of the words quietBefore and quietAfter must look at:\n"+
			"those of calendarShapes, the same one letter longer (a day's plural), and the words\n"+
			"they name.", composeQuietShapes()),
		lookupShapesOf("unitShapes", "unitShapes are the shapes of the words unitAfterAll looks up at the token after a\n"+
			"number: the keys of its tables and their first tokens, and the words it names.",
			newLookupShapes(unitWords(l, currencyCodes, exactUnits, foldedUnits))),
	)
	return ps
}

// derivedOnly are the lists the scanner reads only through the tables composed of them.
var derivedOnly = map[string]bool{
	"claimVerbs": true, "comparativeBounds": true, "currencyAliases": true, "determiners": true,
	"exactUnitsListed": true, "fixedQualifiers": true, "foldedUnitsListed": true,
	"irregularVerbs": true, "isoWordCodes": true, "looseVerbs": true, "notVerbs": true,
	"prepositions": true, "reportingVerbs": true,
}

// degreeAdverbs sharpen a comparative bound without changing its direction.
var degreeAdverbs = []string{
	"well", "just", "slightly", "roughly", "nearly", "almost", "far", "much", "a little",
	"a bit", "somewhat", "considerably", "significantly", "substantially", "marginally",
}

// composeQualifiers returns the fixed phrases, the comparative bounds, and each
// comparative after each degree adverb.
func composeQualifiers(fixed, comparative map[string]Bound, adverbs []string) map[string]Bound {
	m := make(map[string]Bound, len(fixed)+len(comparative)*(len(adverbs)+1))
	for k, b := range fixed {
		m[k] = b
	}
	for k, b := range comparative {
		m[k] = b
		for _, d := range adverbs {
			m[d+" "+k] = b
		}
	}
	return m
}

// withISOCodes returns the aliases and every ISO 4217 code in tender today, each
// mapped to itself, but for the words.
func withISOCodes(aliases map[string]string, words map[string]bool) map[string]string {
	m := make(map[string]string, len(aliases)+200)
	for it := currency.Query(); it.Next(); {
		code := it.Unit().String()
		if len(code) == 3 && !words[code] {
			m[code] = code
		}
	}
	for k, v := range aliases {
		m[k] = v
	}
	return m
}

// siBase are the SI and SI-style base units read with a prefix: the symbol, the names
// (singular and plural, British and American spelling), the prefixes in use with it (as
// news and product text writes them: kHz, mA, kt of CO2, no "Pm" or "mt"), and whether
// the symbol stands alone after a number ("12V" and "60W" yes; "6A" is a school class, "12B" twelve billion, "Pa." a state).
var siBase = []struct {
	sym      string
	names    []string
	prefixes string
	bare     bool
}{
	{"Hz", []string{"hertz"}, "kMGT", true},
	{"W", []string{"watt", "watts"}, "kMGTm", true},
	{"Wh", []string{"watt-hour", "watt-hours", "watt hour", "watt hours"}, "kMGT", true},
	{"A", []string{"amp", "amps", "ampere", "amperes"}, "kmµ", false},
	{"V", []string{"volt", "volts"}, "kMmµ", true},
	{"J", []string{"joule", "joules"}, "kMG", false},
	{"Pa", []string{"pascal", "pascals"}, "kMh", false},
	{"eV", []string{"electronvolt", "electronvolts", "electron volt", "electron volts"}, "kMGT", true},
	{"B", []string{"byte", "bytes"}, "kKMGTPE", false},
	{"b", []string{"bit", "bits"}, "kKMGT", false},
	{"m", []string{"metre", "metres", "meter", "meters"}, "kcmµn", false},
	{"g", []string{"gram", "grams", "gramme", "grammes"}, "kmµn", false},
	{"L", []string{"litre", "litres", "liter", "liters"}, "mch", false},
	{"t", []string{"tonne", "tonnes"}, "kMG", false},
}

// siPrefixNames name the SI prefixes by symbol.
var siPrefixNames = map[rune]string{
	'k': "kilo", 'K': "kilo", 'M': "mega", 'G': "giga", 'T': "tera", 'P': "peta", 'E': "exa",
	'm': "milli", 'µ': "micro", 'n': "nano", 'c': "centi", 'h': "hecto",
}

func me(u string) unitInfo { return unitInfo{KindMeasure, u} }

// withSIUnits returns a copy of listed with every base unit composed with each of its
// prefixes: symbols ("kHz", "mA", "GWh") into the exact table, unless the folded table
// already reads the symbol in any case ("km", "mg", with "km2" and "km/h"), names
// ("kilohertz", "milliamps") into the folded one. A listed entry wins: "mb" and "mw"
// keep their meaning there.
func withSIUnits(listed map[string]unitInfo, exact bool, folded map[string]unitInfo) map[string]unitInfo {
	m := make(map[string]unitInfo, len(listed)+len(siBase)*24)
	for k, u := range listed {
		m[k] = u
	}
	add := func(k string, u unitInfo) {
		if _, ok := m[k]; ok {
			return
		}
		if _, ok := folded[strings.ToLower(k)]; ok && exact {
			return
		}
		m[k] = u
	}
	for _, b := range siBase {
		switch {
		case !exact:
			for _, n := range b.names {
				add(n, me(b.sym))
			}
		case b.bare:
			add(b.sym, me(b.sym))
		}
		for _, p := range b.prefixes {
			sym := string(p) + b.sym
			if exact {
				add(sym, me(sym))
				if p == 'µ' {
					add("μ"+b.sym, me(sym)) // Greek mu, as often typed
				}
				continue
			}
			for _, n := range b.names {
				add(siPrefixNames[p]+n, me(sym))
			}
		}
	}
	return m
}

// composeFoldWords returns "twofold" to "tenfold" and so on, and "hundredfold" and
// "thousandfold".
func composeFoldWords(cardinals, scales map[string]float64) map[string]float64 {
	m := map[string]float64{}
	for w, v := range cardinals {
		if v >= 2 && len(w) <= maxFigureWord-4 {
			m[w+"fold"] = v
		}
	}
	for _, w := range []string{"hundred", "thousand"} {
		m[w+"fold"] = scales[w]
	}
	return m
}

// singularOrdinals returns the ordinal words that are not plural, and "firsts".
func singularOrdinals(values map[string]float64) map[string]bool {
	m := map[string]bool{}
	for w := range values {
		if w == "firsts" || w[len(w)-1] != 's' {
			m[w] = true
		}
	}
	return m
}

// withoutKeys returns a copy of m without the keys named.
func withoutKeys[V any](m map[string]V, keys ...string) map[string]V {
	out := map[string]V{}
	for k, v := range m {
		out[k] = v
	}
	for _, k := range keys {
		delete(out, k)
	}
	return out
}

// calendarWords are the words the calendar and phone switches of exclusions.go name.
var calendarWords = wordSet(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
	tonight morning afternoon evening noon midnight oclock o'clock o’clock
	phone call tel telephone fax mobile cell dial whatsapp hotline helpline contact`)

// composeQuietShapes returns the shapes of calendarWords, the same one letter longer, and the
// words quietBefore and quietAfter name.
func composeQuietShapes() *bigramShapes {
	t := newBigramShapes(wordSet("the at around about till until of st nd rd th am pm a.m p.m ext"))
	for k, m := range newBigramShapes(calendarWords) {
		t[k] |= m | m<<1
	}
	return t
}

// unitWords are the words unitAfterAll looks up at the token after a number.
func unitWords(l lexicon, currencyCodes map[string]string, exactUnits, foldedUnits map[string]unitInfo) map[string]bool {
	words := withKeys(map[string]bool{}, wordSet(strings.Join(unitAfterMarks[:], " ")), wordSet(strings.Join(addingWords[:], " ")))
	percent, currencyWords := list[string](l, "percentWords"), list[string](l, "currencyWords")
	return withKeys(words, percent, keyStarts(percent), list[string](l, "currencySymbols"), currencyCodes,
		list[string](l, "millionCodes"), currencyWords, keyStarts(currencyWords), list[string](l, "ageUnits"),
		exactUnits, foldedUnits, keyStarts(foldedUnits))
}

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// withKeys returns m with the keys of every map of more added, set to true.
func withKeys(m map[string]bool, more ...any) map[string]bool {
	for _, mm := range more {
		for _, k := range anyKeys(mm) {
			m[k] = true
		}
	}
	return m
}

// anyKeys returns the keys of a map of any lexicon value type.
func anyKeys(m any) []string {
	switch m := m.(type) {
	case map[string]bool:
		return sortedKeys(m)
	case map[string]float64:
		return sortedKeys(m)
	case map[string]string:
		return sortedKeys(m)
	case map[string]uint8:
		return sortedKeys(m)
	case map[string]Bound:
		return sortedKeys(m)
	case map[string]unitInfo:
		return sortedKeys(m)
	}
	panic(fmt.Sprintf("anyKeys: %T", m))
}

// markWords sets bit in m for every word of the sets and returns m.
func markWords(m map[string]uint8, bit uint8, sets ...map[string]bool) map[string]uint8 {
	for _, set := range sets {
		for w := range set {
			m[w] |= bit
		}
	}
	return m
}

// keyStarts lists the first token of every key of table that spans several tokens.
func keyStarts[V any](table map[string]V) map[string]bool {
	starts := map[string]bool{}
	for k := range table {
		toks := scanned(k).toks
		if len(toks) > 1 {
			starts[k[toks[0].s:toks[0].e]] = true
		}
	}
	return starts
}
