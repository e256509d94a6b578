package credit

// Credits printed inside a caption, at its end or, as a copyright notice, before it.

import (
	"bytes"
	"slices"
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
	// Where the colons stand, found once for all the labels closed by one.
	var colonBuf [16]int
	colons := colonBuf[:0]
	if colon {
		for off := 0; ; {
			j := bytes.IndexByte(low[off:], ':')
			if j < 0 {
				break
			}
			colons = append(colons, off+j)
			off += j + 1
		}
	}
	opening := 0 // the label a whole-line credit opens with: no caption before it
	for _, l := range captionCreditLabels {
		// A label can only be found beside the mark it holds.
		if !(l.colon && colon || l.dots && dots || l.photoBy && photoBy) {
			continue
		}
		i, end := findLabel(tail, low, colons, l.text, tailStart == 0)
		if i < 0 {
			continue
		}
		// "FILE PHOTO: ..." opens a wire caption: its "photo:" is no credit label.
		if i == len("file ") && tailStart == 0 && string(low[:i]) == "file " {
			continue
		}
		if i == 0 && tailStart == 0 {
			opening = max(opening, end)
			continue
		}
		if i >= opening && (i > 0 || tailStart > 0) {
			i += tailStart
			c := dropToggle(strings.TrimSpace(s[i:]))
			if utf8.RuneCountInString(c) <= 120 {
				return strings.TrimSpace(s[:i]), c, true
			}
		}
	}
	return "", "", false
}

// dropToggle cuts a lone lower-case word after a bracketed credit's closing bracket:
// the label of the control that shows or hides a long caption ("(AP Photo/Jane Doe)
// less", "[Credit: Acme] more"), which scrapes keep after the caption it toggles. A
// capitalised word there may be the credit's agency ("(Photo: Jane Doe)
// Shutterstock") and stays.
func dropToggle(c string) string {
	if c == "" || c[0] != '(' && c[0] != '[' {
		return c
	}
	closing := ")"
	if c[0] == '[' {
		closing = "]"
	}
	end := strings.Index(c, closing)
	if end < 0 {
		return c
	}
	rest := strings.TrimLeft(c[end+1:], " ")
	if rest == "" || len(rest) == len(c)-end-1 || !lowerWord(rest) {
		return c
	}
	return c[:end+1]
}

// lowerWord reports s made of lower-case ASCII letters alone.
func lowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// findLabel returns where the last occurrence of label in low (tail lower-cased) that
// stands where a credit label does starts, with any bracket or label word before it
// taken in, and where the label ends; or -1. A label ending in a colon is found with
// a space before its colon too ("Photo : AFP", as French typography sets it), beside
// one of colons, the offsets of low's colons in order. whole says tail is the whole
// line, so its start is the line's.
func findLabel(tail string, low []byte, colons []int, label string, whole bool) (start, end int) {
	if word, colon := strings.CutSuffix(label, ":"); colon {
		return findColonLabel(tail, low, colons, word, whole)
	}
	for to := len(low); ; {
		i := lastIndexBytes(low[:to], label)
		if i < 0 {
			return -1, -1
		}
		to = i + len(label) - 1
		if start, ok := labelStart(tail, low, i, whole); ok {
			return start, i + len(label)
		}
	}
}

// findColonLabel is findLabel for a label closed by a colon, given the label's word
// before the colon: it compares the word with what stands before each of colons, from
// the last back, rather than looking for the word's letters through the whole line.
// No label's word ends with a space, so a colon closes at most one occurrence of it,
// and the occurrences come in the order of their colons.
func findColonLabel(tail string, low []byte, colons []int, word string, whole bool) (start, end int) {
	for k := len(colons) - 1; k >= 0; k-- {
		c := colons[k]
		i := c - len(word) // "photo:"
		if i < 0 || string(low[i:c]) != word {
			// "photo :", as French typography sets it.
			if i--; i < 0 || low[c-1] != ' ' || string(low[i:c-1]) != word {
				continue
			}
		}
		if start, ok := labelStart(tail, low, i, whole); ok {
			return start, c + 1
		}
	}
	return -1, -1
}

// labelStart returns where the credit opened by the label found at i starts, and
// whether the label stands where one does: not inside a word ("resource:", but for a
// capitalised label glued to a caption: "treatmentCredit:"), and at the line's start,
// after a sentence, a separator or a bracket, or printed with a capital after an
// uncapitalised word, as a caption runs into its credit ("... at dawn Photo: Jane
// Doe"). A bracket or "©" before it belongs to the credit ("(Credit: Jane Doe)",
// "©Photo: Jane Doe"), and so does a label word before it standing so ("Data source:
// BLS"); after an ordinary word it is the caption's own ("The big picture:
// wildfires", "open source: the kernel").
func labelStart(tail string, low []byte, i int, whole bool) (int, bool) {
	if low[i] == '(' || low[i] == '[' {
		return i, true // the label holds its bracket
	}
	if r, _ := utf8.DecodeLastRuneInString(tail[:i]); i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		// Inside a word only where a scrape glued a capitalised label to a
		// caption's last word: "... sought treatmentCredit: EPA".
		return i, unicode.IsLower(r) && tail[i] >= 'A' && tail[i] <= 'Z'
	}
	if i > 0 && (low[i-1] == '(' || low[i-1] == '[') {
		return i - 1, true
	}
	if j := openBracketBefore(low, i); j >= 0 {
		return j, true
	}
	if before, ok := strings.CutSuffix(strings.TrimRight(tail[:i], " "), "©"); ok {
		return len(before), true // "©Photo: Jane Doe": the sign opens the credit
	}
	// Joined to a label word before it: "Words & images:", "Text and photos:".
	if w, ok := joinedLabelWord(tail, i); ok && labelPlace(tail, w, whole) {
		return w, true
	}
	if labelPlace(tail, i, whole) {
		return i, true
	}
	// One label word before it: "Data source:", "Photo source:".
	if w, ok := wordBefore(tail, i); ok && labelPlace(tail, w, whole) {
		return w, true
	}
	return -1, false
}

// wordBefore returns where the word of letters before the one at i starts, with
// spaces between them.
func wordBefore(tail string, i int) (int, bool) {
	p := len(strings.TrimRight(tail[:i], " "))
	w := strings.LastIndexByte(tail[:p], ' ') + 1
	return w, p < i && w < p && ascii.LetterCount(tail[w:p]) == p-w
}

// joinedLabelWord returns where the word before a conjunction before i starts
// ("WORDS & IMAGES:", "Text and photos:"): a credit naming what each person
// made, which opens with the first word and leaves no "WORDS &" on a caption.
func joinedLabelWord(tail string, i int) (int, bool) {
	c, ok := wordBefore(tail, i)
	if !ok {
		p := len(strings.TrimRight(tail[:i], " "))
		c = strings.LastIndexByte(tail[:p], ' ') + 1
		if tail[c:p] != "&" && tail[c:p] != "+" {
			return 0, false
		}
	} else if !strings.EqualFold(strings.TrimSpace(tail[c:i]), "and") {
		return 0, false
	}
	return wordBefore(tail, c)
}

// labelPlace reports a word starting at i of tail that stands where a credit label
// does: at the line's start, after a sentence end, a separator or a bracket, or
// printed with a capital after a comma or a word that is not capitalised.
func labelPlace(tail string, i int, whole bool) bool {
	before := strings.TrimRight(tail[:i], " ")
	if before == "" {
		return whole
	}
	if strings.TrimRight(before, "\"'’”") != before {
		before = strings.TrimRight(before, "\"'’”")
		return strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?")
	}
	switch before[len(before)-1] {
	case '.', '!', '?', '(', ')', '[', ']', ':':
		return true
	case ',', ';': // "Interior design: Jane Doe, Source: Acme"
		return tail[i] >= 'A' && tail[i] <= 'Z'
	}
	if k := strings.LastIndexByte(before, ' '); captionSeparators[before[k+1:]] {
		return true
	}
	if len(before) < len(tail[:i]) && tail[i] >= 'A' && tail[i] <= 'Z' {
		prev := before[strings.LastIndexByte(before, ' ')+1:]
		r, _ := utf8.DecodeRuneInString(prev)
		return !unicode.IsUpper(r)
	}
	return false
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
	tail := dropToggle(strings.TrimSpace(s[i:]))
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

// captionCreditLabels introduce a credit inside a caption: the credit labels, and
// the forms that are labels only inside a caption ("photo by", "pictured:" and
// "file:" in brackets). They are searched longest first, so that "Image credit:"
// leaves no "Image" on the caption. Each holds a colon, "..." or "photo by"; a
// space before the colon is matched wherever a colon is (findLabel).
var captionCreditLabels = func() []creditMark {
	labels := append([]string{"photo by ", "(pictured:", "[file:", "(file:"}, creditLabels...)
	slices.SortStableFunc(labels, func(a, b string) int { return len(b) - len(a) })
	var out []creditMark
	for _, l := range labels {
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
		if j >= len(s) || s[i] == '.' && isAbbreviation(s[:i+1]) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); r == ' ' || unicode.IsUpper(r) {
			return j
		}
	}
	return -1
}

// isAbbreviation reports s ending with an abbreviation's dot, which ends no sentence:
// a capitalised word of at most maxAbbreviationLen letters ("St.", "Mt.", "Dr.") or an
// initialism with dots inside ("D.C.", "U.S.").
func isAbbreviation(s string) bool {
	w := s[strings.LastIndexAny(s, " (\"'‘“")+1 : len(s)-1]
	if strings.Contains(w, ".") {
		for part := range strings.SplitSeq(w, ".") {
			if part == "" || len(part) > 2 || ascii.LetterCount(part) != len(part) {
				return false
			}
		}
		return true
	}
	return w != "" && len(w) <= maxAbbreviationLen && w[0] >= 'A' && w[0] <= 'Z' && ascii.LetterCount(w) == len(w)
}

// maxAbbreviationLen bounds the capitalised word read as an abbreviation ("St.",
// "Mrs."): a longer one ends its sentence ("... in Paris.").
const maxAbbreviationLen = 3

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
	if len(name) > maxTrailingBrandLen {
		return "", "", false // no name this long: and the search below stays short
	}
	if w := ascii.WordCount(name); w < 1 || w > maxTrailingBrandWords || ascii.WordCount(caption) < 3 || ascii.EndsSentence(name) ||
		!capitalisedWords(name) || !ContainsWords(caption, name) {
		return "", "", false
	}
	return caption, name, true
}

// maxTrailingBrandWords bounds the name TrailingCredit reads off a caption's end.
const maxTrailingBrandWords = 4

// maxTrailingBrandLen bounds that name in bytes, as a credit's name is bounded.
const maxTrailingBrandLen = 80

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
// It takes time linear in len(s)+len(sub), whatever the two hold.
func ContainsWords(s, sub string) bool {
	found, _ := containsWords(s, sub)
	return found
}

// containsWords is ContainsWords, also counting the byte comparisons it made, which
// tests bound. It is a Knuth-Morris-Pratt search over ASCII-folded bytes: every
// occurrence of sub is met once, each checked for the word boundaries around it.
func containsWords(s, sub string) (found bool, steps int) {
	if sub == "" {
		return false, 0
	}
	// fail[k] is the length of the longest proper border of sub[:k+1]. The names
	// looked for are short: their table stays on the stack.
	var failBuf [64]int
	fail := failBuf[:]
	if len(sub) > len(failBuf) {
		fail = make([]int, len(sub))
	}
	for k, n := 1, 0; k < len(sub); k++ {
		for n > 0 && ascii.Lower(sub[k]) != ascii.Lower(sub[n]) {
			n = fail[n-1]
			steps++
		}
		steps++
		if ascii.Lower(sub[k]) == ascii.Lower(sub[n]) {
			n++
		}
		fail[k] = n
	}
	for i, n := 0, 0; i < len(s); i++ {
		for n > 0 && ascii.Lower(s[i]) != ascii.Lower(sub[n]) {
			n = fail[n-1]
			steps++
		}
		steps++
		if ascii.Lower(s[i]) == ascii.Lower(sub[n]) {
			n++
		}
		if n < len(sub) {
			continue
		}
		j, end := i+1-len(sub), i+1
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (j == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) {
			return true, steps
		}
		n = fail[n-1]
	}
	return false, steps
}
