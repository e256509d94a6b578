package newsparse

import (
	"bytes"
	"fmt"
	"io"

	"golang.org/x/net/html"
)

// WithContentType passes the Content-Type header the page was served with, such as
// "text/html; charset=ISO-8859-1". Its charset outranks a <meta> declaration, as in a
// browser; a byte-order mark outranks both. For Parse, a media type of text/plain or
// text/html (or application/xhtml+xml) settles whether the input is a dump or a page.
func WithContentType(ct string) Option { return func(c *config) { c.contentType = ct } }

// ParseHTML reads a news page's HTML, in any charset, and returns the article as its
// reader saw it: the headline, standfirst, byline and date cross-checked between the
// visible page and its metadata (JSON-LD, OpenGraph, <meta>), the body paragraphs of
// the article region with their kinds, the images with captions and credits, and the
// furniture of the region (related links, newsletter boxes, share buttons) in
// Removed.
//
// The charset comes from a byte-order mark, WithContentType, a <meta> declaration or
// detection, in that order. The error is ErrEmpty, ErrTooLarge or ErrBinary
// (wrapped), or the reader's own error; any other input yields a best-effort Article.
func ParseHTML(r io.Reader, opts ...Option) (*Article, error) {
	cfg := newConfig(opts)
	raw, err := readLimited(r, cfg.maxBytes)
	if err != nil {
		return nil, err
	}
	return parseHTMLBytes(raw, cfg)
}

// Parse reads a page that may be HTML or a plain-text dump and hands it to ParseHTML
// or ParseText. Input is taken for HTML when it opens, after white space, with a
// comment or an XML declaration, or when its first 2 KiB hold a doctype or one of the
// common tags (<html, <body, <div, <p>, <span, <br, ...), unless WithContentType
// names text/plain or text/html. The input is decoded first (byte-order mark, the
// header's charset, UTF-16 by its zero bytes, a <meta> prescan, detection), so that a
// UTF-16 page is sniffed as the HTML it is; the size limit counts the bytes read.
func Parse(r io.Reader, opts ...Option) (*Article, error) {
	cfg := newConfig(opts)
	raw, err := readLimited(r, cfg.maxBytes)
	if err != nil {
		return nil, err
	}
	return parseRaw(raw, cfg)
}

// readLimited reads all of r, failing with ErrTooLarge as soon as more than max bytes
// arrive, so that an endless reader costs no more than the limit.
func readLimited(r io.Reader, limit int) ([]byte, error) {
	if r == nil {
		return nil, fmt.Errorf("%w: nil reader", ErrEmpty)
	}
	var buf bytes.Buffer
	// Readers that know their length (bytes.Reader, strings.Reader, a file's
	// section) get one allocation instead of a doubling series. ReadFrom wants
	// MinRead bytes free before each read, the last one that meets EOF included.
	if l, ok := r.(interface{ Len() int }); ok {
		buf.Grow(min(l.Len(), limit) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, int64(limit)+1))
	raw := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("newsparse: reading input: %w", err)
	}
	if len(raw) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return raw, nil
}

// htmlMarkers are tags whose presence near the start of the input makes it HTML.
var htmlMarkers = [][]byte{
	[]byte("<!doctype"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<meta"),
	[]byte("<title"), []byte("<div"), []byte("<p>"), []byte("<p "), []byte("<article"),
	[]byte("<script"), []byte("<br"), []byte("<span"), []byte("<table"), []byte("<h1"),
}

// looksLikeHTML sniffs the first kilobytes as the HTML standard's MIME sniffing does:
// known tags are the signal. A text dump may quote an angle bracket, not a <div.
func looksLikeHTML(raw []byte) bool {
	head := raw
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if bytes.HasPrefix(trimmed, []byte("<!--")) || bytes.HasPrefix(trimmed, []byte("<?xml")) {
		return true
	}
	lower := bytes.ToLower(head)
	for _, m := range htmlMarkers {
		if bytes.Contains(lower, m) {
			return true
		}
	}
	return false
}

func parseHTMLBytes(raw []byte, cfg config) (*Article, error) {
	return parseHTMLDecoded(raw, decodeInput(raw, cfg.contentType, true), cfg)
}

// parseHTMLDecoded is ParseHTML once the page is decoded.
func parseHTMLDecoded(raw []byte, d decoded, cfg config) (*Article, error) {
	// The checks read a sample and the leading bytes, so the page is never copied
	// into a string before parsing.
	if looksBinary(raw, d.text) {
		return nil, errBinary()
	}
	text := dropControls(d.text)
	if lead := bytes.TrimLeft(text, " \t\r\n\f"); len(lead) < binarySample && isBlank(string(lead)) {
		return nil, ErrEmpty
	}
	// Scripts, styles, comments and most attributes are over half the bytes of a
	// news page and none of what the walker reads; they leave before the tree is
	// built. The cut is made in place (text is ours: readLimited's buffer or the
	// decoder's) and leaves what the flat reader reads as it was.
	page := stripUnread(text)
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		// x/net/html refuses pages nested deeper than 512 elements. Such a page is
		// still text: read it flat, as a dump.
		return parseFlat(string(page), d, cfg)
	}
	revealStreamed(doc, page)
	a, err := articleFromTree(doc, bytes.Count(page, []byte("<")), cfg)
	if a != nil {
		a.Charset, a.CharsetSource = d.charset, d.source
	}
	return a, err
}

// articleFromTree reads a parsed page; tags is about how many elements it holds, to
// size the walker's tables.
func articleFromTree(doc *html.Node, tags int, cfg config) (*Article, error) {
	a, _, err := articleAndEvidence(doc, tags, cfg)
	return a, err
}

// articleAndEvidence is articleFromTree with the evidence the page type was decided
// on, for the evaluation that tunes the decision.
func articleAndEvidence(doc *html.Node, tags int, cfg config) (*Article, pageEvidence, error) {
	w := newWalker(tags)
	w.walk(doc, 0)
	w.flush()
	for _, s := range w.ldScripts {
		w.meta.jsonLD(s)
	}
	pageURL := w.meta.pageURL(cfg.url)
	res := w.buildBlocks(pageURL)
	if len(res.blocks) == 0 && res.headline == "" {
		return nil, pageEvidence{}, fmt.Errorf("%w: no visible text", ErrEmpty)
	}
	undecided := make([]bool, len(res.blocks))
	for i := range res.blocks {
		undecided[i] = res.blocks[i].role == roleUnknown
	}
	classify(res.blocks)
	for i := range res.blocks {
		// The front end leaves only lines before the first paragraph undecided; the
		// classifier names them (byline, dateline, standfirst, label) but the markup
		// has already placed them before the body, so they never become body text.
		if b := &res.blocks[i]; undecided[i] && isBodyRole(b.role) {
			b.role, b.reason = roleRemoved, ReasonBoilerplate
		}
	}
	a := assemble(res.blocks)
	completeFromMeta(a, res, pageURL)
	sanitizeArticle(a)
	if !cfg.noFigures {
		a.fillFigures()
	}
	ev := w.evidence(a, &res)
	a.PageType = ev.pageType()
	return a, ev, nil
}

// completeFromMeta fills the fields the page states only in its metadata, each
// checked against what is visible where that is possible.
func completeFromMeta(a *Article, res htmlResult, pageURL string) {
	m := res.meta
	if a.Headline == "" {
		a.Headline = res.headline
	}
	a.URL = pageURL
	a.Site = m.site
	m.more.fill(a, m, res.base)
	// Machine-readable dates carry the time and zone a visible "5 March 2024" lacks,
	// so metadata wins over the dateline read off the page; a bare <time> element
	// only fills a gap, since pages also date comments and related stories with it.
	if a.Modified.IsZero() {
		a.Modified = res.aboveModified
	}
	if m.modifiedRank != 0 && (m.modifiedRank < rankLoose || a.Modified.IsZero()) {
		a.Modified = m.modified
	}
	switch {
	case m.publishedRank != 0 && m.publishedRank < rankLoose:
		a.Published = m.published
	case !a.Published.IsZero():
	case !res.aboveDate.IsZero():
		a.Published = res.aboveDate
	case m.publishedRank != 0:
		a.Published = m.published
	case len(m.timeElems) > 0:
		a.Published = m.timeElems[0]
	case !a.Modified.IsZero():
		// The page says only when it was updated: that is the date its reader sees.
		a.Published = a.Modified
	}
	// JSON-LD authors are the most deliberate statement; a <meta name=author> often
	// names the publisher or CMS account instead, so it only fills a gap, as do the
	// weaker sources after it. An organisation is an author only when nothing
	// names a person.
	a.Byline = cleanNames(a.Byline)
	if len(m.authors) > 0 {
		a.Byline = dedupStrings(append([]string(nil), m.authors...))
	}
	for _, names := range [][]string{m.pageAuthors, m.metaAuthors, m.twitterAuthors(), m.relAuthorNames(), res.nearNames, m.orgAuthors} {
		if len(a.Byline) > 0 {
			break
		}
		a.Byline = dedupStrings(append([]string(nil), names...))
	}
}

// sanitizeArticle guarantees valid UTF-8 in every string, whatever bytes an
// attribute carried.
func sanitizeArticle(a *Article) {
	fix := func(s *string) { *s = cleanField(*s) }
	fix(&a.Headline)
	fix(&a.Standfirst)
	fix(&a.URL)
	fix(&a.Site)
	fix(&a.Canonical)
	fix(&a.Language)
	fix(&a.Description)
	fix(&a.Section)
	for i := range a.Tags {
		fix(&a.Tags[i])
	}
	for i := range a.Byline {
		fix(&a.Byline[i])
	}
	for i := range a.Paragraphs {
		fix(&a.Paragraphs[i].Text)
	}
	for i := range a.Images {
		im := &a.Images[i]
		fix(&im.Caption)
		fix(&im.URL)
		fix(&im.Alt)
		if im.Credit != nil {
			fix(&im.Credit.Text)
			for j := range im.Credit.Photographers {
				fix(&im.Credit.Photographers[j])
			}
			for j := range im.Credit.Agencies {
				fix(&im.Credit.Agencies[j])
			}
		}
	}
	for i := range a.Removed {
		fix(&a.Removed[i].Text)
	}
}

func isBodyRole(r role) bool {
	return r == roleBody || r == roleSubheading || r == roleQuote || r == roleList
}
