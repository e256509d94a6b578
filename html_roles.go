package newsparse

import (
	"iter"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/credit"
	"golang.org/x/net/html/atom"
)

// htmlResult is what the HTML front end hands to the core: the blocks with the roles
// the markup settles, and the metadata that has no block.
type htmlResult struct {
	blocks []block.Block
	// order is how the page writes numeric dates ("03/04/2019").
	order    classify.NumericOrder
	headline string // when the headline has no block (taken from metadata)
	// aboveDate is a dateline printed near the headline: just above it, where many
	// templates put the date with the section label, or in the front matter below it.
	aboveDate, aboveModified time.Time
	// laterDate is a labelled dateline further from the headline, read when none
	// stands near it: it ranks after the metadata.
	laterDate, laterModified time.Time
	// nearNames are the names of an explicit byline ("By Ann Lee", "Written by" /
	// "Ann Lee") near the headline or just after the body, wherever the region
	// put it: a last resort when no byline or metadata names anyone.
	nearNames []string
	// labelledNames are the name under an author label ("Author:" / "Ann Lee")
	// anywhere after the headline: an author box at the foot of a long article.
	labelledNames []string
	// fallback marks a body taken from the first run of prose under the headline
	// because the chosen region held none (see fallbackRun).
	fallback bool
	meta     *pageMeta
	base     *url.URL
}

// minHeadlineDice is the bigram similarity above which a heading and a metadata
// title are taken to be the same headline. Titles differ from the visible heading by
// site suffixes, kickers and punctuation; unrelated headings score far lower.
const minHeadlineDice = 0.5

// minOtherHeadlineDice is the stricter similarity an <h2> or itemprop=headline
// element needs to be preferred over the region's <h1>: pages carry many h2s, and
// one of them ("More on <Section>") is bound to resemble some title loosely.
const minOtherHeadlineDice = 0.7

// maxFrontLines is the most lines of front matter (bylines, dates, labels, share
// buttons) expected between a headline and the first paragraph.
const maxFrontLines = 8

// pickHeadline returns the index of the headline block, or -1 with the title to use.
// The visible <h1> that matches the metadata wins; then any heading or
// itemprop=headline element that matches it; then the first <h1> of the region; then
// the nearest substantial <h1> before the region; then the metadata's own title; then
// the first <h1> of the page.
func (w *walker) pickHeadline(in []bool) (int, string) {
	// Each title once: og:title, the <title> and the <title> without the site's
	// name are often one text, and an empty or repeated title adds nothing to the
	// comparisons below.
	titles := make([]string, 0, len(w.meta.titles)+2)
	add := func(t string) {
		if t != "" && !slices.Contains(titles, t) {
			titles = append(titles, t)
		}
	}
	for _, t := range w.meta.titles {
		add(t)
	}
	if w.meta.title != "" {
		add(w.meta.title)
		add(classify.StripSiteSuffix(w.meta.title, w.meta.site))
	}
	grams := make([][]uint64, len(titles))
	folded := make([]string, len(titles))
	for i, t := range titles {
		grams[i] = classify.UnsortedBigrams(nil, t)
		folded[i] = foldTitle(t)
	}
	masthead := w.mastheadTest(folded)
	bestH1, bestH1Score := -1, 0.0
	bestAny, bestAnyScore := -1, 0.0
	firstH1Region, firstH1, lastH1Before := -1, -1, -1
	regionStarted := false
	proseBefore := 0 // paragraphs of the region before the block
	var bg []uint64  // the bigrams of the heading read, one buffer for all
	for i := range w.blocks {
		b := &w.blocks[i]
		if !regionStarted && b.elem >= 0 && in[b.elem] && b.ctx.heading != 1 {
			regionStarted = true
		}
		if b.elem >= 0 && in[b.elem] && b.ctx.heading == 0 && b.isProse() && b.runes >= 100 {
			proseBefore++
		}
		if b.image >= 0 || b.fig >= 0 || b.runes > 400 {
			continue
		}
		if (b.ctx.heading == 0 || b.ctx.heading > 2) && !b.ctx.itemHL {
			continue
		}
		// The site's name set as a heading (a blog's masthead) and the heading of a
		// comment thread ("15 Replies to “…”") are not the article's headline.
		fb := foldTitle(b.text)
		if masthead(b.text, fb) || b.elem >= 0 && w.elems[b.elem].eff&clsComments != 0 {
			continue
		}
		// A similarity under the least that can count (minHeadlineDice for an <h1>,
		// minOtherHeadlineDice for the rest) counts as none, so that bigrams are
		// sorted and compared only for a heading and a title that could match by
		// their number.
		need := minOtherHeadlineDice
		if b.ctx.heading == 1 {
			need = minHeadlineDice
		}
		s := 0.0
		bg = classify.UnsortedBigrams(bg, b.text)
		for k, t := range titles {
			d := 0.0
			if classify.DiceBound(len(bg), len(grams[k])) >= need {
				d = classify.DiceGrams(classify.SortGrams(bg), classify.SortGrams(grams[k]), b.text, t)
			}
			// A heading that is the title without its kicker or site name.
			if d < 0.9 && wordCount(fb) >= 2 && strings.Contains(folded[k], fb) {
				d = 0.9
			}
			if d > s {
				s = d
			}
		}
		if b.ctx.itemHL {
			// Microdata naming the element the headline is metadata about the
			// visible text itself.
			s = max(s, minOtherHeadlineDice)
		}
		if b.ctx.heading == 1 {
			if firstH1 < 0 {
				firstH1 = i
			}
			// An <h1> below most of the article is a box's title ("A message
			// from our founder:"), not the headline, which stands above its text.
			if firstH1Region < 0 && b.elem >= 0 && in[b.elem] && proseBefore <= maxProseAboveHeadline {
				firstH1Region = i
			}
			if !regionStarted && wordCount(b.text) >= 3 && b.elem >= 0 && w.elems[b.elem].eff&(clsNav|clsAside) == 0 {
				lastH1Before = i
			}
			if s >= minHeadlineDice && s > bestH1Score {
				bestH1, bestH1Score = i, s
			}
		} else if s >= minOtherHeadlineDice && s > bestAnyScore {
			bestAny, bestAnyScore = i, s
		}
	}
	switch {
	case bestH1 >= 0:
		return bestH1, ""
	case bestAny >= 0:
		return bestAny, ""
	case firstH1Region >= 0:
		return firstH1Region, ""
	case lastH1Before >= 0:
		return lastH1Before, ""
	}
	for _, t := range titles {
		if t != "" {
			return -1, classify.StripSiteSuffix(t, w.meta.site)
		}
	}
	return firstH1, ""
}

// maxProseAboveHeadline is the most paragraphs of the region that may stand above an
// <h1> taken as the headline for its position alone (a lead paragraph or two set
// above the title by the template).
const maxProseAboveHeadline = 2

// maxSiteNameWords is the most words a site's name is taken to have.
const maxSiteNameWords = 6

// mastheadTest returns a test for a heading that is the site's name: og:site_name, or
// the site part of the <title> ("Advent of Code week 2 - RogerBW's Blog"), when no
// metadata title is that heading alone (a page whose title is the site name is about
// the site). The titles and the heading come folded by foldTitle, the heading with
// its text.
func (w *walker) mastheadTest(folded []string) func(text, f string) bool {
	var names []string
	// A site's name is a few words; a longer og:site_name is a page's title put there.
	if w.meta.site != "" && wordCount(w.meta.site) <= maxSiteNameWords {
		names = append(names, foldTitle(w.meta.site))
	}
	if t := w.meta.title; t != "" {
		if s := classify.StripSiteSuffix(t, w.meta.site); s != t {
			rest := strings.TrimSpace(strings.Replace(t, s, "", 1))
			rest = strings.TrimSpace(strings.Trim(rest, "|-–—:·•/ "))
			if rest != "" && wordCount(rest) <= min(wordCount(s), maxSiteNameWords) {
				names = append(names, foldTitle(rest))
			}
		}
	}
	return func(text, f string) bool {
		if len(names) == 0 || len(text) > 120 {
			return false
		}
		if f == "" || !slices.Contains(names, f) {
			return false
		}
		return !slices.Contains(folded, f)
	}
}

// foldTitle lower-cases s and reduces every run of other characters than letters and
// digits to one space, so that titles compare by their words.
func foldTitle(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r, ok := classify.TitleRune(r)
		if !ok {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// buildBlocks decides the roles the markup settles and returns the blocks in reading
// order for the core.
func (w *walker) buildBlocks(pageURL string) htmlResult {
	return w.emitBlocks(w.chooseRegion(), pageURL, false)
}

// emitBlocks decides the roles of the blocks for the region root. A listing's
// region is its items: linked titles and short lines are its text, not related links
// or front matter (html_listing.go).
func (w *walker) emitBlocks(root []int32, pageURL string, listing bool) htmlResult {
	in := w.inRegion(root)
	hl, hlText := w.pickHeadline(in)
	res := htmlResult{meta: &w.meta, headline: hlText}
	res.base = baseURL(pageURL, w.base)

	blocks := w.blocks
	inReg := func(b *hBlock) bool { return b.elem >= 0 && in[b.elem] }
	headText := hlText
	if hl >= 0 {
		headText = blocks[hl].text
	}

	// The article starts at the first prose block of the region after the headline:
	// what stands between is the standfirst, byline, dates and share buttons.
	firstBody, lastBody := -1, -1
	regionBlocks := 0
	for i := range blocks {
		b := &blocks[i]
		if !inReg(b) {
			continue
		}
		regionBlocks++
		if i <= hl || w.elems[b.elem].eff&clsRemove != 0 {
			continue
		}
		if listing && b.image < 0 || b.isProse() && !b.byline && !b.date && !b.dek && (b.runes >= 100 || endsSentence(b.text)) {
			if firstBody < 0 {
				firstBody = i
			}
			lastBody = i
		}
	}

	// A region that left no prose after the headline (a comment thread or a teaser
	// list taken for the article) gives way to the prose right under the headline.
	var fallback []bool
	if firstBody < 0 && hl >= 0 {
		fallback = w.fallbackRun(hl)
	}

	w.order = pageNumericOrder(w.blockTexts(), w.meta.more.Languages()...)
	res.order = w.order
	res.aboveDate, res.aboveModified = w.dateNear(w.dateAnchor(hl, hlText), firstBody)
	if res.aboveDate.IsZero() && hl < 0 && firstBody >= 0 {
		res.aboveDate, res.aboveModified = w.dateAbove(firstBody)
	}
	if res.aboveDate.IsZero() {
		res.laterDate, res.laterModified = w.labelledDateAfter(hl)
	}

	// When the headline stands outside the top container, that container is the body
	// alone, and short lines in it are the article's own (a list of dates set with
	// <br>), not the furniture that sits between a headline and its first paragraph.
	core := int32(-1)
	if len(root) > 0 {
		core = root[0]
		if hl >= 0 && blocks[hl].elem >= 0 && (blocks[hl].elem == core || isAncestor(w.elems, core, blocks[hl].elem)) {
			core = -1
		}
	}
	inPureCore := func(b *hBlock) bool {
		return core >= 0 && b.elem >= 0 && (b.elem == core || isAncestor(w.elems, core, b.elem))
	}

	// Front matter is a handful of lines. When more short lines than that stand
	// before the first paragraph, they are the article itself (a schedule, a list
	// set with <br>), and the rule that clears the front matter does not apply.
	frontLines := 0
	for i := hl + 1; i >= 0 && i < firstBody; i++ {
		if b := &blocks[i]; inReg(b) && b.image < 0 && b.runes < 150 && !endsSentence(b.text) {
			frontLines++
		}
	}
	clearFront := frontLines <= maxFrontLines && !listing

	// Each block gives at most one block out: the headline, those of the region, and
	// those after the headline up to the end of the body (front matter, lead
	// pictures, furniture listed as removed). Most of a page's blocks, its menus and
	// footers, are none of these, and a block out is large.
	size := 1 + regionBlocks
	if hl >= 0 {
		end := lastBody
		if firstBody < 0 {
			end = len(blocks)
		}
		size += max(0, end-hl-1)
	}
	out := make([]block.Block, 0, size)
	seen := make(map[string]bool, 64)
	lastImage := -1 // index in out of the last image block
	figImage := make(map[int32]int, 8)
	bodySinceImage := false
	descs := w.meta.descriptions
	standfirstDone := false
	tablesDone := make(map[int32]bool)

	for i := range blocks {
		b := &blocks[i]
		if i == hl {
			out = append(out, block.Block{Text: b.text, Role: block.RoleHeadline, InElement: inElement(b)})
			seen[b.text] = true
			continue
		}
		if fallback != nil && fallback[i] {
			res.fallback = true
			out = append(out, block.Block{Text: b.text, Role: block.RoleBody, InElement: inElement(b),
				Links: resolveLinks(b.text, w.links[b.links.lo:b.links.hi], res.base)})
			continue
		}
		// Lead pictures often stand between the headline and the body, outside the
		// body's container; they and their captions are read like those inside it.
		leadMedia := hl >= 0 && i > hl && (firstBody < 0 || i < firstBody) &&
			(b.image >= 0 || b.caption || b.fig >= 0) && b.elem >= 0 && w.elems[b.elem].eff&clsRemove == 0
		if !inReg(b) && !leadMedia {
			// Outside the region only the furniture between the headline and the end
			// of the body is worth listing; navigation and footers are not.
			if b.image < 0 && hl >= 0 && i > hl && i < firstBody && b.text != headText {
				// Between the headline and the body: the byline, dates and standfirst
				// often sit outside the body's container.
				out = append(out, w.frontBlock(b, descs, firstBody, &standfirstDone, seen))
				continue
			}
			if b.image < 0 && hl >= 0 && i > hl && i < lastBody && b.text != headText {
				out = append(out, block.Block{Text: b.text, Role: block.RoleRemoved, Reason: outsideReason(w, b),
					InElement: inElement(b)})
			}
			continue
		}
		eff := w.elems[b.elem].eff
		if b.table != 0 && eff&clsRemove == 0 {
			if tb, ok := w.tableBlock(b, tablesDone); ok {
				out = append(out, tb)
			}
			continue
		}
		nb := block.Block{Text: b.text, InElement: inElement(b),
			Links: resolveLinks(b.text, w.links[b.links.lo:b.links.hi], res.base)}
		density := linkDensity(b)

		if b.image >= 0 {
			im := &w.images[b.image]
			if im.tiny || eff&clsRemove != 0 || b.byline {
				continue
			}
			if b.fig >= 0 {
				if j, ok := figImage[b.fig]; ok {
					if out[j].Image == nil || out[j].Image.URL == "" {
						out[j].Image = &block.Image{URL: safeURL(res.base, im.url), Alt: im.alt}
					}
					continue
				}
				figImage[b.fig] = len(out)
			}
			nb.Role, nb.Image, nb.Text = block.RoleCaption, &block.Image{URL: safeURL(res.base, im.url), Alt: im.alt}, ""
			lastImage = len(out)
			bodySinceImage = false
			out = append(out, nb)
			continue
		}

		// A short line that repeats the alt text of the picture just above it is
		// that picture's caption, whatever its markup.
		repeatsAlt := lastImage >= 0 && !bodySinceImage && b.runes < 300 && out[lastImage].Image != nil &&
			out[lastImage].Image.Alt != "" && strings.EqualFold(b.text, out[lastImage].Image.Alt)
		switch {
		case eff&clsRemove != 0:
			nb.Role, nb.Reason = block.RoleRemoved, removeReason(eff)
		case b.caption || b.credit && b.fig >= 0 || b.fig >= 0 && b.ctx.heading == 0 && !b.ctx.quote || repeatsAlt:
			// A caption or credit joins its figure's image; one with no image stands
			// as an Image of its own, so that it never reaches the body.
			j := -1
			if b.fig >= 0 {
				if k, ok := figImage[b.fig]; ok {
					j = k
				}
			}
			if j < 0 && lastImage >= 0 && !bodySinceImage && b.fig < 0 {
				j = lastImage
			}
			if j < 0 {
				nb.Role, nb.Text = block.RoleCaption, ""
				j = len(out)
				if b.fig >= 0 {
					figImage[b.fig] = j
				}
				lastImage = j
				bodySinceImage = false
				out = append(out, nb)
			}
			addCaptionText(&out[j], b.text, b.credit)
			continue
		case b.ctx.heading == 1 && b.text == headText:
			nb.Role, nb.Reason = block.RoleRemoved, block.ReasonDuplicate
		case hl >= 0 && i < hl && (b.runes < 100 || density > 0.3):
			// Above the headline: kickers, breadcrumbs and section labels.
			nb.Role, nb.Reason = block.RoleRemoved, block.ReasonNavigation
		case (firstBody < 0 || i < firstBody) && !standfirstDone && (b.dek || w.matchesDescription(b, descs, firstBody)):
			nb.Role = block.RoleStandfirst
			standfirstDone = true
			seen[b.text] = true
		case settleFrontMatter(&nb, b):
		case !listing && density > 0.5 && (b.tag != atom.P || density > 0.8) && (b.ctx.heading == 0 || b.list):
			nb.Role, nb.Reason = block.RoleRemoved, block.ReasonRelated
			if b.list || b.ctx.aside {
				nb.Reason = block.ReasonNavigation
			}
		case clearFront && firstBody >= 0 && i < firstBody && b.runes < 150 && !endsSentence(b.text) && !inPureCore(b):
			// Between the headline and the first paragraph with nothing in the markup
			// to say what it is: a byline, a date, a "Follow" button or a label. The
			// shared classifier reads such lines for text dumps too; it decides.
			nb.Role = block.RoleUnknown
		case b.ctx.heading > 0:
			nb.Role = block.RoleSubheading
		case b.ctx.quote:
			nb.Role = block.RoleQuote
		case b.list:
			nb.Role = block.RoleList
		default:
			nb.Role = block.RoleBody
		}
		if nb.Role == block.RoleBody || nb.Role == block.RoleSubheading || nb.Role == block.RoleQuote || nb.Role == block.RoleList {
			// Repeated lines are the article's own (a recipe repeats its portions);
			// only a repeat of the headline or standfirst is a duplicate.
			if seen[b.text] {
				nb.Role, nb.Reason = block.RoleRemoved, block.ReasonDuplicate
			} else {
				bodySinceImage = true
			}
		}
		out = append(out, nb)
	}
	labelledNames(out)
	res.nearNames = w.bylineNear(hl, lastBody)
	if len(res.nearNames) == 0 {
		res.labelledNames = w.labelledNameAfter(hl)
	}
	res.blocks = out
	return res
}

// Windows of bylineNear, in blocks: before and after the headline, after the body.
const (
	nearBefore = 3
	nearAfter  = 10
	nearEnd    = 8
)

// bylineNear reads the first explicit byline in the blocks around the headline, then
// in those just after the last body paragraph, where author boxes sit.
func (w *walker) bylineNear(hl, lastBody int) []string {
	if hl < 0 {
		return nil
	}
	read := func(from, to int) []string {
		for i := max(0, from); i < min(len(w.blocks), to); i++ {
			b := &w.blocks[i]
			if b.image >= 0 || b.runes > 120 {
				continue
			}
			if label, reviewer := classify.BylineLabel(b.text); label {
				if !reviewer && i+1 < len(w.blocks) {
					if n := w.blocks[i+1].text; len(n) <= maxLabelledName && classify.ReadsAsName(n) && looksLikeName(n) && !classify.IsBylineLabel(n) {
						return []string{n}
					}
				}
				i++
				continue
			}
			if names := cleanNames(classify.ParseExplicitByline(classify.CutReviewers(b.text))); len(names) > 0 {
				return names
			}
			// An element the markup names as the author's ("author-name") holding
			// one name and nothing else is as explicit as "By".
			if b.byline && classify.ReadsAsName(b.text) && looksLikeName(b.text) && wordCount(b.text) >= 2 {
				return []string{b.text}
			}
		}
		return nil
	}
	if names := read(hl-nearBefore, hl+nearAfter); len(names) > 0 {
		return names
	}
	if lastBody > hl {
		return read(lastBody+1, lastBody+1+nearEnd)
	}
	return nil
}

// labelledNameAfter returns the name an author label stands over ("Written by:" /
// "Ann Lee", a portrait between them allowed) anywhere after the headline, outside
// comment threads and related lists: the label is the evidence, so the place does not
// matter. A reviewer's label names nobody.
func (w *walker) labelledNameAfter(hl int) []string {
	if hl < 0 {
		return nil
	}
	for i := hl + 1; i+1 < len(w.blocks); i++ {
		b := &w.blocks[i]
		if b.image >= 0 || b.runes > 40 || b.elem >= 0 && w.elems[b.elem].eff&(clsComments|clsRelated) != 0 {
			continue
		}
		label, reviewer := classify.BylineLabel(b.text)
		if !label || reviewer {
			continue
		}
		j := i + 1
		if w.blocks[j].image >= 0 && j+1 < len(w.blocks) {
			j++
		}
		if n := w.blocks[j].text; len(n) <= maxLabelledName && classify.ReadsAsName(n) && looksLikeName(n) && !classify.IsBylineLabel(n) && !hasUIWord(n) {
			return []string{n}
		}
	}
	return nil
}

// maxLabelledName is the longest line, in bytes, read as the name under an author
// box's label.
const maxLabelledName = 80

// labelledNames reads the author boxes that set their label and the name on lines of
// their own ("Written by" / "Ann Lee"; "Fact checked by" / "Bo Chan"): the name after
// an author label is a byline, the one after a reviewer's label is nobody's byline.
func labelledNames(out []block.Block) {
	for i := 0; i+1 < len(out); i++ {
		label, reviewer := classify.BylineLabel(out[i].Text)
		next := &out[i+1]
		if !label || next.Text == "" || len(next.Text) > maxLabelledName {
			continue
		}
		out[i].Role, out[i].Reason, out[i].Names = block.RoleRemoved, block.ReasonByline, nil
		switch {
		case reviewer:
			next.Role, next.Reason, next.Names = block.RoleRemoved, block.ReasonByline, nil
		case classify.ReadsAsName(next.Text) && looksLikeName(next.Text) && !classify.IsBylineLabel(next.Text):
			setByline(next, next.Text)
		}
		i++
	}
}

func linkDensity(b *hBlock) float64 {
	if b.runes == 0 {
		return 0
	}
	return float64(b.linkRunes) / float64(b.runes)
}

func outsideReason(w *walker, b *hBlock) block.Reason {
	if b.elem >= 0 {
		if r := removeReason(w.elems[b.elem].eff); r != block.NoReason {
			return r
		}
	}
	switch {
	case b.byline:
		return block.ReasonByline
	case b.date:
		return block.ReasonDateline
	case b.linkRunes*2 > b.runes:
		return block.ReasonRelated
	}
	return block.ReasonBoilerplate
}

// Bounds of fallbackRun: the shortest paragraph it takes, and how many other blocks
// may interrupt the run (a subheading, a picture, a pull quote).
const (
	minFallbackRunes = 80
	maxFallbackGap   = 2
)

// fallbackRun marks the first run of prose after the headline: paragraphs of
// sentences with few links, outside side columns, navigation and comment threads.
// The run ends where other blocks go on for longer than a subheading or a picture
// would. It is nil when there is no such prose.
func (w *walker) fallbackRun(hl int) []bool {
	var run []bool
	gap := 0
	for i := hl + 1; i < len(w.blocks); i++ {
		b := &w.blocks[i]
		eff := clsBits(0)
		if b.elem >= 0 {
			eff = w.elems[b.elem].eff
		}
		if b.image < 0 && b.table == 0 && !b.ctx.aside && eff&(clsAside|clsNav|clsComments) == 0 && b.isProse() &&
			b.runes >= minFallbackRunes && b.linkRunes*3 < b.runes && endsSentence(b.text) {
			if run == nil {
				run = make([]bool, len(w.blocks))
			}
			run[i], gap = true, 0
			continue
		}
		if run != nil {
			if gap++; gap > maxFallbackGap {
				break
			}
		}
	}
	return run
}

// maxAboveLines is how many lines above the headline are read for its date.
const maxAboveLines = 3

// maxDatelineRunes is the longest line read as a dateline near the headline; a
// line no longer than maxMixedDateline may hold a date among other words (a byline
// with a reading time, "Ann Lee | Senior Writer | July 2, 2025").
const (
	maxDatelineRunes = 120
	maxMixedDateline = 80
)

// dateNear returns the dates of the dateline nearest the headline, published (or the
// update time when it is the only one) and updated, zero when there is none. It reads
// the few short lines just above the headline, then the front matter between the
// headline and the first paragraph. Those lines are otherwise section labels,
// breadcrumbs and byline boxes, often outside the body's container and dropped as
// navigation; the date among them is the article's.
func (w *walker) dateNear(hl, firstBody int) (pub, mod time.Time) {
	if hl < 0 {
		return time.Time{}, time.Time{}
	}
	for i := hl - 1; i >= 0 && i >= hl-maxAboveLines; i-- {
		if pub, mod, ok := w.datelineAt(i, false, false); ok {
			return w.publishedBefore(i, pub, mod), mod
		}
	}
	// The front matter ends at the first paragraph, but a standfirst set as a
	// paragraph may come first: within the front lines' reach a line that is only a
	// date, or a date's label, is still the article's. The dateline is read first:
	// most lines past the first paragraph are too long to be one.
	for i := hl + 1; i < min(hl+1+maxFrontLines, len(w.blocks)); i++ {
		if firstBody >= 0 && i > firstBody && w.blocks[i].ctx.heading != 0 {
			// A heading past the first paragraph opens another section or a list's
			// item (a section front's teasers): the dates under it are its own.
			break
		}
		pub, mod, ok := w.datelineAt(i, true, false)
		if !ok {
			continue
		}
		if t := w.blocks[i].text; firstBody >= 0 && i >= firstBody && !w.dateOnlyLine(t) && !isDateLabel(t) {
			continue
		}
		return pub, w.updateAfter(i, mod)
	}
	return time.Time{}, time.Time{}
}

// publishedBefore returns pub, or when dateline i gives only an update time, the
// date of a dateline of its own on one of the two lines before it: templates stack
// the first publication over the update ("December 22, 2022" / "Updated: January
// 2, 2026"), and the reader reads the first as the article's date.
func (w *walker) publishedBefore(i int, pub, mod time.Time) time.Time {
	if mod.IsZero() || !pub.Equal(mod) {
		return pub
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if p, m, ok := w.datelineAt(j, false, false); ok && m.IsZero() {
			return p
		}
	}
	return pub
}

// updateAfter returns mod, or when it is zero the update time of a labelled line of
// its own among the few after dateline i ("Published" / date / "Updated" / date).
func (w *walker) updateAfter(i int, mod time.Time) time.Time {
	for j := i + 1; mod.IsZero() && j < min(i+4, len(w.blocks)); j++ {
		if _, m, ok := w.datelineAt(j, true, true); ok {
			mod = m
		}
	}
	return mod
}

// dateAnchor is the block the article's dateline is looked for around: the
// headline's, or when the headline was taken from the metadata, the block that
// repeats it; -1 when there is neither.
func (w *walker) dateAnchor(hl int, hlText string) int {
	if hl >= 0 || hlText == "" {
		return hl
	}
	for i := range w.blocks {
		if b := &w.blocks[i]; b.runes <= maxDatelineRunes*2 && equalFoldSpace(collapseSpace(b.text), collapseSpace(hlText)) {
			return i
		}
	}
	return -1
}

// dateAbove returns the dates of a dateline just above the first paragraph, read
// when the page has no headline block to look around: the date then sits between
// the title the page printed and its text.
func (w *walker) dateAbove(firstBody int) (pub, mod time.Time) {
	for i := firstBody - 1; i >= 0 && i >= firstBody-maxAboveLines; i-- {
		if pub, mod, ok := w.datelineAt(i, true, false); ok {
			return pub, mod
		}
	}
	return time.Time{}, time.Time{}
}

// labelledDateAfter returns the first dateline after the headline that names itself
// ("Posted on Nov 21, 2018", "Published" over "July 8, 2025", "Veröffentlicht am
// 3. März 2024"), wherever the template put it: in a side column, under the first
// paragraphs, at the foot of the article. The label is the evidence, so an unlabelled
// date so far from the headline is not read; neither are dates in comment threads and
// related-story lists, which label theirs the same way.
func (w *walker) labelledDateAfter(hl int) (pub, mod time.Time) {
	if hl < 0 {
		return time.Time{}, time.Time{}
	}
	for i := hl + 1; i < len(w.blocks); i++ {
		if b := &w.blocks[i]; b.elem >= 0 && w.elems[b.elem].eff&(clsComments|clsRelated) != 0 {
			continue
		}
		if pub, mod, ok := w.datelineAt(i, true, true); ok {
			return pub, w.updateAfter(i, mod)
		}
		if w.bylineOver(i) {
			if pub, mod, ok := w.datelineAt(i, true, false); ok {
				return pub, w.updateAfter(i, mod)
			}
		}
	}
	return time.Time{}, time.Time{}
}

// bylineOver reports a line that is nothing but a date set right under a line that
// credits the writer ("Written by Ann Lee" / "April 8, 2024"): an author box at the
// foot of the article dates it as a label would, the byline being the label.
func (w *walker) bylineOver(i int) bool {
	// A date has its year in digits: most lines stop at this scan.
	if i == 0 || w.blocks[i].runes > maxMixedDateline || ascii.IndexDigit(w.blocks[i].text, 0) < 0 ||
		!w.dateOnlyLine(w.blocks[i].text) {
		return false
	}
	prev := &w.blocks[i-1]
	return prev.image < 0 && prev.runes <= maxMixedDateline && (prev.byline || len(classify.ParseExplicitByline(prev.text)) > 0)
}

// datelineAt reads block i as a dateline: a line that is mostly date, or (mixed) a
// short line that holds one among other words, or a line whose fields ("Essay ·
// Published: 2025.12.17 · programming") include one, or a label alone on its line
// with the date on the next ("Published" / "July 8, 2025"). labelled accepts only
// lines that carry a publish or update word.
func (w *walker) datelineAt(i int, mixed, labelled bool) (pub, mod time.Time, ok bool) {
	b := &w.blocks[i]
	if b.image >= 0 || b.runes > maxDatelineRunes {
		return time.Time{}, time.Time{}, false
	}
	// A date has its year in digits, as the date reader reads it: a line without a
	// digit is at most a label alone over the date on the next line ("Published" /
	// "July 8, 2025").
	text := b.text
	if ascii.IndexDigit(text, 0) < 0 {
		if i+1 >= len(w.blocks) {
			return time.Time{}, time.Time{}, false
		}
		// The next line is looked at first: it is cheaper to read than the label.
		next := &w.blocks[i+1]
		if next.image >= 0 || next.runes > maxMixedDateline || next.linkRunes*2 > next.runes || !isDateLabel(text) {
			return time.Time{}, time.Time{}, false
		}
		text += " " + next.text
	}
	// The label is settled first: it is cheaper to read than a date.
	if labelled && !classify.HasDateLabel(text) {
		return time.Time{}, time.Time{}, false
	}
	// A line mostly of links is a list of stories, unless it labels its date
	// ("Essay · Published: 2025.12.17 · ai · programming", the tags linked) or is
	// nothing but a date (blog templates link the post's date to its permalink or
	// the day's archive).
	if b.linkRunes*2 > b.runes && !classify.HasDateLabel(b.text) && !w.dateOnlyLine(b.text) {
		return time.Time{}, time.Time{}, false
	}
	for _, line := range dateFields(text) {
		pub, mod, share := classify.ParseDatelineDatesIn(line, w.order)
		if pub.IsZero() && mod.IsZero() || share < 0.5 && !(mixed && utf8.RuneCountInString(line) <= maxMixedDateline) {
			continue
		}
		if pub.IsZero() { // a line with only an update time gives that, as parseDateline does
			pub = mod
		}
		return pub, mod, true
	}
	return time.Time{}, time.Time{}, false
}

// fieldMarks are the bars and bullets that set a line's fields apart: the middle
// dot, the bullet, and the dot operator and the katakana middle dot that templates
// print as middle dots ("By Ann Lee ⋅ Senior Writer ⋅ Updated March 5, 2025",
// "December 18, 2025 ・ 3 min read").
const fieldMarks = "|•·⋅・"

// dateFields returns the line itself, then, when it is set in fields with bars or
// bullets, each field, so that a date among a section name and tags is read as a
// dateline of its own.
func dateFields(line string) []string {
	out := []string{line}
	if !strings.ContainsAny(line, fieldMarks) {
		return out
	}
	for f := range strings.FieldsFuncSeq(line, func(r rune) bool { return strings.ContainsRune(fieldMarks, r) }) {
		if f = strings.TrimSpace(f); f != "" && f != line {
			out = append(out, f)
		}
	}
	return out
}

// isDateLabel reports a line that is only a publish or update label ("Published",
// "Posted on", "Last updated:", "Publié le"), which templates set apart from the
// date they label.
func isDateLabel(line string) bool {
	// A label is short: no more of the line is lowered than shows it is too long.
	var buf ascii.KeyBuf
	lowered := ascii.LowerPrefix(buf[:0], strings.TrimSpace(strings.TrimRight(line, ": ")), maxDateLabel+1)
	if len(lowered) > maxDateLabel {
		return false
	}
	low := string(lowered)
	if !classify.HasDateLabel(low) {
		return false
	}
	for f := range strings.FieldsSeq(low) {
		if !slices.Contains(dateLabelWords, f) && !classify.HasDateLabel(f) {
			return false
		}
	}
	return true
}

// maxDateLabel is the longest date label, in bytes lowered.
const maxDateLabel = 30

// dateLabelWords are the small words a date label carries besides its publish or
// update word.
var dateLabelWords = []string{"on", "at", "date", "last", "first", "originally", "am", "le", "el", "em", "il", "op", "mis", "à", "jour", "zuletzt", "dernière"}

// dateOnlyLine reports a line that is a date and nothing else ("September 4,
// 2025"), or whose field set off by bars or bullets is ("• Oct 20, 2025").
func (w *walker) dateOnlyLine(line string) bool { return dateOnlyLine(line, w.order) }

// matchesDescription reports a block before the body that repeats the page's
// description: the standfirst. A lead paragraph that a site reuses as its description
// is not one, so a <p> that shares its parent with the first body paragraph is kept
// as body.
func (w *walker) matchesDescription(b *hBlock, descs []string, firstBody int) bool {
	if len(descs) == 0 || b.runes < 20 || b.ctx.heading != 0 {
		return false
	}
	// Each description's bigrams are read once a page, the block's once for all, in
	// a buffer all blocks share; either is sorted only for a pair that could match
	// by their number (diceBound).
	if len(w.descGrams) != len(descs) {
		w.descGrams = make([][]uint64, len(descs))
		for k, d := range descs {
			w.descGrams[k] = classify.UnsortedBigrams(nil, d)
		}
	}
	read := false
	match := false
	for k, d := range descs {
		if d == b.text {
			match = true
			break
		}
		if !read {
			w.blockGrams = classify.UnsortedBigrams(w.blockGrams, b.text)
			read = true
		}
		if classify.DiceBound(len(w.descGrams[k]), len(w.blockGrams)) >= 0.9 &&
			classify.DiceGrams(classify.SortGrams(w.descGrams[k]), classify.SortGrams(w.blockGrams), d, b.text) >= 0.9 {
			match = true
			break
		}
		if utf8.RuneCountInString(d) >= 60 && strings.HasPrefix(b.text, strings.TrimRight(d, ".… ")) {
			match = true
			break
		}
	}
	if !match {
		return false
	}
	if b.tag == atom.P && firstBody >= 0 && b.elem >= 0 {
		fb := w.blocks[firstBody].elem
		if fb >= 0 && w.elems[fb].parent == w.elems[b.elem].parent {
			return false
		}
	}
	return true
}

// addCaptionText adds a caption or credit text to an image block. A credit printed
// at the end of the caption is split off so that it never stays in the caption.
func addCaptionText(im *block.Block, text string, isCredit bool) {
	if isCredit {
		if im.Credit == nil {
			im.Credit = classify.ReadCredit(text)
		}
		return
	}
	caption, cr := credit.SplitCaption(text)
	// A credit marked up apart ("Caption (<span class=credit>Photo: X</span>)")
	// leaves its opening bracket behind in the caption.
	caption = strings.TrimRight(caption, " ([{")
	if cr != "" && im.Credit == nil {
		im.Credit = classify.ReadCredit(cr)
	}
	if caption == "" {
		return
	}
	if im.Text == "" {
		im.Text = caption
	} else if !strings.Contains(im.Text, caption) {
		im.Text += " " + caption
	}
}

// frontBlock gives a block outside the region, between the headline and the body,
// the role its markup settles, or leaves it to the classifier.
func (w *walker) frontBlock(b *hBlock, descs []string, firstBody int, standfirstDone *bool, seen map[string]bool) block.Block {
	nb := block.Block{Text: b.text, InElement: inElement(b)}
	eff := clsBits(0)
	if b.elem >= 0 {
		eff = w.elems[b.elem].eff
	}
	switch {
	case eff&clsRemove != 0:
		nb.Role, nb.Reason = block.RoleRemoved, removeReason(eff)
	case b.caption || b.fig >= 0:
		nb.Role, nb.Reason = block.RoleRemoved, block.ReasonMedia
	case !*standfirstDone && (b.dek || w.matchesDescription(b, descs, firstBody)):
		nb.Role = block.RoleStandfirst
		*standfirstDone = true
		seen[b.text] = true
	case settleFrontMatter(&nb, b):
	case linkDensity(b) > 0.5:
		nb.Role, nb.Reason = block.RoleRemoved, block.ReasonNavigation
	default:
		nb.Role = block.RoleUnknown
	}
	return nb
}

// settleFrontMatter gives nb the role that a byline or date in the markup, or a line
// of known furniture (the shared lexicon, as for text dumps), settles, and reports
// whether one did.
func settleFrontMatter(nb *block.Block, b *hBlock) bool {
	switch {
	case b.byline && b.runes < 300:
		setByline(nb, b.text)
	case b.date && b.runes < 120:
		setDateline(nb, b.text)
	case b.runes < 120 && classify.OpensWithReviewer(b.text):
		// "Reviewed by Bo Chan", "Revisado por Luis Gómez": the checker's line names
		// no author, and its "by" is no photo credit's.
		nb.Role, nb.Reason = block.RoleRemoved, block.ReasonByline
	default:
		// The lexicon's reading stays with the block for its form (classifyBlocks).
		nb.Furniture, _ = classify.Furniture(b.text)
		nb.FurnitureRead = true
		if nb.Furniture == classify.NoReason {
			return false
		}
		nb.Role, nb.Reason = block.RoleRemoved, nb.Furniture
	}
	return true
}

// setByline makes a block a byline with the names the shared byline parser reads.
// Reviewers and fact-checkers named on the line are cut off; a line that is only a
// label names nobody.
func setByline(nb *block.Block, text string) {
	nb.Role, nb.Reason = block.RoleByline, block.ReasonByline
	if label, _ := classify.BylineLabel(text); label {
		return
	}
	text = classify.CutReviewers(text)
	// ", Senior Editor" after a name set in its own element describes that name.
	if text == "" || strings.HasPrefix(text, ",") {
		return
	}
	nb.Names, _ = classify.ParseByline(text)
	if len(nb.Names) == 0 {
		nb.Names = splitAuthorNames(text)
	}
	if t, _, ok := classify.ParseDateline(text); ok {
		nb.Published = t
	}
}

// setDateline makes a block a dateline, with the time the shared date parser reads.
func setDateline(nb *block.Block, text string) {
	nb.Role, nb.Reason = block.RoleDateline, block.ReasonDateline
	if t, _, ok := classify.ParseDateline(text); ok {
		nb.Published = t
	}
}

// baseURL is what relative image addresses resolve against: the page's address, as
// changed by a <base href>; an absolute <base href> serves alone when the page's
// address is unknown. Only http(s) bases are used.
func baseURL(pageURL, baseHref string) *url.URL {
	var base *url.URL
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		base = u
	}
	if baseHref = cleanURLString(baseHref); baseHref != "" && len(baseHref) <= MaxURLBytes {
		ref, err := url.Parse(baseHref)
		switch {
		case err != nil:
		case base != nil:
			base = base.ResolveReference(ref)
		case ref.IsAbs():
			base = ref
		}
	}
	if base == nil || base.Scheme != "http" && base.Scheme != "https" {
		return nil
	}
	return base
}

// blockTexts yields the text of each block of the page.
func (w *walker) blockTexts() iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range w.blocks {
			if !yield(w.blocks[i].text) {
				return
			}
		}
	}
}
