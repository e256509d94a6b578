package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/textdump"
)

// ListNumber returns the number of a line that opens with a list number ("12. ").
func ListNumber(s string) (int, bool) {
	if textdump.NumberedPrefix(s) == 0 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = 10*n + int(s[i]-'0')
	}
	return n, true
}

// OpensWithImageMark reports a line that opens with a picture's mark as a converter
// prints it: Markdown's "![alt](url)", or the bracketed alt text pandoc prints
// ("[Site logo] Site", "[Author photo]Written by ..."), with no more than a site's
// name or a byline after it. A picture's description is never the headline, nor is
// what follows it on its line. A bracketed tag of one word ("[Updated]") or of
// capitals and digits ("[12]", "[VIDEO]") is no picture, and a section's tag before
// a longer title ("[Festival guide] The ... ") is the headline's own.
func OpensWithImageMark(s string) bool {
	if strings.HasPrefix(s, "![") {
		return true
	}
	if !strings.HasPrefix(s, "[") {
		return false
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return false
	}
	inner, rest := strings.TrimSpace(s[1:end]), strings.TrimSpace(s[end+1:])
	if !strings.Contains(inner, " ") || strings.ToUpper(inner) == inner {
		return false
	}
	return ascii.WordCount(rest) < ascii.WordCount(inner) || LooksLikeBylineStart(rest)
}

// HasClockTime reports a time of day ("12:01", "9.30 pm") in s.
func HasClockTime(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == ':' || s[i] == '.') && ascii.DigitAt(s, i-1) && ascii.DigitAt(s, i+1) && ascii.DigitAt(s, i+2) && !ascii.DigitAt(s, i+3) {
			return true
		}
	}
	return false
}

// HasControlMark reports the marks a text browser prints for a page's controls and
// head links: a button ("(BUTTON)"), a text field ("____"), a check box ("[ ]"), an
// embedded frame ("IFRAME:"), a Form field's label with its required mark ("Email
// address *"), or a line of head links opening with a bare "#" ("#Site » Feed").
// Such a line is the page's interface, never its headline.
func HasControlMark(s string) bool {
	if len(s) > 1 && s[0] == '#' && s[1] != ' ' && s[1] != '#' || strings.HasSuffix(s, " *") {
		return true
	}
	for _, m := range controlMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// AnnouncesList reports a line that ends with a colon: it introduces what follows
// ("Create an account and benefit from:", "In this article:"), as a headline never
// does.
func AnnouncesList(s string) bool {
	return strings.HasSuffix(strings.TrimSpace(s), ":")
}

// controlMarks are the placeholders text browsers print for a page's controls.
var controlMarks = []string{"(BUTTON)", "____", "[ ]", "IFRAME:"}

// IsNamesLine reports a line made of the names read off it, shaped as a byline:
// mostly names ("Jane Doe", "Jane Doe and John Roe"), or a name first and after it a
// separator, a figure or a date ("Jane Doe, Staff Writer", "Jane Doe 27/09/2018"). A
// title whose capitals yield a name or two ("Packing Tips Guide", "... According to
// Nutritionists") is more than its names.
func IsNamesLine(f Form, t string) bool {
	if len(f.Names) == 0 || !IsBylineShaped(t) || TitleColon(t, f.Names[0]) {
		return false
	}
	named := 0
	for _, n := range f.Names {
		named += ascii.WordCount(n)
	}
	if named*5 >= f.Words*3 {
		return true
	}
	rest, ok := strings.CutPrefix(t, f.Names[0])
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return rest == "" || strings.ContainsRune(",|-–—·/(", rune(rest[0])) || ascii.DigitAt(rest, 0)
}

// TitleColon reports a line whose opening words, the first name read off it among
// them, end at a colon ("Book Beat: Gothic Romance, Magical Realism", "Video
// Production 101: The Ultimate Guide"): a title's label before its second part. A
// byline's names run on to its separators and date, and a label before a byline's
// names ("Authors: Jane Doe") does not open with the name.
func TitleColon(t, name string) bool {
	k := strings.Index(t, ": ")
	if k < 0 {
		return false
	}
	word, _, _ := strings.Cut(name, " ")
	return strings.HasPrefix(t, word) && ascii.WordCount(t[:k]) <= ascii.WordCount(name)+1
}

// minParagraphSentenceWords is the length from which one sentence closed by a full
// stop is a paragraph's, not a headline's: of the 2,347 headlines in the truth of
// the dev sets (text dumps and WCXB pages), three are as long and close so.
const minParagraphSentenceWords = 20

// ParagraphSentence reports a line that is one long sentence of running text closed
// by a full stop. A dump that opens with one has no headline line (what an
// extractor's text output and a page's article region give): it is the first
// paragraph.
func ParagraphSentence(f Form, t string) bool {
	return f.Prose && f.Words >= minParagraphSentenceWords && EndsWithStop(t)
}

// SeveralSentences reports a paragraph of two sentences or more: a notice ("We
// independently evaluate ... If you click ..., we may receive compensation.") or the
// text itself, never a headline, which is one sentence at most.
func SeveralSentences(f Form, t string) bool {
	if !f.Prose || !f.Sentence {
		return false
	}
	if !EndsWithStop(t) {
		return false // a question or an exclamation may be a headline's second sentence
	}
	body := strings.TrimRight(t, " .\"'”’")
	for k := strings.Index(body, ". "); k >= 0; {
		// A full stop after a lower-case word of three letters or more ends a
		// sentence; "vs. " and "Dr. " do not.
		w := k
		for w > 0 && body[w-1] >= 'a' && body[w-1] <= 'z' {
			w--
		}
		if k-w >= 3 && k+2 < len(body) && body[k+2] >= 'A' && body[k+2] <= 'Z' {
			return true
		}
		next := strings.Index(body[k+2:], ". ")
		if next < 0 {
			break
		}
		k += 2 + next
	}
	return false
}

// CreditsReviewer reports a line that opens with a reviewer's or fact-checker's label
// and names a person after it ("Reviewed by Jane Doe", "Fact checked by Jane Doe,
// CPA"): it credits who checked the article and never titles it, however title-like
// its capitals. The label alone does not decide: what follows it, up to a comma or
// an "and", must read as a name of two to five words, so that a title opening with
// the same words ("Reviewed By Critics: The Year's Films") stays a title.
func CreditsReviewer(s string) bool {
	if s == "" || len(s) > maxLabelBytes+maxCreditedName {
		return false
	}
	// An ASCII letter folds only with ASCII, but for "k" and "s", which open no
	// label: a line opening with ASCII is compared with the labels filed under its
	// byte alone.
	labels := reviewerLabels
	if c := s[0]; c < utf8.RuneSelf {
		labels = reviewersByFirst[ascii.Lower(c)]
	}
	for _, l := range labels {
		if len(s) > len(l) && strings.EqualFold(s[:len(l)], l) {
			return creditedName(strings.TrimLeft(s[len(l):], " :"))
		}
	}
	return false
}

// creditedName reports the words after a credit's label as the name of a person:
// the first name (up to a comma or an "and") two to five capitalised words with no
// colon or bar, which a title's next clause would hold.
func creditedName(rest string) bool {
	name, _, _ := strings.Cut(rest, ",")
	if i := strings.Index(name, " and "); i >= 0 {
		name = name[:i]
	}
	r, _ := utf8.DecodeRuneInString(name)
	words := len(strings.Fields(name))
	return unicode.IsUpper(r) && words >= 2 && words <= 5 && !strings.ContainsAny(name, ":|") && ReadsAsName(name)
}

// maxCreditedName bounds the names after a reviewer's label that CreditsReviewer reads.
const maxCreditedName = 120

// TitledQuestion reports a line read as prose only for its closing mark that is
// shaped as a title: one question or exclamation of at most MaxTitledQuestionWords
// words ("Which Is Right for Your Business?", "Podcast Equipment Guide: ... for
// $90!"), capitalised as a headline is, or a label and a colon before a clause that
// opens with a capital ("Certificate vs. certification: Which one do you need?"). Twelve
// words and a full stop make a sentence of running text; a question or an
// exclamation of that length is as often a page's headline. A full stop inside the
// line ends a sentence of text and keeps it prose.
func TitledQuestion(f Form, t string) bool {
	if !f.Prose || f.Words > MaxTitledQuestionWords {
		return false
	}
	end := strings.TrimRight(t, " \"'”’)")
	if end == "" || end[len(end)-1] != '?' && end[len(end)-1] != '!' {
		return false
	}
	if innerStop(end) {
		return false
	}
	if isTitleCase(t) {
		return true
	}
	k := strings.Index(t, ": ")
	if k < 0 || ascii.WordCount(t[:k]) > MaxTitledQuestionWords/2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[k+2:])
	return unicode.IsUpper(r)
}

// MaxTitledQuestionWords is the most words of a question read as a title.
const MaxTitledQuestionWords = 20

// innerStop reports a full stop that ends a sentence inside s: after a lower-case
// word of three letters or more and before a capital ("... in 2025. The ..."), which
// "vs. " and "Dr. " are not.
func innerStop(s string) bool {
	for k := strings.Index(s, ". "); k >= 0; {
		w := k
		for w > 0 && s[w-1] >= 'a' && s[w-1] <= 'z' {
			w--
		}
		if k-w >= 3 && k+2 < len(s) && s[k+2] >= 'A' && s[k+2] <= 'Z' {
			return true
		}
		next := strings.Index(s[k+2:], ". ")
		if next < 0 {
			return false
		}
		k += 2 + next
	}
	return false
}

// IsTitleCase reports headline-style capitalisation (see Form.TitleCase) on a line
// whose form did not read it: a Form reads it on lines that are no prose only.
func IsTitleCase(s string) bool { return isTitleCase(s) }

// MonthDay reports a line that is a day of the year and nothing else: a month's name
// and a day's number in either order, a weekday's name before them allowed ("May 28",
// "28 May", "Tuesday, June 3rd"). Blogs and event pages print a post's date so, with
// no year, and the date reader wants a year beside a month's name; such a line is
// still no title.
func MonthDay(s string) bool {
	if len(s) > maxMonthDayLen || !strings.ContainsAny(s, "0123456789") {
		return false // no day's number, or more than a weekday, a month and a day
	}
	var words [4]string
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == ',' || s[i] == '\t') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '\t' {
			j++
		}
		if j > i {
			if n == len(words) {
				return false
			}
			words[n] = s[i:j]
			n++
		}
		i = j
	}
	w := words[:n]
	if n > 2 {
		if _, ok := weekdayNames[strings.ToLower(strings.TrimSuffix(w[0], "."))]; ok {
			w = w[1:]
		}
	}
	if len(w) != 2 {
		return false
	}
	m, d := w[0], w[1]
	if dayNumber(m) {
		m, d = d, m
	}
	if !dayNumber(d) {
		return false
	}
	_, month := monthNames[strings.ToLower(strings.TrimSuffix(m, "."))]
	return month
}

// maxMonthDayLen bounds the bytes of a line MonthDay reads: "Wednesday, September 30th".
const maxMonthDayLen = 32

// weekdayNames are the English weekdays' names and their common abbreviations.
var weekdayNames = map[string]struct{}{
	"monday": {}, "tuesday": {}, "wednesday": {}, "thursday": {}, "friday": {}, "saturday": {}, "sunday": {},
	"mon": {}, "tue": {}, "tues": {}, "wed": {}, "thu": {}, "thurs": {}, "fri": {}, "sat": {}, "sun": {},
}

// dayNumber reports a day of a month, 1 to 31, its ordinal's suffix allowed ("3rd").
func dayNumber(w string) bool {
	n, i := 0, 0
	for ; i < len(w) && i < 2 && w[i] >= '0' && w[i] <= '9'; i++ {
		n = 10*n + int(w[i]-'0')
	}
	if i == 0 || n < 1 || n > 31 {
		return false
	}
	switch strings.ToLower(w[i:]) {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}
