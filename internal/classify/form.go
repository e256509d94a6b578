package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/credit"
	"github.com/newsparse/newsparse/internal/textdump"
)

// Form is what a block's text says about it, whatever its source: length, how it
// ends, its letter case, and what the phrase tables and parsers recognise in it.
type Form struct {
	Words      int      // words, counting two CJK characters as one
	Sentence   bool     // ends as a sentence does (. ! ? … or a closing quote after one)
	Prose      bool     // a full paragraph of running text
	TitleCase  bool     // most words capitalised, as headlines and link titles are
	Quoted     bool     // wholly inside quotation marks
	Bullet     int      // byte length of a leading bullet or number marker, 0 if none
	Furniture  Reason   // known furniture (Furniture, or a text browser's controls), NoReason if not
	Credit     int      // credit.Evidence, for lines that are neither prose nor furniture
	HasDate    bool     // a date ParseDateline reads, on a line short enough to be a dateline
	firstCopy  int32    // one more than the index of the line's first copy on the page, 0 for none (Blocks)
	DateShare  float64  // the share of the line's words that are the date
	Names      []string // byline names, read only for blocks before the body
	ByExplicit bool     // Names follow a byline opener ("By ...")
	URL        bool     // the line is a bare web address
	// NameCandidate, CommonWord, ProperNoun and GapRepeats are page evidence about a
	// line that may be an unlabelled credit (see markNameEvidence): it is placed and
	// shaped as one, one of its words is written in lower case elsewhere on the page,
	// running text names it with a capital mid-sentence, and how often the line
	// stands under an image gap. CommonWord and ProperNoun are read only when a
	// candidate is first asked about.
	NameCandidate bool
	CommonWord    bool
	ProperNoun    bool
	// inlineCredit keeps carriesCredit's answer: 0 not asked yet, 1 no, 2 yes.
	// textNamed says the line's names were read from its text, form and author mark
	// alone (readFrontByline), which a later copy of the line may take. They sit in
	// the padding after the flags above, as firstCopy sits in that after HasDate: a
	// page has thousands of forms, and these cost it no bytes.
	inlineCredit uint8
	textNamed    bool
	GapRepeats   int
}

// ReadForm reads what a line says about itself, alone: the page evidence (Names,
// NameCandidate, CommonWord, ProperNoun, GapRepeats) is the caller's to add.
func ReadForm(s string) Form {
	r, _ := Furniture(s)
	return ReadFormFurniture(s, r)
}

// ReadFormFurniture is ReadForm for a line whose Furniture reason (NoReason when
// it is none) the caller has read already: the HTML reader reads it to settle the
// line's role, and the line's form takes it rather than reading the line again.
func ReadFormFurniture(s string, furniture Reason) Form {
	f := Form{Words: ascii.WordCount(s), Sentence: ascii.EndsSentence(s)}
	f.Prose = f.Words >= 12 && f.Sentence || f.Words >= 30
	if !f.Prose {
		f.TitleCase = isTitleCase(s)
	}
	f.Quoted = isQuoted(s)
	f.Bullet = textdump.BulletLen(s)
	if furniture != NoReason {
		f.Furniture = furniture
	} else if isBrowserChrome(s) {
		f.Furniture = ReasonNavigation
	}
	if !f.Prose && f.Furniture == NoReason {
		f.Credit = credit.EvidenceCounted(s, f.Words)
		// A caption carrying its credit is a caption: "The road ahead.Jane Doe/Getty".
		if f.Credit >= 2 {
			cap, cr := credit.SplitCaption(s)
			f.inlineCredit = 1
			if cr != "" {
				f.inlineCredit = 2
				if ascii.WordCount(cap) >= 4 && credit.Evidence(cap) == 0 {
					f.Credit = 1
				}
			}
		}
		// Every date the parser accepts has a four-digit year, and a line of more
		// words than a date line holds is not one.
		if f.Words <= MaxDatelineWords && hasFourDigits(s) {
			if _, share, ok := ParseDateline(s); ok {
				f.HasDate, f.DateShare = true, share
			}
		}
	}
	f.URL = looksLikeURL(s)
	return f
}

// isTitleCase reports headline-style capitalisation: at least three words and nearly
// all words of four or more letters capitalised.
func isTitleCase(s string) bool {
	var t titleWords
	if isPrintableASCII(s) {
		// Only a space parts the words of printable ASCII, which nearly all of a
		// page's short lines are: each is found by one search for the next space,
		// where reading the line as fields (ascii.NextField) tests every byte for
		// every kind of space.
		for s != "" {
			w := s
			if i := strings.IndexByte(s, ' '); i >= 0 {
				w, s = s[:i], s[i+1:]
			} else {
				s = ""
			}
			if w != "" {
				t.add(w, true)
			}
		}
	} else {
		for w, rest := ascii.NextField(s); w != ""; w, rest = ascii.NextField(rest) {
			t.add(w, false)
		}
	}
	return t.words >= 3 && t.long >= 2 && t.capital*5 >= t.long*4
}

// titleWords counts what isTitleCase weighs: the words of a line, those of four
// letters or more, and how many of these are capitalised.
type titleWords struct{ words, long, capital int }

// add counts the word w, one byte a character when narrow (ASCII).
func (t *titleWords) add(w string, narrow bool) {
	t.words++
	// The first word is capitalised in any case; a word of fewer than four bytes
	// has fewer than four letters, whatever trimming leaves of it.
	if t.words == 1 || len(w) < 4 {
		return
	}
	// A word with an ASCII letter at both ends has nothing to trim, and its first
	// character is that letter: most words of a page's lines are read here
	// without decoding.
	if first, last := w[0], w[len(w)-1]; isASCIILetter(first) && isASCIILetter(last) {
		if !narrow && utf8.RuneCountInString(w) < 4 {
			return
		}
		t.long++
		if first <= 'Z' {
			t.capital++
		}
		return
	}
	w = trimTitleWord(w)
	if utf8.RuneCountInString(w) < 4 {
		return
	}
	t.long++
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		t.capital++
	}
}

// isPrintableASCII reports a text of ASCII characters from the space up: no byte
// past ASCII and no control character, eight bytes at a time. A borrow in x-0x20
// comes only from a byte below the space.
func isPrintableASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if x := ascii.Load64(s, i); (x-' '*ascii.LowBits|x)&ascii.HighBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] < ' ' || s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// trimTitleWord is strings.Trim(w, "\"'“”‘’()[]:,-–—"), without building the set of
// runes for every word.
func trimTitleWord(w string) string {
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if !isTitleTrim(r) {
			break
		}
		w = w[size:]
	}
	for w != "" {
		r, size := utf8.DecodeLastRuneInString(w)
		if !isTitleTrim(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}

func isTitleTrim(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ':', ',', '-', '–', '—':
		return true
	}
	return false
}

func isQuoted(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if open := first == '"' || first == '“' || first == '‘' || first == '«' || first == '\''; !open {
		return false // most lines: the end is not looked at
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " .,"))
	closing := last == '"' || last == '”' || last == '’' || last == '»' || last == '\''
	return closing && utf8.RuneCountInString(s) > 2
}

func looksLikeURL(s string) bool {
	return !strings.Contains(s, " ") && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www."))
}

// hasFourDigits reports a run of at least four ASCII digits, as a year is written.
// The search skips to each run of digits eight bytes at a time (ascii.IndexDigit).
func hasFourDigits(s string) bool {
	for i := ascii.IndexDigit(s, 0); i >= 0; i = ascii.IndexDigit(s, i) {
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i-start >= 4 {
			return true
		}
	}
	return false
}

// isBrowserChrome reports a line a text browser makes of the page's interface rather
// than its text: a button's or a frame's placeholder, or the head links lynx prints
// first ("#Site » Feed Site » Comments Feed"). Unlike a text field's "____" or a
// check box's "[ ]", which a checklist or an exercise may print, these never stand
// in an article's text.
func isBrowserChrome(s string) bool {
	if len(s) > 1 && s[0] == '#' && s[1] != ' ' && s[1] != '#' && strings.Contains(s, " » ") {
		return true
	}
	return strings.Contains(s, "(BUTTON)") || strings.HasPrefix(s, "IFRAME:")
}
