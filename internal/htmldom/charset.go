package htmldom

import (
	"bytes"
	"encoding/binary"
	"mime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/saintfish/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// Source says where the charset an input was read in came from. The root package
// gives the same words to its users as newsparse.CharsetSource.
type Source string

// The sources of a charset, most authoritative first.
const (
	SourceBOM      Source = "bom"      // a byte-order mark
	SourceHeader   Source = "header"   // the charset of the Content-Type header
	SourceMeta     Source = "meta"     // a <meta charset> or http-equiv declaration
	SourceDetected Source = "detected" // read off the bytes: nothing was declared, or the declaration contradicted them
	SourceDefault  Source = "default"  // nothing declared and detection unsure: windows-1252, as browsers default
)

// detectSample is how much of the input the detectors read. chardet reads 8 KiB of
// it; the UTF-8 and UTF-16 checks read more, since one stray byte can sit anywhere.
const detectSample = 64 << 10

// Decoded is an input turned into UTF-8, with the charset it was read in.
type Decoded struct {
	// Text is the input in UTF-8. It may still hold invalid sequences where the
	// input was declared or detected as UTF-8; readers repair them as they read.
	Text    []byte
	Charset string // the WHATWG name: "utf-8", "windows-1251", "shift_jis"
	Source  Source
}

// Decode returns b as UTF-8. The order is the HTML standard's: a byte-order mark,
// then the charset of the HTTP Content-Type header (contentType), then, for HTML,
// a <meta> prescan of the first 1024 bytes, then the bytes themselves. Two corrections
// are made to what is declared, each only on strong evidence: a page declared in a
// legacy charset that is valid UTF-8 with multi-byte sequences is read as UTF-8
// (legacy 8-bit text is practically never valid UTF-8 by accident, while pages saved
// as UTF-8 under an old <meta> are common), and a page declared UTF-8 whose bytes are
// mostly invalid UTF-8 is detected like an undeclared one. Undeclared input that is not
// UTF-8 goes to a detector (UTF-16 by its pattern of zero bytes, the rest by
// chardet's byte and n-gram statistics); when that fails, windows-1252.
//
// UTF-8 input comes back as the same bytes (less a BOM), so the caller must not
// change b afterwards unless it owns it.
func Decode(b []byte, contentType string, isHTML bool) Decoded {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return Decoded{b[3:], "utf-8", SourceBOM}
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", SourceBOM)
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", SourceBOM)
	}
	if order, ok := sniffUTF16(b); ok {
		return decodeWith(b, unicode.UTF16(order, unicode.IgnoreBOM), map[unicode.Endianness]string{unicode.LittleEndian: "utf-16le", unicode.BigEndian: "utf-16be"}[order], SourceDetected)
	}
	label, source := headerCharset(contentType), SourceHeader
	if label == "" && isHTML {
		label, source = metaCharset(b), SourceMeta
	}
	if label != "" {
		enc, name := charset.Lookup(label)
		switch {
		case enc == nil:
			// An unknown label is no declaration.
		case name == "utf-8" || enc == encoding.Nop:
			if !mostlyInvalidUTF8(b) {
				return Decoded{b, "utf-8", source}
			}
			// The declaration lies: the bytes are some legacy charset.
			return detectCharset(b, isHTML)
		case name == "utf-16le" || name == "utf-16be":
			// A document that says it is UTF-16 in ASCII bytes is not UTF-16 (the
			// HTML standard reads such a declaration as UTF-8).
			return Decoded{b, "utf-8", SourceDetected}
		case hasMultiByteUTF8(b):
			return Decoded{b, "utf-8", SourceDetected}
		case latinCharset(name) && mostlyNonASCIIWords(b, isHTML):
			// Latin-script text is mostly ASCII letters whatever its language; words
			// made mostly of high bytes are another script (Cyrillic, Greek, Arabic,
			// Hebrew, CJK) under a Latin label: the declaration lies.
			return detectCharset(b, isHTML)
		default:
			d := decodeWith(b, enc, name, source)
			if mostlyReplaced(d.Text) {
				// A multi-byte charset (Shift_JIS, EUC-KR, GBK, Big5) that the bytes
				// do not follow: the declaration lies.
				return detectCharset(b, isHTML)
			}
			return d
		}
	}
	if utf8.Valid(b) {
		return Decoded{b, "utf-8", SourceDetected}
	}
	return detectCharset(b, isHTML)
}

// detectCharset reads undeclared bytes that are not UTF-8. Input that is UTF-8 with a
// few damaged sequences stays UTF-8 (the damage becomes U+FFFD downstream); the rest
// goes to chardet, whose answers are taken in order of confidence, ties broken by name
// so that the same input always gives the same charset.
func detectCharset(b []byte, isHTML bool) Decoded {
	if !mostlyInvalidUTF8(b) {
		return Decoded{b, "utf-8", SourceDetected}
	}
	d := chardet.NewTextDetector()
	if isHTML {
		d = chardet.NewHtmlDetector()
	}
	results, err := d.DetectAll(b[:min(len(b), detectSample)])
	if err == nil {
		slices.SortStableFunc(results, func(x, y chardet.Result) int {
			if x.Confidence != y.Confidence {
				return y.Confidence - x.Confidence
			}
			return strings.Compare(x.Charset, y.Charset)
		})
		for _, r := range results {
			label := r.Charset
			if label == "GB-18030" {
				label = "gb18030"
			}
			enc, name := charset.Lookup(label)
			if enc == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") {
				continue // IBM EBCDIC pages and the like: not a web charset
			}
			return decodeWith(b, enc, name, SourceDetected)
		}
	}
	enc, name := charset.Lookup("windows-1252")
	return decodeWith(b, enc, name, SourceDefault)
}

// latinCharset reports the WHATWG names of the 8-bit charsets for languages written in
// Latin script (ISO-8859-1 and ASCII labels map to windows-1252). Vietnamese
// (windows-1258) is left out: its words are often mostly accented letters.
func latinCharset(name string) bool {
	switch name {
	case "windows-1252", "windows-1250", "windows-1254", "windows-1257",
		"iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-10", "iso-8859-13",
		"iso-8859-14", "iso-8859-15", "iso-8859-16", "macintosh":
		return true
	}
	return false
}

// mostlyNonASCIIWords reports a sample whose words of three bytes or more are, one in
// five or more, made mostly of bytes above ASCII. In Latin-script languages such words
// are rare ("été", "über" have one or two high bytes among ASCII letters; French, German
// and Polish prose stays near one word in twenty); in Cyrillic, Greek or Arabic text in
// an 8-bit charset nearly every word is one. Markup of an HTML page is skipped, since
// tags and attributes are ASCII words whatever the text's script.
func mostlyNonASCIIWords(b []byte, isHTML bool) bool {
	b = b[:min(len(b), detectSample)]
	words, high := 0, 0
	inTag := false
	wordLen, wordHigh := 0, 0
	endWord := func() {
		if wordLen >= 3 {
			words++
			if wordHigh*2 > wordLen {
				high++
			}
		}
		wordLen, wordHigh = 0, 0
	}
	for _, c := range b {
		switch {
		case isHTML && c == '<':
			endWord()
			inTag = true
		case isHTML && c == '>':
			inTag = false
		case inTag:
		case c >= utf8.RuneSelf:
			wordLen++
			wordHigh++
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			wordLen++
		default:
			endWord()
		}
	}
	endWord()
	return words >= 20 && high*5 >= words
}

// decodeWith decodes b; the x/text decoders replace bad input rather than fail.
func decodeWith(b []byte, enc encoding.Encoding, name string, source Source) Decoded {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// A guard for a decoder that might fail: the raw bytes are repaired downstream.
		return Decoded{b, "utf-8", SourceDetected}
	}
	return Decoded{out, name, source}
}

// headerCharset returns the charset parameter of a Content-Type value, or "".
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// metaCharset returns the charset declared by a <meta charset> or <meta http-equiv=
// content-type> in the first 1024 bytes, as the HTML standard's prescan finds it, or "".
func metaCharset(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b[:min(len(b), 1024)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, content string
			httpEquiv := false
			for {
				k, v, more := z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				}
				if !more {
					break
				}
			}
			if cs == "" && httpEquiv {
				cs = contentCharset(content)
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
		}
	}
}

// contentCharset extracts the charset of an http-equiv content value, as the HTML
// standard's "algorithm for extracting a character encoding from a meta element".
func contentCharset(s string) string {
	// Found in s itself: the content is raw bytes, which a lowered copy would lengthen
	// (an invalid byte becomes three) and so point past the word in s.
	i := ascii.IndexFold(s, "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
	if !strings.HasPrefix(s, "=") {
		return contentCharset(s)
	}
	s = strings.TrimLeft(s[1:], " \t\n\f\r")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		if j := strings.IndexByte(s[1:], s[0]); j >= 0 {
			return s[1 : 1+j]
		}
		return ""
	}
	if j := strings.IndexAny(s, " \t\n\f\r;"); j >= 0 {
		s = s[:j]
	}
	return s
}

// hasMultiByteUTF8 reports whether b is valid UTF-8 and holds at least one multi-byte
// sequence. Pure ASCII says nothing about the charset, so it reports false.
func hasMultiByteUTF8(b []byte) bool {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i < len(b) && utf8.Valid(b[i:])
}

// mostlyInvalidUTF8 reports bytes whose non-ASCII part is mostly not UTF-8, sampled
// over the first detectSample bytes: at least 4 invalid bytes, and more invalid bytes
// than valid multi-byte characters. A UTF-8 page with a stray Latin-1 byte stays
// UTF-8; a windows-1251 or Shift_JIS page, where nearly every high byte is invalid
// UTF-8, does not.
func mostlyInvalidUTF8(b []byte) bool {
	b = b[:min(len(b), detectSample)]
	invalid, valid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			// ASCII runs are most of a page: passed eight bytes at a time.
			for i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:i+8])&ascii.HighBits == 0 {
				i += 8
			}
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r != utf8.RuneError || size > 1:
			valid++
		case i+utf8.UTFMax <= len(b):
			invalid++ // a character cut off by the sample's end is no evidence
		}
		i += size
	}
	return invalid >= 4 && invalid > valid
}

// mostlyReplaced reports a decoding that went wrong: in its first detectSample bytes,
// at least 4 U+FFFD and more than one non-ASCII character in 10 of them. Legacy
// charsets cannot encode U+FFFD, so each one is a byte sequence the declared charset
// does not have; single-byte charsets decode every byte and never trip it.
func mostlyReplaced(text []byte) bool {
	text = text[:min(len(text), detectSample)]
	repl, nonASCII := 0, 0
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		nonASCII++
		if r == utf8.RuneError {
			repl++
		}
		i += size
	}
	return repl >= 4 && repl*10 > nonASCII
}

// sniffUTF16 recognises UTF-16 without a byte-order mark by its zero bytes: text in
// Latin script, and the markup of any page, is mostly ASCII, whose UTF-16 code units
// have one zero byte, always on the same side. At least a third of the units of the
// sample must have a zero byte on that side and almost none on the other.
func sniffUTF16(b []byte) (unicode.Endianness, bool) {
	n := min(len(b), detectSample) &^ 1
	// Without a zero byte the sample is no UTF-16; IndexByte tells that faster than
	// the count below, and almost every page leaves here.
	if n < 4 || bytes.IndexByte(b[:n], 0) < 0 {
		return unicode.BigEndian, false
	}
	even, odd := 0, 0 // zero bytes at even and odd offsets
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	units := n / 2
	switch {
	case odd*3 >= units && even*20 < odd:
		return unicode.LittleEndian, true
	case even*3 >= units && odd*20 < even:
		return unicode.BigEndian, true
	}
	return unicode.BigEndian, false
}
