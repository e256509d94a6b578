package credit

// Credits printed inside a caption, at its end or, as a copyright notice, before it.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// maxCreditTail is the longest credit SplitCaption looks for, in bytes.
const maxCreditTail = 160

// Rule names the rule by which SplitCaptionRule found the credit at the end of a
// caption.
type Rule uint8

// SplitCaptionRule's rules, in the order they are tried.
const (
	NoCredit      Rule = iota // no credit found: the caption is the whole line
	ByLabel                   // a labelled credit: "... Photograph: Jane Doe/Reuters"
	InBrackets                // a closing bracketed credit: "... (AP Photo/Evan Vucci)"
	StrayBracket              // one whose "(Photo:" the scrape cut: "... the plague GETTY)"
	AfterSentence             // a credit after the last sentence: "... 2019. REUTERS/Jane Doe"
	ClosingAgency             // a wire agency in capitals closing it: "... Tim Weeks AP"
)

// String returns the rule's name, as tests and diagnostics print it.
func (r Rule) String() string {
	switch r {
	case ByLabel:
		return "label"
	case InBrackets:
		return "brackets"
	case StrayBracket:
		return "stray bracket"
	case AfterSentence:
		return "after sentence"
	case ClosingAgency:
		return "closing agency"
	}
	return "none"
}

// SplitCaption separates a credit printed at the end of a caption: "... on
// Tuesday. (AP Photo/Evan Vucci)", "...the square.Credit...Jane Doe/The Times",
// "... Photograph: Jane Doe/Reuters". It returns the caption unchanged and "" when
// there is none.
func SplitCaption(s string) (caption, credit string) {
	caption, credit, _ = SplitCaptionRule(s)
	return caption, credit
}

// SplitCaptionRule is SplitCaption that also says which of its rules found the
// credit: the first of them, in the order of Rule's values, that finds one.
func SplitCaptionRule(s string) (caption, credit string, rule Rule) {
	caption, credit, rule = splitCaptionRule(s)
	if rule != NoCredit {
		caption = trimSeparator(caption)
	}
	return caption, credit, rule
}

// trimSeparator drops the sign that stood between a caption and its credit: "The
// ridge at dawn. – Photo: Jane Doe" and "The ridge at dawn. | Photo by Jane Doe"
// leave "The ridge at dawn." No caption ends with a dash or a bar standing alone.
func trimSeparator(caption string) string {
	for {
		i := strings.LastIndexByte(caption, ' ')
		if i < 0 || !captionSeparators[caption[i+1:]] {
			return caption
		}
		caption = strings.TrimSpace(caption[:i])
	}
}

// captionSeparators are the signs set between a caption and its credit.
var captionSeparators = map[string]bool{"-": true, "–": true, "—": true, "|": true, "/": true, "·": true, "•": true}

// splitCaptionRule is SplitCaptionRule before the separator is trimmed.
func splitCaptionRule(s string) (caption, credit string, rule Rule) {
	// Credits are short and come last: only the tail is searched, which keeps this
	// linear in the page whatever the paragraph lengths.
	tailStart := 0
	if len(s) > maxCreditTail {
		tailStart = len(s) - maxCreditTail
		for tailStart < len(s) && !utf8.RuneStart(s[tailStart]) {
			tailStart++
		}
	}
	if caption, credit, ok := labelledCredit(s, tailStart); ok {
		return caption, credit, ByLabel
	}
	if caption, credit, ok := bracketedCredit(s); ok {
		return caption, credit, InBrackets
	}
	if caption, credit, ok := strayBracketCredit(s, tailStart); ok {
		return caption, credit, StrayBracket
	}
	if caption, credit, ok := creditAfterLastSentence(s, tailStart); ok {
		return caption, credit, AfterSentence
	}
	if caption, credit, ok := closingAgency(s); ok {
		return caption, credit, ClosingAgency
	}
	return s, "", NoCredit
}

// labelledCredit splits off a labelled credit anywhere after the caption's start,
// in s[tailStart:]: "... Photograph: Jane Doe/Reuters", "...Credit...Jane Doe". The
// longest label wins ("(Image credit:" leaves no "(Image" on the caption), and a
// label the whole line opens with is a credit with no caption before it.
func labelledCredit(s string, tailStart int) (caption, credit string, ok bool) {
	// Every label holds a colon, "..." or "photo by": most captions hold none and
	// skip the search, and the lower-cased copy it needs. ("photo by" has no letter
	// that a non-ASCII letter lower-cases to, so an ASCII search finds it as in the
	// copy.)
	tail := s[tailStart:]
	colon, dots, photoBy := strings.IndexByte(tail, ':') >= 0, strings.Contains(tail, "..."), ascii.IndexFold(tail, "photo by") >= 0
	if !colon && !dots && !photoBy {
		return "", "", false
	}
	// Labels are ASCII, so only ASCII letters are lowered: the copy keeps the
	// caption's byte offsets, where a full Unicode lowering ("İ" to "i̇") would shift
	// them and cut a character in two.
	var buf [maxCreditTail]byte
	low := ascii.AppendLowerASCII(buf[:0], tail)
	opening := 0 // the label a whole-line credit opens with: no caption before it
	for _, l := range captionCreditLabels {
		// A label can only be found beside the mark it holds.
		if !(l.colon && colon || l.dots && dots || l.photoBy && photoBy) {
			continue
		}
		i := lastIndexBytes(low, l.text)
		if i < 0 {
			continue
		}
		// "FILE PHOTO: ..." opens a wire caption: its "photo:" is no credit label.
		if i == len("file ") && tailStart == 0 && string(low[:i]) == "file " {
			continue
		}
		// A bracket opening the label belongs to the credit: "(Credit: Jane Doe)",
		// "[Photo: Acme]" leave no "(" on the caption.
		end := i + len(l.text)
		if i > 0 && (low[i-1] == '(' || low[i-1] == '[') {
			i--
		} else if j := openBracketBefore(low, i); j >= 0 {
			i = j
		}
		if i == 0 && tailStart == 0 {
			opening = max(opening, end)
			continue
		}
		if i >= opening && (i > 0 || tailStart > 0) {
			i += tailStart
			c := strings.TrimSpace(s[i:])
			if utf8.RuneCountInString(c) <= 120 {
				return strings.TrimSpace(s[:i]), c, true
			}
		}
	}
	return "", "", false
}

// openBracketBefore returns where a bracket left open opens the label found at i,
// with a word or two of the label before it: "(Picture credit: Getty)", "[Main
// image credit: Acme]" leave no "(Picture" on the caption. It returns -1 when no
// such bracket stands there.
func openBracketBefore(low []byte, i int) int {
	j := bytes.LastIndexAny(low[:i], "([")
	if j < 0 {
		return -1
	}
	between := low[j+1 : i]
	if bytes.ContainsAny(between, ")].!?") || fieldCount(between) > maxLabelWords {
		return -1
	}
	return j
}

// fieldCount counts the fields bytes.Fields would return, without the slice of them,
// which would move the caller's lower-cased copy of the caption to the heap.
func fieldCount(b []byte) int {
	n, inField := 0, false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		space := unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
		b = b[size:]
	}
	return n
}

// maxLabelWords bounds the words a credit label holds before the one found
// ("Main image credit:").
const maxLabelWords = 2

// bracketedCredit splits off a closing credit in round or square brackets: "(AP
// Photo/Evan Vucci)", "(Jane Doe / AFP)", "[Acme via Example Agency]".
func bracketedCredit(s string) (caption, credit string, ok bool) {
	var open byte
	switch {
	case strings.HasSuffix(s, ")"):
		open = '('
	case strings.HasSuffix(s, "]"):
		open = '['
	default:
		return "", "", false
	}
	if i := strings.LastIndexByte(s, open); i > 0 && len(s)-i <= maxCreditTail {
		if c := s[i:]; Evidence(c) >= 2 {
			return strings.TrimSpace(s[:i]), c, true
		}
	}
	return "", "", false
}

// strayBracketCredit splits off a parenthesised credit whose opening "(Photo:" the
// scrape cut off: "... the plague GETTY)", when s[tailStart:] opens no bracket.
func strayBracketCredit(s string, tailStart int) (caption, credit string, ok bool) {
	if !strings.HasSuffix(s, ")") || strings.Contains(s[tailStart:], "(") {
		return "", "", false
	}
	if c, ok := strayCreditTail(s); ok {
		return strings.TrimSpace(s[:len(s)-len(c)]), c, true
	}
	return "", "", false
}

// closingAgency splits off a wire agency in capitals closing a caption of four
// words or more: "... his colleague Tim Weeks AP". Not after a comma: "Allentown,
// PA" names a state.
func closingAgency(s string) (caption, credit string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return "", "", false
	}
	last := s[i+1:]
	if ascii.IsUpperCased(last) && IsAgency(last) && !strings.HasSuffix(s[:i], ",") && ascii.WordCount(s) >= 4 {
		return strings.TrimSpace(s[:i]), last, true
	}
	return "", "", false
}

// creditAfterLastSentence splits off a trailing "AGENCY/Name" token run or a lone
// agency after the last sentence of s[from:], with or without a space: "... 2019.
// REUTERS/Jane Doe", "... movement.’ AFP via Getty", "... isn't easy.Jane Doe/Getty".
// A caption before it is where credits stand, so a slash credit naming no known
// agency ("... a run. Acme/Jane Doe") needs no more evidence; a list number ("21.
// Wire/Cable Lugs", "3.1. Request/Response") is no caption.
func creditAfterLastSentence(s string, from int) (caption, credit string, ok bool) {
	i := lastSentenceEnd(s[from:])
	if i <= 0 {
		return "", "", false
	}
	i += from
	if strings.Trim(s[:i], "0123456789. ") == "" {
		return "", "", false
	}
	tail := strings.TrimSpace(s[i:])
	slashed := strings.Contains(tail, "/")
	// Its place after a caption is the evidence a slash credit lacks (1 of 2).
	need := 2
	if slashed {
		need = 1
	}
	if (slashed || ascii.IndexFold(tail, " via ") > 0 || IsAgency(tail)) && Evidence(tail) >= need {
		return strings.TrimSpace(s[:i]), tail, true
	}
	return "", "", false
}

// lastIndexBytes is strings.LastIndex for a byte slice and a string, jumping between
// the occurrences of sub's last byte (the colon most labels end with).
func lastIndexBytes(b []byte, sub string) int {
	n := len(sub)
	last := sub[n-1]
	for end := len(b); ; {
		j := bytes.LastIndexByte(b[:end], last)
		if j < 0 {
			return -1
		}
		if j+1 >= n && string(b[j+1-n:j+1]) == sub {
			return j + 1 - n
		}
		end = j
	}
}

// captionCreditLabels introduce a credit inside a caption, searched in this order
// (a longer label before the shorter one it holds, so "Image credit:" leaves no
// "Image" on the caption). Each holds a colon, "..." or "photo by". Any of them may
// stand in brackets ("(Photo: ...)"); "pictured:" and "file:" are labels only there.
var captionCreditLabels = func() []creditMark {
	var out []creditMark
	for _, l := range []string{"image credit:", "photo credit:", "image source:", "credit:", "credit...", "photograph:", "photo:", "photo :", "picture:", "image:", "source:", "source :", "photo by ", "(pictured:", "[file:", "(file:"} {
		out = append(out, creditMark{text: l, colon: strings.Contains(l, ":"), dots: strings.Contains(l, "..."), photoBy: strings.Contains(l, "photo by")})
	}
	return out
}()

type creditMark struct {
	text                 string
	colon, dots, photoBy bool
}

// lastSentenceEnd returns the byte offset just after the last sentence stop (with any
// closing quotes) that is followed by a space or a capital letter, or -1.
func lastSentenceEnd(s string) int {
	for i := len(s) - 1; i > 0; i-- {
		switch s[i] {
		case '.', '!', '?':
		default:
			continue
		}
		j := i + 1
		for _, q := range []string{"’", "”", "\"", "'"} {
			if strings.HasPrefix(s[j:], q) {
				j += len(q)
				break
			}
		}
		if j >= len(s) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); r == ' ' || unicode.IsUpper(r) {
			return j
		}
	}
	return -1
}

// strayCreditTail finds the credit at the end of s, which ends with a ")" whose "("
// is lost: the longest run of last words, each capitalised, that reads as a credit.
func strayCreditTail(s string) (string, bool) {
	// A credit that opens with "©", "Copyright" or "Courtesy of" may go on in lower
	// case ("Courtesy of the family)"): the opener marks where it starts.
	if i := creditOpenerAt(s); i > 0 {
		return s[i:], true
	}
	best, ok := "", false
	end := len(s)
	for k := 0; k < maxStrayCreditWords; k++ {
		i := strings.LastIndexByte(s[:end], ' ')
		if i < 0 {
			break
		}
		word := s[i+1 : end]
		end = i
		if creditJoiners[word] {
			// "Valery Sharifulin / TASS)", "AFP via Getty Images)": a separator
			// joins the names and starts no credit itself.
			k--
			continue
		}
		if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) && !IsAgency(word) {
			break // lower case ends the names, but for an agency that writes itself so ("dpa")
		}
		if tail := s[i+1:]; Evidence(tail) >= 2 {
			best, ok = tail, true
		}
	}
	return best, ok
}

// creditOpenerAt returns where the last credit opener printed with a capital ("©
// Jane Doe)", "Courtesy of the family)") starts in the tail of s, when what it opens
// reads as a credit, or -1.
func creditOpenerAt(s string) int {
	start := max(len(s)-maxCreditTail, 1)
	best := -1
	for i := len(s) - 1; i >= start; i-- {
		if s[i-1] != ' ' || !(s[i] >= 'A' && s[i] <= 'Z' || strings.HasPrefix(s[i:], "©")) {
			continue
		}
		for _, o := range creditOpeners {
			if ascii.HasPrefixFold(s[i:], o) && Evidence(s[i:]) >= 2 {
				best = i
			}
		}
	}
	return best
}

// creditJoiners are the words and signs that stand between the names of a credit.
var creditJoiners = map[string]bool{"/": true, "|": true, "via": true, "for": true, "and": true, "&": true, "-": true, "–": true}

// maxStrayCreditWords bounds a credit read back from a stray ")": "Jane Doe/AFP/Getty
// Images)" is the longest form seen.
const maxStrayCreditWords = 5

// SplitLeading separates a copyright notice printed before a caption: "© Jane
// Doe Crowds gather in the square." The name ends at the last capitalised word before
// the caption's first lower-case word, so a two-word caption opening stays whole only
// when the name has at least two words.
func SplitLeading(s string) (caption, credit string) {
	rest, ok := strings.CutPrefix(s, "©")
	if !ok {
		return s, ""
	}
	words := strings.Fields(rest)
	caps := 0
	for caps < len(words) {
		r, _ := utf8.DecodeRuneInString(words[caps])
		if !unicode.IsUpper(r) {
			break
		}
		caps++
	}
	// caps capitalised words open the text; the last of them starts the caption.
	if caps < 3 || caps == len(words) {
		return s, ""
	}
	name := strings.Join(words[:caps-1], " ")
	return strings.Join(words[caps-1:], " "), "© " + name
}

// captionLabels open a caption on sites that print the word ("Image caption The ...").
// They are removed from the caption text.
var captionLabels = []string{"image caption", "media caption", "caption:", "photo caption", "bildunterschrift:", "legenda:"}

// HasCaptionLabel reports a line that opens with a caption label ("Image caption").
func HasCaptionLabel(s string) bool {
	for _, l := range captionLabels {
		if ascii.HasPrefixFold(s, l) {
			return true
		}
	}
	return false
}

// StripCaptionLabel removes a leading "Image caption"-style label.
func StripCaptionLabel(s string) string {
	for _, l := range captionLabels {
		if ascii.HasPrefixFold(s, l) {
			return strings.TrimSpace(s[len(l):])
		}
	}
	return s
}

// TrailingName splits a caption whose last sentence is followed by a person's name
// of two or three words and nothing else.
func TrailingName(s string) (caption, name string, ok bool) {
	i := lastSentenceEnd(s)
	if i <= 0 {
		return "", "", false
	}
	caption, name = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
	if w := ascii.WordCount(name); w < 2 || w > 3 || ascii.WordCount(caption) < 3 || ascii.EndsSentence(name) || !looksLikePersonName(name) {
		return "", "", false
	}
	return caption, name, true
}

// TrailingCredit is TrailingName, or else a name of one to maxTrailingBrandWords
// capitalised words after the last sentence that the caption itself names before:
// the maker or the company pictured, who supplied the picture ("GoPro Hero12 Black
// with a bike mount. GoPro", "Northwind uses bacteria to make bricks. Northwind").
func TrailingCredit(s string) (caption, name string, ok bool) {
	if caption, name, ok = TrailingName(s); ok {
		return caption, name, true
	}
	i := lastSentenceEnd(s)
	if i <= 0 {
		return "", "", false
	}
	caption, name = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
	if w := ascii.WordCount(name); w < 1 || w > maxTrailingBrandWords || ascii.WordCount(caption) < 3 || ascii.EndsSentence(name) ||
		!capitalisedWords(name) || !ContainsWords(caption, name) {
		return "", "", false
	}
	return caption, name, true
}

// maxTrailingBrandWords bounds the name TrailingCredit reads off a caption's end.
const maxTrailingBrandWords = 4

// capitalisedWords reports text whose every word opens with a capital or a digit.
func capitalisedWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// ContainsWords reports sub inside s as whole words, ignoring ASCII case: no letter
// joins it on either side ("Northwind's" holds "Northwind", "Northwinds" does not).
func ContainsWords(s, sub string) bool {
	for off := 0; off < len(s); {
		j := ascii.IndexFold(s[off:], sub)
		if j < 0 {
			return false
		}
		j += off
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(sub):])
		if (j == 0 || !unicode.IsLetter(before)) && (j+len(sub) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		off = j + 1
	}
	return false
}
