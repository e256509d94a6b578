package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// TestBreadcrumbTarget: a trail over the headline ends with it, run together right
// above it or parted by a separator further up.
func TestBreadcrumbTarget(t *testing.T) {
	blocks := func(lines ...string) []block.Block {
		out := make([]block.Block, len(lines))
		for i, l := range lines {
			out[i].Text = l
		}
		return out
	}
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"run together right above", []string{"HomeNewsThe headline", "The headline"}, 1},
		{"parted by a slash further up", []string{"Home/News/The headline", "News", "The headline"}, 2},
		{"glued further up is no trail", []string{"HomeNewsLead", "News", "Lead"}, -1},
		{"one word after a space is no trail", []string{"Read the story of Bob", "News", "Bob"}, -1},
		{"nothing below repeats it", []string{"Home / News", "The headline"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := blocks(tt.lines...)
			assert.Equal(t, tt.want, BreadcrumbTarget(b, 0, len(b)))
		})
	}
}

// TestCrumbUnder: a trail under the headline ends with it after a separator, with
// an entry of two words or more.
func TestCrumbUnder(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"right under the headline", []string{"The headline", "Home » News » The headline"}, 0},
		{"a label between", []string{"The headline", "News", "Home / News / The headline"}, 0},
		{"ending with the same words is no trail", []string{"8 Channel NVR", "64 / 128 Channel NVR"}, -1},
		{"an entry of one word is no trail", []string{"Tips", "Home / Tips"}, -1},
		{"the trail above its headline is not under it", []string{"Home » The headline", "The headline"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := make([]block.Block, len(tt.lines))
			for i, l := range tt.lines {
				b[i].Text = l
			}
			assert.Equal(t, tt.want, CrumbUnder(b, len(b)-1))
		})
	}
}

// TestRestatesAbove: a subtitle restates the title above it when it ends with the
// whole title, in other letter case, after words of its own.
func TestRestatesAbove(t *testing.T) {
	tests := []struct {
		name        string
		above, line string
		want        bool
	}{
		{"ends with the title in other case", "Affordable nutrition", "Sustainable concepts for affordable nutrition", true},
		{"the same letters are a copy, not a restatement", "Affordable nutrition", "Sustainable concepts for Affordable nutrition", false},
		{"a title of one word", "Nutrition", "Sustainable nutrition", false},
		{"no words of its own", "Affordable nutrition", "affordable nutrition", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := []block.Block{{Text: tt.above}, {Text: tt.line}}
			assert.Equal(t, tt.want, RestatesAbove(b, 1))
			assert.False(t, RestatesAbove(b, 0), "the first line has none above it")
		})
	}
}
