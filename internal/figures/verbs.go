package figures

// Lexicon of verbs, for attribution. English marks most verbs with "-ed" or "-ing";
// these tables hold the common irregular and bare forms news prose uses, and the
// "-ed"/"-ing" words that are not verbs.

const (
	verbVerb = 1 << iota
	verbNot
)

// isVerbLike guesses whether a lower-case word is a verb.
func isVerbLike(w string) bool {
	var v uint8
	if verbWordShapes.mayHold(w) {
		v = verbWordsTab.val(w)
	}
	return verbByLexicon(w, v)
}

// verbByLexicon is isVerbLike for a word of which verbWords says v: what it lists, or
// else the ending.
func verbByLexicon(w string, v uint8) bool {
	if v != 0 {
		return v&verbVerb != 0
	}
	n := len(w)
	return n >= 4 && w[n-2:] == "ed" || n >= 5 && w[n-3:] == "ing"
}
