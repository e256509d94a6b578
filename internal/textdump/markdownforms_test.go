package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCutsOfWrappedTags: a Markdown writer that passes HTML through wraps inside a
// tag, so that one output line holds two source lines; its width is the last
// source line's, and the markup glued after a line's first word counts in that word.
func TestCutsOfWrappedTags(t *testing.T) {
	in := strings.Repeat("<div class=\"a\">\n", 5) + "By <span\nclass=\"name\">Jane\nDoe</span> on a date"
	got, cuts, found := stripSourceMarkup(in)
	assert.True(t, found)
	assert.Equal(t, "By Jane\nDoe on a date", got)
	assert.Equal(t, []lineCut{
		{width: len(`class="name">`) - len("By ")},
		{width: len(`</span>`), lead: len(`</span>`)},
	}, cuts)
}

// wrappedByline is a whole-page GitHub Markdown dump, wrapped at 72 columns, that
// kept the page's HTML: a byline whose name the writer wrapped inside its tags,
// after a line that a long address ran past the column.
const wrappedByline = `<div class="site-header">

<a href="https://news.example.org/" class="home-link">News Example</a>

</div>

<div class="post">

# A council votes on the harbour plan

<div class="post-meta">

<span class="meta-by"><span class="meta-label">By</span> <span
class="meta-name"><a href="https://news.example.org/staff/jane-doe-reporter" class="url fn">Jane
Doe</a></span></span> <span class="meta-date">March 3, 2025</span>

</div>

The council met on Tuesday evening to vote on the harbour plan, which
the mayor has championed for two years. Most members spoke in favour of
it, and a few asked for changes to the timetable.

Opponents said the plan would cost more than the town could afford, and
asked for a second study before any work on the quay began this year or
the next.

The vote passed by seven to four after a debate of three hours, in which
residents queued at the door to speak for two minutes each about the
quay and the road.

Work on the first stage is due to start in the spring, when the fishing
fleet moves to its summer berths on the far side of the bay and the
water is calm.

</div>
`

// TestReadWrappedTagByline: the byline reads as one line, as w3m prints it.
func TestReadWrappedTagByline(t *testing.T) {
	norm := Normalize(wrappedByline)
	var texts []string
	for _, b := range Read(wrappedByline, norm, nil, false) {
		texts = append(texts, b.Text)
	}
	assert.Contains(t, texts, "By Jane Doe March 3, 2025")
	assert.Contains(t, texts, "A council votes on the harbour plan")
}

// TestWrapJoinOverfullMarkup: a line past the column only by the markup cut from
// it was filled; one whose text alone passes it was not wrapped.
func TestWrapJoinOverfullMarkup(t *testing.T) {
	st := Style{Width: 72, Markdown: true}
	b := dumpLine{text: "Doe on a date"}
	assert.Equal(t, JoinFilledLine, wrapJoin(dumpLine{text: "Jane", cut: lineCut{width: 90}}, b, st))
	long := dumpLine{text: strings.Repeat("word ", 16) + "end", cut: lineCut{width: 10}}
	assert.Equal(t, Join(0), wrapJoin(long, b, st))
}

// TestReflowEndsWrappedImage: a picture's placeholder that the wrap broke ends
// where its bracket closes, as one on a single line does; the lower-case line
// under it (a byline, a caption's credit) is a block of its own. A long label
// stays text, as it was; a short one is the picture's gap.
func TestReflowEndsWrappedImage(t *testing.T) {
	st := Style{Width: 76}
	for _, tc := range []struct {
		dump string
		want []string
	}{
		{"[A drawing of a lighthouse on a rocky shore under a grey sky, with gulls\nabove the water.]\nwritten by the harbour desk\nMarch 3, 2025",
			[]string{"[A drawing of a lighthouse on a rocky shore under a grey sky, with gulls above the water.]", "written by the harbour desk", "March 3, 2025"}},
		// A picture's address, printed for want of a label and wrapped at its
		// slashes, fills its last line.
		{"[https://cdn.example.org/images/harbour/2025/drawings/lighthouse/\nlighthouse-drawing-of-the-quay-at-dusk-wide.jpg?width=310&height=400&q=80]\nHarbour plan: a new quay for the fishing fleet",
			[]string{"Harbour plan: a new quay for the fishing fleet"}},
		// A link's brackets that close mid-paragraph still join what follows.
		{"the plan drawn up by the [harbour board of the town, which met in the old\ncustoms house] on a wet evening in March",
			[]string{"the plan drawn up by the [harbour board of the town, which met in the old customs house] on a wet evening in March"}},
	} {
		var texts []string
		for _, b := range reflowBlocks(tc.dump, nil, st) {
			texts = append(texts, b.Text)
		}
		assert.Equal(t, tc.want, texts, tc.dump)
	}
}

// authorCardTags is the close of a GitHub Markdown dump that kept the page's HTML:
// an author's card whose photo stands as an <img> tag on its lines of tags, above a
// picture whose alt text is a description.
const authorCardTags = `<div class="author-box">

<div class="author-box__image">

<img src="https://news.example.org/uploads/jane-doe-150x150.jpg"
class="avatar" data-alt="Staff photo" width="150" height="150"
alt="Jane Doe" />

</div>

<div class="author-box__content">

### Jane Doe

Jane covers the harbour and the council for the paper.

</div>

</div>

<div class="gallery">

<img src="https://news.example.org/uploads/quay.jpg" alt="The Quay At Dusk Today" />

</div>

The quay at dusk, seen from the old customs house.
`

// TestReadImgTagLabel: the photo's name-shaped alt text stands over the name, as
// w3m prints it; another picture's alt text is the gap it was.
func TestReadImgTagLabel(t *testing.T) {
	var texts []string
	for _, b := range Read(authorCardTags, Normalize(authorCardTags), nil, false) {
		texts = append(texts, b.Text)
	}
	assert.Equal(t, []string{"Jane Doe", "Jane Doe", "Jane covers the harbour and the council for the paper.",
		"The quay at dusk, seen from the old customs house."}, texts)
}

func TestTagLineLabel(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`<span class="photo"><img src="/a.jpg" alt="Jane Doe" /></span>`, "Jane Doe"},
		{"<img src=\"/a.jpg\"\nalt='Jane  Q. Doe'>", "Jane Q. Doe"},
		{`<img src="/a.jpg" data-alt="Jane Doe" alt="">`, ""},
		{`<img src="/a.jpg" alt="a view of the quay">`, ""},
		{`<img src="/a.jpg" alt="Jane Doe's photo: at the quay">`, ""},
		{`<a href="/staff/jane"><span>Jane Doe</span></a>`, ""},
	} {
		assert.Equal(t, tc.want, tagLineLabel(tc.line), tc.line)
	}
}

// TestMarkupCodeListing: a code listing's tags are its text. A dump whose listings
// print an XML file ("<Project>", "<PropertyGroup>") still has its converter's tags
// read as markup, and the listing keeps its own, an HTML element's name or not.
func TestMarkupCodeListing(t *testing.T) {
	listing := "```\n<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n  <div>kept</div>\n</Project>\n```\n"
	dump := strings.Repeat("<div class=\"post\">\n\nA paragraph of the post.\n\n</div>\n\n", 3) + listing + "\n" + strings.Repeat(listing+"\n", 2)
	assert.True(t, htmlMarkupStyle(dump))
	got, _, found := stripSourceMarkup(dump)
	assert.True(t, found)
	assert.NotContains(t, got, `<div class="post">`)
	assert.Contains(t, got, listing)
	assert.Equal(t, 3, strings.Count(got, "  <div>kept</div>\n"))
}

// TestUnbracketLabel: an author's photo beside the name on one line reads as w3m
// prints it, the name doubled; any other bracket opening a line stays.
func TestUnbracketLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"[Jane Doe] Jane Doe", "Jane Doe Jane Doe"},
		{"[Jane Doe] Jane Doe March 3, 2025", "Jane Doe Jane Doe March 3, 2025"},
		{"[Jane Doe] Jane DoeSenior Reporter", "Jane Doe Jane DoeSenior Reporter"},
		{"[Jane Do] Jane Doyle", "[Jane Do] Jane Doyle"},
		{"[Jane Doe] John Smith", "[Jane Doe] John Smith"},
		{"[harbour at dusk] harbour at dusk", "[harbour at dusk] harbour at dusk"},
		{"[Updated] Updated daily", "[Updated] Updated daily"},
		{"Jane Doe", "Jane Doe"},
	} {
		assert.Equal(t, tc.want, unbracketLabel(tc.in), tc.in)
	}
}

// TestReferenceDefinitionAttrs: pandoc hangs a link's attributes on its reference
// definition, on the definition's line or on lines after it, wraps a long label's
// address to the next line, and gives a link without an address its attributes
// only; each is a definition, its lines left out, and its references resolved.
func TestReferenceDefinitionAttrs(t *testing.T) {
	in := "By [Jane Doe] | [Desk] | [News] | [a photo of the quay at dusk over the water][]\n\n" +
		"[Jane Doe]: /staff/jane {.author-link}\n" +
		"[Desk]: /desk \"The desk\"\n{target=\"_blank\"\nrel=\"noopener\"}\n" +
		"[News]: {.nav-toggle}\n" +
		"[a photo of the quay at dusk over the water]:\n//cdn.example.org/quay.jpg\n{.post-image\nsrcset=\"//cdn.example.org/quay.jpg 2x\"}\n" +
		"The end."
	got := inlineReferenceLinks(Normalize(in))
	assert.Equal(t, "By [Jane Doe](/staff/jane) | [Desk](/desk) | [News](#) | [a photo of the quay at dusk over the water](//cdn.example.org/quay.jpg)\n\n\n\n\n\nThe end.", got)
	for _, line := range []string{"[Home]: / and more text", "[Home]:", "[Home]: /a {broken"} {
		_, _, _, ok := definitionAt(line+"\nnext", 0)
		assert.Equal(t, line == "[Home]: /a {broken", ok, line)
	}
}

// TestReadStyleLongHeadings: a Markdown heading stands on one line however long,
// so headings past the wrap column do not hide the column the prose wraps at.
func TestReadStyleLongHeadings(t *testing.T) {
	para := "The council met on Tuesday evening to vote on the harbour plan today.\nMost of its members spoke in favour of the plan after a long debate.\nThe mayor said the work on the quay would start in the spring of 2026.\n\n"
	head := "## A very long heading that names the council, the harbour, the quay and the vote on the plan\n\n"
	want := ReadStyle(Normalize(para + para + para)).Width
	assert.Positive(t, want)
	assert.Equal(t, want, ReadStyle(Normalize(head+para+head+para+head+para)).Width)
}
