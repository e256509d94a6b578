package classify

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/credit"
	"github.com/newsparse/newsparse/internal/figures"
)

// bylineOpeners introduce a byline in the languages the library meets most.
var bylineOpeners = append([]string{"by ", "by: ", "written by: ", "posted by: ", "words by ", "written by ", "posted by ", "reporting by ", "analysis by ",
	"commentary by ", "opinion by ", "interview by ", "story by ", "text by ", "review by ", "por ", "автор: ", "автор "}, homographOpeners...)

// homographOpeners are the openers of other languages that open English phrases
// too: a shop's or a magazine's menu prints "Door Locks & Smart Locks", "Door
// Straps", "Par Three Courses", where the opener's word is the phrase's first. After
// one of them a byline opens with a whole name ("Door Jan de Vries"); the English
// phrase goes on with a lone word, which only "By" makes a name ("By Regan").
var homographOpeners = []string{"von ", "par ", "di ", "door "}

// homographOpener reports line, lowered in low, opening with one of
// homographOpeners.
func homographOpener(low []byte) bool {
	for _, o := range homographOpeners {
		if ascii.HasPrefixBytes(low, o) {
			return true
		}
	}
	return false
}

// maxBylineOpenerLen is the length of the longest byline opener.
var maxBylineOpenerLen = func() int {
	n := 0
	for _, o := range bylineOpeners {
		n = max(n, len(o))
	}
	return n
}()

// jobWords end the name part of a byline: "Jane Doe, Political Editor".
var jobWords = map[string]bool{
	"editor": true, "correspondent": true, "reporter": true, "writer": true, "columnist": true,
	"contributor": true, "staff": true, "political": true, "chief": true, "senior": true,
	"special": true, "associate": true, "deputy": true, "news": true, "business": true,
	"sports": true, "science": true, "health": true, "tech": true, "technology": true,
	"producer": true, "analyst": true, "critic": true, "photographer": true, "associated": true,
	"press": true, "for": true, "in": true, "at": true, "the": true, "and": false,
	"published": true, "updated": true, "posted": true, "opinion": true, "on": true,
	// The titles author boxes print under the name ("Marketing Director", "Expert
	// Reviewer", "Certified Sleep Consultant").
	"director": true, "manager": true, "president": true, "officer": true, "consultant": true,
	"coordinator": true, "specialist": true, "founder": true, "cofounder": true,
	"co-founder": true, "reviewer": true, "marketing": true, "certified": true, "expert": true,
	// The ranks a title opens with when it follows the name with no comma ("Jane Doe
	// Executive Digital Editor", "Jane Doe Former Deputy Editor").
	"executive": true, "former": true, "managing": true, "contributing": true, "assistant": true,
}

// uiWords are the labels of page controls that sit beside a byline and are printed in
// title case like a name ("Share All", "Enlarge Image", "Email Me", "Previous Post",
// "View More Articles"). No author's name is made of them.
var uiWords = map[string]bool{
	"share": true, "sharing": true, "enlarge": true, "image": true, "images": true,
	"email": true, "me": true, "previous": true, "next": true, "view": true, "articles": true,
	"follow": true, "subscribe": true, "print": true, "comments": true, "menu": true,
	"search": true, "login": true, "options": true, "gallery": true, "download": true,
	"newsletter": true, "reviews": true, "your": true, "posts": true,
	// The labels and links of author boxes ("Key Points", "Editorial Process",
	// "Get Started", "More About ...", "5 mins read").
	"process": true, "learn": true, "points": true, "started": true, "mins": true,
	"min": true, "about": true, "bio": true, "sponsored": true,
	// The buttons printed under a byline ("Save Article", "Start Trial", "See
	// Pricing").
	"save": true, "saved": true, "article": true, "start": true, "trial": true, "see": true,
}

// reviewerLabels open the names of those who checked an article rather than wrote
// it: reviewers and fact-checkers are not its authors.
var reviewerLabels = []string{"reviewed by", "fact checked by", "fact-checked by", "checked by",
	"edited by", "verified by", "approved by", "medically reviewed by", "expert reviewed by",
	"medically reviewed", "expert reviewed", "reviewer:",
	"fact checker", "fact-checker", "fact checked", "fact-checked", "updated by",
	"geprüft von", "revisado por", "relu par", "vérifié par"}

// authorLabels are what an author box prints before the name, on a line of its own
// or in front of it, with the headings of boxHeadings and boxRoles. Built once,
// never written afterwards.
var authorLabels = func() map[string]bool {
	m := map[string]bool{"written by": true, "by": true, "author": true, "authors": true,
		"article by": true, "words by": true, "posted by": true, "insights from": true, "story by": true,
		"autor": true, "auteur": true, "von": true, "por": true, "par": true, "text": true,
		"written by:": true, "author:": true, "authors:": true}
	for _, h := range boxHeadings {
		for _, r := range boxRoles {
			m[h+r] = true
		}
	}
	return m
}()

// boxHeadings and boxRoles make the headings an author box opens with at the foot
// of an article: "About the Author", "Meet the Writer", "About the Contributor".
// Each heading goes with each word for the one who wrote the piece, as sites vary
// the word but not the shape; a line so headed names nobody, and with the picture
// line a dump loses, it is a far author box's second sign.
var boxHeadings, boxRoles = []string{"about the ", "meet the "}, []string{"author", "authors",
	"writer", "writers", "contributor", "contributors", "columnist", "reporter"}

// IsBoxHeading reports a line that is only an author box's heading ("About the
// Author", "Meet the Writer"), the label a box at the foot of an article opens with.
// Unlike a bare "By" or "Author", which a teaser or a menu prints too, the heading
// says a box about the one who wrote the piece follows.
func IsBoxHeading(line string) bool {
	line = strings.TrimSpace(strings.TrimRight(line, " :"))
	for _, h := range boxHeadings {
		if len(line) <= len(h) || !strings.EqualFold(line[:len(h)], h) {
			continue
		}
		for _, r := range boxRoles {
			if strings.EqualFold(line[len(h):], r) {
				return true
			}
		}
	}
	return false
}

// NamesThenTitle reports a line that holds names and, after the last, only their
// job title: "Jane Doe, Harbour Editor", "Jane Doe | Staff Writer", "Jane Doe and
// John Roe | Guest Columnists". A card or a byline prints the position beside the
// name; WholeNames, which wants nothing after the names, refuses it. A comma, a bar
// or a dash parts the title from the names; it is short, no sentence, and holds a
// word that names a position by itself (a plural one for two people: "Columnists").
func NamesThenTitle(s string, names []string) bool {
	if len(names) == 0 {
		return false
	}
	last := names[len(names)-1]
	i := strings.LastIndex(s, last)
	if i < 0 || !WholeNames(s[:i+len(last)], names) {
		return false
	}
	tail := s[i+len(last):]
	title := strings.Trim(tail, " ,|–—-")
	if title == "" || !strings.ContainsAny(tail[:len(tail)-len(strings.TrimLeft(tail, " ,|–—-"))], ",|–—-") ||
		ascii.WordCount(title) > maxTitleWords || strings.ContainsAny(title, ".:;!?") {
		// Nothing after the names; a title glued to them or after a space alone,
		// where the name reader may have taken the title's first words into the
		// name; a sentence.
		return false
	}
	for w := range strings.FieldsSeq(title) {
		var buf ascii.KeyBuf
		low := ascii.AppendToLower(buf[:0], strings.Trim(w, ",()&"))
		if jobTitleWords[string(low)] || len(names) > 1 && len(low) > 1 && low[len(low)-1] == 's' && jobTitleWords[string(low[:len(low)-1])] {
			return true
		}
	}
	return false
}

// maxTitleWords bounds the words of a job title printed beside a name.
const maxTitleWords = 5

// maxLabelBytes bounds the lines BylineLabel reads: three times the longest label
// with its slack, since lower-casing shrinks a character at most threefold (the
// Kelvin sign's three bytes become "k").
var maxLabelBytes = func() int {
	n := 0
	for _, l := range reviewerLabels {
		n = max(n, len(l)+2)
	}
	for l := range authorLabels {
		n = max(n, len(l))
	}
	return 3 * n
}()

// BylineLabel reports a line that is only a label of an author box: reviewer is set
// for the labels of reviewers and fact-checkers, whose names follow.
func BylineLabel(line string) (label, reviewer bool) {
	line = strings.TrimSpace(strings.TrimRight(line, " :"))
	if len(line) > maxLabelBytes {
		return false, false // most lines: no lower-cased copy to build
	}
	// Lowered on the stack: this runs on every name and every front line.
	var buf ascii.KeyBuf
	low := ascii.LowerPrefix(buf[:0], line, len(line))
	if authorLabels[string(low)] {
		return true, false
	}
	if len(low) == 0 {
		return false, false
	}
	for _, l := range reviewersByFirst[low[0]] {
		if ascii.HasPrefixBytes(low, l) && len(low) <= len(l)+2 {
			return true, true
		}
	}
	return false, false
}

// reviewersByFirst files reviewerLabels by first byte, so that BylineLabel compares
// a line with the few it may open with. Built once, never written afterwards.
var reviewersByFirst = func() *[256][]string {
	var t [256][]string
	for _, l := range reviewerLabels {
		t[l[0]] = append(t[l[0]], l)
	}
	return &t
}()

// IsBylineLabel reports a line that is only a label of an author box, an author's or
// a reviewer's: it names nobody.
func IsBylineLabel(line string) bool {
	label, _ := BylineLabel(line)
	return label
}

// CutReviewers cuts a byline before the first reviewer label: "Written by Ann Lee
// Reviewed by Bo Chan" keeps "Written by Ann Lee".
func CutReviewers(line string) string {
	// Only ASCII is lowered, as the labels are ASCII: the copy keeps the line's byte
	// offsets, where strings.ToLower turns an invalid byte into three and shifts them.
	low := string(ascii.AppendLowerASCII(make([]byte, 0, len(line)), line))
	if i := ascii.IndexAnyWord(low, reviewerLabels); i >= 0 {
		return strings.TrimSpace(line[:i])
	}
	return line
}

// OpensWithReviewer reports a line that opens with a reviewer label ("Reviewed by Bo
// Chan", "Revisado por Luis Gómez"): CutReviewers leaves nothing of it, so it names
// no author.
func OpensWithReviewer(line string) bool {
	line = strings.TrimLeftFunc(line, unicode.IsSpace)
	if line == "" {
		return false
	}
	for _, l := range reviewersByFirst[ascii.Lower(line[0])] {
		// Compared as CutReviewers lowers the line: its ASCII capitals alone.
		k := 0
		for k < len(l) && k < len(line) && ascii.Lower(line[k]) == l[k] {
			k++
		}
		if k == len(l) {
			return true
		}
	}
	return false
}

// ReadsAsName reports a candidate name read off a visible author box that is not a
// sentence of the author's bio: every word opens with a capital (name particles
// aside), there are at most five, and it does not speak in the first person.
func ReadsAsName(s string) bool {
	words := 0
	for w := range strings.FieldsSeq(s) {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !credit.IsNameParticle(strings.Trim(w, ".,")) {
			return false
		}
		if w == "I" || w == "I'm" || w == "I’m" {
			return false
		}
	}
	return words > 0 && words <= 5 && !strings.HasSuffix(s, ".") || words == 1
}

// ParseByline reads author names off a byline line. explicit reports that the line
// opened with "By" (or its translation), which makes it a byline wherever it stands;
// a line of bare names is only a byline near the headline, which the caller checks.
func ParseByline(line string) (names []string, explicit bool) {
	return parseByline(line, false)
}

// ParseExplicitByline is the names ParseByline reads off a line that opens with "By"
// (or its translation): none off any other line, whose names it does not read.
func ParseExplicitByline(line string) []string {
	names, _ := parseByline(line, true)
	return names
}

// afterLeadingDate is line from its opener on when all that stands before the opener
// is a date, with or without its label ("11/19/2019 by Jane Doe", "October 11, 2023
// by Jane Doe", "Published on May 3, 2017 By Jane Doe"): blog themes print a post's
// date and its author on one line. Any other line is returned as it is.
func afterLeadingDate(line string) string {
	if OpensWithNumericDate(line) {
		if _, after, ok := strings.Cut(line, " "); ok && ascii.HasPrefixFold(after, "by ") {
			return after
		}
		return line
	}
	i := ascii.IndexFold(line, " by ")
	if i <= 0 || i > maxLeadingDateLen {
		return line
	}
	if _, share, ok := ParseDateline(line[:i]); ok && share >= 1 {
		return line[i+1:]
	}
	return line
}

// maxLeadingDateLen bounds the date afterLeadingDate reads before an opener, a
// label's words included ("Last updated on Wednesday, September 10th, 2025").
const maxLeadingDateLen = 48

// parseByline is ParseByline; onlyExplicit stops at a line that does not open with
// "By".
func parseByline(line string, onlyExplicit bool) (names []string, explicit bool) {
	if len(line) > 160 && utf8.RuneCountInString(line) > 160 { // no more runes than bytes
		return nil, false
	}
	if c := gridCell(line); len(c) != len(line) && LooksLikeBylineStart(c) {
		// Only a cell that opens with an opener: the front end reads the table's
		// other lines with their bars, so a bare cell's names are left as they are.
		line = c
	}
	if strings.Contains(line, "](") {
		// Only after an opener: a bare link's text is a menu's entry as often as a name.
		if t := markdownLinkTexts(line); t != line {
			if _, ok := cutOpener(afterLeadingDate(t)); ok {
				line = t
			}
		}
	}
	if strings.IndexByte(line, '_') >= 0 {
		line = linkSpaces(line)
	}
	line = afterLeadingDate(spaceGluedDate(line))
	// One lower-cased copy of the line's head serves both tests for an opener; it
	// is made again only where a space was put back.
	line = spaceGluedOpener(line)
	var buf ascii.KeyBuf
	low := ascii.LowerPrefix(buf[:0], line, maxBylineOpenerLen)
	if glued := spaceGluedBy(line, low); len(glued) != len(line) {
		line, low = glued, ascii.LowerPrefix(buf[:0], glued, maxBylineOpenerLen)
	}
	rest, explicit := cutLoweredOpener(line, low)
	if !explicit {
		// "Author Posted by Jane Doe", "Author: Jane Doe": an author box's label
		// printed on the byline's own line before its opener or the name.
		if label, after, ok := strings.Cut(line, " "); ok && len(label) <= maxLabelBytes {
			colon := strings.HasSuffix(label, ":")
			var lb ascii.KeyBuf
			if authorLabels[string(ascii.AppendToLower(lb[:0], strings.TrimSuffix(label, ":")))] {
				after = strings.TrimSpace(after)
				if rest, explicit = cutOpener(after); !explicit && colon {
					rest, explicit = after, true
				}
			}
		}
	}
	if onlyExplicit && !explicit {
		return nil, false
	}
	// A name is two words at least (leadingName, teamName), and only an opener
	// makes one word a name (singleName): with neither, a line of one word, as most
	// of a page's menu entries and labels are, names nobody.
	if !explicit {
		if _, more := ascii.NextField(rest); strings.TrimLeftFunc(more, unicode.IsSpace) == "" {
			return nil, false
		}
	}
	// "By (BUTTON) Jane Doe": lynx prints the author's name made a button (a card
	// that opens on a click) after its placeholder.
	if explicit {
		if r, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), buttonMark); ok {
			rest = r
		}
	}
	// Cut at the first separator that ends the names: "| Special to", " - Contributor",
	// a date, a job title after a comma.
	if holdsAnyByte(rest, nameEndMarks) {
		for _, sep := range nameEnds {
			if i := strings.Index(rest, sep); i > 0 {
				rest = rest[:i]
			}
		}
	}
	// "Jane Doe 25 March 2025 Guides, Holistic SEO": what follows a date on the
	// line is the post's tags or categories, never more authors.
	named := beforeDate(rest)
	if !explicit && (opensCallToAction(named) || opensFieldLabel(named)) {
		// "Meet Our Staff", "Join The Newsroom", "Our Team": a link to the site's
		// team page names no one; nor does a field's label before its value.
		return nil, false
	}
	var out []string
	titled := false
	lead := explicit // the part right after the opener
	leadNamed := false
	eachNamePart(named, func(part string) {
		// "Jane Doe Executive Editor and John Roe": the title ends its own name
		// only; what is joined after it is a co-author, unless it names a second
		// position ("Deputy Editor and Team Lead").
		name, runs := leadingName(part, lead)
		if name != "" && !notAName(name) && !(titled && holdsPosition(name)) {
			out = append(out, name)
			titled = runs
			leadNamed = leadNamed || lead
		}
		lead = false
	})
	if explicit && !leadNamed && homographOpener(low) {
		// "Door Locks & Smart Locks": the English phrase's lone word after the
		// opener, and what the phrase joins to it, name nobody.
		return nil, false
	}
	if len(out) == 0 {
		// "By Resy Staff", "The Upwork Team": a site's team signs as one name.
		if name := teamName(named, explicit); name != "" {
			return []string{name}, explicit
		}
	}
	if len(out) == 0 && explicit {
		// "By Regan December 6, 2017", "by admin": after "By" one word names its
		// author, as a bare line's single word would not; so does each of "By Ann
		// and Bo", the first names a couple or a team sign with.
		if name := singleName(rest); name != "" {
			out = append(out, name)
		} else {
			out = singleNames(rest)
		}
	}
	if len(out) == 0 || explicit && len(out) == 1 && facetLabel(out[0]) {
		return nil, false
	}
	return out, explicit
}

// gridCell is the text of a line that is one cell of a pandoc grid table between
// its bars ("| by Jane Doe |"): pandoc prints a page laid out in a table as a grid
// table, and a byline in the layout's cell keeps the bars. A line of two cells or
// more is returned as it is, an empty cell ("|  |") as "". Only an opener is
// looked for in it (parseByline, LooksLikeBylineStart).
func gridCell(s string) string {
	if len(s) < 4 || s[0] != '|' || s[len(s)-1] != '|' {
		return s
	}
	inner := s[1 : len(s)-1]
	if inner[0] != ' ' || inner[len(inner)-1] != ' ' || strings.IndexByte(inner, '|') >= 0 {
		return s
	}
	return strings.TrimSpace(inner)
}

// markdownLinkTexts is s with each Markdown link ("[Jane Doe](/author/jane)", with
// a title or pandoc's attributes after it: "(url "Posts by Jane"){.author}") made its
// text: a dump the front end did not read as Markdown (too short to tell, or a
// scraper's text that kept the author's link) still names the author after "By".
// Square brackets with no address after them (a picture's label) are left as they
// are, and so is an unclosed link.
func markdownLinkTexts(s string) string {
	var b strings.Builder
	for {
		mid := strings.Index(s, "](")
		if mid < 0 {
			break
		}
		open := strings.LastIndexByte(s[:mid], '[')
		end := strings.IndexByte(s[mid:], ')')
		if open < 0 || end < 0 {
			break
		}
		end += mid + 1
		if strings.HasPrefix(s[end:], "{") {
			if k := strings.IndexByte(s[end:], '}'); k > 0 {
				end += k + 1
			}
		}
		b.WriteString(s[:open])
		b.WriteString(s[open+1 : mid])
		s = s[end:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}

// linkSpaces puts back the spaces html2text writes as underscores in a link's text
// ("by Jane_Doe", the author's name linked to their page): an underscore between two
// other characters that are not spaces. A run of underscores (a text field's "____")
// is left as it is.
func linkSpaces(s string) string {
	b := []byte(s)
	for k := 1; k+1 < len(b); k++ {
		if b[k] == '_' && b[k-1] != '_' && b[k-1] != ' ' && b[k+1] != '_' && b[k+1] != ' ' {
			b[k] = ' '
		}
	}
	return string(b)
}

// buttonMark is lynx's placeholder for a button, printed before its label.
const buttonMark = "(BUTTON)"

// nameEnds are the separators after which a byline's names have ended: "| Special
// to", " - Contributor", a middle dot before the date.
var nameEnds = []string{" | ", "|", " - ", " – ", " — ", " · ", " • ", "\u00a0"}

// nameEndMarks holds the first byte other than a space of each of nameEnds: a line
// without any of them holds none of the separators, and most lines hold none of
// these bytes. Built once, never written afterwards.
var nameEndMarks = func() string {
	var marks []byte
	for _, sep := range nameEnds {
		if c := strings.TrimLeft(sep, " ")[0]; bytes.IndexByte(marks, c) < 0 {
			marks = append(marks, c)
		}
	}
	return string(marks)
}()

// callToActionWords open a link to a site's pages rather than a byline: the
// imperative verbs of its navigation ("Meet Our Staff", "Join The Newsroom",
// "Contact Jane Doe", "About Acme Team") and "our", with which a site speaks of its
// own team ("Our Team", "Our Editors").
var callToActionWords = map[string]bool{"meet": true, "join": true, "contact": true, "ask": true,
	"about": true, "our": true}

// opensCallToAction reports s opening with one of callToActionWords as a word of its
// own, in any case: a line read without a byline opener.
func opensCallToAction(s string) bool {
	w, _ := ascii.NextField(s)
	if len(w) > len("contact") {
		return false
	}
	var buf ascii.KeyBuf
	return callToActionWords[string(ascii.AppendToLower(buf[:0], w))]
}

// roleWords make a name-shaped part a position, though no job title's word
// stops a name at them: "Team Lead", "Section Head", "Master Gardener". Joined after
// a title ("Deputy Editor and Team Lead", "Executive Editor and Master Gardener"),
// such a part is a second position or credential, not a co-author.
var roleWords = map[string]bool{"lead": true, "head": true, "host": true, "anchor": true,
	"master": true}

// holdsPosition reports a name-shaped part with one of roleWords in it. Job
// titles' own words need no test: leadingName stops before them.
func holdsPosition(name string) bool {
	for w, rest := ascii.NextField(name); w != ""; w, rest = ascii.NextField(rest) {
		var buf ascii.KeyBuf
		if roleWords[string(ascii.AppendToLower(buf[:0], w))] {
			return true
		}
	}
	return false
}

// teamWords end the name a site's team signs with: "Resy Staff", "The Upwork Team",
// "TOI Lifestyle Desk".
var teamWords = map[string]bool{"team": true, "staff": true, "desk": true, "newsroom": true, "editors": true}

// minTeamWordLen and maxTeamWordLen bound the length of teamWords' words.
const minTeamWordLen, maxTeamWordLen = 4, 8

// maxTeamWords bounds the words of a team's name, its last word included.
const maxTeamWords = 5

// teamName reads rest as a team's name: two to maxTeamWords capitalised words (an
// article may open it) ending in one of teamWords, and at least one word that is
// neither a job title's nor a control's, the site's or the desk's own name. "Staff
// Writer", "Editorial Team" alone name nobody, nor does a line with "the" or "our"
// inside it ("Meet The Team"); it returns "" for them. "Our" opening it is the site's
// own name for its team ("By Our Editors"). After a byline's opener (explicit) the
// desk needs no name of its own: "By News Desk", "by Marketing Team" sign the
// article as a desk's, where a bare "Editorial Team" is a menu's or a box's label.
func teamName(rest string, explicit bool) string {
	rest = strings.TrimSpace(rest)
	last := rest[strings.LastIndexByte(rest, ' ')+1:]
	if len(last) < minTeamWordLen || len(last) > maxTeamWordLen {
		return "" // the cheap test first: most lines end in no team word
	}
	var lb ascii.KeyBuf
	if !teamWords[string(ascii.AppendToLower(lb[:0], last))] {
		return ""
	}
	words, own := 0, false
	lastTeam := false
	for w, more := ascii.NextField(rest); w != ""; w, more = ascii.NextField(more) {
		words++
		if words > maxTeamWords {
			return ""
		}
		var buf ascii.KeyBuf
		low := string(ascii.AppendToLower(buf[:0], w))
		r, _ := utf8.DecodeRuneInString(w)
		lastTeam = teamWords[low]
		switch {
		case low == "the" || low == "our":
			if words > 1 {
				// An article opens a team's name; after another word it makes the
				// line a call to act on one ("Meet The Team", "Join Our Team").
				return ""
			}
			// "Written by Our Editors": "our" is the site naming its own team.
			// ParseByline reads a line opening with "our" only after an opener.
			own = own || low == "our"
		case lastTeam:
		case !unicode.IsUpper(r):
			return ""
		case !jobWords[low] && !uiWords[low] && low != "editorial":
			own = true
		}
	}
	if words < 2 || !lastTeam || !own && !explicit {
		return ""
	}
	return rest
}

// beforeDate returns s up to the first date it holds past its first word: a month's
// name with a day or year beside it, or a numeric date ("Jane Doe 25 March 2025
// Tags", "Jane Doe 12/03/2024 News").
func beforeDate(s string) string {
	// Only a part after the date's digits can be taken for another name: a line
	// with no comma or ampersand after its first digit is read as it is.
	d := 0
	for d < len(s) && (s[d] < '0' || s[d] > '9') {
		d++
	}
	if d == len(s) || strings.IndexByte(s[d:], ',') < 0 && strings.IndexByte(s[d:], '&') < 0 && ascii.IndexFold(s[d:], " and ") < 0 {
		return s
	}
	prev, prevAt := "", 0
	at := 0
	for w, rest := ascii.NextField(s); w != ""; w, rest = ascii.NextField(rest) {
		at = len(s) - len(rest) - len(w)
		if prev != "" {
			var buf ascii.KeyBuf
			_, month := monthNames[string(ascii.AppendToLower(buf[:0], strings.Trim(w, ".,")))]
			switch {
			case month && (startsDigit(prev) || startsDigit(rest)):
				if startsDigit(prev) {
					return strings.TrimSpace(s[:prevAt])
				}
				return strings.TrimSpace(s[:at])
			case startsDigit(w) && OpensWithNumericDate(w):
				return strings.TrimSpace(s[:at])
			}
		}
		prev, prevAt = w, at
	}
	return s
}

// Undoubled is s once when it is the same words twice ("Jane Doe Jane Doe"): a
// converter prints the author's photo's label, the name, before the name itself, or
// a link's text beside its title. A name of two or more words is never its own
// words repeated; one word twice may be a name ("Yang Yang"). A line so doubled
// still reads as a line of names (IsNamesLine), so the names are undoubled only once
// a byline has been chosen.
func Undoubled(s string) string {
	t := strings.TrimSpace(s)
	if h := len(t) / 2; len(t)%2 == 1 && t[h] == ' ' && t[:h] == t[h+1:] && strings.IndexByte(t[:h], ' ') > 0 {
		return t[:h]
	}
	return s
}

// startsDigit reports s opening with a digit past any spaces.
func startsDigit(s string) bool {
	s = strings.TrimLeft(s, " ")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// cutOpener returns line after the byline opener it starts with, and whether there
// was one.
func cutOpener(line string) (rest string, ok bool) {
	var buf ascii.KeyBuf
	return cutLoweredOpener(line, ascii.LowerPrefix(buf[:0], line, maxBylineOpenerLen))
}

// cutLoweredOpener is cutOpener given low, the line's first maxBylineOpenerLen bytes
// lower-cased (ascii.LowerPrefix).
func cutLoweredOpener(line string, low []byte) (rest string, ok bool) {
	for _, o := range bylineOpenersFor(line) {
		if ascii.HasPrefixBytes(low, o) {
			return line[len(o):], true
		}
	}
	return line, false
}

// spaceGluedOpener puts back the space a scrape lost after an opener's colon
// ("Written by:Jane Doe", "By:Jane Doe"), so the opener reads as it is printed.
func spaceGluedOpener(line string) string {
	i := strings.IndexByte(line, ':')
	if i <= 0 || i+1 >= len(line) || i >= maxBylineOpenerLen || line[i+1] == ' ' {
		return line
	}
	var buf ascii.KeyBuf
	low := ascii.LowerPrefix(buf[:0], line, i+1)
	for _, o := range bylineOpeners {
		if len(o) == i+2 && ascii.HasPrefixBytes(low, o[:i+1]) {
			return line[:i+1] + " " + line[i+1:]
		}
	}
	return line
}

// spaceGluedBy puts back the space a scrape lost between "By" and the name it opens
// when the two stood in separate inline elements ("ByJane Doe", "Written byJane Doe"):
// "by" glued to a capital that opens a lower-case word. "Bylaws", "ByteDance" keep
// their lower-case letter after "By" and are left alone. low is the line's first
// maxBylineOpenerLen bytes lower-cased (ascii.LowerPrefix).
func spaceGluedBy(line string, low []byte) string {
	for _, o := range bylineOpenersFor(line) {
		by, ok := strings.CutSuffix(o, "by ")
		if !ok {
			continue
		}
		n := len(by) + 2
		if !ascii.HasPrefixBytes(low, by) || !ascii.HasPrefixBytes(low[len(by):], "by") || len(line) < n+2 {
			continue
		}
		if c, d := line[n], line[n+1]; 'A' <= c && c <= 'Z' && 'a' <= d && d <= 'z' {
			return line[:n] + " " + line[n:]
		}
	}
	return line
}

// singleNames reads "Ann and Bo", "Ann & Bo" after a byline opener: one-word names,
// each as singleName reads it. A part that is no such name gives none at all.
func singleNames(rest string) []string {
	var out []string
	ok := true
	eachNamePart(rest, func(part string) {
		if strings.ContainsRune(part, ' ') {
			ok = false
			return
		}
		if name := singleName(part); name != "" {
			out = append(out, name)
		} else {
			ok = false
		}
	})
	if !ok || len(out) < 2 {
		return nil
	}
	return out
}

// eachNamePart calls f with each part of "Jane Doe and John Roe", "Jane Doe, John Roe
// & Ann Poe"; "Jane Doe, Political Editor" gives a name and a title, which leadingName
// tells apart.
func eachNamePart(s string, f func(part string)) {
	for more := true; more; {
		var a, b, c string
		a, s, more = cutFold(s, " and ")
		for moreB := true; moreB; {
			b, a, moreB = strings.Cut(a, "&")
			for moreC := true; moreC; {
				c, b, moreC = strings.Cut(b, ",")
				if c = strings.TrimSpace(c); c != "" {
					f(c)
				}
			}
		}
	}
}

// cutFold is strings.Cut around the first case-insensitive sep.
func cutFold(s, sep string) (before, after string, found bool) {
	if i := ascii.IndexFold(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// leadingName takes the capitalised words at the start of a part, stopping at a job
// title, a date or a change from an all-capitals name to ordinary case ("JANE DOE
// Associated Press"). It returns "" unless two to four name words were found.
// runsIntoTitle reports a name that ran straight into a job title with no comma
// between ("Jane Doe Executive Editor"): the rest of the line is that title. Right
// after an opener (afterOpener), a name may open with initials run together ("By
// Z.B. Steele") or with an organisation's acronym and go on in title case ("By ASU
// Online", "by WSET Global"), as a desk or a school signs; after a comma such words
// are a position's or a degree's ("Jane Doe, M.A. Journalism", "MECLABS Institute").
func leadingName(part string, afterOpener bool) (name string, runsIntoTitle bool) {
	words, last := 0, ""
	// The name is part[start:end] when its words stand one space apart, as joined.
	start, end, joined := -1, 0, true
	allCaps := false
	first := ""
	for w, rest := ascii.NextField(part); w != ""; w, rest = ascii.NextField(rest) {
		// A control's label or a handle glued to the name ends it: "Jose
		// AltoverosView More Articles", "Chaim Gartenberg@cgartenberg".
		glued := false
		if cut := gluedTail(w); cut > 0 {
			w, glued = w[:cut], true
		}
		bare := trimNameMarks(w)
		if bare == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(bare)
		// "By 3i Global", "By 9to5Mac Staff": right after an opener a company's name
		// may open with its number, as no person's does.
		numbered := afterOpener && words == 0 && unicode.IsDigit(r) && numberedName(bare)
		if !unicode.IsUpper(r) && !numbered && !credit.IsNameParticle(bare) {
			break
		}
		var buf ascii.KeyBuf
		lowBare := ascii.AppendToLower(buf[:0], bare)
		kind := nameStops[string(lowBare)]
		// "Editor-at-large" is a job title as "Editor" is.
		if h := bytes.IndexByte(lowBare, '-'); h >= 0 {
			kind = kind&^stopJob | nameStops[string(lowBare[:h])]&stopJob
		}
		if kind&stopJob != 0 || unicode.IsDigit(r) && !numbered {
			// "AP Auto Writer" is a wire desk's title, not a name.
			if words > 0 && credit.IsAgency(first) {
				return "", false
			}
			runsIntoTitle = kind&stopJob != 0 && jobTitleWords[string(lowBare)] && words >= 2 && !strings.HasSuffix(last, ",")
			break
		}
		if kind&stopUI != 0 {
			return "", false
		}
		if words >= 2 && string(lowBare) == "by" {
			break // "Jane Doe By Jane Doe": the name printed again after its opener
		}
		if kind&stopMonth != 0 && (words >= 2 || startsWithDigit(part[end:], w)) {
			break
		}
		if words == 0 {
			if string(lowBare) == "our" {
				// "By Our Foreign Staff": a site speaks of its own staff, whose
				// name teamName reads; no person's name opens with "our".
				return "", false
			}
			first = bare
		}
		// Initials run together ("Z.B. Steele") are no all-capitals name.
		upper := ascii.IsUpperCased(bare) && utf8.RuneCountInString(bare) > 1 && !(afterOpener && dottedInitials(bare))
		if words == 0 {
			allCaps = upper
		} else if allCaps && !upper && !isInitial(bare) {
			if !afterOpener || words > 1 {
				break
			}
			allCaps = false // "ASU Online": the acronym, then the name in title case
		}
		// Fields come in order: w is where the rest of part first holds it.
		at := end + strings.Index(part[end:], w)
		if start < 0 {
			start = at
		} else if at != end+1 || part[end] != ' ' {
			joined = false
		}
		end = at + len(w)
		words++
		last = w
		if words == 4 || glued || afterOpener && words >= 2 && endsSentence(w) {
			// "By Jane Doe. Last Updated on May 3": after the opener a full stop
			// ends the name; what follows is the row's next field.
			break
		}
	}
	if words < 2 || credit.IsNameParticle(last) {
		return "", false
	}
	name = part[start:end]
	if !joined {
		name = strings.Join(strings.Fields(part)[:words], " ")
	}
	// "JANE DOE", as wire bylines print names, is Jane Doe to a reader.
	return credit.TidyName(strings.Trim(name, ".,;:")), runsIntoTitle
}

// numberedName reports a word that opens with digits and goes on in letters, as a
// company's name may ("3i", "9to5Mac", "1Password", "3M"), but is no ordinal, decade
// or time of day ("17th", "1990s", "10am"): "By 17th Century Standards" opens a
// sentence, not a byline.
func numberedName(w string) bool {
	i := 0
	for i < len(w) && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	if i == len(w) {
		return false // a number alone: a year or a count ("By 2024, ...")
	}
	switch strings.ToLower(w[i:]) {
	case "st", "nd", "rd", "th", "s", "am", "pm":
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i:])
	return unicode.IsLetter(r)
}

// endsSentence reports a word that ends a sentence: a full stop after more than an
// initial ("Doe.", not "J.").
func endsSentence(w string) bool {
	return strings.HasSuffix(w, ".") && !isInitial(w) && !dottedInitials(strings.TrimSuffix(w, "."))
}

// trimNameMarks is strings.Trim(w, ".,;:()"), without building the set of bytes for
// every word.
func trimNameMarks(w string) string {
	for w != "" && isNameMark(w[0]) {
		w = w[1:]
	}
	for w != "" && isNameMark(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

func isNameMark(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '(', ')':
		return true
	}
	return false
}

// What a word that ends a byline's names is, in nameStops: a job title's word
// (jobWords), a control's label (uiWords) or a month's name (monthNames).
const (
	stopJob uint8 = 1 << iota
	stopUI
	stopMonth
)

// nameStops files the words of jobWords, uiWords and monthNames under one key, so
// that leadingName looks each word of a name up once. Built once, never written
// afterwards.
var nameStops = func() map[string]uint8 {
	m := make(map[string]uint8, len(jobWords)+len(uiWords)+len(monthNames))
	for w, ok := range jobWords {
		if ok {
			m[w] |= stopJob
		}
	}
	for w, ok := range uiWords {
		if ok {
			m[w] |= stopUI
		}
	}
	for w := range monthNames {
		m[w] |= stopMonth
	}
	return m
}()

// singleName reads a byline of one name word, such as a site's or a user's name
// ("Regan", "Reuters", "admin"), up to a date, a separator or the end of the line.
func singleName(rest string) string {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return ""
	}
	w := f[0]
	if cut := gluedTail(w); cut > 0 && (w[cut] == '@' || gluedLabel(w[cut:])) {
		w = w[:cut]
	}
	w = strings.Trim(w, ".,;:()")
	if len(f) > 2 && (f[1] == "on" || f[1] == "at") {
		f = f[1:] // "Posted by admin on March 3", "Posted by admin at March 3, 2025 10:15 AM"
	}
	if len(f) > 2 && figures.IsDayName(string(ascii.AppendToLower(nil, strings.Trim(f[1], ".,")))) {
		f = f[1:] // "Posted by admin on Friday, March 3": the day's name before the date
	}
	if len(f) > 1 {
		// Only a date or a time may follow the one word.
		var buf ascii.KeyBuf
		_, month := monthNames[string(ascii.AppendToLower(buf[:0], strings.Trim(f[1], ".,")))]
		r, _ := utf8.DecodeRuneInString(f[1])
		if !month && !unicode.IsDigit(r) {
			return ""
		}
	}
	var buf ascii.KeyBuf
	low := string(ascii.AppendToLower(buf[:0], w))
	// A desk's word alone, capitalised, is the site's signature ("By Staff"), where a
	// title's alone ("By Editor") or running text ("by staff") names nobody.
	if utf8.RuneCountInString(w) < 2 || jobWords[low] && !(teamWords[low] && w[0] != low[0]) || uiWords[low] || pronouns[low] || low == "the" || figures.IsDayName(low) {
		return ""
	}
	if _, month := monthNames[low]; month {
		return ""
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' {
			return ""
		}
	}
	return w
}

// gluedTail is where a second word begins inside w, glued on by a scrape that lost
// the space: "AltoverosView" at "View", "HiltzikBusiness" at "Business",
// "Gartenberg@cgartenberg" at "@". Name capitals after a short prefix ("McBride",
// "MacArthur", "DiCaprio") are no join. It returns 0 when there is none.
func gluedTail(w string) int {
	if i := strings.IndexByte(w, '@'); i > 0 {
		return i
	}
	lower := 0
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			lower++
		case 'A' <= c && c <= 'Z':
			if lower >= 4 && i+1 < len(w) && 'a' <= w[i+1] && w[i+1] <= 'z' {
				return i
			}
			lower = 0
		default:
			lower = 0
		}
	}
	return 0
}

// gluedLabel reports a glued tail that opens with a control's or a title's word or a
// month's name ("View", "Business", "January"): a one-word name is cut there, where
// a handle's own capitals ("IndustrySelect", "BeauHD") are no join.
func gluedLabel(tail string) bool {
	end := 1
	for end < len(tail) && 'a' <= tail[end] && tail[end] <= 'z' {
		end++
	}
	var buf ascii.KeyBuf
	return nameStops[string(ascii.AppendToLower(buf[:0], tail[:end]))] != 0
}

// startsWithDigit reports whether the field after w in s opens with a digit, as a day
// after a month name does.
func startsWithDigit(s, w string) bool {
	i := strings.Index(s, w)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(s[i+len(w):], " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// dottedInitials reports a word of initials run together, each letter followed by a
// full stop but maybe the last, whose stop trimNameMarks took: "Z.B", "J.R.R".
func dottedInitials(w string) bool {
	n := 0
	for part := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		n++
	}
	return n >= 2
}

func isInitial(w string) bool {
	return utf8.RuneCountInString(w) <= 2 && strings.HasSuffix(w, ".")
}

// notAName reports a name-shaped part that is no author's name: an author label
// itself ("Written By") or a phrase with a possessive ("Jane Doe's avatar", an
// image's alt text).
func notAName(s string) bool {
	if label, _ := BylineLabel(s); label {
		return true
	}
	// Most names hold no apostrophe before an "s": their words are read no further.
	if !strings.Contains(s, "'s") && !strings.Contains(s, "’s") {
		return false
	}
	for w, rest := ascii.NextField(s); w != ""; w, rest = ascii.NextField(rest) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
	}
	return false
}

// LooksLikeBylineStart is the cheap test for "By ..." before names are read.
func LooksLikeBylineStart(s string) bool {
	s = gridCell(s)
	for _, o := range bylineOpenersFor(s) {
		if ascii.HasPrefixFold(s, o) {
			return true
		}
	}
	return false
}

// jobTitleWords are the words of jobWords that name a position by themselves (not the
// prepositions and desks that also end a byline's names).
var jobTitleWords = func() map[string]bool {
	m := map[string]bool{"ceo": true, "author": true, "journalist": true}
	for w, ok := range jobWords {
		switch w {
		case "for", "in", "at", "the", "on", "and", "published", "updated", "posted", "political",
			"news", "business", "sports", "science", "health", "tech", "technology", "opinion",
			"special", "associated", "press", "marketing", "certified", "expert":
			continue
		}
		if ok {
			m[w] = true
		}
	}
	return m
}()

// The byline reader shares two of the figures engine's word lists: the pronouns that
// are never a source, and the names of days.
var pronouns = figures.Pronouns()

// IsJobWord reports a lower-case word that ends the name part of a byline: a job
// title's ("editor", "correspondent"), a desk's, or a word that leads to them ("for",
// "at").
func IsJobWord(low string) bool { return jobWords[low] }

// IsUIWord reports a lower-case word of a page control's label printed in title case
// beside a byline ("share", "previous", "view"): no author's name is made of them.
func IsUIWord(low string) bool { return uiWords[low] }

// AfterSeparatedOpener returns s from a byline opener that follows one of the
// separators of a line of page metadata after some field ("Guide · by Jane Doe";
// not a bullet's "• By Region"), or "".
func AfterSeparatedOpener(s string) string {
	if !holdsAnyByte(s, metaSeparatorMarks) {
		return "" // most lines
	}
	for _, sep := range metaSeparators {
		for rest := s; ; {
			i := strings.Index(rest, sep)
			if i < 0 {
				break
			}
			field := strings.TrimSpace(rest[:i])
			rest = strings.TrimLeft(rest[i+len(sep):], " ")
			if field == "" {
				continue
			}
			if LooksLikeBylineStart(rest) {
				return rest
			}
		}
	}
	return ""
}

// metaSeparators part the fields of a line of page metadata.
var metaSeparators = []string{"·", "|", "•", "●", " — ", " – "}

// metaSeparatorMarks holds the first byte of each of metaSeparators past its spaces:
// a line with none of them holds no separator. Built once, never written afterwards.
var metaSeparatorMarks = func() string {
	var marks []byte
	for _, sep := range metaSeparators {
		if c := strings.TrimLeft(sep, " ")[0]; bytes.IndexByte(marks, c) < 0 {
			marks = append(marks, c)
		}
	}
	return string(marks)
}()

// holdsAnyByte reports any byte of marks in s, byte by byte: a mark may be the
// first byte of a character.
func holdsAnyByte(s, marks string) bool {
	for i := 0; i < len(marks); i++ {
		if strings.IndexByte(s, marks[i]) >= 0 {
			return true
		}
	}
	return false
}

// NameThenDate reports a line that opens with the name and goes on with a date, as a
// byline beside its timestamp does: "Jane Doe 27/09/2018 2 comments", "Jane Doe -
// Nov 19, 2019, 10:31 pm", "Jane Doe 19 November 2019".
func NameThenDate(s, name string) bool {
	rest, ok := strings.CutPrefix(s, name)
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " -–—|·•,")
	if OpensWithNumericDate(rest) {
		return true
	}
	month, after, _ := strings.Cut(rest, " ")
	_, isMonth := monthNames[strings.ToLower(strings.TrimSuffix(month, "."))]
	if isMonth && after != "" && after[0] >= '0' && after[0] <= '9' {
		return true
	}
	// "Jane Doe 25 March 2025": the day before the month.
	if !startsDigit(month) || len(month) > 2 {
		return false
	}
	month, _, _ = strings.Cut(after, " ")
	_, isMonth = monthNames[strings.ToLower(strings.Trim(month, ".,"))]
	return isMonth
}

// IsBylineShaped accepts a bare-names line only when it is mostly names: "Jane Doe and
// John Roe", "Jane Doe, Political Editor". A line that ends in a path separator is a
// section trail ("NATIONAL NEWS /", "Home / Business /"), never a byline.
func IsBylineShaped(s string) bool {
	if credit.LowerWordsOver(s, 2) {
		return false // running text: "Jane Doe aboard her boat in Falmouth"
	}
	if t := strings.TrimSpace(s); strings.HasSuffix(t, "/") || strings.HasSuffix(t, ">") {
		return false
	}
	// A line of four words or fewer is shaped so whatever joins them; the word count
	// is asked first, as it costs less than looking for " and " in every case.
	return ascii.WordCount(s) <= 4 || strings.Contains(s, ",") || strings.Contains(s, "&") || ascii.ContainsLower(s, " and ")
}

// IsJobTitleLine reports a short line naming a position, as an author box prints it
// under the name: "Staff Writer", "Senior Editor, Tech", "Founder & CEO".
func IsJobTitleLine(s string, f Form) bool {
	if f.Prose || f.Sentence || f.Words == 0 || f.Words > 8 || credit.LowerWordsOver(s, 2) {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		var buf ascii.KeyBuf
		if jobTitleWords[string(ascii.AppendToLower(buf[:0], strings.Trim(w, ".,;:()&")))] {
			return true
		}
	}
	return false
}

// ContainsWord reports w in s as a whole word, in the case given.
func ContainsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (i == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		from = end
	}
}

// RunsIntoTitle reports a bare line whose name-shaped words run straight into a job
// title, with no comma or dash between them: "Junior Content Writer", "Executive
// Digital Editor" under a byline are its author's position, where a co-author prints
// "John Roe" or "John Roe, Staff Writer".
func RunsIntoTitle(s string, names []string) bool {
	if len(names) != 1 {
		return false
	}
	rest, ok := strings.CutPrefix(s, names[0])
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	var buf ascii.KeyBuf
	return jobTitleWords[string(ascii.AppendToLower(buf[:0], strings.Trim(w, ".,;:")))] && !strings.HasPrefix(rest, ",")
}

// WholeNames reports a line that is its names and nothing else ("Jane Doe", "Jane Doe
// and John Roe"): a bare line naming somebody, not a heading that mentions them.
func WholeNames(s string, names []string) bool {
	rest := s
	for _, n := range names {
		i := strings.Index(rest, n)
		if i < 0 {
			return false
		}
		if strings.Trim(rest[:i], " ,&") != "" && !strings.EqualFold(strings.Trim(rest[:i], " ,"), "and") {
			return false
		}
		rest = rest[i+len(n):]
	}
	return strings.Trim(rest, " .,") == ""
}

// OpensWithPerson reports a sentence about the named person: it opens with the full
// name or its first word and goes on in lower case ("Jane Doe is ...", "Jane covers
// ..."), not with the name's own words lowered, as a paragraph under a heading that
// repeats it does ("Partial Indexes" / "Partial indexes cover ...").
func OpensWithPerson(s, name string) bool {
	if ascii.WordCount(s) < 5 {
		return false
	}
	firstWord, second, _ := strings.Cut(name, " ")
	second, _, _ = strings.Cut(second, " ")
	for _, n := range []string{name, firstWord} {
		rest, ok := strings.CutPrefix(s, n+" ")
		if !ok {
			continue
		}
		w, _, _ := strings.Cut(rest, " ")
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !strings.EqualFold(w, second) {
			return true
		}
	}
	return false
}

// OpensWithName reports text that opens with one of the names and goes on in lower
// case: a sentence about that person.
func OpensWithName(s string, names []string) bool {
	for _, n := range names {
		rest, ok := strings.CutPrefix(s, n+" ")
		if !ok {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
