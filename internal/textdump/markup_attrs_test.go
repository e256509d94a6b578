package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// pandocImageDump is pandoc's Markdown (-t markdown) of a page whose picture carries a
// long srcset and the JSON data attributes a blog engine adds: the image's attribute
// set runs past a thousand bytes over several lines, its values holding escaped quotes.
const pandocImageDump = `::: entry
The harbour reopened on Monday after a winter of repairs to the old
pier, which the storms had cut in two places.

![](https://example.org/uploads/2024/05/harbour.jpg){.attachment-post-thumbnail
.wp-post-image width="1024" height="576"
srcset="https://example.org/uploads/2024/05/harbour-at-dawn-300x200.jpg 300w, https://example.org/uploads/2024/05/harbour-at-dawn-450x300.jpg 450w, https://example.org/uploads/2024/05/harbour-at-dawn-600x400.jpg 600w, https://example.org/uploads/2024/05/harbour-at-dawn-750x500.jpg 750w, https://example.org/uploads/2024/05/harbour-at-dawn-900x600.jpg 900w, https://example.org/uploads/2024/05/harbour-at-dawn-1050x700.jpg 1050w, https://example.org/uploads/2024/05/harbour-at-dawn-1200x800.jpg 1200w, https://example.org/uploads/2024/05/harbour-at-dawn-1350x900.jpg 1350w, https://example.org/uploads/2024/05/harbour-at-dawn-1500x1000.jpg 1500w, https://example.org/uploads/2024/05/harbour-at-dawn-1650x1100.jpg 1650w, https://example.org/uploads/2024/05/harbour-at-dawn-1800x1200.jpg 1800w, https://example.org/uploads/2024/05/harbour-at-dawn-1950x1300.jpg 1950w, https://example.org/uploads/2024/05/harbour-at-dawn-2100x1400.jpg 2100w, https://example.org/uploads/2024/05/harbour-at-dawn-2250x1500.jpg 2250w, https://example.org/uploads/2024/05/harbour-at-dawn-2400x1600.jpg 2400w, https://example.org/uploads/2024/05/harbour-at-dawn-2550x1700.jpg 2550w, https://example.org/uploads/2024/05/harbour-at-dawn-2700x1800.jpg 2700w, https://example.org/uploads/2024/05/harbour-at-dawn-2850x1900.jpg 2850w"
image-meta="{\"aperture\":\"0\",\"credit\":\"\",\"camera\":\"\",\"caption\":\"\",\"created_timestamp\":\"0\",\"copyright\":\"\",\"focal_length\":\"0\",\"iso\":\"0\",\"shutter_speed\":\"0\",\"title\":\"\",\"orientation\":\"0\"}"
image-caption="<p>The pier at dawn</p>"}

Fishing boats were the first to return, and the ferry will follow next
week once the last of the moorings has been replaced by the council\'s
contractors.
:::
`

// TestStripSourceMarkupImageAttributes: the whole attribute set goes, however long
// (up to maxAttrBytes) and whatever escaped quotes its values hold, leaving the
// image's mark and the text on either side.
func TestStripSourceMarkupImageAttributes(t *testing.T) {
	got, _, found := stripSourceMarkup(pandocImageDump)
	assert.True(t, found)
	assert.NotContains(t, got, "srcset")
	assert.NotContains(t, got, "aperture")
	assert.Contains(t, got, "places.\n\n![](https://example.org/uploads/2024/05/harbour.jpg)\n\nFishing boats")
	got, _, _ = stripSourceMarkup(`![](https://e.org/a.jpg){data-x="{\"a\":\"b\"}" title="x"}`)
	assert.Equal(t, "![](https://e.org/a.jpg)", got, "escaped quotes inside a value")
	got, _, _ = stripSourceMarkup(`<div class="a">` + strings.Repeat("\n<div class=\"a\">", 5) + "\n" + `<img alt="C:\" src="x.png"> text`)
	assert.Contains(t, got, "text", "an HTML tag has no escapes")
	assert.NotContains(t, got, "<img")
}

// pandocUtilityDump is pandoc's Markdown of a page styled with utility classes, whose
// names hold brackets, slashes, percent signs and colons: on fences, a heading and
// a span.
const pandocUtilityDump = `::: {.grid .grid-cols-[10%_58%_32%] .md:grid-cols-[6%_48%_46%] .gap-x-0 .px-[calc(var(--gutter)/2)]}
::: {.w-1/2 .md:!text-[0.70em]}
## The harbour reopens {#harbour .!text-2xl .lg:!text-3xl}

The harbour reopened on Monday after a winter of repairs to the old
pier, which the storms had cut in two places.

Fishing boats were the first to return, [and the ferry will
follow]{.text-[85%] .font-medium} next week.
:::
:::
`

// TestStripSourceMarkupUtilityClasses: a class is read up to the space or the brace
// that ends it, whatever it holds, so that the fences, the heading's attributes and
// the span's go.
func TestStripSourceMarkupUtilityClasses(t *testing.T) {
	got, _, found := stripSourceMarkup(pandocUtilityDump)
	assert.True(t, found)
	assert.Equal(t, "## The harbour reopens\n\nThe harbour reopened on Monday after a winter of repairs to the old\n"+
		"pier, which the storms had cut in two places.\n\nFishing boats were the first to return, and the ferry will\n"+
		"follow next week.\n\n", got)
	for _, in := range []string{"a [note]{.see also}", "a [note]{. x}", "prose {.5 and more}"} {
		got, _, _ = stripSourceMarkup(in)
		assert.Equal(t, in, got, "not an attribute set")
	}
}

// pandocContainerDump is pandoc's Markdown of a page whose divs carry a script
// framework's attributes ("@click.away", ":class") and stand inside list items and a
// quote, with a heading inside a list item.
const pandocContainerDump = `::: {#menu x-data="{\"open\":false}" @click.away="open = false" :class="{'is-open': open}"}
Menu text
:::

-   ::: first-block
    The harbour reopened on Monday.
    :::

-   ### The ferry returns {#ferry .card-title}

> ::: quote-text
> We are open again.
> :::
`

// TestStripSourceMarkupContainers: a fence goes wherever it stands, after a list
// item's marker or a quote's, and so do a listed heading's attributes and a set whose
// keys are named as the page's framework names them.
func TestStripSourceMarkupContainers(t *testing.T) {
	got, _, found := stripSourceMarkup(pandocContainerDump)
	assert.True(t, found)
	assert.Equal(t, "Menu text\n\n    The harbour reopened on Monday.\n\n-   ### The ferry returns\n\n> We are open again.\n\n", got)
	for _, in := range []string{"- ::: is a list item's text", "> ::: is quoted text"} {
		got, _, _ = stripSourceMarkup(in)
		assert.Equal(t, in, got, "not a fence")
	}
}

// gfmFrameworkDump is pandoc's GitHub Markdown of a menu whose links carry a script
// framework's bindings ("data-@mouseenter", ":aria-expanded"), its tags wrapped over
// lines.
const gfmFrameworkDump = `-   <a href="https://example.org/plans"
    data-@mouseenter="menu = &#39;plans&#39;"
    :aria-expanded="menu == &#39;plans&#39;"><span class="label">Plans and
    rates</span></a>
-   <a href="https://example.org/help"
    data-@mouseenter="menu = &#39;help&#39;"
    :aria-expanded="menu == &#39;help&#39;"><span
    class="label">Help</span></a>

<div class="page">

<div class="main">

<div class="story">

The harbour reopened on Monday after a winter of repairs.

</div>

</div>

</div>
`

// TestStripSourceMarkupFrameworkTags: tags with such attributes are the page's HTML,
// and go; a name space inside an attribute's name is XML's, and stays.
func TestStripSourceMarkupFrameworkTags(t *testing.T) {
	got, _, found := stripSourceMarkup(gfmFrameworkDump)
	assert.True(t, found)
	assert.Equal(t, "-   Plans and\n    rates\n-   Help\n\nThe harbour reopened on Monday after a winter of repairs.\n\n", got)
	_, _, shaped := tagEnd(`<svg xmlns:x="http://e.org/x">`, 0)
	assert.False(t, shaped)
}
