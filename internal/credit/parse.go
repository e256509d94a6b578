package credit

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// Credit is a picture credit read into its parts.
type Credit struct {
	// Text is the credit as printed, without stray brackets or a "Photo:" label.
	Text string
	// Photographers are the people the credit names, as a reader writes them
	// (TidyName).
	Photographers []string
	// Agencies are the news agencies and picture desks the credit names, known ones
	// under their canonical names (see agencies.go), in the order they appear.
	Agencies []string
}

// Parse reads a credit into its printed text, the people and the agencies it
// names. It never fails: a credit it cannot split keeps its text and names nobody;
// ok is false only when nothing but a label or brackets is left.
func Parse(s string) (c Credit, ok bool) {
	text := cleanCreditText(s)
	// "Image copyright Reuters Image caption ...": the caption's label ends the credit.
	for _, l := range captionLabels {
		if i := ascii.IndexFold(text, " "+l); i > 0 {
			text = strings.TrimSpace(text[:i])
		}
	}
	// A caption that ends with its credit: "FILE PHOTO: A trader ... 2019.
	// REUTERS/Jane Doe" names only what follows the caption.
	if ascii.WordCount(text) > 3 {
		if cap, cr := SplitCaption(text); cr != "" && ascii.WordCount(cap) >= 3 && !endsWithCreditJoiner(cap) && Evidence(cap) == 0 {
			text = cleanCreditText(cr)
		}
	}
	if text == "" || isBareCreditLabel(text) {
		return Credit{}, false
	}
	c.Text = text
	if isWholeLineCredit(text) || ascii.HasPrefixFold(text, "courtesy") && !strings.ContainsAny(text, "/,") {
		// "Supplied", "Handout", "Courtesy of the family": a credit that names no one
		// the library can file as a photographer or an agency.
		if name, ok := AgencyOf(lastWords(text)); ok {
			c.Agencies = []string{name}
		}
		return c, true
	}
	// A credit lists a few names: the segments stay on the stack (see EvidenceCounted).
	var segBuf [8]string
	segs := appendCreditSegments(segBuf[:0], placeAfterOrganisation(text))
	for k, seg := range segs {
		if k+1 < len(segs) && isCompanySuffix(segs[k+1]) {
			seg += ", " + segs[k+1] // "Apple, Inc.": one company
			segs[k+1] = ""
		}
		if seg == "" || isCreditRole(seg) {
			continue // "Getty - Contributor": the role, not a name
		}
		if a, b, ok := agenciesOf(seg); ok {
			for _, name := range [2]string{a, b} {
				if name != "" && !slices.Contains(c.Agencies, name) {
					c.Agencies = append(c.Agencies, name)
				}
			}
			continue
		}
		if ascii.WordCount(seg) > maxCreditWords {
			continue // running text, not a name
		}
		if looksLikePersonName(seg) {
			c.Photographers = append(c.Photographers, TidyName(seg))
			continue
		}
		if looksLikeOrganisation(seg) && startsUpper(seg) && !isFileMarker(seg) && !slices.Contains(c.Agencies, seg) {
			c.Agencies = append(c.Agencies, seg)
		}
	}
	return c, true
}

// maxCreditWords is the most words a credit's names run to; a longer text is a
// caption with its credit, or running text.
const maxCreditWords = 8

// endsWithCreditJoiner reports text that ends with a separator credits put between
// names ("Jane Doe /"): what follows it continues the credit, not a caption.
func endsWithCreditJoiner(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("/|-–—,&", r) || ascii.HasSuffixFold(s, " via") || ascii.HasSuffixFold(s, " and")
}

// placeAfterOrganisation drops the place that follows an organisation's name after a
// comma ("Museum of London, United Kingdom"): a place where a person's name would
// stand after an agency ("Getty Images, Jane Doe") is not one, so the organisation
// must be one the agency table does not know.
func placeAfterOrganisation(s string) string {
	head, tail, ok := strings.Cut(s, ",")
	if !ok || strings.ContainsAny(tail, ",/;|") || !strings.Contains(strings.TrimSpace(head), " ") {
		return s
	}
	head, tail = strings.TrimSpace(head), strings.TrimSpace(tail)
	if _, known := AgencyOf(head); known || !looksLikeOrganisation(head) || looksLikePersonName(head) {
		return s
	}
	if _, known := AgencyOf(tail); known || isCompanySuffix(tail) || ascii.WordCount(tail) > 3 || !startsUpper(tail) {
		return s
	}
	return head
}

// isCompanySuffix reports the legal form a company's name carries after a comma.
func isCompanySuffix(s string) bool {
	return ascii.EqualFoldAny(strings.Trim(s, " ."), "inc", "ltd", "llc", "plc", "co", "corp", "gmbh", "ag", "sa", "s.a", "llp", "limited")
}

// isCreditRole reports a word that says what the photographer is, not who:
// "Getty - Contributor", "AFP - Stringer".
func isCreditRole(s string) bool {
	return ascii.EqualFoldAny(strings.TrimSpace(s), "contributor", "staff", "stringer", "freelance", "freelancer", "correspondent", "photographer", "staff photographer", "pool")
}

// agenciesOf returns the agencies a segment names: one (second is ""), or two joined
// by a hyphen or a slash ("EPA-EFE": both agencies, not EPA alone). The names come
// back as strings rather than a slice: EvidenceCounted asks this of the segments of
// every credit-shaped line, and wants only ok.
func agenciesOf(seg string) (first, second string, ok bool) {
	for _, sep := range []string{"-", "/"} {
		if a, b, ok := strings.Cut(seg, sep); ok {
			na, okA := AgencyOf(strings.TrimSpace(a))
			nb, okB := AgencyOf(strings.TrimSpace(b))
			if okA && okB && na != nb {
				return na, nb, true
			}
		}
	}
	name, ok := AgencyOf(seg)
	return name, "", ok
}

// appendCreditSegments appends to dst the names a credit lists. Separators are "/",
// ",", ";", "|", " via ", " for " (whatever follows "for" is the client, not a
// credit), and the openers such as "Photo by" and "©" are dropped.
func appendCreditSegments(dst []string, text string) []string {
	var buf ascii.KeyBuf
	low := ascii.LowerPrefix(buf[:0], text, maxOpenerLen)
	for _, o := range creditOpeners {
		if ascii.HasPrefixBytes(low, o) {
			text = text[len(o):]
			break
		}
	}
	// "Copyright 2022 The Associated Press": the year is not a name.
	text = strings.TrimLeft(text, "0123456789 ")
	if i := ascii.IndexFold(text, " for "); i > 0 {
		text = text[:i]
	}
	segs := dst
	for text != "" {
		// Runs of separators delimit the parts, as for strings.FieldsFunc.
		part := text
		if i := strings.IndexAny(text, "/,;|"); i >= 0 {
			part, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if part == "" {
			continue
		}
		for p := range splitFoldSeq(part, " via ") {
			for q := range splitFoldSeq(p, " - ") {
				q = strings.Trim(q, " .()[]-–—")
				q = trimLeadingWords(q, "photo", "photos", "by", "file")
				if q != "" {
					segs = appendPeople(segs, q)
				}
			}
		}
	}
	// An alias that holds a slash ("EPA/EFE") is one agency, not two.
	for i := len(dst); i+1 < len(segs); i++ {
		if isSlashedAlias(segs[i], segs[i+1]) {
			segs[i] += "/" + segs[i+1]
			segs = slices.Delete(segs, i+1, i+2)
		}
	}
	return segs
}

// appendPeople splits "Jane Doe and John Roe" into its two photographers, appended to
// dst; a segment is split only when every part is a person's name, so "Department of
// Health and Social Care" stays whole.
func appendPeople(dst []string, seg string) []string {
	n := len(dst)
	for a := range splitFoldSeq(seg, " and ") {
		for b := range strings.SplitSeq(a, "&") {
			b = strings.TrimSpace(b)
			if !looksLikePersonName(b) {
				return append(dst[:n], seg)
			}
			dst = append(dst, b)
		}
	}
	return dst
}

// lastWords returns what follows "courtesy of", for "Courtesy of NASA".
func lastWords(s string) string {
	if i := ascii.IndexFold(s, " of "); i >= 0 {
		return strings.TrimSpace(s[i+4:])
	}
	return s
}

// trimLeadingWords drops filler words such as "by" from the front of a segment, but
// keeps "The" when the whole segment is an alias ("The Associated Press").
func trimLeadingWords(s string, words ...string) string {
	if _, ok := AgencyOf(s); ok {
		return s
	}
	for {
		sp := strings.IndexByte(s, ' ')
		if sp < 0 {
			return s
		}
		var buf ascii.KeyBuf
		if !slices.Contains(words, string(ascii.AppendToLower(buf[:0], s[:sp]))) {
			return s
		}
		s = strings.TrimSpace(s[sp+1:])
	}
}

// splitFoldSeq yields the pieces of s around every case-insensitive occurrence of
// sep, empty ones included.
func splitFoldSeq(s, sep string) iter.Seq[string] {
	return func(yield func(string) bool) {
		rest := s
		for {
			i := ascii.IndexFold(rest, sep)
			if i < 0 {
				yield(rest)
				return
			}
			if !yield(rest[:i]) {
				return
			}
			rest = rest[i+len(sep):]
		}
	}
}

// isSlashedAlias reports an alias holding a slash ("EPA/EFE") split into a and b.
func isSlashedAlias(a, b string) bool {
	if len(a)+1+len(b) > 3*maxAliasLen {
		return false
	}
	var buf ascii.KeyBuf
	key := ascii.AppendToLower(append(ascii.AppendToLower(buf[:0], a), '/'), b)
	_, ok := agencyByAlias[string(key)]
	return ok
}
