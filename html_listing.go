package newsparse

// minRegionText is the share of the page's text outside furniture that the body of
// a page other than an article must hold; a smaller one is one box of a landing page
// or a shop's page, whose text is its many short sections.
const minRegionText = 0.5

// readAsItems reads a page that is not an article again with the region its items
// fill (listingRoot), when it is a listing or when the body holds less than
// minRegionText of the page's text, and returns the reading with the longer body.
// The metadata read the first time (headline, byline, dates, page type) stays: the
// second reading changes the body, its standfirst and its pictures only.
func (w *walker) readAsItems(a *Article, pageURL string) *Article {
	root, total := w.listingRoot()
	if root < 0 || a.PageType != PageListing && float64(bodyRunes(a)) >= minRegionText*total {
		return a
	}
	la := articleOf(w.emitBlocks([]int32{root}, pageURL, true), pageURL)
	if bodyRunes(la) <= bodyRunes(a) {
		return a
	}
	la.Headline, la.Byline, la.Published, la.Modified, la.PageType = a.Headline, a.Byline, a.Published, a.Modified, a.PageType
	return la
}

// listingShare is the share of the page's item text that a listing's region must
// hold: the smallest container that holds it is the list of items with its title
// and introduction, without the menus, side columns and footer.
const listingShare = 0.6

// listingRoot returns the region of a listing page (a section front, a shop's
// category, a catalogue), or -1. Its text is the items themselves: linked titles,
// summaries, prices and dates, which the article's region leaves out as related
// links because they are mostly link text and short. The region is the deepest
// element holding listingShare of the page's text outside furniture (navigation,
// side columns, notices, advertising, sign-up boxes, <nav>, <aside>, <footer> and
// <header>), link text included. Elements are in document order and those holding
// over half the text form one chain of ancestors, so the deepest is the last met.
func (w *walker) listingRoot() (int32, float64) {
	el := w.elems
	if len(el) == 0 {
		return -1, 0
	}
	text := make([]float64, len(el))
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.elem < 0 || b.image >= 0 || b.ctx.aside || b.ctx.header || el[b.elem].eff&clsRemove != 0 {
			continue
		}
		text[b.elem] += float64(b.runes)
	}
	total := sumSubtrees(el, text)
	if total == 0 {
		return -1, 0
	}
	root := int32(-1)
	for i := range el {
		if text[i] >= listingShare*total {
			root = int32(i)
		}
	}
	return root, total
}

// sumSubtrees adds each element's value into its ancestors', so that each holds its
// subtree's sum, and returns the sum over the roots: one backward pass, parents
// preceding their children.
func sumSubtrees(el []hElem, v []float64) float64 {
	total := 0.0
	for i := len(el) - 1; i >= 0; i-- {
		if p := el[i].parent; p >= 0 {
			v[p] += v[i]
		} else {
			total += v[i]
		}
	}
	return total
}
