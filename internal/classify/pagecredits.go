package classify

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/credit"
	"github.com/newsparse/newsparse/internal/textdump"
)

// Credits that carry no label and name no known agency are told from headings,
// prices and labels by where they stand and by the shape of the name they give. A
// line under a caption or an image gap is where credits stand; so are section
// headings ("Tipping", "Why We Picked It"), prices, ratings ("4.9 / 5") and product
// names ("Acme X200"). What sets a name apart is the page's own writing: a name is
// capitalised wherever the page uses it, while a heading's words are common words
// the page's prose also writes in lower case.

// maxGapNameWords bounds an unlabelled name standing under an image gap: a site, a
// brand or a photographer ("The Spruce Eats", "Jane Doe"), not a phrase.
const maxGapNameWords = 4

// markNameEvidence marks the short capitalised lines that may be a credit by their
// place alone (NameCandidate) and counts how many times each stands under an image
// gap (GapRepeats). What the rest of the page says of their words is read by
// pageNames.fill: whether one of them is written in lower case elsewhere (a common
// word, so a heading's, not a name's), and whether running text names them with a
// capital mid-sentence (a proper noun). That costs a pass over the page's words,
// which most pages never need.
func markNameEvidence(blocks []block.Block, forms []Form) {
	var gapped map[string]int
	for i := range blocks {
		if !placedAsCredit(blocks, forms, i) {
			continue
		}
		forms[i].NameCandidate = true
		if blocks[i].BlankBefore >= 2 {
			if gapped == nil {
				gapped = make(map[string]int)
			}
			gapped[blocks[i].Text]++
		}
	}
	if gapped == nil {
		return
	}
	for i := range blocks {
		if forms[i].NameCandidate {
			forms[i].GapRepeats = gapped[blocks[i].Text]
		}
	}
}

// pageNames reads the page's evidence on its name candidates (markNameEvidence) when
// one is first asked about (fill).
type pageNames struct {
	// texts are the blocks' texts as the candidates were found: setting roles trims
	// some (a list item's bullet, the headline's heading mark).
	texts []string
	read  bool
}

// newPageNames keeps the blocks' texts for fill on a page with name candidates; it
// returns nil on a page without any.
func newPageNames(blocks []block.Block, forms []Form) *pageNames {
	for i := range forms {
		if forms[i].NameCandidate {
			return &pageNames{texts: textsOf(blocks)}
		}
	}
	return nil
}

// textsOf is the text of each block.
func textsOf(blocks []block.Block) []string {
	texts := make([]string, len(blocks))
	for i := range blocks {
		texts[i] = blocks[i].Text
	}
	return texts
}

// fill sets CommonWord and ProperNoun on every name candidate, once. It looks up only
// the words of those lines, so it costs one pass over the page's words.
func (n *pageNames) fill(forms []Form) {
	if n == nil || n.read {
		return
	}
	n.read = true
	// uses maps each candidate word, lower-cased, to how the page's running text
	// writes it.
	uses := make(map[string]uint8)
	var buf ascii.KeyBuf
	var filter uint64 // wordFilterBit of every key of uses
	for i, t := range n.texts {
		if !forms[i].NameCandidate {
			continue
		}
		for w := range strings.FieldsSeq(t) {
			if k := nameWordKey(buf[:0], w); k != nil {
				if _, ok := uses[string(k)]; !ok {
					uses[string(k)] = 0
				}
				filter |= wordFilterBit(string(k))
			}
		}
	}
	readPageWordUses(n.texts, forms, uses, filter, &buf)
	for i, t := range n.texts {
		if !forms[i].NameCandidate {
			continue
		}
		// A proper noun is one whose every word running text capitalises mid-sentence
		// and never writes in lower case.
		named, proper := 0, 0
		for w := range strings.FieldsSeq(t) {
			k := nameWordKey(buf[:0], w)
			if k == nil {
				continue
			}
			named++
			u := uses[string(k)]
			if u&usedLower != 0 {
				forms[i].CommonWord = true
			}
			if u&usedProper != 0 {
				proper++
			}
		}
		forms[i].ProperNoun = named > 0 && proper == named && !forms[i].CommonWord
	}
}

// placedAsCredit reports a line that could be an unlabelled credit by its shape and
// place: a name candidate under an image gap, or before prose as a credit under a
// caption stands (see creditByPosition).
func placedAsCredit(blocks []block.Block, forms []Form, i int) bool {
	return (blocks[i].BlankBefore >= 2 || i+1 < len(blocks) && forms[i+1].Prose) && nameCandidate(blocks[i].Text, forms[i])
}

// readPageWordUses records in uses how the page's running text writes the words uses
// holds (readWordUses). Lines of capitalised words alone (menus, headings, the
// candidate names themselves) show nothing of how the page writes a word.
func readPageWordUses(texts []string, forms []Form, uses map[string]uint8, filter uint64, buf *ascii.KeyBuf) {
	for i, t := range texts {
		if !forms[i].Prose && nameCapitalised(t) {
			continue
		}
		readWordUses(t, uses, filter, buf)
	}
}

// readWordUses records in uses how text writes the words uses holds: in lower case,
// or with a capital mid-sentence. Words whose filter bit is not set are passed over
// without folding or looking them up, which keeps the pass over a page's words cheap.
func readWordUses(text string, uses map[string]uint8, filter uint64, buf *ascii.KeyBuf) {
	start := true
	for j := 0; j < len(text); {
		for j < len(text) && text[j] <= ' ' {
			j++
		}
		k, isASCII := wordEnd(text, j)
		if k == j {
			break
		}
		w := text[j:k]
		j = k
		opens := start
		if c := w[len(w)-1]; c < utf8.RuneSelf && (ascii.IsLetter(c) || c >= '0' && c <= '9') {
			start = false
		} else {
			start = ascii.EndsSentence(w)
		}
		if len(w) < 3 {
			continue // trimming leaves fewer letters still
		}
		var t string
		if isASCII {
			t = trimASCIIToLetters(w)
			if len(t) < 3 || filter&asciiWordFilterBit(t) == 0 {
				continue
			}
		} else if t = trimToLetters(w); len(t) < 3 || filter&wordFilterBit(t) == 0 {
			continue
		}
		// "iFixit" and "eBay" open in lower case and are names all the same.
		use := usedLower
		if strings.IndexFunc(t, unicode.IsUpper) >= 0 {
			use = usedProper
		}
		if use == usedProper && opens {
			continue // a capital a sentence's first word has anyway
		}
		key := ascii.AppendToLower(buf[:0], t)
		if u, ok := uses[string(key)]; ok && u&use == 0 {
			uses[string(key)] = u | use
		}
	}
}

// wordEnd returns where the word opening at text[j] ends (the first byte at or below
// ' ' after it, or the end of text), and whether its bytes are all ASCII. It reads
// eight bytes at a time: in x - 0x21 of every byte, the lowest byte that borrows is
// the first below 0x21, and one with the high bit of its own is none.
func wordEnd(text string, j int) (end int, isASCII bool) {
	var high uint64 // the OR of the word's bytes
	k := j
	for ; k+8 <= len(text); k += 8 {
		x := ascii.Load64(text, k)
		if m := (x - 0x21*ascii.LowBits) &^ x & ascii.HighBits; m != 0 {
			n := bits.TrailingZeros64(m) / 8
			high |= x & (1<<(8*n) - 1)
			return k + n, high&ascii.HighBits == 0
		}
		high |= x
	}
	for ; k < len(text) && text[k] > ' '; k++ {
		high |= uint64(text[k])
	}
	return k, high&ascii.HighBits == 0
}

// trimToLetters is strings.TrimFunc(w, notLetter), with a fast path for the ASCII
// punctuation that ends or opens most words.
func trimToLetters(w string) string {
	w = trimASCIIToLetters(w)
	if w != "" && (w[0] >= utf8.RuneSelf || w[len(w)-1] >= utf8.RuneSelf) {
		return strings.TrimFunc(w, notLetter)
	}
	return w
}

// trimASCIIToLetters trims the ASCII bytes other than letters off both ends of w: all
// of trimToLetters for an ASCII word.
func trimASCIIToLetters(w string) string {
	for w != "" && w[0] < utf8.RuneSelf && !ascii.IsLetter(w[0]) {
		w = w[1:]
	}
	for w != "" && w[len(w)-1] < utf8.RuneSelf && !ascii.IsLetter(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// wordFilterBit hashes an ASCII word's length and its first two letters, folded to
// lower case, to one bit of 63: a word whose bit is not among a set of words' bits
// is not one of them. Every other word, whose length folding may change, takes the
// last bit.
func wordFilterBit(w string) uint64 {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return 1 << 63
		}
	}
	return asciiWordFilterBit(w)
}

// asciiWordFilterBit is wordFilterBit for a word known to be ASCII.
func asciiWordFilterBit(w string) uint64 {
	h := uint(len(w))*7 + uint(w[0]|0x20)*31 + uint(w[1]|0x20)
	return 1 << (h % 63)
}

// How the page's running text writes a word: in lower case, or with a capital
// mid-sentence.
const (
	usedLower uint8 = 1 << iota
	usedProper
)

// nameCandidate reports a line that could be an unlabelled credit: short, not a
// sentence of several words, not page furniture, every word capitalised.
func nameCandidate(s string, f Form) bool {
	return !f.Prose && f.Furniture == NoReason && f.Bullet == 0 && f.Words <= maxPositionalCredit && f.Credit < 2 &&
		!(f.Sentence && f.Words > 1) && nameCapitalised(s)
}

// nameCapitalised is allCapitalised that also takes a word with a capital inside
// for a name's ("iFixit", "eBay").
func nameCapitalised(s string) bool {
	for w, rest := ascii.NextField(s); w != ""; w, rest = ascii.NextField(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !credit.IsNameParticle(w) && w != "via" && w != "for" && w != "of" && strings.IndexFunc(w, unicode.IsUpper) < 0 {
			return false
		}
	}
	return true
}

// nameWordKey appends to dst the lower-cased letters of a word of a candidate name
// that could be a common word: three letters or more, not a connector ("of",
// "and", "the", "via", "for") nor a name particle. It returns nil for other words.
func nameWordKey(dst []byte, w string) []byte {
	w = strings.TrimFunc(w, notLetter)
	if ascii.LetterCount(w) < 3 || credit.IsNameParticle(w) || ascii.EqualFoldAny(w, "the", "and", "via", "for") {
		return nil
	}
	return ascii.AppendToLower(dst, w)
}

// notLetter reports a rune that parts words: anything but a letter.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// positionalName reports a line shaped as the name a credit gives, for a line whose
// place is the rest of the evidence: no digits or currency (prices, ratings, model
// numbers, sizes), no list number, no question or field label ("Why We Picked It",
// "Headquarters: Springfield"), no possessive before a noun ("Acme's Features"), and
// no word the page writes in lower case elsewhere.
func positionalName(s string, f Form) bool {
	return !f.CommonWord && positionalShape(s, f)
}

// positionalShape is positionalName less the page's evidence: what the line's own
// text says.
func positionalShape(s string, f Form) bool {
	if f.Words == 0 || f.Words > maxPositionalCredit || textdump.NumberedPrefix(s) > 0 {
		return false
	}
	if strings.ContainsAny(s, "0123456789$€£¥?:") {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(s) {
		words++
		if words == 1 && ascii.EqualFoldAny(w, "why", "how", "what", "when", "where", "which", "who", "is", "are", "can", "do", "does", "should") {
			return false
		}
		if words < f.Words && (ascii.HasSuffixFold(w, "'s") || ascii.HasSuffixFold(w, "’s")) {
			return false
		}
	}
	return true
}

// namedByPosition reports a line after a caption, placed as credits are (see
// creditByPosition), that also gives a name as credits do: a short run of
// capitalised words is evidence enough that the caption above is one, but the line
// is a credit only with a name's shape; otherwise it is the heading of the section
// the picture opens.
func namedByPosition(blocks []block.Block, forms []Form, facts pageFacts, i int) bool {
	if !positionalShape(blocks[i].Text, forms[i]) || !distinctName(blocks[i].Text) {
		return false
	}
	facts.gapLines.names.fill(forms)
	return !forms[i].CommonWord
}

// distinctName reports a single word whose letters show it is a name even without
// the page's help: capitals inside it ("WeWork", "iFixit", "DJI") or a domain
// ("example.com"). A plain capitalised word under a caption is a heading as often as
// a brand.
func distinctName(s string) bool {
	if strings.Contains(s, " ") {
		return true
	}
	if isDomainName(s) {
		return true
	}
	_, size := utf8.DecodeRuneInString(s)
	return strings.IndexFunc(s[size:], unicode.IsUpper) >= 0
}

// isDomainName reports a bare domain name, as sites credit their own pictures
// ("Example.com", "shop-example.co.uk."): letters, digits and hyphens in dotted
// labels, ending with a top-level label of letters.
func isDomainName(s string) bool {
	s = strings.TrimSuffix(s, ".")
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || strings.ContainsAny(s, " /@") {
		return false
	}
	tld := s[dot+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	for _, r := range s[:dot] {
		if !(r == '.' || r == '-' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}

// creditAtGap reports an unlabelled credit standing right under an image gap with no
// caption: a name shaped as positionalName asks, which the page's layout marks as a
// credit rather than a heading. Three layouts do: a domain name ("Example.com"), the
// same name under several pictures of the page (a site crediting its own photos),
// and a name that the next short line repeats (a product list's brand above the
// product's heading: "Acme" over "Acme Widget for $20").
func creditAtGap(blocks []block.Block, forms []Form, facts pageFacts, i int) bool {
	b, f := &blocks[i], forms[i]
	if i == 0 || b.BlankBefore < 2 || !nameCandidate(b.Text, f) || f.Words > maxGapNameWords || !positionalShape(b.Text, f) {
		return false
	}
	// A name over a date is a byline; a name over prose that opens with it is an
	// author's box ("Jane Doe" over "Jane Doe is ...") or a section's heading.
	if i+1 < len(blocks) && (forms[i+1].HasDate || (forms[i+1].Prose || forms[i+1].Sentence) && ascii.HasPrefixFold(blocks[i+1].Text, b.Text)) {
		return false
	}
	// The layout is read before the page's words, which only a line it marks needs.
	domain, repeated := isDomainName(b.Text), f.GapRepeats >= 2
	echoed := i+1 < len(blocks) && !forms[i+1].Prose && forms[i+1].Words > f.Words && forms[i+1].Words <= 12 &&
		credit.ContainsWords(blocks[i+1].Text, b.Text)
	if !domain && !repeated && !echoed {
		return false
	}
	facts.gapLines.names.fill(forms)
	f = forms[i]
	return !f.CommonWord && (domain || repeated && f.ProperNoun || echoed)
}

// minTrailingNames is how many captions of a page must end with a bare name after
// their last sentence before those names are read as credits: one such caption may
// end with a place or a product, a page that does it under several pictures prints
// its photographers (or the makers that supplied the pictures) so.
const minTrailingNames = 2

// splitTrailingNames files as credits the bare names that end a page's captions
// after their last sentence ("The ridge at dawn. Jane Doe", or a maker the caption
// names: "The Northwind X2 on its mount. Northwind"), when the page does so
// under several pictures (minTrailingNames). Captions that already carry a credit
// are left alone.
func splitTrailingNames(blocks []block.Block) {
	n := 0
	for i := range blocks {
		if b := &blocks[i]; b.Role == block.RoleCaption && b.Credit == nil {
			if _, _, ok := credit.TrailingCredit(b.Text); ok {
				n++
			}
		}
	}
	if n < minTrailingNames {
		return
	}
	for i := range blocks {
		if b := &blocks[i]; b.Role == block.RoleCaption && b.Credit == nil {
			if cap, name, ok := credit.TrailingCredit(b.Text); ok {
				b.Text, b.Credit = cap, ReadCredit(name)
			}
		}
	}
}

// siteNotice reports a credit line at next that is the page's own copyright notice,
// not the credit of a picture captioned by the line at i above it: a footer's
// "© 2026 Harbourside Weekly" or "Copyright Jane Doe 2012-2025. CC BY-NC 4.0." right
// under the article's last paragraph. Sites print that notice with a year (the
// current one or a range) or a rights statement; a picture's credit names the
// photographer or agency alone ("© Jane Doe / Acme"). The shape needs the place to
// hold: the notice ends the page (no prose follows it), and the line above it is a
// paragraph or continues the text before it (a paragraph or a sentence), with no
// picture's gap on either side, so no picture stands between the text and the
// notice.
func siteNotice(blocks []block.Block, forms []Form, i, next int) bool {
	if i == 0 || !forms[i].Prose && !forms[i-1].Prose && !forms[i-1].Sentence || blocks[i].BlankBefore >= 2 || blocks[next].BlankBefore >= 2 || !datedNotice(blocks[next].Text) {
		return false
	}
	for j := next + 1; j < len(blocks); j++ {
		if forms[j].Prose {
			return false
		}
	}
	return true
}

// datedNotice reports a copyright line that dates itself or states the rights it
// keeps: a year from 1900 to 2099 standing as a word of its own ("© 2026 Acme",
// "2012-2025"), or "rights reserved".
func datedNotice(s string) bool {
	if ascii.IndexFold(s, "rights reserved") >= 0 {
		return true
	}
	digit := func(k int) bool { return k >= 0 && k < len(s) && s[k] >= '0' && s[k] <= '9' }
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && digit(i+2) && digit(i+3) && !digit(i-1) && !digit(i+4) {
			return true
		}
	}
	return false
}
