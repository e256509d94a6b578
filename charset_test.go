package newsparse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/htmldom"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// legacyPages are articles in the languages whose pages are still served in legacy
// charsets, written for these tests.
var legacyPages = []struct {
	name, charset string
	enc           encoding.Encoding
	headline, p1  string
}{
	{"russian", "windows-1251", charmap.Windows1251, "Новый мост откроют следующей весной",
		"Городской совет заявил во вторник, что новый мост через реку откроется для движения следующей весной, после трёх лет задержек и споров о его стоимости. Строители обещают закончить работы к марту."},
	{"korean", "euc-kr", korean.EUCKR, "새 다리 내년 봄 개통 예정",
		"시의회는 화요일 새 다리가 삼 년간의 지연과 비용 논란 끝에 내년 봄에 개통될 것이라고 밝혔다. 시공사는 삼월까지 공사를 마치겠다고 약속했다. 주민들은 교통 체증이 줄어들기를 기대하고 있다."},
	{"japanese", "shift_jis", japanese.ShiftJIS, "新しい橋、来春に開通へ",
		"市議会は火曜日、新しい橋が三年間の遅れと費用をめぐる論争の末、来年の春に開通すると発表した。建設会社は三月までに工事を終えると約束している。住民は渋滞の緩和を期待している。"},
	{"chinese", "gb18030", simplifiedchinese.GB18030, "新大桥明年春天通车",
		"市议会周二表示，新大桥在延误三年并经历费用争议之后，将于明年春天通车。建筑公司承诺在三月前完工。居民们希望交通拥堵能够得到缓解。"},
}

func encodeString(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

// TestUndeclaredLegacyCharsets: pages and dumps in windows-1251, EUC-KR, Shift_JIS
// and GB18030 with no declaration anywhere come out readable, through ParseHTML,
// Parse and ParseText alike, and say the charset was detected.
func TestUndeclaredLegacyCharsets(t *testing.T) {
	for _, tt := range legacyPages {
		t.Run(tt.name, func(t *testing.T) {
			page := encodeString(t, tt.enc, "<html><head><title>"+tt.headline+"</title></head><body><article><h1>"+tt.headline+"</h1><p>"+tt.p1+"</p><p>"+tt.p1+" "+tt.headline+".</p></article></body></html>")
			dump := encodeString(t, tt.enc, tt.headline+"\n\n"+tt.p1+"\n\n"+tt.p1+" "+tt.headline+".\n")
			parses := map[string]func() (*Article, error){
				"ParseHTML":  func() (*Article, error) { return ParseHTML(bytes.NewReader(page)) },
				"Parse":      func() (*Article, error) { return Parse(bytes.NewReader(page)) },
				"ParseText":  func() (*Article, error) { return ParseText(string(dump)) },
				"Parse dump": func() (*Article, error) { return Parse(bytes.NewReader(dump)) },
			}
			for name, parse := range parses {
				a, err := parse()
				require.NoError(t, err, name)
				assert.Equal(t, tt.headline, a.Headline, name)
				require.NotEmpty(t, a.Paragraphs, name)
				assert.Equal(t, tt.p1, a.Paragraphs[0].Text, name)
				assert.Equal(t, tt.charset, a.Charset, name)
				assert.Equal(t, CharsetDetected, a.CharsetSource, name)
			}
		})
	}
}

// TestLyingMeta: a page whose <meta> says UTF-8 while its bytes are windows-1251 is
// read as windows-1251, and so are Cyrillic or Greek bytes under a Latin label; a
// page whose <meta> says windows-1252 while its bytes are
// UTF-8 is read as UTF-8; a truthful declaration is reported as declared.
func TestLyingMeta(t *testing.T) {
	ru := legacyPages[0]
	body := "<h1>" + ru.headline + "</h1><p>" + ru.p1 + "</p><p>" + ru.p1 + "</p>"
	a, err := ParseHTML(bytes.NewReader(encodeString(t, ru.enc, `<html><head><meta charset="utf-8"></head><body>`+body+"</body></html>")))
	require.NoError(t, err)
	assert.Equal(t, ru.headline, a.Headline)
	assert.Equal(t, "windows-1251", a.Charset)
	assert.Equal(t, CharsetDetected, a.CharsetSource)
	assert.NotContains(t, a.Paragraphs[0].Text, "\uFFFD")

	// A multi-byte declaration the bytes do not follow leaves U+FFFD everywhere.
	for _, lie := range []struct {
		declared string
		page     int
	}{{"shift_jis", 1}, {"euc-kr", 0}, {"big5", 2}} {
		p := legacyPages[lie.page]
		pBody := "<h1>" + p.headline + "</h1><p>" + p.p1 + "</p><p>" + p.p1 + "</p>"
		a, err = ParseHTML(bytes.NewReader(encodeString(t, p.enc, `<html><head><meta charset="`+lie.declared+`"></head><body>`+pBody+"</body></html>")))
		require.NoError(t, err)
		assert.Equal(t, p.headline, a.Headline, "%s bytes under a %s declaration", p.charset, lie.declared)
		assert.Equal(t, p.charset, a.Charset)
		assert.Equal(t, CharsetDetected, a.CharsetSource)
	}

	// Another script's 8-bit bytes under a Latin label: the words are high bytes.
	for _, lie := range []struct {
		declared, charset, headline, p1 string
		enc                             encoding.Encoding
	}{
		{"windows-1252", "windows-1251", ru.headline, ru.p1, charmap.Windows1251},
		{"iso-8859-1", "windows-1251", ru.headline, ru.p1, charmap.Windows1251},
		{"iso-8859-2", "windows-1251", ru.headline, ru.p1, charmap.Windows1251},
		{"windows-1252", "iso-8859-7", "Η νέα γέφυρα ανοίγει την άνοιξη",
			"Το δημοτικό συμβούλιο ανακοίνωσε την Τρίτη ότι η νέα γέφυρα θα ανοίξει την επόμενη άνοιξη, μετά από τρία χρόνια καθυστερήσεων και διαφωνιών για το κόστος της. Οι κατασκευαστές υπόσχονται να τελειώσουν τον Μάρτιο.", charmap.ISO8859_7},
	} {
		pBody := "<h1>" + lie.headline + "</h1><p>" + lie.p1 + "</p><p>" + lie.p1 + "</p>"
		a, err = ParseHTML(bytes.NewReader(encodeString(t, lie.enc, `<html><head><meta charset="`+lie.declared+`"></head><body>`+pBody+"</body></html>")))
		require.NoError(t, err)
		assert.Equal(t, lie.headline, a.Headline, "%s bytes under a %s declaration", lie.charset, lie.declared)
		assert.Equal(t, CharsetDetected, a.CharsetSource)
	}

	// Latin-script pages with many accents keep their truthful Latin declaration.
	for _, honest := range []struct {
		declared, headline, p1 string
		enc                    encoding.Encoding
	}{
		{"windows-1252", "Le nouveau pont ouvrira au printemps prochain",
			"Le conseil municipal a déclaré mardi que le pont, après trois années de retard et de débats sur son coût, sera ouvert à la circulation dès l'été. Les élus espèrent réduire les embouteillages du quartier général et de la gare.", charmap.Windows1252},
		{"iso-8859-1", "Die neue Brücke öffnet im Frühjahr",
			"Der Stadtrat erklärte am Dienstag, dass die neue Brücke über den Fluss nach drei Jahren Verzögerung und Streit über die Kosten im nächsten Frühjahr für den Verkehr geöffnet wird. Die Bauarbeiter versprechen, die Arbeiten bis März abzuschließen.", charmap.ISO8859_1},
		{"iso-8859-2", "Nowy most zostanie otwarty wiosną",
			"Rada miejska oświadczyła we wtorek, że nowy most przez rzekę zostanie otwarty dla ruchu przyszłej wiosny, po trzech latach opóźnień i sporów o jego koszt. Budowniczowie obiecują zakończyć prace do marca.", charmap.ISO8859_2},
	} {
		pBody := "<h1>" + honest.headline + "</h1><p>" + honest.p1 + "</p><p>" + honest.p1 + "</p>"
		a, err = ParseHTML(bytes.NewReader(encodeString(t, honest.enc, `<html><head><meta charset="`+honest.declared+`"></head><body>`+pBody+"</body></html>")))
		require.NoError(t, err)
		assert.Equal(t, honest.headline, a.Headline, honest.declared)
		assert.Equal(t, CharsetMeta, a.CharsetSource, honest.declared)
	}

	a, err = ParseHTML(strings.NewReader(`<html><head><meta charset="windows-1252"></head><body>` + body + "</body></html>"))
	require.NoError(t, err)
	assert.Equal(t, ru.headline, a.Headline)
	assert.Equal(t, "utf-8", a.Charset)

	a, err = ParseHTML(bytes.NewReader(encodeString(t, ru.enc, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>`+body+"</body></html>")))
	require.NoError(t, err)
	assert.Equal(t, ru.headline, a.Headline)
	assert.Equal(t, "windows-1251", a.Charset)
	assert.Equal(t, CharsetMeta, a.CharsetSource)

	a, err = ParseHTML(bytes.NewReader(encodeString(t, ru.enc, "<html><body>"+body+"</body></html>")), WithContentType("text/html; charset=windows-1251"))
	require.NoError(t, err)
	assert.Equal(t, ru.headline, a.Headline)
	assert.Equal(t, CharsetHeader, a.CharsetSource)
}

// TestParseDecodesFirst: UTF-16 pages, with and without a byte-order mark, are
// sniffed as HTML after decoding; the size limit applies to the bytes read, so a
// legacy text that grows when decoded is not refused; WithContentType's media type
// settles HTML or text.
func TestParseDecodesFirst(t *testing.T) {
	page := "<html><body><article><h1>Ferry fares rise again</h1>" + prose + prose + "</article></body></html>"
	for _, bom := range []bool{true, false} {
		a, err := Parse(bytes.NewReader(utf16LE(page, bom)))
		require.NoError(t, err)
		assert.Equal(t, "Ferry fares rise again", a.Headline, "bom %v", bom)
		assert.Equal(t, "utf-16le", a.Charset)
	}

	var fr strings.Builder
	fr.WriteString("Le café de la gare rouvre\n\n")
	for i := range 300 {
		fmt.Fprintf(&fr, "Le café a rouvert à Genève après %d années de travaux, a déclaré le maire, très ému, à la presse réunie.\n\n", i+2)
	}
	latin := encodeString(t, charmap.Windows1252, fr.String())
	a, err := Parse(bytes.NewReader(latin), WithMaxBytes(len(latin)))
	require.NoError(t, err)
	require.NotEmpty(t, a.Paragraphs)
	assert.Contains(t, a.Paragraphs[0].Text, "café")
	_, err = ParseText(string(latin), WithMaxBytes(len(latin)))
	require.NoError(t, err, "the limit applies to the bytes given")

	a, err = Parse(strings.NewReader(page), WithContentType("text/plain; charset=utf-8"))
	require.NoError(t, err)
	assert.Contains(t, a.Paragraphs[0].Text, "<article>", "text/plain is read as text, markup and all")
	a, err = Parse(strings.NewReader("Ferry fares rise again\n\nFares on the island ferry will rise by a tenth in January, the operator said.\n\nIt blamed fuel costs."), WithContentType("text/html"))
	require.NoError(t, err)
	assert.Equal(t, "html", mediaKind("text/html; charset=utf-8"))
	assert.NotNil(t, a)
}

// TestNULStrewn: a page or dump with NUL bytes and other control characters scattered
// through it gives the same Article as the clean one.
func TestNULStrewn(t *testing.T) {
	page := "<html><head><title>Ferry fares rise again</title></head><body><article><h1>Ferry fares rise again</h1>" + prose + `<figure><img src="/f.jpg"><figcaption>The ferry at dawn. Photo: Jane Doe/Reuters</figcaption></figure>` + prose + "</article></body></html>"
	dump := "Ferry fares rise again\n\nFares on the island ferry will rise by a tenth in January, the operator said on Monday.\n\nThe ferry at dawn. Photo: Jane Doe/Reuters\n\nIt blamed fuel costs, which have doubled since last year, and said timetables would stay.\n"
	strew := func(s string) string {
		var b strings.Builder
		spaces := 0
		for _, r := range s {
			if r == ' ' {
				spaces++
				switch spaces % 8 {
				case 0:
					b.WriteString("\x00")
				case 3:
					b.WriteString("\x01\x1b")
				}
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	require.NotEqual(t, page, strew(page))
	for name, parse := range map[string]func(string) (*Article, error){
		"ParseHTML": func(s string) (*Article, error) {
			return ParseHTML(strings.NewReader(s), WithURL("https://news.example/a"))
		},
		"Parse": func(s string) (*Article, error) { return Parse(strings.NewReader(s)) },
	} {
		want, err := parse(page)
		require.NoError(t, err, name)
		got, err := parse(strew(page))
		require.NoError(t, err, name)
		assert.Equal(t, jsonOf(t, want), jsonOf(t, got), name)
	}
	want, err := ParseText(dump)
	require.NoError(t, err)
	got, err := ParseText(strew(dump))
	require.NoError(t, err)
	assert.Equal(t, jsonOf(t, want), jsonOf(t, got))
}

func jsonOf(t *testing.T, a *Article) string {
	t.Helper()
	b, err := json.Marshal(a)
	require.NoError(t, err)
	return string(b)
}

// TestBidiControls: embedding, override and isolate controls leave every text field;
// the directional marks right-to-left text needs stay.
func TestBidiControls(t *testing.T) {
	dump := "Ferry \u202efares\u202c rise again\n\n\u2067Fares on the island ferry will rise by a tenth in January, the operator said on Monday.\u2069\n\nשלום\u200f, it said: \u202afuel costs\u202c have doubled since last year, and timetables would stay.\n"
	page := "<html><body><article><h1>Ferry \u202efares\u202c rise again</h1><p>\u2067Fares on the island ferry will rise by a tenth in January, the operator said on Monday.\u2069</p><p>שלום\u200f, it said: \u202afuel costs\u202c have doubled since last year, and timetables would stay.</p>" +
		`<figure><img src="/f.jpg" alt="The ferry \u202eat dawn"><figcaption>The ferry at dawn. Photo: Jane \u2066Doe\u2069/Reuters</figcaption></figure></article></body></html>`
	a1, err := ParseText(dump)
	require.NoError(t, err)
	a2, err := ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	for _, a := range []*Article{a1, a2} {
		out := jsonOf(t, a)
		for _, r := range "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" {
			assert.NotContains(t, out, string(r))
		}
		assert.Equal(t, "Ferry fares rise again", a.Headline)
		assert.Contains(t, out, "\u200f")
	}
}

// TestLooksBinary states what "mostly non-text" is.
func TestLooksBinary(t *testing.T) {
	random := make([]byte, 8192)
	x := uint32(1)
	for i := range random {
		x = x*1664525 + 1013904223
		random[i] = byte(x >> 24)
	}
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"text", []byte("Headline\n\nBody text.\tTabbed.\r\n\f"), false},
		{"stray NULs", []byte(strings.Repeat("Body text with a stray NUL\x00 in it. ", 20)), false},
		{"one control in 16", []byte(strings.Repeat("\x01abcdefghijklmno", 20)), false},
		{"two controls in 16", []byte(strings.Repeat("\x01\x02abcdefghijklmn", 20)), true},
		{"random bytes", random, true},
		{"PNG", []byte("\x89PNG\r\n\x1a\nrest of an image"), true},
		{"PDF", []byte("%PDF-1.7\n"), true},
		{"windows-1251 bytes", encodeString(t, charmap.Windows1251, legacyPages[0].p1), false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, looksBinary(tt.in, tt.in), tt.name)
	}
}

// TestCharsetSourceWords: the front end's charset sources are the public ones, word
// for word, since decodeInput converts one into the other by its string.
func TestCharsetSourceWords(t *testing.T) {
	for _, c := range []struct {
		front  htmldom.Source
		public CharsetSource
	}{
		{htmldom.SourceBOM, CharsetBOM}, {htmldom.SourceHeader, CharsetHeader},
		{htmldom.SourceMeta, CharsetMeta}, {htmldom.SourceDetected, CharsetDetected},
		{htmldom.SourceDefault, CharsetDefault},
	} {
		assert.Equal(t, c.public, CharsetSource(c.front))
		assert.True(t, CharsetSource(c.front).Known(), c.front)
	}
}
