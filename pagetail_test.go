package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tailPage is a whole page: a long menu, the article, then what follows it.
func tailPage(tail string) string {
	var b strings.Builder
	for _, m := range []string{"Home", "News", "Sport", "Weather", "Travel", "Culture", "Food", "Money", "Health", "Science", "Opinion", "Video", "Podcasts", "Puzzles", "Jobs", "Shop", "Sign in", "Subscribe", "Search", "Local", "World"} {
		b.WriteString(m + "\n\n")
	}
	b.WriteString("Harbour board backs plan to rebuild the old pier\n\n")
	for _, p := range append(reflowProse, tailArticleMore...) {
		b.WriteString(p + "\n\n")
	}
	b.WriteString(tail + "\n\nAbout us\n\nContact\n\nPrivacy\n")
	return b.String()
}

// tailArticleMore lengthens the article: a closing box's prose is a small share of
// a whole article's.
var tailArticleMore = []string{
	"The plan has been argued over since the storm of 2015 tore away the pier's seaward end, leaving a stump that the harbour master closed to the public within a week of the damage.",
	"Two earlier schemes fell through, one for want of money and one after a survey found the old piles too weak to carry a new deck, and the board had to start again from nothing.",
	"This time the design leaves the old piles in place as a breakwater and sets a new steel frame beside them, which the engineers say will last a century with ordinary upkeep.",
	"Fishermen will keep their moorings in the outer basin while the work goes on, though the board warned that the slipway may close for several weeks in the summer of the second year.",
}

// TestTailBoxEndsBody: a teaser grid (a heading over cards of a title and a
// sentence or two each), a feedback widget and a thread of comments under their reply
// controls close many pages, and their prose is none of the article's; an article's
// own closing sections stay.
func TestTailBoxEndsBody(t *testing.T) {
	cards := "Ferry Timetable Changes for the Winter Season\n\nThe winter timetable cuts two sailings a day from the first week of November.\n\n" +
		"Five Walks Along the Old Railway Line\n\nFive routes that follow the line from the viaduct to the old goods yard.\n\n" +
		"Lifeboat Crew Honoured for a Night Rescue\n\nThe crew spent four hours in a gale to bring two fishermen home.\n\n"
	tests := []struct {
		name    string
		tail    string
		kept    []string
		dropped []string
	}{
		{
			name:    "a teaser grid under its heading",
			tail:    "Popular Stories\n\n" + cards,
			dropped: []string{"Popular Stories", "The winter timetable cuts two sailings", "Five routes that follow", "The crew spent four hours"},
		},
		{
			name:    "a feedback widget over an author's blurb",
			tail:    "Was this page helpful?\n\nYesNo\n\nThank you for your feedback!\n\nMara Quill writes about coastal towns and the people who keep them going, from a flat above the chandlery.",
			dropped: []string{"Was this page helpful?", "YesNo", "Mara Quill writes"},
		},
		{
			name: "readers' comments under their reply controls",
			tail: "harbourfan\n\n6d\n\nI walked the old pier every morning as a child and I am glad to hear it will be rebuilt at last, whatever it costs.\n\nReply\n\n" +
				"oldsalt\n\n5d\n\nFour million pounds for a pier while the lifeboat station waits for a slipway is the wrong way round, in my view.\n\nReply\n\n" +
				"tidewatcher\n\n5d\n\nThe breakwater idea is clever and should have been tried years ago, when the first scheme fell through.\n\nReply",
			dropped: []string{"harbourfan", "I walked the old pier", "Four million pounds", "The breakwater idea", "Reply"},
		},
		{
			name: "the article's own short sections",
			tail: strings.ReplaceAll(cards, "Ferry Timetable", "What Comes Next: Ferry Timetable") + "The board meets again in March, when it will choose a builder from the three firms that have bid for the work so far.",
			kept: []string{"The winter timetable cuts two sailings a day from the first week of November.",
				"The board meets again in March, when it will choose a builder from the three firms that have bid for the work so far."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tailPage(tt.tail))
			require.NoError(t, err)
			var body []string
			for _, p := range a.Paragraphs {
				body = append(body, p.Text)
			}
			for _, p := range append(append(reflowProse, tailArticleMore...), tt.kept...) {
				assert.Contains(t, body, p)
			}
			for _, d := range tt.dropped {
				for _, p := range body {
					assert.NotContains(t, p, d, "a closing box is no paragraph of the article")
				}
			}
		})
	}
}
