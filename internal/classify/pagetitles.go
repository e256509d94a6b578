package classify

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// The comparison of titles both readers make: a page's <title> or a dump's first
// line with its headings, by their character bigrams (Dice), and the site's name a
// title carries (StripSiteSuffix). The headline rules (pageheadline.go) use them on
// a dump's title bar; the root's HTML reader and its WithTitle option call them to
// find the headline among a page's headings, and only it needs the parts a caller
// comparing many texts keeps apart (UnsortedBigrams, SortGrams, DiceBound).

// MaxTitleWords bounds the lines compared with the title: paragraphs are never it.
// The root's WithTitle match holds to it too.
const MaxTitleWords = 40

// siteSeparators split "Headline | Site" style titles.
var siteSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", ": "}

// SiteSeparators yields the separators a title sets a site's name apart by, most
// common first; the root's HTML reader cuts the site's name off a visible headline
// with them.
func SiteSeparators() iter.Seq[string] { return slices.Values(siteSeparators) }

// StripSiteSuffix removes a site name added to a title: " | The Daily Example" or
// "The Daily Example - ". The part removed must be the site's name when the page names
// it; otherwise only a short last part goes (a site name is a few words, a headline is
// more).
func StripSiteSuffix(title, site string) string {
	title = strings.TrimSpace(title)
	for _, sep := range siteSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if site != "" && (strings.EqualFold(tail, site) || Dice(tail, site) >= 0.7) {
			return head
		}
		if j := strings.Index(title, sep); j > 0 && site != "" {
			lead := strings.TrimSpace(title[:j])
			if strings.EqualFold(lead, site) || Dice(lead, site) >= 0.7 {
				return strings.TrimSpace(title[j+len(sep):])
			}
		}
		if sep != ": " && ascii.WordCount(tail) <= 4 && ascii.WordCount(head) >= ascii.WordCount(tail) {
			return head
		}
	}
	return title
}

// Dice is the Sørensen–Dice coefficient over character bigrams of the lower-cased
// strings: 1 for equal strings, near 0 for unrelated ones. It tolerates the small
// differences between a <title>, og:title and the visible <h1>.
func Dice(a, b string) float64 {
	return DiceGrams(Bigrams(a), Bigrams(b), a, b)
}

// DiceGrams is Dice over bigram lists made by Bigrams, so that a title compared with
// many headings is cut into bigrams once.
func DiceGrams(ga, gb []uint64, a, b string) float64 {
	if len(ga) == 0 || len(gb) == 0 {
		if a != "" && strings.EqualFold(a, b) {
			return 1
		}
		return 0
	}
	match := 0
	for i, j := 0, 0; i < len(ga) && j < len(gb); {
		switch {
		case ga[i] == gb[j]:
			match++
			i++
			j++
		case ga[i] < gb[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(match) / float64(len(ga)+len(gb))
}

// Bigrams returns the sorted character bigrams of s, lower-cased, with every run of
// non-alphanumerics read as one space.
func Bigrams(s string) []uint64 { return bigramsInto(nil, s) }

// bigramsInto is Bigrams written over buf, for a caller that reads one text after
// another and keeps none of their bigrams: one buffer serves them all.
func bigramsInto(buf []uint64, s string) []uint64 {
	out := UnsortedBigrams(buf, s)
	slices.Sort(out)
	return out
}

// UnsortedBigrams is bigramsInto before the sort, which is most of its cost: a
// caller that may find by their count alone (DiceBound) that it needs no
// comparison sorts them (SortGrams) only when it does: the root's HTML reader,
// which weighs every heading against every title.
func UnsortedBigrams(buf []uint64, s string) []uint64 {
	out := slices.Grow(buf[:0], len(s)) // one bigram a byte at the most
	prev := rune(-1)
	for _, r := range s {
		r, ok := TitleRune(r)
		if !ok {
			if prev == ' ' || prev < 0 {
				continue
			}
			r = ' '
		}
		if prev >= 0 {
			out = append(out, uint64(prev)<<32|uint64(r))
		}
		prev = r
	}
	if n := len(out); n > 0 && out[n-1]&0xffffffff == ' ' {
		out = out[:n-1]
	}
	return out
}

// SortGrams sorts g, a list from UnsortedBigrams, unless an earlier comparison
// sorted it already, and returns it: the root's HTML reader sorts a heading's
// bigrams only for the titles DiceBound leaves in reach.
func SortGrams(g []uint64) []uint64 {
	if !slices.IsSorted(g) {
		slices.Sort(g)
	}
	return g
}

// DiceBound is the most DiceGrams can give for bigram lists of la and lb bigrams,
// reached when every bigram of the shorter list is in the other; 1 when a list is
// empty, where DiceGrams compares the texts. The root's HTML reader skips by it the
// comparisons that could not reach the similarity it needs.
func DiceBound(la, lb int) float64 {
	if la == 0 || lb == 0 {
		return 1
	}
	return 2 * float64(min(la, lb)) / float64(la+lb)
}

// TitleRune returns r lower-cased, and whether it is a letter or digit: the
// characters by which titles and headings are compared (Bigrams; the root's HTML
// reader folds titles with it). ASCII, most of any title, is settled without the
// Unicode tables.
func TitleRune(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		switch c := byte(r); {
		case c-'a' < 26 || c-'0' < 10:
			return r, true
		case c-'A' < 26:
			return r + 'a' - 'A', true
		}
		return r, false
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r), true
	}
	return r, false
}
