package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// pandocQuoteDump is pandoc's Markdown of a page with a quote of two wrapped
// paragraphs and a fenced code listing; its GitHub Markdown of the page is the same,
// byte for byte, so one dump stands for both writers.
const pandocQuoteDump = `The council published the timetable for the harbour works on Monday, and
the first boats are expected back at the old pier within a fortnight of
the repairs.

> We are delighted that the pier is open again, and we thank the
> engineers who worked through the winter storms to repair it in time
> for the season.
>
> The ferry will return next week once the last of the moorings has been
> replaced.

Engineers found that the storms had cut the pier in two places, and that
the mooring rings along its northern side had rusted through after years
of neglect.

` + "`" + `` + "`" + `` + "`" + ` python
berths = 42
` + "`" + `` + "`" + `` + "`" + `

Fishing boats were the first to return, and the ferry will follow next
week once the last of the moorings has been replaced by the contractors.

The harbour master said the repairs had come in under budget, and that
the savings would pay for new lighting along the length of the southern
breakwater.
`

// TestMarkdownQuoteAndFence: a quote's marks go, its paragraphs rejoined as the
// page's others are, and a code fence parts the listing from the text around it
// and is no text itself.
func TestMarkdownQuoteAndFence(t *testing.T) {
	for name, dump := range map[string]string{"markdown and gfm": pandocQuoteDump} {
		t.Run(name, func(t *testing.T) {
			var texts []string
			for _, b := range Read(dump, Normalize(dump), nil, false) {
				texts = append(texts, b.Text)
			}
			assert.Equal(t, []string{
				"The council published the timetable for the harbour works on Monday, and the first boats are expected back at the old pier within a fortnight of the repairs.",
				"We are delighted that the pier is open again, and we thank the engineers who worked through the winter storms to repair it in time for the season.",
				"The ferry will return next week once the last of the moorings has been replaced.",
				"Engineers found that the storms had cut the pier in two places, and that the mooring rings along its northern side had rusted through after years of neglect.",
				"berths = 42",
				"Fishing boats were the first to return, and the ferry will follow next week once the last of the moorings has been replaced by the contractors.",
				"The harbour master said the repairs had come in under budget, and that the savings would pay for new lighting along the length of the southern breakwater.",
			}, texts)
		})
	}
	line, width := cutQuoteMarks("> > nested")
	assert.Equal(t, "nested", line)
	assert.Equal(t, 4, width)
}
