package figures

import (
	"strings"
	"unicode"
)

// Attribution: what a figure counts (Subject), what happened to it (Verb) and who says
// so (Source), read from the figure's sentence with a few word lists rather than a
// parser. A source is only ever a phrase the sentence writes; a pronoun is none.

// phrase is a stretch of the text, bytes s to e, that attribution reads as a figure's
// subject, verb or source. Attribution keeps offsets, and the strings are cut from the
// caller's text once it is done (Scratch.appendHeld): a string sliced from the
// scanner's text and stored in a figure made the compiler's escape analysis, which
// does not tell one field of the scanner from another, move the scanner's token,
// lower-case and sentence buffers to the heap along with it.
type phrase struct{ s, e int32 }

// empty reports no phrase, the "" of a string.
func (p phrase) empty() bool { return p.e <= p.s }

// in is the phrase as text holds it.
func (p phrase) in(text string) string { return text[p.s:p.e] }

// str is phrase p of the scanner's text, to read, never to keep.
func (x *scanner) str(p phrase) string { return p.in(x.text) }

// cut is the phrase of tokens a to b, both included.
func (x *scanner) cut(a, b int) phrase { return phrase{x.toks[a].s, x.toks[b].e} }

// tok is the phrase of token i, none when i is out of range: raw's phrase.
func (x *scanner) tok(i int) phrase {
	x.steps++
	if i < 0 || i >= len(x.toks) {
		return phrase{}
	}
	return phrase{x.toks[i].s, x.toks[i].e}
}

// findSentences splits the tokens into sentences. A blank line always ends one; so does
// a single line break after a sentence's closing punctuation or before a capitalised
// word that no open phrase is waiting for (a headline line, a list item): subjects and
// sources never cross paragraphs. A paragraph start is recorded as a negative sentence
// start, read back by paraStart. The starts are appended to buf and returned; the
// scanner is given them before any rule runs, as a scanner that set them itself on
// first use, through its pointer, had the compiler move its buffers to the heap.
//
// Only the tokens the tokenizer marked (x.marks) can end a sentence: one that starts
// with '.', '!' or '?', or one after a line break. Those are read, not every token.
func (x *scanner) findSentences(buf []int) []int {
	starts := append(buf[:0], 0)
	text, toks := x.text, x.toks
	for _, m := range x.marks {
		i := int(m)
		if i >= len(toks) {
			break // a line break after the last token
		}
		if toks[i].gap == 2 && i > 0 {
			if lb := lineBreaks(text[toks[i-1].e:toks[i].s]); lb >= 2 || lb == 1 && x.breakEnds(i) {
				if last := len(starts) - 1; starts[last] == i {
					starts[last] = -i
				} else {
					starts = append(starts, -i)
				}
			}
		}
		// Only a punctuation token starts with '.', '!' or '?' (words start with a
		// letter, numbers with a digit), so the first byte tells them without the kind,
		// a test mispredicted at every change of kind.
		if !sentenceStops[text[toks[i].s]] {
			continue
		}
		r := x.w(i)
		next := i + 1
		for next < len(x.toks) && x.toks[next].k == tkPunct && x.toks[next].gap == 0 && isCloser(x.w(next)) {
			next++
		}
		if next >= len(x.toks) || x.toks[next].gap == 0 {
			continue
		}
		if r == "." && x.kind(i-1) == tkWord && x.gap(i) == 0 {
			w := x.w(i - 1)
			if abbreviationsTab.val(w) || len(w) == 1 {
				continue
			}
		}
		nt := x.toks[next]
		if nt.k == tkWord && !nt.cap {
			continue
		}
		starts = append(starts, next)
	}
	return starts
}

// lineBreaks counts the line breaks in the space between two tokens.
func lineBreaks(space string) int {
	n := 0
	for k := 0; k < len(space); k++ {
		if space[k] == '\n' || space[k] == '\r' && (k+1 == len(space) || space[k+1] != '\n') {
			n++
		}
	}
	return n
}

// breakEnds decides whether a single line break before token i ends a sentence: after
// closing punctuation, or before a capitalised word or a number when the line before
// does not end on a word that needs one to follow (an article, a preposition, "and").
func (x *scanner) breakEnds(i int) bool {
	p := x.w(i - 1)
	switch p {
	case ".", "!", "?", ":", ";", "”", "\"", "’", ")":
		return true
	}
	if x.kind(i) == tkWord && !x.toks[i].cap {
		return false
	}
	return !(determiner(p) || isPreposition(p) || p == "and" || p == "or" || p == "," || p == "-" ||
		p == "—" || p == "–" || auxWordsTab.val(p))
}

// sentenceStops are the bytes that may end a sentence.
var sentenceStops = [256]bool{'.': true, '!': true, '?': true}

func isCloser(r string) bool {
	switch r {
	case "\"", "”", "’", "'", ")", "]":
		return true
	}
	return false
}

// sportsIn reports a sentence that talks sport, so that "6-4" is a score. It is asked
// only when such a pair turns up, so most texts never pay for it.
func (x *scanner) sportsIn(s int) bool {
	if x.sportsMemo.sent == s+1 {
		return x.sportsMemo.val
	}
	v := false
	for i := x.sentStart(s); i < x.sentEnd(s); i++ {
		if x.toks[i].k == tkWord && sportsWordsTab.val(x.w(i)) {
			v = true
			break
		}
	}
	x.sportsMemo = sentMemo{s + 1, v}
	return v
}

// sentMemo remembers a test of a whole sentence for the sentence last asked about:
// figures are found in order, so a sentence's many figures ask about it in a row, and
// the sentence is read once rather than once a figure.
type sentMemo struct {
	sent int // sentence + 1; zero is none
	val  bool
}

// sentOf is the sentence holding token i.
func (x *scanner) sentOf(i int) int {
	lo, hi := 0, len(x.sentStarts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if absInt(x.sentStarts[mid]) <= i {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func (x *scanner) sentStart(s int) int {
	if s < 0 || s >= len(x.sentStarts) {
		return 0
	}
	return absInt(x.sentStarts[s])
}

// paraFirst is the first sentence of the paragraph that holds sentence s.
func (x *scanner) paraFirst(s int) int {
	for s > 0 && x.sentStarts[s] > 0 {
		s--
		x.steps++
	}
	return s
}

// paraLast is the last sentence of the paragraph that holds sentence s.
func (x *scanner) paraLast(s int) int {
	for s+1 < len(x.sentStarts) && x.sentStarts[s+1] > 0 {
		s++
		x.steps++
	}
	return s
}

func absInt(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

func (x *scanner) sentEnd(s int) int {
	if s+1 < len(x.sentStarts) {
		return absInt(x.sentStarts[s+1])
	}
	return len(x.toks)
}

// titleCase reports a sentence whose words are mostly capitalised, as headlines are.
func (x *scanner) titleCase(s int) bool {
	if x.titleMemo.sent == s+1 {
		return x.titleMemo.val
	}
	v := x.titleCaseOf(s)
	x.titleMemo = sentMemo{s + 1, v}
	return v
}

func (x *scanner) titleCaseOf(s int) bool {
	words, caps := 0, 0
	for i := x.sentStart(s); i < x.sentEnd(s); i++ {
		if x.toks[i].k != tkWord || len(x.w(i)) < 4 {
			continue
		}
		words++
		if x.toks[i].cap {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// attribute fills Subject, Verb and Source of each figure from its sentence. A figure
// in a sentence with no source of its own takes the source of a paragraph that opens
// with a quotation and closes with its speaker ("..., police said").
func (x *scanner) attribute(figs []Figure, spans []span) {
	var srcSent, closingPara = -1, -1
	var src, closing, named phrase
	// Figures come in text order, so the paragraph of the previous figure is found once
	// and reused: walking back to its first sentence for every figure would make a
	// paragraph of many figures quadratic.
	paraFirst, paraLast := -1, -1
	for k := range figs {
		sp, f := &spans[k], &figs[k]
		if sp.sent < paraFirst || sp.sent > paraLast {
			paraFirst, paraLast = x.paraFirst(sp.sent), x.paraLast(sp.sent)
		}
		if sp.sent != srcSent {
			var pronoun bool
			src, pronoun = x.source(sp.sent)
			srcSent, named = sp.sent, phrase{}
			if src.empty() && pronoun {
				named = x.namedSpeakerBefore(sp.sent, paraFirst)
			}
		}
		sp.source = src
		if sp.source.empty() && x.opensWithQuote(x.sentStart(paraFirst)) {
			if closingPara != paraFirst {
				closingPara, closing = paraFirst, phrase{}
				if paraLast != sp.sent {
					closing, _ = x.source(paraLast)
				}
			}
			sp.source = closing
		}
		if sp.source.empty() {
			sp.source = named
		}
		x.subjectVerb(sp, f)
	}
	x.inheritSubjects(figs, spans)
	x.inheritVerbs(figs, spans)
	for k := range figs {
		if spans[k].subject.empty() && figs[k].Kind != KindAge && figs[k].Kind != KindScore {
			spans[k].subject = x.clauseSubject(spans[k].s, x.sentStart(spans[k].sent))
		}
	}
	// a figure chained to one whose subject only the clause gave ("80 km (50 miles)")
	// takes that subject too
	x.inheritSubjects(figs, spans)
}

// personalPronoun reports a "he" or "she" at token i.
func (x *scanner) personalPronoun(i int) bool {
	w := x.w(i)
	return w == "he" || w == "she"
}

// namedSpeakerBefore resolves the pronoun of sentence s, in the paragraph that opens
// with sentence first, to the one person named as a source earlier in the paragraph ("Maria Lopez said ... . "...," she said."). Two
// different names, or none, leave the claim without a source: a pronoun is never one.
func (x *scanner) namedSpeakerBefore(s, first int) phrase {
	var name phrase
	// a speaker is named within the few sentences before; the bound keeps a paragraph
	// of many such sentences linear
	for t := max(first, s-6); t < s; t++ {
		src, _ := x.source(t)
		if !personName(x.str(src)) || x.str(src) == x.str(name) {
			continue
		}
		if !name.empty() {
			return phrase{}
		}
		name = src
	}
	return name
}

// personName reports a source that reads as a person's name: two to four words, each
// capitalised ("Maria Lopez", "Dr Anne Clarke").
func personName(p string) bool {
	n := 0
	for w, rest := nextField(p); w != ""; w, rest = nextField(rest) {
		n++
		if n > 4 || w[0] < 'A' || w[0] > 'Z' || capitalFunctionWordsTab.val(strings.ToLower(w)) {
			return false
		}
	}
	return n >= 2
}

// nextField returns the first of the words of s that strings.Fields splits it into, and
// what follows it. A loop over it, unlike strings.Fields or strings.FieldsSeq, keeps s
// off the heap: p above is a phrase of the scanner's text (see phrase).
func nextField(s string) (word, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if k := strings.IndexFunc(s, unicode.IsSpace); k >= 0 {
		return s[:k], s[k:]
	}
	return s, ""
}

// pricedAt returns, for an amount of money that prices the thing named before it, the
// token that thing ends before: the preposition of "the router for $67.77" or the
// figure's own "from" ("phones from $120"); else -1.
func (x *scanner) pricedAt(sp span, f *Figure) int {
	if f.Kind != KindMoney {
		return -1
	}
	switch x.w(sp.s - 1) {
	case "for", "at":
		return sp.s - 1
	case "from":
		// "down from £1,817" is where a change started, not a price
		if w := x.w(sp.s - 2); w != "up" && w != "down" && !x.verbLike(sp.s-2) {
			return sp.s - 1
		}
	}
	if x.w(sp.s) == "from" {
		return sp.s
	}
	return -1
}

// afterPreposition reports a noun phrase starting at token st that is the object of a
// preposition ("available from several suppliers"), its articles stepped over.
func (x *scanner) afterPreposition(st, a int) bool {
	p := st - 1
	for p >= a && x.det(p) {
		p--
	}
	return p >= a && x.prep(p)
}

// opensWithQuote reports a paragraph, starting at token i, that opens with a quotation
// mark.
func (x *scanner) opensWithQuote(i int) bool {
	switch x.w(i) {
	case "\"", "“", "‘", "'":
		return true
	}
	return false
}

// The bits of reportVerbs.
const (
	reportSays  = 1 << iota // in reportingVerbs
	reportLoose             // in looseVerbs
	reportClaim             // in claimVerbs
)

// reports decides whether the verb at token i introduces a claim.
func (x *scanner) reports(i int) bool {
	w := x.w(i)
	// every reporting verb is four to ten letters and starts with one of these
	if len(w) < 3 || len(w) > 12 || !reportInitial(w[0]) {
		return false
	}
	kind := reportVerbsTab.val(w)
	if kind == 0 {
		return false
	}
	switch x.w(i - 1) {
	case "is", "was", "be", "been", "being", "are", "were", "to", "the", "a", "an":
		return false
	}
	if p := x.w(i - 1); w[len(w)-1] == 's' && (x.kind(i-1) == tkNum || cardinalWordsTab.val(p) > 0 ||
		strings.HasSuffix(p, "al") || strings.HasSuffix(p, "ive") || strings.HasSuffix(p, "ous")) {
		// "two highly critical reports that ...": a noun after a number or an adjective
		return false
	}
	if kind&reportLoose == 0 {
		return true
	}
	if kind&reportClaim != 0 {
		// "the study suggests 40% ...", "police estimated 2,000 people": a verb whose
		// object is a claim reports before the number that opens it too
		if nk := x.kind(i + 1); nk == tkNum || cardinalWordsTab.val(x.w(i+1)) > 0 || qualifierWord(x.w(i+1)) {
			return true
		}
	}
	switch nw := x.w(i + 1); nw {
	case "that", ",", ".", ":", ";", "“", "\"", "on", "last", "in", "this", "earlier", "late",
		"yesterday", "today", "on monday":
		return true
	default:
		return isDayName(nw) || i+1 >= x.sentEnd(x.sentOf(i))
	}
}

// reportInitial is a cheap filter run on every word of a sentence before the map
// look-ups of reports.
func reportInitial(c byte) bool {
	switch c {
	case 'a', 'b', 'c', 'd', 'e', 'f', 'i', 'n', 'p', 'r', 's', 't', 'w':
		return true
	}
	return false
}

// source finds who makes the claims of sentence s: the phrase before "said", or after
// it when it follows a comma or a quotation ("…,” said Jane Smith"), else the one after
// "according to", else a news agency in a dateline ("(AP) —"). With none, pronoun
// reports a sentence whose claims a personal pronoun reports ("..., he said", "she told
// reporters", "said she"), which attribute may resolve to a name: the walk for the
// reporting verbs finds the pronouns next to them, and the sentence is read once.
func (x *scanner) source(s int) (src phrase, pronoun bool) {
	a, b := x.sentStart(s), x.sentEnd(s)
	// The walk for a verb notes where "according", "figures" or "data" first stand, so
	// that the look for "according to" starts there, and most sentences, which hold
	// none of them, skip it: the second walk compared every word of the sentence.
	lead := b
	// the tokens and the lowered text are read from locals, which stay in registers
	toks, low := x.toks, x.low
	for i := a; i < b; i++ {
		// The table's shape test, inlined and read off the lowered text, spares most
		// words of the sentence the call and the slicing of their word. Numbers and
		// punctuation are not told apart first, a test mispredicted at every change of
		// kind: those that pass the shape test are no word of the table, and reports
		// turns them away.
		if t := &toks[i]; !sourceShapes.mayHoldAt(low, int(t.s), int(t.e-t.s)) {
			continue
		}
		if !x.reports(i) {
			if w := x.w(i); lead == b && (w == "according" || w == "figures" || w == "data") {
				lead = i
			}
			continue
		}
		pronoun = pronoun || i > a && x.personalPronoun(i-1) || i+1 < b && x.personalPronoun(i+1)
		p := x.w(i - 1)
		if p == "," || p == "”" || p == "\"" || p == "’" || p == "—" || p == "–" {
			if ph := x.phraseAfter(i+1, b, false); !ph.empty() {
				return ph, false
			}
			if ph := x.leadName(a, i); !ph.empty() {
				return ph, false
			}
			if p != "," || x.w(i+1) == "," {
				// ", say, 200%" is an aside, not a speaker's verb.
				continue
			}
			// "The mayor, Ann Ruiz, said the halls were ...": the comma closes an
			// appositive, and the speaker stands before it.
		}
		if ph := x.phraseBefore(i, a); !ph.empty() {
			return x.sourceOwner(ph), false
		}
	}
	for i := lead; i+1 < b; i++ {
		if x.w(i) == "according" && x.w(i+1) == "to" {
			if ph := x.phraseAfter(i+2, b, true); !ph.empty() {
				return ph, false
			}
		}
		if (x.w(i) == "figures" || x.w(i) == "data") && x.w(i+1) == "from" {
			if ph := x.phraseAfter(i+2, b, true); !ph.empty() {
				return ph, false
			}
		}
	}
	// a dateline's agency: "SANTA FE, N.M. (AP) —". Only the token "(" starts with '(':
	// the test of that byte, seldom passed, is predicted, where the comparison of the
	// word tested its length first, a branch mispredicted word after word. The tokens
	// a dateline's "(" may be are sliced once, so that each turn tests one bound.
	text, toks := x.text, x.toks[:max(0, min(len(x.toks)-3, 14))]
	for i := range toks {
		if text[toks[i].s] == '(' && x.kind(i+1) == tkWord && x.toks[i+1].upper && x.w(i+2) == ")" {
			if d := x.w(i + 3); d == "—" || d == "–" || d == "-" {
				return x.tok(i + 1), false
			}
		}
	}
	return phrase{}, pronoun
}

// sourceOwner turns "the ONS's figures" and "Eurostat's data" into who owns them: the
// figures do not speak, their publisher does.
func (x *scanner) sourceOwner(p phrase) phrase {
	t := x.str(p)
	for _, sep := range []string{"'s ", "’s "} {
		k := strings.LastIndex(t, sep)
		if k <= 0 {
			continue
		}
		switch strings.ToLower(t[k+len(sep):]) {
		case "figures", "data", "estimates", "statistics", "numbers", "analysis", "survey", "latest figures",
			"own figures", "research", "report", "study", "estimate", "count", "tally", "projections":
			return phrase{p.s, p.s + int32(k)}
		}
	}
	return p
}

// leadName reads a name opening the sentence and set off by a comma:
// "Jeff Sanborn, president of ..., said".
func (x *scanner) leadName(a, v int) phrase {
	j := a
	for j < v && x.kind(j) == tkWord && x.toks[j].cap && j-a < 5 {
		j++
	}
	if j == a || x.w(j) != "," || x.pron(a) || capitalFunctionWordsTab.val(x.w(a)) {
		return phrase{}
	}
	return x.cut(a, j-1)
}

// phraseBefore reads the noun phrase that ends right before token v, skipping an
// appositive set off by commas: "Lucas Paganini, a NASA scientist, said". The phrase
// is at most eleven tokens, opens with no preposition and is no pronoun.
func (x *scanner) phraseBefore(v, floor int) phrase {
	end, ok := x.phraseEndBefore(v, floor)
	if !ok {
		return phrase{}
	}
	start := x.phraseStartBack(end, floor)
	if start < 0 || end-start > 10 {
		return phrase{}
	}
	for start <= end && x.kind(start) == tkWord && x.prep(start) {
		start++
	}
	if start > end {
		return phrase{}
	}
	if pronounsTab.val(contractionBase(x.w(end))) || end == start && pronounsTab.val(contractionBase(x.w(start))) {
		return phrase{}
	}
	return x.cut(start, end)
}

// phraseEndBefore returns the token a phrase before v ends on: the one before v, past
// auxiliaries ("has", "had been"), and before an appositive set off by commas ("X,
// the agency's spokesman, said" ends on X). ok is false at a comma whose appositive
// does not open within 15 tokens.
func (x *scanner) phraseEndBefore(v, floor int) (end int, ok bool) {
	j := v - 1
	for j >= floor && x.aux(j) {
		j--
	}
	if x.w(j) != "," {
		return j, true
	}
	k := j - 1
	for k >= floor && x.w(k) != "," && x.w(k) != "." && k > j-15 {
		k--
	}
	if k >= floor && x.w(k) == "," {
		return k - 1, true
	}
	return 0, false
}

// phraseStartBack walks back from end over the words of a noun phrase and returns its
// first token, -1 when end opens none. A verb form, a conjunction or a relative word
// closes the phrase; lower-case join words ("for the") stay only between capitalised
// words ("Office for the Western District"); a possessive's "'s", a hyphen and "&"
// written without space stay.
func (x *scanner) phraseStartBack(end, floor int) int {
	start := -1
	for j := end; j >= floor; {
		switch w := x.w(j); {
		case x.kind(j) == tkWord:
			if closesPhraseBack(w, x.toks[j].cap) {
				return start
			}
			if joinWordsTab.val(w) && !x.toks[j].cap {
				k := j
				for k >= floor && joinWordsTab.val(x.w(k)) && !x.toks[k].cap {
					k--
				}
				if start >= 0 && x.toks[start].cap && k >= floor && x.kind(k) == tkWord && x.toks[k].cap {
					start, j = k+1, k
					continue
				}
				if w == "the" && start >= 0 {
					start = j
				}
				return start
			}
		case x.gap(j) == 0 && ((w == "’" || w == "'") && x.w(j+1) == "s" || w == "-" || w == "&"):
		default:
			return start
		}
		start = j
		j--
	}
	return start
}

// closesPhraseBack reports a word that no noun phrase read backwards runs across: a
// lower-case verb form, a conjunction or a relative word.
func closesPhraseBack(w string, capitalised bool) bool {
	switch w {
	case "that", "as", "but", "while", "when", "because", "who", "which", "so", "if":
		return true
	}
	return isVerbLike(w) && !capitalised
}

// contractionBase is "we" for "we’ve".
func contractionBase(w string) string {
	for k := 0; k < len(w); k++ {
		if w[k] == '\'' || w[k] == 0xe2 {
			return w[:k]
		}
	}
	return w
}

// phraseAfter reads a noun phrase starting at token i, up to a comma or the sentence
// end: "said Serene Gregg, local president", "according to Box Office Mojo". free lets
// any word in, as after "according to".
func (x *scanner) phraseAfter(i, b int, free bool) phrase {
	j := i
	end := -1
	for j < b && j < i+10 {
		t := x.kind(j)
		r := x.w(j)
		if t == tkWord {
			w := x.w(j)
			if end >= 0 && x.speakerPhraseEnds(j, free) {
				break
			}
			if end < 0 && !free && !x.toks[j].upper && !x.det(j) && w != "one" && w != "multiple" &&
				w != "local" && w != "some" && w != "state" && w != "officials" && w != "police" {
				if !x.nounish(j) {
					return phrase{}
				}
			}
			end = j
			j++
			continue
		}
		if (r == "’" || r == "'" || r == "-" || r == "&" || r == ".") && x.gap(j) == 0 && x.kind(j+1) == tkWord {
			j++
			continue
		}
		break
	}
	// After a reporting verb the phrase is the speaker only when it ends the clause
	// (", said Jane Smith." or ", said Jane Smith, the clerk"): words running on into
	// a verb or a number ("said the halls were empty", "said more than 300") open the
	// reported clause instead.
	if !free && j < b && j < i+10 && !closesPhrase(x.w(j)) {
		return phrase{}
	}
	// "a YouGov poll of 2,000": no dangling preposition or article
	for end > i && x.kind(end) == tkWord && (x.prep(end) || x.det(end)) {
		end--
	}
	if end < 0 || pronounsTab.val(contractionBase(x.w(end))) && end == i && !free {
		return phrase{}
	}
	return x.cut(i, end)
}

// speakerPhraseEnds reports a word at token j that no phrase read by phraseAfter runs into:
// a verb (after "according to", only a reporting one), a relative word, or, after a
// reporting verb, an auxiliary ("said the halls were full" opens a clause, and no
// speaker's name runs into one). "WHO" in capitals is a name, not the pronoun.
func (x *scanner) speakerPhraseEnds(j int, free bool) bool {
	w, t := x.w(j), x.toks[j]
	return x.verbLike(j) && !t.cap && (!free || reportVerbsTab.val(w) != 0) ||
		!free && !t.cap && x.aux(j) ||
		w == "that" || w == "who" && !t.upper || w == "which"
}

// closesPhrase reports punctuation that can end a speaker's name after "said".
func closesPhrase(r string) bool {
	switch r {
	case ",", ".", ";", ":", "!", "?", "—", "–", "(", ")", "”", "\"":
		return true
	}
	return false
}

// determiner reports a lower-case word of the determiners list, for a rule that holds
// a word rather than a token (x.det reads a token's through the memo).
func determiner(w string) bool {
	return wordClassTab.val(w)&pcDet != 0
}

// isPreposition reports a lower-case word of the prepositions list, for a rule that
// holds a word rather than a token (x.prep reads a token's through the memo).
func isPreposition(w string) bool {
	return wordClassTab.val(w)&pcPrep != 0
}

// The bits of wordClassTab that tell the classes ending a noun phrase.
const (
	pcPrep = 1 << iota
	pcDet
	pcAux
	pcPron
	pcWh
)

// isNounish is a loose test for a lower-case word that can head a source phrase: no
// preposition, verb, auxiliary or pronoun.
func isNounish(w string) bool {
	return len(w) > 2 && wordClasses(w)&notNounish == 0
}

// nounish is isNounish for token i.
func (x *scanner) nounish(i int) bool {
	return len(x.w(i)) > 2 && x.class(i)&notNounish == 0
}

// notNounish are the classes of the words isNounish turns away.
const notNounish = pcPrep | pcAux | pcPron | wcVerb

// subjectVerb fills what a figure counts and what happened to it. The subject is the
// noun phrase after the figure ("16 police and army officers"), or, for amounts that
// stand alone, the one before its verb ("revenue rose 3.5 percent"). The verb follows
// that phrase ("were arrested") or precedes the figure ("killed an estimated ...").
func (x *scanner) subjectVerb(sp *span, f *Figure) {
	if x.attributive(*sp, f) {
		// the figure is a modifier of the noun after it, which is what it measures; the
		// clause's verb governs that noun, not the figure
		if s0, s1, _ := x.nounPhrase(sp.e, x.sentEnd(sp.sent)); s1 > s0 {
			sp.subject = x.cut(s0, s1-1)
		}
		return
	}
	x.subjectVerbNear(sp, f)
	b := x.sentEnd(sp.sent)
	if sp.verb.empty() && x.inSubjectPosition(sp.s) {
		// "$5 million a week is lost to fraud", "though up to 90% of those do
		// not need it": an amount that is the subject of its clause takes the verb
		// after it, past the whole it is a part of
		j := sp.e
		if x.w(j) == "of" {
			_, _, j = x.nounPhrase(x.pastPartitive(j+1, b), b)
		}
		sp.verb = x.verbAfter(j, b)
	}
	if sp.verb.empty() && definiteDeterminersTab.val(x.w(sp.s-1)) && x.restrictsNoun(sp.e, b) {
		// "the $30 reportedly asked by the seller": a participle restricting the amount
		sp.verb = x.verbAfter(sp.e, b)
	}
	switch x.str(sp.subject) {
	case "high", "wide", "long", "tall", "deep", "thick", "old", "away", "apart":
		// "5.3 feet high": the adjective says which way it measures, not what
		sp.subject = phrase{}
	}
}

// inSubjectPosition reports a figure at token i that opens its sentence, a quotation
// or a clause introduced by "that" or a conjunction.
func (x *scanner) inSubjectPosition(i int) bool {
	if i == x.sentStart(x.sentOf(i)) {
		return true
	}
	switch w := x.w(i - 1); w {
	case "\"", "“", "that":
		return true
	default:
		// "even though 90% ...", "and 12 were hurt": a conjunction opens a clause
		return x.kind(i-1) == tkWord && clauseOpener(w) && !x.prep(i-1)
	}
}

// attributive reports a figure written as one hyphenated modifier, a number joined to
// the word it counts, and followed by the noun it modifies: "a four-game winning
// streak", "the 14-inch display", "a 30-date jaunt". A fraction ("two-thirds of") and
// a compound the clause goes on from ("the 12-seat bench was") are not; nor is an age
// ("a 24-year-old man was arrested"), which describes the person the verb is about.
func (x *scanner) attributive(sp span, f *Figure) bool {
	last := sp.e - 1
	if f.Kind == KindRatio || f.Kind == KindAge || sp.e-sp.s < 3 || x.kind(last) != tkWord || x.w(last-1) != "-" ||
		x.gap(last) != 0 || x.gap(last-1) != 0 || x.kind(sp.e) != tkWord || x.gap(sp.e) == 0 {
		return false
	}
	next := x.w(sp.e)
	return x.phraseClass(sp.e)&(pcPrep|pcAux|pcWh|pcPron) == 0 && next != "and" && next != "or" &&
		!(x.verbLike(sp.e) && !x.toks[sp.e].cap && x.kind(sp.e+1) != tkWord)
}

// clauseMark reads a mark at token k for clauseSubject walking back: it returns the
// token to go on from and false at a mark no clause runs across (a semicolon, a colon,
// a quotation mark, an unclosed parenthesis). A parenthesis is stepped over whole:
// "can reach 80 km (50 miles) in two hours" is one clause.
func (x *scanner) clauseMark(k, a int) (int, bool) {
	switch x.w(k) {
	case ")":
		o := x.openParen(k, a)
		return o, o >= 0
	case ";", ":", "(", "“", "”", "\"":
		return k, false
	}
	return k, true
}

// relativeAntecedent is the subject of a relative clause opened at token r whose
// relative word is its own subject ("who has been missing", "which had fallen"): the
// noun phrase the clause follows, through a comma. A clause whose relative word is the
// object ("the house that they sold") or that opens with no noun before it gives "".
func (x *scanner) relativeAntecedent(r, s, a int) phrase {
	if w := x.w(r); w != "who" && w != "which" && w != "that" {
		return phrase{}
	}
	if r+1 >= s || !(x.aux(r+1) || x.verbAt(r+1) || x.relativePresent(r+1)) {
		return phrase{}
	}
	k := r
	if x.w(k-1) == "," {
		k--
	}
	if k-1 < a || x.kind(k-1) != tkWord || x.pron(k-1) {
		return phrase{}
	}
	return x.subjectBefore(k, a)
}

// clauseSubject is the subject of the clause a figure stands in when nothing next to
// the figure names what it counts: the noun phrase before the clause's verb, the
// nearest verb before the figure ("The all-wheel-drive version will be able to go ...
// 60 mph", "the movie flopped ..., making $320,000"). A reporting verb opens a clause
// of its own, so the search stops there; a pronoun is no subject.
func (x *scanner) clauseSubject(s, a int) phrase {
	for k := s - 1; k >= a && k >= s-24; k-- {
		w := x.w(k)
		if x.kind(k) != tkWord {
			o, ok := x.clauseMark(k, a)
			if !ok {
				return phrase{}
			}
			k = o
			continue
		}
		if reportVerbsTab.val(w)&reportSays != 0 {
			return phrase{}
		}
		if w == "but" {
			// "is 12 metres long, but 3 metres high": no verb stood between, so the
			// coordinated predicate shares the clause's subject
			continue
		}
		if x.wh(k) && w != "as" && w != "than" {
			// a figure in a relative clause whose relative word is its subject ("a dog
			// who had been lost for three years") counts what the clause is about
			return x.relativeAntecedent(k, s, a)
		}
		if !(x.verbLike(k) && !x.toks[k].cap && !x.aux(k) || isCopula(w)) {
			continue
		}
		j := k
		for j-1 >= a && (x.aux(j-1) || x.w(j-1) == "to" || x.w(j-1) == "able") {
			j--
		}
		p := x.subjectBefore(j, a)
		if p.empty() || !strings.Contains(x.str(p), " ") && x.pron(j-1) {
			continue
		}
		head := x.w(j - 1)
		if x.verbLike(j-1) || strings.HasSuffix(head, "ly") || ordinalWordsTab.val(head) || head == "enough" ||
			head == "percent" || head == "there" || head == "here" {
			return phrase{}
		}
		return p
	}
	return phrase{}
}

// subjectVerbNear fills Subject and Verb from the words next to the figure. Its rules
// are tried in order and the first that settles the figure ends the search: a score's
// verb; the name an age stands beside; the noun phrase after the figure; what a
// duration is measured from; the thing changed "by" an amount; the thing priced; the noun
// whose "of" the figure completes; and last the clause's governing verb and subject.
func (x *scanner) subjectVerbNear(sp *span, f *Figure) {
	a, b := x.sentStart(sp.sent), x.sentEnd(sp.sent)
	_ = x.scoreVerb(sp, f, a) || x.ageBeside(sp, f, a) || x.phraseAfterFigure(sp, f, a, b) ||
		x.durationFrom(sp, f, a, b) || x.changedBy(sp, f, a) || x.pricedThing(sp, f, a) ||
		x.paidFor(sp, f, a, b) || x.ofComplement(sp, f, a) || x.governingClause(sp, f, a)
}

// scoreVerb: a score takes the verb before it ("beat Rovers 3-0"), and as subject
// the common noun it describes or the verb's first object, never a team's name.
func (x *scanner) scoreVerb(sp *span, f *Figure, a int) bool {
	if f.Kind != KindScore {
		return false
	}
	sp.verb = x.walkToVerb(verbWalk{s: sp.s, acrossOf: true}, a)
	if s0, s1, _ := x.nounPhrase(sp.e, x.sentEnd(sp.sent)); s1 > s0 && !x.toks[s0].cap && x.nounish(s0) {
		// "a 2-2 draw", "a 3-1 win": the noun the score describes
		sp.subject = x.cut(s0, s1-1)
	} else if x.verbIndex >= 0 && x.verbIndex < sp.s-1 && x.firstObject(sp.s-1, a) {
		// "to level the tie 2-2": the verb's first object is what the score is of
		sp.subject = x.nounBefore(sp.s, a)
	}
	return true
}

// phraseAfterFigure reads the noun phrase after a count ("16 police officers were
// killed"), after a partitive "of" ("11 of the 12 cities", "30 grams of cocaine"), or
// right after an amount ("$3 billion buyout", "15% tariffs"), and the verb after that
// phrase or else before the figure. A count with no noun after it ("164 killed") takes
// the verb after it and leaves the rest to the later rules.
func (x *scanner) phraseAfterFigure(sp *span, f *Figure, a, b int) bool {
	j := sp.e
	counted := f.Kind == KindCount || f.Kind == KindAge && x.raw(sp.e-1) == "old"
	worthOf := x.w(j) == "worth" && x.w(j+1) == "of"
	if worthOf {
		// "$40 million worth of imported steel": what the amount buys
		j++
	}
	if q := x.w(j); (q == "“" || q == "\"") && x.gap(j+1) == 0 && x.kind(j+1) == tkWord {
		// "three “visits” a year": a noun in quotation marks
		j++
	}
	of := x.w(j) == "of"
	if of {
		j = x.pastPartitive(j+1, b)
	}
	if !counted && !of && !(f.Kind != KindRatio && x.kind(j) == tkWord && (!x.toks[j].cap || x.measuredName(f, j)) &&
		x.nounish(j) && !timeWordsTab.val(x.w(j))) {
		return false
	}
	s0, s1, next := x.nounPhrase(j, b)
	if s1 == s0 {
		if counted && !of {
			sp.verb = x.verbAfter(j, b)
		}
		return false
	}
	s1, next = x.withOfPhrase(s1, next, b)
	sp.subject = x.cut(s0, s1-1)
	if x.partitiveWhole(sp.s) {
		// "two of the three samples were lost": the verb is the part's
		return true
	}
	after := x.pastAside(x.pastQualifyingPhrase(next, b), b)
	if definiteDeterminersTab.val(x.w(sp.s-1)) && !x.restrictsNoun(after, b) {
		// "The two ministers avoided questions": a given count, whose clause says what
		// the whole did; a verb before the phrase may still govern it ("filmed the two
		// guards")
		sp.verb = x.verbBefore(sp.s, a)
		return true
	}
	if w := x.w(after); w == "who" || w == "that" || w == "which" {
		// "published two damning reports that described ...": the relative clause
		// describes what is counted; a verb before the figure is the one that governs it
		if v := x.verbBefore(sp.s, a); !v.empty() {
			sp.verb = v
			return true
		}
	}
	if v := x.verbAfter(after, b); !v.empty() && !worthOf {
		sp.verb = v
	} else {
		sp.verb = x.verbBefore(sp.s, a)
	}
	return true
}

// restrictsNoun reports a clause at token j that restricts the noun before it rather
// than being the sentence's predicate: a relative clause ("the 5 million users who
// signed up") or a reduced one, an "-ing" form or a participle with its agent ("the
// three games remaining", "the $30 reportedly asked by the seller"), adverbs stepped
// over; or a passive predicate, which says what happened to the things counted ("the
// 12 officers were later arrested").
func (x *scanner) restrictsNoun(j, b int) bool {
	switch x.w(j) {
	case "who", "that", "which":
		return true
	}
	for j < b && (lyAdverb(x.w(j)) || x.aux(j) && !isBe(x.w(j))) {
		j++
	}
	if isBe(x.w(j)) {
		// a passive ("the 12 officers were arrested") says what happened to them
		for j < b && x.aux(j) {
			j++
		}
		return x.kind(j) == tkWord && !x.toks[j].cap && x.verbLike(j)
	}
	w := x.w(j)
	if j >= b || x.kind(j) != tkWord || x.toks[j].cap || x.phraseClass(j) != 0 || !x.verbLike(j) {
		return false
	}
	return strings.HasSuffix(w, "ing") || x.w(j+1) == "by"
}

// isBe reports a form of "be", the auxiliary of the passive.
func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// lyAdverb reports a word of the common adverb shape, "-ly": "reportedly", "sharply".
func lyAdverb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ly"
}

// measuredName reports a capitalised word at token j, right after a measure, that
// names what was measured: "2 cups Acme Flour", "the 400 metre Open
// Relay". A month or a day names when, not what.
func (x *scanner) measuredName(f *Figure, j int) bool {
	w := x.w(j)
	return f.Kind == KindMeasure && x.gap(j) != 0 && !isMonthName(w) && !isDayName(w) && x.kind(j+1) != tkNum
}

// withOfPhrase extends a noun phrase ending before token s1, with next the token after
// it, by the "of" phrase that completes its head: "the onset of symptoms", "one bag of
// rice", "a crate of oranges". It returns the new end and the token after it.
func (x *scanner) withOfPhrase(s1, next, b int) (int, int) {
	if x.w(next) != "of" || s1 != next {
		return s1, next
	}
	o0, o1, onext := x.nounPhrase(next+1, b)
	for c := o0; c < o1; c++ {
		if w := x.w(c); w == "and" || w == "or" {
			// "one room of the house and fix ...": a conjunction may join clauses,
			// so the phrase ends before it
			o1, onext = c, c
		}
	}
	if o1 > o0 {
		return o1, onext
	}
	return s1, next
}

// partitiveWhole reports a figure at token s that counts the whole a partitive takes
// a part of: the "three" of "two of the three samples", "11 of its 12 stores".
func (x *scanner) partitiveWhole(s int) bool {
	k := s - 1
	for k > 0 && x.det(k) {
		k--
	}
	return k < s-1 && x.w(k) == "of" && (x.kind(k-1) == tkNum || cardinalWordsTab.val(x.w(k-1)) > 0)
}

// pastPartitive steps over the determiners and the number of a partitive's whole after
// its "of" at token j: "11 of the 12 cities".
func (x *scanner) pastPartitive(j, b int) int {
	for j < b && x.det(j) {
		j++
	}
	if x.kind(j) == tkNum || cardinalWordsTab.val(x.w(j)) > 0 {
		j++
	}
	return j
}

// durationFrom: a duration is measured from the event a preposition after it names,
// which is its subject: "two months after the onset of symptoms", "50 years since the
// band's formation", "12 years of waiting". A clause after the word ("three years since
// the model was released", "a year after he left", "an hour before closing the deal")
// names no such thing.
func (x *scanner) durationFrom(sp *span, f *Figure, a, b int) bool {
	if f.Kind != KindDuration {
		return false
	}
	switch x.w(sp.e) {
	case "after", "since", "before", "following", "of":
	default:
		return false
	}
	j := sp.e + 1
	if g := x.w(j); x.w(sp.e) == "of" && len(g) > 4 && g[len(g)-3:] == "ing" && !x.toks[j].cap &&
		(j+1 >= b || x.kind(j+1) != tkWord) {
		// "12 years of waiting": a gerund ending the phrase is the noun
		sp.subject = x.tok(j)
		return true
	}
	if x.verbLike(j) && !x.toks[j].cap {
		// "ten minutes before convicting him": a clause
		return false
	}
	s0, s1, next := x.nounPhrase(j, b)
	if s1 == s0 {
		return false
	}
	s1, next = x.withOfPhrase(s1, next, b)
	if !x.verbAfter(next, b).empty() {
		return false
	}
	sp.subject = x.cut(s0, s1-1)
	sp.verb = x.verbBefore(sp.s, a)
	return true
}

// ageBeside: an age set off by a comma or a parenthesis ("Swift, 29,", "Jones (81)"),
// or opening an appositive ("Ruiz, the 52-year-old mayor"), describes the name or
// noun before it.
func (x *scanner) ageBeside(sp *span, f *Figure, a int) bool {
	if f.Kind == KindAge && x.det(sp.s-1) && x.w(sp.s-2) == "," && x.appositive(sp.e) {
		// "Ana Ruiz, the 52-year-old mayor of the town, ...": an
		// appositive describes the name before it
		if p := x.nameBefore2(sp.s-2, a); !p.empty() {
			sp.subject = p
			return true
		}
	}
	if f.Kind != KindAge || x.w(sp.s-1) != "," && x.w(sp.s-1) != "(" ||
		x.raw(sp.e-1) == "old" && x.kind(sp.e) == tkWord {
		// "..., 81-year-old Ana Ruiz": an age before its noun is that noun's
		return false
	}
	if p := x.nameBefore2(sp.s-1, a); !p.empty() {
		sp.subject = p
	} else if p := x.nounBefore(sp.s-1, a); !p.empty() {
		sp.subject = p
	}
	return true
}

// appositive reports a noun phrase from token j that ends as an appositive does, at a
// comma or in a phrase of its own ("the 52-year-old mayor of the town,"), not
// running on into a verb as a clause's subject does ("the 30-year-old driver was").
func (x *scanner) appositive(j int) bool {
	_, _, next := x.nounPhrase(j, len(x.toks))
	w := x.w(next)
	return w == "," || x.prep(next) && !x.aux(next)
}

// changedBy: the thing changed comes before "by" ("reduce coal-fired dusts by 90%"),
// and its verb before that.
func (x *scanner) changedBy(sp *span, f *Figure, a int) bool {
	if x.w(sp.s-1) != "by" || x.verbLike(sp.s-2) || lyAdverb(x.w(sp.s-2)) || x.aux(sp.s-2) {
		// "fell by 5%", "fell sharply by 5%": the verb's own measure
		return false
	}
	p := x.nounBefore(sp.s-1, a)
	if p.empty() {
		return false
	}
	sp.subject = p
	// the changed thing's phrase, its compounds and possessives included ("coal-fired
	// power output", "a patient's resting heart rate"), stands between the verb and
	// "by"
	k := sp.s - 1
	for k > a && k > sp.s-12 {
		p := k - 1
		w := x.w(p)
		inner := x.gap(p) == 0 && (w == "-" || w == "’" || w == "'") || x.gap(p) == 0 && x.w(p-1) == "-"
		if !inner && (x.kind(p) != tkWord || x.verbLike(p) || x.verbAt(p) || x.aux(p)) {
			break
		}
		k--
	}
	sp.verb = x.verbBefore(k, a)
	return true
}

// pricedThing: "a budget of $27 million", "the router for $67.77", "models from $700":
// the thing priced is the subject.
func (x *scanner) pricedThing(sp *span, f *Figure, a int) bool {
	at := x.pricedAt(*sp, f)
	if at < 0 {
		return false
	}
	st := x.nounStart(at, a)
	if st < 0 || x.afterPreposition(st, a) {
		return false
	}
	sp.subject = x.cut(st, at-1)
	sp.verb = x.verbBefore(at+1, a)
	return true
}

// paidFor: an amount of money followed by "for" and a noun phrase with its article is
// what that phrase cost: "paid $300 for the Deluxe Model", "spent $2 million this year
// for the repairs". A time phrase may stand between. A bare plural or name says for
// whom ("£8 for adults", "for Apple"), and a time how long ("for years").
func (x *scanner) paidFor(sp *span, f *Figure, a, b int) bool {
	if f.Kind != KindMoney {
		return false
	}
	j := sp.e
	if x.det(j) && timeWordsTab.val(x.w(j+1)) {
		j += 2
	}
	if x.w(j) != "for" || !x.det(j+1) {
		return false
	}
	s0, s1, _ := x.nounPhrase(j+1, b)
	if s1 == s0 || timeWordsTab.val(x.w(s0)) || !x.toks[s0].cap && !x.nounish(s0) {
		return false
	}
	sp.subject = x.cut(s0, s1-1)
	sp.verb = x.verbBefore(sp.s, a)
	return true
}

// ofComplement: a figure after "of" completes the noun before it, which is its subject
// unless it names a change.
func (x *scanner) ofComplement(sp *span, f *Figure, a int) bool {
	if x.w(sp.s-1) != "of" {
		return false
	}
	if p := x.nounBefore(sp.s-1, a); !p.empty() && !changeNounsTab.val(x.w(sp.s-2)) {
		// "a rise of 6%" says how much, not of what: the clause's subject stays
		sp.subject = p
	}
	sp.verb = x.verbBefore(sp.s, a)
	return true
}

// governingClause: the verb that governs the figure and that verb's subject; with no
// verb, the subject of a copula right before the figure ("Turnout was 67.3 per cent").
func (x *scanner) governingClause(sp *span, f *Figure, a int) bool {
	v := x.verbBefore(sp.s, a)
	sp.verb = v
	k := x.verbIndex
	if v.empty() {
		if !isCopula(x.w(sp.s - 1)) {
			return true
		}
		k = sp.s - 1
	}
	for k-1 >= a && x.aux(k-1) {
		k--
	}
	if p := x.subjectBefore(k, a); !p.empty() {
		sp.subject = p
	} else {
		sp.subject = x.relativeObject(k, a)
	}
	return true
}

// relativeObject reads the noun a relative clause is about when the clause's own
// subject, a pronoun, stands before its verb at token k: in "the startup, which it
// bought for $200 million" or "the house that they sold for $1 million" the amount
// prices the startup or the house. It returns "" for any other shape.
func (x *scanner) relativeObject(k, a int) phrase {
	if k-2 < a || !x.pron(k-1) {
		return phrase{}
	}
	if r := x.w(k - 2); r != "which" && r != "that" {
		return phrase{}
	}
	n := k - 2
	if x.w(n-1) == "," {
		n--
	}
	if n-1 < a || x.kind(n-1) != tkWord {
		return phrase{}
	}
	return x.nounBefore(n, a)
}

func isCopula(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "stood", "stands", "reached", "hit", "totalled", "totaled":
		return true
	}
	return false
}

// inheritSubjects gives a figure that follows another in a chain ("from 0.90 percent to
// 1.23 percent", "rose 3.5 percent to $27.2 billion") the subject of the first.
func (x *scanner) inheritSubjects(figs []Figure, spans []span) {
	for k := 1; k < len(figs); k++ {
		if !spans[k].subject.empty() || spans[k-1].subject.empty() || spans[k].sent != spans[k-1].sent {
			continue
		}
		gap := spans[k].s - spans[k-1].e
		if gap < 1 || gap > 3 {
			continue
		}
		ok := true
		for i := spans[k-1].e; i < spans[k].s; i++ {
			w := x.w(i)
			if !(x.prep(i) || w == "," || w == "and" || w == "or" || w == "(" || w == "–") {
				ok = false
			}
		}
		if ok {
			spans[k].subject = spans[k-1].subject
			if spans[k].verb.empty() {
				spans[k].verb = spans[k-1].verb
			}
		}
	}
}

// inheritVerbs gives a figure with no verb of its own the verb of the figure before it
// when the two are items of one list: "had eight points and a season-high 10 assists",
// "fits up to five radar sensors, five cameras and twelve ultrasonic sensors". Between
// them stand only the first item's noun phrase, a comma or "and"/"or", and the second's
// article and adjectives: no verb, no clause word.
func (x *scanner) inheritVerbs(figs []Figure, spans []span) {
	for k := 1; k < len(figs); k++ {
		if !spans[k].verb.empty() || spans[k-1].verb.empty() || spans[k].sent != spans[k-1].sent ||
			x.attributive(spans[k], &figs[k]) {
			continue
		}
		if x.listItems(spans[k-1].e, spans[k].s) {
			spans[k].verb = spans[k-1].verb
		}
	}
}

// listItems reports the tokens from a to b, between two figures, as the end of one
// list item and the start of the next: the first item's noun phrase, with a partitive
// "of" right after its figure ("two of its largest plants") and asides in parentheses,
// then a comma or "and"/"or", then the second's article and adjectives. Eight tokens
// at most stand outside the parentheses, and none is a verb or a clause word.
func (x *scanner) listItems(a, b int) bool {
	joined, n := false, 0
	for i := a; i < b; i++ {
		w := x.w(i)
		n++
		switch {
		case n > 8:
			return false
		case w == "(":
			c := i + 1
			for c < b && c < i+16 && x.w(c) != ")" && x.w(c) != "(" {
				c++
			}
			if x.w(c) != ")" || c >= b {
				return false
			}
			i = c
		case w == "and" || w == "or" || w == ",":
			joined = true
		case w == "of" && i == a, w == "-" && x.gap(i) == 0:
			// a partitive's "of"; the hyphen of a compound ("a season-high 10")
		case x.kind(i) != tkWord || x.verbLike(i) && !x.toks[i].cap || x.wh(i) || x.prep(i) ||
			x.aux(i):
			return false
		}
	}
	return joined && n > 0
}

// verbAfter finds the verb after a subject: "were arrested", "have died", through
// adverbs, "do not even require", "sharply fell", and through a raising word, "are
// expected to receive".
func (x *scanner) verbAfter(j, b int) phrase {
	if w := x.w(j); w == "who" || w == "that" || w == "which" {
		j++
	}
	for j < b && (x.aux(j) || lyAdverb(x.w(j)) && x.kind(j) == tkWord || raisingWordsTab.val(x.w(j)) && x.w(j+1) == "to" ||
		x.w(j) == "to" && raisingWordsTab.val(x.w(j-1))) {
		j++
	}
	if j < b && x.kind(j) == tkWord && x.verbAt(j) && !x.prep(j) {
		return x.tok(j)
	}
	return phrase{}
}

// verbAt reports a lower-case word at token k that is a verb by the lexicon and its
// ending, or by its place: the bare form after the infinitive's "to" or after a modal
// ("to purchase 30", "can contribute 40 percent"), the "-s" form after "which" or
// "who", which no list of verbs covers.
func (x *scanner) verbAt(k int) bool {
	if x.kind(k) != tkWord || x.toks[k].cap || x.afterPossessive(k) {
		return false
	}
	if x.verbLike(k) {
		return true
	}
	switch x.w(k - 1) {
	case "which", "who":
		return x.bareForm(k) && x.relativePresent(k)
	case "to":
		// "to" after a verb of change is a preposition ("rose to record highs", "cut
		// to 5%"); after any other verb it marks an infinitive ("tried to block")
		return x.bareForm(k) && (x.kind(k-2) != tkWord || !changeVerbsTab.val(x.w(k-2)))
	case "can", "could", "will", "would", "may", "might", "must", "should", "shall":
		return x.bareForm(k)
	}
	return false
}

// bareForm reports a word at token k that its place may make a verb (verbAt): no
// function word, number or time word, qualifier or word of two letters.
func (x *scanner) bareForm(k int) bool {
	w := x.w(k)
	return x.phraseClass(k) == 0 && !cardinalWordsTab.has(w) && !timeWordsTab.val(w) && len(w) >= 3 && !qualifierWord(w)
}

// afterPossessive reports a word at token k right after a possessive "'s", which makes
// it a noun or its adjective: "the region's total output", "the firm's cut".
func (x *scanner) afterPossessive(k int) bool {
	q := x.w(k - 2)
	return x.w(k-1) == "s" && (q == "’" || q == "'") && x.gap(k-1) == 0
}

// relativePresent reports the "-s" form of a verb right after "which" or "who": "which
// sparks a year of fury", "who owns 30%", the present tense of a relative clause.
func (x *scanner) relativePresent(k int) bool {
	if p := x.w(k - 1); p != "which" && p != "who" || x.kind(k) != tkWord {
		return false
	}
	return presentForm(x.w(k))
}

// verbBefore finds the verb that governs a figure at token s, up to a clause away:
// "killed an estimated 25 million", "beat Gibraltar 6-0", and across an object and a
// preposition, "fits the car with up to five", "paid a Minnesota ad agency just short
// of $449,000". Qualifiers, articles, prepositions and names are stepped over; a common
// noun only when a preposition stood between it and the figure, so that the verb of
// "sold the house to 12 buyers" is found while "the police arrested 12" keeps its own.
// A figure that opens with a preposition ("treated with drugs within 24 hours") is such
// a phrase itself, and a parenthesis is stepped over whole ("rose 40 miles (64 km) in
// a day"). "has"/"had" with no participle after it is the verb itself ("had eight
// points"). A reporting verb ("said") introduces a clause and governs nothing in it. It
// records where it found the verb.
func (x *scanner) verbBefore(s, a int) phrase {
	return x.walkToVerb(verbWalk{s: s}, a)
}

// walkToVerb is verbBefore from a walk's starting state.
func (x *scanner) walkToVerb(v verbWalk, a int) phrase {
	x.verbIndex = -1
	s := v.s
	v.prep = x.kind(s) == tkWord && x.prep(s) && !qualifierWord(x.w(s))
	for k := s - 1; k >= a && k >= s-14; k-- {
		step := stepOver
		switch {
		case x.w(k) == ")":
			if o := x.openParen(k, a); o >= 0 {
				k = o
				continue
			}
			step = stepStop
		case x.kind(k) != tkWord:
			step = x.punctStep(k, &v)
		default:
			step = x.wordStep(k, a, &v)
		}
		switch step {
		case stepVerb:
			x.verbIndex = k
			return x.tok(k)
		case stepNoun:
			x.verbIndex = k - 1
			return x.tok(k - 1)
		case stepStop:
			return phrase{}
		}
	}
	return phrase{}
}

// verbStep is what one token tells verbBefore walking back from a figure.
type verbStep uint8

const (
	stepOver verbStep = iota // a token the governing verb may stand beyond
	stepVerb                 // the governing verb
	stepStop                 // a token no governing verb stands beyond
	stepNoun                 // an "of" after a noun of change, which is the verb
)

// verbWalk is verbBefore's state: where the figure starts and what stood between.
type verbWalk struct {
	s     int
	prep  bool // a preposition stood between the figure and the token read
	nouns int  // common nouns of the object stepped over after that preposition
	// acrossOf lets the walk past a noun's "of": a score is the verb's ("won the title
	// with a score of 409"), while any other figure there completes the noun alone
	acrossOf bool
}

// openParen returns the "(" that opens the parenthesis closing at token k, within a few
// tokens of it and not before a, or -1.
func (x *scanner) openParen(k, a int) int {
	for o := k - 1; o >= a && o > k-8; o-- {
		switch x.w(o) {
		case "(":
			return o
		case ")", ".", ";":
			return -1
		}
	}
	return -1
}

// punctStep reads a mark or number before a figure: currency signs, tildes, hyphens
// and apostrophes belong to the phrase; a comma only before any object noun was read;
// a number after a preposition belongs to the object.
func (x *scanner) punctStep(k int, v *verbWalk) verbStep {
	if x.kind(k) == tkNum && v.prep && v.nouns < 4 {
		// "travelled 300 miles (480 km) in nine days": a number of the object
		v.nouns++
		return stepOver
	}
	switch x.w(k) {
	case "$", "£", "€", "~", "-", "’", "'":
		return stepOver
	case ",":
		if v.nouns == 0 {
			return stepOver
		}
	}
	return stepStop
}

// wordStep reads one word before a figure for verbBefore.
func (x *scanner) wordStep(k, a int, v *verbWalk) verbStep {
	w, s := x.w(k), v.s
	if k == s-1 && (w == "including" || w == "between") {
		return stepStop
	}
	if k < s-2 && x.det(s-1) && x.kind(s-1) == tkWord {
		// "the 15% tariffs", "a $3 billion buyout": the figure modifies a noun, and
		// only a verb right before the noun phrase governs it ("paid the £71.6m fee")
		return stepStop
	}
	cl := x.phraseClass(k)
	if w == "of" && !v.acrossOf && v.nouns == 0 && x.nounComplement(k, s) {
		if changeNounsTab.val(x.w(k - 1)) {
			// "an increase of 0.3%": the noun names the change
			return stepNoun
		}
		return stepStop
	}
	if v.nouns > 0 && x.modifiesNoun(k) {
		// "announce closing dates within 60 days": an "-ing" word before the object's
		// noun describes it
		v.nouns++
		return stepOver
	}
	if x.governs(k, a, cl) {
		if reportVerbsTab.val(w)&reportSays != 0 && k < s-1 {
			return stepStop
		}
		return stepVerb
	}
	if cl&pcAux != 0 && qualifierWord(w) || w == "and" && x.capWord(k-1) && x.capWord(k+1) {
		// "took just 15 minutes"; "defeated Robin Haase and Jean-Julien Rojer 6-4"
		return stepOver
	}
	if cl&pcAux != 0 || cl&pcWh != 0 && w != "as" || cl&pcPron != 0 && w != "one" {
		return stepStop
	}
	switch {
	case cl&pcPrep != 0:
		v.prep = true
	case cl&pcDet != 0 || x.toks[k].cap || qualifierWord(w) || periodAdjectivesTab.val(w) && x.det(k-1):
	case x.objectNoun(k, a, v):
		v.nouns++
	default:
		return stepStop
	}
	return stepOver
}

// objectNoun reports a word at token k, walking back from a figure, of an object the
// governing verb may stand beyond: the object between the verb and a preposition
// before the figure ("sold the house to 12 buyers"), or the verb's first object when
// the figure is its second ("paid a local design firm just under $80,000", "level the
// tie 2-2"). At most four such words.
func (x *scanner) objectNoun(k, a int, v *verbWalk) bool {
	if v.nouns >= 4 {
		return false
	}
	if v.prep {
		w := x.w(k)
		return w != "and" && w != "or"
	}
	return x.firstObject(k, a)
}

// firstObject reports a common noun at token k that ends a verb's first object, the
// figure after it being the second: a determiner opens the phrase within four words
// before k, and right before that determiner stands a verb, not a reporting one ("paid
// the firm $80,000", "gave the team 3 points").
func (x *scanner) firstObject(k, a int) bool {
	if x.toks[k].cap || !x.objectWord(k) {
		return false
	}
	for d := k - 1; d >= a && d >= k-4; d-- {
		w := x.w(d)
		if x.kind(d) != tkWord {
			return false
		}
		if !x.det(d) {
			if x.toks[d].cap || x.objectWord(d) {
				continue
			}
			return false
		}
		v := d - 1
		return w != "that" && v >= a && x.kind(v) == tkWord && !x.toks[v].cap && x.phraseClass(v) == 0 &&
			(x.verbLike(v) || x.verbAt(v)) && reportVerbsTab.val(x.w(v)) == 0
	}
	return false
}

// objectWord reports a word at token k that an object noun phrase may hold before its
// head: no function word, verb form or conjunction.
func (x *scanner) objectWord(k int) bool {
	w := x.w(k)
	return x.phraseClass(k) == 0 && !x.verbLike(k) && w != "and" && w != "or"
}

// nounComplement reports an "of" at token k that makes the figure after it the
// complement of a noun phrase: a common noun before it and a determiner within three
// words before that ("a budget of $27 million", "the attention of two senators", "his
// battery life of 30 minutes"). Such a figure completes the noun; the clause's verb is
// the noun phrase's, not the figure's. A quantity before "of" ("most of the 30") and
// an adjective with no determiner ("just short of $5") do not close the walk, nor does
// a light noun that only carries the figure ("paid a total of $5 million").
func (x *scanner) nounComplement(k, s int) bool {
	n := k - 1
	if x.kind(n) != tkWord || x.toks[n].cap || !x.nounish(n) && !x.det(n-1) || qualifierWord(x.w(n)) || lightNounsTab.val(x.w(n)) {
		return false
	}
	for d := n - 1; d >= n-3 && d >= 0; d-- {
		if x.kind(d) != tkWord {
			return false
		}
		if x.det(d) {
			return true
		}
	}
	return false
}

// modifiesNoun reports an "-ing" word at token k right before a common noun, which it
// describes: "closing dates", "a growing number".
func (x *scanner) modifiesNoun(k int) bool {
	w := x.w(k)
	return len(w) > 4 && w[len(w)-3:] == "ing" && !x.toks[k].cap && x.kind(k+1) == tkWord && !x.toks[k+1].cap &&
		x.nounish(k+1) && !x.det(k+1)
}

// governs reports a word at token k that can govern a figure after it: a verb by its
// form or its place (verbAt: "can contribute", "to purchase"), a sentence's capitalised
// first word ("Add 2 cups"), "has"/"had" with no participle, and "up"/"down" ("shares
// are up 5%").
func (x *scanner) governs(k, a int, cl uint8) bool {
	switch x.w(k) {
	case "up", "down", "has", "have", "had", "having":
		return true
	case "worth":
		// a predicate after a copula ("is worth $5 million"); after a noun ("a deal worth
		// $8 billion") it qualifies the noun like a preposition
		return isCopula(x.w(k - 1))
	}
	if cl&pcAux != 0 || x.kind(k-1) == tkWord && x.det(k-1) && x.w(k-1) != "that" {
		// "a total of", "the record": after a determiner a word is a noun
		return false
	}
	return (x.verbLike(k) || x.relativePresent(k)) && (!x.toks[k].cap || k == a) || x.verbAt(k)
}

// capWord reports a capitalised word at token i, false outside the text.
func (x *scanner) capWord(i int) bool {
	return x.kind(i) == tkWord && x.toks[i].cap
}

// qualifierWord lists the words of qualifiers that may sit between a verb and its
// figure: "killed an estimated", "took just".
func qualifierWord(w string) bool {
	switch w {
	case "estimated", "some", "about", "nearly", "just", "only", "approximately", "around", "almost",
		"roughly", "least", "more", "than", "another", "less", "fewer", "much", "well", "over",
		"close", "up", "to", "as", "many", "record":
		return true
	}
	return false
}

// nameBefore2 reads the capitalised name ending before token k: "Patrick W. Carlineo Jr."
func (x *scanner) nameBefore2(k, a int) phrase {
	end := k - 1
	j := end
	for j >= a {
		if x.kind(j) == tkWord && x.toks[j].cap {
			j--
			continue
		}
		if x.w(j) == "." && x.gap(j) == 0 && x.kind(j-1) == tkWord && x.toks[j-1].cap {
			j--
			continue
		}
		break
	}
	for j+1 <= end && x.w(j+1) == "." {
		j++
	}
	if j == end || j+1 == a && capitalFunctionWordsTab.val(x.w(a)) {
		return phrase{}
	}
	return x.cut(j+1, end)
}

// subjectBefore reads the subject ending before the verb at token k: the noun phrase
// before it, with the phrases of place or domain that qualify it when the whole stands at
// the start of the clause ("Sales of electric cars in Europe rose", "House prices in
// London have fallen", "Profits at the bank jumped"). Anywhere else the preposition's
// object alone is read, as a phrase that begins after a verb ("said on Monday prices
// rose") is no subject.
func (x *scanner) subjectBefore(k, a int) phrase {
	k = x.skipRelative(k, a)
	k = x.skipReducedRelative(k, a)
	if st := x.openingNounPhrase(k, a); st >= 0 {
		return x.cut(st, k-1)
	}
	s := x.nounStart(k, a)
	if s < 0 {
		return phrase{}
	}
	start := s
	for hops := 0; hops < 2; hops++ {
		p := start - 1
		for p > a && x.det(p) {
			p--
		}
		if p <= a || !qualifyingPreposition(x.w(p)) {
			break
		}
		s2 := x.nounStart(p, a)
		if s2 < 0 {
			break
		}
		q := s2 - 1
		for q >= a && x.det(q) {
			q--
		}
		if q >= a && !clauseOpener(x.w(q)) {
			break
		}
		start = s2
	}
	return x.cut(start, k-1)
}

// openingNounPhrase returns where the subject ending before the verb at token k starts
// when it fills its clause from the clause's opening: a noun phrase of up to a dozen
// tokens, with the phrases that qualify its head ("Onset of symptoms after exposure to
// dust can range", "The number of people in work rose"), standing at the start of the
// sentence or after a clause opener. It returns -1 when a verb, a pronoun or a clause
// word stands between, or when the phrase opens with a preposition ("In May prices
// rose"), which makes it no subject; subjectBefore then reads the phrase next to the verb.
// A number ends it only after a capitalised word, as in a name ("the FTSE 100 fell").
func (x *scanner) openingNounPhrase(k, a int) int {
	if x.w(k-1) == "to" {
		// "a bill to cap prices": an infinitive has no subject before it
		return -1
	}
	j := k - 1
	for ; j >= a && j > k-13; j-- {
		if x.kind(j) != tkWord {
			if r := x.w(j); (r == "-" || r == "’" || r == "'" || r == "&" || r == ".") && x.gap(j) == 0 || x.kind(j) == tkNum {
				continue
			}
			break
		}
		if !x.nounPhraseWord(j, a) && !(j == k-1 && x.headAfterModifiers(j, a)) {
			break
		}
		if x.det(j) && j > a && x.kind(j-1) == tkWord && !x.det(j-1) &&
			!x.prep(j-1) && !clauseOpener(x.w(j-1)) && !x.verbLike(j-1) {
			// "the site of the clashes the state has seen": a second noun phrase
			// right after a noun opens a clause of its own
			return -1
		}
	}
	st := j + 1
	if st >= k || j >= a && !clauseOpener(x.w(j)) || j >= a && j <= k-13 {
		return -1
	}
	for st < k && x.det(st) {
		st++
	}
	if st >= k || x.kind(st) != tkWord || x.prep(st) ||
		x.kind(k-1) != tkWord && x.w(k-1) != "." && !(x.kind(k-1) == tkNum && x.capWord(k-2)) {
		return -1
	}
	return st
}

// nounPhraseWord reports a word at token j that a subject noun phrase may hold: no verb
// (a capitalised word other than the sentence's first is a name, and a word after a
// determiner a noun: "the cost"), pronoun, auxiliary or clause word.
func (x *scanner) nounPhraseWord(j, a int) bool {
	w := x.w(j)
	if clauseOpener(w) || x.pron(j) || x.aux(j) || x.wh(j) {
		return false
	}
	return !x.verbLike(j) || x.toks[j].cap && j > a || x.postModifier(j) || x.det(j-1) && x.w(j-1) != "that"
}

// headAfterModifiers reports a verb form at token j that is the head of a noun phrase
// ending right before a verb: a determiner and one to three modifiers, lower-case words
// that can be no verb, stand before it ("the extra crossing costs", "a second
// crossing would cost", "the annual spending rose"). nounPhraseWord takes such a form
// only right after the determiner.
func (x *scanner) headAfterModifiers(j, a int) bool {
	if x.kind(j) != tkWord || x.toks[j].cap || !x.verbLike(j) || x.aux(j) || x.wh(j) {
		return false
	}
	for m := j - 1; m >= a && m >= j-3; m-- {
		if x.det(m) {
			return m < j-1 && x.w(m) != "that"
		}
		if x.kind(m) != tkWord || x.toks[m].cap || !x.nounish(m) || clauseOpener(x.w(m)) ||
			x.wh(m) || timeWordsTab.val(x.w(m)) {
			return false
		}
	}
	return false
}

// postModifier reports an "-ing" word at token j that opens a phrase qualifying the noun
// before it, within a noun phrase: "symptoms following exposure", "people living in
// flats". A noun stands before it and a noun phrase or a preposition after it.
func (x *scanner) postModifier(j int) bool {
	w := x.w(j)
	if len(w) < 5 || w[len(w)-3:] != "ing" || x.kind(j-1) != tkWord || !x.nounish(j-1) {
		return false
	}
	return x.kind(j+1) == tkWord && (x.prep(j+1) || x.det(j+1) || x.nounish(j+1))
}

// skipRelative steps back over a relative clause or another aside set off by commas
// that ends before token k ("Oil prices, which had fallen for three days, rose", "Oil
// prices, as expected, rose"), so that the subject is read before it; with none it
// returns k.
func (x *scanner) skipRelative(k, a int) int {
	if x.w(k-1) != "," {
		return k
	}
	for c := k - 2; c > a && c > k-20; c-- {
		switch x.w(c) {
		case ",":
			// a comma right before a verb closes an aside set off by commas: a
			// relative clause, or any other after a noun phrase that opens its clause
			// ("Oil prices, as expected, rose"; not "hit Iowa hardest, with nine
			// stores shutting, followed by")
			if w := x.w(c + 1); w == "which" || w == "who" || w == "whose" || x.openingNounPhrase(c, a) >= 0 {
				return c
			}
			return k
		case ".", ";", ":":
			return k
		}
	}
	return k
}

// skipReducedRelative steps back over a participle phrase that ends before token k and
// qualifies the noun before it ("The average price of a used car sold in May was
// $18,500", "people living in flats are"), so that the subject is read before it: a
// participle after a noun, then a preposition and its object of a few words. With none
// it returns k.
func (x *scanner) skipReducedRelative(k, a int) int {
	for p := k - 2; p > a+1 && p >= k-5; p-- {
		if x.kind(p) != tkWord {
			return k
		}
		if !x.prep(p) {
			continue
		}
		if x.w(p) == "of" {
			// "the second sowing of lettuce": a noun's complement, not a participle's
			return k
		}
		v := p - 1
		if x.toks[v].cap || !x.verbLike(v) || x.phraseClass(v) != 0 || reportVerbsTab.val(x.w(v)) != 0 ||
			x.kind(v-1) != tkWord || x.pron(v-1) || !x.toks[v-1].cap && !x.nounish(v-1) {
			return k
		}
		return v
	}
	return k
}

// pastQualifyingPhrase steps over a phrase of place or domain after a subject, so that
// its verb is found: "2,000 workers at the plant went on strike". With none, or with a
// phrase that runs on into anything but a noun phrase, it returns j.
func (x *scanner) pastQualifyingPhrase(j, b int) int {
	if !qualifyingPreposition(x.w(j)) {
		return j
	}
	s0, s1, next := x.nounPhrase(j+1, b)
	if s1 == s0 {
		return j
	}
	return next
}

// pastAside steps over an aside set off by a pair of dashes at token j, so that the
// verb after it is found: "two of the three samples — soil and ice — were lost". With
// no closing dash within the sentence's next few tokens it returns j.
func (x *scanner) pastAside(j, b int) int {
	d := x.w(j)
	if d != "—" && d != "―" && d != "–" {
		return j
	}
	for c := j + 1; c < b && c < j+30; c++ {
		if x.w(c) == d {
			return c + 1
		}
	}
	return j
}

// qualifyingPreposition lists the prepositions whose phrase says where or of what a
// quantity is ("sales in Europe", "profits at the bank", "demand for oil"), and so
// belongs to the subject; "to", "by" or "with" start the predicate's phrases.
func qualifyingPreposition(w string) bool {
	switch w {
	case "in", "at", "from", "on", "for", "across", "among", "within", "outside", "inside", "near", "around",
		"throughout":
		return true
	}
	return false
}

// clauseOpener lists the words and marks after which a noun phrase is a clause's subject.
func clauseOpener(w string) bool {
	switch w {
	case ",", ";", ":", "“", "\"", "(", "—", "–", "that", "while", "and", "but", "as", "when", "after", "because",
		"although", "though", "since", "if", "whereas":
		return true
	}
	return false
}

// nounBefore reads the noun phrase ending before token k: "Home Depot shares".
func (x *scanner) nounBefore(k, a int) phrase {
	if s := x.nounStart(k, a); s >= 0 {
		return x.cut(s, k-1)
	}
	return phrase{}
}

// nounStart returns where the noun phrase ending before token k starts, or -1.
func (x *scanner) nounStart(k, a int) int {
	end := k - 1
	j := end
	for j >= a && j > end-7 {
		if x.kind(j) != tkWord {
			if (x.w(j) == "’" || x.w(j) == "'" || x.w(j) == "-") && x.gap(j) == 0 && j < end {
				j--
				continue
			}
			break
		}
		w := x.w(j)
		if x.prep(j) && !(w == "of" && j < end) || x.det(j) || x.aux(j) || x.pron(j) ||
			x.verbLike(j) && !x.toks[j].cap && !x.det(j-1) && !(j == end && x.headAfterModifiers(j, a)) ||
			w == "and" || w == "but" || x.wh(j) || timeWordsTab.val(w) ||
			isDayName(w) {
			break
		}
		j--
	}
	if j == end {
		return -1
	}
	if x.w(j+1) == "of" {
		j++
	}
	for j+1 <= end && (x.kind(j+1) != tkWord || x.w(j+1) == "s" && x.gap(j+1) == 0) {
		j++
	}
	if j+1 > end || x.wh(j+1) {
		return -1
	}
	return j + 1
}
