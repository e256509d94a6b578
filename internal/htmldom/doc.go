// Package htmldom is the HTML front end of newsparse, the stages that turn a page's
// bytes into what the root package reads: the charset decoded, the bytes no reader
// sees cut away, and the parsed tree with the page's streamed parts put in place.
//
// It knows nothing of the root package (an internal package cannot import it), so it
// returns plain types of its own, which the root converts: Decoded for the charset
// (its Source words are newsparse.CharsetSource's), and Tree for the page: the
// stripped bytes, which the root reads flat when the tree is refused, and the
// *html.Node tree of golang.org/x/net/html, which the root's walker reads.
//
// The entry points, in the order a page goes through them:
//
//	Decode(raw, contentType, isHTML) Decoded   bytes in any charset → UTF-8
//	Strip(page) []byte                         unread parts cut (scripts, styles, comments, SVG, unread <link>s, indentation), in place
//	LinkRel                                    the <link> rels a reader reads, which Strip keeps
//	Parse(text) (Tree, error)                  Strip, then the tree, streamed parts shown
//	Classifier.Classify(class, id) (Class, sig) what an element's class and id words say
//	Hidden, ImageSource, TinyImage, TextOf,
//	VisibleRunes, DialogAttr                   what a browser shows of an element
//	BlockTag, SkipTag, HoldsBlocks             elements that start a block, or hide their text
//	DataTableRows(table) ([]Row, bool)         a <table>'s rows, when it holds data
//	ReadLD(script) (LD, bool), ParseTime(s)    the page's JSON-LD and machine dates
//	MetaFields, BCP47                          the metadata the Article reports as it is
//
// File map:
//
//	charset.go   Decode: byte-order mark, Content-Type, <meta> prescan, UTF-16 by its
//	             zero bytes, chardet for undeclared legacy bytes
//	strip.go     Strip: the text of scripts (but JSON-LD), styles, comments and SVG/MathML,
//	             the <link> elements of no LinkRel, and the spaces and tabs of the markup's indentation, cut
//	             where x/net/html's tokenizer would start and end it, and emptied
//	             scripts and comments between white space removed, so that the tree
//	             is the same to every reader less those parts; testdata/strip-cases.json
//	             holds the constructs that decide it, read by the root's flat test too
//	tree.go      Parse and Tree; revealStreamed, which moves the segments of a
//	             streamed page (React's <div hidden id="S:n">) into their
//	             placeholders; Attr and the attribute helpers
//	classes.go   Class and Classifier: the class and id words (whole words, stems
//	             inside compounds, hidden-utility classes) read as evidence bits
//	dom.go       what a browser shows of one element: Hidden (hidden, aria-hidden,
//	             inline display:none), ImageSource (lazy-load attributes, srcset),
//	             TinyImage, TextOf, VisibleRunes; DialogAttr (role=dialog, aria-modal);
//	             ClassSig; MaxDepth, the bound on nesting
//	jsonld.go    ReadLD: a JSON-LD script's objects (top, array, @graph) and their
//	             @id references; the value readers (LDString, LDList, LDTypes), the
//	             schema.org types that mark an article, a page or an organisation;
//	             ParseTime, the machine date forms metadata uses
//	blocktag.go  BlockTag and SkipTag, the switches the walk asks of every element;
//	             HoldsBlocks, whether an unknown (custom) element wraps boxes
//	table.go     DataTableRows: whether a <table> holds data (rows of one shape, <th>
//	             cells, a <caption>) or lays out a page, and its rows when data
//	meta_fields.go MetaFields: language, section, tags and lead image as the page's
//	             <html lang>, <meta> and JSON-LD declare them, each source kept apart and
//	             given out in its order of trust; BCP47, a declared language tag read
//
// What is not here yet: the walker that turns the tree into blocks, the rest of the
// page's metadata (titles, descriptions, author names and dates, weighed against the
// visible page), the article region and the roles. The roles read the byline, date,
// credit and furniture readers the text front end reads too (internal/classify,
// internal/credit, the root's dates.go); the walker's blocks are the root's type.
//
// Every function is safe for concurrent use and keeps no state between calls; a
// Classifier holds the class lists of one page and serves one walk at a time, and a
// MetaFields the metadata of one page.
package htmldom
