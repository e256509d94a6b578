package newsparse

// Attribution: what a figure counts (Subject), what happened to it (Verb) and who says
// so (Source), read from the figure's sentence with a few word lists rather than a
// parser. A source is only ever a phrase the sentence writes; a pronoun is none.

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"no": true, "nov": true, "oct": true, "sept": true, "sep": true, "jan": true, "feb": true,
	"aug": true, "dec": true, "apr": true, "jun": true, "jul": true, "mar": true, "inc": true,
	"corp": true, "co": true, "ltd": true, "gov": true, "sen": true, "sens": true, "rep": true,
	"gen": true, "lt": true, "col": true, "vs": true, "etc": true, "prof": true, "u.s": true,
	"approx": true, "fig": true, "nr": true, "p": true, "pp": true, "vol": true, "ill": true,
}

// findSentences splits the tokens into sentences and marks those that talk sport.
func (x *scanner) findSentences() {
	x.sentIdx = make([]int32, len(x.toks))
	x.sentStarts = append(x.sentStarts[:0], 0)
	x.sports = append(x.sports[:0], false)
	cur := 0
	for i := range x.toks {
		x.sentIdx[i] = int32(cur)
		t := x.toks[i]
		if t.k == tkWord && sportsWords[x.w(i)] {
			x.sports[cur] = true
		}
		if t.k != tkPunct {
			continue
		}
		r := x.raw(i)
		if r != "." && r != "!" && r != "?" {
			continue
		}
		next := i + 1
		for next < len(x.toks) && x.toks[next].k == tkPunct && x.toks[next].gap == 0 && isCloser(x.raw(next)) {
			next++
		}
		if next >= len(x.toks) || x.toks[next].gap == 0 {
			continue
		}
		if r == "." && x.kind(i-1) == tkWord && x.gap(i) == 0 {
			w := x.w(i - 1)
			if abbreviations[w] || len(w) == 1 {
				continue
			}
		}
		nt := x.toks[next]
		if nt.k == tkWord && !nt.cap {
			continue
		}
		for k := i + 1; k < next; k++ {
			x.sentIdx[k] = int32(cur)
		}
		cur++
		x.sentStarts = append(x.sentStarts, next)
		x.sports = append(x.sports, false)
	}
}

func isCloser(r string) bool {
	switch r {
	case "\"", "”", "’", "'", ")", "]":
		return true
	}
	return false
}

func (x *scanner) sentOf(i int) int {
	if i < 0 || i >= len(x.sentIdx) {
		return 0
	}
	return int(x.sentIdx[i])
}

func (x *scanner) sentStart(s int) int {
	if s < 0 || s >= len(x.sentStarts) {
		return 0
	}
	return x.sentStarts[s]
}

func (x *scanner) sentEnd(s int) int {
	if s+1 < len(x.sentStarts) {
		return x.sentStarts[s+1]
	}
	return len(x.toks)
}

// titleCase reports a sentence whose words are mostly capitalised, as headlines are.
func (x *scanner) titleCase(s int) bool {
	words, caps := 0, 0
	for i := x.sentStart(s); i < x.sentEnd(s); i++ {
		if x.toks[i].k != tkWord || len(x.raw(i)) < 4 {
			continue
		}
		words++
		if x.toks[i].cap {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*6
}

// attribute fills Subject, Verb and Source of each figure.
func (x *scanner) attribute(spans []cand) {
}
