package newsparse

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// decodeHTML returns the page as UTF-8 and the name of the encoding it was read in.
//
// The order is the HTML standard's: a byte-order mark, then the charset of the HTTP
// Content-Type header (WithContentType), then a <meta> prescan of the first 1024 bytes,
// then a guess. charset.DetermineEncoding implements that order, with one weakness this
// function corrects: its guess looks at 1024 bytes only, and a page whose head is pure
// ASCII is then taken for windows-1252, which turns every later "é" or "’" of a UTF-8
// page into mojibake. Whenever the answer is not certain (no BOM, no header charset), a
// page that is valid UTF-8 as a whole and holds multi-byte sequences is read as UTF-8:
// legacy 8-bit text is practically never valid UTF-8 by accident, while pages that
// declare a legacy charset in <meta> but were saved as UTF-8 are common.
func decodeHTML(b []byte, contentType string) (string, string) {
	out, name := decodeHTMLBytes(b, contentType)
	return string(out), name
}

// decodeHTMLBytes is decodeHTML without the copy into a string: UTF-8 input comes
// back as the same bytes, so the caller must not change b afterwards.
func decodeHTMLBytes(b []byte, contentType string) ([]byte, string) {
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if !certain && name != "utf-8" && hasMultiByteUTF8(b) {
		enc, name = encoding.Nop, "utf-8"
	}
	if name == "utf-8" || enc == encoding.Nop {
		// A UTF-8 BOM would otherwise reach the text as an invisible character.
		return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), "utf-8"
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// The x/text decoders replace bad input rather than fail; this is a guard for
		// an encoder that might not, and the raw bytes are repaired downstream.
		return b, name
	}
	return out, name
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
