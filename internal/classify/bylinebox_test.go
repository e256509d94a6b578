package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFarBoxHeading reads an author box far after the article by its heading when
// the converter dropped the photo: pandoc and html2text print the author's photo as
// an image mark ("![Jane Doe](jane.jpg)", "[Jane Doe]") that the text front end
// takes out, so "About the Author" stands right over the name. The heading is the
// card's sign there; a name over its description under another heading is a
// company's or a product's box.
func TestFarBoxHeading(t *testing.T) {
	bio := "Jane covers the harbour towns and the people who keep their piers and boats working."
	company := "Harbour Works builds and mends piers, slipways and sea walls along the whole coast."
	tests := []struct {
		name     string
		markdown bool
		box      []string
		want     []string
	}{
		{"the heading over the name and the bio", false, []string{"About the Author", "Jane Doe", bio}, []string{"Jane Doe"}},
		{"the photo's image mark between, Markdown", true, []string{"### Meet the Writer", "![Jane Doe](https://example.com/jane.jpg)", "Jane Doe", bio}, []string{"Jane Doe"}},
		{"another heading over a company", false, []string{"Our Partners", "Harbour Works Limited", company}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := pageWithFarBox(tt.box)
			text := lines(ls...)
			if tt.markdown {
				text = strings.ReplaceAll(text, "\n", "\n\n")
			}
			blocks, _ := readDump(text, tt.markdown)
			Blocks(blocks)
			assert.Equal(t, tt.want, bylineNames(blocks))
		})
	}
}

// TestIsBoxHeading reads the headings an author box opens with, in any case and
// with a colon, and nothing that only starts like one.
func TestIsBoxHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"About the Author", true},
		{"ABOUT THE AUTHORS:", true},
		{"Meet the Writer", true},
		{"About the Contributor", true},
		{"Author", false},
		{"By", false},
		{"About the Company", false},
		{"About the Author Jane Doe", false},
		{"About", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsBoxHeading(tt.line), tt.line)
	}
}

// TestClosingBio reads the names under the headline, printed with their label
// ("Guest Columnists") and no opener, as the byline when the article ends with
// their bio: an opinion piece's tagline opens with the whole name. Without the
// tagline, or with one on someone else, the line stays a label.
func TestClosingBio(t *testing.T) {
	tagline := "Jane Doe is a professor of marine biology at Harbour University and writes on the coast."
	tests := []struct {
		name string
		by   string
		end  string
		want []string
	}{
		{"two names and their label, the tagline at the end", "Jane Doe and John Roe | Guest Columnists", tagline, []string{"Jane Doe", "John Roe"}},
		{"a name and its title, the tagline at the end", "Jane Doe, Guest Columnist", tagline, []string{"Jane Doe"}},
		{"no tagline", "Jane Doe and John Roe | Guest Columnists", "Harbour Board members meet again on the first Monday of next month at the town hall.", nil},
		{"a tagline on someone else", "Jane Doe and John Roe | Guest Columnists", "Mary Major is a professor of marine biology at Harbour University and writes on the coast.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := []string{"Harbour Notes", "Home", "Opinion", "Why the old pier deserves a second life | Opinion",
				"The town has argued over its pier for a decade, and the answer is in front of us.", tt.by}
			ls = append(append(ls, reflowProse...), tt.end, "Facebook Twitter Email", "Subscribe to our weekly letter")
			blocks, _ := readDump(lines(ls...), false)
			Blocks(blocks)
			assert.Equal(t, tt.want, bylineNames(blocks))
		})
	}
}

// TestNamesThenTitle reads names followed only by their job title, and refuses a
// line that goes on with anything else.
func TestNamesThenTitle(t *testing.T) {
	tests := []struct {
		line  string
		names []string
		want  bool
	}{
		{"Jane Doe, Harbour Editor", []string{"Jane Doe"}, true},
		{"Jane Doe | Staff Writer", []string{"Jane Doe"}, true},
		{"Jane Doe and John Roe | Guest Columnists", []string{"Jane Doe", "John Roe"}, true},
		{"Jane Doe | Guest Columnists", []string{"Jane Doe"}, false}, // a plural title for one name
		{"Jane Doe", []string{"Jane Doe"}, false},
		{"Jane DoeSenior Reporter", []string{"Jane Doe"}, false},
		{"Jane Doe | Harbour Towns", []string{"Jane Doe"}, false},
		{"Jane Doe, editor of the paper. She writes here", []string{"Jane Doe"}, false},
		{"Jane Doe Harbour Theorist & Independent Technology Writer", []string{"Jane Doe Harbour"}, false},
		{"Jane Doe – Staff Writer", []string{"Jane Doe"}, true},
		{"Home | Jane Doe, Editor", []string{"Jane Doe"}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NamesThenTitle(tt.line, tt.names), tt.line)
	}
}

// TestPostMetaSentence reads a post's meta line that runs on as a sentence ("Posted
// by Jane Doe on March 3, 2026 in Harbour Towns. Tags: ...") under the headline as
// the byline; without the date after the names, or far down the page where a
// comment's meta stands, it names nobody.
func TestPostMetaSentence(t *testing.T) {
	tests := []struct {
		name  string
		meta  string
		under bool
		want  []string
	}{
		{"the meta under the headline", "Posted by Jane Doe on Tuesday March 3, 2026 @08:00PM from the harbour-walks dept.", true, []string{"Jane Doe"}},
		{"the meta with its category and tags", "Posted by Jane Doe on 2026-03-03 in harbour towns. Tags: piers, walks, boats.", true, []string{"Jane Doe"}},
		{"a handle in lower case", "Posted by jdoe on 2026-03-03 in harbour towns. Tags: piers, walks, boats.", true, nil},
		{"no date after the name", "Posted by Jane Doe from the harbour-walks desk, where the team reads every letter.", true, nil},
		{"far below the article", "Posted by Jane Doe on Tuesday March 3, 2026 @08:00PM from the harbour-walks dept.", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := []string{"Harbour Notes", "Home", "Walks", "Harbour Board Backs Plan to Rebuild the Old Pier"}
			if tt.under {
				ls = append(ls, tt.meta)
			}
			ls = append(ls, reflowProse...)
			ls = append(ls, "Comments", "Leave a comment", "Name", "Email", "Website", "Post Comment", "Related posts",
				"Walking the coast path this winter", "Sailing out of the old harbour", "Fishing off the north pier", "Rowing club news")
			if !tt.under {
				ls = append(ls, tt.meta)
			}
			ls = append(ls, "Subscribe to our weekly letter")
			blocks, _ := readDump(lines(ls...), false)
			Blocks(blocks)
			assert.Equal(t, tt.want, bylineNames(blocks))
		})
	}
}
