package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// TestPastBareLabel: only a name the words before it end with is cut from its label.
func TestPastBareLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Picture of Jane Doe Jane Doe", "Jane Doe"},
		{"Photo of Regan Regan", "Regan"},
		{"Jane Doe Jane Doe", "Jane Doe Jane Doe"}, // no label: Undoubled's to read
		{"New York New York", "New York New York"},
		{"Picture of Jane Doe", "Picture of Jane Doe"},
		{"Jane Doe", "Jane Doe"},
	} {
		assert.Equal(t, tc.want, pastBareLabel(tc.in), tc.in)
	}
}

func TestIncreasingRun(t *testing.T) {
	tests := []struct {
		v, want []int
	}{
		{nil, []int{}},
		{[]int{5}, []int{0}},
		{[]int{10, 20, 30}, []int{0, 1, 2}},
		{[]int{900, 20, 30, 40}, []int{1, 2, 3}}, // one far copy first hides nothing
		{[]int{20, 30, 25, 40}, []int{0, 2, 3}},
		{[]int{30, 20, 10}, []int{2}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, increasingRun(tt.v), "%v", tt.v)
	}
}

func TestTeaserTitle(t *testing.T) {
	tests := []struct {
		lines []string
		i     int
		want  bool
	}{
		{[]string{"Ferry timetable changes for the winter season"}, 0, true},
		{[]string{"The ferry timetable changes for the winter season."}, 0, false},      // a sentence
		{[]string{"• Ferry timetable changes"}, 0, false},                               // a list item
		{[]string{"Home"}, 0, false},                                                    // one word: a menu entry
		{[]string{"The council said", "new bus lanes", "would open in May."}, 1, false}, // a split sentence
	}
	for _, tt := range tests {
		blocks := make([]block.Block, len(tt.lines))
		forms := make([]Form, len(tt.lines))
		for i, l := range tt.lines {
			blocks[i] = block.Block{Text: l}
			forms[i] = ReadForm(l)
		}
		assert.Equal(t, tt.want, teaserTitle(blocks, forms, tt.i), tt.lines[tt.i])
	}
}
