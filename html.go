package newsparse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hElem is one element of the page, kept in document order, so that a parent always
// precedes its children and sums over subtrees are one backward loop. A large page
// has thousands, so the fields are ordered and sized to leave no padding: the counts
// are int32, as the element indexes are, since neither can outgrow the page.
type hElem struct {
	parent int32
	tag    atom.Atom
	cls    clsBits
	// eff is the furniture bits in force for the subtree, after the guard that keeps a
	// container holding most of the page's prose from being taken for furniture.
	eff clsBits
	// sig is a hash of the class attribute: the same template component has the
	// same class list wherever it repeats.
	sig uint32
	// children counts the element children.
	children int32
	// runes and links are the length of the subtree's text and of its link text.
	runes, links int32
	// score is the content score of the element as a candidate region.
	score float64
	// raw is the prose of the subtree before furniture marks are applied; prose is
	// the prose outside furniture containers.
	raw, prose float64
	// blockChild is set when a block-level element sits directly inside, so the
	// element is a container rather than a paragraph. ownText is set when text sits
	// directly in the element: a wrapper with one child and no text of its own adds
	// nothing.
	blockChild, ownText bool
	touched             bool
}

// hBlock is what the walker knows of a block before roles are decided. A large page
// has thousands, so the element's name is not kept here but read off tag (tagName).
type hBlock struct {
	text      string
	elem      int32     // innermost block-level element
	tag       atom.Atom // its tag, 0 for an element the atom table does not know
	runes     int
	linkRunes int
	dateRunes int
	ctx       hContext
	image     int32 // index into images for an image placeholder, else -1
	table     int32 // 1 + index into tables for a cell of a data table, else 0
	// links is the block's links, a range of walker.links.
	links linkRange

	// The context marks that hold, once element sizes are known (resolveMarks).
	fig                                      int32
	caption, credit, dek, byline, date, list bool
}

// hContext is what the ancestors of a block say about it.
type hContext struct {
	figure  int32 // innermost figure container, -1 if none
	heading uint8 // 1-6 inside h1-h6
	quote   bool  // inside <blockquote>
	list    bool  // inside <li>
	aside   bool  // inside <aside>, <nav>, <footer>
	header  bool  // inside <header>
	itemHL  bool  // itemprop=headline
	// The innermost element that marks the block as a caption (<figcaption> or a
	// caption class), credit, dek, byline (author class or rel=author) or date (<time>
	// or a date class); -1 if none. They are element indexes rather than flags because
	// a mark only counts when its element is small: a template that puts
	// "author-123" on the whole article does not make the article a byline.
	caption, credit, dek, byline, date int32
}

// noCtx is the context of the document root.
var noCtx = hContext{figure: -1, caption: -1, credit: -1, dek: -1, byline: -1, date: -1}

// hImage is one <img> (or <amp-img>) of the page.
type hImage struct {
	elem     int32
	figure   int32
	url, alt string
	before   int // number of blocks emitted before it
	tiny     bool
}

// walker turns a parsed page into elements, blocks and images in one pass, and reads
// the page's metadata on the way.
type walker struct {
	// order is how the page writes numeric dates, decided before its datelines are
	// read (buildBlocks).
	order  classify.NumericOrder
	elems  []hElem
	blocks []hBlock
	images []hImage
	meta   pageMeta
	base   string

	buf       []byte // text of the block being built
	runes     int
	linkRunes int
	dateRunes int // runes of the block inside <time> or a date-classed element
	linkDepth int
	space     bool // a space is pending before the next visible character
	curElem   int32
	curTag    atom.Atom
	ctx       hContext
	ldScripts []string
	parents   []int32 // indexes of the open elements, innermost last
	// classes reads class and id attributes, remembering the bits of each class
	// list met: templates repeat the same class lists over and over.
	classes htmldom.Classifier
	// descGrams are the bigrams of meta.descriptions, for matchesDescription;
	// blockGrams are the block's it compares with them.
	descGrams  [][]uint64
	blockGrams []uint64
	// tables are the rows of the data tables met; curTable marks the blocks of the
	// one being read (html_table.go).
	tables   [][]htmldom.Row
	curTable int32
	// links are the links of every block, in order; linkMark is where the block
	// being built starts its own (html_links.go).
	links    []hLink
	linkMark int32
	// page counts the page's parts that tell its kind (pagetype.go).
	page pageCounts
	// noscripts are the <noscript> elements whose text holds markup; shell maps
	// those read in place of an application shell to their content parsed as
	// markup, which the walk reads where the element stands (html_noscript.go).
	noscripts []*html.Node
	shell     map[*html.Node][]*html.Node
	// revealStyled makes the walk read elements hidden by an inline style alone, for
	// a page that hides all of its content until its scripts run (revealCloaked).
	revealStyled bool
}

// newWalker sizes the walker's tables for a page with about tags markup tags, so
// that most pages never grow them. An element takes a start tag and most take an
// end tag too: few pages have more than tags/2. On the Zyte and WCXB pages the
// median is a block for every seven or eight tags and a link for every twelve to
// twenty; at tags/5 and tags/10 the tables allocate less in all, growth included,
// than when they start smaller (measured over both sets).
func newWalker(tags int) *walker {
	return &walker{
		elems:   make([]hElem, 0, max(64, tags/2)),
		blocks:  make([]hBlock, 0, max(32, tags/5)),
		links:   make([]hLink, 0, tags/10),
		buf:     make([]byte, 0, 1024),
		curElem: -1,
		ctx:     noCtx,
	}
}

// walk visits n and its subtree. It is recursive, bounded by htmldom.MaxDepth.
func (w *walker) walk(n *html.Node, depth int) {
	if depth > htmldom.MaxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		if w.appendText(n.Data) {
			if p := w.curParent(); p >= 0 {
				w.elems[p].ownText = true
			}
		}
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, depth+1)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Html:
		w.meta.more.HTMLElement(n)
	case atom.Head:
		w.walkHead(n, depth)
		return
	case atom.Script:
		if strings.Contains(strings.ToLower(htmldom.Attr(n, "type")), "ld+json") && n.FirstChild != nil {
			w.ldScripts = append(w.ldScripts, n.FirstChild.Data)
		}
		return
	case atom.Meta:
		w.meta.metaElement(n) // microdata <meta itemprop> sits in the body
		return
	case atom.Link:
		w.meta.linkElement(n)
		return
	case atom.Title:
		if w.meta.title == "" {
			w.meta.title = collapseSpace(htmldom.TextOf(n))
		}
		return
	case atom.Br:
		w.flush()
		return
	case atom.Img:
		w.image(n)
		return
	}
	if n.DataAtom == 0 && n.Data == "amp-img" {
		w.image(n)
	}
	w.page.element(n.DataAtom)
	if n.DataAtom == atom.Noscript {
		if kids, ok := w.shell[n]; ok {
			for _, c := range kids {
				w.walk(c, depth+1)
			}
			return
		}
		w.noteNoscript(n)
	}
	if htmldom.SkipTag(n.DataAtom) || htmldom.HiddenBy(n, !w.revealStyled) {
		return
	}

	var class, id, itemprop string
	dialog := false
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "itemprop":
			itemprop = a.Val
		case "datetime":
			w.meta.timeElement(n)
		case "role", "aria-modal":
			dialog = dialog || htmldom.DialogAttr(a)
		}
	}
	bits, sig := w.classifyElement(class, id)
	if bits&clsHidden != 0 {
		return
	}
	if dialog {
		bits |= clsDialog
	}
	w.page.marks(bits, itemprop)
	if n.DataAtom == atom.Time && htmldom.Attr(n, "datetime") == "" {
		w.meta.timeText(n)
	}
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		// The classes of <html> and <body> describe the page ("has-comments",
		// "single-post", "date-archive"), not a part of it: read as marks they
		// would apply to every block.
		bits = 0
	}
	idx := int32(len(w.elems))
	if p := w.curParent(); p >= 0 {
		w.elems[p].children++
	}
	w.elems = append(w.elems, hElem{parent: w.curParent(), tag: n.DataAtom, cls: bits, sig: sig})

	isBlock := htmldom.BlockTag(n.DataAtom) || n.DataAtom == 0 && htmldom.HoldsBlocks(n)
	// A caption, credit, byline or date is its own block even when marked up inline
	// (<span class="caption">), so that it can be told apart from the text around it.
	if !isBlock && bits&(clsCredit|clsCaption|clsByline|clsDate) != 0 {
		isBlock = true
	}
	savedCtx, savedElem, savedTag := w.ctx, w.curElem, w.curTag
	ctx := w.ctx
	switch n.DataAtom {
	case atom.Figure:
		ctx.figure = idx
	case atom.Figcaption:
		ctx.caption = idx
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		ctx.heading = uint8(n.DataAtom.String()[1] - '0')
	case atom.Blockquote:
		ctx.quote = true
	}
	if bits&clsEmbed != 0 {
		// An embedded post is quoted material the article relies on; readers and
		// the benchmark's annotators read it as part of the article.
		ctx.quote = true
	}
	switch n.DataAtom {
	case atom.Li:
		ctx.list = true
	case atom.Time:
		ctx.date = idx
	case atom.Aside, atom.Nav, atom.Footer:
		ctx.aside = true
	case atom.Header:
		ctx.header = true
	case atom.A:
		if hasWord(htmldom.Attr(n, "rel"), "author") {
			ctx.byline = idx
			w.meta.relAuthors = appendDistinct(w.meta.relAuthors, maxMetaNames, collapseSpace(htmldom.TextOf(n)))
		}
	}
	if bits&clsFigure != 0 && ctx.figure < 0 {
		ctx.figure = idx
	}
	if bits&clsCaption != 0 {
		ctx.caption = idx
	}
	if bits&clsCredit != 0 {
		ctx.credit = idx
	}
	if bits&clsByline != 0 {
		ctx.byline = idx
	}
	if bits&clsDate != 0 {
		ctx.date = idx
	}
	if bits&clsDek != 0 {
		ctx.dek = idx
	}
	if itemprop != "" {
		if strings.EqualFold(itemprop, "headline") {
			ctx.itemHL = true
		}
		if strings.EqualFold(itemprop, "datePublished") {
			w.meta.timeElement(n)
		}
	}

	if isBlock {
		w.flush()
		if w.curElem >= 0 {
			w.elems[w.curElem].blockChild = true
		}
		w.curElem, w.curTag = idx, n.DataAtom
	}
	w.ctx = ctx
	// The element index is also the parent for elements below; curParent reads it
	// from the stack kept in parents.
	w.pushParent(idx)
	isLink := n.DataAtom == atom.A
	var open openLink
	if isLink {
		w.linkDepth++
		open = w.openLink(n)
	}
	savedTable := w.enterTable(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
	if isLink {
		w.linkDepth--
		w.closeLink(open)
	}
	w.popParent()
	if isBlock {
		w.flush()
		w.curElem, w.curTag = savedElem, savedTag
	}
	w.curTable = savedTable
	w.ctx = savedCtx
}

// The walker keeps the chain of open elements to give each new element its parent.
// It lives in elems itself: the open element is the last pushed, found through the
// stack of indexes below.
func (w *walker) curParent() int32 {
	if n := len(w.parents); n > 0 {
		return w.parents[n-1]
	}
	return -1
}

func (w *walker) pushParent(i int32) { w.parents = append(w.parents, i) }
func (w *walker) popParent()         { w.parents = w.parents[:len(w.parents)-1] }

// walkHead reads the metadata of <head>; nothing in it is visible text.
func (w *walker) walkHead(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Meta:
			w.meta.metaElement(c)
		case atom.Link:
			w.meta.linkElement(c)
		case atom.Title:
			if w.meta.title == "" {
				w.meta.title = collapseSpace(htmldom.TextOf(c))
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(htmldom.Attr(c, "type")), "ld+json") && c.FirstChild != nil {
				w.ldScripts = append(w.ldScripts, c.FirstChild.Data)
			}
		case atom.Base:
			if h := htmldom.Attr(c, "href"); h != "" && w.base == "" {
				w.base = h
			}
		default:
			if depth < htmldom.MaxDepth {
				w.walkHead(c, depth+1)
			}
		}
	}
}

// appendText adds a text node to the current block, collapsing white space as a
// browser does and dropping invisible characters; invalid UTF-8 becomes U+FFFD so
// that the output is always valid. It reports whether s holds anything but white
// space (unicode.IsSpace), invisible characters and controls included: text that
// sits in its element, by the measure of strings.TrimSpace.
func (w *walker) appendText(s string) (nonSpace bool) {
	link := w.linkDepth > 0
	start := w.runes
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if isHTMLSpace(c) {
				// The indentation of the markup, most of the text nodes of a page,
				// is skipped at once.
				for i < len(s) && isHTMLSpace(s[i]) {
					i++
				}
				w.space = true
				continue
			}
			if c < 0x20 || c == 0x7f {
				nonSpace = nonSpace || c != '\v'
				continue
			}
			nonSpace = true
			// A run of visible ASCII, most of any text, is copied at once, with the
			// single spaces between its words, which collapse to themselves.
			j := i
			for j < len(s) {
				if s[j] > ' ' && s[j] < 0x7f {
					j++
				} else if s[j] == ' ' && j+1 < len(s) && s[j+1] > ' ' && s[j+1] < 0x7f {
					j += 2
				} else {
					break
				}
			}
			w.emitSpace(link)
			w.buf = append(w.buf, s[i-1:j]...)
			w.runes += j - i + 1
			if link {
				w.linkRunes += j - i + 1
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			nonSpace = true
			w.emitSpace(link)
			w.buf = append(w.buf, "\uFFFD"...)
			w.runes++
			i++
			continue
		}
		i += size
		if ascii.IsSpaceRune(r) {
			w.space = true
			continue
		}
		nonSpace = true
		if isInvisible(r) || unicode.IsControl(r) {
			continue
		}
		w.emitSpace(link)
		w.buf = append(w.buf, s[i-size:i]...)
		w.runes++
		if link {
			w.linkRunes++
		}
	}
	// A <time> set inline ("<time>09:40</time>" alone in an update) is only known to
	// make its block a dateline by how much of the block it fills.
	if w.ctx.date >= 0 {
		w.dateRunes += w.runes - start
	}
	return nonSpace
}

// isHTMLSpace reports the white space of HTML (as htmldom's tokenizer reads it):
// space, tab, line feed, carriage return and form feed.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

func (w *walker) emitSpace(link bool) {
	if w.space && len(w.buf) > 0 {
		w.buf = append(w.buf, ' ')
		w.runes++
		if link {
			w.linkRunes++
		}
	}
	w.space = false
}

// flush ends the current block.
func (w *walker) flush() {
	w.space = false
	if len(w.buf) == 0 {
		w.runes, w.linkRunes, w.dateRunes = 0, 0, 0
		return
	}
	w.blocks = append(w.blocks, hBlock{
		text: string(w.buf), elem: w.curElem, tag: w.curTag,
		runes: w.runes, linkRunes: w.linkRunes, dateRunes: w.dateRunes, ctx: w.ctx, image: -1,
		table: w.curTable, links: w.takeLinks(),
	})
	w.buf = w.buf[:0]
	w.runes, w.linkRunes, w.dateRunes = 0, 0, 0
}

// inElement reports block b read inside a block-level element, one the atom table
// knows (its tag) or a custom one such as <story-body> (its tag is 0, but it has an
// element): not text outside any. An image's block has its tag whatever its parent.
func inElement(b *hBlock) bool { return b.tag != 0 || b.elem >= 0 }

// image records an <img> or <amp-img>, and places a block for it in reading order so
// that its position among the paragraphs is known.
func (w *walker) image(n *html.Node) {
	if htmldom.Hidden(n) || len(w.images) >= maxPageImages {
		return
	}
	src := htmldom.ImageSource(n)
	if src == "" {
		return
	}
	w.flush()
	im := hImage{
		elem: w.curParent(), figure: w.ctx.figure, url: src,
		alt: collapseSpace(htmldom.Attr(n, "alt")), before: len(w.blocks), tiny: htmldom.TinyImage(n),
	}
	w.images = append(w.images, im)
	w.blocks = append(w.blocks, hBlock{elem: w.curParent(), tag: atom.Img,
		ctx: w.ctx, image: int32(len(w.images) - 1)})
}
