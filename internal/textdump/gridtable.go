package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Grid tables. A converter that meets a table whose cells hold more than one line
// (a page laid out in a table, a product card, an author box, a comparison grid)
// draws it with borders: "+-----+-----+" (pandoc's grid tables, "+=====+" under a
// header row, and the boxes of other text exporters), rows framed by "|" at the
// border's "+" columns, and each cell's text wrapped inside its column and padded
// to its width. Read line by line, a cell's words are short lines between fences.
//
// readTables reads such a grid off the raw dump, where the padding that places the
// columns survives (normalisation collapses it), rejoins each cell's wrapped lines,
// and puts in the normalised dump's place of the grid's lines either
//   - a data table's rows, one line each, which the table block then stands for
//     (the rows of like cells the HTML reader keeps, htmldom.DataTableRows), or
//   - a layout table's cell texts, row by row and left to right, as ordinary
//     paragraphs, rewrapped at the dump's column so that the reflow reads them
//     as it reads any wrapped paragraph (one line each in a dump not wrapped).
// A grid that is not closed, whose rows do not meet the border's columns, or that
// holds another grid is left as it stands.

// Limits on what a grid table may be.
const (
	// maxGridCellRunes is the longest cell a data table holds: a name, a number, a
	// short phrase (htmldom's maxCellRunes).
	maxGridCellRunes = 200
	// minGridRows is how many rows a data table has at least, its heading row
	// included, unless a border marks its heading.
	minGridRows = 3
	// gridDrift is how far a row's fence may stand from the border's "+" column: a
	// character the writer measured at another width than gridWidth does shifts
	// the fences after it.
	gridDrift = 2
)

// grid is one grid table read off the raw dump: the span of its lines and its
// rows' cells.
type grid struct {
	first, end int // raw line indexes: the top border and one past the bottom one
	rows       [][]gridCell
	header     []bool // a border of "=" under the row
}

// gridCell is the text of one cell, its wrapped lines rejoined into paragraphs (a
// list item is one), each with whether an empty line stood above it in the cell.
type gridCell struct {
	paras []string
	gap   []bool
	// items: a paragraph opens with a bullet or a number (a list item); heading: one
	// opens with a Markdown heading's mark.
	items, heading bool
}

// readTables finds the dump's tables: grid tables in raw, put in place of their
// lines in norm (as rows of a data table or as a layout's paragraphs), and the
// tables of rows findTables reads elsewhere, all in order. It returns norm as
// changed and the tables mergeTables puts in place of their blocks.
func readTables(raw, norm string) (string, []table) {
	if !hasBorder(raw) {
		return norm, findTables(raw)
	}
	rawLines := strings.Split(raw, "\n")
	grids := findGrids(rawLines)
	if len(grids) == 0 {
		return norm, findTables(raw)
	}
	normLines := strings.Split(norm, "\n")
	// A layout's paragraphs are rewrapped at the dump's column, which the grid's
	// lines (rows between pipes, borders without a space) do not count towards.
	wrap := ReadStyle(norm).Width
	var out strings.Builder
	out.Grow(len(norm))
	var tables []table
	at := 0 // the lines read so far, of raw and of norm alike
	for _, g := range grids {
		// The raw and the normalised dump have a line each for each line, up to a
		// trailing list cut off the normalised one; a grid whose ends do not match
		// is left as it stands.
		if g.end > len(normLines) || normLines[g.first] != CollapseSpace(rawLines[g.first]) ||
			normLines[g.end-1] != CollapseSpace(rawLines[g.end-1]) {
			continue
		}
		tables = append(tables, findTables(strings.Join(rawLines[at:g.first], "\n"))...)
		for _, l := range normLines[at:g.first] {
			out.WriteString(l)
			out.WriteByte('\n')
		}
		// The grid's paragraphs stand apart from the lines around them, by one
		// empty line as a converter sets a table apart.
		if g.first > 0 && normLines[g.first-1] != "" {
			out.WriteByte('\n')
		}
		lines, data := gridText(g.rows, g.header, wrap)
		for _, l := range lines {
			out.WriteString(l)
			out.WriteByte('\n')
		}
		if g.end < len(normLines) && normLines[g.end] != "" {
			out.WriteByte('\n')
		}
		if data != nil {
			tables = append(tables, *data)
		}
		at = g.end
	}
	if at == 0 {
		return norm, findTables(raw)
	}
	tables = append(tables, findTables(strings.Join(rawLines[at:], "\n"))...)
	out.WriteString(strings.Join(normLines[at:], "\n"))
	return out.String(), tables
}

// hasBorder reports a line that may be a grid's border: one that opens, after
// spaces, with "+" and a dash, an equals sign or a colon. Most dumps hold none, and
// most of their pluses stand inside text ("C++", "+44", "3+"), so only the pluses
// are looked at.
func hasBorder(raw string) bool {
	for i := strings.IndexByte(raw, '+'); i >= 0 && i+1 < len(raw); {
		if c := raw[i+1]; c == '-' || c == '=' || c == ':' {
			j := i - 1
			for j >= 0 && raw[j] == ' ' {
				j--
			}
			if j < 0 || raw[j] == '\n' || raw[j] == '\r' {
				return true
			}
		}
		k := strings.IndexByte(raw[i+1:], '+')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// findGrids returns the grid tables among a raw dump's lines, in order. Each line is
// read once as a border or a row of the grid it may belong to, and a grid that
// fails is left from the line where it failed, so the work is linear in the dump.
func findGrids(lines []string) []grid {
	var grids []grid
	for i := 0; i < len(lines); {
		indent, cols, ok := gridBorder(lines[i])
		if !ok {
			i++
			continue
		}
		g, next := readGrid(lines, i, indent, cols)
		if g != nil {
			grids = append(grids, *g)
		}
		i = next
	}
	return grids
}

// gridBorder reads a border line: optional indent, then "+", and runs of dashes,
// equals signs or colons each closed by "+", at least three dashes in all. It
// returns the indent and the columns of the "+" marks after the indent.
func gridBorder(line string) (int, []int, bool) {
	line = strings.TrimRight(line, " \r")
	indent := 0
	for indent < len(line) && line[indent] == ' ' {
		indent++
	}
	b := line[indent:]
	if len(b) < 5 || b[0] != '+' || b[len(b)-1] != '+' || b[1] != '-' && b[1] != '=' && b[1] != ':' {
		return 0, nil, false
	}
	cols := []int{0}
	dashes := 0
	for k := 1; k < len(b); k++ {
		switch b[k] {
		case '-', '=', ':':
			dashes++
		case '+':
			if b[k-1] == '+' {
				return 0, nil, false
			}
			cols = append(cols, k)
		default:
			return 0, nil, false
		}
	}
	return indent, cols, dashes >= 3
}

// readGrid reads the grid whose top border is lines[top], and returns it (nil when
// the lines do not close a grid) and the index of the first line after what it read.
// A grid holding another in a cell is passed over whole, its lines left as they are.
func readGrid(lines []string, top, indent int, cols []int) (*grid, int) {
	var rows [][][]string // each row's lines, by cell
	var header []bool
	var cur [][]string // the current row's lines, by cell
	closed := top      // the last border that closed a row
	nested := false
	i := top + 1
	for ; i < len(lines); i++ {
		l := lines[i]
		if in, c, ok := gridBorder(l); ok {
			if in != indent || !sameCols(c, cols) || cur == nil {
				break // another grid's border, or two in a row
			}
			rows = append(rows, cur)
			header = append(header, strings.Contains(l, "="))
			cur, closed = nil, i
			continue
		}
		cells, ok := gridRowCells(l, indent, cols)
		if !ok {
			break
		}
		if cur == nil {
			cur = make([][]string, len(cols)-1)
		}
		for k, c := range cells {
			if !nested {
				_, _, nested = gridBorder(c)
			}
			cur[k] = append(cur[k], c)
		}
	}
	if nested {
		return nil, i
	}
	if len(rows) == 0 {
		return nil, i
	}
	rows, header = boxRows(rows, header)
	read := make([][]gridCell, len(rows))
	for r, row := range rows {
		read[r] = make([]gridCell, len(row))
		for k, cell := range row {
			read[r][k] = cellParagraphs(cell, cols[k+1]-cols[k]-3) // less fence and padding
		}
	}
	return &grid{first: top, end: closed + 1, rows: read, header: header}, closed + 1
}

// boxRows reads a box table's lines as its rows. Pandoc draws a border under every
// row; box-drawing exports (a database shell's, a table printer's) draw one under
// the heading row only and set a row a line below it. Two rows, the first one line
// and the second several, none of them empty in every cell, are such a box.
func boxRows(rows [][][]string, header []bool) ([][][]string, []bool) {
	if len(rows) != 2 || len(rows[0][0]) != 1 || len(rows[1][0]) < 2 {
		return rows, header
	}
	body := rows[1]
	for j := range body[0] {
		empty := true
		for _, cell := range body {
			empty = empty && strings.TrimSpace(cell[j]) == ""
		}
		if empty {
			return rows, header
		}
	}
	out := [][][]string{rows[0]}
	for j := range body[0] {
		row := make([][]string, len(body))
		for k, cell := range body {
			row[k] = []string{cell[j]}
		}
		out = append(out, row)
	}
	marks := make([]bool, len(out))
	marks[0] = header[0]
	return out, marks
}

// sameCols reports two borders with their "+" marks at the same columns.
func sameCols(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// gridRowCells splits a row line into its cells' text: the line opens with "|" at
// the indent and has a "|" at (or within gridDrift of) each of the border's "+"
// columns, the last closing it. A cell's text loses the one space of padding on
// each side and keeps its own indent (a list item's wrapped lines).
func gridRowCells(line string, indent int, cols []int) ([]string, bool) {
	line = strings.TrimRight(line, " \r")
	if len(line) <= indent || strings.TrimLeft(line[:indent], " ") != "" || line[indent] != '|' || strings.IndexByte(line, '\t') >= 0 {
		return nil, false
	}
	line = line[indent:]
	cells := make([]string, 0, len(cols)-1)
	from, col, drift := 1, 1, 0 // byte and display column after the last fence
	for k := 1; k < len(cols); k++ {
		want := cols[k] + drift
		bar, barCol := -1, 0
		c := col
		for j := from; j < len(line); {
			r, size := utf8.DecodeRuneInString(line[j:])
			if r == '|' && c >= want-gridDrift {
				if c > want+gridDrift {
					break
				}
				if bar < 0 || abs(c-want) < abs(barCol-want) {
					bar, barCol = j, c
				}
			}
			if c > want+gridDrift {
				break
			}
			c += gridWidth(r)
			j += size
		}
		if bar < 0 {
			return nil, false
		}
		cell := line[from:bar]
		cell = strings.TrimPrefix(cell, " ")
		cells = append(cells, strings.TrimRight(cell, " "))
		from, col, drift = bar+1, barCol+1, barCol-cols[k]
	}
	if from != len(line) {
		return nil, false
	}
	return cells, true
}

// abs is the absolute value of n.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// gridWidth is the number of columns a character takes in a fixed-width dump: none
// for a combining mark or a format character, two for the wide characters of East
// Asian scripts and most emoji, one for the rest.
func gridWidth(r rune) int {
	switch {
	case r < 0x300:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) || r >= 0xfe00 && r <= 0xfe0f:
		return 0
	case r >= 0x1100 && r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf && r != 0x303f,
		r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f,
		r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6, r >= 0x1f300 && r <= 0x1f64f,
		r >= 0x1f900 && r <= 0x1f9ff, r >= 0x20000 && r <= 0x3fffd,
		r == 0x2b50 || r == 0x2b55 || r == 0x2705 || r == 0x274c || r >= 0x2753 && r <= 0x2757:
		return 2
	}
	return 1
}

// textWidth is the number of columns s takes (gridWidth).
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		w += gridWidth(r)
	}
	return w
}

// cellParagraphs rejoins a cell's wrapped lines. A line joins the one above when
// the line above was filled: the writer wraps each cell at its width, so a line
// that ends where the next word would still have fitted ended its paragraph (a
// line break in the page). An empty line, a list item's bullet or a heading's mark
// opens a paragraph.
func cellParagraphs(lines []string, width int) gridCell {
	var c gridCell
	var para strings.Builder
	prev := "" // the paragraph's last line as written, its indent kept
	gap := false
	flush := func() {
		if para.Len() > 0 {
			c.paras = append(c.paras, CollapseSpace(para.String()))
			c.gap = append(c.gap, gap)
			para.Reset()
			gap = false
		}
	}
	for _, l := range lines {
		t := strings.TrimLeft(l, " ")
		if t == "" {
			flush()
			gap = len(c.paras) > 0
			prev = ""
			continue
		}
		if prev != "" && !opensItem(t) && filled(prev, t, width) {
			para.WriteByte(' ')
			para.WriteString(t)
			prev = l
			continue
		}
		flush()
		c.items = c.items || BulletLen(t) > 0 || NumberedPrefix(t) > 0
		c.heading = c.heading || t[0] == '#' && markdownHeading(t) > 0
		para.WriteString(t)
		prev = l
	}
	flush()
	return c
}

// filled reports a cell line a that the writer wrapped: b's first word would not
// have fitted after it in the cell's width.
func filled(a, b string, width int) bool {
	word, _, _ := strings.Cut(b, " ")
	return textWidth(a)+1+textWidth(word) > width
}

// opensItem reports a line that opens a list item or a heading: a bullet
// ("-", "*", "+", "•") or a number ("1.", "2)") and a space, or a Markdown heading.
func opensItem(t string) bool {
	if BulletLen(t) > 0 {
		return true
	}
	if NumberedPrefix(t) > 0 {
		return true
	}
	return t[0] == '#' && markdownHeading(t) > 0
}

// gridText decides what a grid is and returns the lines that stand for it in the
// normalised dump, with the table block of a data table (gridData). Anything else
// is a layout: its cells' paragraphs in reading order, row by row and left to
// right, an empty line between cells.
func gridText(rows [][]gridCell, header []bool, wrap int) ([]string, *table) {
	if t, ok := gridData(rows, header); ok {
		// The rows stand an empty line apart, so that the reflow joins none to the
		// next (a cell's open bracket would); the table's lines are the rows alone.
		t.lines = make([]string, len(t.rows))
		lines := make([]string, 0, 2*len(t.rows))
		for i, r := range t.rows {
			t.lines[i] = CollapseSpace("| " + strings.Join(r.Cells, " | ") + " |")
			if i > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, t.lines[i])
		}
		t.grid = true
		return lines, &t
	}
	var lines []string
	for _, row := range rows {
		for _, c := range row {
			for k, p := range c.paras {
				if k > 0 && c.gap[k] {
					lines = append(lines, "")
				}
				lines = wrapText(lines, p, wrap)
			}
			if len(c.paras) > 0 {
				lines = append(lines, "")
			}
		}
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines, nil
}

// gridData reads a grid's rows as a data table's, when they are one. A data table,
// as htmldom.DataTableRows reads one, has rows of like cells: three rows or more
// (two under a heading the border marks) of two columns or more, a cell a short
// phrase, a label over its value or a short list, at most half its cells empty,
// and no heading in a cell. Markdown marks in a cell (links, pictures) make the
// grid a layout's, whose marks the reflow reads, and so does a pipe, which would
// part the row's line where no cell ends.
func gridData(rows [][]gridCell, header []bool) (table, bool) {
	// Several rows: a heading and two rows, or a row under a heading the writer
	// marked as one ("+===+"). Two rows of two cells are as often a title bar (a
	// headline beside its date, a label under it).
	if len(rows) < minGridRows && !(len(rows) == minGridRows-1 && header[0]) || len(rows[0]) < 2 {
		return table{}, false
	}
	t := table{rows: make([]Row, len(rows))}
	cells, empty := 0, 0
	for i, row := range rows {
		r := Row{Cells: make([]string, len(row)), Header: i == 0 && header[0]}
		for k, c := range row {
			cells++
			if len(c.paras) == 0 {
				empty++
				continue
			}
			if c.heading {
				return table{}, false
			}
			p := cellPhrase(c)
			if utf8.RuneCountInString(p) > maxGridCellRunes || strings.Contains(p, "](") || strings.Contains(p, "|") {
				return table{}, false
			}
			r.Cells[k] = p
		}
		t.rows[i] = r
	}
	if empty*2 > cells {
		return table{}, false
	}
	return t, true
}

// cellPhrase is a data table's cell as one line. Its paragraphs are one phrase
// the writer broke (a line break, an inline element's edge) or a label over its
// value ("Rating" over "4.5"), joined by a space; a short list's items (a
// schedule's tasks, a plan's features) are parted by semicolons, their bullets
// gone.
func cellPhrase(c gridCell) string {
	if !c.items {
		return strings.Join(c.paras, " ")
	}
	items := make([]string, len(c.paras))
	for k, p := range c.paras {
		if n := BulletLen(p); n > 0 {
			p = strings.TrimSpace(p[n:])
		}
		items[k] = p
	}
	return strings.Join(items, "; ")
}

// wrapText appends to lines the paragraph p wrapped at width columns, a word too
// long for the column on a line of its own; at width 0 (a dump not wrapped) p is
// one line.
func wrapText(lines []string, p string, width int) []string {
	if width == 0 {
		return append(lines, p)
	}
	var b strings.Builder
	w := 0
	for _, word := range strings.Fields(p) {
		ww := textWidth(word)
		if w > 0 && w+1+ww > width {
			lines = append(lines, b.String())
			b.Reset()
			w = 0
		}
		if w > 0 {
			b.WriteByte(' ')
			w++
		}
		b.WriteString(word)
		w += ww
	}
	if b.Len() > 0 {
		lines = append(lines, b.String())
	}
	return lines
}
