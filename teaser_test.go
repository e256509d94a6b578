package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// teaserTail is what many pages put after the article: a box of teaser titles, some
// with a one-sentence blurb under them, and no heading the phrase tables know.
const teaserTail = "Next up in the region\n" +
	"Ferry timetable changes for the winter season\n" +
	"Council opens consultation on the new bus lanes\n" +
	"Lifeboat crew honoured for night rescue off the point\n" +
	"Farmers market moves to the harbour car park\n" +
	"The market will run every Saturday until the end of March, with stalls from across the county and live music at noon.\n" +
	"School choir wins regional final\n"

// teaserPage is a whole page whose article runs straight into a teaser box: a long
// menu above, the article, the teasers, a short footer.
func teaserPage() string {
	var b strings.Builder
	for _, m := range []string{"Home", "News", "Sport", "Weather", "Travel", "Culture", "Food", "Money", "Health", "Science", "Opinion", "Video", "Podcasts", "Puzzles", "Jobs", "Shop", "Sign in", "Subscribe", "Search", "Local", "World"} {
		b.WriteString(m + "\n")
	}
	b.WriteString("Harbour board backs plan to rebuild the old pier\n")
	for _, p := range reflowProse {
		b.WriteString(p + "\n")
	}
	b.WriteString(teaserTail + "About us\nContact\nPrivacy\n")
	return b.String()
}

func TestTeaserRunEndsBody(t *testing.T) {
	tests := []struct {
		name     string
		dump     string
		wantBody []string
		dropped  string
	}{
		{
			name:     "whole page: a teaser run after the article ends it",
			dump:     teaserPage(),
			wantBody: reflowProse,
			dropped:  "The market will run every Saturday",
		},
		{
			name: "article dump: a run of short lines before its closing paragraph stays",
			dump: "Harbour board backs plan to rebuild the old pier\n" + strings.Join(reflowProse, "\n") + "\n" +
				"Piles driven in spring\nDeck laid in summer\nRails fitted in autumn\nLights switched on at new year\n" +
				"The board will meet again in May to choose a contractor for the works, it said on Tuesday.\n",
			wantBody: append(append([]string{}, reflowProse...),
				"The board will meet again in May to choose a contractor for the works, it said on Tuesday."),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.dump)
			require.NoError(t, err)
			body := bodyTexts(a)
			for _, p := range tt.wantBody {
				assert.Contains(t, body, p)
			}
			if tt.dropped != "" {
				for _, p := range body {
					assert.NotContains(t, p, tt.dropped, "the teaser's blurb is no body text")
				}
			}
		})
	}
}
