package figures

// Lexicon of verbs, for attribution. English marks most verbs with "-ed" or "-ing";
// these tables hold the common irregular and bare forms news prose uses, and the
// "-ed"/"-ing" words that are not verbs.

// verbWords decides isVerbLike for the words it lists: a word of irregularVerbs or
// reportingVerbs is one (verbVerb), else a word of notVerbs is not (verbNot). One
// look-up where there were three: isVerbLike runs on most words of a phrase around a
// figure.
var verbWords = markWords(markWords(map[string]uint8{}, verbVerb, irregularVerbs, reportingVerbs), verbNot, notVerbs)

// verbWordShapes turns away, inline, most of the words isVerbLike is asked about that
// the first-letter test of verbWordsTab lets through: two in three of them.
var verbWordShapes = newBigramShapes(verbWords)

const (
	verbVerb = 1 << iota
	verbNot
)

// isVerbLike guesses whether a lower-case word is a verb.
func isVerbLike(w string) bool {
	if verbWordShapes.mayHold(w) {
		if v := verbWordsTab.val(w); v != 0 {
			return v&verbVerb != 0
		}
	}
	n := len(w)
	return n >= 4 && w[n-2:] == "ed" || n >= 5 && w[n-3:] == "ing"
}
