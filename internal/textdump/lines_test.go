package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadLines: a dump written one paragraph a line comes back as the classifier's
// blocks, with their texts and the empty lines around them; a dump with marks to
// read or a table to merge comes back as Blocks, as Read gives them.
func TestReadLines(t *testing.T) {
	para := strings.Repeat("A sentence that a scraper wrote on one line of its own. ", 3)
	plain := "Headline of the story\n\n\n" + para + "\n\n" + para + "\nLast line\n"
	norm := Normalize(plain)
	lines, blocks, ok := ReadLines(plain, norm, nil, false, nil)
	require.True(t, ok)
	assert.Nil(t, blocks)
	var texts []string
	var gaps [][2]int
	for _, l := range lines {
		texts = append(texts, l.Text)
		gaps = append(gaps, [2]int{l.BlankBefore, l.BlankAfter})
	}
	assert.Equal(t, []string{"Headline of the story", strings.TrimSpace(para), strings.TrimSpace(para), "Last line"}, texts)
	assert.Equal(t, [][2]int{{0, 2}, {2, 1}, {1, 0}, {0, 1}}, gaps)
	assert.Equal(t, Read(plain, norm, nil, false), fromLines(lines), "the same blocks as Read's")

	for _, tt := range []struct {
		name, dump string
		markdown   bool // the caller knows the dump for Markdown (a front matter opened it)
		rows       int  // the rows of the table merged in
	}{
		{"markdown", "# Headline of the story\n\nA paragraph with a [link](https://example.com/a) in it.\n", true, 0},
		{"table", "Prices by year\n\nYear\tPrice\tChange\n2020\t10\t+1\n2021\t12\t+2\n2022\t15\t+3\n\n" + para + "\n", false, 4},
	} {
		norm := Normalize(tt.dump)
		lines, blocks, ok := ReadLines(tt.dump, norm, nil, tt.markdown, nil)
		assert.False(t, ok, tt.name)
		assert.Nil(t, lines, tt.name)
		assert.Equal(t, Read(tt.dump, norm, nil, tt.markdown), blocks, tt.name)
		rows := 0
		for _, b := range blocks {
			rows += len(b.Rows)
		}
		assert.Equal(t, tt.rows, rows, tt.name)
	}
}
