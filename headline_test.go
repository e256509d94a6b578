package newsparse

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/textdump"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTitleUnderKicker(t *testing.T) {
	body := strings.Join(reflowProse, "\n")
	const title = "Harbour Board Backs Plan to Rebuild the Old Pier"
	tests := []struct {
		name, top, want string
	}{
		{"a section label above the title", "Coast & Boats\n" + title + "\n", title},
		{"a breadcrumb trail", "Home » Local News\n" + title + "\nBy Jane Doe\n", title},
		{"a back link", "< Back to all stories\n" + title + "\n", title},
		{"a numbered menu entry", "2. Local News\n" + title + "\n", title},
		{"a sentence-case title under a label", "Coast & Boats\nHarbour board backs plan to rebuild the old pier\n", "Harbour board backs plan to rebuild the old pier"},
		{"a standfirst under a title-case title", "Rebuilding Harbour Piers\nWhy the harbour board changed its mind after a decade\n", "Rebuilding Harbour Piers"},
		{"the title's own byline first", "Rebuilding the Old Pier\nBy Jane Doe\nWhy the Harbour Board Changed Its Mind After a Decade\n", "Rebuilding the Old Pier"},
		{"a longer first line is no kicker", "The Harbour Board Meets Again Tonight\n" + title + "\n", "The Harbour Board Meets Again Tonight"},
		{"a finished statement under it is no title", "Coast & Boats\nThe harbour board voted to rebuild the old pier on Tuesday.\n", "Coast & Boats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.top + body + "\n")
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Headline)
			assert.Equal(t, reflowProse, bodyTexts(a), "the body is untouched")
		})
	}
}

func TestKickerOnWholePage(t *testing.T) {
	// Past a long menu the headline is weighed, not taken first: a label right above
	// the title shares its front matter but loses to it.
	menu := strings.Repeat("Home\nNews\nSport\nTravel\nShop\n", 9)
	for _, kicker := range []string{"Food And Nutrition Science", "Recipes From The Coast", "Log In Sign-Up Free", "Science Desk Weekly Picks"} {
		t.Run(kicker, func(t *testing.T) {
			dump := "Your Weekly Guide to Life on the Coast\n" + menu + kicker + "\nEight Ways to Cook the Perfect Harbour Mussels\nMarch 12, 2024\n" + strings.Join(reflowProse, "\n") + "\n" + menu
			a, err := ParseText(dump)
			require.NoError(t, err)
			assert.Equal(t, "Eight Ways to Cook the Perfect Harbour Mussels", a.Headline)
		})
	}
}

func TestPriorLeadArticle(t *testing.T) {
	// A dump with few menu lines keeps its first title-like line unless a line
	// nearer the body has far more for it: title shape and its own front matter.
	menu := strings.Repeat("Home\nNews\nSport\nTravel\nShop\n", 2)
	const title = "Harbour Board Backs Plan to Rebuild the Old Pier"
	body := strings.Join(reflowProse, "\n") + "\n"
	tests := []struct {
		name, dump, want string
	}{
		{"a menu line first, the title by its byline and date", "Home\nShop our new spring range\nNews\n" + menu + title + "\nBy Jane Doe\nMarch 12, 2024\n" + body, title},
		{"the title first keeps its lead over a teaser", title + "\nBy Jane Doe\n" + menu + "Weekend Ferry Times Change From Saturday\nMarch 12, 2024\n" + body, title},
		// A masthead's label stands over the menu, the headline over its own front
		// matter: the menu run under the first line takes its lead.
		{"a label over the menu loses its lead", "Coast Gazette Online Edition\n" + menu + title + "\nBy Jane Doe\nMarch 12, 2024\n" + body, title},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}

func TestControlLinesAreNoHeadline(t *testing.T) {
	// A text browser's dump opens with the page's head links and controls.
	dump := "#Coast Gazette » Feed Coast Gazette » Comments Feed\n(BUTTON) Open the menu and search\n" +
		"Harbour Board Backs Plan to Rebuild the Old Pier\n" + strings.Join(reflowProse, "\n") + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, "Harbour Board Backs Plan to Rebuild the Old Pier", a.Headline)
}

func TestFarSiteNameNotWeighed(t *testing.T) {
	// A site's name at the top of a long page is out of the headline's reach; the
	// title near the body wins even with a weak shape of its own.
	menu := strings.Repeat("Home\nNews\nSport\nTravel\nShop\n", 9)
	dump := "The Coast Gazette\n" + menu + "Health\nA man fell ill after buying new bedding\nJane Doe\n" + strings.Join(reflowProse, "\n") + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, "A man fell ill after buying new bedding", a.Headline)
}

// TestBrowserChromeDump: the head links lynx prints first, long enough to pass for
// prose, are no part of the body.
func TestBrowserChromeDump(t *testing.T) {
	dump := "#Coast Gazette » Feed Coast Gazette » Comments Feed Coast Gazette » Harbour board backs plan to rebuild the old pier Comments Feed alternate alternate\n" +
		"Harbour Board Backs Plan to Rebuild the Old Pier\n" + strings.Join(reflowProse, "\n") + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, reflowProse, bodyTexts(a))
}

// TestTitleBarHeadline: a dump whose first line is the browser's title bar, the
// headline and the site's name, takes as its headline the line that repeats it
// further down, without the site's name (the classifier's titleBarLine).
func TestTitleBarHeadline(t *testing.T) {
	menu := strings.Repeat("Home\nNews\nSport\nTravel\nShop\n", 6)
	const headline = "Harbour board backs plan to rebuild the old pier"
	dump := headline + " | Coast Gazette\n" + menu + headline + "\nPhotos From the Harbour Open Day\nTuesday 12 March 2024\n" + strings.Join(reflowProse, "\n") + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, headline, a.Headline, "the repeat, without the site's name")
}

func TestHeadlineHeadingMarkStripped(t *testing.T) {
	// One heading above a few paragraphs is too little to show a converter's style;
	// its mark is still no part of the headline.
	for _, top := range []string{"# Harbour board backs plan", "****** Harbour board backs plan ******", "## Harbour board backs plan ##"} {
		a, err := ParseText(top + "\n" + strings.Join(reflowProse, "\n") + "\n")
		require.NoError(t, err)
		assert.Equal(t, "Harbour board backs plan", a.Headline, top)
	}
	for s, want := range map[string]string{"#1 Ferry Route": "#1 Ferry Route", "**Bold** start": "**Bold** start", "Plain": "Plain"} {
		assert.Equal(t, want, textdump.StripHeadingMark(s), s)
	}
}
