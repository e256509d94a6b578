package figures

// Lexicon of qualifiers: the words before or after a number that bound it. Phrases are
// lower case, words separated by one space. Plain tables, never written.

// Qualifiers before a number are a small grammar, symmetric by construction: an
// optional degree adverb ("well", "just", "slightly") and a bound ("over", "fewer
// than", "in excess of"), or an approximation ("about", "roughly") or a fixed phrase
// ("at least", "up to"). The table the scanner reads is composed from these lists
// once, so that "well under" exists because "well over" does.

// degreeAdverbs sharpen a comparative bound without changing its direction.
var degreeAdverbs = []string{
	"well", "just", "slightly", "roughly", "nearly", "almost", "far", "much", "a little",
	"a bit", "somewhat", "considerably", "significantly", "substantially", "marginally",
}

// prefixQualifiers map a phrase written before a number to the bound it gives: the
// fixed phrases, the comparative bounds, and each comparative after each degree adverb.
var prefixQualifiers = composeQualifiers(fixedQualifiers, comparativeBounds, degreeAdverbs)

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
