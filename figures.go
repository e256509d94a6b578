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
	// One scratch serves every text of the article, and its figures gather in one
	// buffer on the stack before a.Figures is made once, at its exact size.
	var sc figures.Scratch
	longest, total := max(len(a.Headline), len(a.Standfirst)), len(a.Headline)+len(a.Standfirst)
	for _, p := range a.Paragraphs {
		longest, total = max(longest, len(p.Text)), total+len(p.Text)
	}
	for _, im := range a.Images {
		longest, total = max(longest, len(im.Caption)), total+len(im.Caption)
	}
	sc.Plan(longest, total)
	var buf [48]figures.Figure
	found := buf[:0]
	type place struct {
		where     Where
		index, to int
	}
	var placesBuf [64]place
	places := placesBuf[:0]
	add := func(text string, where Where, index int) {
		found = sc.Append(found, text)
		if n := len(places); n == 0 || places[n-1].to != len(found) {
			places = append(places, place{where, index, len(found)})
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
	a.Figures = nil
	if len(found) == 0 {
		return
	}
	a.Figures = make([]Figure, len(found))
	from := 0
	for _, p := range places {
		for k := from; k < p.to; k++ {
			a.Figures[k] = publicFigure(&found[k], p.where, p.index)
		}
		from = p.to
	}
}
