package ascii

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case folding without copies. The tables the stages look lines up in are keyed by
// strings.ToLower of their entries; the helpers here give exactly what
// strings.ToLower would, into a buffer the caller keeps on its stack (KeyBuf), so
// that looking a line up does not allocate a lower-cased copy of it each time. The
// searches ignore case the way strings.EqualFold does, with fast paths for ASCII.

// KeyBuf is room for a look-up key on the stack; longer keys spill to the heap.
type KeyBuf [64]byte

// Upper raises an ASCII small letter and leaves every other byte.
func Upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// IsASCII reports text made of ASCII bytes alone, eight bytes at a time.
func IsASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if Load64(s, i)&HighBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AppendToLower appends strings.ToLower(s) to buf. Like strings.ToLower, it maps
// rune by rune and writes U+FFFD for each invalid byte.
func AppendToLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		// Eight bytes of ASCII at a time.
		for ; i+8 <= len(s); i += 8 {
			x := Load64(s, i)
			if x&HighBits != 0 {
				break
			}
			buf = binary.LittleEndian.AppendUint64(buf, lower8(x))
		}
		// Then one ASCII byte at a time, inline (appendLowerAt, which decodes, is a
		// call), up to a character past ASCII: most keys are short words, all of
		// whose bytes pass here, and a loop of its own tests nothing else.
		for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
			buf = append(buf, Lower(s[i]))
		}
		if i < len(s) {
			buf, i = appendLowerAt(buf, s, i)
		}
	}
	return buf
}

// lower8 lowers the capitals of eight ASCII bytes: it sets bit 5 of the bytes 'A'
// to 'Z'.
func lower8(x uint64) uint64 {
	upper := (x + (0x80-'A')*LowBits) &^ (x + (0x80-'Z'-1)*LowBits) & HighBits
	return x | upper>>2
}

// appendLowerAt appends the lower case of the character at s[i] and returns the
// index after it.
func appendLowerAt(buf []byte, s string, i int) ([]byte, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return append(buf, Lower(c)), i + 1
	}
	r, size := DecodeRune(s, i)
	return utf8.AppendRune(buf, toLower(r)), i + size
}

// AppendLowerASCII appends s to buf with its ASCII capitals lowered and every other
// byte as it is, so that offsets into the copy are offsets into s.
func AppendLowerASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		buf = append(buf, Lower(s[i]))
	}
	return buf
}

// LowerPrefix appends strings.ToLower(s) to buf until at least n bytes are appended
// or s ends: enough to test the lower-cased text for prefixes of up to n bytes, since
// lower-casing maps rune by rune.
func LowerPrefix(buf []byte, s string, n int) []byte {
	end := len(buf) + n
	i := 0
	// Eight bytes of ASCII at a time while all eight are wanted: ASCII keeps its
	// length in lower case, so the copy stops where one rune at a time would.
	for i+8 <= len(s) && len(buf)+8 <= end {
		x := Load64(s, i)
		if x&HighBits != 0 {
			break
		}
		buf = binary.LittleEndian.AppendUint64(buf, lower8(x))
		i += 8
	}
	for i < len(s) && len(buf) < end {
		if c := s[i]; c < utf8.RuneSelf {
			buf = append(buf, Lower(c))
			i++
			continue
		}
		buf, i = appendLowerAt(buf, s, i)
	}
	return buf
}

// toLower is unicode.ToLower with a table for the two-byte characters (Latin,
// Greek, Cyrillic...) and no search for the uncased CJK blocks.
func toLower(r rune) rune {
	switch {
	case r < 0x800:
		return rune(lowerTwoByte[r])
	case r >= 0x3040 && r < 0xa640 || r >= 0xac00 && r < 0xd7a4:
		return r // kana, CJK ideographs, Yi, Vai, Hangul: no case (TestToLower)
	}
	return unicode.ToLower(r)
}

// lowerTwoByte holds unicode.ToLower below U+0800. Built once, never written
// afterwards.
var lowerTwoByte = func() *[0x800]uint16 {
	var t [0x800]uint16
	for r := range rune(0x800) {
		t[r] = uint16(unicode.ToLower(r))
	}
	return &t
}()

// IsUpperCased reports strings.ToUpper(s) == s without building the copy: every
// character is its own upper case, and no byte is invalid (the copy would hold
// U+FFFD for it).
func IsUpperCased(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

// ContainsLower reports strings.Contains(strings.ToLower(s), sub) for a lower-case
// ASCII sub.
func ContainsLower(s, sub string) bool {
	if !IsASCII(s) {
		// "İ" lower-cases to "i": only ASCII text can be searched as it is. The
		// lower-cased copy is made on the stack.
		var buf [256]byte
		return bytes.Contains(AppendToLower(buf[:0], s), []byte(sub))
	}
	return IndexFold(s, sub) >= 0
}

// HasPrefixFold is strings.HasPrefix ignoring case, without lower-casing all of s.
func HasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	// ASCII letters fold only with each other, but for "k" with U+212A KELVIN SIGN
	// and "s" with U+017F LONG S: a mismatch found before any other byte is final.
	if s != "" && s[0] >= utf8.RuneSelf && prefix != "" && prefix[0] < utf8.RuneSelf {
		if c := Lower(prefix[0]); c != 'k' && c != 's' {
			return false
		}
	}
	for i := 0; i < len(prefix); i++ {
		a, b := s[i], prefix[i]
		if a|b >= utf8.RuneSelf {
			return strings.EqualFold(s[:len(prefix)], prefix)
		}
		if Lower(a) != Lower(b) {
			return false
		}
	}
	return true
}

// HasSuffixFold is strings.HasSuffix ignoring case.
func HasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// HasPrefixBytes is bytes.HasPrefix for a string prefix, without converting it.
func HasPrefixBytes(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}

// EqualFoldAny reports s equal to one of words, ignoring case, without allocating.
func EqualFoldAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// IndexFold is strings.Index ignoring case, for the short separators and labels the
// stages look for. It jumps between occurrences of sub's first byte, in either
// case, so that the common miss costs a byte scan rather than a comparison at every
// offset.
func IndexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	// n bytes of s that hold a non-ASCII character hold fewer than n runes, so an
	// ASCII sub only matches ASCII text, byte for byte.
	ascii := true
	for i := 0; i < n; i++ {
		ascii = ascii && sub[i] < utf8.RuneSelf
	}
	// The search jumps between candidate bytes: those of sub's first byte, or for
	// an ASCII sub opening with a space (" via "), the rarer second byte.
	k := 0
	if ascii && n > 1 && sub[0] == ' ' {
		k = 1
	}
	lo, up := Lower(sub[k]), Upper(sub[k])
	for i := 0; i+n <= len(s); i++ {
		j := indexEitherByte(s[i+k:len(s)-n+1+k], lo, up)
		if j < 0 {
			return -1
		}
		i += j
		if ascii && equalFoldASCII(s[i:i+n], sub) || !ascii && strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// equalFoldASCII is strings.EqualFold for an ASCII b and an a of the same length.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(b); i++ {
		if Lower(a[i]) != Lower(b[i]) {
			return false
		}
	}
	return true
}

// indexEitherByte returns the index of the first a or b in s, or -1.
func indexEitherByte(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	if a == b {
		return i
	}
	if i >= 0 {
		s = s[:i] // only an earlier b matters
	}
	if j := strings.IndexByte(s, b); j >= 0 {
		return j
	}
	return i
}

// LetterCount counts the letters of s.
func LetterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// IndexAnyWord returns the first index in s of any of words (strings.IndexAny, by
// contrast, looks for any of a set of characters), -1 when none occurs.
func IndexAnyWord(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// ContainsAny is strings.ContainsAny for a set of characters without U+FFFD: each
// character is searched for with strings.IndexByte or strings.Contains, which scan
// many bytes at a time, where strings.ContainsAny decodes every character of s and
// looks it up in the set when the set holds a character past ASCII or s is short.
// UTF-8 resynchronises at every character, so a character's bytes in s are that
// character.
func ContainsAny(s, chars string) bool {
	for i := 0; i < len(chars); {
		if c := chars[i]; c < utf8.RuneSelf {
			if strings.IndexByte(s, c) >= 0 {
				return true
			}
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(chars[i:])
		if strings.Contains(s, chars[i:i+size]) {
			return true
		}
		i += size
	}
	return false
}

// DigitAt reports an ASCII digit at s[i], false past the end.
func DigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
