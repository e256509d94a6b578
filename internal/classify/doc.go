// Package classify is the classifier's reading of single lines: what a line is,
// whatever its source, a text dump or an HTML page. Both of newsparse's readers
// call it: ParseText on every block of a dump, ParseHTML on the lines its markup
// leaves unnamed and on the metadata's author and date fields.
//
// It holds the furniture phrases (Furniture: a line no article needs, and why), the
// caption cues (HasCaptionCue), the dateline reader (ParseDateline and its variants,
// the page's order of day and month, PageNumericOrder) and the byline reader
// (ParseByline: the names a line gives and whether an opener says it is a byline;
// the labels and titles of author boxes). ReadForm sums up what these and
// internal/credit find in one line (Form), as the classifier of a page's blocks
// reads it. CommentThread, the run of readers' comments after an article, is the
// first rule over a page's lines to live here; the breadcrumb rules
// (BreadcrumbTarget, CrumbUnder, RestatesAbove), the first to read a page's blocks
// (internal/block), came next, then CutAtBio, the author's bio after the body, and
// the byline weighing rules that read only the blocks and their forms
// (DropFarBylines, DropCommonPhrases, SameNames and the others of bylineweigh.go).
//
// It also holds the page classifier, which reads a page's blocks as a sequence and
// gives each its role (Blocks, called by both readers; the page*.go files, whose map
// is in pageblocks.go): the body span, the front (headline, standfirst, byline,
// dateline), captions and credits beside a picture's gap, the tail after the body
// (comment threads, author boxes, teaser grids, forms and feedback widgets: tail.go,
// tailthread.go), the table of contents and the repeats. Every rule over a page
// names what it removed with its Reason. It knows nothing of the root package: its
// Reason is block.Reason, a small number whose String is the public
// newsparse.Reason's word, and the root converts.
//
// Every function is safe for concurrent use: the tables are built once at package
// initialisation and never written afterwards. It depends on the standard library,
// golang.org/x/text/language, internal/ascii, internal/block, internal/textdump's
// line marks and author-box test (NamesOver), and on the word lists of
// internal/credit (name particles, agencies) and internal/figures (pronouns, day
// names).
//
// The entry points:
//
//	Furniture(line) (Reason, bool)       known page furniture, and why;
//	FurnitureRuleOf                      the same, and the FurnitureRule that found it
//	HasCaptionCue(s)                     words that describe a photograph
//	HeadingShaped(s, f), NumberedHeading a heading's shape; "3. Costs", "Step 2: Plan"
//	FullTitleCase                        every long word capitalised, as headings are
//	FigureLabel                          a caption's numbered label: "Figure 2: ..."
//	PositionLabel                        a caption's place label: "Above: ..."
//	EndsWithStop, EndsWithName,          a caption's closing stop or photographer,
//	CarriesCredit                        or its credit
//	ParseDateline(line), ParseDatelineIn a dateline's time, and how much of it is date
//	ParseDatelineDates(In)               its published and updated times
//	PageNumericOrder(texts, tags...)     day or month first, from a page's own dates
//	IsDateline(f, s), HasDateLabel       a dateline's shape; "Published", "Updated"
//	OpensWithNumericDate                 a line led by a date in digits
//	ParseByline(line) (names, explicit)  a byline's names, and whether it says "By";
//	ParseExplicitByline                  only those of a line that says it
//	LooksLikeBylineStart                 the cheap test for an opener
//	AfterSeparatedOpener                 "Guide · by Jane Doe": the byline after a field
//	IsBylineShaped, NameThenDate         bare names; a name beside its timestamp
//	BylineLabel, IsBylineLabel,          an author box's label alone ("Written by"),
//	CutReviewers, OpensWithReviewer,     its reviewers, a line of them alone,
//	ReadsAsName                          a name rather than a bio
//	IsJobWord, IsUIWord                  the words that end a byline's names;
//	IsJobTitleLine, RunsIntoTitle        a job title under the name, or after it
//	WholeNames, OpensWithPerson,         a line that is its names; a sentence
//	OpensWithName, ContainsWord          about a named person (a bio); a word
//	ReadForm(s) Form                     what a line says about itself
//	SeveralSentences, IsNamesLine,       the shapes a headline is weighed by: a
//	HasControlMark, AnnouncesList,       paragraph, a byline's names, a text
//	OpensWithImageMark, HasClockTime,    browser's controls, "In this article:", a
//	ListNumber                           picture's alt text, a time, "12. "
//	CommentThread(forms, text, first)    the run of readers' comments after a body
//	BreadcrumbTarget, BreadcrumbAbove,   the headline a breadcrumb trail ends with,
//	CrumbUnder, RestatesAbove            above it or under it
//	CutAtBio(blocks, forms, first, last) the author's bio in the body's second half
//	Blocks(blocks)                       every block's role: the page classifier
//	IsParagraphRole(role)                the roles of an article's running text
//	DropFarBylines, Dated,               bylines far from the article, a date by one;
//	DropCommonPhrases, AllWordsInProse   bylines of the prose's own lower-case words
//	UndoubleNames, SameNames,            a byline's names: printed twice, the same
//	NamedElsewhere, OtherLabelledNames   people, named again, other labelled authors
//
// File map:
//
//	reason.go     Reason, and the public type's word for each
//	phrases.go    the furniture tables (whole lines, prefixes, leads, phrases inside a
//	              line), Furniture and its rules as named functions (isBreadcrumb,
//	              isGalleryCounter, isNumberRun, furnitureLead) reported by
//	              FurnitureRule, the one-pass phrase scanner
//	captions.go   the caption cues and the wire photo's weekday and date; the
//	              shapes the caption layout tells captions from headings by
//	dates.go      the dateline reader: month, weekday and zone tables in the
//	              languages the corpus has, numeric orders, US daylight saving time
//	byline.go     the byline reader: openers, author and reviewer labels, job and
//	              control words, the shape of a name
//	headline.go   the line shapes that rule a line out as a headline or weigh
//	              against it
//	form.go       Form and ReadForm; title case, quotation, a bare address, a text
//	              browser's controls (isBrowserChrome)
//	thread.go     CommentThread: comment heads (a name over a date, "Jane says:"),
//	              the heading that announces them
//	breadcrumb.go the breadcrumb rules: a trail's last entry, the headline's text
//	bio.go        CutAtBio: the paragraph on the author that closes an article, by
//	              the byline's names or an author box's heading
//	bylineweigh.go the byline weighing rules over the blocks alone: place, dates,
//	              the prose's words, names repeated or printed twice
//	tail.go       the closing boxes after a body told by their shape: a teaser grid
//	              of cards of one template, a form's required fields, a feedback
//	              widget, a closing pitch: a short question of its own over a line
//	              opening on an order (OpensTailBox, EndAtFeedback, EndAtPitch)
//	tailthread.go a comment thread told by its reply controls (ReplyThread)
//	page*.go      the page classifier (Blocks); pageblocks.go holds its file map
package classify
