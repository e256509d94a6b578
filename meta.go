package newsparse

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself outside its visible text: <title>, <meta>
// tags (OpenGraph, Twitter cards, name=author/description/date), <link rel=canonical>,
// schema.org JSON-LD, <time datetime> and rel=author links. All of it is evidence to be
// checked against the visible page, never taken as the answer on its own.
type pageMeta struct {
	title         string // <title>
	pagerLinks    int    // <link rel=next|prev>: the page is one of a sequence (pagetype.go)
	titles        []string
	descriptions  []string
	authors       []string // names from JSON-LD
	metaAuthors   []string // names from <meta name=author> and kin
	relAuthors    []string // text of rel=author links
	pageAuthors   []string // names from a JSON-LD WebPage, when no article names one
	orgAuthors    []string // organisations in a JSON-LD author slot: a last resort
	published     time.Time
	publishedRank int // lower is more trusted; 0 means unset
	modified      time.Time
	modifiedRank  int
	// twLabel and twData are Twitter's label/data pairs ("Written by" / "Ann Lee").
	twLabel, twData  [2]string
	site             string
	publishers       []string // names of JSON-LD publishers
	canonical, ogURL string
	ldURL            string
	timeElems        []time.Time // <time datetime> values, in document order
	// zones are the UTC offsets the page's machine-readable times are written in
	// (seconds east), distinct, in order: the page's own time zone is among them.
	zones                 []int
	isLiveBlog, isArticle bool
	// more holds the fields read for the output alone (language, section, tags, lead
	// image); see fill.
	more htmldom.MetaFields
}

// Ranks of the sources of Published, most trusted first. JSON-LD datePublished is
// written for machines and rarely wrong; <time> elements also date comments and
// related stories, so they come last.
const (
	rankLD = iota + 1
	rankOGPublished
	rankMetaDate
	rankItemprop
	rankCreated
	rankLDPage // a JSON-LD WebPage's dates describe the page, usually the article's
	// rankLoose is a metadata date in a human form; it ranks after the visible
	// dateline (completeFromMeta).
	rankLoose
)

// setPublished reads a metadata date value given by a source of the rank into
// Published, keeping the most trusted; setModified does the same for Modified.
func (m *pageMeta) setPublished(v string, rank int) {
	m.addZone(rankedTime(v, rank, &m.published, &m.publishedRank))
}

func (m *pageMeta) setModified(v string, rank int) {
	m.addZone(rankedTime(v, rank, &m.modified, &m.modifiedRank))
}

// maxZones bounds pageMeta.zones; a page writes its times in one or two zones.
const maxZones = 4

// addZone notes the UTC offset a machine-readable time was written in.
func (m *pageMeta) addZone(t time.Time) {
	if t.IsZero() || len(m.zones) >= maxZones {
		return
	}
	if _, off := t.Zone(); !slices.Contains(m.zones, off) {
		m.zones = append(m.zones, off)
	}
}

// rankedTime stores the time v gives in *t unless a more trusted source (a lower
// rank) set it already, and returns the machine-readable time v gives, zero for none.
// A value only the loose reader understands ranks as rankLoose: templates that print
// a human date into metadata print the render time there as often as the article's.
func rankedTime(v string, rank int, t *time.Time, have *int) time.Time {
	got := htmldom.ParseTime(v)
	machine := got
	if got.IsZero() {
		got, rank = looseTimeValue(v), rankLoose
	}
	if !got.IsZero() && (*have == 0 || rank < *have) {
		*t, *have = got, rank
	}
	return machine
}

// metaElement reads one <meta> element.
func (m *pageMeta) metaElement(n *html.Node) {
	var key, content, itemprop string
	for _, a := range n.Attr {
		switch a.Key {
		case "property", "name":
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(a.Val))
			}
		case "itemprop":
			itemprop = strings.ToLower(strings.TrimSpace(a.Val))
		case "content":
			content = strings.TrimSpace(a.Val)
		}
	}
	if content == "" {
		return
	}
	if key == "" {
		key = itemprop
	}
	switch key {
	case "og:title", "twitter:title", "headline", "sailthru.title", "parsely-title", "dc.title":
		m.titles = appendDistinct(m.titles, maxMetaTitles, collapseSpace(content))
	case "og:description", "description", "twitter:description", "sailthru.description", "dc.description":
		m.descriptions = appendDistinct(m.descriptions, maxMetaDescriptions, collapseSpace(content))
	case "author", "article:author", "sailthru.author", "parsely-author", "dc.creator", "byl", "citation_author":
		// article:author is often a profile URL, which names nobody.
		if !strings.Contains(content, "://") && !strings.HasPrefix(content, "www.") {
			m.metaAuthors = appendDistinct(m.metaAuthors, maxMetaNames, metaAuthorNames(content)...)
		}
	case "og:site_name", "application-name":
		if m.site == "" {
			m.site = collapseSpace(content)
		}
	case "og:url":
		m.ogURL = content
	case "article:published_time", "og:article:published_time", "datepublished":
		m.setPublished(content, rankOGPublished)
	case "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
		"sailthru.date", "parsely-pub-date", "dcterms.created", "article.published", "published_time",
		"citation_publication_date", "citation_date", "citation_online_date":
		m.setPublished(content, rankMetaDate)
	case "article:modified_time", "og:article:modified_time", "datemodified":
		m.setModified(content, rankOGPublished)
	case "og:updated_time", "dcterms.modified", "last-modified", "lastmod":
		m.setModified(content, rankMetaDate)
	case "twitter:label1", "twitter:label2":
		m.twLabel[key[len(key)-1]-'1'] = content
	case "twitter:data1", "twitter:data2":
		m.twData[key[len(key)-1]-'1'] = content
	default:
		switch metaDateKey(key) {
		case 1:
			m.setPublished(content, rankMetaDate)
		case 2:
			m.setModified(content, rankMetaDate)
		default:
			m.more.MetaElement(key, content, n)
		}
	}
}

// Words of the <meta> names that CMS templates invent for their dates ("published",
// "published-date", "Updated Date", "page_modified_time"): a publish or update word,
// and otherwise only words that say the value is a date.
var (
	metaPublishWords = []string{"published", "publish", "publication", "pub"}
	metaUpdateWords  = []string{"modified", "updated", "update", "modification"}
	metaDateWords    = []string{"date", "time", "datetime", "on", "at", "article", "page", "post", "content", "original", "first", "last"}
)

// metaDateKey classifies a <meta> name the fixed list does not know: 1 when it names
// the publication date, 2 when it names the update date, 0 otherwise. After the
// publish or update word, a name with any other word ("published-by",
// "publishedtype") is not a date, and neither is one without such a word
// ("publisher", "date-format"). Words before it name the vendor or vocabulary
// ("w-published-date", "dc.date.modified"), as a prefix before the last colon does
// ("og:publish_date", a Hugo theme's; "cXenseParse:publishtime"), and are not read.
// The words may be run together ("publishtime").
func metaDateKey(key string) int {
	if i := strings.LastIndexByte(key, ':'); i >= 0 {
		key = key[i+1:]
	}
	pub, mod := false, false
	for f := range strings.FieldsFuncSeq(key, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w := metaDateWord(f); {
		case w == 1:
			pub = true
		case w == 2:
			mod = true
		case w == 0 && !slices.Contains(metaDateWords, f) && (pub || mod):
			return 0
		}
	}
	switch {
	case pub && !mod:
		return 1
	case mod && !pub:
		return 2
	}
	return 0
}

// metaDateWord reads one word of a <meta> name: 1 for a publish word, 2 for an
// update word, alone or run together with a date word after it ("publishtime"), 0
// for any other word.
func metaDateWord(f string) int {
	for k, words := range [2][]string{metaPublishWords, metaUpdateWords} {
		for _, w := range words {
			if rest, ok := strings.CutPrefix(f, w); ok && (rest == "" || slices.Contains(metaDateWords, rest)) {
				return k + 1
			}
		}
	}
	return 0
}

// linkElement reads <link rel=canonical> and a pager's rel=next and prev. It reads
// only the rels htmldom.LinkRel lists, since Strip cuts the other <link> elements.
func (m *pageMeta) linkElement(n *html.Node) {
	rel := htmldom.Attr(n, "rel")
	m.pagerLinks += b2i(hasWord(rel, htmldom.RelNext.Word()) || hasWord(rel, htmldom.RelPrev.Word()))
	if hasWord(rel, htmldom.RelCanonical.Word()) && m.canonical == "" {
		m.canonical = strings.TrimSpace(htmldom.Attr(n, "href"))
	}
}

// timeElement reads <time datetime> and itemprop=datePublished elements.
func (m *pageMeta) timeElement(n *html.Node) {
	v := htmldom.Attr(n, "datetime")
	if v == "" && n.DataAtom != atom.Time {
		v = htmldom.Attr(n, "content")
	}
	t := htmldom.ParseTime(v)
	if t.IsZero() {
		return
	}
	switch ip := htmldom.Attr(n, "itemprop"); {
	case strings.EqualFold(ip, "datePublished"):
		m.setPublished(v, rankItemprop)
	case strings.EqualFold(ip, "dateModified"):
		m.setModified(v, rankItemprop)
	case strings.EqualFold(ip, "dateCreated"):
		m.setPublished(v, rankCreated)
	}
	if n.DataAtom == atom.Time {
		m.timeElems = append(m.timeElems, t)
		m.addZone(t)
	}
}

// timeText reads a <time> element that gives its date only as text ("Aug 04,
// 2025"), as many templates print it.
func (m *pageMeta) timeText(n *html.Node) {
	s := collapseSpace(htmldom.TextOf(n))
	if s == "" || len(s) > 80 {
		return
	}
	if t, share, ok := classify.ParseDateline(s); ok && share >= 0.5 {
		m.timeElems = append(m.timeElems, t)
	}
}

// jsonLD reads one <script type="application/ld+json"> body (htmldom.ReadLD finds
// its objects, at the top, in a top-level array or in an @graph, and resolves @id
// references); author and publisher references are resolved through the @id index.
func (m *pageMeta) jsonLD(src string) {
	ld, ok := htmldom.ReadLD(src)
	if !ok {
		return // broken JSON-LD is common and carries nothing usable
	}
	objs, resolve := ld.Objects, ld.Resolve
	ldNames := func(v any) []string {
		var names []string
		for _, a := range htmldom.LDList(v) {
			a = resolve(a)
			switch x := a.(type) {
			case string:
				if !strings.Contains(x, "://") {
					names = append(names, metaAuthorNames(x)...)
				}
			case map[string]any:
				switch n := htmldom.LDString(x["name"]); {
				case n == "":
				case htmldom.IsOrganization(x):
					m.orgAuthors = appendDistinct(m.orgAuthors, maxMetaNames, collapseSpace(n))
				default:
					names = append(names, metaAuthorNames(n)...)
				}
			}
		}
		return names
	}
	for _, o := range objs {
		types := htmldom.LDTypes(o["@type"])
		m.more.JSONLD(o, types, resolve)
		if htmldom.IsPageType(types) {
			// A WebPage describes the page the article is on: its dates and author
			// are the article's when no article object gives them.
			m.pageAuthors = appendDistinct(m.pageAuthors, maxMetaNames, ldNames(o["author"])...)
			m.setPublished(htmldom.LDString(o["datePublished"]), rankLDPage)
			m.setModified(htmldom.LDString(o["dateModified"]), rankLDPage)
			continue
		}
		if !htmldom.IsArticleType(types) {
			continue
		}
		for _, t := range types {
			if t == "LiveBlogPosting" {
				m.isLiveBlog = true
			}
		}
		m.isArticle = true
		if h := htmldom.LDString(o["headline"]); h != "" {
			m.titles = prependDistinct(m.titles, maxMetaTitles, collapseSpace(h))
		}
		if h := htmldom.LDString(o["name"]); h != "" {
			m.titles = appendDistinct(m.titles, maxMetaTitles, collapseSpace(h))
		}
		if d := htmldom.LDString(o["description"]); d != "" {
			m.descriptions = appendDistinct(m.descriptions, maxMetaDescriptions, collapseSpace(d))
		}
		if names := ldNames(o["author"]); len(names) > 0 {
			m.authors = appendDistinct(m.authors, maxMetaNames, names...)
		}
		m.setPublished(htmldom.LDString(o["datePublished"]), rankLD)
		m.setModified(htmldom.LDString(o["dateModified"]), rankLD)
		if p, ok := resolve(o["publisher"]).(map[string]any); ok {
			name := collapseSpace(htmldom.LDString(p["name"]))
			if m.site == "" {
				m.site = name
			}
			if name != "" {
				m.publishers = appendDistinct(m.publishers, maxMetaNames, name)
			}
		}
		if u := htmldom.LDString(o["url"]); u != "" && m.ldURL == "" {
			m.ldURL = u
		}
		if m.ldURL == "" {
			if me, ok := resolve(o["mainEntityOfPage"]).(map[string]any); ok {
				m.ldURL = htmldom.LDString(me["@id"])
			} else if s, ok := o["mainEntityOfPage"].(string); ok {
				m.ldURL = s
			}
		}
	}
}

// looseTimeValue reads the forms people type into CMS fields, which metadata holds
// too: "20 Nov 2019 08:02 GMT", "11/20/2019", "November 20, 2019". The dateline
// reader knows them; the value must be all date.
func looseTimeValue(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) > 64 {
		return time.Time{}
	}
	if t, share, ok := classify.ParseDateline(s); ok && share >= 0.99 && t.Year() >= 1900 && t.Year() <= 2200 {
		return t
	}
	return time.Time{}
}

// metaAuthorNames reads the author field of the page's metadata (JSON-LD, <meta
// name=author>, a Twitter "Written by" pair). When the field holds one name and
// nothing else, that whole value is what the site chose to credit, a desk or a team
// ("News Desk", "Staff Clinician", "The Example Team") as much as a person, so the
// job words that cut a title off a name ("Ann Lee, Science Editor") do not reject it.
func metaAuthorNames(s string) []string {
	if names := splitAuthorNames(s); len(names) > 0 {
		names = slices.DeleteFunc(names, func(n string) bool { label, _ := classify.BylineLabel(n); return label })
		if len(names) == 0 {
			return nil
		}
		return names
	}
	s = stripByPrefix(collapseSpace(s))
	if strings.ContainsAny(s, ",;|&") || strings.Contains(s, " and ") || !nameShape(s) {
		return nil
	}
	if label, _ := classify.BylineLabel(s); label {
		return nil
	}
	return []string{s}
}

// splitAuthorNames turns an author string into names: "By Ann Lee and Bo Chan" gives
// "Ann Lee", "Bo Chan". A job title after a comma or pipe goes ("Ann Lee, Science
// Editor"), as do a leading "By" and trailing dates.
// Visible bylines go through the core's parseByline; this reads metadata author
// strings, which carry no dates or "Follow" buttons but do join several names.
func splitAuthorNames(s string) []string {
	s = collapseSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 200 {
		return nil
	}
	s = stripByPrefix(s)
	var out []string
	// A conjunction or semicolon starts the next person; commas and pipes after a
	// job title go on describing the person before ("Ann Lee, Chief Officer, Example
	// Corp", "Senior Editor, Example Weekly"), so the rest of that person's part names
	// an employer or a place, not another author.
	for person := range strings.SplitSeq(replaceAll(s, []string{" and ", " & ", " und ", " y ", " e "}, ";"), ";") {
		for part := range strings.SplitSeq(strings.ReplaceAll(person, "|", ","), ",") {
			p := stripByPrefix(strings.TrimSpace(part))
			if p == "" {
				continue
			}
			if !looksLikeName(p) {
				break
			}
			out = append(out, p)
		}
	}
	return dedupStrings(out)
}

func replaceAll(s string, olds []string, repl string) string {
	for _, o := range olds {
		s = strings.ReplaceAll(s, o, repl)
	}
	return s
}

// stripByPrefix removes what introduces the names: "By", "Analysis by", or a short
// label ending in a colon ("Text:", "Words:", "Текст:").
func stripByPrefix(s string) string {
	if i := strings.Index(s, ": "); i > 0 && i < 24 && wordCount(s[:i]) <= 2 {
		s = strings.TrimSpace(s[i+2:])
	}
	// Found in s itself rather than in a lowered copy, whose offsets differ from s's
	// where a letter's lower case is longer or shorter ("İ").
	if i := ascii.IndexFold(s, "by "); i >= 0 && (i == 0 || i < 24 && wordCount(s[:i]) <= 2) {
		return strings.TrimSpace(s[i+3:])
	}
	for _, p := range []string{"von ", "por ", "par "} {
		if ascii.HasPrefixFold(s, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// looksLikeName accepts a short string of words that starts with a letter and holds
// no digits: a person or a desk ("Staff Reporter"). Job titles after a comma were
// split off already; what remains with a digit is a date or a count.
func looksLikeName(s string) bool {
	if !nameShape(s) {
		return false
	}
	lower := strings.ToLower(s)
	for f := range strings.FieldsFuncSeq(lower, func(r rune) bool { return r == ' ' || r == '-' }) {
		if classify.IsJobWord(strings.Trim(f, ".,;:()")) {
			return false
		}
	}
	return true
}

// nameShape accepts what could be written as a name: a few words that start with a
// letter, with no digits, addresses or handles, and not a bare user slug or "By".
func nameShape(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	words := 0
	for f := range strings.FieldsSeq(s) {
		words++
		_ = f
	}
	if words > 6 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(first) {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) || r == '@' || r == '/' {
			return false
		}
	}
	lower := strings.ToLower(s)
	if words == 1 && (strings.ContainsAny(s, "-_") && lower == s || strings.Trim(lower, ":") == "by") {
		return false // a user name or profile slug ("kevin-r"), or a stray "by"
	}
	return true
}

// cleanNames tidies names read off a visible byline: labels and "By" go, and what
// is left must look like a name.
func cleanNames(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		n = stripByPrefix(strings.Trim(n, " :|·•-–—"))
		if label, _ := classify.BylineLabel(n); !label && looksLikeName(n) && classify.ReadsAsName(n) && !hasUIWord(n) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return dedupStrings(out)
}

// hasUIWord reports a name that holds the label of a page control or an author box's
// link ("Editorial Process", "View More"), which parseByline rejects in a line too.
func hasUIWord(name string) bool {
	for f := range strings.FieldsSeq(strings.ToLower(name)) {
		if classify.IsUIWord(strings.Trim(f, ".,;:()")) {
			return true
		}
	}
	return false
}

func dedupStrings(in []string) []string {
	if len(in) > 16 {
		// A set keeps long lists linear; it compares as EqualFold does.
		seen := make(map[string]bool, len(in))
		out := in[:0]
		for _, s := range in {
			if k := foldKey(s); !seen[k] {
				seen[k] = true
				out = append(out, s)
			}
		}
		return out
	}
	out := in[:0]
	for i, s := range in {
		dup := false
		for _, t := range in[:i] {
			if strings.EqualFold(s, t) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

// fill sets the Article's fields from the metadata: each from the first source that
// gives a usable value, in the order of trust the field's documentation states.
func (m *pageMeta) fill(a *Article, base *url.URL) {
	f := &m.more
	a.Language = f.Language()
	a.Section = f.Section()
	a.Tags = f.Tags()
	if len(m.descriptions) > 0 {
		a.Description = m.descriptions[0]
	}
	for _, u := range []string{m.canonical, m.ogURL, m.ldURL} {
		if u = absoluteHTTP(base, u); u != "" {
			a.Canonical = u
			break
		}
	}
	if len(a.Images) == 0 {
		for _, u := range f.ImageURLs() {
			if u = absoluteHTTP(base, u); u != "" {
				a.Images = append(a.Images, Image{URL: u, FromMeta: true})
				break
			}
		}
	}
}

// absoluteHTTP resolves ref against base and returns it when the result is an http(s)
// address with a host, "" otherwise.
func absoluteHTTP(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		r = base.ResolveReference(r)
	}
	if r.Scheme != "http" && r.Scheme != "https" || r.Host == "" {
		return ""
	}
	return r.String()
}

// pageURL returns the address to report: WithURL's, else the canonical link, else
// og:url, else the JSON-LD url; only absolute http(s) addresses qualify.
func (m *pageMeta) pageURL(given string) string {
	if given != "" {
		return given
	}
	for _, u := range []string{m.canonical, m.ogURL, m.ldURL} {
		if p, err := url.Parse(u); err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" {
			return u
		}
	}
	return ""
}

// hasWord reports whether the space-separated list s holds w, ignoring case.
func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// twitterAuthors returns the names of a Twitter label/data pair whose label says
// author ("Written by", "Author", "Autor", "Auteur"); other pairs give reading times.
func (m *pageMeta) twitterAuthors() []string {
	for i, l := range m.twLabel {
		l = strings.ToLower(l)
		if strings.Contains(l, "written") || strings.Contains(l, "author") || strings.Contains(l, "autor") || strings.Contains(l, "auteur") {
			return metaAuthorNames(m.twData[i])
		}
	}
	return nil
}

// relAuthorNames returns the names of the rel=author links.
func (m *pageMeta) relAuthorNames() []string {
	var out []string
	for _, n := range m.relAuthors {
		out = append(out, splitAuthorNames(n)...)
	}
	return out
}
