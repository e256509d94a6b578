package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// htmlDump is a Markdown dump that kept its source's tags, as pandoc's GitHub Markdown
// and other pass-through writers do: tag lines around every block, an open tag
// wrapped over two lines, inline tags inside text.
const htmlDump = `<div class="site-header">

<div class="nav"
data-track="top-menu">

[Home](https://example.org/) [World](https://example.org/world)

</div>

</div>

<div id="main">

# A headline

Text with <span class="badge">a badge</span> and <a href="https://example.org/x" class="more">a link</a>.

<!-- ad slot -->

</div>
`

func TestStripSourceMarkup(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "pandoc fences, one line and wrapped",
			in:   "::: {.header role=\"banner\"}\nMenu\n:::\n\n:::: {.story-body\ndata-id=\"42\"}\nText.\n::::\n::: column\nMore.\n:::",
			want: "Menu\n\nText.\n\nMore.\n\n",
		},
		{
			name: "attributes on a link, a span and a heading",
			in:   "[Home](https://example.org/){.nav-item}\n[Careers [12]{.badge}](https://example.org/jobs)\n# A headline {#a-headline .post-title}",
			want: "[Home](https://example.org/)\n[Careers 12](https://example.org/jobs)\n# A headline",
		},
		{
			name: "attributes wrapped onto the next line",
			in:   "see the [database](https://example.org/db \"Title\"){target=\"_blank\"\nrel=\"noopener\"}, which",
			want: "see the [database](https://example.org/db \"Title\"), which",
		},
		{
			name: "an image's size",
			in:   "![A harbour](https://example.org/a.jpg){width=\"600\" height=\"400\"}",
			want: "![A harbour](https://example.org/a.jpg)",
		},
		{
			name: "HTML tags of a pass-through writer",
			in:   htmlDump,
			want: "[Home](https://example.org/) [World](https://example.org/world)\n\n# A headline\n\nText with a badge and a link.\n\n",
		},
		{
			name: "a code listing's XML is text",
			in:   "<Project>\n<PropertyGroup>\n<Target Name=\"Build\">\n</Target>\n</PropertyGroup>\n</Project>\nA sentence.",
			want: "<Project>\n<PropertyGroup>\n<Target Name=\"Build\">\n</Target>\n</PropertyGroup>\n</Project>\nA sentence.",
		},
		{
			name: "a JSX listing mixes HTML names with its own attributes",
			in:   "<div className=\"card\">\n<ul>\n<li>\n</li>\n</ul>\n<button onClick={go}>\n</button>\n</div>\n<div className=\"x\">\n</div>",
			want: "<div className=\"card\">\n<ul>\n<li>\n</li>\n</ul>\n<button onClick={go}>\n</button>\n</div>\n<div className=\"x\">\n</div>",
		},
		{
			name: "too few tag lines to be a converter's",
			in:   "<div>\nText with <b>bold</b>.\n</div>",
			want: "<div>\nText with <b>bold</b>.\n</div>",
		},
		{
			name: "an article that quotes a few tags among much prose",
			in:   strings.Repeat("A line of prose.\n", 150) + strings.Repeat("<p class=\"lead\">\n</p>\n", 3) + "The <br> tag.",
			want: strings.Repeat("A line of prose.\n", 150) + strings.Repeat("<p class=\"lead\">\n</p>\n", 3) + "The <br> tag.",
		},
		{
			name: "braces and angle brackets in prose",
			in:   "The set {1, 2} and a < b > c.\nA JSON value {\"a\": 1} and a [note]{ here}.\n\\[escaped]{.x}",
			want: "The set {1, 2} and a < b > c.\nA JSON value {\"a\": 1} and a [note]{ here}.\n\\[escaped]{.x}",
		},
		{
			name: "no markup, the same string",
			in:   "Headline\n\nBody text.",
			want: "Headline\n\nBody text.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _ := stripSourceMarkup(tc.in)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestStripSourceMarkupBounded: an unclosed tag or attribute set is text, however
// long the input, and a long run of them is read in one pass.
func TestStripSourceMarkupBounded(t *testing.T) {
	unclosed := "<span title=\"" + strings.Repeat("x", 3*maxTagBytes)
	got, _, _ := stripSourceMarkup(strings.Repeat("<div class=\"a\">\n", 10) + unclosed)
	assert.True(t, got == unclosed, "the unclosed tag stays")
	attrs := "[a]{.b key=\"" + strings.Repeat("y", 2*maxAttrBytes) + "\"}"
	got, _, _ = stripSourceMarkup(attrs)
	assert.True(t, got == attrs, "the overlong set stays")
	brackets := strings.Repeat("[", 3*maxOpenBrackets) + "x]{.c}" + strings.Repeat("]", 3*maxOpenBrackets)
	got, _, _ = stripSourceMarkup(brackets)
	assert.Equal(t, len(brackets)-len("[]{.c}"), len(got), "one bracket pair and the set go")
}

// TestStripSourceMarkupCuts: the width cut from each line, which the converter
// counted when it wrapped the line.
func TestStripSourceMarkupCuts(t *testing.T) {
	tests := []struct {
		in, want string
		cuts     []lineCut
	}{
		{"the [old\npier](https://e.org/p){target=\"_blank\"}, which the winter\nstorms",
			"the [old\npier](https://e.org/p), which the winter\nstorms", []lineCut{{}, {width: len(`{target="_blank"}`), lead: len(`{target="_blank"}`)}}},
		{"a [new]{.badge} pier\n:::\nstorms", "a new pier\n\nstorms", []lineCut{{width: len("[]{.badge}")}}},
		{strings.Repeat("<div class=\"a\">\n", 5) + "the\n<a href=\"https://e.org/p\">old pier</a>, which",
			"the\nold pier, which", []lineCut{{}, {width: len(`<a href="https://e.org/p"></a>`), lead: len(`<a href="https://e.org/p">`)}}},
	}
	for _, tc := range tests {
		got, cuts, found := stripSourceMarkup(tc.in)
		assert.Equal(t, tc.want, got)
		assert.Equal(t, tc.cuts, cuts)
		assert.True(t, found)
	}
	got, cuts, found := stripSourceMarkup("no marks\nat all")
	assert.Equal(t, "no marks\nat all", got)
	assert.Nil(t, cuts)
	assert.False(t, found)
}

// TestStripMarkdownLinks: the links of a Markdown paragraph, to http(s) addresses
// only, with their offsets in the text the reader sees.
func TestStripMarkdownLinks(t *testing.T) {
	text, links := stripMarkdown("See **[our  guide](https://example.org/g \"Guide\")** and [the\nmap](/map), [ a b ](http://e.org/x).", false)
	assert.Equal(t, "See our guide and the map, a b .", text)
	assert.Equal(t, []Link{{Text: "our guide", URL: "https://example.org/g", Start: 4, End: 13}, {Text: "a b", URL: "http://e.org/x", Start: 27, End: 30}}, links)
	for _, l := range links {
		assert.Equal(t, l.Text, text[l.Start:l.End])
	}
}
