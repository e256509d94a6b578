package htmldom

import (
	"bytes"

	"github.com/newsparse/newsparse/internal/ascii"
)

// Strip returns the page with the bytes the reader never looks at cut out
// before html.Parse sees them: the content of <script> elements other than JSON-LD,
// the content of <style> elements and the text of comments. On news pages these are
// most of the bytes, and the tokenizer copies every one of them into a string.
// Attributes are all kept: cutting the unread ones bought about 5% of ParseHTML
// (benchstat, n=10), too little for a list of every attribute any reader uses, which
// read empty when an entry was missing.
//
// The cut must not change the tree in any way the walker can see. Script and style
// content is raw text: it holds no elements, so cutting it removes the element's
// text child and nothing else, provided the cut starts and ends exactly where
// golang.org/x/net/html's tokenizer would start and end the raw text. This scanner
// therefore mirrors that tokenizer (Next, readTag, readScript, readRawOrRCDATA,
// readComment of x/net v0.62) for every construct that decides where a tag or raw
// text begins: comments, bogus comments, quoted attribute values, the RCDATA and raw
// text of <title>, <textarea>, <noscript>, <iframe> and the like, and the escaped
// states of script data.
//
// What the tokenizer does also depends on the tree builder in two places: inside
// SVG and MathML <script> and <style> are ordinary elements and CDATA sections
// exist, and a <frameset> page ignores most start tags. The scanner follows foreign
// content only while it is plainly nested (balanced foreign tags, text-only <title>
// and <desc>); at anything else (a tag that breaks out of foreign content, an
// integration point with markup inside, a mismatched end tag, <![CDATA[) it stops
// cutting and keeps the rest of the page as it is, which is always safe since
// everything before was cut exactly. So does a <frameset>, after which most tags
// are ignored while their raw text still counts.
//
// The cut is made in place: in is overwritten and the result is a prefix of it, so
// the caller must own the page and read it no more. The root package's flat reader
// (parseFlat, for pages nested too deep for the tree) reads the result as it would
// the page: self-closing is read as before on the tags whose content it skips, and a
// self-closing <script/> or <style/>, whose raw text it keeps, is not cut.
//
// The work is one pass over the page; the stack of open foreign elements holds
// copies of their names, at most one per tag.
func Strip(in []byte) []byte {
	s := stripper{in: in}
	s.run()
	if s.w == s.last {
		return in
	}
	n := copy(in[s.w:], in[s.last:])
	return in[:s.w+n]
}

type stripper struct {
	in []byte
	// The output is in[:w]; in[last:] is not yet scanned or copied. Cutting only
	// ever moves bytes down, so w <= last.
	w, last int
	// foreign holds the spans in names of the open SVG or MathML elements,
	// innermost last; the scanner is in foreign content while it is not empty.
	// The names are copied since the page below last is overwritten.
	foreign [][2]int
	names   []byte
}

// tagSpan is what the scanner learns of a tag: its name, where it ends (after the
// '>'), and whether x/net would flag it self-closing.
type tagSpan struct {
	name, end   int // name is in[nameStart:name]
	nameStart   int
	selfClosing bool
	// unsure is set when self-closing depends on attribute de-duplication, which
	// the scanner does not track ("<svg a=/>").
	unsure bool
}

// cut drops in[from:to] from the output. Bytes before from that were read earlier
// may be overwritten.
func (s *stripper) cut(from, to int) {
	if from >= to {
		return
	}
	if s.w != s.last {
		copy(s.in[s.w:], s.in[s.last:from])
	}
	s.w += from - s.last
	s.last = to
}

// run scans the page, cutting as it goes. Returning early keeps the rest of the
// page as it is.
func (s *stripper) run() {
	in := s.in
	pos := 0
	for {
		i := bytes.IndexByte(in[pos:], '<')
		if i < 0 || pos+i+1 >= len(in) {
			return
		}
		p := pos + i
		c := in[p+1]
		switch {
		case ascii.IsLetter(c):
			t, ok := s.readTag(p + 1)
			if !ok {
				return
			}
			next, goOn := s.startTag(p, t)
			if !goOn {
				return
			}
			pos = next
		case c == '/':
			if p+2 >= len(in) {
				return
			}
			switch c2 := in[p+2]; {
			case c2 == '>':
				pos = p + 3
			case ascii.IsLetter(c2):
				t, ok := s.readTag(p + 2)
				if !ok || !s.endTag(t) {
					return
				}
				pos = t.end
			default:
				j := bytes.IndexByte(in[p+2:], '>')
				if j < 0 {
					return
				}
				pos = p + 2 + j + 1
			}
		case c == '!':
			if p+3 < len(in) && in[p+2] == '-' && in[p+3] == '-' {
				end, ok := commentEnd(in, p+4)
				if !ok {
					return
				}
				if len(s.foreign) == 0 && end-p > len("<!---->") {
					s.cut(p+len("<!--"), end)
					s.keep("-->")
				}
				pos = end
				continue
			}
			if len(s.foreign) > 0 {
				// A CDATA section may follow; it is not worth mirroring.
				return
			}
			// A doctype or a bogus comment: both end at the next '>'.
			j := bytes.IndexByte(in[p+2:], '>')
			if j < 0 {
				return
			}
			pos = p + 2 + j + 1
		case c == '?':
			j := bytes.IndexByte(in[p+2:], '>')
			if j < 0 {
				return
			}
			pos = p + 2 + j + 1
		default:
			pos = p + 1
		}
	}
}

// keep writes text into the output in place of cut bytes, no more than were cut.
func (s *stripper) keep(text string) {
	s.w += copy(s.in[s.w:], text)
}

// push opens a foreign element.
func (s *stripper) push(name []byte) {
	start := len(s.names)
	s.names = append(s.names, name...)
	s.foreign = append(s.foreign, [2]int{start, len(s.names)})
}

// startTag handles the start tag at p. It returns where scanning resumes and
// whether to go on cutting.
func (s *stripper) startTag(p int, t tagSpan) (next int, goOn bool) {
	in := s.in
	if len(s.foreign) > 0 {
		return s.foreignStart(t)
	}
	name := in[t.nameStart:t.name]
	switch {
	case tagIs(name, "svg"), tagIs(name, "math"):
		if t.unsure {
			return 0, false
		}
		if !t.selfClosing {
			s.push(name)
		}
		return t.end, true
	case tagIs(name, "frameset"), tagIs(name, "plaintext"):
		return 0, false
	case tagIs(name, "script"):
		// The walker reads a script only when its type says ld+json. An entity in
		// the attribute could spell that without the bytes showing it.
		tag := in[p:t.end]
		keep := t.selfClosing || bytesContainsFold(tag, "json") || bytes.IndexByte(tag, '&') >= 0
		end := scriptEnd(in, t.end)
		if !keep {
			s.cut(t.end, end)
		}
		return end, true
	case tagIs(name, "style"):
		keep := t.selfClosing
		end := rawTextEnd(in, t.end, "style")
		if !keep {
			s.cut(t.end, end)
		}
		return end, true
	}
	for _, raw := range [...]string{"iframe", "noembed", "noframes", "noscript", "textarea", "title", "xmp"} {
		if tagIs(name, raw) {
			// Kept: <noscript> text can reach a link's text (rel=author), and the
			// others are rare or read (<title>).
			return rawTextEnd(in, t.end, raw), true
		}
	}
	return t.end, true
}

// foreignStart handles a start tag inside SVG or MathML. Elements nest as written
// there and no tag opens raw text, until a tag that the tree builder treats as HTML.
func (s *stripper) foreignStart(t tagSpan) (next int, goOn bool) {
	name := s.in[t.nameStart:t.name]
	// A <script> or <style> in foreign content is raw text to the flat reader's
	// tokenizer but markup to the tree builder: what may be cut there depends on
	// the reader, so cutting stops.
	if t.unsure || foreignBreaks(name) || tagIs(name, "script") || tagIs(name, "style") {
		return 0, false
	}
	if tagIs(name, "title") || tagIs(name, "desc") {
		// HTML integration points: the content is parsed as HTML. Accepted when
		// it is text alone, closed by its own end tag.
		word := "title"
		if tagIs(name, "desc") {
			word = "desc"
		}
		if t.selfClosing {
			return t.end, true
		}
		j := bytes.IndexByte(s.in[t.end:], '<')
		if j < 0 {
			return 0, false
		}
		e := t.end + j
		if e+2 >= len(s.in) || s.in[e+1] != '/' || !ascii.IsLetter(s.in[e+2]) {
			return 0, false
		}
		et, ok := s.readTag(e + 2)
		if !ok || !tagIs(s.in[et.nameStart:et.name], word) {
			return 0, false
		}
		return et.end, true
	}
	if !t.selfClosing {
		s.push(name)
	}
	return t.end, true
}

// endTag handles an end tag; it reports false when cutting must stop. In foreign
// content only the end tag of the innermost element is followed.
func (s *stripper) endTag(t tagSpan) bool {
	n := len(s.foreign)
	if n == 0 {
		return true
	}
	top := s.foreign[n-1]
	if !bytes.EqualFold(s.names[top[0]:top[1]], s.in[t.nameStart:t.name]) {
		return false
	}
	s.foreign = s.foreign[:n-1]
	s.names = s.names[:top[0]]
	return true
}

// foreignBreaks reports the start tags that end or suspend foreign content: the
// tree builder's breakout list, <font> (which breaks out with some attributes), and
// the integration points with markup inside.
func foreignBreaks(name []byte) bool {
	for _, b := range foreignBreakout {
		if tagIs(name, b) {
			return true
		}
	}
	return false
}

var foreignBreakout = [...]string{
	"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt",
	"em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
	"listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
	"strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
	"font", "foreignobject", "annotation-xml", "mi", "mo", "mn", "ms", "mtext",
}

// readTag reads a tag whose name begins at start, as x/net's readTag does, and
// reports false when the page ends inside it (x/net then ends the document).
func (s *stripper) readTag(start int) (tagSpan, bool) {
	in := s.in
	t := tagSpan{nameStart: start}
	i := start + 1
	for ; ; i++ {
		if i >= len(in) {
			return t, false
		}
		c := in[i]
		if isHTMLSpace(c) {
			t.name = i
			i++
			break
		}
		if c == '/' || c == '>' {
			t.name = i
			break
		}
	}
	// lastKeyStart and lastValEnd describe the last attribute read, -1 if none.
	lastKeyStart, lastKeyEnd, lastValEnd := -1, -1, -1
	for {
		i = skipHTMLSpace(in, i)
		if i >= len(in) {
			return t, false
		}
		if in[i] == '>' {
			i++
			break
		}
		// The attribute key: an '=' opening it belongs to it, a '/' opening it
		// leaves it empty.
		k := i
		if in[i] != '/' {
			for i++; i < len(in); i++ {
				c := in[i]
				if c == '=' || isHTMLSpace(c) || c == '/' || c == '>' {
					break
				}
			}
			if i >= len(in) {
				return t, false
			}
		}
		lastKeyStart, lastKeyEnd = k, i
		var ok bool
		i, lastValEnd, ok = readAttrVal(in, i)
		if !ok {
			return t, false
		}
	}
	t.end = i
	if in[i-2] == '/' {
		t.selfClosing = true
		if lastKeyStart >= 0 && lastValEnd-1 == i-2 && lastKeyEnd > lastKeyStart {
			// "<p a=/>": x/net counts the slash as the value's when that
			// attribute was kept, that is when its key is not a duplicate.
			t.unsure = true
		}
	}
	return t, true
}

// readAttrVal reads the value after an attribute key ending at i, as x/net's
// readTagAttrVal does. It returns where reading resumes and where the value ends
// (at the key's end when it has none); ok is false at the end of the page.
func readAttrVal(in []byte, i int) (next, valEnd int, ok bool) {
	valEnd = i
	i = skipHTMLSpace(in, i)
	if i >= len(in) {
		return i, valEnd, false
	}
	switch in[i] {
	case '/':
		return i + 1, valEnd, true
	case '=':
	default:
		return i, valEnd, true
	}
	i = skipHTMLSpace(in, i+1)
	if i >= len(in) {
		return i, valEnd, false
	}
	switch q := in[i]; q {
	case '>':
		return i, valEnd, true
	case '"', '\'':
		j := bytes.IndexByte(in[i+1:], q)
		if j < 0 {
			return len(in), len(in), false
		}
		return i + 1 + j + 1, i + 1 + j, true
	}
	for i++; i < len(in); i++ {
		switch c := in[i]; {
		case isHTMLSpace(c):
			return i + 1, i, true
		case c == '>':
			return i, i, true
		}
	}
	return i, i, false
}

// commentEnd returns the end of a comment whose text begins at i (after "<!--"),
// following x/net's readComment: "-->", "--!>", or at once "<!-->" and "<!--->".
// ok is false when the page ends first.
func commentEnd(in []byte, i int) (int, bool) {
	dashes, beginning := 0, true
	for ; i < len(in); i++ {
		switch in[i] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i + 1, true
			}
		case '!':
			if dashes >= 2 {
				i++
				if i >= len(in) {
					return 0, false
				}
				switch in[i] {
				case '>':
					return i + 1, true
				case '-':
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
	return 0, false
}

// scriptEnd returns where the script data beginning at i ends, following x/net's
// readScript: at the "</script" that closes it, which "<!--" and a nested "<script"
// can hide, else at the end of the page. The states are x/net's: script data,
// escaped (after "<!--") and double-escaped (after "<!--<script"), each escaped one
// tracking the dashes just read, since "-->" leaves them.
func scriptEnd(in []byte, i int) int {
	n := len(in)
	escaped, double := false, false
	dashes := 0
	for {
		if !escaped {
			j := bytes.IndexByte(in[i:], '<')
			if j < 0 || i+j+1 >= n {
				return n
			}
			i += j + 2
			switch in[i-1] {
			case '/':
				at, ok, eof := scriptEndTag(in, i)
				if ok {
					return at
				}
				if eof {
					return n
				}
				i = at
			case '!':
				if i+1 >= n || in[i] != '-' || in[i+1] != '-' {
					if i+1 >= n && (i >= n || in[i] == '-') {
						return n
					}
					continue
				}
				i += 2
				escaped, dashes = true, 2
			default:
				i--
			}
			continue
		}
		if i >= n {
			return n
		}
		c := in[i]
		i++
		switch c {
		case '-':
			dashes = min(dashes+1, 2)
			continue
		case '>':
			if dashes == 2 {
				escaped, double = false, false
			}
		case '<':
			if i >= n {
				return n
			}
			c, i = in[i], i+1
			switch {
			case c == '/':
				at, ok, eof := scriptEndTag(in, i)
				switch {
				case ok && !double:
					return at
				case ok:
					i, double = at+len("</script>"), false
				case eof:
					return n
				default:
					i = at
				}
			case double:
				i--
			case ascii.IsLetter(c):
				at, ok, eof := scriptWord(in, i-1)
				if eof {
					return n
				}
				i, double = at, ok
			default:
				i--
				escaped = false
			}
		}
		dashes = 0
	}
}

// scriptWord reads the "script" of a "<script" or "</script" followed by a space,
// '/' or '>' (x/net's readRawEndTag, and its double-escape start), from in[i:].
// On a match at is past the character after the word; otherwise it is where
// reading resumes, and eof tells that the page ended first.
func scriptWord(in []byte, i int) (at int, ok, eof bool) {
	const tag = "script"
	for k := 0; k < len(tag); k++ {
		if i >= len(in) {
			return i, false, true
		}
		if c := in[i]; c != tag[k] && c != tag[k]-('a'-'A') {
			return i, false, false
		}
		i++
	}
	if i >= len(in) {
		return i, false, true
	}
	if c := in[i]; isHTMLSpace(c) || c == '/' || c == '>' {
		return i + 1, true, false
	}
	return i, false, false
}

// scriptEndTag is scriptWord after "</"; a match returns the offset of the '<'.
func scriptEndTag(in []byte, i int) (at int, ok, eof bool) {
	at, ok, eof = scriptWord(in, i)
	if ok {
		at -= len("</script>")
	}
	return at, ok, eof
}

// rawTextEnd returns where the raw text or RCDATA of the element tag, beginning at
// i, ends: at the "</tag" followed by a space, '/' or '>', else at the end of the
// page.
func rawTextEnd(in []byte, i int, tag string) int {
	for {
		j := bytes.IndexByte(in[i:], '<')
		if j < 0 {
			return len(in)
		}
		p := i + j
		if matchRawEndTag(in, p, tag) {
			return p
		}
		i = p + 1
	}
}

// matchRawEndTag reports whether in[p:] opens "</tag" followed by a space, '/' or
// '>' (x/net's readRawEndTag).
func matchRawEndTag(in []byte, p int, tag string) bool {
	if p+2+len(tag) >= len(in) || in[p+1] != '/' {
		return false
	}
	if !tagIs(in[p+2:p+2+len(tag)], tag) {
		return false
	}
	c := in[p+2+len(tag)]
	return isHTMLSpace(c) || c == '/' || c == '>'
}

// isHTMLSpace is the tokenizer's white space; unlike a browser's it includes no form
// feed quirks, just these five.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func skipHTMLSpace(in []byte, i int) int {
	for i < len(in) && isHTMLSpace(in[i]) {
		i++
	}
	return i
}

// tagIs reports whether b is name (lower-case ASCII) in any ASCII case.
func tagIs(b []byte, name string) bool {
	if len(b) != len(name) {
		return false
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != name[i] {
			return false
		}
	}
	return true
}

// bytesContainsFold reports whether b holds word (lower-case ASCII) in any ASCII case.
func bytesContainsFold(b []byte, word string) bool {
	for i := 0; i+len(word) <= len(b); i++ {
		if tagIs(b[i:i+len(word)], word) {
			return true
		}
	}
	return false
}
