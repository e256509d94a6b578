package newsparse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/htmldom"
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
	// A reader that can write itself out (bytes.Reader, strings.Reader, bufio.Reader)
	// hands over its bytes in one call or a few, which are copied once into a buffer
	// of their size; the buffer ReadFrom grows is cleared before each read fills it.
	if wt, ok := r.(io.WriterTo); ok {
		c := limitedBuffer{limit: limit}
		if _, err := wt.WriteTo(&c); err != nil {
			if c.over {
				return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
			}
			return nil, fmt.Errorf("newsparse: reading input: %w", err)
		}
		return c.buf, nil
	}
	var buf bytes.Buffer
	// Readers that know their length (a file's section) get one allocation instead
	// of a doubling series. ReadFrom wants MinRead bytes free before each read, the
	// last one that meets EOF included.
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

// limitedBuffer collects what a reader's WriteTo writes, refusing the write that
// would take it past limit.
type limitedBuffer struct {
	buf   []byte
	limit int
	over  bool // a write was refused for the limit
}

// errOverLimit stops a WriteTo at the limit; readLimited reports ErrTooLarge.
var errOverLimit = errors.New("newsparse: input over the size limit")

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if len(p) > b.limit-len(b.buf) {
		b.over = true
		return 0, errOverLimit
	}
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteString spares io.WriteString (strings.Reader's WriteTo) a copy of s.
func (b *limitedBuffer) WriteString(s string) (int, error) {
	if len(s) > b.limit-len(b.buf) {
		b.over = true
		return 0, errOverLimit
	}
	b.buf = append(b.buf, s...)
	return len(s), nil
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
	// Scripts, styles and comments are over half the bytes of a news page and none
	// of what the walker reads; they leave before the tree is built. The cut is made
	// in place (text is ours: readLimited's buffer or the decoder's) and leaves what
	// the flat reader reads as it was.
	t, err := htmldom.Parse(text)
	if err != nil {
		// x/net/html refuses pages nested deeper than 512 elements. Such a page is
		// still text: read it flat, as a dump.
		return parseFlat(string(t.Page), d, cfg)
	}
	a, err := articleFromTree(t.Doc, t.Tags, cfg)
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
	w := readTree(doc, tags)
	pageURL := w.meta.pageURL(cfg.url)
	res := w.buildBlocks(pageURL)
	if len(res.blocks) == 0 && res.headline == "" {
		return nil, pageEvidence{}, fmt.Errorf("%w: no visible text", ErrEmpty)
	}
	a := articleOf(res, pageURL)
	ev := w.evidence(a, &res)
	a.PageType = ev.pageType()
	switch {
	case a.PageType != PageArticle:
		a = w.readAsItems(a, pageURL)
	case len(a.Paragraphs) == 0:
		// Read as an article the page gave no body: its text is in linked items
		// (a section front taken for an article). Its items are a better answer than
		// nothing, marked as a guess.
		if la := w.readAsItems(a, pageURL); la != a {
			a = la
			a.BodyFallback = true
		}
	}
	if !cfg.noFigures {
		a.fillFigures()
	}
	return a, ev, nil
}

// readTree walks the parsed page: once, again when a <noscript> holds the page the
// scripts would show, and again when styles hide most of its prose; then it reads
// the page's JSON-LD.
func readTree(doc *html.Node, tags int) *walker {
	w := newWalker(tags)
	w.walk(doc, 0)
	w.flush()
	if shell := w.shellNoscripts(); shell != nil {
		w = newWalker(tags)
		w.shell = shell
		w.walk(doc, 0)
		w.flush()
	}
	w = w.revealCloaked(doc, tags)
	for _, s := range w.ldScripts {
		w.meta.jsonLD(s)
	}
	return w
}

// articleOf assembles the Article, but for its figures, from the blocks the front
// end settled.
func articleOf(res htmlResult, pageURL string) *Article {
	undecided := make([]bool, len(res.blocks))
	for i := range res.blocks {
		undecided[i] = res.blocks[i].Role == block.RoleUnknown
	}
	classify.Blocks(res.blocks)
	for i := range res.blocks {
		// The front end leaves only lines before the first paragraph undecided; the
		// classifier names them (byline, dateline, standfirst, label) but the markup
		// has already placed them before the body, so they never become body text.
		if b := &res.blocks[i]; undecided[i] && isBodyRole(b.Role) {
			b.Role, b.Reason = block.RoleRemoved, block.ReasonBoilerplate
		}
	}
	a := assemble(res.blocks, res.order)
	completeFromMeta(a, res, pageURL)
	sanitizeArticle(a)
	return a
}

// bodyRunes is the length of the Article's body text.
func bodyRunes(a *Article) int {
	n := 0
	for _, p := range a.Paragraphs {
		n += utf8.RuneCountInString(p.Text)
	}
	return n
}

// completeFromMeta fills the fields the page states only in its metadata, each
// checked against what is visible where that is possible.
func completeFromMeta(a *Article, res htmlResult, pageURL string) {
	m := res.meta
	if a.Headline == "" {
		a.Headline = res.headline
	}
	a.Headline = tidyHeadline(a.Headline, m)
	a.URL = pageURL
	a.Site = m.site
	a.BodyFallback = res.fallback && len(a.Paragraphs) > 0
	m.fill(a, res.base)
	// Machine-readable dates carry the time and zone a visible "5 March 2024" lacks,
	// so metadata wins over the dateline read off the page; a bare <time> element
	// only fills a gap, since pages also date comments and related stories with it.
	if a.Modified.IsZero() {
		a.Modified = res.aboveModified
	}
	if a.Modified.IsZero() {
		a.Modified = res.laterModified
	}
	if m.modifiedRank != 0 && (m.modifiedRank < rankLoose || a.Modified.IsZero()) {
		a.Modified = m.modified
	}
	visible := a.Published
	if visible.IsZero() {
		visible = res.aboveDate
	}
	switch {
	case m.publishedRank != 0 && m.publishedRank < rankLoose && !visibleOverrules(visible, m.published, a.Modified):
		a.Published = inPageZone(m.published, visible, m.zones)
	case !a.Published.IsZero():
	case !res.aboveDate.IsZero():
		a.Published = res.aboveDate
	case m.publishedRank != 0:
		a.Published = m.published
	case !res.laterDate.IsZero():
		a.Published = res.laterDate
	case len(m.timeElems) > 0:
		a.Published = m.timeElems[0]
	case !a.Modified.IsZero():
		// The page says only when it was updated: that is the date its reader sees.
		a.Published = a.Modified
	}
	// A numeric dateline ("03/01/2017") is read day first; when a machine date on
	// the page is the same date read month first, the page writes month first.
	if !a.Published.Equal(m.published) {
		machine := slices.Clone(m.timeElems)
		if m.publishedRank != 0 && m.publishedRank < rankLoose {
			machine = append(machine, m.published)
		}
		if m.modifiedRank != 0 && m.modifiedRank < rankLoose {
			machine = append(machine, m.modified)
		}
		for _, t := range machine {
			if dayMonthSwapped(a.Published, t) {
				a.Published = t
				break
			}
		}
	}
	// JSON-LD authors are the most deliberate statement; a <meta name=author> often
	// names the publisher or CMS account instead, so it only fills a gap, as do the
	// weaker sources after it. An organisation is an author only when nothing
	// names a person.
	// The site or publisher named as the author ("USA TODAY" in the JSON-LD author
	// slot, a <meta name=author> that repeats og:site_name) credits the house, not a
	// writer: such names join the organisations, used only when no source names
	// anyone else.
	var house []string
	notHouse := func(names []string) []string {
		var out []string
		for _, n := range names {
			if isHouseName(n, m, pageURL) {
				house = appendDistinct(house, maxMetaNames, n)
			} else {
				out = append(out, n)
			}
		}
		return out
	}
	authors := notHouse(m.authors)
	a.Byline = notHouse(cleanNames(a.Byline))
	if len(authors) > 0 {
		a.Byline = dedupStrings(authors)
	}
	for _, names := range [][]string{m.pageAuthors, m.metaAuthors, m.twitterAuthors(), slices.DeleteFunc(m.relAuthorNames(), hasUIWord), slices.DeleteFunc(slices.Clone(res.nearNames), hasUIWord), res.labelledNames} {
		if len(a.Byline) > 0 {
			break
		}
		a.Byline = dedupStrings(notHouse(names))
	}
	// The house is named once, by its most trusted source.
	for _, names := range [][]string{m.orgAuthors, house[:min(len(house), 1)]} {
		if len(a.Byline) > 0 {
			break
		}
		a.Byline = dedupStrings(append([]string(nil), names...))
	}
}

// isHouseName reports a name that is the site's own: its og:site_name or a JSON-LD
// publisher or a part of one ("Top Growth" of "Top Growth Marketing - Ad
// Partner"), or the words of its host
// name run together ("One Tree Planted" on onetreeplanted.org).
func isHouseName(name string, m *pageMeta, pageURL string) bool {
	if wordsOverlap(name, m.site) {
		return true
	}
	for _, p := range m.publishers {
		if wordsOverlap(name, p) {
			return true
		}
	}
	var key []byte
	for _, r := range strings.ToLower(name) {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			key = append(key, byte(r))
		} else if unicode.IsLetter(r) {
			return false // the host name test is for ASCII names
		}
	}
	if len(key) < 6 || pageURL == "" {
		return false
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	label, _, _ := strings.Cut(host, ".")
	return label == string(key)
}

// visibleOverrules reports whether the date the page shows by its headline should
// stand against the metadata's published date. Templates stamp metadata with the
// import, migration or republication time (a 2013 post re-hosted in 2024) while the
// dateline keeps the date the reader is given, so a visible date days apart wins. It
// does not when the two are a time zone apart (the metadata carries the exact
// instant), when the visible date is the update time the metadata also gives (the
// dateline shows "Updated …" and the metadata the first publication), or when it is
// the metadata's date with day and month read the other way round ("03/04/2025"
// under a day-first reading).
func visibleOverrules(visible, meta, modified time.Time) bool {
	if visible.IsZero() || meta.IsZero() {
		return false
	}
	gap := visible.Sub(meta)
	if gap < 0 {
		gap = -gap
	}
	if sameDay(visible, modified) {
		return false
	}
	if gap <= 48*time.Hour {
		return !dayInSomeZone(meta, visible)
	}
	return !dayMonthSwapped(visible, meta) && !dayMonthSwapped(visible, modified)
}

// Time zones in use run from 12 hours behind UTC to 14 ahead.
const (
	minZoneOffset = -12 * time.Hour
	maxZoneOffset = 14 * time.Hour
)

// dayInSomeZone reports whether the instant t falls on the calendar day of day (as
// day is written) in some time zone in use: a metadata time and a dateline a day
// apart are one moment seen from two zones only then.
func dayInSomeZone(t, day time.Time) bool {
	y, mo, d := day.Date()
	start := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	// t is on the day under offset o when start <= t+o < start+24h.
	lo, hi := start.Sub(t.UTC()), start.Add(24*time.Hour).Sub(t.UTC())
	return lo <= maxZoneOffset && hi > minZoneOffset
}

// inPageZone writes the metadata time t in the page's own time zone when the
// visible dateline gives another calendar day than t as written: metadata is often
// stamped in UTC while the page prints its local day ("December 18" for
// 2025-12-19T02:41Z on a page whose other times are at -05:00). The zone is one the
// page's machine-readable times use and that puts t on the visible day; t is
// returned as it is when there is none.
func inPageZone(t, visible time.Time, zones []int) time.Time {
	if visible.IsZero() || sameDay(t, visible) {
		return t
	}
	for _, off := range zones {
		if local := t.In(time.FixedZone("", off)); sameDay(local, visible) {
			return local
		}
	}
	return t
}

// sameDay reports two times on one calendar day, as each is written.
func sameDay(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// dayMonthSwapped reports two dates that are one numeric date read day-first and
// month-first.
func dayMonthSwapped(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && int(am) == bd && ad == int(bm) && am != bm
}

// tidyHeadline settles a visible headline against the page's metadata titles: the
// site's name a template printed after it goes ("… – Artlyst" on Artlyst); a
// section label before it goes when the metadata gives the rest alone ("Blog: Best
// Agencies of 2025"); and a headline set in capitals takes the letter case the
// metadata writes it in, since the capitals are the typography's, not the words'
// (unless a metadata title too is in capitals).
func tidyHeadline(h string, m *pageMeta) string {
	if h == "" {
		return h
	}
	if m.site != "" {
		for sep := range classify.SiteSeparators() {
			if head, tail, ok := cutLast(h, sep); ok && strings.EqualFold(strings.TrimSpace(tail), m.site) && wordCount(head) >= 2 {
				h = strings.TrimSpace(head)
				break
			}
		}
	}
	titles := make([]string, 0, len(m.titles)+1)
	for _, t := range m.titles {
		titles = append(titles, classify.StripSiteSuffix(t, m.site))
	}
	if m.title != "" {
		titles = append(titles, classify.StripSiteSuffix(m.title, m.site))
	}
	fh := foldTitle(h)
	if label, rest, ok := strings.Cut(h, ": "); ok && wordCount(label) <= 2 && wordCount(rest) >= 3 {
		fr := foldTitle(rest)
		for _, t := range titles {
			if foldTitle(t) == fr {
				return strings.TrimSpace(rest)
			}
		}
	}
	if wordCount(h) >= 2 && isUpperCased(h) && !slices.ContainsFunc(titles, func(t string) bool { return foldTitle(t) == fh && isUpperCased(t) }) {
		for _, t := range titles {
			if foldTitle(t) == fh && !isUpperCased(t) {
				return t
			}
		}
	}
	return h
}

// cutLast slices s around the last instance of sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// wordsOverlap reports a name that is the site's name or some of its whole words,
// case aside. A name that adds words to the site's ("The Example Team") is a desk of
// it, not the house.
func wordsOverlap(name, site string) bool {
	if name == "" || site == "" {
		return false
	}
	return strings.Contains(" "+strings.ToLower(collapseSpace(site))+" ", " "+strings.ToLower(collapseSpace(name))+" ")
}

// sanitizeArticle guarantees valid UTF-8 in every string, whatever bytes an
// attribute carried.
func sanitizeArticle(a *Article) { sanitizeArticleFrom(a, "") }

// sanitizeArticleFrom is sanitizeArticle, given a text known to need no cleaning
// (ParseText's normalised dump, "" for none): a string that is a run of its whole
// characters (wholeCharsOf) is left as it is unread. A dump's paragraphs and removed
// lines mostly are, and reading them all again cost ParseText a pass over its text.
func sanitizeArticleFrom(a *Article, clean string) {
	fix := func(s *string) {
		if !wholeCharsOf(*s, clean) {
			*s = cleanField(*s)
		}
	}
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

func isBodyRole(r block.Role) bool {
	return r == block.RoleBody || r == block.RoleSubheading || r == block.RoleQuote || r == block.RoleList
}
