package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables in text dumps. Tools write an HTML table as rows of cells: a browser's
// innerText separates cells by tabs, html2text and Markdown writers by pipes with a
// "---|---" rule under the header, and box-drawing tools (w3m's borders, psql, many
// plain-text exports) by pipes between "+----+----+" rules. The dump's normalisation
// turns tabs into spaces, so the rows are found in the input as given and then
// matched to the lines the text reader made of them.

// table is a run of table rows found in the raw dump.
type table struct {
	lines []string // the raw lines of the run, rules included, in order
	rows  []Row
	// grid: the lines are a grid table's rows as readTables wrote them, framed by
	// pipes, which the reflow reads off a row of three cells or more (MarkRow).
	grid bool
	// layout: the rows hold the page's prose (see proseCell), and each stands for a
	// paragraph of its cells' text rather than a row of a table block.
	layout bool
}

// Limits on what a run of lines may be to read as a table.
const (
	minTableRows     = 2
	maxTextCellRunes = 120
	maxTables        = 100
)

// A table is judged whole. Pages set text out in tables too: a term beside the
// paragraph that explains it, a product beside its description. Such a table's
// cells are the page's prose, which reads as paragraphs, one a row, as a browser's
// innerText or a converter writes each row on a line of its own; a data table's
// cells are names, numbers and short phrases. A run of rows of which at least half
// hold a prose cell (proseCell), or with a cell longer than any data cell holds
// (maxGridCellRunes, the bound the HTML reader and the grid reader set), is a
// layout table, and every row of it is a
// paragraph of its cells' text, the pipes and rules a Markdown writer drew around
// them gone; a data table keeps its odd long cell (a note, a remark) in its row. The
// run is judged at its end: a prose cell once ended the run there, and a layout
// table's rows whose cells happened to be short became a table of their own.

// proseCellWords is the fewest words of a cell that ends as a sentence and so reads
// as prose.
const proseCellWords = 12

// proseCell reports a cell of running text: longer than any data cell
// (maxTextCellRunes), or a sentence of proseCellWords words or more.
func proseCell(c string) bool {
	if utf8.RuneCountInString(c) > maxTextCellRunes {
		return true
	}
	t := strings.TrimRight(c, "\"'”’) ")
	if t == "" || !strings.ContainsRune(".!?", rune(t[len(t)-1])) {
		return false
	}
	return len(strings.Fields(c)) >= proseCellWords
}

// findTables returns the tables of a raw dump, in order: runs of two or more
// rows of two or more cells with one shape (the same number of cells), optionally
// between rules, with no blank line inside; a run of which half the rows or more
// hold a cell of prose is a layout's.
func findTables(raw string) []table {
	// A quick reject: a dump without tabs or pipes holds no table of these forms.
	if strings.IndexByte(raw, '\t') < 0 && strings.IndexByte(raw, '|') < 0 {
		return nil
	}
	var tables []table
	var cur table
	width := 0
	headerRule := false // a rule has been seen after the first row
	// Pipes also stand inside text (alt texts, "Home | News" menus, "Name | Title"
	// bylines), so a run of pipe rows is a table only when a rule or a frame of
	// pipes at both ends of every row marks it as drawn; tabs need no such mark.
	ruled, framed, piped := false, true, false
	prose := 0     // rows of the run holding a cell of prose
	boxed := false // a cell longer than any data cell (maxGridCellRunes)
	end := func() {
		drawn := !piped || ruled || framed
		if len(cur.rows) >= minTableRows && width >= 2 && drawn {
			cur.layout = 2*prose >= len(cur.rows) || boxed
			tables = append(tables, cur)
		}
		cur, width, headerRule = table{}, 0, false
		ruled, framed, piped = false, true, false
		prose, boxed = 0, false
	}
	// A line without a tab, a pipe or a plus is neither a row nor a rule and only ends
	// a run: the three are looked for across the dump, not in every line.
	tab, pipe, plus := marksOf(raw, "\t"), marksOf(raw, "|"), marksOf(raw, "+")
	for start := 0; start <= len(raw); {
		lineStart, stop := start, start+strings.IndexByte(raw[start:], '\n')
		if stop < start {
			stop = len(raw)
		}
		start = stop + 1
		if !tab.within(lineStart, stop) && !pipe.within(lineStart, stop) && !plus.within(lineStart, stop) {
			end()
			continue
		}
		line := strings.TrimRight(raw[lineStart:stop], "\r")
		if isTableRule(line) {
			ruled = true
			if len(cur.rows) > 0 || len(cur.lines) > 0 {
				cur.lines = append(cur.lines, line)
				if len(cur.rows) == 1 && !headerRule {
					cur.rows[0].Header = true
				}
				headerRule = headerRule || len(cur.rows) > 0
				continue
			}
			// A rule opening a bordered table.
			cur.lines = append(cur.lines, line)
			continue
		}
		cells, ok := tableCells(line)
		if !ok || width != 0 && len(cells) != width {
			end()
			if !ok {
				continue
			}
		}
		width = len(cells)
		if strings.IndexByte(line, '\t') < 0 {
			t := strings.TrimSpace(line)
			piped = true
			framed = framed && strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|")
		}
		inProse := false
		for _, c := range cells {
			inProse = inProse || proseCell(c)
			boxed = boxed || utf8.RuneCountInString(c) > maxGridCellRunes
		}
		if inProse {
			prose++
		}
		cur.lines = append(cur.lines, line)
		cur.rows = append(cur.rows, Row{Cells: cells})
	}
	end()
	return tables
}

// isTableRule reports a line drawn to separate rows: dashes, equals signs, colons,
// pluses and pipes only, with at least three dashes or equals signs and a pipe or a
// plus that marks columns ("|---|:--:|", "+----+----+", "---|---").
func isTableRule(line string) bool {
	line = strings.TrimSpace(line)
	dashes, marks := 0, 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '-', '=':
			dashes++
		case '|', '+':
			marks++
		case ':', ' ':
		default:
			return false
		}
	}
	return dashes >= 3 && marks >= 1
}

// tableCells splits a row into its cells: by tabs, or by pipes. A line of prose with a
// tab in it is a row of prose cells, which findTables weighs with its run.
func tableCells(line string) ([]string, bool) {
	sep := "\t"
	switch {
	case strings.IndexByte(line, '\t') >= 0:
	case strings.Count(line, "|") >= 2 || strings.Count(line, "|") == 1 && strings.Contains(line, " | "):
		sep = "|"
		line = strings.TrimSpace(line)
		line = strings.TrimPrefix(line, "|")
		line = strings.TrimSuffix(line, "|")
	default:
		return nil, false
	}
	parts := strings.Split(line, sep)
	if len(parts) < 2 {
		return nil, false
	}
	cells := make([]string, len(parts))
	filled := 0
	for i, p := range parts {
		c := CollapseSpace(p)
		if c != "" {
			filled++
		}
		cells[i] = c
	}
	// A row has something in at least two of its cells; "a |" is not a row.
	return cells, filled >= 2
}

// mergeTables puts one table block in place of the blocks the text reader made
// of each table's lines. The tables are matched in order, each to the first run of
// consecutive blocks whose texts are its lines as normalised; a table whose lines the
// reader joined or split is left as the reader made it.
func mergeTables(blocks []Block, tables []table) []Block {
	if len(tables) == 0 {
		return blocks
	}
	out := blocks[:0:0]
	at := 0
	// Each table is looked for from where the last one ended; the bound keeps a dump
	// of thousands of unmatched runs linear.
	for _, t := range tables[:min(len(tables), maxTables)] {
		norm := make([]string, 0, len(t.lines))
		for _, l := range t.lines {
			if n := CollapseSpace(l); n != "" {
				norm = append(norm, n)
			}
		}
		start := -1
		for i := at; i+len(norm) <= len(blocks); i++ {
			if runMatches(blocks[i:i+len(norm)], norm, t.grid) {
				start = i
				break
			}
		}
		if start < 0 {
			continue
		}
		out = append(out, blocks[at:start]...)
		if t.layout {
			out = appendLayoutRows(out, blocks[start:start+len(norm)], t.rows)
		} else {
			first, last := blocks[start], blocks[start+len(norm)-1]
			out = append(out, Block{Rows: t.rows, Mark: MarkTable, BlankBefore: first.BlankBefore, BlankAfter: last.BlankAfter})
		}
		at = start + len(norm)
	}
	return append(out, blocks[at:]...)
}

// appendLayoutRows appends the blocks of a layout table's lines, each row's block
// given its cells' text, a space between cells (as a tab-separated row reads once
// normalised), and the rules between rows left out.
func appendLayoutRows(out, blocks []Block, rows []Row) []Block {
	r := 0
	for _, b := range blocks {
		if isTableRule(b.Text) {
			continue
		}
		if r < len(rows) {
			if text := rowText(rows[r]); text != b.Text {
				// The links' offsets were into the row's line as drawn.
				b.Text, b.Links, b.Mark = text, nil, MarkNone
			}
			r++
		}
		out = append(out, b)
	}
	return out
}

// rowText is a row's non-empty cells, a space apart.
func rowText(r Row) string {
	var b strings.Builder
	for _, c := range r.Cells {
		if c == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(c)
	}
	return b.String()
}

// runMatches reports blocks whose texts are lines, in order, with no blank line
// between them. A grid table's rows are lines readTables wrote, an empty line
// apart, which the reflow reads as it reads any line: it takes the frame of pipes
// off a row of three cells (MarkRow) and a converter's marks out of the cells (an
// empty image's "[]"), so they match by their words.
func runMatches(blocks []Block, lines []string, grid bool) bool {
	for k := range lines {
		t := blocks[k].Text
		if t != lines[k] && (!grid || wordsKey(t) != wordsKey(lines[k])) || k > 0 && !grid && blocks[k].BlankBefore > 0 {
			return false
		}
	}
	return true
}

// wordsKey is s's letters and digits, each run of other characters one space.
func wordsKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
