package credit

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// The labels and openers that introduce a credit, the brackets around it, and the
// credits that name no one.

// creditLabels are the words that introduce a credit, lower-cased, longest first so
// that "photo credit:" wins over "photo:". A label needs its colon (or the "..." some
// sites print) to count, so a caption that starts "Photos show ..." stays a caption.
var creditLabels = []string{
	"photo illustration:", "image copyright:", "photo credit:", "image credit:", "image source:", "photographs:",
	"photograph:", "picture:", "pictures:", "credit:", "credits:", "photos:", "photo:",
	"image:", "images:", "source:", "foto:", "fotos:", "фото:", "pic:", "credit...",
}

// creditOpeners start a credit without a colon; they are kept in Credit.Text because
// they are part of what is printed ("Photo by Jane Doe").
var creditOpeners = []string{
	"photo by ", "photos by ", "photograph by ", "photography by ", "image via ", "images via ",
	"image copyright ", "photo courtesy ", "courtesy of ", "courtesy ", "copyright ", "©", "(c) ",
	"photo illustration by ", "picture by ", "pictures by ", "foto: ",
}

// creditAfterLabel returns what follows a credit label or opener ("Photo:", "Image
// copyright", "©"), and whether there was one.
func creditAfterLabel(s string) (string, bool) {
	if s == "" {
		return s, false
	}
	if rest, ok := StripLabel(s); ok {
		return rest, true
	}
	for _, o := range leadCandidates(openersByLead, creditOpeners, s) {
		if ascii.HasPrefixFold(s, o) {
			return strings.TrimSpace(s[len(o):]), true
		}
	}
	return s, false
}

// StripLabel removes a leading "Photo:"-style label and reports whether there
// was one.
func StripLabel(s string) (string, bool) {
	if s == "" {
		return s, false
	}
	for _, l := range leadCandidates(labelsByLead, creditLabels, s) {
		word, colon := strings.CutSuffix(l, ":")
		if !ascii.HasPrefixFold(s, word) {
			continue
		}
		rest := s[len(word):]
		switch {
		case !colon || strings.HasPrefix(rest, ":"):
			return strings.TrimSpace(s[len(l):]), true
		case strings.HasPrefix(rest, " :"):
			// French typography, and some sites, set a space before the colon: "Photo : AFP".
			return strings.TrimSpace(rest[2:]), true
		}
	}
	return stripWordsCreditLabel(s)
}

// stripWordsCreditLabel removes a "credit:" or "source:" label that a word or two of
// its own open ("Picture credit:", "Main image credit:", "Cover photo credits:",
// "Data source:", but not the plural "sources:"): the longest label, so that none of
// its words is left on the credit.
func stripWordsCreditLabel(s string) (string, bool) {
	// The label's colon stands within the head or at most "sS" past it: a line with
	// no colon there (most lines) needs no search for the words.
	if strings.IndexByte(s[:min(len(s), maxWordsLabelLen+len("sS:"))], ':') < 0 {
		return s, false
	}
	head := s[:min(len(s), maxWordsLabelLen)]
	word := " credit"
	i := ascii.IndexFold(head, word)
	if i <= 0 {
		word = " source"
		i = ascii.IndexFold(head, word)
	}
	if i <= 0 {
		return s, false
	}
	rest := s[i+len(word):]
	if word == " credit" {
		// "Photo credits:"; but "Streaming sources: Kafka, Kinesis" lists what a
		// product reads, where "Data source:" names where a figure comes from.
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "s"), "S")
	}
	if !strings.HasPrefix(rest, ":") || len(strings.Fields(s[:i])) > maxLabelWords {
		return s, false
	}
	for _, r := range s[:i] {
		if r != ' ' && !unicode.IsLetter(r) {
			return s, false
		}
	}
	return strings.TrimSpace(rest[1:]), true
}

// maxWordsLabelLen bounds where stripWordsCreditLabel looks for its "credit:".
const maxWordsLabelLen = 32

// isBareCreditLabel reports a label or opener with nothing after it ("Image
// copyright", "Photo:"): the credit is on the next line.
func isBareCreditLabel(s string) bool {
	t := strings.TrimRight(s, ":. ")
	for _, l := range creditLabels {
		if strings.EqualFold(t, strings.TrimRight(l, ":. ")) {
			return true
		}
	}
	for _, o := range creditOpeners {
		if strings.EqualFold(t, strings.TrimSpace(o)) {
			return true
		}
	}
	return false
}

// labelsByLead and openersByLead file the credit labels and openers that open with
// ASCII by that byte, lower-cased, so that a line is tried only against those it may
// open with. Built once, never written afterwards.
var labelsByLead, openersByLead = byLead(creditLabels), byLead(creditOpeners)

func byLead(list []string) *[utf8.RuneSelf][]string {
	var t [utf8.RuneSelf][]string
	for _, s := range list {
		if c := ascii.Lower(s[0]); c < utf8.RuneSelf {
			t[c] = append(t[c], s)
		}
	}
	return &t
}

// leadCandidates returns the entries of list, filed in t by byLead, that a non-empty
// s may open with, in list order. An ASCII letter folds only with ASCII, so a line
// opening with ASCII needs no entry opening otherwise; any other line is tried
// against all.
func leadCandidates(t *[utf8.RuneSelf][]string, list []string, s string) []string {
	if c := s[0]; c < utf8.RuneSelf {
		return t[ascii.Lower(c)]
	}
	return list
}

// maxOpenerLen is the length of the longest credit opener.
var maxOpenerLen = func() int {
	n := 0
	for _, o := range creditOpeners {
		n = max(n, len(o))
	}
	return n
}()

// trimBrackets removes brackets that enclose the whole credit or dangle at its ends:
// scrapers often cut "(Photo: Jane Doe/AFP)" to "Jane Doe/AFP)".
func trimBrackets(s string) string {
	// Most lines neither open nor close with a bracket or a space: the loop would
	// only find them unchanged.
	if s != "" {
		first, last := s[0], s[len(s)-1]
		if first > ' ' && first < utf8.RuneSelf && first != '(' && first != '[' &&
			last > ' ' && last < utf8.RuneSelf && last != ')' && last != ']' {
			return s
		}
	}
	for {
		t := strings.TrimSpace(s)
		switch {
		case strings.HasPrefix(t, "(") && !strings.Contains(t[1:], "("):
			t = t[1:]
		case strings.HasPrefix(t, "[") && !strings.Contains(t[1:], "["):
			t = t[1:]
		}
		if strings.HasSuffix(t, ")") && strings.Count(t, "(") < strings.Count(t, ")") {
			t = t[:len(t)-1]
		}
		if strings.HasSuffix(t, "]") && strings.Count(t, "[") < strings.Count(t, "]") {
			t = t[:len(t)-1]
		}
		t = strings.TrimSpace(t)
		if t == s {
			return t
		}
		s = t
	}
}

// cleanCreditText is the credit as printed, without a "Photo:" label and without
// enclosing or stray brackets.
func cleanCreditText(s string) string {
	s = trimBrackets(s)
	s, _ = StripLabel(s)
	return trimFileLabel(trimBrackets(s))
}

// trimFileLabel drops the "File:" that wire sites put before an archive picture's
// credit ("[File: Reuters]"), when a short credit follows it: at the head of a long
// line it opens a caption.
func trimFileLabel(s string) string {
	const file = "file"
	if !ascii.HasPrefixFold(s, file) {
		return s
	}
	tail := s[len(file):]
	for _, l := range []string{" photo:", ":", " -", " photo -"} {
		if ascii.HasPrefixFold(tail, l) {
			if rest := strings.TrimSpace(tail[len(l):]); rest != "" && ascii.WordCount(rest) <= 5 {
				return rest
			}
		}
	}
	return s
}

// creditWholeLines are credits that name no one.
var creditWholeLines = map[string]bool{
	"supplied": true, "handout": true, "file photo": true, "file": true, "stock photo": true,
	"submitted photo": true, "contributed photo": true, "courtesy photo": true, "archive": true,
	"social media": true,
	"screenshot":   true, "screengrab": true, "handout photo": true,
}

// isWholeLineCredit reports a credit that names no one ("Supplied", "Handout."), in
// any letter case.
func isWholeLineCredit(text string) bool {
	var buf ascii.KeyBuf
	return creditWholeLines[string(bytes.Trim(ascii.AppendToLower(buf[:0], text), "."))]
}

// socialNetworks name a picture's source beside a caption, and a share or follow
// button anywhere else.
var socialNetworks = map[string]bool{"instagram": true, "twitter": true, "facebook": true, "youtube": true}

// onlyHandles reports text made of social-media handles alone ("@someone @someone"),
// which is how embedded posts are attributed.
func onlyHandles(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if !strings.HasPrefix(w, "@") {
			return false
		}
		n++
	}
	return n > 0
}

// IsEmbedAttribution reports a labelled line that names only handles: "Image
// copyright @someone @someone" under an embedded post.
func IsEmbedAttribution(s string) bool {
	rest, ok := creditAfterLabel(trimBrackets(s))
	return ok && onlyHandles(rest)
}
