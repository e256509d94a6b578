// Package figures reads the numeric claims of a text: counts, money, percentages,
// ratios, ages, durations, measures and sports scores, each with its value, bound and
// unit, and what it counts, what happened to it and who says so.
//
// The engine is a tokenizer (tokens.go) and rules over its tokens, one concern a file:
// numbers and number words (numbers.go), units and money (measures.go, units.go),
// ranges and qualifiers (ranges.go), composite forms (composites.go), what is not a
// figure (exclusions.go) and attribution (attribution.go, with the word classes it
// asks of each token kept in wordclass.go). The root package converts Figure to its
// public type, which has the same fields and JSON.
//
// The word lists are data, lexicon/*.txt, one list a file. `go generate` (the test
// TestLexiconGenerated with -update) composes the tables the scanner reads from them
// (ISO 4217 codes, SI prefixes with base units, qualifiers with degree adverbs, the
// shape tests of quick rejects; recipes in lexicon_recipes_test.go) and writes them,
// laid out as they are read, as static literals into lexicon_gen.go, so the package
// builds nothing when it is initialised. To measure its init:
//
//	go test -c -o /tmp/figures.test ./internal/figures
//	GODEBUG=inittrace=1 /tmp/figures.test -test.run '^$' 2>&1 | grep internal/figures
//
// (the test binary also initialises the test files' variables, so this is an upper
// bound; a program importing the package alone shows 0.05-0.2 ms and no allocation).
package figures

import "unsafe"

// Figure is one numeric claim, as the root package's Figure without where in an
// article it stands.
type Figure struct {
	Text    string
	Value   float64
	Max     float64
	Bound   Bound
	Vague   bool
	Kind    Kind
	Unit    string
	Subject string
	Verb    string
	Source  string
	Start   int
	End     int
}

// Bound says how a figure's value relates to the true quantity; the root package's
// Bound constants take their words from these.
type Bound string

// The bounds a qualifier can give a figure.
const (
	BoundExact    Bound = "exact"
	BoundApprox   Bound = "approx"
	BoundAtLeast  Bound = "at_least"
	BoundMoreThan Bound = "more_than"
	BoundAtMost   Bound = "at_most"
	BoundLessThan Bound = "less_than"
)

// Kind is what sort of quantity a figure is; the root package's Kind constants take
// their words from these.
type Kind string

// The kinds of figure.
const (
	KindCount    Kind = "count"
	KindMoney    Kind = "money"
	KindPercent  Kind = "percent"
	KindRatio    Kind = "ratio"
	KindAge      Kind = "age"
	KindDuration Kind = "duration"
	KindMeasure  Kind = "measure"
	KindScore    Kind = "score"
)

// Extract returns the figures of text in the order they appear. It is safe for
// concurrent use and never panics.
func Extract(text string) []Figure {
	return Append(nil, text)
}

// stackText is the longest text whose scanner Append keeps on its stack, in buffers of
// a fixed size: longer than nearly every paragraph of news (none of the repository's
// text fixtures reaches 512 bytes), and about 6 KB of stack in all.
const stackText = 1024

// stackTokens is tokenRoom(stackText), as a constant.
const stackTokens = stackText*57>>8 + 8

// Append appends the figures of text to dst and returns it, as a Scratch does for the
// texts of one caller. The tokens, the lower-cased copy and the sentence starts of a
// text of up to stackText bytes live on its stack, so that the call allocates nothing
// but room for the figures: made for each call, they were three quarters of the bytes
// it allocated. A longer text is given a Scratch of its own.
func Append(dst []Figure, text string) []Figure {
	if !mayHoldFigure(text) {
		return dst
	}
	return appendHeld(dst, text)
}

// Convert returns conv of each figure of text, in a slice made at their number, or nil
// when it holds none: the root package's ExtractFigures, which converts them to its
// own type. The figures gather on Convert's stack, in room set up only once the text
// has passed the quick reject: most texts hold no figure, and clearing that room for
// each cost its caller about as much as the quick reject. conv takes a figure by value,
// so that no pointer into that room leaves for a function the compiler cannot see.
func Convert[T any](text string, conv func(Figure) T) []T {
	if !mayHoldFigure(text) {
		return nil
	}
	var buf [16]Figure
	found := appendHeld(buf[:0], text)
	if len(found) == 0 {
		return nil
	}
	out := make([]T, len(found))
	for i := range found {
		out[i] = conv(found[i])
	}
	return out
}

// appendHeld is Append for a text that passed the quick reject.
func appendHeld(dst []Figure, text string) []Figure {
	if len(text) <= stackText {
		var r smallRoom
		if found, ok := r.appendHeld(dst, text, nil); ok {
			return found
		}
	}
	var sc Scratch
	return sc.appendHeld(dst, text)
}

// smallRoom is the room, in arrays of a fixed size, for what the scanner keeps of a
// text of up to stackText bytes: its tokens, the lowered copy, the sentence starts,
// the marks and the spans of its figures (the words stay on appendHeld's stack, see
// there). Append keeps one on its stack, and a Scratch holds one, so that an article's
// texts, nearly all of them that short, are read without a buffer made for them: made
// for the longest text of each article, those buffers were nine in ten of the figures'
// allocations in ParseText.
type smallRoom struct {
	toks  [stackTokens]token
	low   [stackText]byte
	sents [stackTokens/8 + 2]int
	marks [stackTokens / 4]int32
	spans [16]span
}

// appendHeld appends the figures of text, of up to stackText bytes, to dst, reading it
// in r's arrays; grow, when not nil, is the scratch whose plan sizes dst. ok is false,
// and nothing is appended, for a rare text of more tokens than the arrays hold (one-byte
// tokens), which the caller reads with buffers made to its size.
//
// The words, which point into r.low, stay on this call's stack: stored in r, a pointer
// into r would move a caller's Scratch, and the room with it, to the heap.
func (r *smallRoom) appendHeld(dst []Figure, text string, grow *Scratch) (found []Figure, ok bool) {
	var words [stackTokens]string
	b := tokBuf{toks: r.toks[:], marks: r.marks[:]}
	b.tokenize(text)
	if b.k > len(r.toks) {
		return dst, false
	}
	lowerInto(r.low[:], text)
	// The lowered copy is read as a string without copying it again, and the words are
	// sliced from it here rather than by setWords (see there). Neither outlives the
	// call: the compiler would move low and words to the heap if any word escaped,
	// which `go build -gcflags=-m` shows none does.
	ts, lows := b.toks[:b.k], unsafe.String(&r.low[0], len(text))
	for k := range ts {
		words[k] = tokenWord(&ts[k], lows)
	}
	x := scanner{text: text, toks: ts, low: lows, words: words[:len(ts)], marks: b.marks[:b.m]}
	x.sentStarts = x.findSentences(r.sents[:0])
	dst = x.appendFound(dst, r.spans[:0], text, grow)
	if grow != nil {
		grow.steps += x.steps + len(x.toks)
	}
	return dst, true
}

// Append appends the figures of text to dst, reusing the scratch's buffers, and
// returns dst. A Scratch belongs to one goroutine.
func (sc *Scratch) Append(dst []Figure, text string) []Figure {
	dst = sc.appendFigures(dst, text)
	sc.done += len(text)
	return dst
}

// Plan tells the scratch the length of the longest text and the total length of the
// texts it will be given, so that its buffers are made once at their final size.
func (sc *Scratch) Plan(longest, total int) {
	sc.hint = longest
	sc.total = total
}

// Pronouns returns a copy of the pronouns that are never a source, for readers of
// bylines that share the list.
func Pronouns() map[string]bool {
	m := map[string]bool{}
	for i, k := range pronounsTab.keys {
		if k != "" {
			m[k] = pronounsTab.vals[i]
		}
	}
	return m
}

// IsDayName reports a lower-case day name or its abbreviation.
func IsDayName(w string) bool { return isDayName(w) }
