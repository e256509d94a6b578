package newsparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// binarySample is how much of the input looksBinary inspects: enough to tell a text
// from an image or archive without reading a large input twice.
const binarySample = 8 << 10

// looksBinary reports input that is not text: any NUL byte, or a sample in which more
// than a third of the characters are invalid UTF-8 or control characters. A legacy
// 8-bit text (a few invalid bytes per line) stays well under that.
func looksBinary(s string) bool {
	if strings.IndexByte(s, 0) >= 0 {
		return true
	}
	sample := s
	if len(sample) > binarySample {
		sample = sample[:binarySample]
	}
	bad, total := 0, 0
	for i := 0; i < len(sample); {
		if c := sample[i]; c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				bad++
			}
			total++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(sample[i:])
		// A rune cut off by the sample's end is not evidence of anything.
		if r == utf8.RuneError && size == 1 && i+utf8.UTFMax <= len(sample) {
			bad++
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			bad++
		}
		total++
		i += size
	}
	return total > 0 && bad*3 > total
}

// isBlank reports whether s holds only white space and invisible characters.
func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !isInvisible(r) && r != utf8.RuneError {
			return false
		}
	}
	return true
}

// isInvisible reports characters a reader never sees: zero-width spaces and joiners,
// the byte-order mark, soft hyphens and other format characters.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f':
		return true
	}
	return false
}

// normalizeText makes the text what a reader sees, in one pass: invalid UTF-8 becomes
// U+FFFD; CRLF, CR and Unicode line separators become "\n"; tabs, no-break and other
// Unicode spaces become one space; invisible and control characters go; runs of spaces
// collapse and lines lose leading and trailing spaces. Line structure is kept, because
// blank lines are the text front end's main layout evidence.
func normalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	lineStart := true
	for i := 0; i < len(s); {
		// Plain ASCII letters and punctuation, with single spaces between them, are by
		// far the commonest case: such runs are copied whole.
		if c := s[i]; c > ' ' && c < 0x7f {
			j := i + 1
			for j < len(s) {
				if c := s[j]; c > ' ' && c < 0x7f {
					j++
				} else if c == ' ' && j+1 < len(s) && s[j+1] > ' ' && s[j+1] < 0x7f {
					j += 2
				} else {
					break
				}
			}
			flushSpace(&b, &pendingSpace)
			b.WriteString(s[i:j])
			lineStart = false
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			fallthrough
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' || r == '\u0085':
			b.WriteByte('\n')
			pendingSpace, lineStart = false, true
		case r == utf8.RuneError && size == 1:
			flushSpace(&b, &pendingSpace)
			b.WriteRune(utf8.RuneError)
			lineStart = false
		case r == ' ' || r == '\t' || unicode.IsSpace(r):
			if !lineStart {
				pendingSpace = true
			}
		case isInvisible(r) || unicode.IsControl(r):
			// dropped
		default:
			flushSpace(&b, &pendingSpace)
			b.WriteRune(r)
			lineStart = false
		}
	}
	return b.String()
}

func flushSpace(b *strings.Builder, pending *bool) {
	if *pending {
		b.WriteByte(' ')
		*pending = false
	}
}

// collapseSpace normalises the white space inside one piece of text (from HTML, say)
// the way normalizeText does for lines, and joins lines with a space.
func collapseSpace(s string) string {
	n := normalizeText(s)
	if strings.IndexByte(n, '\n') >= 0 {
		n = strings.Join(strings.Fields(n), " ")
	}
	return n
}
