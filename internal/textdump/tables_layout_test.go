package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tables are judged whole: a term beside the paragraph that explains it is the
// page's prose, every row of it; a data table keeps its one long remark.
func TestFindTablesJudgedWhole(t *testing.T) {
	long := "Covers the house and what is in it against fire, theft and storms, and pays for a place to stay while repairs are made."
	short := "Covers the house against fire and storms."
	tests := []struct {
		name string
		in   string
		want [][]Row
	}{
		{"every row a term and its paragraph", "Plan\tWhat it covers\nBasic\t" + long + "\nRenter\t" + short + "\nFull\t" + long, nil},
		{"short rows between prose rows make no table of their own", "Plan\tWhat it covers\nBasic\t" + long + "\nRenter\tThe tenant's own things.\nCondo\tThe unit's walls and floors.\nHome\t" + long + "\nFull\t" + long, nil},
		{"a data table keeps its long remark", "Team\tWon\tLost\nRed\t12\t3\nBlue\t9\t6\nGreen\t4\t11\nNote\t" + long + "\t-",
			[][]Row{{{Cells: []string{"Team", "Won", "Lost"}}, {Cells: []string{"Red", "12", "3"}}, {Cells: []string{"Blue", "9", "6"}}, {Cells: []string{"Green", "4", "11"}}, {Cells: []string{"Note", long, "-"}}}}},
		{"short phrases are data", "Plan\tCost\tBest for\nBasic\t$20\tSmall flats\nFull\t$45\tFamily homes with a garden",
			[][]Row{{{Cells: []string{"Plan", "Cost", "Best for"}}, {Cells: []string{"Basic", "$20", "Small flats"}}, {Cells: []string{"Full", "$45", "Family homes with a garden"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dataTableRows(tt.in))
		})
	}
}

func TestProseCell(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The tenant's own things, and the tenant's liability to others as well.", true},
		{"“It was the best season the club has had in a very long time.”", true},
		{"Family homes with a garden", false},
		{"Varies (1-3 times a week).", false},
		{"$1,000 – $10,000+", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, proseCell(tt.in), tt.in)
	}
}

// A layout table's rows read as paragraphs of their cells' text, the pipes and the
// rule a Markdown writer drew gone; a data table is one table block.
func TestMergeLayoutRows(t *testing.T) {
	long := "Replaces the whole deck and the piles under it, which the engineers say would last for eighty years."
	tests := []struct {
		name string
		raw  string
		want []string // the blocks' texts, "TABLE" for a table block
	}{
		{"pipes around prose cells", "Intro.\n\n| Plan | What it does |\n|---|---|\n| Rebuild | " + long + " |\n| Repair | " + long + " |\n\nAfter.",
			[]string{"Intro.", "Plan What it does", "Rebuild " + long, "Repair " + long, "After."}},
		{"tabs around prose cells", "Intro.\n\nRebuild\t" + long + "\nRepair\t" + long + "\n\nAfter.",
			[]string{"Intro.", "Rebuild " + long, "Repair " + long, "After."}},
		{"a data table", "Intro.\n\n| Team | Won |\n|---|---|\n| Red | 12 |\n| Blue | 9 |\n\nAfter.",
			[]string{"Intro.", "TABLE", "After."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range Read(tt.raw, Normalize(tt.raw), nil, false) {
				if b.Rows != nil {
					got = append(got, "TABLE")
				} else {
					got = append(got, b.Text)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// A cell longer than any data cell holds makes the run a layout's, as it makes an
// HTML table or a grid one, whatever its other rows hold.
func TestFindTablesBoxedCell(t *testing.T) {
	box := "The router hands every device on the network the address of the local resolver, " +
		"which answers for the house's own names and passes every other question on to the public servers, " +
		"caching what it learns for an hour."
	tables := findTables("Part\tRole\nRouter\t" + box + "\nResolver\tAnswers names\nCache\tKeeps answers")
	if assert.Len(t, tables, 1) {
		assert.True(t, tables[0].layout)
	}
	tables = findTables("Part\tRole\nRouter\tHands out addresses\nResolver\tAnswers names\nCache\tKeeps answers")
	if assert.Len(t, tables, 1) {
		assert.False(t, tables[0].layout)
	}
}
