package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Fixtures in the shape pandoc's plain and Markdown writers give a table whose cells
// hold more than one line.

const gridAuthorBox = `Readers wrote in.

+----------------------+----------------------------------------------+
| [Portrait]           | Mara Quill                                   |
|                      |                                              |
|                      | Mara Quill covers the harbour and the ferry  |
|                      | routes. She joined from a weekly paper on    |
|                      | the coast.                                   |
+----------------------+----------------------------------------------+

More follows.`

const gridOneColumn = `+-----------------------------------------------------+
| In this guide                                       |
|                                                     |
| How long does a kitchen refit take from the first   |
| sketch to the last tile?                            |
|                                                     |
| -   Planning the work                               |
| -   Ordering the cabinets and the worktop from a    |
|     supplier                                        |
+-----------------------------------------------------+`

const gridData3x3 = `Rates by town:

+--------------+--------------+--------------------+
| Town         | Rate         | Change since last  |
|              |              | spring             |
+==============+==============+====================+
| Ashby        | 4.2%         | up                 |
+--------------+--------------+--------------------+
| Brandon      | 3.9%         | down two points    |
|              |              | on the year        |
+--------------+--------------+--------------------+

After the table.`

const gridTwoParagraphs = `+------------------------------+------------------------------+
| The first paragraph of the   | Side note                    |
| left cell runs on here.      |                              |
|                              |                              |
| A second paragraph follows   |                              |
| it.                          |                              |
+------------------------------+------------------------------+`

func gridBlockTexts(blocks []Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Rows != nil {
			out = append(out, "<table>")
			continue
		}
		out = append(out, b.Text)
	}
	return out
}

func TestGridTableLayout(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// A dump this short is read a line a block, its marks left as they are.
		{"a two-column author box", gridAuthorBox, []string{"Readers wrote in.", "[Portrait]", "Mara Quill",
			"Mara Quill covers the harbour and the ferry routes. She joined from a weekly paper on the coast.", "More follows."}},
		{"a one-column box with a list", gridOneColumn, []string{"In this guide",
			"How long does a kitchen refit take from the first sketch to the last tile?",
			"- Planning the work", "- Ordering the cabinets and the worktop from a supplier"}},
		{"a cell of two paragraphs beside a short one", gridTwoParagraphs, []string{
			"The first paragraph of the left cell runs on here.", "A second paragraph follows it.", "Side note"}},
		{"links in the cells of a Markdown grid make it a layout's", "+----------------+-------+\n| Shop           | Price |\n+================+=======+\n| [Alpha][1]     | 10    |\n+----------------+-------+\n| [Beta](/b)     | 12    |\n+----------------+-------+\n\n[1]: /a",
			[]string{"Shop", "Price", "Alpha", "10", "Beta", "12"}},
		{"a Markdown heading in a cell", "+------------------------+\n| ## Stay in touch       |\n|                        |\n| Sign up for the letter |\n+------------------------+",
			[]string{"Stay in touch", "Sign up for the letter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			norm := Normalize(tt.in)
			// A Markdown writer's dump (one with a heading or a link mark) is read as one.
			blocks := Read(tt.in, norm, nil, strings.Contains(tt.in, "## ") || strings.Contains(tt.in, "]("))
			assert.Equal(t, tt.want, gridBlockTexts(blocks))
		})
	}
}

func TestGridTableData(t *testing.T) {
	blocks := Read(gridData3x3, Normalize(gridData3x3), nil, false)
	require.Equal(t, []string{"Rates by town:", "<table>", "After the table."}, gridBlockTexts(blocks))
	assert.Equal(t, []Row{
		{Header: true, Cells: []string{"Town", "Rate", "Change since last spring"}},
		{Cells: []string{"Ashby", "4.2%", "up"}},
		{Cells: []string{"Brandon", "3.9%", "down two points on the year"}},
	}, blocks[1].Rows)
}

func TestGridTableDataCells(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Row
	}{
		{"a short list in a cell", "+--------+------------------+\n| Period | Tasks            |\n+--------+------------------+\n| May    | -   Book a hall  |\n|        | -   Send invites |\n+--------+------------------+\n| June   | -   Pay deposit  |\n+--------+------------------+",
			[]Row{{Cells: []string{"Period", "Tasks"}}, {Cells: []string{"May", "Book a hall; Send invites"}}, {Cells: []string{"June", "Pay deposit"}}}},
		{"a box table: a border under its heading only", "+-------+-------+\n| Party | Seats |\n+-------+-------+\n| Red   | 12    |\n| Blue  | 9     |\n+-------+-------+",
			[]Row{{Cells: []string{"Party", "Seats"}}, {Cells: []string{"Red", "12"}}, {Cells: []string{"Blue", "9"}}}},
		{"a wide character shifts the fences", "+--------+--------+\n| Site   | Stars  |\n+--------+--------+\n| Alpha  | ⭐4.5  |\n+--------+--------+\n| Beta   | ⭐3.1  |\n+--------+--------+",
			[]Row{{Cells: []string{"Site", "Stars"}}, {Cells: []string{"Alpha", "⭐4.5"}}, {Cells: []string{"Beta", "⭐3.1"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := Read(tt.in, Normalize(tt.in), nil, false)
			require.Len(t, blocks, 1)
			assert.Equal(t, tt.want, blocks[0].Rows)
		})
	}
}

// In a wrapped dump, the reflow joins a line to one whose bracket is left open; a
// data table's rows stand apart, so that none is joined to the next.
func TestGridTableOpenBracket(t *testing.T) {
	grid := "+-----------+--------+---------+\n| Town      | Rate   | Trend   |\n+-----------+--------+---------+\n| Ashby (n  | 4.2%   | up      |\n+-----------+--------+---------+\n| Brandon   | 3.9%   | down    |\n+-----------+--------+---------+\n"
	in := gridProse + grid + "\n" + gridProse
	blocks := Read(in, Normalize(in), nil, false)
	require.Equal(t, []string{gridPara, gridPara, gridPara, "<table>", gridPara, gridPara, gridPara}, gridBlockTexts(blocks))
	assert.Equal(t, []string{"Ashby (n", "4.2%", "up"}, blocks[3].Rows[1].Cells)
}

// gridProse is three paragraphs wrapped at 66 columns, which make a dump a wrapped one.
var gridProse = strings.Repeat("The council met on Tuesday evening to hear the plans for the new\nbridge over the river, which has been closed since the floods of\nlast winter left its piers unsafe for traffic of any weight.\n\n", 3)

const gridPara = "The council met on Tuesday evening to hear the plans for the new bridge over the river, which has been closed since the floods of last winter left its piers unsafe for traffic of any weight."

// A grid that does not close, does not meet its border's columns or holds another
// is read as it was before grids were: line by line.
func TestGridTableDegrades(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"a lone border", "Text above.\n\n+-----+\n\nText below."},
		{"not closed", "+------+------+\n| a    | b    |\n| c    | d    |\nText."},
		{"a ragged row", "+------+------+\n| a    | b    |\n| c  | d        |\n+------+------+"},
		{"a ragged border", "+------+------+\n| a    | b    |\n+----+--------+\n| c    | d    |\n+------+------+"},
		{"a grid in a grid", "+-----------------+\n| +-----+-----+   |\n| | a   | b   |   |\n| +-----+-----+   |\n+-----------------+"},
		{"two borders in a row", "+------+\n+------+\n| a    |"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			norm := Normalize(tt.in)
			got, _ := readTables(tt.in, norm)
			if tt.name == "a ragged border" {
				// The first row closes a grid of its own; the rest stands.
				assert.True(t, strings.HasSuffix(got, norm[strings.Index(norm, "+----+"):]), got)
				return
			}
			assert.Equal(t, norm, got)
		})
	}
}

// A layout grid's paragraphs are rewrapped at the column of a wrapped dump, so the
// reflow joins them again as it joins the dump's own paragraphs.
func TestGridTableRewrap(t *testing.T) {
	prose := gridProse
	cell := "| The ferry company said it would add a second boat on the morning  |\n| run from next month, and that fares would stay as they are until   |\n| the bridge opens again.                                            |\n"
	in := prose + "+--------------------------------------------------------------------+\n" + cell + "+--------------------------------------------------------------------+\n\n" + prose
	blocks := Read(in, Normalize(in), nil, false)
	texts := gridBlockTexts(blocks)
	assert.Contains(t, texts, "The ferry company said it would add a second boat on the morning run from next month, and that fares would stay as they are until the bridge opens again.")
	assert.Len(t, texts, 7)
}
