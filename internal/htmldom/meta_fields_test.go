package htmldom

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestBCP47(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"en_GB", "en-GB"},
		{" de, en", "de"},
		{"fr-FR;q=0.8", "fr-FR"},
		{"und", ""},
		{"x-default", ""},
		{"English", ""},
		{"", ""},
	} {
		assert.Equal(t, tc.want, BCP47(tc.in), tc.in)
	}
}

// metaOf reads the <html> and <meta> elements of page as the walker hands them over.
func metaOf(t *testing.T, page string) *MetaFields {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	var f MetaFields
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "html":
			f.HTMLElement(n)
		case "meta":
			key := strings.ToLower(Attr(n, "property"))
			if key == "" {
				key = strings.ToLower(Attr(n, "name"))
			}
			f.MetaElement(key, Attr(n, "content"), n)
		}
	}
	return &f
}

func TestMetaFieldsOrderOfTrust(t *testing.T) {
	for _, tc := range []struct {
		name, page, lang, section string
		tags                      []string
		images                    [2]string
	}{
		{"nothing declared", `<html><head></head></html>`, "", "", nil, [2]string{}},
		{"html lang before og:locale", `<html lang="de"><head><meta property="og:locale" content="en_US"></head></html>`,
			"de", "", nil, [2]string{}},
		{"og:locale when html lang is no tag", `<html lang="x-default"><head><meta property="og:locale" content="en_US"></head></html>`,
			"en-US", "", nil, [2]string{}},
		{"tags once whatever their case, article:tag first",
			`<html><head><meta name="news_keywords" content="Harbour, ferries"><meta property="article:tag" content="harbour"><meta property="article:section" content=" Local  news "></head></html>`,
			"", "Local news", []string{"harbour", "ferries"}, [2]string{}},
		{"the card's image", `<html><head><meta name="twitter:image" content="/a.jpg"></head></html>`,
			"", "", nil, [2]string{"/a.jpg", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := metaOf(t, tc.page)
			assert.Equal(t, tc.lang, f.Language())
			assert.Equal(t, tc.section, f.Section())
			assert.Equal(t, tc.tags, f.Tags())
			assert.Equal(t, tc.images, f.ImageURLs())
		})
	}
}
