package newsparse

import (
	"math/bits"
	"strings"

	"github.com/newsparse/newsparse/internal/classify"
	"golang.org/x/net/html/atom"
)

// minProse is the shortest block, in runes, that counts as prose when choosing the
// region: a sentence, not a label or a menu item.
const minProse = 25

// isProse reports a block that reads as running text: long enough, not mostly links,
// not a heading or a caption.
func (b *hBlock) isProse() bool {
	return b.image < 0 && b.runes >= minProse && b.linkRunes*2 < b.runes &&
		b.ctx.heading == 0 && !b.caption && b.fig < 0
}

// Size limits, in runes of text, of the elements whose class or tag marks their
// blocks: a byline box is a line or two, a caption a paragraph or so. A larger
// element carrying such a word is a template's wrapper, and its mark is ignored.
const (
	maxCaptionRunes = 1500
	maxCreditRunes  = 300
	maxDekRunes     = 600
	maxBylineRunes  = 400
	maxDateRunes    = 200
	maxFigureRunes  = 3000
)

// resolveMarks computes element text sizes and settles each block's marks.
func (w *walker) resolveMarks() {
	el := w.elems
	for i := range w.blocks {
		if b := &w.blocks[i]; b.elem >= 0 {
			el[b.elem].runes += int32(b.runes)
			el[b.elem].links += int32(b.linkRunes)
		}
	}
	for i := len(el) - 1; i >= 0; i-- {
		if p := el[i].parent; p >= 0 {
			el[p].runes += el[i].runes
			el[p].links += el[i].links
		}
	}
	small := func(i, limit int32) bool { return i >= 0 && el[i].runes <= limit }
	for i := range w.blocks {
		b := &w.blocks[i]
		c := &b.ctx
		b.fig = -1
		if small(c.figure, maxFigureRunes) {
			b.fig = c.figure
		}
		b.caption = small(c.caption, maxCaptionRunes)
		b.credit = small(c.credit, maxCreditRunes)
		b.dek = small(c.dek, maxDekRunes)
		b.byline = small(c.byline, maxBylineRunes)
		b.date = small(c.date, maxDateRunes) || b.runes <= maxDateRunes && b.dateRunes*2 >= b.runes
		b.list = c.list
	}
	for i := range w.images {
		im := &w.images[i]
		if !small(im.figure, maxFigureRunes) {
			im.figure = -1
		}
	}
}

// chooseRegion marks the furniture containers and picks the element that holds the
// article: the one maximising prose minus weighted furniture over its subtree. Every
// sum is one pass over the elements (parents precede children), so the choice is
// linear in the page.
func (w *walker) chooseRegion() []int32 {
	el := w.elems
	if len(el) == 0 {
		return nil
	}
	w.resolveMarks()
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.elem >= 0 && b.isProse() {
			el[b.elem].raw += float64(b.runes - b.linkRunes)
		}
	}
	total := 0.0
	for i := len(el) - 1; i >= 0; i-- {
		if p := el[i].parent; p >= 0 {
			el[p].raw += el[i].raw
		} else {
			total += el[i].raw
		}
	}
	labelled := w.labelledSections()
	common := w.commonMarks(total)
	before := w.proseBefore()
	if w.threadIsPage(before) {
		// The comment classes mark the page's own posts: they weigh nothing.
		common |= clsComments
	}
	threads := w.commentThreads(before)
	notices := w.consentNotices()
	for i := range el {
		e := &el[i]
		own := e.cls & clsRemove &^ common
		if threads != nil && threads[i] {
			own |= clsComments
		}
		switch e.tag {
		case atom.Aside:
			own |= clsAside
		case atom.Nav:
			own |= clsNav
		case atom.Footer:
			// A footer inside the article holds tags and share buttons; the page's
			// footer holds links. Either way it is not prose.
			own |= clsNav
		}
		// A container holding most of the page's prose is the article, whatever its
		// class says ("article-body has-share-bar"); only a comments mark stands
		// unless the container also names itself as content.
		if own != 0 && total > 0 && e.raw >= 0.5*total && (own&clsComments == 0 || e.cls&clsPositive != 0) {
			own = 0
		}
		if notices != nil && notices[i] {
			own |= clsNotice
		}
		if labelled != nil && labelled[i] {
			// A box its own heading calls related is furniture however much prose
			// its teasers hold.
			own |= clsRelated
		}
		if e.parent >= 0 {
			own |= el[e.parent].eff
		}
		e.eff = own
	}
	w.scoreCandidates(common)
	return w.regionRoots()
}

// commonMarks returns the furniture marks that cover at least half of the page's
// prose, counted over the blocks below the smaller elements (under half the prose
// each) carrying the mark. A word that
// marks most of the prose does not tell furniture from article: page builders put
// "widget" on every box, the article's paragraphs included. Only the layout marks
// (aside, nav) are weighed so: a comments, related or advertising mark names what the
// box holds, and a lively thread or a carousel of promotions can outweigh a short
// article.
func (w *walker) commonMarks(total float64) clsBits {
	if total <= 0 {
		return 0
	}
	el := w.elems
	under := make([]clsBits, len(el))
	for i := range el {
		// A container holding half the prose alone is settled by its size
		// (chooseRegion); the question here is about the many small boxes.
		if el[i].raw < 0.5*total {
			under[i] = el[i].cls & clsRemove
		}
		if p := el[i].parent; p >= 0 {
			under[i] |= under[p]
		}
	}
	var cover [32]float64
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.elem < 0 || !b.isProse() {
			continue
		}
		for u := under[b.elem]; u != 0; u &= u - 1 {
			cover[bits.TrailingZeros32(uint32(u))] += float64(b.runes - b.linkRunes)
		}
	}
	var common clsBits
	for k, c := range cover {
		if c >= 0.5*total {
			common |= 1 << k
		}
	}
	return common & (clsAside | clsNav)
}

// labelledSections finds the containers that a heading opening them names as
// related material ("You may also like", a heading classed "related-title"): the
// teasers below such a heading are not the article, even when the template gives
// the box no class of its own. The heading must follow prose, so that a heading
// naming a box before the article cannot label the article's own container.
func (w *walker) labelledSections() []bool {
	el := w.elems
	var out []bool
	sawProse := false
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.isProse() {
			sawProse = true
			continue
		}
		if !sawProse || b.ctx.heading == 0 || b.elem < 0 || b.runes > 80 {
			continue
		}
		// Climb from the heading through wrappers that hold nothing else.
		p := el[b.elem].parent
		for p >= 0 && el[p].children == 1 && el[p].parent >= 0 {
			p = el[p].parent
		}
		if p < 0 || el[p].tag == atom.Body || el[p].tag == atom.Html {
			continue
		}
		// The heading must open its container: no block of the container before it.
		if prev := w.blocks[i-1].elem; prev >= 0 && (prev == p || isInside(el, prev, p)) {
			continue
		}
		// Only then is the heading read (the costlier test).
		if el[b.elem].cls&clsRelated == 0 {
			if r, ok := classify.Furniture(b.text); !ok || r != classify.ReasonRelated {
				continue
			}
		}
		if out == nil {
			out = make([]bool, len(el))
		}
		out[p] = true
	}
	return out
}

// inRegion returns, for each element, whether it lies inside one of the roots. With
// no roots the whole page is the region.
func (w *walker) inRegion(roots []int32) []bool {
	in := make([]bool, len(w.elems))
	if len(roots) == 0 {
		for i := range in {
			in[i] = true
		}
		return in
	}
	for _, r := range roots {
		in[r] = true
	}
	for i := range w.elems {
		if p := w.elems[i].parent; p >= 0 && in[p] {
			in[i] = true
		}
	}
	return in
}

// tagScore is the prior of an element as the article's container: boxes that hold
// paragraphs gain, lists, forms and headings lose. The weights are the ones
// Readability has used for years; they only break ties between close candidates.
func tagScore(a atom.Atom) float64 {
	switch a {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// classScore weighs what an element's class and id words say of it.
func classScore(c clsBits) float64 {
	s := 0.0
	if c&clsPositive != 0 {
		s += 25
	}
	if c&(clsRemove|clsByline|clsMeta) != 0 {
		s -= 25
	}
	return s
}

// commas counts clause separators, the sign of running prose in most scripts.
func commas(s string) int {
	n := strings.Count(s, ",")
	if len(s) > 0 && !isASCII(s) {
		n += strings.Count(s, "，") + strings.Count(s, "、") + strings.Count(s, "،")
	}
	return n
}

// scoreCandidates gives every element its content score: each prose block adds to
// the container that holds it in full, and to the next four ancestors in decreasing
// shares, so that the score concentrates on the element whose children are the
// article's paragraphs, not on a page of many small teasers each with its summary.
// The result is then discounted by the element's link density. Marks common to
// most of the page's prose weigh nothing.
func (w *walker) scoreCandidates(common clsBits) {
	el := w.elems
	touch := func(i int32) {
		if !el[i].touched {
			el[i].touched = true
			el[i].score = tagScore(el[i].tag) + classScore(el[i].cls&^common)
		}
	}
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.elem < 0 || !b.isProse() || el[b.elem].eff&clsRemove != 0 {
			continue
		}
		el[b.elem].prose += float64(b.runes - b.linkRunes)
		content := 1 + float64(commas(b.text)) + min(float64(b.runes)/100, 3)
		start := b.elem
		if !el[start].blockChild || el[start].tag == atom.P {
			start = el[start].parent // the block's element is the paragraph itself
		}
		// A wrapper around a single paragraph ("<div class=card><p>") is part of
		// the paragraph: the container is the element that holds the wrappers.
		for start >= 0 && el[start].children == 1 && !el[start].ownText && el[start].parent >= 0 {
			start = el[start].parent
		}
		for level, a := 0, start; level < 5 && a >= 0; level, a = level+1, el[a].parent {
			touch(a)
			div := 1.0
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float64(level * 3)
			}
			el[a].score += content / div
		}
	}
	for i := len(el) - 1; i >= 0; i-- {
		if p := el[i].parent; p >= 0 {
			el[p].prose += el[i].prose
		}
	}
	for i := range el {
		if el[i].touched && el[i].runes > 0 {
			el[i].score *= 1 - float64(el[i].links)/float64(el[i].runes)
		}
	}
}

// regionRoots picks the top candidate and those of its siblings that belong with it:
// a sibling scoring near it, or a paragraph of prose next to it (a lead paragraph a
// template keeps outside the body container).
func (w *walker) regionRoots() []int32 {
	el := w.elems
	top := int32(-1)
	for i := range el {
		if el[i].touched && (top < 0 || el[i].score > el[top].score) {
			top = int32(i)
		}
	}
	if top < 0 {
		return nil
	}
	top = w.holdProse(top)
	top = w.promoteTop(top)
	top = w.widenToProse(top)
	roots := []int32{top}
	parent := el[top].parent
	if parent < 0 {
		return roots
	}
	threshold := max(10, el[top].score*0.2)
	roots = append(roots, w.chunks(top)...)
	for i := int(parent) + 1; i < len(el); i++ {
		p := el[i].parent
		if p < parent || p == -1 {
			break
		}
		if p != parent || int32(i) == top {
			continue
		}
		e := &el[i]
		if e.eff&clsRemove != 0 {
			continue
		}
		if e.touched && e.score >= threshold {
			roots = append(roots, int32(i))
			continue
		}
		if e.runes == 0 {
			continue
		}
		ld := float64(e.links) / float64(e.runes)
		if !e.blockChild && (e.runes > 80 && ld < 0.25) {
			roots = append(roots, int32(i))
		}
	}
	return roots
}

// Choosing again: the region must hold at least minRegionShare of the page's prose
// outside furniture; when the top candidate does not, the best candidate that does
// elsewhere on the page replaces it, if it scores at least reChooseScore of the top
// one. Widening to an ancestor is widenToProse's part, with its own limits.
const (
	minRegionShare = 0.5
	reChooseScore  = 0.5
)

// holdProse chooses again when the top candidate holds a small part of the page's
// running text: a subscription box or a teaser with a few dense sentences can
// outscore an article whose paragraphs a page builder spread over many boxes. The
// share counts paragraphs of sentences (blocks that end one, or long ones) outside
// furniture and lists, in containers holding two or more of them, so that a slider
// of teasers, one summary to a card, does not count as text the article should hold.
func (w *walker) holdProse(top int32) int32 {
	el := w.elems
	text := make([]float64, len(el))
	count := make([]int32, len(el))
	holder := func(b *hBlock) int32 {
		if p := el[b.elem].parent; p >= 0 && !el[b.elem].blockChild {
			return p
		}
		return b.elem
	}
	counted := func(b *hBlock) bool {
		return b.elem >= 0 && b.isProse() && !b.ctx.list && el[b.elem].eff&clsRemove == 0 &&
			(b.runes >= 100 || endsSentence(b.text))
	}
	for i := range w.blocks {
		if b := &w.blocks[i]; counted(b) {
			count[holder(b)]++
		}
	}
	for i := range w.blocks {
		if b := &w.blocks[i]; counted(b) && count[holder(b)] >= 2 {
			text[b.elem] += float64(b.runes - b.linkRunes)
		}
	}
	total := sumSubtrees(el, text)
	if total == 0 || text[top] >= minRegionShare*total {
		return top
	}
	best := top
	for i := range el {
		e := &el[i]
		if !e.touched || text[i] < minRegionShare*total || e.score < reChooseScore*el[top].score ||
			e.tag == atom.Body || e.tag == atom.Html || isAncestor(el, int32(i), top) {
			continue
		}
		if best == top || e.score > el[best].score {
			best = int32(i)
		}
	}
	return best
}

// promoteTop widens the top candidate when the article's paragraphs are spread over
// several containers (a body cut into chunks by ads or "companion columns"): when
// three of the strong candidates share an ancestor of the top one, that ancestor is
// the article. The same happens when a parent scores above the top candidate.
func (w *walker) promoteTop(top int32) int32 {
	el := w.elems
	const keep = 5
	var best [keep]int32
	n := 0
	for i := range el {
		if !el[i].touched || int32(i) == top {
			continue
		}
		// insertion into a fixed top-five: linear in the page
		s := el[i].score
		j := n
		if n < keep {
			n++
		} else if s <= el[best[keep-1]].score {
			continue
		} else {
			j = keep - 1
		}
		for j > 0 && el[best[j-1]].score < s {
			best[j] = best[j-1]
			j--
		}
		best[j] = int32(i)
	}
	topScore := el[top].score
	var strong []int32
	for _, c := range best[:n] {
		if el[c].score >= 0.75*topScore {
			strong = append(strong, c)
		}
	}
	if len(strong) >= 3 {
		for a := el[top].parent; a >= 0 && el[a].tag != atom.Body && el[a].tag != atom.Html; a = el[a].parent {
			count := 0
			for _, c := range strong {
				if isAncestor(el, a, c) {
					count++
				}
			}
			if count >= 3 {
				top = a
				break
			}
		}
	}
	// Climb while the parent scores higher, as long as it keeps a third of the score.
	last := el[top].score
	threshold := last / 3
	for a := el[top].parent; a >= 0 && el[a].tag != atom.Body && el[a].tag != atom.Html; a = el[a].parent {
		if !el[a].touched {
			continue
		}
		if el[a].score < threshold {
			break
		}
		if el[a].score > last {
			top = a
			break
		}
		last = el[a].score
	}
	// A container that is its parent's only child is the same box.
	for p := el[top].parent; p >= 0 && el[p].children == 1 && el[p].tag != atom.Body && el[p].tag != atom.Html; p = el[p].parent {
		top = p
	}
	return top
}

// isAncestor reports whether a is a proper ancestor of c; the walk is bounded by the
// nesting depth limit.
func isAncestor(el []hElem, a, c int32) bool {
	for p := el[c].parent; p >= 0 && p >= a; p = el[p].parent {
		if p == a {
			return true
		}
	}
	return false
}

// chunkLevels is how far above the top candidate chunks of the same body are looked
// for: a body cut into chunks keeps them within a few levels of each other.
const chunkLevels = 3

// chunks returns the other chunks of a body that a template cut into several
// containers of the same kind (the same tag and class list, each holding prose),
// found near the top candidate.
func (w *walker) chunks(top int32) []int32 {
	el := w.elems
	sig := el[top].sig
	if sig == 0 {
		return nil
	}
	anc := top
	for i := 0; i < chunkLevels && el[anc].parent >= 0; i++ {
		anc = el[anc].parent
		if el[anc].tag == atom.Body || el[anc].tag == atom.Html {
			break
		}
	}
	var out []int32
	// anc's subtree is the run of elements after it whose parents lie in it.
	for i := int(anc) + 1; i < len(el) && el[i].parent >= anc; i++ {
		e := &el[i]
		if int32(i) == top || e.sig != sig || e.tag != el[top].tag || !e.touched || e.score < 10 {
			continue
		}
		if e.eff&clsRemove != 0 || isAncestor(el, int32(i), top) || isAncestor(el, top, int32(i)) {
			continue
		}
		out = append(out, int32(i))
	}
	return out
}

// isInside reports whether i lies in the subtree of a. Elements are in document
// order, so a's subtree is the run of elements after it whose parents are inside it.
func isInside(el []hElem, i, a int32) bool {
	return i > a && isAncestor(el, a, i)
}

// Widening limits: an ancestor replaces the top candidate when it adds at least
// widenGain of its prose again, stays below widenLinks link density, and is at most
// widenLevels above it. The level bound was 2, tuned on news templates; page builders
// nest each section of an article five to ten boxes deep, and on WCXB article pages
// split by id parity 12 levels gain on both halves (word F1 even 0.944 -> 0.951, odd
// 0.941 -> 0.949) with Zyte unchanged but for one page; gain and link limits moved
// the halves in opposite directions and stay as they were.
const (
	widenGain   = 0.5
	widenLinks  = 0.15
	widenLevels = 12
)

// widenToProse climbs from the top candidate to an ancestor that holds substantially
// more prose at a low link density: the rest of a body that the template put in a
// sibling container of another kind (an intro block, a second section).
func (w *walker) widenToProse(top int32) int32 {
	el := w.elems
	cur := top
	for a, level := el[top].parent, 0; a >= 0 && level < widenLevels; a, level = el[a].parent, level+1 {
		if el[a].tag == atom.Body || el[a].tag == atom.Html || el[a].runes == 0 {
			break
		}
		if float64(el[a].links)/float64(el[a].runes) > widenLinks {
			break
		}
		if el[a].prose >= (1+widenGain)*el[cur].prose {
			cur = a
		}
	}
	return cur
}
