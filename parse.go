package newsparse

import (
	"errors"
	"fmt"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/textdump"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the input size limit when WithMaxBytes is not given: 16 MiB, far
// above any real article page, low enough that a runaway input fails fast.
const DefaultMaxBytes = 16 << 20

// Sentinel errors. They are returned wrapped with detail; test for them with errors.Is.
var (
	// ErrEmpty means the input holds nothing but white space.
	ErrEmpty = errors.New("newsparse: empty input")
	// ErrTooLarge means the input is longer than the limit set by WithMaxBytes.
	ErrTooLarge = errors.New("newsparse: input too large")
	// ErrBinary means the input is mostly not text: it opens with the signature of a
	// binary format (PNG, JPEG, PDF, ZIP, gzip, ...) or more than one byte in 16 of its
	// first 8 KiB, after decoding, is a control character no text uses. Stray NULs
	// and control characters in a text are dropped, not refused.
	ErrBinary = errors.New("newsparse: binary input")
)

// Option adjusts one call of a parse function. Options hold no state between calls, so
// a slice of them can be shared by many goroutines.
type Option func(*config)

type config struct {
	url         string
	maxBytes    int
	contentType string
	noFigures   bool
	title       string
}

func newConfig(opts []Option) config {
	c := config{maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithURL records the address the input was fetched from. It becomes Article.URL and,
// for HTML, the base against which relative image addresses are resolved. The library
// never fetches it.
func WithURL(u string) Option { return func(c *config) { c.url = u } }

// WithMaxBytes sets the largest input accepted, in bytes; larger inputs fail with
// ErrTooLarge before any work is done. n <= 0 restores DefaultMaxBytes.
func WithMaxBytes(n int) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxBytes
		}
		c.maxBytes = n
	}
}

// WithoutFigures skips figure extraction: Article.Figures stays empty. Callers who
// want only the text and its structure save the time figures take.
func WithoutFigures() Option { return func(c *config) { c.noFigures = true } }

// ParseText reads a plain-text dump of a news page, as a scraper hands it over, and
// returns the article as its reader saw it. Page furniture that survived the scrape
// (captions, credit lines, related links, "Continue reading") is sorted into Images or
// listed in Removed rather than left in the body.
//
// Text that is not UTF-8 is decoded as Parse decodes it: UTF-16 by its byte-order mark
// or its zero bytes, a legacy charset (windows-1251, Shift_JIS, EUC-KR, ...) by the
// charset of WithContentType or by detection; what is still invalid becomes U+FFFD.
// NUL and other control characters are dropped, line ends and odd spaces are
// normalised. The error is ErrEmpty, ErrTooLarge or ErrBinary (wrapped); any other
// input yields a best-effort Article.
func ParseText(text string, opts ...Option) (*Article, error) {
	cfg := newConfig(opts)
	if len(text) > cfg.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), cfg.maxBytes)
	}
	text, d, binary := decodeText(text, cfg.contentType)
	if binary {
		return nil, errBinary()
	}
	return parseTextDecoded(text, d, cfg)
}

// decodeText is ParseText's decoding: a string that is valid UTF-8 without NULs is
// taken as it is, any other is decoded as Parse decodes bytes. binary reports a
// string that looksBinary refuses before decoding (a binary format's signature).
func decodeText(text, contentType string) (string, decoded, bool) {
	d := decoded{charset: "utf-8", source: CharsetDetected}
	if strings.HasPrefix(text, "\ufeff") {
		d.source = CharsetBOM
	}
	if strings.IndexByte(text, 0) < 0 && utf8.ValidString(text) {
		return text, d, false
	}
	raw := []byte(text)
	d = decodeInput(raw, contentType, false)
	return string(d.text), d, looksBinary(raw, d.text)
}

// parseTextDecoded is ParseText past the size limit and the decoding, which Parse
// applies to the input bytes.
func parseTextDecoded(text string, d decoded, cfg config) (*Article, error) {
	if looksBinary(nil, text) {
		return nil, errBinary()
	}
	return readTextDecoded(text, d, cfg)
}

// readTextDecoded reads a dump that has passed the binary check. The flat reader
// calls it on the text it took out of a page that passed the check whole: that text
// is not judged again, since the markup around a stray control character is no
// longer there to dilute it (and Strip's shrinking of white space would then decide
// the verdict).
func readTextDecoded(text string, d decoded, cfg config) (*Article, error) {
	if isBlank(text) {
		return nil, ErrEmpty
	}
	front, text, hasFront := textdump.CutFrontMatter(text)
	blocks, refs, clean := readDump(text, hasFront)
	if len(blocks) == 0 {
		return nil, fmt.Errorf("%w: no text after normalisation", ErrEmpty)
	}
	title := cfg.title
	if title == "" {
		title = front.Title
	}
	title = markTitle(blocks, title)
	classify.Blocks(blocks)
	order := pageNumericOrder(blockTexts(blocks))
	a := assemble(blocks, order)
	a.Published = textPublished(blocks, order, a.Published)
	if refs != nil {
		a.readLynxLinks(refs)
	}
	a.readTextLinks()
	useTitle(a, title)
	a.URL = cfg.url
	useFrontMatter(a, front)
	a.Charset, a.CharsetSource = d.charset, d.source
	sanitizeArticleFrom(a, clean)
	if !cfg.noFigures {
		a.fillFigures()
	}
	return a, nil
}

func errBinary() error {
	return fmt.Errorf("%w: a binary file's signature, or more than one control character in 16 bytes", ErrBinary)
}
