package htmldom

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func firstTable(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	var found *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Table {
				found = c
				return
			}
			find(c)
		}
	}
	find(doc)
	require.NotNil(t, found)
	return found
}

func TestDataTableRows(t *testing.T) {
	tests := []struct {
		name string
		src  string
		data bool
		rows []Row
	}{
		{"headed results", `<table><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Red</td><td>12</td></tr><tr><td>Blue</td><td>9</td></tr></tbody></table>`,
			true, []Row{{Header: true, Cells: []string{"Party", "Seats"}}, {Cells: []string{"Red", "12"}}, {Cells: []string{"Blue", "9"}}}},
		{"rows of one shape without headings", `<table><tr><td>Mon</td><td>Leeds</td><td>3pm</td></tr><tr><td>Tue</td><td>York</td><td>7pm</td></tr><tr><td>Sat</td><td>Hull</td><td>1pm</td></tr></table>`,
			true, []Row{{Cells: []string{"Mon", "Leeds", "3pm"}}, {Cells: []string{"Tue", "York", "7pm"}}, {Cells: []string{"Sat", "Hull", "1pm"}}}},
		{"a span counts its columns", `<table><tr><th colspan="2">Year</th></tr><tr><td>2024</td><td>2025</td></tr><tr><td>1</td><td>2</td></tr></table>`,
			true, []Row{{Header: true, Cells: []string{"Year"}}, {Cells: []string{"2024", "2025"}}, {Cells: []string{"1", "2"}}}},
		{"role presentation", `<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, false, nil},
		{"nested table", `<table><tr><td><table><tr><td>x</td></tr></table></td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, false, nil},
		{"one column", `<table><tr><td>Home</td></tr><tr><td>News</td></tr><tr><td>Sport</td></tr></table>`, false, nil},
		{"one row", `<table><tr><td>Logo</td><td>Search</td></tr></table>`, false, nil},
		{"cells of paragraphs", `<table><tr><td><p>First paragraph of the story.</p><p>Second paragraph.</p></td><td>x</td></tr><tr><td>a</td><td>b</td></tr></table>`, false, nil},
		{"cell of prose", `<table><tr><td>` + strings.Repeat("The council met on Tuesday and voted on the budget. ", 6) + `</td><td>x</td></tr><tr><td>a</td><td>b</td></tr></table>`, false, nil},
		{"picture beside caption", `<table><tr><td><img src="a.jpg"></td><td>The mill in 1910.</td></tr><tr><td><img src="b.jpg"></td><td>The mill today.</td></tr></table>`, false, nil},
		{"mostly empty spacer grid", `<table><tr><td></td><td>a</td><td></td></tr><tr><td></td><td></td><td>b</td></tr></table>`, false, nil},
		{"ragged rows without headings", `<table><tr><td>a</td></tr><tr><td>b</td><td>c</td><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>`, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, ok := DataTableRows(firstTable(t, tt.src))
			assert.Equal(t, tt.data, ok)
			if tt.data {
				assert.Equal(t, tt.rows, rows)
			}
		})
	}
}

// A data table inside layout tables is still read, up to maxTableNesting of them: each
// table's cells are read once for each table around it.
func TestDataTableRowsNesting(t *testing.T) {
	const data = `<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Red</td><td>12</td></tr></table>`
	for _, tc := range []struct {
		around int
		data   bool
	}{{0, true}, {2, true}, {maxTableNesting, false}} {
		src := strings.Repeat("<table><tr><td>", tc.around) + data + strings.Repeat("</td></tr></table>", tc.around)
		doc, err := html.Parse(strings.NewReader(src))
		require.NoError(t, err)
		var inner *html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.DataAtom == atom.Table {
				inner = n // the last in document order is the innermost
			}
		}
		require.NotNil(t, inner)
		_, ok := DataTableRows(inner)
		assert.Equal(t, tc.data, ok, "inside %d tables", tc.around)
	}
}
