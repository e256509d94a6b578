// Package warctest writes small WARC files for the examples' tests: a handful of
// made-up news pages among the records a crawl also holds (warcinfo, requests,
// redirects, 404s, images), so that each test makes its own data and needs no network.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/nlnwa/gowarc/v3"
	"golang.org/x/text/encoding/charmap"
)

// Record is one WARC record to write. Type is gowarc.Response unless set; Status 0
// means no HTTP message at all (a warcinfo or metadata record with Body as its block).
type Record struct {
	Type        gowarc.RecordType
	URI         string
	Status      int
	ContentType string
	Body        []byte
}

// ArticleHTML returns a plain news page: a site header, the article with one lead
// picture (relative address, caption and agency credit), a related box and a footer.
func ArticleHTML(headline, byline string, paragraphs ...string) string {
	var b bytes.Buffer
	b.WriteString("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
	b.WriteString(headline + " | The Example Courier</title></head>\n<body>\n")
	b.WriteString("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav></header>\n")
	b.WriteString("<main><article>\n<h1>" + headline + "</h1>\n")
	b.WriteString("<p class=\"byline\">By " + byline + "</p>\n")
	b.WriteString("<figure><img src=\"/img/lead.jpg\" alt=\"Lead picture\">")
	b.WriteString("<figcaption>Volunteers at work on the first morning <span class=\"credit\">Photo: Ana Lopes / Reuters</span></figcaption></figure>\n")
	for _, p := range paragraphs {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">Council sets budget</a></li><li><a href=\"/b\">Ferry timetable changes</a></li></ul></aside>\n")
	b.WriteString("</article></main>\n<footer><p>© The Example Courier</p></footer>\n</body></html>\n")
	return b.String()
}

// Records returns the standard set: two articles (one in KOI8-R, declared only in the
// HTTP header, so that it reads right only when the header reaches the parser), an empty
// 200 HTML page the library refuses, and records every reader must skip.
func Records() []Record {
	koi8, err := charmap.KOI8R.NewEncoder().String(ArticleHTML(
		"Ferry service to Ostrov resumes after three winters",
		"Irina Volkova",
		"The ferry between the mainland and Ostrov sailed again on Monday, carrying 212 passengers on its first crossing since the pier was closed in 2023.",
		"Residents call the island Остров, and many of them waited on the quay for more than two hours to see the boat come in.",
		"The regional government said the repairs cost about 4.5 million euros and that crossings would run twice a day until October.",
	))
	if err != nil {
		panic(err) // the text above is all in KOI8-R's repertoire
	}
	return []Record{
		{Type: gowarc.Warcinfo, ContentType: "application/warc-fields", Body: []byte("software: newsparse examples test\r\nformat: WARC File Format 1.1\r\n")},
		{Type: gowarc.Request, URI: "https://news.example.com/2026/12/harbour-wall", Body: []byte("GET /2026/12/harbour-wall HTTP/1.1\r\nHost: news.example.com\r\n\r\n")},
		{URI: "https://news.example.com/2026/12/harbour-wall", Status: 200, ContentType: "text/html; charset=utf-8", Body: []byte(ArticleHTML(
			"Harbour wall gives way as storm surge floods lower town",
			"Jane Doe",
			"Residents of Portlow woke to find the lower town under a metre of water on Tuesday, after the storm surge overtopped the old sea wall in two places.",
			"The council said at least 214 properties had been evacuated overnight and that repairs to the wall would take several weeks.",
			"Forecasters expect the wind to ease by Thursday, but warned that the spring tides at the weekend could bring more flooding to the quayside.",
		))},
		{URI: "https://news.example.com/old-story", Status: 301, ContentType: "text/html", Body: []byte("<html><body>Moved</body></html>")},
		{URI: "https://news.example.com/missing", Status: 404, ContentType: "text/html; charset=utf-8", Body: []byte("<html><body><h1>Not found</h1><p>This page does not exist.</p></body></html>")},
		{URI: "https://news.example.com/img/lead.jpg", Status: 200, ContentType: "image/jpeg", Body: []byte("\xff\xd8\xff\xe0 not really a jpeg")},
		{URI: "https://news.example.com/2026/12/ostrov-ferry", Status: 200, ContentType: "text/html; charset=koi8-r", Body: []byte(koi8)},
		{URI: "https://news.example.com/blank", Status: 200, ContentType: "text/html", Body: []byte(" \n\t\n ")},
	}
}

// Write writes recs as a WARC 1.1 stream; with gz each record is its own gzip member,
// as crawlers write .warc.gz files.
func Write(w io.Writer, gz bool, recs []Record) error {
	m := gowarc.NewMarshaler()
	for i, r := range recs {
		rec, err := build(i, r)
		if err != nil {
			return err
		}
		out := w
		var zw *gzip.Writer
		if gz {
			zw = gzip.NewWriter(w)
			out = zw
		}
		_, _, err = m.Marshal(out, rec, 0)
		_ = rec.Close()
		if err != nil {
			return err
		}
		if zw != nil {
			if err := zw.Close(); err != nil {
				return err
			}
		}
	}
	return nil
}

func build(i int, r Record) (gowarc.WarcRecord, error) {
	typ := r.Type
	if typ == 0 {
		typ = gowarc.Response
	}
	rb := gowarc.NewRecordBuilder(typ)
	rb.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i+1))
	rb.AddWarcHeader(gowarc.WarcDate, "2026-12-01T09:30:00Z")
	if r.URI != "" {
		rb.AddWarcHeader(gowarc.WarcTargetURI, r.URI)
	}
	switch {
	case typ == gowarc.Response:
		rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		head := "HTTP/1.1 " + strconv.Itoa(r.Status) + " Status\r\nContent-Type: " + r.ContentType +
			"\r\nContent-Length: " + strconv.Itoa(len(r.Body)) + "\r\n\r\n"
		if _, err := rb.WriteString(head); err != nil {
			_ = rb.Close()
			return nil, err
		}
	case typ == gowarc.Request:
		rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
	default:
		rb.AddWarcHeader(gowarc.ContentType, r.ContentType)
	}
	if _, err := rb.Write(r.Body); err != nil {
		_ = rb.Close()
		return nil, err
	}
	// The record shares the builder's buffer: closing the record frees both.
	rec, _, err := rb.Build()
	if err != nil {
		_ = rb.Close()
	}
	return rec, err
}

// WriteFile writes Records to dir/name (gzip members when name ends in .gz) and
// returns its path.
func WriteFile(t testing.TB, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(f, filepath.Ext(name) == ".gz", Records()); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}
