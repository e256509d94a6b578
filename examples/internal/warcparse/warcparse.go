// Package warcparse turns the HTML responses stored in a WARC file into newsparse
// Articles, one JSON line each. The warc command and the Beam pipeline both call it, so
// that a crawl gives the same lines whichever of the two reads it.
//
// A record is parsed when it is a WARC response record holding an HTTP response with
// status 200 and an HTML media type (text/html or application/xhtml+xml); every other
// record (warcinfo, request, metadata, revisit, redirects, images, PDFs ...) is counted as
// skipped. The HTTP Content-Type header goes to newsparse.WithContentType, so the page's
// declared charset is honoured, and WARC-Target-URI goes to newsparse.WithURL, so image
// addresses come out absolute.
package warcparse

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/newsparse/newsparse"
	"github.com/nlnwa/gowarc/v3"
)

// Line is one line of output: the record it came from and either the Article or the
// reason the library refused the page. Its JSON names are what downstream jobs read.
type Line struct {
	// Record is the WARC-Record-ID, unique within a crawl.
	Record string `json:"record"`
	// URL is the WARC-Target-URI, the address the page was fetched from.
	URL string `json:"url"`
	// Article is the parsed page; nil when Error is set.
	Article *newsparse.Article `json:"article,omitempty"`
	// Error is the library's error for a page it refused (empty, binary, too large).
	Error string `json:"error,omitempty"`
}

// Stats counts what a WARC stream held.
type Stats struct {
	Records int // every record read
	Parsed  int // HTML responses that gave an Article
	Failed  int // HTML responses the library refused (a Line with Error)
	Skipped int // records that are not 200 HTML responses
}

// Add sums two counts, for callers reading several files.
func (s Stats) Add(o Stats) Stats {
	return Stats{s.Records + o.Records, s.Parsed + o.Parsed, s.Failed + o.Failed, s.Skipped + o.Skipped}
}

// Each reads the WARC stream r, plain or made of gzip members (one per record, as
// crawlers write .warc.gz), and calls emit with the JSON encoding of a Line for every
// 200 HTML response, in file order. opts are passed to every parse after the record's
// own WithContentType and WithURL. It stops at the first error from the WARC reader or
// from emit; a page the library refuses is a Line with Error, not an error.
func Each(r io.Reader, emit func(line []byte) error, opts ...newsparse.Option) (Stats, error) {
	var st Stats
	// Lenient reading: real crawls carry small spec violations (odd digests, missing
	// fields) that do not make the payload wrong, so they are ignored rather than fatal.
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		return st, err
	}
	defer func() { _ = wr.Close() }()
	for rec, err := range wr.Records() {
		if err != nil {
			return st, fmt.Errorf("warc record %d at offset %d: %w", st.Records+1, rec.Offset, err)
		}
		st.Records++
		line, ok, err := parseRecord(rec.WarcRecord, opts)
		_ = rec.Close()
		if err != nil {
			return st, err
		}
		if !ok {
			st.Skipped++
			continue
		}
		if line.Error != "" {
			st.Failed++
		} else {
			st.Parsed++
		}
		b, err := json.Marshal(line)
		if err != nil {
			return st, err
		}
		if err := emit(b); err != nil {
			return st, err
		}
	}
	return st, nil
}

// parseRecord returns the Line for a 200 HTML response record and ok false for any
// other record. Its error is an I/O error reading the payload.
func parseRecord(rec gowarc.WarcRecord, opts []newsparse.Option) (Line, bool, error) {
	if rec == nil || rec.Type() != gowarc.Response {
		return Line{}, false, nil
	}
	block, isHTTP := rec.Block().(gowarc.HttpResponseBlock)
	if !isHTTP || block.HttpStatusCode() != 200 {
		return Line{}, false, nil
	}
	header := block.HttpHeader()
	if header == nil {
		return Line{}, false, nil
	}
	contentType := header.Get("Content-Type")
	if !IsHTML(contentType) {
		return Line{}, false, nil
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return Line{}, false, fmt.Errorf("record %s: %w", rec.RecordId(), err)
	}
	switch enc := strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		// Crawlers that store the body as sent keep its transfer compression.
		zr, err := gzip.NewReader(payload)
		if err != nil {
			return Line{}, false, nil // announced gzip but is not: not a page we can read
		}
		defer func() { _ = zr.Close() }()
		payload = zr
	default:
		return Line{}, false, nil // br, deflate, zstd: not decoded by this example
	}
	target := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	line := Line{Record: rec.RecordId(), URL: target}
	all := append([]newsparse.Option{newsparse.WithContentType(contentType), newsparse.WithURL(target)}, opts...)
	a, err := newsparse.ParseHTML(payload, all...)
	if err != nil {
		// ErrEmpty, ErrBinary, ErrTooLarge, or a payload cut short: this page only.
		line.Error = err.Error()
	} else {
		line.Article = a
	}
	return line, true, nil
}

// IsHTML reports whether an HTTP Content-Type names an HTML page.
func IsHTML(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		// A malformed parameter list still names its type before the first ';'.
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
