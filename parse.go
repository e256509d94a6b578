package newsparse

import (
	"errors"
	"fmt"
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
	// ErrBinary means the input holds NUL bytes or is mostly not text.
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
// Invalid UTF-8 is repaired, line ends and odd spaces are normalised. The error is
// ErrEmpty, ErrTooLarge or ErrBinary (wrapped); any other input yields a best-effort
// Article.
func ParseText(text string, opts ...Option) (*Article, error) {
	cfg := newConfig(opts)
	if err := checkInput(text, cfg.maxBytes); err != nil {
		return nil, err
	}
	norm := normalizeText(text)
	blocks := dumpBlocks(norm)
	if len(blocks) == 0 {
		return nil, fmt.Errorf("%w: no text after normalisation", ErrEmpty)
	}
	title := markTitle(blocks, cfg.title)
	classify(blocks)
	a := assemble(blocks)
	useTitle(a, title)
	a.URL = cfg.url
	if !cfg.noFigures {
		a.fillFigures()
	}
	return a, nil
}

// checkInput applies the checks every entry point shares, cheapest first.
func checkInput(s string, maxBytes int) error {
	if len(s) > maxBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(s), maxBytes)
	}
	if looksBinary(s) {
		return fmt.Errorf("%w: NUL bytes or mostly non-text", ErrBinary)
	}
	if isBlank(s) {
		return ErrEmpty
	}
	return nil
}
