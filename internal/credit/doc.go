// Package credit reads picture credits, the one reader both of newsparse's front
// ends share: the text classifier for the lines of a dump, the HTML walker for
// figcaptions and credit elements, and the public ParseCredit for a credit obtained
// elsewhere.
//
// A credit is read by the shape of what it names as much as by its words: a label
// or an opener ("Photo:", "Image copyright", "©", "Courtesy of"), separators between
// names ("/", ",", " via ", " - "), a person's name (two to five capitalised words),
// an organisation's (a word such as "Images" or "Museum", a single brand or
// acronym), an agency from the table in agencies.go, filed under its canonical name.
// The table is extra evidence: a credit naming no known agency is read all the same,
// and a slash alone makes no credit ("4.9 / 5", "UX/UI").
//
// It knows nothing of the root package (an internal package cannot import it): it
// returns its own Credit, which the root converts to the public newsparse.Credit,
// and it decides nothing by a line's place on the page, which only the caller sees
// (the text classifier's credit_position.go). It depends only on the standard
// library and internal/ascii.
//
// The entry points:
//
//	Parse(s) (Credit, bool)             a credit into its text, people and agencies
//	Evidence(s), EvidenceCounted        how much a line looks like a credit: 0 none,
//	                                    1 beside a caption only, 2 or more on its own
//	SplitCaption(s) (caption, credit)   a credit printed at the end of a caption;
//	SplitCaptionRule                    the same, and the Rule that found it
//	SplitLeading(s) (caption, credit)   a "© Name" printed before it
//	TrailingName(s)                     a bare name after a caption's last sentence
//	StripLabel, IsEmbedAttribution      a "Photo:" label; "Image copyright @handle"
//	HasCaptionLabel, StripCaptionLabel  an "Image caption" label
//	AgencyOf, AgencyNamed, IsAgency     the agency table
//	IsNameParticle, TidyName,           the shape of names, which the byline reader
//	LowerWordsOver                      shares
//
// File map:
//
//	parse.go      Credit and Parse: the text cleaned, a caption before the credit
//	              dropped, the names split at the separators and filed as people or
//	              agencies ("EPA-EFE" two agencies, "Apple, Inc." one company,
//	              "Getty - Contributor" a role dropped, "Museum of London, United
//	              Kingdom" a place dropped)
//	labels.go     the labels and openers that introduce a credit, longest first;
//	              brackets and "File:"; the credits that name no one ("Supplied")
//	names.go      a person's name, an organisation's, name particles, TidyName
//	evidence.go   Evidence: labelled, known agency, separators, a cut "(Photo:"
//	              opener; a slash only between parts shaped as names
//	caption.go    SplitCaption, its rules as named functions (labelledCredit,
//	              bracketedCredit, strayBracketCredit, creditAfterLastSentence,
//	              closingAgency) and Rule, which says which fired; SplitLeading, the
//	              caption labels, TrailingName
//	agencies.go   the agency table (one source: every alias tested) and its look-up
//
// Every function is safe for concurrent use: the tables are built once at package
// initialisation and never written afterwards.
package credit
