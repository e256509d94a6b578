package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCardUnderPhoto reads the name of an author's card under the headline when
// the photo stands on a line of its own over it, printed as its labels alone (w3m:
// an avatar's file name, a handle) or as an image mark (pandoc, gfm), and the card
// goes on with a topic or a position over the date; or when the photo's label is
// the name, printed twice over the story or the date. The photo's line and the
// name's repeat are no menu's entries; icons over a menu's entries, and a
// category's label printed twice over a title, still make a menu.
func TestCardUnderPhoto(t *testing.T) {
	head := []string{"Harbour Notes", "Home", "Walks", "About", "Rebuilding the old pier"}
	tests := []struct {
		name     string
		card     []string
		markdown bool
		want     []string
	}{
		{"w3m: a handle's labels over the name, a topic and the date", []string{"[k7QxWzpLr] [jane]", "Jane Doe", "#Coastal Walks", "Published on Oct 21, 2025"}, false, []string{"Jane Doe"}},
		{"w3m: an avatar's file over the name and the position, under the date", []string{"Published", "3 January, 2026", "[5f1c0b9e2a7d?s=150&d=identicon]", "Jane Doe", "Harbour Editor"}, false, []string{"Jane Doe"}},
		{"w3m: an icon's label and the avatar over the name", []string{"3 January, 2026", "[svg]", "[jane-doe-avatar]", "Jane Doe", "Harbour Editor"}, false, []string{"Jane Doe"}},
		{"gfm: the avatar's image over the name, a topic and the date", []string{"![jane](https://example.org/avatar/jane.png)", "Jane Doe", "#Coastal Walks", "Published on Oct 21, 2025"}, true, []string{"Jane Doe"}},
		{"w3m: the card's name twice under a date the parser leaves", []string{"2025-12-17·", "Jane Doe", "Jane Doe"}, false, []string{"Jane Doe"}},
		{"w3m: the card's name twice over its date", []string{"Harbour News", "Jane Doe", "Jane Doe", "12 March 2026 ·"}, false, []string{"Jane Doe"}},
		{"pandoc: the photo's label over the name, under a date the parser leaves", []string{"2025-12-17·", "[Jane Doe]", "Jane Doe"}, false, []string{"Jane Doe"}},
		{"a category's chip twice over the post's subtitle is a menu's", []string{"Harbour Walks", "Coastal Towns", "Coastal Towns", "A Guide To The Quiet Coves Of The North Shore"}, false, nil},
		{"icons over a menu's entries are still a menu", []string{"[icon]", "Harbour Walks", "[icon]", "Coastal Towns", "[icon]", "Lime Kilns"}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append(append(append([]string{}, head...), tt.card...), reflowProse...)
			ls = append(ls, "Related posts", "Walking the coast path in winter", "A guide to the lime kilns")
			text := lines(ls...)
			if tt.markdown {
				text = strings.Replace(text, "Rebuilding the old pier", "# Rebuilding the old pier", 1)
			}
			blocks, _ := readDump(text, tt.markdown)
			Blocks(blocks)
			assert.Equal(t, tt.want, bylineNames(blocks))
		})
	}
}

// TestMetaPrintedTwice keeps the byline of a post's meta that the page prints
// twice above the body, once for each layout ("Jane Doe" / "Published" / "|" /
// "Oct 10, 2025", then the same again): the first copy, past the headline's reach,
// goes as navigation, and the second, read as the byline under the date, must not
// then be dropped as the first's duplicate.
func TestMetaPrintedTwice(t *testing.T) {
	head := []string{"Harbour Notes", "Home", "Walks", "About", "Rebuilding the old pier"}
	meta := []string{"Jane Doe", "Published", "|", "Oct 10, 2025"}
	over := []string{"Walks & Trails", "Article", "6 Min Read", "How the town chose to rebuild its pier, and what it will cost."}
	tests := []struct {
		name     string
		front    []string
		markdown bool
		want     []string
	}{
		{"w3m: the meta twice under the standfirst", append(append(append([]string{}, over...), meta...), meta...), false, []string{"Jane Doe"}},
		{"w3m: the meta twice, the title printed again over the standfirst", append(append([]string{"Walks & Trails", "Article", "6 Min Read", "Rebuilding the old pier", over[3]}, meta...), meta...), false, []string{"Jane Doe"}},
		{"gfm: the meta twice under the standfirst", append(append(append([]string{}, over...), meta...), meta...), true, []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append(append(append([]string{}, head...), tt.front...), reflowProse...)
			ls = append(ls, "Related posts", "Walking the coast path in winter", "A guide to the lime kilns")
			text := lines(ls...)
			if tt.markdown {
				text = strings.Replace(text, "\nRebuilding the old pier\n", "\n# Rebuilding the old pier\n", 1)
			}
			blocks, _ := readDump(text, tt.markdown)
			Blocks(blocks)
			assert.Equal(t, tt.want, bylineNames(blocks))
		})
	}
}
