package newsparse

import (
	"slices"
	"strings"
	"unicode"
)

// Bounds on what one page can make the library keep. Each is far above what a real
// news page carries, and each keeps a hostile page from turning a linear read into a
// quadratic comparison or an output many times its size.
const (
	// maxMetaTitles bounds the distinct titles (og:title, twitter:title, JSON-LD
	// headline and name, ...) kept as evidence for the headline: every heading is
	// compared with each of them. A page states its title in a handful of places.
	maxMetaTitles = 16
	// maxMetaDescriptions bounds the distinct descriptions kept for the standfirst
	// check, for the same reason.
	maxMetaDescriptions = 16
	// maxMetaNames bounds the author names kept from each metadata source (JSON-LD,
	// <meta name=author>, rel=author links). Bylines with more than a few dozen
	// names are lists of contributors, not bylines.
	maxMetaNames = 64
	// MaxImages is the most images an Article carries; pictures past it are dropped.
	// A news article shows a few dozen at most; 20,000 copies of one <img> would
	// otherwise cost megabytes of output per kilobyte of input.
	MaxImages = 256
	// maxPageImages bounds the <img> elements the HTML reader records per page,
	// navigation thumbnails included, well above what MaxImages lets through: past it
	// the pictures only cost memory.
	maxPageImages = 16 * MaxImages
	// MaxURLBytes is the longest image or page address kept; a longer one is
	// dropped. Browsers and servers refuse addresses much shorter than this.
	MaxURLBytes = 4096
)

// appendDistinct appends each of names not already in list (compared exactly) while
// list holds fewer than limit entries, so that the list's length, and every loop over
// it, stays bounded whatever the page repeats.
func appendDistinct(list []string, limit int, names ...string) []string {
	for _, s := range names {
		if len(list) >= limit {
			break
		}
		dup := false
		for _, t := range list {
			if t == s {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, s)
		}
	}
	return list
}

// prependDistinct puts s first in list: an entry already there moves to the front,
// a new one is added unless list is full.
func prependDistinct(list []string, limit int, s string) []string {
	if k := slices.Index(list, s); k >= 0 {
		copy(list[1:k+1], list[:k])
		list[0] = s
		return list
	}
	if len(list) >= limit {
		return list
	}
	return append([]string{s}, list...)
}

// foldKey maps s to a key equal for two strings exactly when strings.EqualFold holds:
// each rune is replaced by the smallest member of its simple case-folding orbit.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b.WriteRune(m)
	}
	return b.String()
}
