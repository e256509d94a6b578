package newsparse

import (
	"bytes"
	"math/bits"
	"mime"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/htmldom"
	"golang.org/x/net/html/atom"
)

// CharsetSource says where the charset an input was read in came from.
type CharsetSource string

// The sources of Article.Charset, most authoritative first.
const (
	CharsetBOM      CharsetSource = "bom"      // a byte-order mark
	CharsetHeader   CharsetSource = "header"   // the Content-Type given with WithContentType
	CharsetMeta     CharsetSource = "meta"     // a <meta charset> or http-equiv declaration
	CharsetDetected CharsetSource = "detected" // read off the bytes: nothing was declared, or the declaration contradicted them
	CharsetDefault  CharsetSource = "default"  // nothing declared and detection unsure: windows-1252, as browsers default
)

var charsetSources = []CharsetSource{CharsetBOM, CharsetHeader, CharsetMeta, CharsetDetected, CharsetDefault}

func (s CharsetSource) String() string { return string(s) }

// MarshalText implements encoding.TextMarshaler; see marshalEnum.
func (s CharsetSource) MarshalText() ([]byte, error) { return marshalEnum(s, charsetSources) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is kept as written.
func (s *CharsetSource) UnmarshalText(b []byte) error { return unmarshalEnum(s, b) }

// Known reports whether s is one of the charset sources this release defines.
func (s CharsetSource) Known() bool { return slices.Contains(charsetSources, s) }

// decoded is an input turned into UTF-8, with the charset it was read in.
type decoded struct {
	text    []byte
	charset string // the WHATWG name: "utf-8", "windows-1251", "shift_jis"
	source  CharsetSource
}

// decodeInput returns b as UTF-8 (htmldom.Decode: a byte-order mark, the charset of
// WithContentType, for HTML a <meta> prescan, then detection). UTF-8 input comes
// back as the same bytes (less a BOM), so the caller must not change b afterwards
// unless it owns it.
func decodeInput(b []byte, contentType string, isHTML bool) decoded {
	d := htmldom.Decode(b, contentType, isHTML)
	return decoded{d.Text, d.Charset, CharsetSource(d.Source)}
}

// binarySample is how much of the input looksBinary inspects: enough to tell a text
// from an image or archive without reading a large input twice.
const binarySample = 8 << 10

// binarySignatures open files of common binary formats: images, archives, compressed
// streams, documents, fonts, media and executables. None of them opens a text.
var binarySignatures = [][]byte{
	[]byte("\x89PNG\r\n\x1a\n"), []byte("\xff\xd8\xff"), []byte("GIF87a"), []byte("GIF89a"),
	[]byte("%PDF-"), []byte("PK\x03\x04"), []byte("\x1f\x8b"), []byte("BZh"),
	[]byte("\xfd7zXZ\x00"), []byte("7z\xbc\xaf\x27\x1c"), []byte("\x28\xb5\x2f\xfd"),
	[]byte("\x7fELF"), []byte("OggS\x00"), []byte("wOFF"), []byte("wOF2"), []byte("\x00asm"),
	[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), []byte("RIFF"), []byte("fLaC"),
}

// looksBinary reports input that is mostly not text. That is: it opens with the
// signature of a common binary format (PNG, JPEG, GIF, PDF, ZIP, gzip, ...), or more
// than one byte in 16 of its first 8 KiB is a control character that text never uses
// (U+0000 to U+001F other than tab, line feed, form feed and carriage return, and
// U+007F). Compressed or random bytes hold such characters at about one in ten; text
// with stray NULs or control characters, which are removed like invalid characters,
// holds a few. Invalid UTF-8 is no evidence: legacy charsets are decoded, and what
// stays invalid is replaced by U+FFFD.
//
// raw is the input as it came, where signatures are looked for; text is the input
// decoded, where control characters are counted (UTF-16 holds a zero byte in most
// characters). raw may be nil when the input came as text.
func looksBinary[T string | []byte](raw []byte, text T) bool {
	for _, sig := range binarySignatures {
		if bytes.HasPrefix(raw, sig) {
			return true
		}
	}
	sample := text[:min(len(text), binarySample)]
	bad := 0
	for i := firstBinaryControl(sample); i < len(sample); i += 1 + firstBinaryControl(sample[i+1:]) {
		bad++
	}
	return bad*16 > len(sample)
}

// isBinaryControl reports the ASCII control characters that no text uses.
func isBinaryControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7f
}

// dropControls removes in place the control characters isBinaryControl reports, NUL
// included, as invalid characters are dropped, so that a page with stray NULs reads
// like the same page without them. It returns b unchanged when there are none.
func dropControls(b []byte) []byte {
	i := firstBinaryControl(b)
	if i == len(b) {
		return b
	}
	out := b[:i]
	for _, c := range b[i:] {
		if !isBinaryControl(c) {
			out = append(out, c)
		}
	}
	return out
}

// firstBinaryControl returns the index of the first byte isBinaryControl reports, or
// len(b). It passes 32 bytes at a time while none of them is below U+0020 or is
// U+007F (mayHoldControl), as in most of a page, and reads the words of a block that
// may hold one with binaryControls, which tells the line ends and tabs of the markup,
// found in a word in twenty, from the controls without a look at each byte.
func firstBinaryControl[T string | []byte](b T) int {
	i := 0
	for ; i+32 <= len(b); i += 32 {
		w := b[i : i+32]
		x0, x1, x2, x3 := ascii.Load64(w, 0), ascii.Load64(w, 8), ascii.Load64(w, 16), ascii.Load64(w, 24)
		if mayHoldControl(x0)|mayHoldControl(x1)|mayHoldControl(x2)|mayHoldControl(x3) == 0 {
			continue
		}
		for k, x := range [4]uint64{x0, x1, x2, x3} {
			if m := binaryControls(x); m != 0 {
				return i + 8*k + bits.TrailingZeros64(m)/8
			}
		}
	}
	for ; i+8 <= len(b); i += 8 {
		if m := binaryControls(ascii.Load64(b, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(b); i++ {
		if isBinaryControl(b[i]) {
			return i
		}
	}
	return len(b)
}

// mayHoldControl is not zero for a word of eight bytes that holds a byte below
// U+0020 or a U+007F (a zero byte once XORed with 0x7f): the test is exact for "some
// byte" (ascii.BytesBelow), not for which, and cheaper than binaryControls.
func mayHoldControl(x uint64) uint64 {
	return ascii.BytesBelow(x, ' ') | ascii.BytesBelow(x^0x7f*lowBits, 1)
}

// binaryControls sets the high bit of each byte of x that isBinaryControl reports,
// and of no other. On y, x's bytes less their high bits, adding 0x80-k to a byte sets
// its high bit just when it is k or more, and carries into no other byte; so does
// adding 0x7f just when it is not 0, after an XOR with k tells the bytes equal to k.
func binaryControls(x uint64) uint64 {
	const l = lowBits
	y := x & ascii.RestBits
	// Below U+0020 and not tab, line feed, form feed or carriage return (U+0009,
	// U+000A, U+000C, U+000D): below U+0009, U+000B, or U+000E and above.
	atLeast20, atLeast09, atLeast0e := y+(0x80-0x20)*l, y+(0x80-0x09)*l, y+(0x80-0x0e)*l
	not0b, not7f := (y^0x0b*l)+ascii.RestBits, (y^0x7f*l)+ascii.RestBits
	low := ^atLeast20 & (^atLeast09 | ^not0b | atLeast0e)
	return (low | ^not7f) &^ x & ascii.HighBits
}

// isVoidElement reports the elements that never have content or an end tag.
func isVoidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// cleanField makes one output string safe: valid UTF-8, and free of bidi controls
// and of the control characters dropControls removes, whatever an attribute or the
// metadata carried. Strings that need nothing are returned as they are.
func cleanField(s string) string {
	// A prefix of printable ASCII needs nothing and cannot end inside a character:
	// only the rest is read again, and most strings have none.
	if rest := s[printablePrefix(s):]; rest == "" || utf8.ValidString(rest) && !needsCleaning(rest) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !needsCleaning(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && isBinaryControl(byte(r)) || isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// wholeCharsOf reports whether s lies in t's memory, beginning and ending on
// boundaries of t's characters: a run of t's whole characters, whatever t's content.
// Strings are immutable, so such an s holds what t holds there; the addresses are
// only compared.
func wholeCharsOf(s, t string) bool {
	if s == "" || t == "" {
		return false
	}
	// Below t's start, the difference wraps around to far above its length.
	off := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(t)))
	if off >= uintptr(len(t)) || uintptr(len(s)) > uintptr(len(t))-off {
		return false
	}
	end := int(off) + len(s)
	return utf8.RuneStart(t[off]) && (end == len(t) || utf8.RuneStart(t[end]))
}

// printablePrefix returns the length of s's longest prefix of printable ASCII
// (U+0020 to U+007E), read a word at a time.
func printablePrefix(s string) int {
	i := 0
	for ; i+32 <= len(s); i += 32 {
		w := s[i : i+32]
		x0, x1, x2, x3 := ascii.Load64(w, 0), ascii.Load64(w, 8), ascii.Load64(w, 16), ascii.Load64(w, 24)
		if printableBytes(x0)&printableBytes(x1)&printableBytes(x2)&printableBytes(x3) != ascii.HighBits {
			break
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if m := printableBytes(ascii.Load64(s, i)) ^ ascii.HighBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s) && s[i]-' ' < '~'-' '+1; i++ {
	}
	return i
}

// printableBytes sets the high bit of each byte of x that is printable ASCII (U+0020
// to U+007E), and of no other. On y, x's bytes less their high bits, adding 0x60 sets
// a byte's high bit just when it is U+0020 or more, adding 1 just when it is U+007F,
// and neither carries into the next byte.
func printableBytes(x uint64) uint64 {
	y := x & ascii.RestBits
	return (y + (0x80-0x20)*lowBits) &^ (y + lowBits) &^ x & ascii.HighBits
}

// needsCleaning reports a string holding a control character or a bidi control. It
// looks for the controls eight bytes at a time (firstBinaryControl), and decodes only
// the three-byte sequences that open with 0xE2, where the bidi controls are, rather
// than every one: curly quotes and dashes begin with 0xE2 too, and most paragraphs of
// English text hold some.
func needsCleaning(s string) bool {
	if firstBinaryControl(s) < len(s) {
		return true
	}
	for i := strings.IndexByte(s, 0xe2); i >= 0 && i+2 < len(s); i = nextByte(s, i+1, 0xe2) {
		if r, _ := utf8.DecodeRuneInString(s[i : i+3]); isBidiControl(r) {
			return true
		}
	}
	return false
}

// nextByte returns the index of the first c in s at or after i, or -1.
func nextByte(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return -1
}

// parseRaw is Parse once the input is read: decoded first (byte-order mark, the
// header's charset, the zero bytes of UTF-16, a <meta> prescan, detection), then
// sniffed for HTML or text, unless WithContentType settled which (text/plain, or
// text/html and application/xhtml+xml). The size limit applied to the bytes read.
func parseRaw(raw []byte, cfg config) (*Article, error) {
	kind := mediaKind(cfg.contentType)
	d := decodeInput(raw, cfg.contentType, kind != "text")
	if kind == "html" || kind == "" && looksLikeHTML(d.text) {
		return parseHTMLDecoded(raw, d, cfg)
	}
	if looksBinary(raw, d.text) {
		return nil, errBinary()
	}
	return parseTextDecoded(string(d.text), d, cfg)
}

// mediaKind returns "html" or "text" for a Content-Type that settles the input's
// kind, and "" for any other or none.
func mediaKind(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	switch {
	case err != nil:
		return ""
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "html"
	case mt == "text/plain":
		return "text"
	}
	return ""
}
