package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const metaBody = `<article><h1>Council approves new tram depot</h1>
<p>The city council approved the new tram depot on Thursday after a two-hour debate in which opponents raised the cost of the land.</p>
<p>Construction is to start next spring and the depot should open in three years, the transport department said.</p></article>`

func TestMetaFields(t *testing.T) {
	tests := []struct {
		name, head, htmlAttr, url string
		want                      Article
	}{
		{
			name:     "OpenGraph and html lang",
			htmlAttr: `lang="en_gb"`,
			head: `<meta property="og:locale" content="fr_FR">
<meta property="article:section" content="Transport">
<meta property="article:tag" content="Trams"><meta property="article:tag" content="City council">
<meta name="news_keywords" content="trams, city council , depot">
<meta name="description" content="The depot will house 40 trams.">
<meta property="og:image" content="/img/depot.jpg">
<link rel="canonical" href="https://city.example.com/news/tram-depot">`,
			url: "https://city.example.com/news/tram-depot?utm_source=feed",
			want: Article{Language: "en-GB", Section: "Transport", Tags: []string{"Trams", "City council", "depot"},
				Description: "The depot will house 40 trams.", Canonical: "https://city.example.com/news/tram-depot",
				Images: []Image{{URL: "https://city.example.com/img/depot.jpg", FromMeta: true}}},
		},
		{
			name:     "JSON-LD outranks the markup",
			htmlAttr: `lang="en"`,
			head: `<meta property="article:section" content="News">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","@id":"#page","inLanguage":"en-US","keywords":"site, words"},
{"@type":"NewsArticle","headline":"Council approves new tram depot","inLanguage":{"@type":"Language","name":"German","alternateName":"de-AT"},
 "articleSection":["Verkehr","Wien"],"keywords":["Straßenbahn","Gemeinderat"],
 "image":{"@type":"ImageObject","url":"https://img.example.at/depot.jpg"},
 "description":"Der Gemeinderat hat den Bau beschlossen.","url":"https://wien.example.at/verkehr/depot"}]}</script>`,
			want: Article{Language: "de-AT", Section: "Verkehr", Tags: []string{"Straßenbahn", "Gemeinderat"},
				Description: "Der Gemeinderat hat den Bau beschlossen.", Canonical: "https://wien.example.at/verkehr/depot",
				Images: []Image{{URL: "https://img.example.at/depot.jpg", FromMeta: true}}},
		},
		{
			name:     "values that are not tags or addresses are dropped",
			htmlAttr: `lang="x-default"`,
			head: `<meta http-equiv="Content-Language" content="English">
<meta property="og:image" content="javascript:void(0)">
<link rel="canonical" href="/relative/without/base">`,
			want: Article{},
		},
		{
			name: "Content-Language when nothing else declares one",
			head: `<meta http-equiv="content-language" content="nl-BE, fr-BE">`,
			want: Article{Language: "nl-BE"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html " + tt.htmlAttr + "><head><title>Council approves new tram depot</title>" + tt.head + "</head><body>" + metaBody + "</body></html>"
			var opts []Option
			if tt.url != "" {
				opts = append(opts, WithURL(tt.url))
			}
			a, err := ParseHTML(strings.NewReader(page), opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.want.Language, a.Language, "language")
			assert.Equal(t, tt.want.Section, a.Section, "section")
			assert.Equal(t, tt.want.Tags, a.Tags, "tags")
			assert.Equal(t, tt.want.Description, a.Description, "description")
			assert.Equal(t, tt.want.Canonical, a.Canonical, "canonical")
			assert.Equal(t, tt.want.Images, a.Images, "images")
			if tt.url != "" {
				assert.Equal(t, tt.url, a.URL, "URL stays what WithURL gave")
			}
		})
	}
}

// A picture in the article region wins over the metadata's lead image.
func TestMetaImageOnlyWhenRegionHasNone(t *testing.T) {
	page := `<html><head><meta property="og:image" content="https://img.example.com/social.jpg"></head><body>
<article><h1>Council approves new tram depot</h1><figure><img src="https://img.example.com/depot.jpg"><figcaption>The site of the depot in March.</figcaption></figure>` +
		strings.TrimPrefix(metaBody, "<article><h1>Council approves new tram depot</h1>") + `</body></html>`
	a, err := ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, a.Images, 1)
	assert.False(t, a.Images[0].FromMeta)
	assert.Equal(t, "https://img.example.com/depot.jpg", a.Images[0].URL)
}

// A text dump carries no declared language, and none is guessed.
func TestTextHasNoLanguage(t *testing.T) {
	a, err := ParseText("Council approves new tram depot\n\nThe city council approved the new tram depot on Thursday after a long debate.")
	require.NoError(t, err)
	assert.Empty(t, a.Language)
}
