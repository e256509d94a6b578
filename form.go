package newsparse

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
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
	credit     int // creditEvidence
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
		f.credit = creditEvidenceCounted(s, f.words)
		// A caption carrying its credit is a caption: "The road ahead.Jane Doe/Getty".
		if f.credit >= 2 {
			if cap, cr := splitCaptionCredit(s); cr != "" && wordCount(cap) >= 4 && creditEvidence(cap) == 0 {
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

// wordCount counts space-separated words, and two CJK characters as one word, so that
// length thresholds mean the same in Japanese as in English.
func wordCount(s string) int {
	words, cjk := 0, 0
	inWord := false
	for i := 0; i < len(s); {
		// Eight bytes of ASCII at a time: a word starts at each non-space byte after
		// a space byte.
		if i+8 <= len(s) {
			x := ascii.Load64(s, i)
			if x&highBits == 0 {
				space := ascii.ZeroBytes(x^(' '*lowBits)) | ascii.ZeroBytes(x^('\t'*lowBits)) |
					ascii.ZeroBytes(x^('\n'*lowBits)) | ascii.ZeroBytes(x^('\r'*lowBits))
				after := space<<8 | highBits&0xff
				if inWord {
					after = space << 8
				}
				words += bits.OnesCount64(^space & after & highBits)
				inWord = space>>63 == 0
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				inWord = false
			} else if !inWord {
				words++
				inWord = true
			}
			i++
			continue
		}
		// Two-byte characters (Latin, Greek, Cyrillic...) are no CJK, and only
		// U+0085 and U+00A0 among them are spaces.
		if c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			if c == 0xc2 && (s[i+1] == 0x85 || s[i+1] == 0xa0) {
				inWord = false
			} else if !inWord {
				words++
				inWord = true
			}
			i += 2
			continue
		}
		r, size := ascii.DecodeRune(s, i)
		i += size
		switch {
		case isCJK(r):
			cjk++
			inWord = false
		case isSpaceRune(r):
			inWord = false
		default:
			if !inWord {
				words++
			}
			inWord = true
		}
	}
	return words + cjk/2
}

// Byte-parallel tests on eight bytes held in a uint64, first byte lowest.
const (
	lowBits  = ascii.LowBits
	highBits = ascii.HighBits
)

// hasByteBelow reports a byte of x below n, for x without high bits and n <= 0x80.
func hasByteBelow(x uint64, n byte) bool { return ascii.HasByteBelow(x, n) }

func isCJK(r rune) bool {
	// Hangul Jamo start at U+1100; every other script counted here at U+2E80.
	if r < 0x1100 || r > 0x11ff && r < 0x2e80 {
		return false
	}
	if r < 0x10000 {
		return cjkBMP[r>>6]&(1<<(r&63)) != 0
	}
	return isCJKTable(r)
}

func isCJKTable(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// cjkBMP holds isCJKTable for the Basic Multilingual Plane, one bit a rune, so that
// CJK text, a character a word, is not a table search per character. Built once,
// never written afterwards.
var cjkBMP = func() *[1 << 10]uint64 {
	var bits [1 << 10]uint64
	for r := rune(0x1100); r < 0x10000; r++ {
		if isCJKTable(r) {
			bits[r>>6] |= 1 << (r & 63)
		}
	}
	return &bits
}()

// endsSentence reports text that ends as a sentence does, allowing closing quotes and
// brackets after the stop.
func endsSentence(s string) bool {
	// strings.TrimRight(s, " \"'”’»›)]」』*"), without building the rune set.
	var r rune
	for s != "" {
		size := 1
		r = rune(s[len(s)-1])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		switch r {
		case ' ', '"', '\'', '”', '’', '»', '›', ')', ']', '」', '』', '*':
			s = s[:len(s)-size]
			r = utf8.RuneError // nothing left ends no sentence
			continue
		}
		break
	}
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':', ';':
		return true
	}
	return false
}

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

// bulletLen returns the length of a leading list marker: "• ", "- ", "* ", "· ", "– ".
// Numbered markers ("1. ") are left to the classifier, because numbered subheadings
// look the same.
func bulletLen(s string) int {
	// Every marker opens with '-', '*' or the lead byte of U+0080-U+00BF or of
	// U+2000-U+2FFF.
	if s == "" || s[0] != '-' && s[0] != '*' && s[0] != 0xc2 && s[0] != 0xe2 {
		return 0
	}
	for _, b := range []string{"• ", "- ", "* ", "· ", "– ", "▪ ", "■ ", "◦ ", "○ ", "► ", "✓ ", "✔ "} {
		if strings.HasPrefix(s, b) && len(s) > len(b) {
			return len(b)
		}
	}
	return 0
}

// numberedPrefix returns the length of a leading "1. ", "12) " or "3 - " marker.
func numberedPrefix(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) {
		return 0
	}
	for _, sep := range []string{". ", ") ", " - ", ": "} {
		if strings.HasPrefix(s[i:], sep) {
			return i + len(sep)
		}
	}
	return 0
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
