package textdump

import (
	"strings"
)

// Writers that save a page as Markdown or text with its metadata put the metadata
// first, in a YAML front-matter block between two "---" lines: trafilatura's text and
// Markdown output with metadata, the browser clippers that save pages for note-taking
// apps, static-site exports. The block is the page's metadata, not its text, and
// says what the text alone often cannot: the title without the site's name, the
// authors, the date.

// maxFrontMatterLines bounds the lines read before the closing fence: a front matter
// is short, and a "---" rule deep in a dump opens none.
const maxFrontMatterLines = 100

// FrontMatter is what a dump's front matter says of the page, the fields the
// Article has. Unknown keys are left out.
type FrontMatter struct {
	Title, Description, URL, Site, Language string
	// Date is the publication date as written; the caller parses it.
	Date          string
	Authors, Tags []string
}

// frontMatterFields maps the keys writers use (lower case, "-" as "_") to the field
// they fill; a date key's rank says which of several dates is the publication's.
var frontMatterFields = map[string]struct {
	field    string
	dateRank int
}{
	"title": {field: "title"}, "headline": {field: "title"},
	"author": {field: "authors"}, "authors": {field: "authors"}, "byline": {field: "authors"},
	"creator": {field: "authors"}, "creators": {field: "authors"},
	"published": {"date", 3}, "date_published": {"date", 3}, "published_at": {"date", 3},
	"published_time": {"date", 3}, "pubdate": {"date", 3}, "date": {"date", 2}, "created": {"date", 1},
	"description": {field: "description"}, "summary": {field: "description"}, "excerpt": {field: "description"},
	"url": {field: "url"}, "source": {field: "url"}, "link": {field: "url"}, "canonical": {field: "url"},
	"canonical_url": {field: "url"}, "source_url": {field: "url"},
	"tags": {field: "tags"}, "categories": {field: "tags"}, "keywords": {field: "tags"},
	"lang": {field: "language"}, "language": {field: "language"}, "locale": {field: "language"},
	"sitename": {field: "site"}, "site_name": {field: "site"}, "site": {field: "site"},
}

// CutFrontMatter reads the front matter that opens text (after any empty lines): a
// "---" line, lines of "key: value" with their list items ("- value") and
// continuations, and a closing "---" or "..." line. It returns what the block says
// and the text after it, or ok false and text as it was when text opens with none.
// At least two keys must be read, so that a dump opening with a rule and a "Note:"
// line is not taken for one.
func CutFrontMatter(text string) (fm FrontMatter, rest string, ok bool) {
	body := strings.TrimLeft(strings.TrimPrefix(text, "\ufeff"), " \t\r\n")
	first, body, found := strings.Cut(body, "\n")
	if !found || strings.TrimRight(first, " \t\r") != "---" {
		return FrontMatter{}, text, false
	}
	r := frontMatterReader{fm: &fm}
	for n := 0; n < maxFrontMatterLines && body != ""; n++ {
		var line string
		line, body, _ = strings.Cut(body, "\n")
		line = strings.TrimRight(line, " \t\r")
		switch {
		case line == "---" || line == "...":
			if r.keys < 2 {
				return FrontMatter{}, text, false
			}
			return fm, body, true
		case line == "":
		case line[0] == ' ' || line[0] == '\t' || line[0] == '-':
			// A list item, or a line of the block scalar the key above opened.
			if r.key == "" {
				return FrontMatter{}, text, false
			}
			item := strings.TrimSpace(line)
			if v, isItem := strings.CutPrefix(item, "- "); isItem {
				r.add(frontMatterValue(v))
			} else if r.block {
				r.add(item)
			}
		default:
			k, v, isKey := strings.Cut(line, ":")
			if !isKey || !frontMatterKey(k) {
				return FrontMatter{}, text, false
			}
			r.key, r.keys = strings.ReplaceAll(strings.ToLower(k), "-", "_"), r.keys+1
			v = strings.TrimSpace(v)
			r.block = v != "" && strings.Trim(v, "|>-+") == ""
			if !r.block {
				r.add(frontMatterValue(v))
			}
		}
	}
	return FrontMatter{}, text, false
}

// frontMatterKey reports a YAML key as writers print them: a letter, then letters,
// digits, "_" and "-".
func frontMatterKey(k string) bool {
	if k == "" || len(k) > 40 || !isLower(k[0]|0x20) {
		return false
	}
	for i := 1; i < len(k); i++ {
		if c := k[i] | 0x20; !isLower(c) && (k[i] < '0' || k[i] > '9') && k[i] != '_' && k[i] != '-' {
			return false
		}
	}
	return true
}

// frontMatterValue returns a scalar without its quotes, and a note-taking app's link
// ("[[Jane Doe]]") as its text.
func frontMatterValue(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		v = v[1 : len(v)-1]
	}
	if inner, ok := strings.CutPrefix(v, "[["); ok && strings.HasSuffix(inner, "]]") && !strings.Contains(inner[:len(inner)-2], "[") {
		v = inner[:len(inner)-2]
	}
	return v
}

// frontMatterReader is CutFrontMatter's state: the key being read, whether its value
// is a block scalar ("|", ">-") on the lines below, and the keys read so far.
type frontMatterReader struct {
	fm       *FrontMatter
	key      string
	block    bool
	keys     int
	dateRank int
}

// add gives value v (a scalar, or one list item) to the key being read. A flow list
// ("[a, b]") is taken apart, and tags at their separators; a scalar field keeps its
// first value, a block scalar's lines joined; a date keeps the value of the
// best-ranked key (a publication date over a bare "date" over a creation date).
func (r *frontMatterReader) add(v string) {
	f, known := frontMatterFields[r.key]
	if !known || v == "" || v == "[]" || v == "null" || v == "~" {
		return
	}
	fm := r.fm
	switch f.field {
	case "authors":
		// The names stay as written, each list or flow item one value: the caller
		// reads names out of them as it reads any metadata author field.
		fm.Authors = appendItems(fm.Authors, v, false, ",")
	case "tags":
		sep := ","
		if strings.Contains(v, ";") {
			sep = ";"
		}
		fm.Tags = appendItems(fm.Tags, v, true, sep)
	case "date":
		if f.dateRank > r.dateRank {
			fm.Date, r.dateRank = v, f.dateRank
		}
	default:
		s := fm.scalar(f.field)
		switch {
		case *s == "":
			*s = v
		case r.block:
			*s += " " + v
		}
	}
}

// scalar returns the string field a frontMatterFields field name stands for.
func (fm *FrontMatter) scalar(field string) *string {
	switch field {
	case "title":
		return &fm.Title
	case "description":
		return &fm.Description
	case "url":
		return &fm.URL
	case "site":
		return &fm.Site
	}
	return &fm.Language
}

// appendItems appends v to list: split at sep when v is a flow list ("[a, b]") or
// split is set, whole otherwise.
func appendItems(list []string, v string, split bool, sep string) []string {
	flow := strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]")
	if !flow && !split {
		return append(list, v)
	}
	v = strings.TrimSuffix(strings.TrimPrefix(v, "["), "]")
	for part := range strings.SplitSeq(v, sep) {
		if part = frontMatterValue(strings.TrimSpace(part)); part != "" {
			list = append(list, part)
		}
	}
	return list
}
