package textdump

import (
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

// shortLine and proseLine are a menu entry and a paragraph as the classifier reads
// them.
func shortLine(text string) Line { return Line{Text: text, Words: len(strings.Fields(text))} }

// Each proseLine is a paragraph of its own: a page's region weighs a paragraph
// printed again as nothing (see TestProseRegionRepeats), and an article says each
// thing once. paragraphs numbers them.
func proseLine() Line {
	n := paragraphs.Add(1)
	text := "Paragraph " + strconv.FormatInt(n, 10) + strings.Repeat(" word", 39) + " end."
	return Line{Text: text, Words: 41, Prose: true, Sentence: true}
}

// paragraphs numbers the paragraphs proseLine makes.
var paragraphs atomic.Int64

func TestProseRegionSegment(t *testing.T) {
	lines := []Line{shortLine("Menu"), shortLine("Home"), proseLine(), shortLine("Footer")}
	start, end := proseRegion(lines, repeats(lines))
	assert.Equal(t, 2, start)
	assert.Equal(t, 2, end)
	start, end = proseRegion(lines[:2], nil)
	assert.Equal(t, -1, start)
	assert.Equal(t, -1, end)
}

// printedTwice returns a whole page: a menu, an article of four paragraphs, a short
// box and the same four paragraphs again (the page rendered twice, a carousel of
// testimonials shown twice, blurbs under a menu's entries) under their short labels,
// then a footer.
func printedTwice() []Line {
	lines := page(25, 0, 0)[:25]
	article := []Line{proseLine(), proseLine(), proseLine(), proseLine()}
	lines = append(lines, article...)
	for range 8 {
		lines = append(lines, shortLine("Box link"))
	}
	for _, p := range article {
		lines = append(lines, shortLine("Label"), p)
	}
	return append(lines, shortLine("Privacy"), shortLine("Contact us"))
}

func TestProseRegionRepeats(t *testing.T) {
	lines := printedTwice()
	start, end := proseRegion(lines, repeats(lines))
	assert.Equal(t, 25, start)
	assert.Equal(t, 28, end, "a paragraph printed again adds nothing to the region")
	// The same page with the second copy's paragraphs told apart: they are prose of
	// their own, and the short box between does not part them from the article.
	distinct := printedTwice()
	for i := 38; i < len(distinct)-2; i += 2 {
		distinct[i] = proseLine()
	}
	start, end = proseRegion(distinct, repeats(distinct))
	assert.Equal(t, 25, start)
	assert.Equal(t, len(distinct)-3, end)
}

func TestFindRegionReprinted(t *testing.T) {
	// The body span runs to the last paragraph, the second copy's.
	lines := printedTwice()
	assert.Equal(t, Region{First: 25, Last: 28, StartBy: RegionSpan, EndBy: RegionReprinted}, FindRegion(lines, 25, len(lines)-3),
		"a box printed twice after the article ends it, however short")
	// A paragraph of its own among the copies: the region runs on to it, and only
	// the repeat after it is cut.
	mixed := printedTwice()
	mixed[len(mixed)-5] = proseLine()
	assert.Equal(t, Region{First: 25, Last: len(mixed) - 5, StartBy: RegionSpan, EndBy: RegionReprinted},
		FindRegion(mixed, 25, len(mixed)-3))
	// The last paragraph its own: the span stands.
	mixed[len(mixed)-3] = proseLine()
	assert.Equal(t, Region{First: 25, Last: len(mixed) - 3, StartBy: RegionSpan, EndBy: RegionSpan},
		FindRegion(mixed, 25, len(mixed)-3))
	// A dump of the article alone, under a short menu, may quote a paragraph again:
	// the repeats do not end it.
	article := printedTwice()[22:]
	assert.Equal(t, len(article)-3, FindRegion(article, 3, len(article)-3).Last)
	// No repeat on the page: no such rule.
	assert.Nil(t, repeats(page(25, 3, 15)))
}

// page returns menu short lines, then paragraphs prose lines, then footer short lines
// and one more paragraph (a newsletter blurb, say).
func page(menu, paragraphs, footer int) []Line {
	var lines []Line
	for range menu {
		lines = append(lines, shortLine("Menu entry"))
	}
	for range paragraphs {
		lines = append(lines, proseLine())
	}
	for range footer {
		lines = append(lines, shortLine("Footer link"))
	}
	return append(lines, proseLine())
}

// listicle returns a title (or a notice, a line the phrase tables know), a lead
// paragraph, a contents list of twenty entries and two paragraphs.
func listicle(notice bool) []Line {
	title := shortLine("Twenty quiet harbours worth the detour")
	title.Furniture = notice
	lines := append([]Line{title}, page(0, 1, 20)...)
	return append(lines, proseLine())
}

func TestFindRegionRules(t *testing.T) {
	tests := []struct {
		name        string
		lines       []Line
		first, last int
		want        Region
	}{
		{"a whole page: both ends cut", page(25, 3, 15), 0, 43,
			Region{First: 25, Last: 27, StartBy: RegionCut, EndBy: RegionCut}},
		{"an article: its closing lines stay", page(2, 3, 15), 0, 20,
			Region{First: 0, Last: 20, StartBy: RegionShortGap, EndBy: RegionNotWholePage}},
		{"a whole page whose prose runs to its end", page(25, 3, 5), 0, 33,
			Region{First: 25, Last: 33, StartBy: RegionCut, EndBy: RegionSpan}},
		{"a whole page that ends in a few short lines", append(page(25, 3, 5), page(5, 0, 0)[:5]...), 0, 38,
			Region{First: 25, Last: 38, StartBy: RegionCut, EndBy: RegionShortGap}},
		{"the span starts in the region", page(25, 3, 15), 25, 43,
			Region{First: 25, Last: 27, StartBy: RegionSpan, EndBy: RegionCut}},
		{"no prose", page(3, 0, 0)[:3], 0, 2, Region{First: 0, Last: 2}},
		{"a list article: its title and lead stay above its contents", listicle(false), 1, 23,
			Region{First: 1, Last: 23, StartBy: RegionOpensWithArticle, EndBy: RegionSpan}},
		{"a notice over a menu is no article's opening", listicle(true), 1, 23,
			Region{First: 22, Last: 23, StartBy: RegionCut, EndBy: RegionSpan}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FindRegion(tt.lines, tt.first, tt.last))
		})
	}
}

// specRoundup returns a whole page: a menu, a lead paragraph, then sections of a
// product round-up, each a title, eight spec lines ("Price: ...") and one paragraph, the
// sections' paragraphs short, then two long paragraphs.
func specRoundup(spec func(i int) string) []Line {
	lines := page(25, 1, 0)[:26]
	for i := range 4 {
		lines = append(lines, shortLine("Product number "+strings.Repeat("x", i)))
		for j := range 8 {
			lines = append(lines, shortLine(spec(i*8+j)))
		}
		lines = append(lines, Line{Text: "Section " + strconv.Itoa(i) + strings.Repeat(" word", 12) + " end.", Words: 14, Prose: true, Sentence: true})
	}
	return append(lines, proseLine(), proseLine())
}

func TestFindRegionSpecLines(t *testing.T) {
	labelled := specRoundup(func(i int) string { return "Best for: teams of " + strings.Repeat("x", i) + " people" })
	assert.Equal(t, Region{First: 25, Last: 67, StartBy: RegionCut, EndBy: RegionSpan}, FindRegion(labelled, 0, 67),
		"labelled spec lines cost nothing: the round-up's sections stay")
	menu := specRoundup(func(i int) string { return "Menu entry " + strings.Repeat("x", i) })
	assert.Equal(t, 65, FindRegion(menu, 0, 67).First, "short lines without a label still part the prose")
	for s, want := range map[string]bool{
		"Organization: Project Management Institute": true, "Price: $20 a month": true,
		"Why it matters: the plan changes everything": true, "Note:": false, "Menu": false,
		"The council's long debate about the plan: a summary": false, "": false, ": a b": false,
		"Watch live: the mayor answers questions about the harbour plan": false,
	} {
		assert.Equal(t, want, labelledValue(s), s)
	}
}

// footerPage returns a page with a short menu (too short to tell a whole page by
// itself), three paragraphs and fifteen closing lines made by closing(i).
func footerPage(intro string, closing func(i int) Line) []Line {
	var lines []Line
	for _, m := range []string{"Home", "World", "Sport", "Opinion", "Culture", "Travel"} {
		lines = append(lines, shortLine(m))
	}
	lines = append(lines, proseLine(), proseLine(), proseLine())
	if intro != "" {
		lines[len(lines)-1].Text += " " + intro
	}
	for i := range 15 {
		lines = append(lines, closing(i))
	}
	return lines
}

// footerInside returns a page whose region's prose runs through its footer: a short
// menu, paragraphs, fourteen closing lines (two of them known furniture), one long
// sign-up blurb and two teasers with their summaries.
func footerInside(paragraphs int, intro string) []Line {
	lines := []Line{shortLine("Home"), shortLine("News")}
	for range paragraphs {
		lines = append(lines, proseLine())
	}
	if intro != "" {
		lines[len(lines)-1].Text += " " + intro
	}
	for i := range 14 {
		l := shortLine("Closing link " + strings.Repeat("x", i))
		l.Furniture = i == 0 || i == 5
		lines = append(lines, l)
	}
	blurb := proseLine()
	blurb.Text, blurb.Words = strings.Repeat("word ", 90)+"end.", 91
	return append(lines, blurb, shortLine("Teaser title"), proseLine(), shortLine("Another teaser"), proseLine())
}

// footerMenu is footerInside with five paragraphs before the closing run and known
// lines at every one of its indices in known: a footer with less prose after it than
// before, but more than a third of it (its blurbs and legal notes).
func footerMenu(known ...int) []Line {
	lines := footerInside(5, "")
	for i := range 14 {
		lines[7+i].Furniture = false
	}
	for _, k := range known {
		lines[7+k].Furniture = true
	}
	return lines
}

// introduced makes line i end in a colon, introducing the lines after it.
func introduced(lines []Line, i int) []Line {
	lines[i].Text += " These are the dates:"
	return lines
}

// withFurniture marks lines at the given indices as furniture the phrase tables know,
// each with its own text.
func withFurniture(lines []Line, at ...int) []Line {
	for _, i := range at {
		lines[i] = shortLine("Share box " + strings.Repeat("x", i))
		lines[i].Furniture = true
	}
	return lines
}

func TestFindRegionFooters(t *testing.T) {
	share := func(i int) Line {
		switch i {
		case 0, 1:
			l := shortLine([]string{"Share this article", "Related stories"}[i])
			l.Furniture = true
			return l
		case 2:
			return shortLine("Sport") // the menu again
		}
		return shortLine("Teaser headline number " + strings.Repeat("x", i))
	}
	counters := func(i int) Line {
		if i%2 == 0 {
			l := shortLine("6") // a gallery's picture counter, known as furniture
			l.Furniture = true
			return l
		}
		return shortLine("The harbour at dawn, seen from the pier")
	}
	plain := func(int) Line { return shortLine("Item of a list") }
	tests := []struct {
		name           string
		lines          []Line
		first, wantEnd int
		wantBy         RegionRule
	}{
		// After the region's prose, under a menu too short to tell a whole page.
		{"furniture and the menu again after the article: a footer", footerPage("", share), 6, 8, RegionCut},
		{"a list its paragraph introduces stays", footerPage("The dates:", share), 6, 23, RegionNotWholePage},
		{"a gallery's counters are no footer", footerPage("", counters), 6, 23, RegionNotWholePage},
		{"plain short lines are the article's own list", footerPage("", plain), 6, 23, RegionNotWholePage},
		// After the region's prose on a whole page.
		{"a whole page's list its paragraph introduces stays", introduced(page(25, 3, 15), 27), 0, 43, RegionIntroducedList},
		{"a whole page's introduced list with a footer's lines is cut", introduced(withFurniture(page(25, 3, 15), 30, 31), 27),
			0, 27, RegionCut},
		// Inside the region's prose.
		{"a footer inside the prose ends the article", footerInside(15, ""), 2, 16, RegionFooter},
		{"a list inside the prose its paragraph introduces stays", footerInside(15, "Our picks:"), 2, 35, RegionSpan},
		{"a box with as much prose after it is the article's", footerInside(3, ""), 2, 23, RegionSpan},
		{"a run of many known lines ends the article before a footer's blurbs", footerMenu(0, 2, 4, 6, 8, 10), 2, 6, RegionFooter},
		{"a run of two known lines keeps the prose after it", footerMenu(0, 5), 2, 25, RegionSpan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := FindRegion(tt.lines, tt.first, len(tt.lines)-1)
			assert.Equal(t, tt.wantEnd, r.Last)
			assert.Equal(t, tt.wantBy, r.EndBy)
		})
	}
}

func TestInBrokenSentence(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		i     int
		want  bool
	}{
		{[]string{"and the rest of it"}, 0, true},
		{[]string{", said the mayor"}, 0, true},
		{[]string{"The harbour board", "Pier plan", "voted on Tuesday."}, 1, true},
		{[]string{"The board voted.", "Pier plan", "voted on Tuesday."}, 1, false},
		{[]string{"Pier plan", "voted on Tuesday."}, 0, false},
	} {
		got := InBrokenSentence(len(tc.lines), tc.i, func(k int) string { return tc.lines[k] })
		assert.Equal(t, tc.want, got, "%q at %d", tc.lines, tc.i)
	}
}

// authorPage returns a short menu, paragraphs of an article, then heading over a
// paragraph that opens with text (the lines of between standing between them), and
// two footer lines.
func authorPage(paragraphs int, heading, text string, between ...string) []Line {
	lines := page(3, paragraphs, 0)
	lines = lines[:len(lines)-1]
	bio := Line{Text: text, Words: len(strings.Fields(text)), Prose: true, Sentence: true}
	lines = append(lines, shortLine(heading))
	for _, b := range between {
		lines = append(lines, shortLine(b))
	}
	return append(lines, bio, shortLine("Privacy"), shortLine("Contact us"))
}

func TestFindRegionAuthorBox(t *testing.T) {
	const bio = "Mara Quill is a staff writer who covers harbours, ferries and the people who run them, and has done so for twelve years from the coast."
	entry := func(name string) []Line {
		text := name + " runs tours of the old harbour every morning, with a guide who knows every boat and every family that ever sailed from it."
		return []Line{shortLine(name), {Text: text, Words: len(strings.Fields(text)), Prose: true, Sentence: true}}
	}
	guide := append(page(3, 2, 0)[:5], entry("Harbour Tours")...)
	guide = append(guide, proseLine())
	guide = append(guide, entry("Pier Walks")...)
	guide = append(append(guide, proseLine(), proseLine()), entry("Lantern Cruises")...)
	tests := []struct {
		name    string
		lines   []Line
		wantEnd int
		wantBy  RegionRule
	}{
		{"a name over a bio that opens with it", authorPage(4, "Mara Quill", bio), 6, RegionAuthorBox},
		{"a label and a title around the name", authorPage(4, "Written by Mara Quill, Staff Writer", bio), 6, RegionAuthorBox},
		{"a name the paragraph does not open with", authorPage(4, "Tom Reed", bio), 10, RegionShortGap},
		{"a box as long as the article is its own", authorPage(1, "Mara Quill", bio+" "+bio+" "+bio), 7, RegionShortGap},
		{"a numbered entry is the article's", authorPage(4, "3. Mara Quill", bio), 10, RegionShortGap},
		{"the author's title between name and bio", authorPage(4, "Mara Quill", bio, "Contributing Writer"), 6, RegionAuthorBox},
		{"a title and a count of articles between", authorPage(4, "Mara Quill", bio, "Senior Editor", "214 articles"), 6, RegionAuthorBox},
		{"three lines between: no box", authorPage(4, "Mara Quill", bio, "Senior Editor", "214 articles", "Follow"), 13, RegionShortGap},
		{"a paragraph between: no box", authorPage(4, "Mara Quill", bio, "Senior Editor", proseLine().Text), 12, RegionShortGap},
		{"a guide's entries in a series are the article's", guide, len(guide) - 1, RegionSpan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := FindRegion(tt.lines, 3, len(tt.lines)-1)
			assert.Equal(t, tt.wantEnd, r.Last)
			assert.Equal(t, tt.wantBy, r.EndBy)
		})
	}
}

func TestAppendWords(t *testing.T) {
	assert.Equal(t, []string{"Jean", "Luc", "O", "Neill", "MD", "guest"}, appendWords(nil, "Jean-Luc O’Neill, MD (guest)", 10))
	assert.Equal(t, []string{"Jean", "Luc"}, appendWords(nil, "Jean-Luc O’Neill", 2))
}

// shortFooter returns a short menu, six paragraphs (an advertisement's label after the
// third when adInside), a closing sentence, a footer's run of six short lines that
// label opens, a sign-up blurb and one more link.
func shortFooter(label string, adInside bool) []Line {
	lines := []Line{shortLine("Home"), shortLine("News")}
	for i := range 6 {
		lines = append(lines, proseLine())
		if adInside && i == 2 {
			ad := shortLine(label)
			ad.Furniture = true
			lines = append(lines, ad)
		}
	}
	closing := shortLine("The harbour reopens on Monday.")
	closing.Sentence = true
	opener := shortLine(label)
	opener.Furniture = true
	lines = append(lines, closing, opener)
	for i := range 5 {
		lines = append(lines, shortLine("Closing link "+strings.Repeat("x", i)))
	}
	blurb := proseLine()
	blurb.Text = "Sign up" + strings.TrimPrefix(blurb.Text, "Paragraph")
	return append(lines, blurb, shortLine("Privacy"))
}

func TestFindRegionShortFooter(t *testing.T) {
	tests := []struct {
		name    string
		lines   []Line
		wantEnd int
		wantBy  RegionRule
	}{
		{"a short run a footer's line opens ends the article before that line", shortFooter("Share this story", false), 8, RegionFooter},
		{"a label the article printed before is its own", shortFooter("Advertisement", true), 17, RegionShortGap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := FindRegion(tt.lines, 2, len(tt.lines)-1)
			assert.Equal(t, tt.wantEnd, r.Last)
			assert.Equal(t, tt.wantBy, r.EndBy)
		})
	}
}
