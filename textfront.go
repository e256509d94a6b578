package newsparse

import (
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/htmldom"
	"github.com/newsparse/newsparse/internal/textdump"
)

// The text front end lives in internal/textdump: normalisation, reflow, the tool
// marks, lines to blocks, the page region. readDump is ParseText's call into it and
// withinRegion the classifier's; the rest are the root's names for the parts of it
// the HTML reader and the classifier share: the normalisation of white space and
// invisible characters, which every string of an Article goes through, the reading
// of a converter's marks, and the measures of a whole page.

// readDump reads a decoded dump into the classifier's blocks: normalised, its lynx
// reference list cut off (refs holds the list's addresses by number, nil when there
// is none), rejoined and its marks read, its tables in one block each. markdown: the
// dump opened with a front matter, as Markdown writers print one.
func readDump(text string, markdown bool) (blocks []block.Block, refs map[int]string) {
	norm, refs := cutReferences(normalizeText(text))
	var classes htmldom.Classifier
	author := func(class, id string) bool {
		bits, _ := classes.Classify(class, id)
		return bits&htmldom.ClassByline != 0
	}
	return fromDump(textdump.ReadAuthors(text, norm, refs, markdown, author)), refs
}

// cutReferences is textdump.CutReferences, keeping the list's http(s) addresses.
func cutReferences(norm string) (string, map[int]string) {
	return textdump.CutReferences(norm, httpAddress)
}

// httpAddress returns ref when it is an absolute http(s) address, "" otherwise.
func httpAddress(ref string) string { return absoluteHTTP(nil, ref) }

// fromDump makes classifier blocks of the front end's: a table is body text, its
// rows rendered as Article.Text renders them.
func fromDump(tb []textdump.Block) []block.Block {
	// Sized once: a block is large, and growing the slice would copy them all.
	blocks := make([]block.Block, len(tb))
	for i := range tb {
		t, b := &tb[i], &blocks[i]
		b.Text, b.BlankBefore, b.BlankAfter, b.Heading, b.Links = t.Text, t.BlankBefore, t.BlankAfter, t.Heading, t.Links
		b.AuthorMarked = t.AuthorMarked
		if t.Rows != nil {
			b.Text, b.Role, b.Rows = tableText(t.Rows), block.RoleBody, t.Rows
		}
	}
	return blocks
}

// lynxLinks is textdump.LynxLinks, its links converted to the public Link: it reads
// the assembled Article's text.
func lynxLinks(t string, refs map[int]string) (string, []Link) {
	t, tl := textdump.LynxLinks(t, refs)
	if tl == nil {
		return t, nil
	}
	links := make([]Link, len(tl))
	for i, l := range tl {
		links[i] = Link(l)
	}
	return t, links
}

// stripHeadingMark is textdump.StripHeadingMark.
func stripHeadingMark(l string) string { return textdump.StripHeadingMark(l) }

// normalizeText is textdump.Normalize.
func normalizeText(s string) string { return textdump.Normalize(s) }

// collapseSpace is textdump.CollapseSpace.
func collapseSpace(s string) string { return textdump.CollapseSpace(s) }

// isBlank is textdump.IsBlank.
func isBlank(s string) bool { return textdump.IsBlank(s) }

// isInvisible is textdump.IsInvisible.
func isInvisible(r rune) bool { return textdump.IsInvisible(r) }

// isBidiControl is textdump.IsBidiControl.
func isBidiControl(r rune) bool { return textdump.IsBidiControl(r) }

// withinRegion narrows the body span first..last to the page's prose region
// (textdump.FindRegion), read off the blocks and the classifier's forms of them.
func withinRegion(blocks []block.Block, forms []form, first, last int) (int, int) {
	lines := make([]textdump.Line, len(blocks))
	for i := range lines {
		f := &forms[i]
		lines[i] = textdump.Line{Text: blocks[i].Text, Words: f.Words, Prose: f.Prose, Sentence: f.Sentence,
			Furniture: f.Furniture != classify.NoReason, URL: f.URL, Bullet: f.Bullet > 0, Credit: f.Credit >= 2}
	}
	r := textdump.FindRegion(lines, first, last)
	return r.First, r.Last
}

// wholePageLead is the fewest short lines before the article's prose that mark a dump
// of the whole page (textdump.WholePageLead).
const wholePageLead = textdump.WholePageLead

// shortLinesBetween is textdump.ShortLinesBetween on forms.
func shortLinesBetween(forms []form, from, to int) int {
	return textdump.ShortLinesBetween(from, to, func(i int) bool { return forms[i].Prose })
}

// inBrokenSentence is textdump.InBrokenSentence on blocks.
func inBrokenSentence(blocks []block.Block, i int) bool {
	return textdump.InBrokenSentence(len(blocks), i, func(k int) string { return blocks[k].Text })
}

// useFrontMatter fills what the dump's text left empty from its front matter: the
// byline, the publication date, the address, and the fields only metadata gives
// (description, site, language, tags). The headline is weighed with the text's
// lines before (the front matter's title stands for WithTitle when that is not
// given). The text's own byline and date come first: they are what the page shows.
func useFrontMatter(a *Article, fm textdump.FrontMatter) {
	if len(a.Byline) == 0 {
		for _, v := range fm.Authors {
			a.Byline = appendDistinct(a.Byline, maxMetaNames, metaAuthorNames(v)...)
		}
	}
	if a.Published.IsZero() && fm.Date != "" {
		if t := htmldom.ParseTime(fm.Date); !t.IsZero() {
			a.Published = t
		} else {
			a.Published = looseTimeValue(fm.Date)
		}
	}
	if a.URL == "" {
		a.URL = httpAddress(fm.URL)
	}
	if a.Description == "" {
		a.Description = collapseSpace(fm.Description)
	}
	if a.Site == "" {
		a.Site = collapseSpace(fm.Site)
	}
	if a.Language == "" {
		a.Language = htmldom.BCP47(fm.Language)
	}
	for _, t := range fm.Tags {
		a.Tags = appendDistinct(a.Tags, htmldom.MaxTags, collapseSpace(t))
	}
}
