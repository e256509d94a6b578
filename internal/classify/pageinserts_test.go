package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// Short title-like lines between prose paragraphs (loneInsert): one alone is an
// inserted link to another story, several are the article's subheadings, whatever
// number of empty lines sets them off.

func TestRolesInsertsSetOffByGaps(t *testing.T) {
	const p1 = "The first frost came early this year, and the allotment holders spent a long weekend lifting the last of the potatoes before the ground froze."
	const p2 = "Most of the crop was sound, though the wet summer had left more slug damage than anyone could remember in the last ten seasons."
	const p3 = "The committee agreed to buy a second water butt for the lower plots and to share the cost of a new lock for the tool shed."
	// heading sets a title under the paragraph before it, one empty line between
	// them, or two when gap is set; one empty line follows it.
	heading := func(gap bool, text string) string {
		if gap {
			return "\n" + text + "\n\n"
		}
		return text + "\n\n"
	}
	tests := []struct {
		name     string
		gaps     []bool // an extra empty line above each title
		titles   []string
		wantRole block.Role
	}{
		{"titles set off by two empty lines, one by one, are subheadings", []bool{true, true, false},
			[]string{"LIFTING THE POTATOES", "PLANS FOR THE SPRING", "THE NEW WATER BUTT"}, block.RoleSubheading},
		{"several titles with one empty line are subheadings", []bool{false, false}, []string{"Lifting the Potatoes", "Plans for the Spring"}, block.RoleSubheading},
		{"one title alone is an inserted link", []bool{false}, []string{"Why Allotment Waiting Lists Keep Growing"}, block.RoleRemoved},
		{"one title alone set off by two empty lines is an inserted link", []bool{true}, []string{"Why Allotment Waiting Lists Keep Growing"}, block.RoleRemoved},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := "Frost Ends the Allotment Season Early\n\n" + p1 + "\n\n"
			paras := []string{p2, p3}
			for k, title := range tt.titles {
				dump += heading(tt.gaps[k], title) + paras[k%2] + "\n\n"
			}
			dump += p1 + "\n"
			blocks, _ := readDump(dump, false)
			Blocks(blocks)
			for _, title := range tt.titles {
				found := false
				for _, b := range blocks {
					if b.Text == title {
						found = true
						assert.Equal(t, tt.wantRole, b.Role, "%q", title)
					}
				}
				assert.True(t, found, "no block %q", title)
			}
		})
	}
}
