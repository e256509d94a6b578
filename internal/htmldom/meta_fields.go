package htmldom

import (
	"strings"

	"github.com/newsparse/newsparse/internal/textdump"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
)

// MetaFields are the parts of a page's metadata that the Article reports as they are
// (language, section, tags, lead image) rather than weighs against the visible page.
// Each list keeps its sources apart so that their order of trust is applied once, by
// the methods that give them out. The zero value is ready to read a page.
type MetaFields struct {
	htmlLang, ogLocale, httpLang, ldLang string
	ogSection, ldSection                 string
	ogTags, ldTags, newsKeywords         []string
	ogImage, ldImage                     string
	// ogType is og:type; ldTypes are the @type words of every JSON-LD object, the
	// page type's evidence (the root's pagetype.go).
	ogType  string
	ldTypes []string
}

// MaxTags bounds a page's tags, in its metadata or a dump's front matter: a
// keyword list is a few words; hundreds are SEO stuffing.
const MaxTags = 30

// HTMLElement reads <html lang>.
func (f *MetaFields) HTMLElement(n *html.Node) {
	if f.htmlLang == "" {
		f.htmlLang = Attr(n, "lang")
		if f.htmlLang == "" {
			f.htmlLang = Attr(n, "xml:lang")
		}
	}
}

// MetaElement reads the <meta> keys the root's meta.go leaves to it; key is the
// lower-cased property or name, "" for an http-equiv element.
func (f *MetaFields) MetaElement(key, content string, n *html.Node) {
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
			f.ogSection = textdump.CollapseSpace(content)
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
		if strings.EqualFold(strings.TrimSpace(Attr(n, "http-equiv")), "content-language") && f.httpLang == "" {
			f.httpLang = content
		}
	}
}

// JSONLD reads one JSON-LD object. The language may sit on the WebPage or WebSite
// object as well as on the article; section, keywords and image count only on an
// article object, since a WebPage's keywords describe the site.
func (f *MetaFields) JSONLD(o map[string]any, types []string, resolve func(any) any) {
	article := IsArticleType(types)
	if len(f.ldTypes) < 64 {
		f.ldTypes = append(f.ldTypes, types...)
	}
	// inLanguage is a tag or a Language object whose alternateName is the tag.
	l := LDString(o["inLanguage"])
	if lo, ok := resolve(o["inLanguage"]).(map[string]any); ok {
		l = LDString(lo["alternateName"])
	}
	if l != "" && (f.ldLang == "" || article) {
		f.ldLang = l
	}
	if !article {
		return
	}
	if f.ldSection == "" {
		f.ldSection = textdump.CollapseSpace(LDString(o["articleSection"]))
	}
	for _, k := range LDList(o["keywords"]) {
		f.ldTags = appendKeywords(f.ldTags, LDString(k), true)
	}
	if f.ldImage == "" {
		for _, im := range LDList(o["image"]) {
			im = resolve(im)
			var u string
			switch x := im.(type) {
			case string:
				u = x
			case map[string]any:
				u = LDString(x["url"])
				if u == "" {
					u = LDString(x["contentUrl"])
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
		p = textdump.CollapseSpace(strings.Trim(p, " "))
		if len(p) == 0 || len(p) > 80 || len(dst) >= MaxTags {
			continue
		}
		dst = append(dst, p)
	}
	return dst
}

// Language returns the page's declared language as a canonical BCP 47 tag, from the
// first source that gives a usable one, in the order of trust Article.Language
// documents: JSON-LD inLanguage, <html lang>, og:locale, Content-Language.
func (f *MetaFields) Language() string {
	for _, l := range []string{f.ldLang, f.htmlLang, f.ogLocale, f.httpLang} {
		if t := BCP47(l); t != "" {
			return t
		}
	}
	return ""
}

// Section returns the article's section: JSON-LD articleSection, else article:section.
func (f *MetaFields) Section() string {
	if f.ldSection != "" {
		return f.ldSection
	}
	return f.ogSection
}

// Tags returns the article's keywords, article:tag first, then JSON-LD keywords and
// news_keywords, each once whatever its letter case, at most MaxTags; nil when the
// page gives none.
func (f *MetaFields) Tags() []string {
	var tags []string
	seen := make(map[string]bool)
	for _, list := range [][]string{f.ogTags, f.ldTags, f.newsKeywords} {
		for _, t := range list {
			k := strings.ToLower(t)
			if !seen[k] && len(tags) < MaxTags {
				seen[k] = true
				tags = append(tags, t)
			}
		}
	}
	return tags
}

// ImageURLs returns the lead image's addresses as the page writes them, most trusted
// first: og:image (or Twitter's card image), then the JSON-LD article's image; ""
// where a source gives none.
func (f *MetaFields) ImageURLs() [2]string { return [2]string{f.ogImage, f.ldImage} }

// OGType returns og:type, lower-cased: the page type's evidence, as LDTypes is.
func (f *MetaFields) OGType() string { return f.ogType }

// LDTypes returns the @type words of every JSON-LD object the page holds, at most 64.
func (f *MetaFields) LDTypes() []string { return f.ldTypes }

// BCP47 returns the canonical form of a declared language tag, or "" when the value
// is not a tag ("und", "x-default", "English").
func BCP47(s string) string {
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

// Languages returns every language tag the page declares, as written ("en_US" as
// og:locale writes it), in the order of trust Language reads them.
func (f *MetaFields) Languages() []string {
	return []string{f.ldLang, f.htmlLang, f.ogLocale, f.httpLang}
}
