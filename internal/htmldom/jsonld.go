package htmldom

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// LD is what one <script type="application/ld+json"> holds: its objects wherever the
// page put them (at the top, in a top-level array, or in an @graph next to the
// WebPage, Organization and Person objects they refer to by @id), in document order.
type LD struct {
	// Objects are every JSON object found, an @graph's container included.
	Objects []map[string]any
	byID    map[string]map[string]any
}

// maxLDDepth bounds the nesting of arrays and @graphs searched for objects.
const maxLDDepth = 8

// ReadLD decodes a JSON-LD script body, false when it is not JSON (broken JSON-LD
// is common and carries nothing usable). Numbers are kept as json.Number.
func ReadLD(src string) (LD, bool) {
	var v any
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return LD{}, false
	}
	var ld LD
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > maxLDDepth {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				collect(e, depth+1)
			}
		case map[string]any:
			ld.Objects = append(ld.Objects, x)
			if g, ok := x["@graph"]; ok {
				collect(g, depth+1)
			}
		}
	}
	collect(v, 0)
	ld.byID = make(map[string]map[string]any, len(ld.Objects))
	for _, o := range ld.Objects {
		if id, ok := o["@id"].(string); ok && id != "" {
			if _, dup := ld.byID[id]; !dup || len(o) > len(ld.byID[id]) {
				ld.byID[id] = o
			}
		}
	}
	return ld, true
}

// Resolve returns the object a bare reference ({"@id": "..."}) points to, when the
// script defines it (the fullest object of that @id), else v as it is.
func (ld LD) Resolve(v any) any {
	if o, ok := v.(map[string]any); ok && len(o) == 1 {
		if id, ok := o["@id"].(string); ok {
			if r, ok := ld.byID[id]; ok {
				return r
			}
		}
	}
	return v
}

// LDTypes returns the @type words of a JSON-LD object: a string or a list of them.
func LDTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// IsArticleType accepts the schema.org CreativeWork types that describe one article or
// post: Article and its descendants (NewsArticle, ReportageNewsArticle, BlogPosting,
// LiveBlogPosting, ...), which all end in "Article" or "Posting" in the vocabulary.
func IsArticleType(types []string) bool {
	for _, t := range types {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		if strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report" {
			return true
		}
	}
	return false
}

// IsPageType accepts schema.org WebPage and its kinds (ItemPage, AboutPage, ...).
func IsPageType(types []string) bool {
	for _, t := range types {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		if t == "WebPage" || t == "ItemPage" || t == "AboutPage" || t == "FAQPage" || t == "QAPage" {
			return true
		}
	}
	return false
}

// IsOrganization reports a JSON-LD author object that is an organisation, not a
// person: the publisher put in the author slot names nobody who wrote the article.
func IsOrganization(o map[string]any) bool {
	for _, t := range LDTypes(o["@type"]) {
		if t == "Organization" || t == "NewsMediaOrganization" || t == "Corporation" {
			return true
		}
	}
	return false
}

// LDString reads a JSON-LD text value, which may be a string, a {"@value": ...} object
// or a list whose first string is meant.
func LDString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case map[string]any:
		return LDString(x["@value"])
	case []any:
		for _, e := range x {
			if s := LDString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// LDList returns a JSON-LD value as a list: a list as it is, one value as a list of
// one, nothing as none.
func LDList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	}
	return []any{v}
}

// timeLayouts are the forms dates take in metadata, most common first.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	// Go's own time.Time.String, which templates written in Go (Hugo) print when a
	// theme formats no date: "2025-12-13 00:00:00 +0000 UTC".
	"2006-01-02 15:04:05.999999999 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"20060102",
}

// ParseTime parses a machine-readable date (ISO 8601 and its variants, RFC 1123,
// a bare 20060102), zero for any other form or a year outside 1900-2200. A value without a zone is taken as
// UTC, which is what the metadata formats specify for a missing offset.
func ParseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 64 || s[0] < '0' || s[0] > '9' && s[0] < 'A' {
		return time.Time{}
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2200 {
				return time.Time{}
			}
			return t
		}
	}
	return time.Time{}
}
