package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
)

// WithTitle gives ParseText the page's title, which a scraper usually has beside the
// text (the HTML <title> or og:title). It is weighed as ParseHTML weighs metadata: a
// site suffix (" | Site", " - Site") is stripped, the line of the dump that matches the
// title becomes the headline, and when no line does, the title itself is the headline.
// ParseHTML reads the page's own title and ignores this option.
func WithTitle(s string) Option { return func(c *config) { c.title = s } }

// markTitle presets the headline role on the block that best matches the title and
// returns the title to use when none does ("" when no title was given or one matched).
func markTitle(blocks []block.Block, title string) string {
	title = strings.TrimSpace(classify.StripSiteSuffix(normalizeText(title), ""))
	if title == "" {
		return ""
	}
	best, _ := matchTitle(blocks, title, 0, len(blocks))
	if best < 0 {
		return title
	}
	blocks[best].Role = block.RoleHeadline
	return ""
}

// matchTitle returns the block among blocks[from:to] that best matches the title (a
// site suffix already stripped) and its similarity, or -1 when none reaches
// minHeadlineDice.
func matchTitle(blocks []block.Block, title string, from, to int) (int, float64) {
	tg, ft := classify.Bigrams(title), foldTitle(title)
	best, bestScore := -1, 0.0
	for i := from; i < to; i++ {
		t := blocks[i].Text
		if wordCount(t) > classify.MaxTitleWords || blocks[i].Role != block.RoleUnknown {
			continue
		}
		d := classify.DiceGrams(classify.Bigrams(t), tg, t, title)
		// The title without its kicker, or the line with the site's name around it.
		if fb := foldTitle(t); d < 0.9 && wordCount(fb) >= 2 && (strings.Contains(ft, fb) || strings.Contains(fb, ft)) {
			d = 0.9
		}
		if d >= minHeadlineDice && d > bestScore {
			best, bestScore = i, d
		}
	}
	return best, bestScore
}

// useTitle makes the given title the headline when no line of the dump matched it;
// the line chosen in its place is listed in Removed.
func useTitle(a *Article, title string) {
	if title == "" {
		return
	}
	if a.Headline != "" && a.Headline != title {
		a.Removed = append(a.Removed, Removed{Text: a.Headline, Reason: ReasonNavigation})
	}
	a.Headline = title
}
