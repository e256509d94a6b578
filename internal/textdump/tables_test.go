package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindTextTables(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]Row
	}{
		{"tabs, as innerText writes them", "Intro line.\nParty\tSeats\nRed\t12\nBlue\t9\nAfter.",
			[][]Row{{{Cells: []string{"Party", "Seats"}}, {Cells: []string{"Red", "12"}}, {Cells: []string{"Blue", "9"}}}}},
		{"pipes under a Markdown rule", "Party | Seats\n---|---\nRed | 12\nBlue | 9",
			[][]Row{{{Header: true, Cells: []string{"Party", "Seats"}}, {Cells: []string{"Red", "12"}}, {Cells: []string{"Blue", "9"}}}}},
		{"boxed", "+-------+-------+\n| Party | Seats |\n+=======+=======+\n| Red   | 12    |\n| Blue  | 9     |\n+-------+-------+",
			[][]Row{{{Header: true, Cells: []string{"Party", "Seats"}}, {Cells: []string{"Red", "12"}}, {Cells: []string{"Blue", "9"}}}}},
		{"a change of shape ends the run", "a\tb\nc\td\ne\tf\tg\nh\ti\tj",
			[][]Row{{{Cells: []string{"a", "b"}}, {Cells: []string{"c", "d"}}}, {{Cells: []string{"e", "f", "g"}}, {Cells: []string{"h", "i", "j"}}}}},
		{"one row is no table", "Home | News | Sport\n\nText.", nil},
		{"pipe rows neither ruled nor framed", "[A camera on a desk | photo][A camera\non a desk | photo]The camera\nShop | Offers\nNews | Sport", nil},
		{"framed pipe rows", "| Party | Seats |\n| Red | 12 |", [][]Row{{{Cells: []string{"Party", "Seats"}}, {Cells: []string{"Red", "12"}}}}},
		{"a blank line ends the run", "a\tb\n\nc\td", nil},
		{"prose with a pipe", "The minister said | that the plan was sound and would go ahead next year as planned.\nNo.", nil},
		{"long cells are prose", "x\tThe council met on Tuesday and voted to approve the budget for the next financial year after a long debate about cuts to services\ny\tz", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dataTableRows(tt.in))
		})
	}
}

// dataTableRows is the rows of each data table findTables finds in a dump, the
// layout tables (read as paragraphs) left out.
func dataTableRows(dump string) [][]Row {
	var got [][]Row
	for _, tb := range findTables(dump) {
		if !tb.layout {
			got = append(got, tb.rows)
		}
	}
	return got
}
