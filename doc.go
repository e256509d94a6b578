// Package newsparse turns scraped news articles, plain-text dumps or HTML pages, into
// typed Go values: headline, standfirst, byline, publication time, body paragraphs,
// images with their captions and credits, and the numeric claims the article makes.
//
// A scraper rarely hands over clean text. Page furniture survives: photo captions,
// credit lines whose opening "(Photo:" was cut off, related-article links, "Continue
// reading", newsletter prompts. newsparse reads such input as a careful reader would
// and sorts every line: into the Article's fields, or into Article.Removed with the
// reason it was left out, so nothing is lost silently.
//
//	a, err := newsparse.ParseText(dump)
//	if err != nil {
//		return err // ErrEmpty, ErrTooLarge or ErrBinary, wrapped
//	}
//	fmt.Println(a.Headline)
//	for _, img := range a.Images {
//		if img.Credit != nil {
//			fmt.Println(img.Caption, img.Credit.Agencies)
//		}
//	}
//
// # How it reads
//
// The text front end splits the input into blocks, one per line, with the layout a
// dump keeps: the empty lines around each block, its length, how it ends, its letter
// case. A dump that a converter hard-wrapped (w3m, lynx, pandoc, html2text) is first
// rejoined into paragraphs, and the converter's marks (Markdown and star headings,
// bullets, rules, image placeholders, emphasis, link numbers) are read as hints, not
// text (internal/textdump). On a whole page the body is the densest run of prose
// among the menus and notices (textdump's region.go), and the headline is weighed
// among the lines near it (internal/classify's pageheadline.go); WithTitle gives the page title a scraper
// has. Readers' comments after the body (internal/classify's thread.go) and the
// author's bio (bio.go) are removed with their reason. A shared classifier then gives each block one role
// (headline, standfirst, byline, dateline, body, subheading, quote, list item,
// caption, credit, or removed with a reason), reading the run of prose paragraphs as the body and the short lines
// around it by their form and neighbours. A credit that carries no label and names no
// known agency is read by where it stands (under a picture's gap or a caption) and by
// the shape of its name, weighed against how the page's own prose writes that name: a
// heading's words are common words the prose also writes in lower case, a name is
// capitalised wherever it appears (internal/classify's pagecredits.go). English phrase tables
// (boilerplate phrases, news agencies) are extra evidence, never the only one, so
// pages in other languages read too.
//
// The HTML front end chooses the article's container first: the element with the most
// prose, weighed with its link density, position and class words (a class word is
// evidence, never a verdict alone). It settles the roles of most blocks from the
// markup itself (96% of them on the WCXB dev pages, 99% on the Zyte pages):
// headline, body, subheading, quote, list and table by tag inside the region,
// caption and credit from <figcaption> and class words, and everything outside the
// region removed with the reason its container's words give. Only the lines between
// the headline and the first body paragraph go undecided to the shared classifier,
// which gives them the text reader's front-matter rules (byline, dateline,
// standfirst, credit, caption); anything else there is dropped, never body. The
// classifier's page-level rules (a table of contents, pull quotes that repeat the
// body, an author's bio after it) still run over the settled blocks and change 0.3%
// of them. Below the block both readers share the line readers: internal/classify
// (furniture phrases, bylines and their labels, datelines and the page's order of
// day and month) and internal/credit; above it, the assembly of the Article
// (pictures paired with captions and credits, Published, Byline, Removed) and the
// figures. The region, comment threads, consent overlays, data tables, metadata and
// page type belong to the HTML reader alone; reflow, tool marks, the dump's region
// and every role belong to the text reader. Metadata (JSON-LD, OpenGraph, <meta>,
// <time>) is evidence weighed with the visible page for the byline and the dates.
//
// # Figures
//
// ParseText and ParseHTML finish by reading the numeric claims of the final headline,
// standfirst, body paragraphs and captions into Article.Figures: counts, money with
// its ISO 4217 code, percentages, ratios, ages, durations, measures and scores, each
// with its bound ("at least 164"), what it counts, what happened to it and who says
// so, and the byte offsets of its text inside the paragraph it came from. Years,
// dates, clock times, ordinals, phone numbers and numbers inside names are not
// figures. ExtractFigures does the same for any text; WithoutFigures skips the step.
//
// # What an Article holds beyond the text
//
// Both readers fill these fields where the input carries them; the HTML reader adds
// what a page's markup and metadata state:
//
//   - Paragraph.Kind ParagraphTable with Paragraph.Rows: a data table (header rows
//     marked), from a <table> in the article region that holds data rather than layout
//     (no role=presentation, no nested tables, no cells of paragraphs or prose, more
//     than one row and column, rows of one shape or <th> cells), or, in a text dump,
//     from a run of rows of one shape (tab-separated, pipe rows under a Markdown rule,
//     boxed +---+ tables, pandoc's grid tables read by their columns; a grid that
//     lays out a page gives its cells' paragraphs instead). Text renders a table as
//     tab-separated rows; its numbers are kept as data, never removed or read as
//     figures.
//   - Paragraph.Links: each link's text, absolute http(s) address and byte offsets in
//     the paragraph's Text (<a href> in HTML; [text](address) in text dumps, and
//     lynx's numbered links: "[12]" marks with the closing References list of
//     "12. http://..." lines, which is taken out of the text; the link's text runs
//     from the mark to the next punctuation, at most eight words).
//   - Language (BCP 47, as declared: JSON-LD inLanguage, <html lang>, og:locale,
//     Content-Language; never guessed), Canonical (the page's own address, kept
//     beside URL), Description, Section and Tags from the metadata (HTML only).
//   - A lead image from og:image or JSON-LD image, marked Image.FromMeta, when the
//     article region shows none.
//   - PageType: article, listing or other, from the page's evidence weighed together
//     by a fitted model of page kinds (pagetype.go): declared types as evidence, where the
//     date and byline come from, the region's prose and link density, repeated teaser
//     blocks, shop, discussion, documentation and landing-page parts, the prose's
//     shape (short blurbs under headings, quotations, a page that speaks as we to
//     you, years named in the body, its links to other sites), how the page's
//     prose is spread (one container's paragraphs or one blurb to a card), a
//     manual's links (previous and next page, pages of its own directory), and the
//     shape of the page's address (a front page, a numbered item, the section directory it is
//     filed under: /blog/, /docs/, /products/, /t/, /services/, /category/; WithURL or
//     the canonical link); the bar for "not an article" is high, so that few articles
//     are lost (HTML only).
//   - Article.BodyFallback, set when the chosen region held no prose after the
//     headline and the body is the first run of prose under it instead (HTML only).
//   - The body of a page that is not an article: a listing's body is its items
//     (linked titles, summaries, prices, dates), and a page whose first region holds
//     under half of its text outside menus, side columns and footers (a landing or
//     shop page of many short sections) is read again with the region that text
//     fills; the longer body wins and the metadata stays (html_listing.go). A forum
//     topic whose engine gives every post a comment class, with no article before the
//     posts, keeps its posts; an application shell's <noscript> content is read when
//     the page shows no prose without it; a cookie or consent overlay is never the
//     region (HTML only).
//   - Removed[].After: where a dropped block stood, as Image.After says for pictures.
//
// Article.Markdown and Article.HTML render the article (headline, standfirst, byline
// and date, paragraphs by kind, tables, links, images with captions and credits); the
// HTML is escaped and uses a small fixed set of tags. ParseNode reads a tree already
// parsed with golang.org/x/net/html; ParseCredit reads a credit obtained elsewhere.
//
// Enumerations decode any word, keeping an unknown one as written, so that JSON from
// a later release still reads; Known tells this release's words apart.
//
// # Guarantees
//
// Every function is safe for concurrent use and keeps no state between calls. The
// library never touches the network or the file system. Input larger than the limit
// set by WithMaxBytes (DefaultMaxBytes by default) is refused before any work, counted
// in bytes before decoding; the work done is linear in the input, and an Article
// carries at most MaxImages images. Input is decoded before it is read: a byte-order
// mark, the charset of WithContentType, a <meta> declaration, else detection, with a
// declaration the bytes plainly contradict overridden; Article.Charset and
// Article.CharsetSource say what was used. ErrBinary is only for input that is mostly
// not text (a binary format's signature, or more than one control byte in 16); stray
// NULs and control characters are dropped. Image addresses are cleaned as the WHATWG
// URL parser does and kept only when http, https or relative, and at most MaxURLBytes
// long. Output is always valid UTF-8, free of control characters and of the bidi
// override, embedding and isolate controls (the directional marks stay), and
// deterministic: the same input gives byte-identical JSON. The JSON field names of
// Article are a stable contract.
//
// # Files
//
// The public API lives in a few files of this package; everything else is a stage of
// the pipeline, unexported here or in a package under internal/ (one per stage, each
// saying in its package comment what it holds).
//
//   - parse.go: ParseText, the options (WithURL, WithMaxBytes, WithoutFigures) and the
//     sentinel errors (ErrEmpty, ErrTooLarge, ErrBinary).
//   - html_parse.go: ParseHTML, Parse (sniffs HTML or text) and WithContentType.
//   - article.go: Article and its parts (Paragraph, Image, Credit, Figure, Removed), the
//     enumerations with their JSON words, and Article.Text.
//   - input.go: CharsetSource, which Article.CharsetSource reports, and the checks
//     made on the input before either reader (binary input, control bytes).
//   - internal/htmldom: the HTML front end's stages that need nothing of this
//     package: the charset (Decode), the cut of the bytes no reader sees (Strip),
//     the tree with a streamed page's parts in place (Parse), the class and id words
//     read as evidence (Classifier; html_classbits.go names its bits here), the
//     elements that start a block or hold no article text (BlockTag, SkipTag,
//     HoldsBlocks), what a browser shows of an element (Hidden, ImageSource,
//     VisibleRunes, DialogAttr), the rows of a data table (DataTableRows), JSON-LD
//     objects and machine-readable dates (ReadLD, ParseTime), and the metadata the
//     Article reports as it is (MetaFields: language, section, tags, lead image;
//     BCP47). The walker over the tree and its region (html*.go), the name and date
//     readers of the metadata (meta.go) and the roles (html_roles.go) stay here for
//     now: meta.go's bounded lists (limits.go) and readers serve the text side too.
//   - internal/block: the unit both front ends produce and the classifier reads
//     (Block: a paragraph-like piece of text with its layout hints), its Role and
//     the Reason a left-out block carries; assemble.go converts its links, rows,
//     credit and reason to the public types.
//   - internal/classify: the classifier's reading of single lines, which both
//     readers share: the furniture phrases (Furniture, with the rule that found
//     a line), the caption cues and the shapes that tell a caption from a
//     heading, the dateline reader (ParseDateline, the page's order of day and
//     month), the byline reader (ParseByline, author box labels, a line of names,
//     a bio's opening), the line shapes a headline is weighed by, what a line
//     says about itself (Form, ReadForm) and the comment thread after a body
//     (CommentThread), and the page classifier over a page's blocks (Blocks,
//     which both readers call): the body span, the front (headline, standfirst,
//     byline, dateline), the tail (comment threads, author boxes, teaser grids,
//     forms and feedback widgets), captions and credits beside picture gaps, the
//     breadcrumb trail, repeats; pageblocks.go's file map says which page*.go file
//     holds which rules, and pagetitles.go the title comparisons the HTML reader's
//     metadata shares. classifier.go keeps the two conversions the root needs.
//   - internal/credit: the credit reader both front ends share: Parse (a credit's
//     text, people and agencies), Evidence (how much a line looks like a credit),
//     SplitCaption (a credit at the end of a caption, with the Rule that found it),
//     SplitLeading, and the agency table. credit_public.go converts its Credit to
//     the public one; classify's pagecredits.go keeps the text classifier's evidence
//     of place for credits that carry no label.
//   - internal/ascii: one copy of the case-folding, prefix and word-at-a-time
//     helpers every stage reads; fold.go and form.go give the HTML reader the
//     root's names for them.
//   - internal/testinput: for tests only, the inputs every package's equivalence
//     tests share and the bytes/s loop of the benchmarks.
//   - title.go: WithTitle.
//   - figures.go: ExtractFigures.
//   - parse_node.go: ParseNode; credit_public.go: ParseCredit; render.go:
//     Article.Markdown and Article.HTML.
//   - pagetype.go: PageType and the evidence it is decided on; pagetype_weights.go
//     holds the fitted weights, written by TestFitPageType in pagetype_fit_test.go
//     (go test -run TestFitPageType -pagetype.fit .) from WCXB's pages of even id.
//   - limits.go: MaxImages and MaxURLBytes, with the unexported bounds on work.
//   - textfront.go: ParseText's call into the text front end, internal/textdump
//     (normalise, source markup, reflow, tool marks, lines to blocks, tables, the
//     page region, a front matter), the conversion of its blocks to the
//     classifier's, and the front matter's fields put in the Article.
//   - *_test.go: examples, golden, fuzz and evaluation tests; testdata/ holds fixtures.
//   - examples/: a separate module with commands (parse, batch, warc, beam) that show
//     the library at work, from one page to a crawl.
package newsparse
