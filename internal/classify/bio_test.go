package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// bioPage builds a page for CutAtBio: a headline, a byline naming names, four body
// paragraphs and then tail, each a block of the given role. It returns the blocks,
// their forms and the body's first and last index.
func bioPage(names []string, tail []block.Block) ([]block.Block, []Form, int, int) {
	blocks := []block.Block{
		{Text: "Harbour board backs plan to rebuild the old pier", Role: block.RoleHeadline},
		{Text: "By " + names[0], Role: block.RoleByline, Names: names},
		{Text: "The harbour board voted on Tuesday to rebuild the old pier, closed since the winter storms.", Role: block.RoleBody},
		{Text: "Work is due to start in the spring and last about two years, the board said in a statement.", Role: block.RoleBody},
		{Text: "Fishing crews have used the north quay since the pier closed, which has slowed their landings.", Role: block.RoleBody},
		{Text: "The board expects the ferry company to pay part of the cost once the new berth is open.", Role: block.RoleBody},
	}
	blocks = append(blocks, tail...)
	forms := make([]Form, len(blocks))
	for i, b := range blocks {
		forms[i] = ReadForm(b.Text)
	}
	return blocks, forms, 2, len(blocks) - 1
}

// TestCutAtBio: a paragraph in the body's second half that opens with a full name
// of the byline is the author's bio, with the bare name over it; a paragraph about
// anyone else, or in the first half, is the article's.
func TestCutAtBio(t *testing.T) {
	const bio = "Jane Doe is a reporter who covers the coast, its harbours and the people who work them."
	body := func(s string) block.Block { return block.Block{Text: s, Role: block.RoleBody} }
	tests := []struct {
		name    string
		names   []string
		tail    []block.Block
		removed []string
	}{
		{"a bio after the body", []string{"Jane Doe"}, []block.Block{body(bio)}, []string{bio}},
		{"a bio under the author's name", []string{"Jane Doe"}, []block.Block{body("Jane Doe"), body(bio)}, []string{"Jane Doe", bio}},
		{"a second author's bio", []string{"John Roe", "Jane Doe"}, []block.Block{body(bio)}, []string{bio}},
		{"someone the byline does not name", []string{"John Roe"}, []block.Block{body(bio)}, nil},
		{"a name of one word is too weak", []string{"Jane"}, []block.Block{body("Jane is a reporter who covers the coast, its harbours and the people who work them.")}, nil},
		{"a name that goes on in capitals is no bio", []string{"Jane Doe"}, []block.Block{body("Jane Doe Park reopens to walkers next week after the repairs to its sea wall are done.")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, forms, first, last := bioPage(tt.names, tt.tail)
			CutAtBio(blocks, forms, first, last)
			var removed []string
			for _, b := range blocks {
				if b.Role == block.RoleRemoved && b.Reason == block.ReasonBio {
					removed = append(removed, b.Text)
				}
			}
			assert.Equal(t, tt.removed, removed)
		})
	}
}

// TestCutAtBioFirstHalf: a paragraph that opens with the author's name in the body's
// first half is the article's, about its own writer.
func TestCutAtBioFirstHalf(t *testing.T) {
	const about = "Jane Doe is the first reporter to walk the length of the pier since it closed last winter."
	blocks, forms, first, last := bioPage([]string{"Jane Doe"}, nil)
	blocks = append(blocks[:3], append([]block.Block{{Text: about, Role: block.RoleBody}}, blocks[3:]...)...)
	forms = append(forms[:3], append([]Form{ReadForm(about)}, forms[3:]...)...)
	last++
	CutAtBio(blocks, forms, first, last)
	assert.Equal(t, block.RoleBody, blocks[3].Role)
}

// TestCutAtBioAuthorBox: an author box the region left out after the body, a line
// naming the author over a paragraph that opens with the name, is marked a bio
// whatever the byline says; the box's heading keeps its role when it is not removed.
func TestCutAtBioAuthorBox(t *testing.T) {
	const bio = "Mara Quill is a staff writer who covers harbours, ferries and the people who run them."
	tests := []struct {
		name        string
		heading     block.Role
		wantHeading block.Reason
	}{
		{"a removed heading is the bio's", block.RoleRemoved, block.ReasonBio},
		{"a heading read as the byline stays", block.RoleByline, block.NoReason},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, forms, first, _ := bioPage([]string{"John Roe"}, []block.Block{
				{Text: "Written by Mara Quill, Staff Writer", Role: tt.heading},
				{Text: bio, Role: block.RoleRemoved},
			})
			last := len(blocks) - 3
			CutAtBio(blocks, forms, first, last)
			assert.Equal(t, tt.wantHeading, blocks[last+1].Reason)
			assert.Equal(t, block.ReasonBio, blocks[last+2].Reason)
		})
	}
}
