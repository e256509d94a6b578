package credit

import (
	"bytes"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// creditLabels are the words that introduce a credit, lower-cased, longest first so
// that "photo credit:" wins over "photo:". A label needs its colon (or the "..." some
// sites print) to count, so a caption that starts "Photos show ..." stays a caption.
var creditLabels = []string{
	"photo illustration:", "image copyright:", "photo credit:", "image credit:", "photographs:",
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

// socialNetworks name a picture's source beside a caption, and a share or follow
// button anywhere else.
var socialNetworks = map[string]bool{"instagram": true, "twitter": true, "facebook": true, "youtube": true}

// creditWholeLines are credits that name no one.
var creditWholeLines = map[string]bool{
	"supplied": true, "handout": true, "file photo": true, "file": true, "stock photo": true,
	"submitted photo": true, "contributed photo": true, "courtesy photo": true, "archive": true,
	"social media": true,
	"screenshot":   true, "screengrab": true, "handout photo": true,
}

// StripLabel removes a leading "Photo:"-style label and reports whether there
// was one.
func StripLabel(s string) (string, bool) {
	if s == "" {
		return s, false
	}
	for _, l := range leadCandidates(labelsByLead, creditLabels, s) {
		if ascii.HasPrefixFold(s, l) {
			return strings.TrimSpace(s[len(l):]), true
		}
	}
	return s, false
}

// trimBrackets removes brackets that enclose the whole credit or dangle at its ends:
// scrapers often cut "(Photo: Jane Doe/AFP)" to "Jane Doe/AFP)".
func trimBrackets(s string) string {
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
	segs := appendCreditSegments(nil, placeAfterOrganisation(text))
	for k, seg := range segs {
		if k+1 < len(segs) && isCompanySuffix(segs[k+1]) {
			seg += ", " + segs[k+1] // "Apple, Inc.": one company
			segs[k+1] = ""
		}
		if seg == "" || isCreditRole(seg) {
			continue // "Getty - Contributor": the role, not a name
		}
		if names, ok := agenciesOf(seg); ok {
			for _, name := range names {
				if !slices.Contains(c.Agencies, name) {
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

// trimFileLabel drops the "File:" that wire sites put before an archive picture's
// credit ("[File: Reuters]"), when a short credit follows it: at the head of a long
// line it opens a caption.
func trimFileLabel(s string) string {
	for _, l := range []string{"file photo:", "file:", "file -", "file photo -"} {
		if ascii.HasPrefixFold(s, l) {
			if rest := strings.TrimSpace(s[len(l):]); rest != "" && ascii.WordCount(rest) <= 5 {
				return rest
			}
		}
	}
	return s
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

// agenciesOf returns the agencies a segment names: one, or two joined by a hyphen or
// a slash ("EPA-EFE": both agencies, not EPA alone).
func agenciesOf(seg string) ([]string, bool) {
	for _, sep := range []string{"-", "/"} {
		if a, b, ok := strings.Cut(seg, sep); ok {
			na, okA := AgencyOf(strings.TrimSpace(a))
			nb, okB := AgencyOf(strings.TrimSpace(b))
			if okA && okB && na != nb {
				return []string{na, nb}, true
			}
		}
	}
	name, ok := AgencyOf(seg)
	if !ok {
		return nil, false
	}
	return []string{name}, true
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

// looksLikePersonName accepts two to five capitalised words ("Jane Doe", "Evan Vucci",
// "Jeffrey T. Barnes", "JANE DOE") with no organisation words among them.
func looksLikePersonName(s string) bool {
	// The words are checked first, as that is cheaper than the organisation test.
	words := 0
	for w := range strings.FieldsSeq(s) {
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

// Evidence scores how much a line looks like a standalone credit line: 0 means
// not at all; 2 or more is a credit on its own; 1 is a credit only next to a caption.
func Evidence(s string) int {
	if len(s) > 4*160 {
		return 0
	}
	return EvidenceCounted(s, ascii.WordCount(s))
}

// EvidenceCounted is Evidence for a text of the given word count.
func EvidenceCounted(s string, words int) int {
	if s == "" || len(s) > 4*160 || utf8.RuneCountInString(s) > 160 {
		return 0
	}
	if words > 14 {
		return 0
	}
	bare := trimBrackets(s)
	if len(bare) <= 24 {
		var buf ascii.KeyBuf
		key := bytes.Trim(ascii.AppendToLower(buf[:0], bare), ".")
		if socialNetworks[string(key)] {
			return 1 // a credit beside a caption, a share button anywhere else
		}
		if creditWholeLines[string(key)] {
			return 2
		}
	}
	if rest, labelled := creditAfterLabel(bare); labelled {
		// "Copyright" opens a heading as well as a credit ("Copyright Law in a
		// Changing World"): after it, a credit names, and running words are a title.
		if ascii.HasPrefixFold(bare, "copyright ") && LowerWordsOver(rest, 0) {
			return 0
		}
		if onlyHandles(rest) {
			return 1 // an embedded post's attribution; a credit only beside a caption
		}
		return 3
	}
	if ascii.EndsSentence(s) && words > 6 {
		return 0
	}
	// Names are capitalised: a line with several lower-case words is running text,
	// whatever separators it holds ("Man dies after crash, police say").
	if LowerWordsOver(s, maxLowerCreditWords) {
		return 0
	}
	text := cleanCreditText(s)
	// Without a separator a credit is a single name: look it up before splitting.
	if !hasCreditSeparator(text) {
		if _, ok := AgencyOf(text); ok {
			return 3
		}
		if !strings.HasSuffix(s, ")") {
			return 0
		}
	}
	var segBuf [8]string
	segs := appendCreditSegments(segBuf[:0], text)
	if len(segs) == 0 {
		return 0
	}
	agencies, people, other := 0, 0, 0
	for _, seg := range segs {
		switch _, ok := agenciesOf(seg); {
		case ok:
			agencies++
		case looksLikePersonName(seg):
			people++
		default:
			other++
		}
	}
	// A dangling ")" is the tell-tale of a cut "(Photo: ...)" opener.
	stray := strings.HasSuffix(s, ")") && strings.Count(s, "(") < strings.Count(s, ")")
	slashed := strings.Contains(text, "/")
	separated := slashed || ascii.ContainsLower(text, " via ")
	switch {
	case agencies > 0 && other == 0:
		return 3
	case slashed && agencies == 0:
		return slashCreditWeight(text, segs, people, other, stray)
	case stray && (agencies > 0 || people > 0 || separated):
		return 3
	case separated && (agencies > 0 || people > 0) && other <= 1:
		return 2
	case agencies > 0 && other <= 1 && len(segs) <= 3:
		return 2
	case stray && len(segs) == 1 && ascii.WordCount(text) <= maxStrayNameWords:
		// A long line with a stray ")" is a caption whose credit lost its opening.
		return 1
	case people > 0 && other == 0 && len(segs) <= 2:
		return 1
	}
	return 0
}

// slashCreditWeight weighs a line that names no known agency and holds a slash. A
// slash is a credit's mark only between parts shaped like credits ("Jane Doe/Acme
// Studio", "Acme/Jane Doe"); the same mark writes ratings, sizes and alternatives
// ("4.9 / 5", "S/M/L", "UX/UI", "Degrees/Certificates: Yes"). Two name-shaped parts
// are a credit anywhere. A name beside a single other word ("Jane Doe/Acme") has the
// shape of a place or product pair too ("Downtown/Film Row", "Contacts/Glasses
// Wearers"), so it is a credit only where credits stand: under a caption or an image
// gap. A cut "(Photo: ...)" opener is a credit by itself.
func slashCreditWeight(text string, segs []string, people, other int, stray bool) int {
	// A single word in capitals is printed as wire credits print an organisation
	// ("Jane Doe/NORTHWIND"); slashPartsShaped keeps out short abbreviations.
	// So is a name holding an organisation's word ("Harbour Photos", "The Daily
	// Post"). Neither is a person's name, so both were counted among the others.
	for _, seg := range segs {
		if strings.Contains(seg, " ") && looksLikeOrganisation(seg) || !strings.Contains(seg, " ") && ascii.IsUpperCased(seg) {
			other--
		}
	}
	switch {
	case !slashPartsShaped(text):
		return 0
	case stray && people+other > 0:
		return 3
	case people > 0 && other == 0:
		return 2
	case people > 0 && other == 1:
		return 1
	}
	return 0
}

// minSlashWordLetters is the fewest letters of a word beside a credit's slash: names
// and agencies are longer than the abbreviations that slashes join ("N/A", "I/O",
// "CI/CD", "S/M/L").
const minSlashWordLetters = 3

// slashPartsShaped reports whether every part of text between slashes could name a
// person or an organisation: no digits (ratings, sizes, versions), no brackets
// (parenthesised alternatives), no field label (a ":" after the credit labels are
// gone), no part opening with a lower-case word ("and/or", "early December"), and
// no short abbreviation beside a slash.
func slashPartsShaped(text string) bool {
	text = strings.TrimSuffix(text, ")") // a cut "(Photo: ...)" opener
	for part := range strings.SplitSeq(text, "/") {
		part = strings.TrimSpace(part)
		if part == "" || strings.ContainsAny(part, "():[]0123456789") {
			return false
		}
		first, last := part, part
		if i := strings.IndexByte(part, ' '); i >= 0 {
			first = part[:i]
			last = part[strings.LastIndexByte(part, ' ')+1:]
		}
		r, _ := utf8.DecodeRuneInString(first)
		// "iStockphoto" and "eBay" open lower-case but carry a capital.
		if unicode.IsLower(r) && !IsNameParticle(first) && strings.IndexFunc(first, unicode.IsUpper) < 0 {
			return false
		}
		// A short surname touching the slash is a name ("Jane Li/Acme"); a short word
		// alone or in capitals is an abbreviation ("N/A", "Mobile UX/UI Designer").
		single := first == part
		if shortSlashWord(first, single) || shortSlashWord(last, single) {
			return false
		}
	}
	return true
}

// shortSlashWord reports a word beside a slash too short to name anyone: fewer
// letters than minSlashWordLetters, standing alone or written in capitals.
func shortSlashWord(w string, alone bool) bool {
	return ascii.LetterCount(w) < minSlashWordLetters && (alone || ascii.IsUpperCased(w))
}

// maxLowerCreditWords is how many lower-case words a credit may hold besides its
// connectors: "personal archive of Jane Doe" in languages that write it so.
const maxLowerCreditWords = 2

// LowerWordsOver reports more than limit words that open with a lower-case letter,
// leaving out the connectors credits use ("via", "for", "by", "and") and name
// particles.
func LowerWordsOver(s string, limit int) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) || IsNameParticle(w) {
			continue
		}
		switch w {
		case "via", "for", "by", "and", "of", "the", "photo", "photos", "image", "images":
			continue
		}
		if n++; n > limit {
			return true
		}
	}
	return false
}

// hasCreditSeparator reports a separator creditSegments splits at: "/", ",", ";",
// "|", " via ", " - " or " for ", in any case. The words are looked for at each space
// in one pass.
func hasCreditSeparator(text string) bool {
	if strings.ContainsAny(text, "/,;|") {
		return true
	}
	for i := strings.IndexByte(text, ' '); i >= 0; {
		rest := text[i:]
		if ascii.HasPrefixFold(rest, " via ") || ascii.HasPrefixFold(rest, " - ") || ascii.HasPrefixFold(rest, " for ") {
			return true
		}
		j := strings.IndexByte(rest[1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// maxStrayNameWords bounds a name standing alone before a stray ")": "Jane Doe)",
// "Jane Doe for The Times)".
const maxStrayNameWords = 6

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

// isWholeLineCredit reports a credit that names no one ("Supplied", "Handout."), in
// any letter case.
func isWholeLineCredit(text string) bool {
	var buf ascii.KeyBuf
	return creditWholeLines[string(bytes.Trim(ascii.AppendToLower(buf[:0], text), "."))]
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
