package newsparse

// Lexicon of qualifiers: the words before or after a number that bound it. Phrases are
// lower case, words separated by one space. Plain tables, never written.

// prefixQualifiers map a phrase written before a number to the bound it gives.
var prefixQualifiers = map[string]Bound{
	"at least": BoundAtLeast, "at a minimum": BoundAtLeast, "no fewer than": BoundAtLeast,
	"no less than": BoundAtLeast, "not less than": BoundAtLeast, "a minimum of": BoundAtLeast,
	"at least or equal to": BoundAtLeast, "equal to or more than": BoundAtLeast,
	"equal to or greater than": BoundAtLeast, "greater than or equal to": BoundAtLeast,
	"more than or equal to": BoundAtLeast,
	"more than":             BoundMoreThan, "over": BoundMoreThan, "above": BoundMoreThan,
	"greater than": BoundMoreThan, "in excess of": BoundMoreThan, "upwards of": BoundMoreThan,
	"exceeding": BoundMoreThan, "surpass": BoundMoreThan, "surpassing": BoundMoreThan,
	"just over": BoundMoreThan, "well over": BoundMoreThan, "much more than": BoundMoreThan,
	"far more than": BoundMoreThan, "well above": BoundMoreThan, "just above": BoundMoreThan,
	"higher than": BoundMoreThan, "larger than": BoundMoreThan, "bigger than": BoundMoreThan,
	"slightly more than": BoundMoreThan, "a little more than": BoundMoreThan,
	"about": BoundApprox, "around": BoundApprox, "roughly": BoundApprox,
	"approximately": BoundApprox, "approx.": BoundApprox, "approx": BoundApprox,
	"nearly": BoundApprox, "almost": BoundApprox, "some": BoundApprox,
	"an estimated": BoundApprox, "close to": BoundApprox, "circa": BoundApprox,
	"just about": BoundApprox, "around about": BoundApprox, "an approximate": BoundApprox,
	"less than": BoundLessThan, "fewer than": BoundLessThan, "under": BoundLessThan,
	"below": BoundLessThan, "lower than": BoundLessThan, "smaller than": BoundLessThan,
	"just under": BoundLessThan, "just short of": BoundLessThan, "short of": BoundLessThan,
	"shy of": BoundLessThan, "just shy of": BoundLessThan, "just below": BoundLessThan,
	"slightly less than": BoundLessThan,
	"up to":              BoundAtMost, "as many as": BoundAtMost, "as much as": BoundAtMost,
	"no more than": BoundAtMost, "not more than": BoundAtMost, "at most": BoundAtMost,
	"a maximum of": BoundAtMost, "at the most": BoundAtMost, "within": BoundAtMost,
	"no longer than": BoundAtMost, "smaller or equal than": BoundAtMost,
	"equal to or less than": BoundAtMost, "less than or equal to": BoundAtMost,
	"fewer than or equal to": BoundAtMost, "no greater than": BoundAtMost,
	"another": BoundExact, "equal to": BoundExact, "exactly": BoundExact,
	"aged": BoundExact, "age": BoundExact, "ages": BoundExact,
	"above age": BoundMoreThan, "under age": BoundLessThan, "over age": BoundMoreThan,
}

// prefixSymbols are one-character qualifiers written against the number.
var prefixSymbols = map[string]Bound{
	"~": BoundApprox, "≈": BoundApprox, ">": BoundMoreThan, "<": BoundLessThan,
	"≥": BoundAtLeast, "≤": BoundAtMost, ">=": BoundAtLeast, "<=": BoundAtMost,
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
