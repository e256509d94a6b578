package newsparse

import "github.com/newsparse/newsparse/internal/figures"

// ExtractFigures returns the numeric claims in text, in the order they appear: counts,
// money, percentages, ratios, ages, durations, measures and sports scores, each with its
// value, bound and unit, and, where the sentence says so, what it counts (Subject), what
// happened to it (Verb) and who says so (Source). Years, dates, clock times, ordinals,
// phone numbers, addresses, page numbers, numbers inside names, URLs and file names
// are left out. It reads English; digits, currency symbols and ISO codes in any text.
//
// Start and End are byte offsets of Text in text. Where is left empty and Index zero:
// they locate a figure inside an Article and are set by the parse functions.
// ExtractFigures is safe for concurrent use and never panics. The engine lives in
// internal/figures; this is its public face.
func ExtractFigures(text string) []Figure {
	// the engine's figures gather on its stack, as do its buffers for a paragraph; only
	// the public slice is allocated
	return figures.Convert(text, func(f figures.Figure) Figure { return publicFigure(&f, "", 0) })
}

// publicFigure converts the engine's figure, located by where and index.
func publicFigure(f *figures.Figure, where Where, index int) Figure {
	return Figure{
		Text: f.Text, Value: f.Value, Max: f.Max, Bound: Bound(f.Bound), Vague: f.Vague,
		Kind: Kind(f.Kind), Unit: f.Unit, Subject: f.Subject, Verb: f.Verb, Source: f.Source,
		Where: where, Index: index, Start: f.Start, End: f.End,
	}
}

// fillFigures sets a.Figures to the figures of the headline, the standfirst, each body
// paragraph and each caption, in that order, each located by Where, Index and byte
// offsets into that exact text. It replaces any figures already there, so calling it
// twice gives the same result.
func (a *Article) fillFigures() {
	if a == nil {
		return
	}
	// One scratch serves every text of the article. Each text's figures gather in a
	// buffer on the stack and are converted at once into a second, of public figures,
	// from which a.Figures is made once at its exact size. An article of more figures
	// than that holds gathers them on the heap, in room made for them all at the rate
	// found so far (Scratch.Room), which becomes a.Figures: gathered there first as
	// the engine's figures, they took that room twice, once in each type.
	var sc figures.Scratch
	longest, total := max(len(a.Headline), len(a.Standfirst)), len(a.Headline)+len(a.Standfirst)
	for _, p := range a.Paragraphs {
		longest, total = max(longest, len(p.Text)), total+len(p.Text)
	}
	for _, im := range a.Images {
		longest, total = max(longest, len(im.Caption)), total+len(im.Caption)
	}
	sc.Plan(longest, total)
	var textBuf [48]figures.Figure
	var buf [48]Figure
	n := 0
	var spilled []Figure // nil until buf is full
	add := func(text string, where Where, index int) {
		got := sc.Append(textBuf[:0], text)
		for k := range got {
			f := &got[k]
			switch {
			case spilled == nil && n < len(buf):
				buf[n] = publicFigure(f, where, index)
				n++
				continue
			case spilled == nil:
				// copied, not sliced, so that buf stays on the stack
				spilled = append(make([]Figure, 0, sc.Room(n, n)), buf[:n]...)
			case len(spilled) == cap(spilled):
				spilled = append(make([]Figure, 0, sc.Room(len(spilled), cap(spilled))), spilled...)
			}
			spilled = append(spilled, publicFigure(f, where, index))
		}
	}
	add(a.Headline, WhereHeadline, 0)
	add(a.Standfirst, WhereStandfirst, 0)
	for i, p := range a.Paragraphs {
		// A number in a table means what its row and column headings say, which the
		// figure reader, a reader of sentences, cannot see: the table keeps it as data.
		if p.Kind == ParagraphTable {
			continue
		}
		add(p.Text, WhereBody, i)
	}
	for i, im := range a.Images {
		add(im.Caption, WhereCaption, i)
	}
	switch {
	case spilled != nil:
		a.Figures = spilled
	case n > 0:
		a.Figures = append(make([]Figure, 0, n), buf[:n]...)
	default:
		a.Figures = nil
	}
}
