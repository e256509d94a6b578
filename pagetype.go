package newsparse

import (
	"math"
	"math/bits"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html/atom"
)

// The page type is decided by weighing together what the page shows of its kind:
// its declared types (og:type, JSON-LD @type: evidence, not a verdict, since sites
// declare Article on every page and WebPage on articles), the shape of the region
// read as the article (long prose or short lines and links), and the parts a page of
// each other kind is made of: repeated teasers of an index, the posts of a thread,
// the prices, carts and forms of a shop, the code and contents of documentation, the
// buttons and short sections of a landing page. The weights are fitted
// (pagetype_fit_test.go) and live in pagetype_weights.go.
//
// Whether the page is one article is told by a model of page kinds rather than of
// article against the rest: the kinds that are not articles differ from an article
// each in its own way (a manual by its code and contents, a thread by its posts, a
// service page by its blurbs and its we and you), and one line drawn between
// articles and all of them at once weighs those ways against each other. The kind
// model (multinomial logistic regression) scores each kind, and the page is an
// article when the article's score leads the best other kind's by minArticleScore
// (a margin fitted to sit in the articles' low tail, so that few articles are
// lost). A second, two-way model tells a listing from another kind among the rest.

// pageCounts are the parts of a page the walker counts as it goes.
type pageCounts struct {
	forms, controls    int // <form>; <input>, <button>, <select>, <textarea>
	pres, codes        int // <pre>; <code>
	articles           int // <article> elements: an index has one per teaser
	headings           int // <h2>-<h6> anywhere on the page
	anchors            int // links to a place on the page: a table of contents
	priceProps         int // itemprop price, offers, priceCurrency
	shop, thread, docs int // elements whose class words name a shop, discussion, documentation part
	cta, cards         int // ... a call to action, a teaser card
	share, comments    int // ... share buttons, comments: what an article invites
	pager              int // links marked rel=next or prev: a manual's previous and next page
}

// element counts the element's tag.
func (c *pageCounts) element(a atom.Atom) {
	switch a {
	case atom.Form:
		c.forms++
	case atom.Input, atom.Button, atom.Select, atom.Textarea:
		c.controls++
	case atom.Pre:
		c.pres++
	case atom.Code:
		c.codes++
	case atom.Article:
		c.articles++
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.headings++
	}
}

// marks counts the page-kind class words and microdata of a visible element.
func (c *pageCounts) marks(bits clsBits, itemprop string) {
	if bits&(clsShop|clsThread|clsDocs|clsCTA|clsCard|clsShare|clsComments) != 0 {
		c.share += b2i(bits&clsShare != 0)
		c.comments += b2i(bits&clsComments != 0)
		c.shop += b2i(bits&clsShop != 0)
		c.thread += b2i(bits&clsThread != 0)
		c.docs += b2i(bits&clsDocs != 0)
		c.cta += b2i(bits&clsCTA != 0)
		c.cards += b2i(bits&clsCard != 0)
	}
	if itemprop != "" && (strings.EqualFold(itemprop, "price") || strings.EqualFold(itemprop, "offers") ||
		strings.EqualFold(itemprop, "priceCurrency")) {
		c.priceProps++
	}
}

func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

// pageEvidence is what the parse learnt that tells one article from a page of
// another kind.
type pageEvidence struct {
	ogType string
	// Declared JSON-LD types: an article; a product or offer; a discussion or
	// question; a list or collection; another non-article kind.
	ldArticle, ldProduct, ldThread, ldListing, ldOther bool
	ldWebPage                                          bool // a WebPage object and no article
	dated, bylined                                     bool
	// Where the date and byline come from: a date the metadata gives for an article
	// (not for the page), a dateline shown near the headline, a byline shown.
	articleDate, pageDate, dateShown, bylineShown bool
	// The region read as the article.
	paragraphs, prose int // body paragraphs; those that read as sentences of some length
	proseRunes        int // runes of those sentences
	bodyRunes         int // runes of every paragraph
	bodyLinkRunes     int // link text inside body paragraphs: an article's inline links
	subheads, lists   int // subheading and list paragraphs
	linkedSubheads    int // subheadings that are links: the teasers' headlines of an index
	short             int // body paragraphs under 80 runes
	removed           int // blocks left out
	headlineWords     int // words in the headline: a section or shop page has a short title
	// The whole page.
	pageRunes, pageLinkRunes int
	linkedHeads              int // headings that are links: the teasers of an index
	repeats                  int // the most containers of one template holding a link and text
	times                    int // <time datetime> elements: a thread dates every post
	datedBlocks, bylineLines int // blocks marked as dates; as bylines
	prices                   int // amounts of money written with a currency sign
	versions                 int // short labels naming a version ("v2.3", "Version 4")
	buttons                  int // short lines that are one link outside the navigation: "Learn more", "Get a quote"
	datedItems               int // the most containers of one template holding a date: posts, comments
	counts                   pageCounts
	slugHyphens              int  // hyphens in the last segment of the page's address
	datedPath                bool // a /2024/ year segment in the address
	rootPath                 bool // the address is a site's front page: no path at all
	idPath                   bool // a segment holds a run of five digits or more: a post, item or thread number
	pathDirs                 pathKind
	questionHeadline         bool // the headline asks: a forum or Q&A thread
	// The prose's shape.
	// The page's <h2>-<h6> headings outside the furniture, and of them the unlinked
	// ones over a blurb of text: a landing page's sections (walker.shortSections).
	headings, shortSections int
	quoted                  int // body paragraphs that quote someone
	wordCounts                  // of body paragraphs
	siblings                int // distinct links to other pages in the page's own directory: a manual's contents
	// Inline links of body paragraphs to another site and to the page's own: a
	// report cites its sources elsewhere, a service or documentation page links to
	// its own pages.
	outLinks, ownLinks int
	// The page's prose (proseSpread): all of it, and the most of it one container
	// holds.
	pageProse, topProse int
}

// pathKind is a set of the kinds of section a page's address files it under.
type pathKind uint8

const (
	pathArticle pathKind = 1 << iota // /blog/, /news/, /story/...
	pathDocs                         // /docs/, /reference/, /manual/...
	pathShop                         // /products/, /p/, /collections/...
	pathForum                        // /t/, /threads/, /questions/...
	pathService                      // /services/, /solutions/, /pricing/...
	pathListing                      // /category/, /tag/, /archive/...
)

// pathWords are directory names the common site software and site plans give each
// kind of page: WordPress's /category/ and /tag/, Shopify's /products/ and
// /collections/, Discourse's /t/, XenForo's /threads/, Stack Exchange's
// /questions/, the /docs/ of documentation generators. A word counts only as a
// directory, with the page's own segment after it: /blog/ holds posts, /blog is the
// index of them. Words that file articles as often as other pages (/learn/,
// /guides/, /help/, /topics/, /community/) are left out. Evidence weighed with the
// rest, never a verdict.
var pathWords = map[string]pathKind{
	"blog": pathArticle, "blogs": pathArticle, "news": pathArticle, "article": pathArticle,
	"articles": pathArticle, "story": pathArticle, "stories": pathArticle, "post": pathArticle,
	"posts": pathArticle, "press": pathArticle, "opinion": pathArticle, "magazine": pathArticle,
	"insights": pathArticle,

	"docs": pathDocs, "doc": pathDocs, "documentation": pathDocs, "reference": pathDocs, "api": pathDocs,
	"manual": pathDocs, "man": pathDocs, "handbook": pathDocs, "wiki": pathDocs, "kb": pathDocs,

	"product": pathShop, "products": pathShop | pathService, "shop": pathShop, "store": pathShop,
	"p": pathShop, "dp": pathShop, "itm": pathShop, "item": pathShop, "buy": pathShop, "cart": pathShop,
	"catalog": pathShop, "browse": pathShop,
	"collections": pathShop | pathListing, "collection": pathShop | pathListing,
	"category": pathShop | pathListing, "categories": pathShop | pathListing, "c": pathShop | pathListing,

	"forum": pathForum, "forums": pathForum, "t": pathForum, "thread": pathForum, "threads": pathForum,
	"questions": pathForum, "question": pathForum, "q": pathForum, "discussions": pathForum,
	"discussion": pathForum, "r": pathForum, "board": pathForum, "boards": pathForum,

	"services": pathService, "service": pathService, "solutions": pathService, "solution": pathService,
	"pricing": pathService, "plans": pathService, "about": pathService, "contact": pathService,
	"department": pathService, "departments": pathService, "programs": pathService, "program": pathService,
	"platform": pathService, "industries": pathService,

	"tag": pathListing, "tags": pathListing, "section": pathListing, "archive": pathListing,
	"archives": pathListing, "page": pathListing, "search": pathListing,
}

// readPath notes what the page's address says of its kind: the sections it is
// filed under, a front page, a numbered item, a dated post, a slug of many words.
func (e *pageEvidence) readPath(path string) {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	last := segs[len(segs)-1]
	e.rootPath = len(segs) == 1 && last == ""
	e.slugHyphens = strings.Count(last, "-")
	for i, sg := range segs {
		if isYear(sg) {
			e.datedPath = true
		}
		e.idPath = e.idPath || longestDigitRun(sg) >= 5
		if i < len(segs)-1 {
			e.pathDirs |= pathWords[strings.ToLower(sg)]
		}
	}
}

// longestDigitRun returns the length of the longest run of ASCII digits in s.
func longestDigitRun(s string) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// JSON-LD types, by what they declare the page to be.
var (
	ldProductTypes = []string{"Product", "Offer", "AggregateOffer", "ProductGroup", "Store"}
	ldThreadTypes  = []string{"DiscussionForumPosting", "QAPage", "Question", "SocialMediaPosting"}
	ldListingTypes = []string{"ItemList", "CollectionPage", "SearchResultsPage"}
	ldOtherTypes   = []string{"FAQPage", "ProfilePage", "Event", "SoftwareApplication", "Course",
		"Service", "LocalBusiness", "Restaurant", "JobPosting", "Recipe", "HowTo", "ContactPage",
		"AboutPage", "Organization", "WebApplication", "TechArticle", "APIReference"}
)

// evidence gathers the page's evidence after the Article is assembled.
func (w *walker) evidence(a *Article, res *htmlResult) pageEvidence {
	f := &w.meta.more
	e := pageEvidence{ogType: f.OGType(), ldArticle: w.meta.isArticle, counts: w.page,
		dated: !a.Published.IsZero(), bylined: len(a.Byline) > 0, removed: len(a.Removed),
		articleDate: w.meta.publishedRank > 0 && w.meta.publishedRank < rankLDPage,
		pageDate:    w.meta.publishedRank == rankLDPage,
		dateShown:   !res.aboveDate.IsZero(),
	}
	e.counts.pager += w.meta.pagerLinks
	for i := range res.blocks {
		e.bylineShown = e.bylineShown || res.blocks[i].Role == block.RoleByline
	}
	e.ldWebPage = !e.ldArticle && htmldom.IsPageType(f.LDTypes())
	for _, t := range f.LDTypes() {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		e.ldProduct = e.ldProduct || slices.Contains(ldProductTypes, t)
		e.ldThread = e.ldThread || slices.Contains(ldThreadTypes, t)
		e.ldListing = e.ldListing || slices.Contains(ldListingTypes, t)
		e.ldOther = e.ldOther || slices.Contains(ldOtherTypes, t)
	}
	addr := a.URL
	if a.Canonical != "" {
		addr = a.Canonical
	}
	page, err := url.Parse(addr)
	if err != nil || addr == "" {
		page = nil
	}
	for _, p := range a.Paragraphs {
		n, words := readWords(p.Text)
		e.bodyRunes += n
		linked := 0
		for _, l := range p.Links {
			linked += utf8.RuneCountInString(l.Text)
		}
		switch p.Kind {
		case ParagraphSubheading:
			e.subheads++
			e.linkedSubheads += b2i(linked*2 > n)
			continue
		case ParagraphList:
			e.lists++
			continue
		case ParagraphBody, ParagraphQuote:
		default:
			continue
		}
		e.paragraphs++
		e.bodyLinkRunes += linked
		if page != nil {
			for _, l := range p.Links {
				if sameSite(linkHost(l.URL), page.Host) {
					e.ownLinks++
				} else {
					e.outLinks++
				}
			}
		}
		width := proseWidth(p.Text, n)
		if width < 80 {
			e.short++
		}
		if width >= 100 && endsSentence(p.Text) {
			e.prose++
			e.proseRunes += n
		}
		e.quoted += b2i(quotesSomeone(p.Text))
		e.wordCounts.add(words)
	}
	_, head := readWords(a.Headline) // its words as strings.Fields splits them, with no slice made
	e.headlineWords = head.words
	e.times = len(w.meta.timeElems)
	if page != nil {
		e.readPath(page.Path)
		e.siblings = siblingLinks(w.links, page)
	}
	e.questionHeadline = strings.HasSuffix(strings.TrimSpace(a.Headline), "?")
	for i := range w.blocks {
		b := &w.blocks[i]
		e.pageRunes += b.runes
		e.pageLinkRunes += b.linkRunes
		if b.ctx.heading >= 2 && b.ctx.heading <= 4 && b.runes > 0 && b.linkRunes*2 > b.runes {
			e.linkedHeads++
		}
		e.datedBlocks += b2i(b.date)
		e.bylineLines += b2i(b.byline)
		e.prices += countPrices(b.text)
		e.versions += b2i(b.runes <= 16 && isVersionLabel(b.text))
		e.buttons += b2i(b.runes > 0 && b.runes <= 25 && b.linkRunes == b.runes && !b.ctx.aside &&
			b.ctx.heading == 0 && !b.list && b.elem >= 0 && w.elems[b.elem].eff&clsRemove == 0)
	}
	e.headings, e.shortSections = w.shortSections()
	e.pageProse, e.topProse = w.proseSpread()
	e.repeats = w.repeatedItems()
	e.datedItems = w.datedItems()
	return e
}

// quotesSomeone reports a paragraph that holds a quotation of some words between
// quotation marks: the speech a report carries. A scare-quoted word is not one.
func quotesSomeone(s string) bool {
	for _, q := range [...][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}, {"„", "“"}, {"「", "」"}} {
		i := strings.Index(s, q[0])
		if i < 0 {
			continue
		}
		rest := s[i+len(q[0]):]
		j := strings.Index(rest, q[1])
		if j < 0 {
			continue
		}
		if strings.Count(rest[:j], " ") >= 3 {
			return true
		}
	}
	return false
}

// wordCounts are a text's words and, of them, the years and the first person plural
// and the second person: a company speaks of itself as we and to its customer as
// you; a report speaks of others, and of when things happened. The persons are
// English words only: on a page in another language their counts stay low, which
// weighs towards an article.
type wordCounts struct {
	words   int
	we, you int // the first person plural and the second person
	years   int // years (1900-2099): a report places its events in time
}

func (c *wordCounts) add(d wordCounts) {
	c.words += d.words
	c.we += d.we
	c.you += d.you
	c.years += d.years
}

// readWords returns the length of s in runes and its wordCounts, its words split
// as strings.Fields splits them: one pass over the bytes of each paragraph serves
// both. ASCII letters, digits and marks, most of a paragraph's bytes, are passed as
// bytes.
func readWords(s string) (runes int, c wordCounts) {
	runes = len(s) // less the bytes after the first of each longer character
	start := -1    // the first byte of the word being read, -1 between words
	for i := 0; i < len(s); {
		if b := s[i]; b > ' ' && b < utf8.RuneSelf {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = ascii.DecodeRune(s, i)
			runes -= size - 1
		}
		switch {
		case !ascii.IsSpaceRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			c.read(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		c.read(s[start:])
	}
	return runes, c
}

// read counts the word w.
func (c *wordCounts) read(w string) {
	c.words++
	w = trimToWord(w)
	if len(w) > 4 {
		return
	}
	if isYear(w) {
		c.years++
		return
	}
	// The persons are ASCII words: a non-ASCII letter never lower-cases into
	// one, so the word is lower-cased on the stack rather than by strings.ToLower.
	var buf [4]byte
	low := buf[:len(w)]
	for i := range low {
		low[i] = ascii.Lower(w[i])
	}
	switch string(low) {
	case "we", "our", "us", "ours":
		c.we++
	case "you", "your":
		c.you++
	}
}

// trimToWord is strings.TrimFunc(w, f) for an f true of all but letters and digits:
// the punctuation around a word ("(we", "2024."). ASCII bytes are tested as bytes,
// and most words start and end with one.
func trimToWord(w string) string {
	for w != "" {
		if c := w[0]; c < utf8.RuneSelf {
			if isAlnumByte(c) {
				break
			}
			w = w[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		w = w[n:]
	}
	for w != "" {
		if c := w[len(w)-1]; c < utf8.RuneSelf {
			if isAlnumByte(c) {
				break
			}
			w = w[:len(w)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// siblingLinks counts the distinct links to other pages filed in the same
// directory as the page (/docs/guide/ for /docs/guide/install): the contents of a
// manual list every page of its part beside the one shown, where an article links
// a few related stories. A relative address without ../ stays in the directory; a
// page at the site's root has no directory to share.
func siblingLinks(links []hLink, page *url.URL) int {
	path := page.Path
	cut := strings.LastIndexByte(strings.TrimSuffix(path, "/"), '/')
	if cut <= 0 {
		return 0
	}
	dir, self := path[:cut+1], strings.TrimSuffix(path, "/")
	// the site's root, "https://example.com/", made once for all the links
	root := page.Scheme + "://" + page.Host + "/"
	seen := make(map[string]bool)
	for _, l := range links {
		h := l.href
		// Most links lead to other sites: they are dropped by their opening bytes,
		// before the fragment and query are cut from the rest (neither is in root).
		switch {
		case strings.HasPrefix(h, root):
			h = h[len(root)-1:]
		case strings.HasPrefix(h, "//") || hasScheme(h) || strings.HasPrefix(h, "../"):
			continue
		}
		if i := strings.IndexByte(h, '#'); i >= 0 {
			h = h[:i]
		}
		if i := strings.IndexByte(h, '?'); i >= 0 {
			h = h[:i]
		}
		switch {
		case h == "":
			continue
		case h[0] != '/':
			h = dir + strings.TrimPrefix(h, "./")
		}
		h = strings.TrimSuffix(h, "/")
		if len(h) > len(dir) && strings.HasPrefix(h, dir) && h != self {
			seen[h] = true
		}
	}
	return len(seen)
}

// hasScheme reports an address that opens with a scheme ("https:", "tel:",
// "data:"): a colon before any slash, query or fragment. A relative address has
// none, and one to another site or to no page at all (a phone number) is no
// sibling of the page.
func hasScheme(h string) bool {
	for i := 0; i < len(h); i++ {
		switch h[i] {
		case ':':
			return i > 0
		case '/', '?', '#':
			return false
		}
	}
	return false
}

// proseSpread returns the runes of the page's prose (blocks at least 100 runes wide
// by proseWidth, few of them links, that end a sentence, outside the furniture) and
// the most of them one container holds as its own paragraphs. An article's
// paragraphs are siblings in one container, wherever the region was drawn; a
// landing page's blurbs sit one to a column or card, and a thread's one to a post.
func (w *walker) proseSpread() (all, top int) {
	var byParent map[int32]int
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.runes < 100 && proseWidth(b.text, b.runes) < 100 || b.linkRunes*4 >= b.runes || b.ctx.heading > 0 || b.ctx.aside || b.elem < 0 ||
			w.elems[b.elem].eff&clsRemove != 0 || !endsSentence(b.text) {
			continue
		}
		if byParent == nil {
			byParent = make(map[int32]int)
		}
		all += b.runes
		p := w.elems[b.elem].parent
		byParent[p] += b.runes
		top = max(top, byParent[p])
	}
	return all, top
}

// linkHost returns the host of an absolute http(s) address, as a body link's URL
// is, without its port; "" for any other.
func linkHost(s string) string {
	switch {
	case hasPrefixFold(s, "https://"):
		s = s[len("https://"):]
	case hasPrefixFold(s, "http://"):
		s = s[len("http://"):]
	default:
		return ""
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	return withoutPort(s)
}

// withoutPort drops a ":port" from a host; an IPv6 literal ("[::1]") keeps its colons.
func withoutPort(host string) string {
	if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.HasSuffix(host, "]") {
		return host[:i]
	}
	return host
}

// proseWidth returns the length of s, which is runes runes long, with each CJK
// character counted twice: a Chinese or Japanese sentence says in 40 characters
// what an English one says in about 100, and the lengths that tell prose from a
// label (80, 100) are lengths of alphabetic text.
func proseWidth(s string, runes int) int {
	if runes == len(s) {
		return runes
	}
	// Only the lead bytes a CJK character can open with are decoded, not the
	// curly quotes and accents of European text.
	for i := 0; i < len(s); i++ {
		if s[i] >= ascii.CJKLeadMin {
			r, size := utf8.DecodeRuneInString(s[i:])
			runes += b2i(ascii.IsCJK(r))
			i += size - 1
		}
	}
	return runes
}

// sameSite reports whether two hosts belong to one site: equal once a leading
// "www." is dropped, or one a subdomain of the other (news.example.com and
// example.com).
func sameSite(a, b string) bool {
	a, b = strings.TrimPrefix(strings.ToLower(withoutPort(a)), "www."), strings.TrimPrefix(strings.ToLower(withoutPort(b)), "www.")
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}

// shortSection is the most text a section under a heading holds to be a blurb.
const shortSection = 200

// shortSections counts the page's <h2>-<h6> headings outside the navigation, side
// columns and other furniture, and of them the ones that are not links and whose
// section (the text up to the next heading) is a blurb of under shortSection runes:
// a landing page is a row of such, where an article's sections run to paragraphs.
// The whole page is read rather than the region, which on a landing page is often
// its one box of prose, the blurbs left out as navigation. Link text does not count
// to a section: a list of links under a heading is no prose.
func (w *walker) shortSections() (headings, short int) {
	section := -1 // -1 before the first heading and under a linked one
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.ctx.aside || b.elem >= 0 && w.elems[b.elem].eff&clsRemove != 0 {
			continue
		}
		if b.ctx.heading >= 2 {
			headings++
			short += b2i(section >= 0 && section < shortSection)
			section = -1
			if b.linkRunes*2 <= b.runes {
				section = 0
			}
		} else if section >= 0 && b.ctx.heading == 0 {
			section += b.runes - b.linkRunes
		}
	}
	return headings, short + b2i(section >= 0 && section < shortSection)
}

// maxItemClimb is how many containers up from a date the template's item is looked
// for: a post's date sits a few levels inside the post.
const maxItemClimb = 6

// datedItems returns the size of the largest group of containers made by one
// template that each hold a date: the posts of a thread or the comments under a
// post, each dated, or the dated teasers of an index. An article has one date, or
// two near its headline.
func (w *walker) datedItems() int {
	// seen is indexed by element: a slice of flags costs less to make and read than
	// a map, and is made only on a page with a date.
	var seen []bool
	groups := make(map[uint32]int)
	best := 0
	for i := range w.blocks {
		b := &w.blocks[i]
		if !b.date && b.ctx.date < 0 || b.elem < 0 {
			continue
		}
		if seen == nil {
			seen = make([]bool, len(w.elems))
		}
		for e, k := w.elems[b.elem].parent, 0; e >= 0 && k < maxItemClimb; e, k = w.elems[e].parent, k+1 {
			el := &w.elems[e]
			if el.sig == 0 || seen[e] {
				continue
			}
			seen[e] = true
			groups[el.sig]++
			best = max(best, groups[el.sig])
		}
	}
	return best
}

// repeatedItems returns the size of the largest group of containers made by one
// template (the same class list) that each hold a link and text besides it: the
// teasers of an index, the products of a shop, the posts of a thread. An article's
// paragraphs share a template too but hold no links as a rule, or only links.
func (w *walker) repeatedItems() int {
	groups := make(map[uint32]int)
	best := 0
	for i := range w.elems {
		el := &w.elems[i]
		if el.sig == 0 || !el.blockChild || el.runes < 30 || el.runes > 2000 ||
			el.links == 0 || el.links*10 > el.runes*9 {
			continue
		}
		groups[el.sig]++
		best = max(best, groups[el.sig])
	}
	return best
}

// countPrices counts amounts written with a currency sign before or after the
// digits: "$19.99", "€ 25", "25 €", "£1,200".
func countPrices(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		// Every block of the page is read: eight bytes are passed at a time while
		// none opens a sign (currencyLeads), and only bytes of the signs' own
		// encodings are decoded (a continuation byte among them decodes to no sign).
		for i+8 <= len(s) {
			x := ascii.Load64(s, i)
			if m := ascii.ZeroBytes(x^currencyLeads[0]*ascii.LowBits) | ascii.ZeroBytes(x^currencyLeads[1]*ascii.LowBits) |
				ascii.ZeroBytes(x^currencyLeads[2]*ascii.LowBits); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		if strings.IndexByte(currencySigns, s[i]) < 0 {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isCurrencySign(r) {
			continue
		}
		after := strings.TrimPrefix(s[i+size:], " ")
		before := strings.TrimSuffix(s[:i], " ")
		if after != "" && after[0] >= '0' && after[0] <= '9' ||
			before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9' {
			n++
		}
	}
	return n
}

// currencySigns are the signs countPrices reads.
const currencySigns = "$€₹£¥"

// currencyLeads are the bytes the signs' encodings open with: '$', 0xE2 ('€', '₹')
// and 0xC2 ('£', '¥'). Curly quotes and dashes open with 0xE2 too, accented Latin
// letters with 0xC3 and above.
var currencyLeads = [3]uint64{'$', 0xe2, 0xc2}

// isCurrencySign reports one of currencySigns.
func isCurrencySign(r rune) bool {
	return r != utf8.RuneError && strings.ContainsRune(currencySigns, r)
}

// isVersionLabel reports a label that names a release: "v2.3", "V10", "Version 4.1".
func isVersionLabel(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case hasPrefixFold(s, "version "):
		s = s[len("version "):]
	case len(s) > 1 && (s[0] == 'v' || s[0] == 'V'):
		s = s[1:]
	default:
		return false
	}
	return s != "" && s[0] >= '0' && s[0] <= '9' && strings.Trim(s, "0123456789.x") == ""
}

// isYear reports a year of the last two centuries written out, 1900 to 2099: the
// years a dated address or a report names.
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && isDigits(s)
}

// isDigits reports a non-empty string of ASCII digits alone.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// pageFeatureNames name the features in the order features returns them; the
// fitting test writes the weights in that order.
var pageFeatureNames = [...]string{
	"ld_article", "ld_product", "ld_thread", "ld_listing", "ld_other",
	"og_article", "og_product", "og_website_or_none",
	"dated", "bylined", "ld_webpage", "article_date", "page_date", "date_shown", "byline_shown",
	"log_prose", "prose_share", "body_share", "body_link_density", "short_share", "list_share",
	"log_subheads", "log_removed", "headline_5", "headline_8",
	"page_link_density", "log_linked_heads", "log_repeats", "log_articles", "log_times",
	"log_dated_blocks", "log_byline_lines", "log_prices", "log_price_props", "log_shop",
	"log_thread", "log_docs", "log_cta", "log_cards", "log_forms", "log_controls",
	"log_pres", "log_codes", "log_anchors", "log_headings", "log_versions", "log_share", "log_comments",
	"log_buttons", "subhead_ratio", "log_mean_paragraph", "log_dated_items",
	"slug_1", "slug_3", "dated_path",
	"root_path", "id_path", "path_article", "path_docs", "path_shop", "path_forum", "path_service", "path_listing",
	"question_headline", "log_linked_subheads",
	"log_pager", "log_siblings", "short_section_share", "quoted_share", "we_share", "you_share",
	"years_share", "out_link_share", "top_prose_share", "region_prose_share",
}

// numPageFeatures is the length of the feature vector.
const numPageFeatures = len(pageFeatureNames)

// features turns the evidence into the numbers the weights apply to: flags as 0 or
// 1, shares as they are, counts on a log scale (the tenth teaser says less than the
// second).
func (e pageEvidence) features() [numPageFeatures]float64 {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	lg := func(n int) float64 { return math.Log1p(float64(n)) }
	ratio := func(a, b int) float64 { return float64(a) / float64(max(b, 1)) }
	c := e.counts
	return [numPageFeatures]float64{
		b(e.ldArticle), b(e.ldProduct), b(e.ldThread), b(e.ldListing), b(e.ldOther),
		b(e.ogType == "article"), b(strings.Contains(e.ogType, "product")), b(e.ogType == "website" || e.ogType == ""),
		b(e.dated), b(e.bylined), b(e.ldWebPage), b(e.articleDate), b(e.pageDate), b(e.dateShown), b(e.bylineShown),
		math.Log1p(float64(e.proseRunes) / 100), ratio(e.prose, e.paragraphs), ratio(e.bodyRunes, e.pageRunes),
		ratio(e.bodyLinkRunes, e.bodyRunes), ratio(e.short, e.paragraphs), ratio(e.lists, e.paragraphs+e.lists),
		lg(e.subheads), lg(e.removed), b(e.headlineWords >= 5), b(e.headlineWords >= 8),
		ratio(e.pageLinkRunes, e.pageRunes), lg(e.linkedHeads), lg(e.repeats), lg(c.articles), lg(e.times),
		lg(e.datedBlocks), lg(e.bylineLines), lg(e.prices), lg(c.priceProps), lg(c.shop),
		lg(c.thread), lg(c.docs), lg(c.cta), lg(c.cards), lg(c.forms), lg(c.controls),
		lg(c.pres), lg(c.codes), lg(c.anchors), lg(c.headings), lg(e.versions), lg(c.share), lg(c.comments),
		lg(e.buttons), ratio(e.subheads, e.paragraphs), math.Log1p(ratio(e.bodyRunes, e.paragraphs+e.lists+e.subheads) / 100),
		lg(e.datedItems),
		b(e.slugHyphens >= 1), b(e.slugHyphens >= 3), b(e.datedPath),
		b(e.rootPath), b(e.idPath), b(e.pathDirs&pathArticle != 0), b(e.pathDirs&pathDocs != 0),
		b(e.pathDirs&pathShop != 0), b(e.pathDirs&pathForum != 0), b(e.pathDirs&pathService != 0),
		b(e.pathDirs&pathListing != 0),
		b(e.questionHeadline), lg(e.linkedSubheads),
		lg(c.pager), lg(e.siblings), ratio(e.shortSections, e.headings),
		ratio(e.quoted, e.paragraphs),
		100 * ratio(e.we, e.words), 100 * ratio(e.you, e.words),
		100 * ratio(e.years, e.words), ratio(e.outLinks, e.outLinks+e.ownLinks),
		ratio(e.topProse, e.pageProse), min(ratio(e.proseRunes, e.pageProse), 1),
	}
}

// pageKinds are the kinds of page the kind model scores (the page types of the
// WCXB benchmark it is fitted on), the article first.
var pageKinds = [...]string{"article", "collection", "documentation", "forum", "listing", "product", "service"}

// numPageKinds is the number of kinds the kind model scores.
const numPageKinds = len(pageKinds)

// articleLead is how far the kind model's score of an article leads the best score
// of another kind: below zero when the page reads more as another kind.
func (e pageEvidence) articleLead() float64 {
	x := e.features()
	return kindLead(&kindWeights, &x)
}

// kindLead is the article's lead over the best other kind under the kind model w
// (intercepts first, then a row for each feature), for the features x; the fitting
// test scores its candidate models with it.
func kindLead(w *[numPageFeatures + 1][numPageKinds]float64, x *[numPageFeatures]float64) float64 {
	s := w[0]
	for i, v := range x {
		for k := range s {
			s[k] += w[i+1][k] * v
		}
	}
	return s[0] - slices.Max(s[1:])
}

// score is the log-odds of a linear model over the features: weights[0] is the
// intercept.
func (e pageEvidence) score(weights *[numPageFeatures + 1]float64) float64 {
	x := e.features()
	return linearScore(weights, &x)
}

// linearScore is the log-odds of the linear model w (intercept first) for the
// features x; the fitting test scores its candidate models with it.
func linearScore(w *[numPageFeatures + 1]float64, x *[numPageFeatures]float64) float64 {
	s := w[0]
	for i, v := range x {
		s += w[i+1] * v
	}
	return s
}

// PageType says what kind of page the input was: one article, a listing of many
// (a section front, an index of teasers), or another kind (a product, a forum thread,
// a service or documentation page).
type PageType string

// The page types.
const (
	PageArticle PageType = "article"
	PageListing PageType = "listing"
	PageOther   PageType = "other"
)

var pageTypes = []PageType{PageArticle, PageListing, PageOther}

// String returns the page type's JSON word.
func (t PageType) String() string { return string(t) }

// MarshalText implements encoding.TextMarshaler; see marshalEnum.
func (t PageType) MarshalText() ([]byte, error) { return marshalEnum(t, pageTypes) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is kept as written.
func (t *PageType) UnmarshalText(b []byte) error { return unmarshalEnum(t, b) }

// Known reports whether t is one of the page types this release defines.
func (t PageType) Known() bool { return slices.Contains(pageTypes, t) }

// pageType decides the page type: an article when the kind model's article score
// leads the other kinds' by minArticleScore; otherwise a listing or another kind,
// as the listing model weighs it.
func (e pageEvidence) pageType() PageType {
	switch {
	case e.articleLead() >= minArticleScore:
		return PageArticle
	case e.score(&listingWeights) >= 0:
		return PageListing
	}
	return PageOther
}

// isAlnumByte reports an ASCII letter or digit.
func isAlnumByte(c byte) bool { return ascii.IsLetter(c) || c >= '0' && c <= '9' }
