package classify

import (
	"testing"
	"time"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// TestUndoubleNames: a name a converter printed twice is read once, on a copy.
func TestUndoubleNames(t *testing.T) {
	names := []string{"Jane Doe Jane Doe", "John Roe"}
	got := UndoubleNames(names)
	assert.Equal(t, []string{"Jane Doe", "John Roe"}, got)
	assert.Equal(t, "Jane Doe Jane Doe", names[0], "the form's names are shared and stay")
	plain := []string{"Jane Doe"}
	assert.Equal(t, plain, UndoubleNames(plain))
}

// TestSameNames: the same people in any order and letter case.
func TestSameNames(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want bool
	}{
		{"same order", []string{"Jane Doe", "John Roe"}, []string{"Jane Doe", "John Roe"}, true},
		{"other order and case", []string{"Jane Doe", "John Roe"}, []string{"JOHN ROE", "jane doe"}, true},
		{"one more", []string{"Jane Doe"}, []string{"Jane Doe", "John Roe"}, false},
		{"someone else", []string{"Jane Doe"}, []string{"Jane Roe"}, false},
		{"a longer name holding it", []string{"Jane Doe"}, []string{"Jane Doerr"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, SameNames(tt.a, tt.b))
		})
	}
}

// weighPage builds blocks of the given roles and texts and their forms; a byline's
// names are its text.
func weighPage(lines ...block.Block) ([]block.Block, []Form, []bool) {
	forms := make([]Form, len(lines))
	for i := range lines {
		forms[i] = ReadForm(lines[i].Text)
		if lines[i].Role == block.RoleByline && lines[i].Names == nil {
			lines[i].Names = []string{lines[i].Text}
		}
	}
	return lines, forms, make([]bool, len(lines))
}

// TestAllWordsInProse: a label's words are the prose's in lower case; a person's
// name, an initial or a single word are not read as a label.
func TestAllWordsInProse(t *testing.T) {
	prose := block.Block{Text: "These healthy eating tips help families plan their week and keep the costs of a trip down.", Role: block.RoleBody}
	blocks, forms, _ := weighPage(prose)
	assert.True(t, AllWordsInProse(blocks, forms, "Healthy Eating Tips"))
	assert.False(t, AllWordsInProse(blocks, forms, "Jane Doe"))
	assert.False(t, AllWordsInProse(blocks, forms, "Eating"), "one word")
	assert.False(t, AllWordsInProse(blocks, forms, "J. Eating"), "an initial")
}

// TestDropCommonPhrases: a bare byline of the prose's words is removed; one with a
// date, or one a front end settled, stays.
func TestDropCommonPhrases(t *testing.T) {
	prose := block.Block{Text: "These healthy eating tips help families plan their week and keep the costs of a trip down.", Role: block.RoleBody}
	blocks, forms, preset := weighPage(
		block.Block{Text: "Healthy Eating Tips", Role: block.RoleByline},
		block.Block{Text: "Jane Doe", Role: block.RoleByline},
		block.Block{Text: "Eating Tips", Role: block.RoleByline, Published: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)},
		prose)
	DropCommonPhrases(blocks, forms, preset)
	assert.Equal(t, block.ReasonNavigation, blocks[0].Reason)
	assert.Equal(t, block.RoleByline, blocks[1].Role)
	assert.Equal(t, block.RoleByline, blocks[2].Role)
}

// TestDropFarBylines: a byline far above the body loses to one under the headline,
// unless a date stands by it and none by the near one; a page's one byline stays.
func TestDropFarBylines(t *testing.T) {
	filler := func(n int) []block.Block {
		out := make([]block.Block, n)
		for i := range out {
			out[i] = block.Block{Text: "Menu entry", Role: block.RoleRemoved}
		}
		return out
	}
	page := func(farDated, near bool) ([]block.Block, []bool, int, int) {
		lines := []block.Block{{Text: "By Region", Role: block.RoleByline}}
		if farDated {
			lines = append(lines, block.Block{Text: "March 4, 2024", Role: block.RoleDateline})
		}
		lines = append(lines, filler(12)...)
		head := len(lines)
		lines = append(lines, block.Block{Text: "How the city plans its winter roads", Role: block.RoleHeadline})
		if near {
			lines = append(lines, block.Block{Text: "Jane Doe", Role: block.RoleByline})
		}
		first := len(lines)
		lines = append(lines, block.Block{Text: "The city will salt its main roads before the first frost this year.", Role: block.RoleBody})
		blocks, _, preset := weighPage(lines...)
		return blocks, preset, head, first
	}
	tests := []struct {
		name           string
		farDated, near bool
		want           block.Role
	}{
		{"a far bare byline loses to a near one", false, true, block.RoleRemoved},
		{"a far dated byline outweighs a near bare one", true, true, block.RoleByline},
		{"a page's one byline stays", false, false, block.RoleByline},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, preset, head, first := page(tt.farDated, tt.near)
			DropFarBylines(blocks, preset, head, first)
			assert.Equal(t, tt.want, blocks[0].Role)
		})
	}
}

// TestNamedElsewhere: the name comes back away from the line and its neighbours.
func TestNamedElsewhere(t *testing.T) {
	blocks, _, _ := weighPage(
		block.Block{Text: "Jane Doe"},
		block.Block{Text: "Jane Doe"},
		block.Block{Text: "Staff Writer"},
		block.Block{Text: "Jane Doe covers the coast."},
	)
	assert.True(t, NamedElsewhere(blocks, 1, "Jane Doe"))
	assert.False(t, NamedElsewhere(blocks[:3], 1, "Jane Doe"), "only beside it")
}

// TestOtherLabelledNames: a listing whose entries each print an author under a
// label names other people than the byline found.
func TestOtherLabelledNames(t *testing.T) {
	blocks, _, _ := weighPage(
		block.Block{Text: "Written by"},
		block.Block{Text: "Jane Doe"},
		block.Block{Text: "Written by"},
		block.Block{Text: "John Roe"},
	)
	assert.True(t, OtherLabelledNames(blocks, 1, []string{"Jane Doe"}))
	assert.False(t, OtherLabelledNames(blocks[:2], 1, []string{"Jane Doe"}))
}
