package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/block"
)

// A breadcrumb trail printed with a page's headline ("Home / News / The headline"
// over it, "Tips » Packing » The headline" under it) ends with the headline's text:
// the rules here find the line a trail points to, so that the trail is never the
// headline and points to the line that is. They read the blocks' texts and nothing
// else of the page.

// BreadcrumbAbove reports a line that ends with the text of one of the few lines
// below it, before the body: a breadcrumb trail whose last entry is the headline
// printed under it.
func BreadcrumbAbove(blocks []block.Block, i, limit int) bool {
	return BreadcrumbTarget(blocks, i, limit) >= 0
}

// BreadcrumbTarget returns the line below i, before limit, that line i ends with as
// a breadcrumb trail ends with the headline, or -1. Right above that line the
// entries may run together ("HomeNewsThe headline"); further up the trail's
// separator, or a space before an entry of two words or more, must part the last
// entry ("Home / News / The headline" or "Home Guides The headline" above a section
// label and "The headline").
func BreadcrumbTarget(blocks []block.Block, i, limit int) int {
	t := blocks[i].Text
	for j := i + 1; j < min(i+1+BreadcrumbReach, limit, len(blocks)); j++ {
		u := blocks[j].Text
		if len(u) >= len(t) || u == "" || !strings.HasSuffix(t, u) {
			continue
		}
		if head := t[:len(t)-len(u)]; j == i+1 || strings.HasSuffix(head, " ") && strings.Contains(u, " ") || strings.HasSuffix(head, "/") ||
			strings.HasSuffix(head, ">") || strings.HasSuffix(head, "›") || strings.HasSuffix(head, "»") {
			return j
		}
	}
	return -1
}

// CrumbUnder returns the line above i, within BreadcrumbReach lines, that line i ends
// with as a breadcrumb trail printed under the headline ends with it ("Tips » Packing
// » The headline" under "The headline"), or -1. The entry must be of two words or
// more and follow a trail's separator, so that a line merely ending with the same
// words ("64 / 128 Channel NVR" under "8 Channel NVR") is no trail. A subtitle
// restating the title right above it (RestatesAbove) points to that title too.
func CrumbUnder(blocks []block.Block, i int) int {
	t := blocks[i].Text
	for j := i - 1; j >= max(0, i-BreadcrumbReach); j-- {
		u := blocks[j].Text
		// The last byte and the separator are read first: they part most lines.
		if len(u) == 0 || len(u) >= len(t) || u[len(u)-1] != t[len(t)-1] {
			continue
		}
		head := strings.TrimRight(t[:len(t)-len(u)], " ")
		sep := strings.HasSuffix(head, "/") || strings.HasSuffix(head, ">") || strings.HasSuffix(head, "|") ||
			strings.HasSuffix(head, "›") || strings.HasSuffix(head, "»")
		if sep && strings.HasSuffix(t, u) && strings.Contains(u, " ") {
			return j
		}
	}
	if RestatesAbove(blocks, i) {
		return i - 1
	}
	return -1
}

// RestatesAbove reports a line that ends with the whole of the line right above it,
// a title of two words or more, written in other letter case, after words of its
// own: a subtitle written as a sentence around the title it stands under
// ("Sustainable concepts for affordable nutrition" under "Affordable nutrition",
// "Welcome to the State of AI Newsletter" under "State of AI newsletter"). A kicker
// or a section's label over a headline that ends with it is copied into it letter
// for letter ("Cloud Computing" over "Top 10: Trends in Cloud Computing"), as is a
// shorter form of the headline printed over it.
func RestatesAbove(blocks []block.Block, i int) bool {
	if i < 1 {
		return false
	}
	t, u := blocks[i].Text, blocks[i-1].Text
	if len(u) >= len(t) || !strings.Contains(u, " ") {
		return false
	}
	head, end := t[:len(t)-len(u)], t[len(t)-len(u):]
	return strings.HasSuffix(head, " ") && end != u && strings.EqualFold(end, u)
}

// BreadcrumbReach is how many lines under a breadcrumb its headline may stand: a
// section label, a date or a tag line may come between.
const BreadcrumbReach = 5
