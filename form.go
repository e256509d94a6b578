package newsparse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/credit"
	"github.com/newsparse/newsparse/internal/textdump"
)

// form is what a block's text says about it, whatever its source: length, how it
// ends, its letter case, and what the phrase tables and parsers recognise in it.
type form struct {
	words      int  // words, counting two CJK characters as one
	sentence   bool // ends as a sentence does (. ! ? … or a closing quote after one)
	prose      bool // a full paragraph of running text
	titleCase  bool // most words capitalised, as headlines and link titles are
	quoted     bool // wholly inside quotation marks
	bullet     int  // byte length of a leading bullet or number marker, 0 if none
	furniture  Reason
	credit     int // credit.Evidence
	hasDate    bool
	dateShare  float64
	names      []string // byline names, read only for blocks before the body
	byExplicit bool
	url        bool
	// commonWord and gapRepeats are page evidence about a line that may be an
	// unlabelled credit (see markNameEvidence): one of its words is written in lower
	// case elsewhere on the page, running text names it with a capital mid-sentence,
	// and how often the line stands under an image gap.
	commonWord bool
	properNoun bool
	gapRepeats int
}

func readForm(s string) form {
	f := form{words: wordCount(s), sentence: endsSentence(s)}
	f.prose = f.words >= 12 && f.sentence || f.words >= 30
	if !f.prose {
		f.titleCase = isTitleCase(s)
	}
	f.quoted = isQuoted(s)
	f.bullet = bulletLen(s)
	if r, ok := furnitureReason(s); ok {
		f.furniture = r
	} else if isBrowserChrome(s) {
		f.furniture = ReasonNavigation
	}
	if !f.prose && f.furniture == "" {
		f.credit = credit.EvidenceCounted(s, f.words)
		// A caption carrying its credit is a caption: "The road ahead.Jane Doe/Getty".
		if f.credit >= 2 {
			if cap, cr := credit.SplitCaption(s); cr != "" && wordCount(cap) >= 4 && credit.Evidence(cap) == 0 {
				f.credit = 1
			}
		}
		// Every date the parser accepts has a four-digit year, and a line of more
		// words than a date line holds is not one.
		if f.words <= maxDatelineWords && hasFourDigits(s) {
			if _, share, ok := parseDateline(s); ok {
				f.hasDate, f.dateShare = true, share
			}
		}
	}
	f.url = looksLikeURL(s)
	return f
}

// Byte-parallel tests on eight bytes held in a uint64, first byte lowest.
const (
	lowBits  = ascii.LowBits
	highBits = ascii.HighBits
)

// hasByteBelow reports a byte of x below n, for x without high bits and n <= 0x80.
func hasByteBelow(x uint64, n byte) bool { return ascii.HasByteBelow(x, n) }

// wordCount is ascii.WordCount.
func wordCount(s string) int { return ascii.WordCount(s) }

// endsSentence is ascii.EndsSentence.
func endsSentence(s string) bool { return ascii.EndsSentence(s) }

// bulletLen is textdump.BulletLen.
func bulletLen(s string) int { return textdump.BulletLen(s) }

// numberedPrefix is textdump.NumberedPrefix.
func numberedPrefix(s string) int { return textdump.NumberedPrefix(s) }

// isTitleCase reports headline-style capitalisation: at least three words and nearly
// all words of four or more letters capitalised.
func isTitleCase(s string) bool {
	long, capital, words := 0, 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		// The first word is capitalised in any case; a word of fewer than four bytes
		// has fewer than four letters, whatever trimming leaves of it.
		if words == 1 || len(w) < 4 {
			continue
		}
		w = trimTitleWord(w)
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			capital++
		}
	}
	return words >= 3 && long >= 2 && capital*5 >= long*4
}

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
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " .,"))
	open := first == '"' || first == '“' || first == '‘' || first == '«' || first == '\''
	closing := last == '"' || last == '”' || last == '’' || last == '»' || last == '\''
	return open && closing && utf8.RuneCountInString(s) > 2
}

func looksLikeURL(s string) bool {
	return !strings.Contains(s, " ") && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www."))
}

// hasFourDigits reports a run of at least four ASCII digits, as a year is written.
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
