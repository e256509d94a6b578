package newsparse

import (
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

func TestProseRegionSegment(t *testing.T) {
	blocks := []block{{text: "Menu"}, {text: "Home"}, {text: strings.Repeat("word ", 40) + "end."}, {text: "Footer"}}
	forms := make([]form, len(blocks))
	for i := range blocks {
		forms[i] = readForm(blocks[i].text)
	}
	start, end := proseRegion(blocks, forms)
	assert.Equal(t, 2, start)
	assert.Equal(t, 2, end)
	start, end = proseRegion(blocks[:2], forms[:2])
	assert.Equal(t, -1, start)
	assert.Equal(t, -1, end)
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

func TestHasClockTime(t *testing.T) {
	for s, want := range map[string]bool{"Today 12:01 AM": true, "9.30 pm": true, "Version 2.1": false, "Room 101": false} {
		assert.Equal(t, want, hasClockTime(s), s)
	}
}
