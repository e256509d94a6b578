package newsparse

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// The tables are keyed by strings.ToLower of their entries. The helpers here give
// exactly what strings.ToLower would, into a buffer the caller keeps on its stack, so
// that looking a line up does not allocate a lower-cased copy of it each time.

// appendToLower appends strings.ToLower(s) to buf. Like strings.ToLower, it maps rune by
// rune and writes U+FFFD for each invalid byte.
func appendToLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		// Eight bytes of ASCII at a time: set bit 5 of the bytes 'A' to 'Z'.
		if i+8 <= len(s) {
			if x := ascii.Load64(s, i); x&highBits == 0 {
				upper := (x + (0x80-'A')*lowBits) &^ (x + (0x80-'Z'-1)*lowBits) & highBits
				buf = binary.LittleEndian.AppendUint64(buf, x|upper>>2)
				i += 8
				continue
			}
		}
		buf, i = appendLowerAt(buf, s, i)
	}
	return buf
}

// appendLowerAt appends the lower case of the character at s[i] and returns the
// index after it.
func appendLowerAt(buf []byte, s string, i int) ([]byte, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return append(buf, asciiLower(c)), i + 1
	}
	r, size := ascii.DecodeRune(s, i)
	return utf8.AppendRune(buf, toLower(r)), i + size
}

// appendLowerASCII appends s to buf with its ASCII capitals lowered and every other
// byte as it is, so that offsets into the copy are offsets into s.
func appendLowerASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		buf = append(buf, asciiLower(s[i]))
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

// lowerPrefix appends strings.ToLower(s) to buf until at least n bytes are appended or
// s ends: enough to test the lower-cased text for prefixes of up to n bytes, since
// lower-casing maps rune by rune.
func lowerPrefix(buf []byte, s string, n int) []byte {
	end := len(buf) + n
	for i := 0; i < len(s) && len(buf) < end; {
		buf, i = appendLowerAt(buf, s, i)
	}
	return buf
}

// keyBuf is room for a look-up key on the stack; longer keys spill to the heap.
type keyBuf [64]byte

// agencyOf returns the agency an alias names, in any letter case.
func agencyOf(s string) (string, bool) {
	// Lower-casing shortens a text to a third at most (U+212A KELVIN SIGN becomes
	// "k"), so a much longer text is no alias.
	if len(s) > 3*maxAliasLen {
		return "", false
	}
	var buf keyBuf
	name, ok := agencyByAlias[string(appendToLower(buf[:0], s))]
	return name, ok
}

// maxAliasLen is the length of the longest lower-cased alias.
var maxAliasLen = func() int {
	n := 0
	for k := range agencyByAlias {
		n = max(n, len(k))
	}
	return n
}()

// isUpperCased reports strings.ToUpper(s) == s without building the copy.
func isUpperCased(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToUpper(s) == s
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// containsLower reports strings.Contains(strings.ToLower(s), sub) for a lower-case
// ASCII sub.
func containsLower(s, sub string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			// "İ" lower-cases to "i": only ASCII text can be searched as it is.
			return strings.Contains(strings.ToLower(s), sub)
		}
	}
	return indexFold(s, sub) >= 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
