package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The page region of whole-page dumps (internal/textdump FindRegion), end to end: what
// the body keeps of a page whose boxes after the article hold prose of their own.

// siteMenu is a whole page's menu, long enough to tell a whole page.
var siteMenu = []string{"Home", "News", "Sport", "Weather", "Travel", "Culture", "Food", "Money", "Health",
	"Science", "Opinion", "Video", "Podcasts", "Puzzles", "Jobs", "Shop", "Sign in", "Subscribe", "Search", "Local", "World"}

// testimonials are a carousel's quotes, each under its reader's name.
var testimonials = [][2]string{
	{"Ruth K.", "The weekly letter is the one email I open on a Friday, and it has taught me more about the coast than any guidebook I have bought."},
	{"Sam O.", "Clear, calm and never breathless about the news, it reads like a friend who happens to know the harbour master and the ferry timetable."},
	{"Dev P.", "I moved away twenty years ago and this is how I keep up with the town, its quarrels about the pier and the gossip from the lifeboat crew."},
}

// carouselPage returns a whole page: the menu, the headline and article, a short box,
// then the carousel printed twice (once for wide and once for narrow screens), as page
// builders do, and a footer.
func carouselPage() string {
	var b strings.Builder
	b.WriteString(strings.Join(siteMenu, "\n") + "\n")
	b.WriteString("Harbour board backs plan to rebuild the old pier\n")
	b.WriteString(strings.Join(reflowProse, "\n") + "\n")
	b.WriteString("What our readers say\nJoin them\nRead the letters\n")
	for range 2 {
		for _, q := range testimonials {
			b.WriteString(q[0] + "\n" + q[1] + "\n")
		}
		b.WriteString("Previous\nNext\n")
	}
	b.WriteString("About us\nContact\nPrivacy\nTerms\n")
	return b.String()
}

func TestTextbodyRegionCarouselPrintedTwice(t *testing.T) {
	a, err := ParseText(carouselPage())
	require.NoError(t, err)
	body := bodyTexts(a)
	for _, p := range reflowProse {
		assert.Contains(t, body, p, "the article's paragraphs stay")
	}
	for _, q := range testimonials {
		n := 0
		for _, p := range body {
			if p == q[1] {
				n++
			}
		}
		assert.LessOrEqual(t, n, 1, "a quote the page prints twice is not the article's twice: %q", q[1])
	}
}

// authorBoxPage returns an article dump whose author box prints the author's title
// between the name and the bio, and a short footer after it.
func authorBoxPage(between string) string {
	var b strings.Builder
	b.WriteString("Harbour board backs plan to rebuild the old pier\n")
	b.WriteString(strings.Join(reflowProse, "\n") + "\n")
	b.WriteString("Mara Quill\n")
	if between != "" {
		b.WriteString(between + "\n")
	}
	b.WriteString("Mara Quill is a staff writer who covers harbours, ferries and the people who run them, and has done so for twelve years from the coast.\n")
	b.WriteString("More from Mara\nPrivacy\nContact us\n")
	return b.String()
}

func TestTextbodyRegionAuthorTitle(t *testing.T) {
	for _, between := range []string{"", "Contributing Writer", "Senior Editor, Coast Desk"} {
		t.Run(between, func(t *testing.T) {
			a, err := ParseText(authorBoxPage(between))
			require.NoError(t, err)
			assert.Equal(t, reflowProse, bodyTexts(a), "the box and its bio are no body")
			for _, p := range a.Paragraphs {
				assert.NotContains(t, p.Text, "Mara Quill", "nor any other kind of paragraph")
			}
		})
	}
}
