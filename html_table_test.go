package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Numbers in a data table stay in the article, in a table paragraph, and are not read
// as navigation or as figures.
func TestHTMLTableKeptAsData(t *testing.T) {
	page := `<html><body><article><h1>Storm closes roads across the county</h1>
<p>Heavy rain closed roads across the county on Monday and the council said clearing them would take days.</p>
<table><tr><th>Road</th><th>Closed</th></tr><tr><td>A39</td><td>4</td></tr><tr><td>B3224</td><td>2</td></tr></table>
<p>The Met Office kept its warning in place until Wednesday and advised drivers to avoid the moors.</p>
</article></body></html>`
	a, err := ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 3)
	tbl := a.Paragraphs[1]
	assert.Equal(t, ParagraphTable, tbl.Kind)
	assert.Equal(t, "Road\tClosed\nA39\t4\nB3224\t2", tbl.Text)
	assert.True(t, tbl.Rows[0].Header)
	for _, r := range a.Removed {
		assert.NotContains(t, []string{"A39", "4", "B3224", "2", "Road", "Closed"}, r.Text)
	}
	for _, f := range a.Figures {
		assert.NotEqual(t, 1, f.Index, "figure read from the table: %v", f)
	}
	assert.Contains(t, a.Text(), "A39\t4\n")
}
