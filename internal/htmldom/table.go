package htmldom

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/textdump"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tables as data. A <table> in the article region is either data (results, accounts,
// a schedule: rows of like cells) or layout (a page built as a grid, a picture beside
// its caption, a form). The root's walker reads every table's cells as blocks, so
// that the region is chosen on the same evidence; a table DataTableRows judges to
// hold data also keeps its rows, which stand in one table paragraph for its cells.

// Row is one row of a data table: its cells, left to right, white space collapsed (a
// cell that spans columns appears once), and whether it is a row of column headings.
type Row struct {
	Header bool
	Cells  []string
}

// Limits on what a data table may be. A cell of data is a name, a number or a short
// phrase; a cell holding paragraphs is a layout box.
const (
	maxCellRunes   = 200
	maxTableRows   = 2000
	minShapeShare  = 0.6 // rows sharing the commonest column count, for a table without <th>
	maxEmptyShare  = 0.5 // share of empty cells above which the grid is spacing
	maxTableCellsN = 20000
)

// maxTableNesting is how many tables may enclose one still weighed as data. Each
// table's cells are read once for each table around it, so the bound keeps the work
// linear in the page; a table inside three others is a layout's.
const maxTableNesting = 3

// tablesAbove counts the tables enclosing n, up to maxTableNesting.
func tablesAbove(n *html.Node) int {
	c := 0
	for p := n.Parent; p != nil && c < maxTableNesting; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Table {
			c++
		}
	}
	return c
}

// DataTableRows reads a <table>'s rows and reports whether the table holds data. The
// evidence is weighed together: a role of presentation, a nested table, a cell
// holding blocks or prose, a single column or a single row make a layout table; rows
// of one shape, <th> cells or a <caption> make a data table. A table inside
// maxTableNesting tables or more is a layout's, and its cells are not read.
func DataTableRows(t *html.Node) ([]Row, bool) {
	if tablesAbove(t) >= maxTableNesting {
		return nil, false
	}
	if r := strings.ToLower(Attr(t, "role")); r == "presentation" || r == "none" {
		return nil, false
	}
	var rows []Row
	var widths []int // each row's width in columns, spans counted
	headed, captioned := false, false
	cells, empty := 0, 0
	layout := false
	readRow := func(tr *html.Node, inHead bool) {
		var row Row
		allTH := true
		width := 0
		for c := tr.FirstChild; c != nil && !layout; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			if c.DataAtom == atom.Td {
				allTH = false
			} else {
				headed = true
			}
			text, blocks := cellText(c)
			if blocks || utf8.RuneCountInString(text) > maxCellRunes {
				layout = true
				return
			}
			cells++
			if text == "" {
				empty++
			}
			row.Cells = append(row.Cells, text)
			width += colspanOf(c)
		}
		if len(row.Cells) == 0 {
			return
		}
		row.Header = inHead || allTH
		rows = append(rows, row)
		widths = append(widths, width)
	}
	var visit func(n *html.Node, inHead bool)
	visit = func(n *html.Node, inHead bool) {
		for c := n.FirstChild; c != nil && !layout; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Thead:
				visit(c, true)
			case atom.Tbody, atom.Tfoot:
				visit(c, false)
			case atom.Tr:
				readRow(c, inHead)
			case atom.Caption:
				captioned = true
			}
			if len(rows) > maxTableRows || cells > maxTableCellsN {
				layout = true
			}
		}
	}
	visit(t, false)
	if layout || len(rows) < 2 || cells == 0 || float64(empty) > maxEmptyShare*float64(cells) {
		return nil, false
	}
	// The shape of the rows: how many share the commonest column count, and how wide
	// that is.
	counts := make(map[int]int, 4)
	mode, modeRows := 0, 0
	for _, n := range widths {
		counts[n]++
		if counts[n] > modeRows || counts[n] == modeRows && n > mode {
			mode, modeRows = n, counts[n]
		}
	}
	if mode < 2 {
		return nil, false
	}
	share := float64(modeRows) / float64(len(rows))
	if !headed && !captioned && share < minShapeShare {
		return nil, false
	}
	return rows, true
}

// cellText returns a cell's text, white space collapsed, and whether the cell holds
// boxes of its own: a nested table, a list, a heading, a paragraph after another, a
// form control or a picture. Such a cell is a layout box.
func cellText(c *html.Node) (string, bool) {
	var b strings.Builder
	paras := 0
	blocks := false
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > MaxDepth || blocks {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
		default:
			return
		}
		switch n.DataAtom {
		case atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
			atom.Blockquote, atom.Figure, atom.Img, atom.Form, atom.Input, atom.Select, atom.Textarea,
			atom.Iframe, atom.Video, atom.Article, atom.Section, atom.Aside, atom.Nav:
			blocks = true
			return
		case atom.P, atom.Div:
			if paras++; paras > 1 {
				blocks = true
				return
			}
		case atom.Br:
			b.WriteByte(' ')
		}
		if SkipTag(n.DataAtom) || Hidden(n) {
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch, depth+1)
		}
		if BlockTag(n.DataAtom) {
			b.WriteByte(' ')
		}
	}
	for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
		walk(ch, 0)
	}
	return textdump.CollapseSpace(strings.Join(strings.Fields(b.String()), " ")), blocks
}

// colspanOf reads a cell's colspan, 1 when absent or odd.
func colspanOf(n *html.Node) int {
	s := strings.TrimSpace(Attr(n, "colspan"))
	if s == "" {
		return 1 // most cells: no error value to build
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 1 {
		return 1
	}
	return min(v, 100)
}
