package figures

// classMemo holds the word classes of the tokens attribution has asked about. The
// rules walk the same few tokens around a figure again and again (the verb walk, the
// noun phrases before and after it, the clause's subject, the source's phrase), each
// time asking whether a word is a determiner, a preposition, an auxiliary, a verb: the
// answers, read in one look-up of wordClassTab, are kept. Slots are direct-mapped by
// token index: a token takes the slot of the one 64 before it, and the walks around a
// figure, a few dozen tokens, seldom meet such a pair. It is small because every
// scanner is made zeroed, with or without figures to attribute.
type classMemo struct {
	tok [64]int32 // token index + 1 whose classes the slot holds, 0 none
	cls [64]uint8
}

// The bits of a token's classes in the memo: pcPrep to pcWh, and wcVerb.
const (
	pcAll = pcPrep | pcDet | pcAux | pcPron | pcWh
	// wcVerb marks a token isVerbLike takes for a verb
	wcVerb = 1 << 7
	// wcVerbShift is where wordClassTab keeps what verbWords says of a word
	wcVerbShift = 5
)

// class returns the word classes of token i, 0 outside the text.
func (x *scanner) class(i int) uint8 {
	if slot := i & 63; x.classes.tok[slot] == int32(i+1) {
		return x.classes.cls[slot]
	}
	return x.fillClass(i)
}

// fillClass looks the classes of token i up and keeps them.
func (x *scanner) fillClass(i int) uint8 {
	if uint(i) >= uint(len(x.toks)) {
		return 0
	}
	c := wordClasses(x.w(i))
	slot := i & 63
	x.classes.tok[slot], x.classes.cls[slot] = int32(i+1), c
	return c
}

// wordClasses returns the classes of a lower-case word, as the memo holds them.
func wordClasses(w string) uint8 {
	v := wordClassTab.val(w)
	c := v & pcAll
	if verbByLexicon(w, v>>wcVerbShift) {
		c |= wcVerb
	}
	return c
}

// det, prep, aux, pron, wh and verbLike are determiner, isPreposition, auxWords,
// pronouns, whWords and isVerbLike for token i.
func (x *scanner) det(i int) bool      { return x.class(i)&pcDet != 0 }
func (x *scanner) prep(i int) bool     { return x.class(i)&pcPrep != 0 }
func (x *scanner) aux(i int) bool      { return x.class(i)&pcAux != 0 }
func (x *scanner) pron(i int) bool     { return x.class(i)&pcPron != 0 }
func (x *scanner) wh(i int) bool       { return x.class(i)&pcWh != 0 }
func (x *scanner) verbLike(i int) bool { return x.class(i)&wcVerb != 0 }

// phraseClass returns the classes of token i that end a noun phrase: pcPrep to pcWh.
func (x *scanner) phraseClass(i int) uint8 { return x.class(i) & pcAll }
