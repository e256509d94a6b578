package htmldom

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// cp1251 is a Russian sentence in windows-1251, long enough for the detectors.
func cp1251(t *testing.T) []byte {
	t.Helper()
	b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(russian))
	require.NoError(t, err)
	return b
}

const russian = "Городской совет заявил во вторник, что новый мост через реку откроется для движения следующей весной, после трёх лет задержек и споров о его стоимости. Строители обещают закончить работы к марту, а жители надеются, что пробки в центре города станут меньше."

// TestDecodeSources: each source of a charset, in the HTML standard's order, and the
// two corrections made to what a page declares.
func TestDecodeSources(t *testing.T) {
	ru := cp1251(t)
	utf16le := []byte{0xff, 0xfe, 'H', 0, 'i', 0}
	noBOM16 := []byte{}
	for _, c := range "<p>Hello there, a page in UTF-16 without a mark.</p>" {
		noBOM16 = append(noBOM16, byte(c), 0)
	}
	cases := []struct {
		name        string
		in          []byte
		contentType string
		isHTML      bool
		charset     string
		source      Source
		text        string // "" when not checked
	}{
		{"utf-8 BOM", []byte("\xef\xbb\xbfcafé"), "", true, "utf-8", SourceBOM, "café"},
		{"utf-16le BOM", utf16le, "", true, "utf-16le", SourceBOM, "Hi"},
		{"utf-16 sniffed", noBOM16, "", true, "utf-16le", SourceDetected, "<p>Hello there, a page in UTF-16 without a mark.</p>"},
		{"header", append([]byte("<p>"), ru...), "text/html; charset=windows-1251", true, "windows-1251", SourceHeader, "<p>" + russian},
		{"meta", append([]byte(`<meta charset="windows-1251"><p>`), ru...), "", true, "windows-1251", SourceMeta, `<meta charset="windows-1251"><p>` + russian},
		{"meta http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset='windows-1251'"><p>`), ru...), "", true, "windows-1251", SourceMeta, ""},
		{"header outranks meta", append([]byte(`<meta charset="iso-8859-5"><p>`), ru...), "text/html; charset=windows-1251", true, "windows-1251", SourceHeader, ""},
		{"meta ignored for text", append([]byte(`<meta charset="windows-1251">`), "plain ascii"...), "", false, "utf-8", SourceDetected, ""},
		{"undeclared utf-8", []byte("naïve café"), "", true, "utf-8", SourceDetected, "naïve café"},
		{"undeclared legacy", ru, "", false, "windows-1251", SourceDetected, russian},
		{"declared latin, is utf-8", []byte(`<meta charset="iso-8859-1"><p>naïve café</p>`), "", true, "utf-8", SourceDetected, ""},
		{"declared utf-8, is legacy", append([]byte(`<meta charset="utf-8"><p>`), ru...), "", true, "windows-1251", SourceDetected, ""},
		{"declared latin, is cyrillic", append([]byte(`<meta charset="windows-1252"><p>`), ru...), "", true, "windows-1251", SourceDetected, ""},
		{"unknown label", []byte(`<meta charset="x-klingon"><p>plain</p>`), "", true, "utf-8", SourceDetected, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Decode(c.in, c.contentType, c.isHTML)
			assert.Equal(t, c.charset, d.Charset)
			assert.Equal(t, c.source, d.Source)
			if c.text != "" {
				assert.Equal(t, c.text, string(d.Text))
			}
			assert.True(t, utf8.Valid(d.Text))
		})
	}
}

// TestDecodeKeepsUTF8: UTF-8 input comes back as the same bytes, not a copy, so that
// the common case costs nothing.
func TestDecodeKeepsUTF8(t *testing.T) {
	in := []byte("<p>naïve café</p>")
	d := Decode(in, "", true)
	require.Same(t, &in[0], &d.Text[0])
}

// TestContentCharset follows the HTML standard's extraction from an http-equiv value.
func TestContentCharset(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=koi8-r":         "koi8-r",
		"text/html;charset = 'shift_jis' x": "shift_jis",
		`text/html; charset="euc-kr`:        "",
		"text/html; charsetx; charset=gbk":  "gbk",
		"text/html":                         "",
		// Raw bytes that are no UTF-8 before the word: found where they stand.
		"\xd4\xd4\xd4\xd4 charset=utf-8": "utf-8",
		"\xffCHARSET=windows-1252":       "windows-1252",
	} {
		assert.Equal(t, want, contentCharset(in), in)
	}
}
