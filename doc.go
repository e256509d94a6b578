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
// case. A shared classifier then gives each block one role (headline, standfirst,
// byline, dateline, body, subheading, quote, list item, caption, credit, or removed
// with a reason), reading the run of prose paragraphs as the body and the short lines
// around it by their form and neighbours. English phrase tables (boilerplate phrases,
// news agencies) are extra evidence, never the only one, so pages in other languages
// read too.
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
// # Guarantees
//
// Every function is safe for concurrent use and keeps no state between calls. The
// library never touches the network or the file system. Input larger than the limit
// set by WithMaxBytes (DefaultMaxBytes by default) is refused before any work; the
// work done is linear in the input. Output is always valid UTF-8 and deterministic:
// the same input gives byte-identical JSON. The JSON field names of Article are a
// stable contract.
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
//   - figures.go: ExtractFigures.
//   - *_test.go: examples, golden, fuzz and evaluation tests; testdata/ holds fixtures.
//   - examples/: a separate module with commands (parse, batch, warc, beam) that show
//     the library at work, from one page to a crawl.
package newsparse
