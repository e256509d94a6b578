package htmldom

import (
	"net/url"
	"strings"

	"github.com/newsparse/newsparse/internal/textdump"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
)

// metaFields are the parts of a page's metadata that the Article reports as they are
// (language, section, tags, description, lead image) rather than weighs against the
// visible page. Each list keeps its sources apart so that their order of trust is
// applied once, in fill.
type metaFields struct {
	htmlLang, ogLocale, httpLang, ldLang string
	ogSection, ldSection                 string
	ogTags, ldTags, newsKeywords         []string
	ogImage, ldImage                     string
	// ogType is og:type; ldTypes are the @type words of every JSON-LD object, the
	// page type's evidence (pagetype.go).
	ogType  string
	ldTypes []string
}

// maxTags bounds Tags: a keyword list is a few words; hundreds are SEO stuffing.
const maxTags = 30

// htmlElement reads <html lang>.
func (f *metaFields) htmlElement(n *html.Node) {
	if f.htmlLang == "" {
		f.htmlLang = attr(n, "lang")
		if f.htmlLang == "" {
			f.htmlLang = attr(n, "xml:lang")
		}
	}
}

// metaElement reads the <meta> keys meta.go leaves to it; key is the lower-cased
// property or name, "" for an http-equiv element.
func (f *metaFields) metaElement(key, content string, n *html.Node) {
	switch key {
	case "og:type":
		if f.ogType == "" {
			f.ogType = strings.ToLower(strings.TrimSpace(content))
		}
	case "og:locale":
		if f.ogLocale == "" {
			f.ogLocale = content
		}
	case "article:section", "og:article:section":
		if f.ogSection == "" {
			f.ogSection = collapseSpace(content)
		}
	case "article:tag", "og:article:tag":
		f.ogTags = appendKeywords(f.ogTags, content, false)
	case "news_keywords":
		f.newsKeywords = appendKeywords(f.newsKeywords, content, true)
	case "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src":
		if f.ogImage == "" {
			f.ogImage = content
		}
	case "":
		if strings.EqualFold(strings.TrimSpace(attr(n, "http-equiv")), "content-language") && f.httpLang == "" {
			f.httpLang = content
		}
	}
}

// jsonLD reads one JSON-LD object. The language may sit on the WebPage or WebSite
// object as well as on the article; section, keywords and image count only on an
// article object, since a WebPage's keywords describe the site.
func (f *metaFields) jsonLD(o map[string]any, types []string, resolve func(any) any) {
	article := htmldom.IsArticleType(types)
	if len(f.ldTypes) < 64 {
		f.ldTypes = append(f.ldTypes, types...)
	}
	// inLanguage is a tag or a Language object whose alternateName is the tag.
	l := htmldom.LDString(o["inLanguage"])
	if lo, ok := resolve(o["inLanguage"]).(map[string]any); ok {
		l = htmldom.LDString(lo["alternateName"])
	}
	if l != "" && (f.ldLang == "" || article) {
		f.ldLang = l
	}
	if !article {
		return
	}
	if f.ldSection == "" {
		f.ldSection = collapseSpace(htmldom.LDString(o["articleSection"]))
	}
	for _, k := range htmldom.LDList(o["keywords"]) {
		f.ldTags = appendKeywords(f.ldTags, htmldom.LDString(k), true)
	}
	if f.ldImage == "" {
		for _, im := range htmldom.LDList(o["image"]) {
			im = resolve(im)
			var u string
			switch x := im.(type) {
			case string:
				u = x
			case map[string]any:
				u = htmldom.LDString(x["url"])
				if u == "" {
					u = htmldom.LDString(x["contentUrl"])
				}
			}
			if u = strings.TrimSpace(u); u != "" {
				f.ldImage = u
				break
			}
		}
	}
}

// appendKeywords adds the keywords of one value. split says the value is a
// comma-separated list (news_keywords, JSON-LD keywords); an article:tag is one tag.
func appendKeywords(dst []string, s string, split bool) []string {
	parts := []string{s}
	if split {
		parts = strings.Split(s, ",")
	}
	for _, p := range parts {
		// The spaces after the commas are cut here, as substrings: collapseSpace
		// copies only a value it changes, and would drop them anyway.
		p = collapseSpace(strings.Trim(p, " "))
		if len(p) == 0 || len(p) > 80 || len(dst) >= maxTags {
			continue
		}
		dst = append(dst, p)
	}
	return dst
}

// bcp47 returns the canonical form of a declared language tag, or "" when the value
// is not a tag ("und", "x-default", "English").
func bcp47(s string) string {
	s = strings.TrimSpace(s)
	// og:locale writes "en_GB"; Content-Language may list several ("de, en").
	if i := strings.IndexAny(s, ",;"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" || len(s) > 35 {
		return ""
	}
	t, err := language.Parse(s)
	if err != nil || t == language.Und {
		return ""
	}
	if b, conf := t.Base(); conf != language.Exact || b.String() == "und" {
		return ""
	}
	return t.String()
}

// fill sets the Article's fields from the metadata: each from the first source that
// gives a usable value, in the order of trust the field's documentation states.
func (f *metaFields) fill(a *Article, m *pageMeta, base *url.URL) {
	for _, l := range []string{f.ldLang, f.htmlLang, f.ogLocale, f.httpLang} {
		if a.Language = bcp47(l); a.Language != "" {
			break
		}
	}
	a.Section = f.ldSection
	if a.Section == "" {
		a.Section = f.ogSection
	}
	seen := make(map[string]bool)
	for _, list := range [][]string{f.ogTags, f.ldTags, f.newsKeywords} {
		for _, t := range list {
			k := strings.ToLower(t)
			if !seen[k] && len(a.Tags) < maxTags {
				seen[k] = true
				a.Tags = append(a.Tags, t)
			}
		}
	}
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
		for _, u := range []string{f.ogImage, f.ldImage} {
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

// languages returns every language tag the page declares, as written ("en_US" as
// og:locale writes it).
func (f *metaFields) languages() []string {
	return []string{f.ldLang, f.htmlLang, f.ogLocale, f.httpLang}
}
