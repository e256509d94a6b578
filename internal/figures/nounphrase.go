package figures

// nounPhrase reads the noun phrase starting at token j: it returns its token range and
// the token after it. Determiners before it are stepped over; then it takes at most
// seven tokens, words and the joins inside a name (npJoinAt), up to the first word that
// closes it (npClosedAt), and never ends on a conjunction.
func (x *scanner) nounPhrase(j, b int) (int, int, int) {
	for j < b && x.det(j) {
		j++
	}
	s := j
	end := j
	for j < b && j-s < 7 {
		if x.kind(j) != tkWord {
			join := x.npJoinAt(j, s, end)
			if join == npJoinNone {
				break
			}
			j++
			if join == npJoinAbbrev {
				end = j
			}
			continue
		}
		if x.npClosedAt(j, s, end) {
			break
		}
		j++
		end = j
	}
	end = x.npTrimConjunction(s, end)
	return s, end, end
}

// npJoin is what a punctuation token inside a noun phrase does to it.
type npJoin uint8

const (
	npJoinNone   npJoin = iota // the token ends the phrase
	npJoinInner                // it joins two words of one name; the phrase ends after the next word at the earliest
	npJoinAbbrev               // the period of an abbreviation, part of the phrase
)

// npJoinAt says what the punctuation token j does to a phrase that started at token s
// and holds the tokens up to end: a hyphen, an apostrophe or an ampersand with no space
// before it and a word after it joins a word already read to the next ("Coca-Cola",
// "Macy's", "AT&T"); a period right after a single capital belongs to an abbreviation
// ("U.S.").
func (x *scanner) npJoinAt(j, s, end int) npJoin {
	r := x.w(j)
	if (r == "-" || r == "’" || r == "'" || r == "&") && x.gap(j) == 0 && x.kind(j+1) == tkWord && end > s {
		return npJoinInner
	}
	if r == "." && x.gap(j) == 0 && len(x.w(j-1)) == 1 && x.toks[j-1].cap {
		return npJoinAbbrev
	}
	return npJoinNone
}

// npClosedAt reports a word at token j that a noun phrase which started at token s and
// holds the tokens up to end cannot take, unless it opens a hyphenated compound: a closed-class word (npFunctionWord), a verb
// (npVerbCloses), a conjunction that joins no second noun (npConjunctionCloses), or a
// number or a time phrase (npCountCloses).
func (x *scanner) npClosedAt(j, s, end int) bool {
	if x.w(j+1) == "-" && x.gap(j+1) == 0 && x.kind(j+2) == tkWord && x.gap(j+2) == 0 ||
		j > s && x.w(j-1) == "-" && x.gap(j) == 0 && x.gap(j-1) == 0 {
		// "one face-to-face meeting", "an off-road vehicle": a compound's parts,
		// whatever their class alone
		return false
	}
	return x.npFunctionWord(j, s) || x.npVerbCloses(j, s, end) || x.npConjunctionCloses(j, s, end) ||
		x.npCountCloses(j, s, end)
}

// npFunctionWord reports a word at token j that no noun phrase started at token s holds:
// a preposition, an auxiliary, a wh-word, a pronoun other than "one", or a determiner
// after the first word. "US" and "IT" in capitals are names, not the pronouns "us" and
// "it".
func (x *scanner) npFunctionWord(j, s int) bool {
	w := x.w(j)
	cl := x.phraseClass(j)
	return cl&(pcPrep|pcAux|pcWh) != 0 || cl&pcPron != 0 && w != "one" && !x.toks[j].upper ||
		cl&pcDet != 0 && j > s
}

// npVerbCloses reports a lower-case verb form at token j that ends the phrase: any verb
// after a word of the phrase, and a marked form ("-ed", "-ing") that opens it with no
// object after it ("killed in"). Right after the number an unmarked form like "hits" or
// "cuts" is a noun, and so is a marked one with an object-like word after it.
func (x *scanner) npVerbCloses(j, s, end int) bool {
	w := x.w(j)
	if x.toks[j].cap {
		return false
	}
	if !x.verbLike(j) {
		// "a six-speed gearbox replaces the old one": an "-s" form after the
		// phrase's noun with an object after it is the present tense
		return end > s && presentForm(w) && x.det(j+1) && x.w(j+1) != "that"
	}
	if end > s {
		// "two deeply critical reviews": after an adjective an "-s" form is the head noun
		return !(presentForm(w) && adjectiveShape(x.w(j-1)))
	}
	n := len(w)
	marked := n >= 4 && (w[n-2:] == "ed" || w[n-3:] == "ing")
	return marked && !x.npObjectAt(j+1)
}

// npObjectAt reports a word at token k that can follow a verb form read as a noun: a
// word that is not a preposition, an auxiliary, a determiner or an adverb ("-ly",
// "twice", "again", "once").
func (x *scanner) npObjectAt(k int) bool {
	w := x.w(k)
	return x.kind(k) == tkWord && !x.prep(k) && !x.aux(k) && !x.det(k) &&
		!(len(w) > 3 && w[len(w)-2:] == "ly") && w != "twice" && w != "again" && w != "once"
}

// npConjunctionCloses reports an "and" or "or" at token j that joins no second noun to
// the phrase: it opens the phrase, or the token after it is not a word, or is a
// determiner, a verb or a number word ("and the", "and died", "or two"), or a
// lower-case word after a name ("Acme Flour and stir": names join names).
func (x *scanner) npConjunctionCloses(j, s, end int) bool {
	if w := x.w(j); w != "and" && w != "or" {
		return false
	}
	n := x.w(j + 1)
	return end == s || x.kind(j+1) != tkWord || x.det(j+1) || x.verbLike(j+1) || cardinalWordsTab.val(n) > 0 ||
		x.toks[end-1].cap && !x.toks[j+1].cap
}

// npCountCloses reports a number word at token j, or a time word after the noun ("12
// engineers last year").
func (x *scanner) npCountCloses(j, s, end int) bool {
	w := x.w(j)
	_, ok := cardinalWordsTab.get(w)
	return ok || end > s && timeWordsTab.val(w)
}

// npTrimConjunction drops the conjunctions a phrase from token s to end ends on, and
// returns its new end.
func (x *scanner) npTrimConjunction(s, end int) int {
	for end > s && (x.w(end-1) == "and" || x.w(end-1) == "or") {
		end--
	}
	return end
}

// presentForm reports a word of the shape of a verb's third-person "-s" form: four
// letters or more, ending in one "s" that no "-ss", "-us" or "-is" ending explains.
func presentForm(w string) bool {
	n := len(w)
	return n >= 4 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// adjectiveShape reports a word ending as English adjectives do: "critical", "massive",
// "famous", "economic", "useful".
func adjectiveShape(w string) bool {
	for _, suf := range [...]string{"al", "ive", "ous", "ic", "ful"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}
