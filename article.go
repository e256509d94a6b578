package newsparse

import (
	"fmt"
	"slices"
	"strings"
	"time"
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
	// Paragraphs is the article body in reading order. It is never nil in JSON output
	// of a successful parse, so consumers can range over it without a check.
	Paragraphs []Paragraph `json:"paragraphs"`
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
	Text string        `json:"text"`
	Kind ParagraphKind `json:"kind"`
}

// Image is a picture of the article: its caption, its credit and where it stands.
type Image struct {
	Caption string  `json:"caption,omitempty"`
	Credit  *Credit `json:"credit,omitempty"`
	URL     string  `json:"url,omitempty"`
	Alt     string  `json:"alt,omitempty"`
	// After is the number of body paragraphs that precede the image: 0 for lead media.
	After int `json:"after"`
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
	Max   float64 `json:"max,omitempty"`
	Bound Bound   `json:"bound"`
	// Vague marks quantities such as "dozens of" whose Value is only a floor.
	Vague bool `json:"vague,omitempty"`
	Kind  Kind `json:"kind"`
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
	Index int   `json:"index"`
	// Start and End are byte offsets of Text within that text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Removed is a block of the input that is not part of the Article, and why.
type Removed struct {
	Text   string `json:"text"`
	Reason Reason `json:"reason"`
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
	KindBody       ParagraphKind = "body"
	KindSubheading ParagraphKind = "subheading"
	KindQuote      ParagraphKind = "quote" // a pull quote or block quotation
	KindList       ParagraphKind = "list"  // one item of a bulleted or numbered list
)

var paragraphKinds = []ParagraphKind{KindBody, KindSubheading, KindQuote, KindList}

// Bound says how a Figure's value relates to the true quantity.
type Bound string

// The bounds a qualifier can give a figure.
const (
	BoundExact    Bound = "exact"
	BoundApprox   Bound = "approx"    // "about", "nearly", "an estimated"
	BoundAtLeast  Bound = "at_least"  // "at least", and every vague quantity
	BoundMoreThan Bound = "more_than" // "more than", "over"
	BoundAtMost   Bound = "at_most"   // "up to", "no more than", "as many as"
	BoundLessThan Bound = "less_than" // "fewer than", "under"
)

var bounds = []Bound{BoundExact, BoundApprox, BoundAtLeast, BoundMoreThan, BoundAtMost, BoundLessThan}

// Kind is what sort of quantity a Figure is.
type Kind string

// The kinds of figure.
const (
	KindCount    Kind = "count"
	KindMoney    Kind = "money"
	KindPercent  Kind = "percent"
	KindRatio    Kind = "ratio"
	KindAge      Kind = "age"
	KindDuration Kind = "duration"
	KindMeasure  Kind = "measure"
	KindScore    Kind = "score"
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
)

var reasons = []Reason{
	ReasonBoilerplate, ReasonRelated, ReasonDuplicate, ReasonNavigation, ReasonAdvertisement,
	ReasonNewsletter, ReasonPaywall, ReasonDateline, ReasonByline, ReasonMedia, ReasonComments,
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

// MarshalText implements encoding.TextMarshaler; an unknown kind is an error.
func (k ParagraphKind) MarshalText() ([]byte, error) { return marshalEnum(k, paragraphKinds) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is an error.
func (k *ParagraphKind) UnmarshalText(b []byte) error { return unmarshalEnum(k, b, paragraphKinds) }

// MarshalText implements encoding.TextMarshaler; an unknown bound is an error.
func (b Bound) MarshalText() ([]byte, error) { return marshalEnum(b, bounds) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is an error.
func (b *Bound) UnmarshalText(t []byte) error { return unmarshalEnum(b, t, bounds) }

// MarshalText implements encoding.TextMarshaler; an unknown kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return marshalEnum(k, figureKinds) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is an error.
func (k *Kind) UnmarshalText(b []byte) error { return unmarshalEnum(k, b, figureKinds) }

// MarshalText implements encoding.TextMarshaler; an unknown location is an error.
func (w Where) MarshalText() ([]byte, error) { return marshalEnum(w, wheres) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is an error.
func (w *Where) UnmarshalText(b []byte) error { return unmarshalEnum(w, b, wheres) }

// MarshalText implements encoding.TextMarshaler; an unknown reason is an error.
func (r Reason) MarshalText() ([]byte, error) { return marshalEnum(r, reasons) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is an error.
func (r *Reason) UnmarshalText(b []byte) error { return unmarshalEnum(r, b, reasons) }

// marshalEnum refuses values outside the enumeration, so that a mistyped value never
// reaches a consumer's JSON looking like a real word. The empty zero value stands for
// "not applicable" (a figure from ExtractFigures has no Where) and round-trips as "".
func marshalEnum[T ~string](v T, valid []T) ([]byte, error) {
	if v != "" && !slices.Contains(valid, v) {
		return nil, fmt.Errorf("newsparse: unknown %T %q", v, string(v))
	}
	return []byte(v), nil
}

func unmarshalEnum[T ~string](dst *T, b []byte, valid []T) error {
	v := T(b)
	if v != "" && !slices.Contains(valid, v) {
		return fmt.Errorf("newsparse: unknown %T %q", v, string(b))
	}
	*dst = v
	return nil
}
