package newsparse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pageDump builds a whole-page dump in the style of a generic scraper: a cookie notice,
// a long menu, the article, a footer of links and a newsletter blurb.
func pageDump() string {
	var b strings.Builder
	b.WriteString("We use cookies on this website to give you the best experience, to measure how the site is used and to show you offers that match your interests. You can change your choices at any time.\n")
	for _, m := range []string{"Home", "News", "Sport", "Weather", "Travel", "Culture", "Food", "Money", "Health", "Science", "Opinion", "Video", "Podcasts", "Puzzles", "Jobs", "Shop", "Sign in", "Subscribe", "Search", "Local", "World"} {
		b.WriteString(m + "\n")
	}
	b.WriteString("Harbour board backs plan to rebuild the old pier\n")
	for _, p := range reflowProse {
		b.WriteString(p + "\n")
	}
	for _, m := range []string{"About us", "Contact", "Careers", "Advertise", "Privacy", "Terms", "Accessibility", "Sitemap", "Help", "Archive", "Corrections", "RSS"} {
		b.WriteString(m + "\n")
	}
	b.WriteString("Our newsletter brings the best of the week's local stories to your inbox every Friday morning, with events, offers and the odd puzzle for the weekend ahead.\n")
	return b.String()
}

func TestProseRegionWholePage(t *testing.T) {
	a, err := ParseText(pageDump())
	require.NoError(t, err)
	assert.Equal(t, reflowProse, bodyTexts(a), "only the article's paragraphs are body")
}

func TestProseRegionKeepsArticleLists(t *testing.T) {
	// An article's own list between and after its paragraphs is not a menu.
	dump := "Harbour board backs plan to rebuild the old pier\n" + reflowProse[0] + "\nThe works, in order:\n" +
		strings.Repeat("Piles driven in spring\nDeck laid in summer\nRails fitted in autumn\n", 5) + reflowProse[1] + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	body := bodyTexts(a)
	assert.Contains(t, body, reflowProse[0], "the paragraph before the list stays")
	assert.Contains(t, body, reflowProse[1])
}

func TestHeadlineOnWholePage(t *testing.T) {
	// The first title-like line of a whole page is a menu's or a notice's; the
	// headline stands next to the article's front matter.
	var b strings.Builder
	b.WriteString("Get the best of the week in your inbox\n")
	for _, m := range []string{"Home", "News", "Sport", "Weather", "Travel", "Culture", "Food", "Money", "Health", "Science", "Opinion", "Video", "Podcasts", "Puzzles", "Jobs", "Shop", "Sign in", "Subscribe", "Search", "Local", "World", "Coast"} {
		b.WriteString(m + "\n")
	}
	b.WriteString("Local News\nHarbour board backs plan to rebuild the old pier\nBy Jane Doe\nTuesday 12 March 2024\nShare\nTweet\nEmail\n")
	b.WriteString(strings.Join(reflowProse, "\n") + "\n")
	a, err := ParseText(b.String())
	require.NoError(t, err)
	assert.Equal(t, "Harbour board backs plan to rebuild the old pier", a.Headline)
	assert.Equal(t, []string{"Jane Doe"}, a.Byline)
	assert.Equal(t, reflowProse, bodyTexts(a))
}

// listicleDump builds a dump of a list article alone: its title, a lead of one or two
// paragraphs, a long contents list of entry titles, then the entries' prose.
func listicleDump(lead []string) string {
	var b strings.Builder
	b.WriteString("Twenty Quiet Harbours Worth the Detour This Summer\n")
	for _, p := range lead {
		b.WriteString(p + "\n")
	}
	b.WriteString("Contents\n")
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&b, "%d. Harbour number %d and its little lighthouse\n", i, i)
	}
	b.WriteString(reflowProse[1] + "\n" + reflowProse[2] + "\n")
	return b.String()
}

func TestOpensWithArticle(t *testing.T) {
	notice := "Your browser is out of date and parts of this site will not work as they should for you."
	menu := strings.Repeat("Home\nNews\nSport\nTravel\nShop\n", 9)
	tests := []struct {
		name     string
		dump     string
		headline string
		lead     bool // the lead paragraph is in the body
	}{
		{"a list article keeps its title and lead", listicleDump(reflowProse[:1]), "Twenty Quiet Harbours Worth the Detour This Summer", true},
		{"a two-paragraph lead", listicleDump([]string{"We went looking for the quiet ones.", reflowProse[0]}), "Twenty Quiet Harbours Worth the Detour This Summer", true},
		{"a page opening with a notice is still a page", "Site Name Weekly Edition\n" + notice + "\n" + menu +
			"Harbour board backs plan to rebuild the old pier\nBy Jane Doe\n" + strings.Join(reflowProse, "\n") + "\n" + menu, "Harbour board backs plan to rebuild the old pier", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.dump)
			require.NoError(t, err)
			assert.Equal(t, tt.headline, a.Headline)
			body := bodyTexts(a)
			assert.Contains(t, body, reflowProse[2], "the closing prose is body")
			if tt.lead {
				assert.Contains(t, body, reflowProse[0], "the lead stays with its title")
			} else {
				assert.NotContains(t, body, notice, "a notice above the menu is not body")
			}
		})
	}
}

// TestProseRegionWithTable: data tables in the article (pipe-separated rows, as
// Markdown converters write them) are preset as body by the text front end; that must
// not be taken for a front end that found the region itself, so the menus and footer
// around the article still go.
func TestProseRegionWithTable(t *testing.T) {
	dump := pageDump()
	berths := "| Berth | Length (m) | Depth (m) |\n| --- | --- | --- |\n| North | 120 | 8.5 |\n| South | 95 | 7.0 |\n| Ferry | 60 | 5.5 |\n"
	costs := "| Stage | Cost (m) | Year |\n| --- | --- | --- |\n| Piles | 4.2 | 2025 |\n| Deck | 6.8 | 2026 |\n"
	dump = strings.Replace(dump, reflowProse[1]+"\n", reflowProse[1]+"\n"+berths, 1)
	dump = strings.Replace(dump, reflowProse[2]+"\n", reflowProse[2]+"\n"+costs, 1)
	a, err := ParseText(dump)
	require.NoError(t, err)
	var tables int
	for _, p := range a.Paragraphs {
		if p.Kind == ParagraphTable {
			tables++
		}
	}
	assert.Equal(t, 2, tables, "each table is read as one")
	assert.Equal(t, reflowProse, bodyTexts(a), "the menus and footer stay out of the body")
}
