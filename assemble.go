package newsparse

// assemble builds the Article from classified blocks.
func assemble(blocks []block) *Article {
	a := &Article{Paragraphs: []Paragraph{}}
	for _, b := range blocks {
		switch b.role {
		case roleHeadline:
			a.Headline = b.text
		case roleBody:
			a.Paragraphs = append(a.Paragraphs, Paragraph{Text: b.text, Kind: KindBody})
		}
	}
	return a
}
