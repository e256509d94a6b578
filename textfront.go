package newsparse

import (
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/htmldom"
	"github.com/newsparse/newsparse/internal/textdump"
)

// The text front end lives in internal/textdump: normalisation, reflow, the tool
// marks, lines to blocks, the page region. readDump is ParseText's call into it; the
// rest are the root's names for the parts of it the HTML reader shares: the
// normalisation of white space and invisible characters, which every string of an
// Article goes through, and the links of a lynx dump.

// readDump reads a decoded dump into the classifier's blocks: normalised, its lynx
// reference list cut off (refs holds the list's addresses by number, nil when there
// is none), rejoined and its marks read, its tables in one block each. markdown: the
// dump opened with a front matter, as Markdown writers print one. clean is the
// normalised dump, which holds nothing sanitizeArticle removes (valid UTF-8, no
// control but the line feed, no bidi control): most blocks' texts are runs of it.
// A dump read one block a line comes from the front end as the classifier's blocks
// (textdump.ReadLines); only the others are converted (fromDump).
func readDump(text string, markdown bool) (blocks []block.Block, refs map[int]string, clean string) {
	clean = normalizeText(text)
	norm, refs := cutReferences(clean)
	var classes htmldom.Classifier
	author := func(class, id string) bool {
		bits, _ := classes.Classify(class, id)
		return bits&htmldom.ClassByline != 0
	}
	lines, dump, ok := textdump.ReadLines(text, norm, refs, markdown, author)
	if ok {
		return lines, refs, clean
	}
	return fromDump(dump), refs, clean
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
