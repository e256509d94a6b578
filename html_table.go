package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tables as data: the walker reads every table's cells as blocks, so that the region
// is chosen on the same evidence; a table htmldom.DataTableRows judges to hold data
// also keeps its rows, and buildBlocks puts one table paragraph in place of its cells.

// enterTable returns the table marker to restore after n's subtree and sets the one
// in force inside it: a new data table for a <table> that holds data, none inside a
// layout table or a <caption> (whose text is read as a paragraph of its own).
func (w *walker) enterTable(n *html.Node) int32 {
	saved := w.curTable
	switch n.DataAtom {
	case atom.Table:
		w.curTable = 0
		if rows, ok := htmldom.DataTableRows(n); ok {
			w.tables = append(w.tables, rows)
			w.curTable = int32(len(w.tables))
		}
	case atom.Caption:
		w.curTable = 0
	}
	return saved
}

// tableText renders rows as tab-separated lines, the form Text() gives a table.
func tableText(rows []block.Row) string {
	var b strings.Builder
	for i, r := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, c := range r.Cells {
			if j > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(c)
		}
	}
	return b.String()
}

// tableBlock returns the block that stands for the data table whose cell b is, the
// first time one of its cells is met; the other cells are dropped, their text being
// in the table's rows.
func (w *walker) tableBlock(b *hBlock, done map[int32]bool) (block.Block, bool) {
	if done[b.table] {
		return block.Block{}, false
	}
	done[b.table] = true
	read := w.tables[b.table-1]
	rows := make([]block.Row, len(read))
	for i, r := range read {
		rows[i] = block.Row(r)
	}
	return block.Block{Text: tableText(rows), Role: block.RoleBody, InElement: true, Rows: rows}, true
}
