package figures

// Lexicon of qualifiers: the words before or after a number that bound it. Phrases are
// lower case, words separated by one space. Plain tables, never written.

// Qualifiers before a number are a small grammar, symmetric by construction: an
// optional degree adverb ("well", "just", "slightly") and a bound ("over", "fewer
// than", "in excess of"), or an approximation ("about", "roughly") or a fixed phrase
// ("at least", "up to"). The table the scanner reads is composed from these lists
// once, so that "well under" exists because "well over" does.

// comparativeBounds are bounds a degree adverb may sharpen: "well over", "just under",
// "far fewer than", "slightly north of".
var comparativeBounds = map[string]Bound{
	"more than": BoundMoreThan, "over": BoundMoreThan, "above": BoundMoreThan,
	"greater than": BoundMoreThan, "in excess of": BoundMoreThan, "upwards of": BoundMoreThan,
	"higher than": BoundMoreThan, "larger than": BoundMoreThan, "bigger than": BoundMoreThan,
	"north of": BoundMoreThan, "exceeding": BoundMoreThan,
	"less than": BoundLessThan, "fewer than": BoundLessThan, "under": BoundLessThan,
	"below": BoundLessThan, "lower than": BoundLessThan, "smaller than": BoundLessThan,
	"short of": BoundLessThan, "shy of": BoundLessThan, "south of": BoundLessThan,
}

// degreeAdverbs sharpen a comparative bound without changing its direction.
var degreeAdverbs = []string{
	"well", "just", "slightly", "roughly", "nearly", "almost", "far", "much", "a little",
	"a bit", "somewhat", "considerably", "significantly", "substantially", "marginally",
}

// fixedQualifiers are the other phrases before a number and the bound each gives.
var fixedQualifiers = map[string]Bound{
	"at least": BoundAtLeast, "at a minimum": BoundAtLeast, "no fewer than": BoundAtLeast,
	"no less than": BoundAtLeast, "not less than": BoundAtLeast, "a minimum of": BoundAtLeast,
	"at least or equal to": BoundAtLeast, "equal to or more than": BoundAtLeast,
	"equal to or greater than": BoundAtLeast, "greater than or equal to": BoundAtLeast,
	"more than or equal to": BoundAtLeast, "starting at": BoundAtLeast, "starting from": BoundAtLeast,
	"as few as": BoundAtLeast, "as little as": BoundAtLeast, "as young as": BoundAtLeast,
	"as low as": BoundAtLeast, "from as little as": BoundAtLeast,
	"surpass": BoundMoreThan, "surpassing": BoundMoreThan,
	"about": BoundApprox, "around": BoundApprox, "roughly": BoundApprox,
	"approximately": BoundApprox, "approx.": BoundApprox, "approx": BoundApprox,
	"nearly": BoundApprox, "almost": BoundApprox, "some": BoundApprox,
	"an estimated": BoundApprox, "close to": BoundApprox, "circa": BoundApprox,
	"just about": BoundApprox, "around about": BoundApprox, "an approximate": BoundApprox,
	"approaching": BoundApprox, "somewhere around": BoundApprox, "in the region of": BoundApprox,
	"up to": BoundAtMost, "as many as": BoundAtMost, "as much as": BoundAtMost,
	"as old as": BoundAtMost, "as high as": BoundAtMost, "as long as": BoundAtMost,
	"no more than": BoundAtMost, "not more than": BoundAtMost, "at most": BoundAtMost,
	"a maximum of": BoundAtMost, "at the most": BoundAtMost, "within": BoundAtMost,
	"no longer than": BoundAtMost, "smaller or equal than": BoundAtMost,
	"equal to or less than": BoundAtMost, "less than or equal to": BoundAtMost,
	"fewer than or equal to": BoundAtMost, "no greater than": BoundAtMost,
	"another": BoundExact, "equal to": BoundExact, "exactly": BoundExact,
	"aged": BoundExact, "age": BoundExact, "ages": BoundExact,
	"above age": BoundMoreThan, "under age": BoundLessThan, "over age": BoundMoreThan,
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

// prefixSymbols are one-character qualifiers written against the number or one space
// before it; ">=" and "<=" are read as two tokens by qualify.
var prefixSymbols = map[string]Bound{
	"~": BoundApprox, "≈": BoundApprox, "±": BoundApprox, ">": BoundMoreThan, "<": BoundLessThan,
	"≥": BoundAtLeast, "≤": BoundAtMost, "⩾": BoundAtLeast, "⩽": BoundAtMost,
}

// suffixQualifiers follow the number and its unit: "a million or more", "50 plus".
var suffixQualifiers = map[string]Bound{
	"or more": BoundAtLeast, "or greater": BoundAtLeast, "or higher": BoundAtLeast,
	"or above": BoundAtLeast, "or over": BoundAtLeast, "plus": BoundAtLeast,
	"and older": BoundAtLeast, "and over": BoundAtLeast, "and up": BoundAtLeast,
	"or older": BoundAtLeast, "and above": BoundAtLeast, "or more than": BoundAtLeast,
	"or less": BoundAtMost, "or fewer": BoundAtMost, "or lower": BoundAtMost,
	"or under": BoundAtMost, "or below": BoundAtMost, "or younger": BoundAtMost,
	"or so": BoundApprox, "or equal": BoundExact, "or equal to": BoundExact,
}

// changeVerbs announce a change between two values ("rose from 10% to 25%"), so the
// two are separate figures and not a range.
var changeVerbs = map[string]bool{
	"rose": true, "rise": true, "rises": true, "risen": true, "rising": true,
	"fell": true, "fall": true, "falls": true, "fallen": true, "falling": true,
	"increased": true, "increase": true, "increases": true, "increasing": true,
	"decreased": true, "decrease": true, "decreases": true, "grew": true, "grown": true,
	"dropped": true, "drop": true, "climbed": true, "jumped": true, "declined": true,
	"reduced": true, "cut": true, "changed": true, "up": true, "down": true, "raised": true,
	"lowered": true, "slipped": true, "slid": true, "surged": true, "soared": true,
	"plunged": true, "tumbled": true, "went": true, "moved": true, "shifted": true,
	"boosted": true, "expanded": true, "shrank": true, "doubled": true, "tripled": true,
}
