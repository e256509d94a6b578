package newsparse

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newsparse/newsparse/internal/figures"
)

// Article is a news article as its reader saw it. Its JSON field names are a stable
// contract: they will not be renamed or removed without a major version.
type Article struct {
	// Headline is the article's title, without a site-name suffix.
	Headline string `json:"headline"`
	// Standfirst is the dek or summary printed under the headline, if any.
	Standfirst string `json:"standfirst,omitempty"`
	// Byline holds the author names, without "By", dates or job titles.
	Byline []string `json:"byline,omitempty"`
	// Published is when the article was first published, with its zone when the page
	// gave one (UTC otherwise). When the page states only when it was updated, that
	// time stands here too, as the one date its reader is shown. It is the zero Time
	// when the page states no date.
	Published time.Time `json:"published,omitzero"`
	// Modified is when the article was last updated, when the page says so: an
	// "Updated ..." line, JSON-LD dateModified, article:modified_time. It is the zero
	// Time otherwise.
	Modified time.Time `json:"modified,omitzero"`
	// URL is the address given by WithURL, else the page's canonical address.
	URL string `json:"url,omitempty"`
	// Site is the publication's name, when the page names it.
	Site string `json:"site,omitempty"`
	// Canonical is the page's own statement of its address (<link rel=canonical>,
	// og:url, JSON-LD url), made absolute, kept beside URL even when WithURL gives
	// another (a tracking or AMP address). HTML only.
	Canonical string `json:"canonical,omitempty"`
	// Language is the article's language as a BCP 47 tag ("en-GB", "de"), as the page
	// declares it: JSON-LD inLanguage, <html lang>, og:locale or a Content-Language
	// <meta>, in that order. It is never guessed from the words, so a text dump has none.
	Language string `json:"language,omitempty"`
	// Description is the page's summary for search engines and link previews
	// (<meta name=description>, og:description, JSON-LD description), whether or not
	// it is shown; Standfirst is what the page shows. HTML only.
	Description string `json:"description,omitempty"`
	// Section is the section of the publication the article is filed under, as its
	// metadata names it (JSON-LD articleSection, article:section). HTML only.
	Section string `json:"section,omitempty"`
	// Tags are the article's keywords from its metadata (article:tag, JSON-LD
	// keywords, news_keywords), in that order, without repeats. HTML only.
	Tags []string `json:"tags,omitempty"`
	// PageType says whether the page was one article, a listing of many (a section
	// front, an index of teasers) or another kind of page (a product, a forum thread,
	// a service page), from the page's evidence weighed together: its declared types
	// (JSON-LD, og:type), a date and a byline, the amount of prose, teaser headings
	// and the shape of its address. The bar for "not an article" is set high, so that
	// few articles are called anything else. HTML only; empty for a text dump.
	PageType PageType `json:"page_type,omitempty"`
	// Paragraphs is the article body in reading order. It is never nil in JSON output
	// of a successful parse, so consumers can range over it without a check.
	Paragraphs []Paragraph `json:"paragraphs"`
	// BodyFallback marks a body the reader could not take from the page's article
	// region: the region it chose (a teaser list, a comment thread) held no prose
	// after the headline, so Paragraphs are the first run of prose under the headline
	// instead, and the region's own paragraphs above the headline, if any, stay
	// before them; or, when the page held no such prose either, the items of its
	// largest list (linked titles and their summaries). Such a body is the reader's
	// best guess, worth checking before it is trusted: on pages that are not
	// articles (products, listings, forums) it is often wrong. HTML only.
	BodyFallback bool `json:"body_fallback,omitempty"`
	// Images are the article's pictures with their captions and credits.
	Images []Image `json:"images,omitempty"`
	// Figures are the numeric claims made in the headline, standfirst, body and captions.
	Figures []Figure `json:"figures,omitempty"`
	// Removed lists the blocks of the input the parser left out, each with its reason,
	// so that a caller can audit what was dropped.
	Removed []Removed `json:"removed,omitempty"`
	// Charset is the charset the input was read in, by its WHATWG name ("utf-8",
	// "windows-1251", "shift_jis", "utf-16le"); the text fields are UTF-8 whatever
	// it was.
	Charset string `json:"charset,omitempty"`
	// CharsetSource says whether Charset was declared (a byte-order mark, the
	// Content-Type header, a <meta>) or detected from the bytes.
	CharsetSource CharsetSource `json:"charset_source,omitempty"`
}

// Paragraph is one block of body text.
type Paragraph struct {
	// Text is the paragraph's text, white space collapsed. For a table it is the rows,
	// one a line, their cells separated by tabs.
	Text string `json:"text"`
	// Kind says what sort of block it is: body text, a subheading, a quotation, a list
	// item or a table.
	Kind ParagraphKind `json:"kind"`
	// Rows are the rows of a table (Kind ParagraphTable), in order; nil otherwise.
	Rows []TableRow `json:"rows,omitempty"`
	// Links are the hyperlinks inside the paragraph, in order, with their places in
	// Text. Only links to http and https addresses are kept.
	Links []Link `json:"links,omitempty"`
}

// TableRow is one row of a data table.
type TableRow struct {
	// Header marks a row of column headings (<th> cells, or the first row of a text
	// table set off by a rule).
	Header bool `json:"header,omitempty"`
	// Cells are the row's cells, left to right, white space collapsed. A cell that
	// spans columns appears once.
	Cells []string `json:"cells"`
}

// Link is a hyperlink inside a paragraph.
type Link struct {
	// Text is the link's text as it appears in the paragraph.
	Text string `json:"text"`
	// URL is the absolute http or https address the link points to.
	URL string `json:"url"`
	// Start and End are the byte offsets of Text in the paragraph's Text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Image is a picture of the article: its caption, its credit and where it stands.
type Image struct {
	// Caption is the text printed with the picture, its credit taken out.
	Caption string `json:"caption,omitempty"`
	// Credit is who made or supplied the picture, when the page says; nil otherwise.
	Credit *Credit `json:"credit,omitempty"`
	// URL is the picture's absolute address (HTML only; the largest of a srcset).
	URL string `json:"url,omitempty"`
	// Alt is the picture's alternative text (HTML only).
	Alt string `json:"alt,omitempty"`
	// After is the number of body paragraphs that precede the image: 0 for lead media.
	After int `json:"after"`
	// FromMeta marks a lead image read from the page's metadata (og:image, JSON-LD
	// image) because the article region shows none: the page names it as the
	// article's picture, but a reader may not see it beside the text.
	FromMeta bool `json:"from_meta,omitempty"`
}

// Credit says who made or supplied a picture.
type Credit struct {
	// Text is the credit as printed, without stray brackets or a "Photo:" label:
	// "Valery Sharifulin / TASS".
	Text string `json:"text"`
	// Photographers are the people named in the credit.
	Photographers []string `json:"photographers,omitempty"`
	// Agencies are the news agencies and picture desks named in the credit, under their
	// canonical names ("AFP", "Getty Images"), in the order they appear.
	Agencies []string `json:"agencies,omitempty"`
}

// Figure is one numeric claim: a count, an amount of money, a percentage and so on,
// with what it counts, what happened to it and who says so.
type Figure struct {
	// Text is the phrase as written, qualifier included: "at least 164".
	Text string `json:"text"`
	// Value is the number in the stated unit: "three decades" gives 3, unit "decade".
	// For a vague quantity ("hundreds of") it is the floor.
	Value float64 `json:"value"`
	// Max is the upper end of a range ("10 to 20"), zero otherwise.
	Max float64 `json:"max,omitempty"`
	// Bound says how Value relates to the true quantity: exact, approximate, or a
	// lower or upper bound.
	Bound Bound `json:"bound"`
	// Vague marks quantities such as "dozens of" whose Value is only a floor.
	Vague bool `json:"vague,omitempty"`
	// Kind is what sort of quantity the figure is: a count, money, a percentage...
	Kind Kind `json:"kind"`
	// Unit is the ISO 4217 code for money, "%" or "pp" for percentages, a singular time
	// unit for durations and ages, or a measure symbol ("km", "°C").
	Unit string `json:"unit,omitempty"`
	// Subject is the noun phrase counted or measured: "police and army officers".
	Subject string `json:"subject,omitempty"`
	// Verb is the word saying what happened to the subject: "killed".
	Verb string `json:"verb,omitempty"`
	// Source is who makes the claim, as written: "the health ministry". It is empty when
	// the text names no source, or only a pronoun.
	Source string `json:"source,omitempty"`
	// Where and Index locate the text the figure was read from: the headline, the
	// standfirst, body paragraph Index or the caption of image Index.
	Where Where `json:"where"`
	// Index is the body paragraph's or the image's index; 0 for the headline and
	// standfirst.
	Index int `json:"index"`
	// Start and End are byte offsets of Text within that text.
	Start int `json:"start"`
	// End is the offset just past Text.
	End int `json:"end"`
}

// Removed is a block of the input that is not part of the Article, and why.
type Removed struct {
	// Text is the block's text as read.
	Text string `json:"text"`
	// Reason says why the block was left out.
	Reason Reason `json:"reason"`
	// After is the number of body paragraphs that precede the block where it stood,
	// as in Image.After: 0 for a block before the first paragraph.
	After int `json:"after"`
}

// Text returns the body paragraphs separated by blank lines, the form most text tools
// expect. It returns "" for a nil Article.
func (a *Article) Text() string {
	if a == nil {
		return ""
	}
	var b strings.Builder
	for i, p := range a.Paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// ParagraphKind says what sort of body block a Paragraph is.
type ParagraphKind string

// The kinds of body paragraph.
const (
	ParagraphBody       ParagraphKind = "body"
	ParagraphSubheading ParagraphKind = "subheading"
	ParagraphQuote      ParagraphKind = "quote" // a pull quote or block quotation
	ParagraphList       ParagraphKind = "list"  // one item of a bulleted or numbered list
	ParagraphTable      ParagraphKind = "table" // a data table; its cells are in Rows
)

var paragraphKinds = []ParagraphKind{ParagraphBody, ParagraphSubheading, ParagraphQuote, ParagraphList, ParagraphTable}

// Bound says how a Figure's value relates to the true quantity.
type Bound string

// The bounds a qualifier can give a figure. The words are the figure engine's
// (internal/figures), converted, so that the two never part.
const (
	BoundExact    Bound = Bound(figures.BoundExact)    // exact
	BoundApprox   Bound = Bound(figures.BoundApprox)   // approx: "about", "nearly", "an estimated"
	BoundAtLeast  Bound = Bound(figures.BoundAtLeast)  // at_least: "at least", and every vague quantity
	BoundMoreThan Bound = Bound(figures.BoundMoreThan) // more_than: "more than", "over"
	BoundAtMost   Bound = Bound(figures.BoundAtMost)   // at_most: "up to", "no more than", "as many as"
	BoundLessThan Bound = Bound(figures.BoundLessThan) // less_than: "fewer than", "under"
)

var bounds = []Bound{BoundExact, BoundApprox, BoundAtLeast, BoundMoreThan, BoundAtMost, BoundLessThan}

// Kind is what sort of quantity a Figure is.
type Kind string

// The kinds of figure.
const (
	KindCount    Kind = Kind(figures.KindCount)    // count
	KindMoney    Kind = Kind(figures.KindMoney)    // money
	KindPercent  Kind = Kind(figures.KindPercent)  // percent
	KindRatio    Kind = Kind(figures.KindRatio)    // ratio
	KindAge      Kind = Kind(figures.KindAge)      // age
	KindDuration Kind = Kind(figures.KindDuration) // duration
	KindMeasure  Kind = Kind(figures.KindMeasure)  // measure
	KindScore    Kind = Kind(figures.KindScore)    // score
)

var figureKinds = []Kind{KindCount, KindMoney, KindPercent, KindRatio, KindAge, KindDuration, KindMeasure, KindScore}

// Where names the part of an Article a Figure was read from.
type Where string

// The parts of an article that figures are read from.
const (
	WhereHeadline   Where = "headline"
	WhereStandfirst Where = "standfirst"
	WhereBody       Where = "body"
	WhereCaption    Where = "caption"
)

var wheres = []Where{WhereHeadline, WhereStandfirst, WhereBody, WhereCaption}

// Reason says why a block was left out of the Article.
type Reason string

// The reasons a block is removed.
const (
	ReasonBoilerplate   Reason = "boilerplate"   // "Continue reading", "Leave a Comment", share buttons
	ReasonRelated       Reason = "related"       // links to other articles
	ReasonDuplicate     Reason = "duplicate"     // an exact repeat of a block already kept or removed
	ReasonNavigation    Reason = "navigation"    // menus, breadcrumbs, section labels
	ReasonAdvertisement Reason = "advertisement" // "Advertisement" markers and sponsored inserts
	ReasonNewsletter    Reason = "newsletter"    // sign-up prompts
	ReasonPaywall       Reason = "paywall"       // "Subscribe to continue reading"
	ReasonDateline      Reason = "dateline"      // a published/updated line, read into Published
	ReasonByline        Reason = "byline"        // a byline line, read into Byline
	ReasonMedia         Reason = "media"         // a label of embedded media, such as a video title
	ReasonComments      Reason = "comments"      // reader comments and their prompts
	ReasonBio           Reason = "bio"           // the author's biography after the article
)

var reasons = []Reason{
	ReasonBoilerplate, ReasonRelated, ReasonDuplicate, ReasonNavigation, ReasonAdvertisement,
	ReasonNewsletter, ReasonPaywall, ReasonDateline, ReasonByline, ReasonMedia, ReasonComments, ReasonBio,
}

// String returns the kind's JSON word.
func (k ParagraphKind) String() string { return string(k) }

// String returns the bound's JSON word.
func (b Bound) String() string { return string(b) }

// String returns the kind's JSON word.
func (k Kind) String() string { return string(k) }

// String returns the location's JSON word.
func (w Where) String() string { return string(w) }

// String returns the reason's JSON word.
func (r Reason) String() string { return string(r) }

// MarshalText implements encoding.TextMarshaler; see marshalEnum.
func (k ParagraphKind) MarshalText() ([]byte, error) { return marshalEnum(k, paragraphKinds) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is kept as written.
func (k *ParagraphKind) UnmarshalText(b []byte) error { return unmarshalEnum(k, b) }

// Known reports whether k is one of the kinds this release defines. A kind read from
// JSON written by a later release may not be.
func (k ParagraphKind) Known() bool { return slices.Contains(paragraphKinds, k) }

// MarshalText implements encoding.TextMarshaler; see marshalEnum.
func (b Bound) MarshalText() ([]byte, error) { return marshalEnum(b, bounds) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is kept as written.
func (b *Bound) UnmarshalText(t []byte) error { return unmarshalEnum(b, t) }

// Known reports whether b is one of the bounds this release defines.
func (b Bound) Known() bool { return slices.Contains(bounds, b) }

// MarshalText implements encoding.TextMarshaler; see marshalEnum.
func (k Kind) MarshalText() ([]byte, error) { return marshalEnum(k, figureKinds) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is kept as written.
func (k *Kind) UnmarshalText(b []byte) error { return unmarshalEnum(k, b) }

// Known reports whether k is one of the figure kinds this release defines.
func (k Kind) Known() bool { return slices.Contains(figureKinds, k) }

// MarshalText implements encoding.TextMarshaler; see marshalEnum.
func (w Where) MarshalText() ([]byte, error) { return marshalEnum(w, wheres) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is kept as written.
func (w *Where) UnmarshalText(b []byte) error { return unmarshalEnum(w, b) }

// Known reports whether w is one of the locations this release defines.
func (w Where) Known() bool { return slices.Contains(wheres, w) }

// MarshalText implements encoding.TextMarshaler; see marshalEnum.
func (r Reason) MarshalText() ([]byte, error) { return marshalEnum(r, reasons) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is kept as written.
func (r *Reason) UnmarshalText(b []byte) error { return unmarshalEnum(r, b) }

// Known reports whether r is one of the reasons this release defines.
func (r Reason) Known() bool { return slices.Contains(reasons, r) }

// marshalEnum writes the enumeration's words and any other word-shaped value (lower-case
// ASCII letters, digits and underscores), so that an Article decoded from JSON written by
// a later release, with words this release does not know, encodes again unchanged. A
// value that is not word-shaped ("Body", "at least") cannot be a word of any release: it
// is a mistyped constant, refused so that it never reaches a consumer's JSON looking
// like a real word. The empty zero value stands for "not applicable" (a figure from
// ExtractFigures has no Where) and round-trips as "".
func marshalEnum[T ~string](v T, valid []T) ([]byte, error) {
	if v != "" && !slices.Contains(valid, v) && !isEnumWord(string(v)) {
		return nil, fmt.Errorf("newsparse: malformed %T %q", v, string(v))
	}
	return []byte(v), nil
}

// unmarshalEnum keeps the word as written, known or not: the contract may grow (a later
// release may add a Reason), and a reader built against this one must still read its
// JSON. Callers who need to tell the words apart use Known.
func unmarshalEnum[T ~string](dst *T, b []byte) error {
	*dst = T(b)
	return nil
}

// isEnumWord reports a string of the shape every enumeration word has.
func isEnumWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return s != ""
}
