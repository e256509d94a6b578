// Package textdump is the text front end: it reads a scraped text dump into blocks,
// the paragraph-like pieces the classifier sorts, with the layout the dump keeps.
//
// A dump comes from many tools. Some write one paragraph a line (BeautifulSoup, a
// browser's innerText, most scrapers); the text converters (w3m, lynx, pandoc, both
// html2texts) hard-wrap paragraphs at a column and print their own marks. Read
// undoes both: a wrapped paragraph becomes one block, and a mark becomes a hint
// (a heading level, a list bullet, a gap where a picture stood, a link) rather than
// text. On a whole page, FindRegion finds the article's run of prose among the
// menus and notices. Nothing here knows what a block is to the article: that is the
// classifier's part, in the package that calls this one.
//
// The interface is small:
//
//   - Normalize makes text what a reader sees (line ends, spaces, invisible and
//     control characters); CollapseSpace does the same for one piece of text, and
//     IsBlank, IsInvisible, IsBidiControl and IsBidiMark are the character tests
//     they rest on.
//   - Read(raw, norm, refs, markdown) returns the dump's blocks ([]Block): their text, the
//     empty lines around each, a heading level, links and table rows. ReadStyle tells
//     what the dump's lines say about the tool that wrote it (Style). ReadLines is
//     Read for the classifier: a dump written one paragraph a line comes back as the
//     classifier's blocks (block.Block) at once.
//   - FindRegion(lines, first, last) narrows the classifier's body span to the page's
//     densest run of prose, among the menus, notices and footers of a whole-page dump,
//     and says by which rule each end was settled (Region, RegionRule). It reads each
//     block as a Line: its text, and what the classifier found in it (prose,
//     furniture, credit), which the caller supplies, since finding furniture takes
//     the phrase tables. InBrokenSentence, ShortLinesBetween and WholePageLead are
//     the parts of it the classifier reads too.
//   - CutFrontMatter reads the YAML front matter some writers open a dump with (the
//     page's title, authors, date, address, tags), which the caller uses as metadata.
//   - CutReferences cuts lynx's closing "References" list off the normalised dump and
//     returns its addresses, which Read then matches to the "[12]" link numbers;
//     LynxLinks and StripLynxRefs read those numbers alone. StripHeadingMark,
//     BulletLen and NumberedPrefix read single marks, for lines the classifier reads
//     again.
//
// The package depends only on the standard library, internal/ascii and
// internal/block, whose Link and Row its blocks carry as they are; its Block is plain
// data, which the caller converts to the classifier's (but for ReadLines' lines).
//
// # Files
//
//   - doc.go: this overview.
//   - normalize.go: Normalize, CollapseSpace and the character tests.
//   - block.go: Block, Link, Row, Read and ReadLines, the entry points.
//   - markup.go: the source markup Markdown writers keep (pandoc's fenced divs and
//     attribute sets, passed-through HTML tags), taken out before the lines are
//     measured, the width it took on each line kept for the reflow; a line wrapped
//     inside a tag measured as the source line it ends on; tags inside a code
//     listing kept as its text.
//   - frontmatter.go: CutFrontMatter and FrontMatter.
//   - lines.go: a dump written one paragraph a line, one block a line.
//   - reflow.go: Style and ReadStyle (the wrap column and which marks are marks), and
//     the rejoining of hard-wrapped lines into paragraphs, each join by a named rule.
//   - marks.go: the converters' marks read off a line or a rejoined paragraph:
//     headings, bullets, rules, image placeholders, emphasis, Markdown links.
//   - lynx.go: lynx's reference list and numbered links, matched to its addresses.
//   - reflinks.go: Markdown reference links put inline from their definitions
//     (definitionAt reads a definition with attributes, a wrapped address or none).
//   - region.go: the page region of a whole-page dump: Line, FindRegion and its
//     rules (regionStart, regionEnd, opensWithArticle, pageFooter, footerWithin,
//     authorBox, reprintedOnly), the maximum-sum run of prose, in which a paragraph
//     printed again (repeats) counts for nothing.
//   - tables.go: tables the dump laid out as rows of cells (tabs, pipes, boxes),
//     found in the raw dump and judged whole: a data table replaces the blocks of
//     its lines; a layout table (half its rows holding prose, or a cell over 200
//     runes) gives each row as a paragraph of its cells' text.
//   - gridtable.go: grid tables (pandoc's +---+ boxes) read off the raw dump: a data
//     grid becomes a table block, a layout grid's cells become paragraphs in reading
//     order.
//   - photolabel.go: an author photo's name-shaped label, kept as the line w3m
//     prints when the name follows it (the sign of an author's card); a passed-
//     through <img> tag's name-shaped alt text (tagLineLabel) and pandoc's inline
//     "[Jane Doe] Jane Doe" (unbracketLabel) printed the same way.
package textdump
