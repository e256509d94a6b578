package classify

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/stretchr/testify/assert"
)

// headlineOfPage reads a whole page's dump as ParseText does and returns the text of
// the block the classifier made its headline, or "".
func headlineOfPage(page []string) string {
	blocks, _ := readDump(lines(page...), false)
	Blocks(blocks)
	for _, b := range blocks {
		if b.Role == block.RoleHeadline {
			return b.Text
		}
	}
	return ""
}

// pageMenu is a site's header, as a whole page's dump opens: its tagline over a
// menu of short lines, long enough that the page reads as a whole page.
var pageMenu = []string{"Harbour Notes for Paddlers and Sailors", "Home", "Guides", "Reviews", "Shop", "About", "Contact", "Sign in",
	"Kayaks", "Canoes", "Paddles", "Dry Bags", "Life Vests", "Roof Racks", "Trailers", "Tents", "Stoves", "Maps",
	"Tide Tables", "Weather", "Clubs", "Events", "Podcast", "Newsletter", "Gift Cards"}

// TestAuthorCard: an author's card under a title reads as one (a name running into
// its position, a credit of the name, a position under bare names); a title with a
// name and a position in it, or "by" and a capital, reads as none on its own shape
// where it runs long.
func TestAuthorCard(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"a name running into its position", []string{"Ana Ruiz Founder & Lead Reviewer"}, true},
		{"a name glued to its position", []string{"Lena HolmbergEditor at Harbourline"}, true},
		{"a name, a comma and a position", []string{"Ana Ruiz, Senior Editor"}, true},
		{"a credit of the name", []string{"Written by: Dr. Ana Ruiz"}, true},
		{"a position under bare names", []string{"Ana Ruiz", "Co-founder of Harbourline"}, true},
		{"a position under a title", []string{"Seven Seed Trays Worth Buying", "Co-founder of Harbourline"}, false},
		{"a title with by and a capital, long", []string{"Seven Coastal Villages Hit by Storm Surge Overnight in the North"}, false},
		{"a plain title", []string{"Seven Seed Trays That Survived a Wet Spring"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, forms := blocksOfLines(tt.lines)
			for i := range blocks {
				readFrontByline(blocks, forms, i, -1)
			}
			assert.Equal(t, tt.want, authorCard(blocks, forms, len(tt.lines)-1))
		})
	}
}

// TestHeadlineOverAuthorCard: on a whole page the title over an author's card and
// the date stays the headline, whichever form the card takes; a short kicker over
// a headline that reads as a name and a position leaves that headline its weight.
func TestHeadlineOverAuthorCard(t *testing.T) {
	const title = "The Best Folding Kayaks for Calm Water Trips"
	tests := []struct {
		name  string
		front []string
		want  string
	}{
		{"a name running into its position", []string{title, "Ana Ruiz Founder & Lead Reviewer", "Updated March 3, 2026"}, title},
		{"a name glued to its position", []string{title, "Lena HolmbergEditor at Harbourline", "March 3, 2026"}, title},
		{"a credit of the name", []string{title, "Authored by: Dr. Ana Ruiz", "March 3, 2026"}, title},
		{"a position under the name", []string{title, "Ana Ruiz", "Co-founder of Harbourline", "Last updated on March 3, 2026"}, title},
		{"a headline naming a position under a kicker", []string{"People", "Ana Ruiz Named Senior Editor", "March 3, 2026"}, "Ana Ruiz Named Senior Editor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := append(append(append([]string{}, pageMenu...), tt.front...), reflowProse...)
			assert.Equal(t, tt.want, headlineOfPage(page))
		})
	}
}

// TestFieldLine: a record's fields are told from a title with a colon by the
// value's shape.
func TestFieldLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Category: Travel", true},
		{"SKU: 4471-B", true},
		{"Posted: 12 March 2026", true},
		{"REF. NO: HBR-2026", true},
		{"Genus: Kayakus | Place of Make: Norway", true},
		{"Review: The Quiet Year", false},
		{"Exclusive: Harbour master quits over pier plan", false},
		{"Q&A: Seven Questions About Folding Kayaks", false},
		{"Update: 5 Dead in Harbour Crash", false},
		{"Folding kayaks, tested", false},
		{"category: travel", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fieldLine(tt.line), tt.line)
	}
}

// TestHeadlineNotFieldLine: a field line over the front matter does not win over the
// title it stands near; a title with a colon keeps its place.
func TestHeadlineNotFieldLine(t *testing.T) {
	const title = "How We Tested Nine Folding Kayaks on One Calm Lake"
	tests := []struct {
		name  string
		front []string
		want  string
	}{
		{"a code's field under the title", []string{title, "REF. NO: HBR-2026", "March 3, 2026"}, title},
		{"a category's field under the title", []string{title, "Category: Kayaks", "March 3, 2026"}, title},
		{"a title with a colon", []string{"Review: The Quiet Kayak That Folds Into a Bag", "March 3, 2026"}, "Review: The Quiet Kayak That Folds Into a Bag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := append(append(append([]string{}, pageMenu...), tt.front...), reflowProse...)
			assert.Equal(t, tt.want, headlineOfPage(page))
		})
	}
}

// TestHeadlineUnderEarlyRegion: when the page's region opens on a notice over the
// headline, a line above the region weighed as low as a site's own name (a search
// box's hint over a list of topics) is not taken for the headline: the title
// between the notice and the text is.
func TestHeadlineUnderEarlyRegion(t *testing.T) {
	const title = "Best folding kayaks 2026: Light, stable, tested and more"
	page := append(append([]string{}, pageMenu[1:]...), "Type your search and hit enter",
		"• Hot Topics", "• Best kayaks", "• Best paddles", "• Kayak deals", "• Newsletters",
		"When you buy through links in our articles, we may earn a small commission. This does not affect our editorial independence.",
		"1. Home", "2. Best Picks", "3. Kayaks Best Picks", "Updated", title,
		"We paddle a lot of kayaks. Only the most exceptional earn a spot on this list.",
		"Ana Ruiz", "By Ana Ruiz", "Associate Editor, Harbour Notes Mar 11, 2026 9:00 am")
	page = append(page, reflowProse...)
	assert.Equal(t, title, headlineOfPage(page))
}

// TestReaderOrder: a button or a pitch gives an order and speaks of the site or a
// whole listing; a headline worded as an order speaks of its subject.
func TestReaderOrder(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Try Our Kayak Size Calculator", true},
		{"Learn About Our Testing Process", true},
		{"Let us help you find the right kayak", true},
		{"Back to all articles", true},
		{"See All Kayak Deals", true},
		{"Find a Folding Kayak That Fits You", false},
		{"Stop Storing Kayaks Upside Down", false},
		{"Get Your Kayak Ready for Spring", false},
		{"Why our harbour needs a new slipway", false}, // no order
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, readerOrder(tt.line), tt.line)
	}
}

// TestHeadlineNotReaderOrder: a pitch printed between the title's tags and its
// byline, which the byline and date follow, does not outweigh the title.
func TestHeadlineNotReaderOrder(t *testing.T) {
	const title = "Everything You Need to Know About Folding Kayaks and Their Frames"
	page := append(append([]string{}, pageMenu...), title, "advice for paddlers", "folding frames", "harbour life",
		"Let us help you find your best fit kayak!Find your kayak", "By Ana Ruiz", "Published on March 3, 2026")
	page = append(page, reflowProse...)
	assert.Equal(t, title, headlineOfPage(page))
}
