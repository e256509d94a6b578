package credit

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// The shape of the names a credit gives: a person's, an organisation's.

// looksLikePersonName accepts two to five capitalised words ("Jane Doe", "Evan Vucci",
// "Jeffrey T. Barnes", "JANE DOE") with no organisation words among them.
func looksLikePersonName(s string) bool {
	// The words are checked first, as that is cheaper than the organisation test.
	words := 0
	for w, rest := ascii.NextField(s); w != ""; w, rest = ascii.NextField(rest) {
		if words++; words > 5 {
			return false
		}
		if IsNameParticle(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) {
				return false
			}
		}
	}
	return words >= 2 && !looksLikeOrganisation(s)
}

// IsNameParticle reports a word that stands lower-case inside a name: "de", "van",
// "bin", "y" ("Jane de la Cruz", "Ahmed bin Ali").
func IsNameParticle(w string) bool {
	// Lower-casing shortens a text to a third at most; no particle has four letters.
	if len(w) > 9 || len(w) > 3 && ascii.IsASCII(w) {
		return false
	}
	var buf [12]byte
	switch string(ascii.AppendToLower(buf[:0], w)) {
	case "de", "da", "do", "dos", "van", "von", "der", "den", "al", "bin", "la", "le", "di", "du", "del", "y":
		return true
	}
	return false
}

// orgWords mark a credit segment as an organisation rather than a person.
var orgWords = []string{
	"images", "image", "news", "press", "agency", "media", "times", "post", "guardian", "photos",
	"pictures", "photo", "archive", "library", "museum", "university", "collection", "family",
	"police", "department", "ministry", "office", "handout", "service", "studio", "studios",
	"group", "inc", "ltd", "llc", "corp", "company", "network", "tv", "magazine", "journal",
	"telegraph", "independent", "herald", "tribune", "daily", "gazette", "chronicle", "bbc",
	"cnn", "nbc", "cbs", "abc", "fox", "afp", "reuters", "getty", "council", "government",
	"foundation", "institute", "center", "centre", "school", "club", "team", "records", "wire",
	"entertainment", "productions", "pictures", "commons", "wikimedia", "flickr", "instagram",
	"twitter", "facebook", "youtube", "the", "trust", "society", "association", "authority",
	"gallery", "archives",
}

// orgWordSet holds orgWords for look-up. Built once, never written afterwards.
var orgWordSet = func() map[string]bool {
	m := make(map[string]bool, len(orgWords))
	for _, w := range orgWords {
		m[w] = true
	}
	return m
}()

func looksLikeOrganisation(s string) bool {
	if s == "" || strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return false
	}
	for word := range strings.FieldsSeq(s) {
		var buf ascii.KeyBuf
		if orgWordSet[string(bytes.Trim(ascii.AppendToLower(buf[:0], word), ".,()'’"))] {
			return true
		}
	}
	// A single capitalised word or an acronym is a brand or an organisation ("NASA",
	// "iFixit", "Netflix"), not a photographer's full name.
	return !strings.Contains(s, " ")
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isFileMarker spots the "File" that wire credits add to archive pictures.
func isFileMarker(s string) bool {
	if len(s) > 3*len("file photo") {
		return false
	}
	var buf ascii.KeyBuf
	switch string(ascii.AppendToLower(buf[:0], s)) {
	case "file", "file photo", "archive", "archives", "pool":
		return true
	}
	return false
}

// TidyName turns an all-capitals name ("JANE DOE", "SEAN O'NEILL-SMITH", as EPA and
// wire bylines print them) into the way a reader writes it; mixed-case names are kept
// as they are.
func TidyName(s string) string {
	if !ascii.IsUpperCased(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range strings.Join(strings.Fields(s), " ") {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-' || r == '\'' || r == '’'
	}
	return b.String()
}
