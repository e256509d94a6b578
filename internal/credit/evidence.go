package credit

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// How much a line looks like a credit standing on its own.

// Evidence scores how much a line looks like a standalone credit line: 0 means
// not at all; 2 or more is a credit on its own; 1 is a credit only next to a caption.
func Evidence(s string) int {
	if len(s) > 4*160 {
		return 0
	}
	return EvidenceCounted(s, ascii.WordCount(s))
}

// EvidenceCounted is Evidence for a text of the given word count (ascii.WordCount),
// for a caller that has counted the words already.
func EvidenceCounted(s string, words int) int {
	if s == "" || len(s) > 4*160 || len(s) > 160 && utf8.RuneCountInString(s) > 160 { // no more runes than bytes
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
	// A line closed by a colon announces what follows ("Kitchen Gear List for
	// Backpacking:"); a credit label so closed was read above.
	if ascii.EndsSentence(s) && words > 6 || strings.HasSuffix(s, ":") {
		return 0
	}
	// cleanCreditText(s), from what is known here: bare has its brackets trimmed
	// already and opens with no label (creditAfterLabel found none).
	text := trimFileLabel(bare)
	// Without a separator a credit is a single name: a known agency's, or a name
	// before the ")" of a cut "(Photo: ...)" opener. Most of a page's short lines
	// are neither, and are settled here, before their words are read.
	agency := false
	if !hasCreditSeparator(text) {
		_, agency = AgencyOf(text)
		if !agency && !strings.HasSuffix(s, ")") {
			return 0
		}
	}
	// Names are capitalised: a line with several lower-case words is running text,
	// whatever separators it holds ("Man dies after crash, police say").
	if LowerWordsOver(s, maxLowerCreditWords) {
		return 0
	}
	if agency {
		return 3
	}
	var segBuf [8]string
	segs := appendCreditSegments(segBuf[:0], text)
	if len(segs) == 0 {
		return 0
	}
	agencies, people, other := 0, 0, 0
	for _, seg := range segs {
		switch _, _, ok := agenciesOf(seg); {
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
	for w, rest := ascii.NextField(s); w != ""; w, rest = ascii.NextField(rest) {
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

// hasCreditSeparator reports a separator appendCreditSegments splits at: "/", ",",
// ";", "|", " via ", " - " or " for ", in any case. The lines asked are short, and
// one pass over their bytes finds either kind, where a search per separator
// would go over them five times.
func hasCreditSeparator(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '/', ',', ';', '|':
			return true
		case ' ':
			// The byte after the space settles which word can follow: none of the
			// three holds a letter that folds with a character outside ASCII ("k",
			// "s").
			var sep string
			if i+1 < len(text) {
				switch text[i+1] {
				case 'v', 'V':
					sep = " via "
				case '-':
					sep = " - "
				case 'f', 'F':
					sep = " for "
				}
			}
			if sep != "" && ascii.HasPrefixFold(text[i:], sep) {
				return true
			}
		}
	}
	return false
}

// maxStrayNameWords bounds a name standing alone before a stray ")": "Jane Doe)",
// "Jane Doe for The Times)".
const maxStrayNameWords = 6
