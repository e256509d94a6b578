package newsparse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFillFiguresPastStackBuffer: an article of more figures than fillFigures keeps
// on its stack (48) gets them all, in order, each located in its own text, as
// ExtractFigures finds them text by text; so does one that stays within it.
func TestFillFiguresPastStackBuffer(t *testing.T) {
	for _, paragraphs := range []int{3, 20} {
		a := &Article{Headline: "12 ways to count 3 things", Images: []Image{{Caption: "Some 40 people queue."}}}
		for i := range paragraphs {
			a.Paragraphs = append(a.Paragraphs, Paragraph{Kind: ParagraphBody, Text: fmt.Sprintf(
				"The market sold %d apples, %d pears and %d plums, and 4 stalls closed early.", i+5, i+20, i+40)})
		}
		var want []Figure
		add := func(text string, where Where, index int) {
			for _, f := range ExtractFigures(text) {
				f.Where, f.Index = where, index
				want = append(want, f)
			}
		}
		add(a.Headline, WhereHeadline, 0)
		for i, p := range a.Paragraphs {
			add(p.Text, WhereBody, i)
		}
		add(a.Images[0].Caption, WhereCaption, 0)
		a.fillFigures()
		require.Equal(t, want, a.Figures, "%d paragraphs", paragraphs)
		if paragraphs == 20 {
			require.Greater(t, len(a.Figures), 48, "the article must pass the stack buffer")
		}
	}
}
