package htmldom

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/newsparse/newsparse/internal/ascii"
	"golang.org/x/net/html/atom"
)

// Strip returns the page with the bytes the reader never looks at cut out
// before html.Parse sees them: the content of <script> elements other than JSON-LD
// (application/json state included), the content of <style> elements and the text
// of comments, the spaces and tabs of the markup's indentation (shrinkSpace), and
// the content of <svg> and <math> and the emptied scripts and comments whole where
// that is safe (below). On news pages these are most of the bytes, and the
// tokenizer copies every one of them into a string.
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
// What no reader reads goes whole where the tree around it cannot tell, since the
// tokenizer and the tree builder spend more on each tag and node than on its
// bytes: together this cuts 8.6% of the instructions x/net/html spends on the
// Zyte pages (3.3% of ParseHTML's, net of the scan) and 7.6% of ParseHTML's
// allocations, beside the raw text. Two kinds:
//
// The content of SVG and MathML elements, once the element closes as plainly
// nested: no reader reads inside them (the walker skips them, TextOf and the flat
// reader read no text or metadata there), and inline icons are a good part of a
// page's tags. Three things outside the element can depend on its content, and
// each keeps the content: a <select> or <template> open around it (where the tree
// builder ignores or reparents foreign tags), and text inside it while nothing has
// yet ended the page's frameset-ok flag (text does, so a later <frameset> would
// replace the body in one tree and not in the other): that cut waits for text
// after it or the page's end. The flat reader's tokenizer, which knows no foreign
// content, reads the raw-text elements (<textarea>, <noscript>, ...) as raw text
// even there, so at one of those inside foreign content cutting stops as at
// <script>.
//
// The emptied scripts and comments themselves, when the text their removal joins
// is white space without CR on both sides (joined text could otherwise decode
// differently, as "&no" + "t;", or move a table's foster-parented text), no <pre>
// or <listing> could take them for its first child (which decides whether a
// leading newline is dropped), and, for a script, a start tag has already implied
// the head (a script before would imply it and so void a later <head>'s
// attributes) and no column group may be open (a script closes it). The walker
// reads neither; the tree keeps one white-space text node where it had two.
//
// The white space between two block tags ("</p>\n<p>", "<ul>\n  <li>"; BlockTag
// but <html> and <body>) goes too, where a model of the tree builder's open
// elements proves that it only ever makes a text node that sits between two
// blocks or at a block's edge, where every reader reads nothing (stripws.go says why, and
// where it stops: misnested or implicitly closed formatting elements, table
// content moved out, <pre>, text joined across blocks by TextOf or the table
// reader, and a space that separates the text around two blocks the walker
// skips). Each such space costs x/net a token, a string and a node for nothing:
// on the Zyte pages the cut removes 44K of the 132.5K text nodes Strip left
// before (89% of those between blocks; 58% on WCXB's, whose older markup
// misnests more), ParseHTML's allocations by 2.9% (1.802M -> 1.750M per pass)
// and its bytes by 3.2% (155.1 MB -> 150.2 MB), and its instructions by 0.3%
// (the model costs most of what x/net saves in instructions).
//
// A <link> that names no LinkRel (a stylesheet, a preload, an icon, a feed) goes
// whole under the same conditions as a script, the tag itself standing for the
// element: no reader reads it, and Strip keeps any tag that holds a read rel's word
// anywhere, or an entity that could spell one.
//
// The cut is made in place: in is overwritten and the result is a prefix of it, so
// the caller must own the page and read it no more. The root package's flat reader
// (parseFlat, for pages nested too deep for the tree) reads the result as it would
// the page: self-closing is read as before on the tags whose content it skips, and a
// self-closing <script/> or <style/>, whose raw text it keeps, is not cut.
//
// The work is one pass over the page; the stack of open foreign elements, and
// the model's stack of open elements, hold copies of the names of elements that
// have no atom, at most one per tag.
func Strip(in []byte) []byte {
	s := stripper{in: in, gapSpace: true}
	// Held cuts of foreign content with text go only when the page ended
	// without a <frameset> after them.
	s.release(s.run())
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
	// outer is where the content of the outermost open foreign element begins;
	// cutOuter says whether it may be cut when that element closes (no <select>
	// or <template> around it), and foreignText that text was met inside it.
	outer       int
	cutOuter    bool
	foreignText bool
	// framesetOff is set once the page has had text that the tree builder
	// certainly reads as other than white space, which ends frameset-ok. Until
	// then the cut of foreign content holding text is held, and every cut after
	// it, in order.
	framesetOff bool
	held        []heldCut
	// selects and templates count the open <select> and <template> elements as
	// their tags say; the count may stay high when the tree builder closes one
	// implicitly, which only keeps more.
	selects, templates int
	// Removing a construct whole joins the text on its two sides. gapSpace is
	// set while the text since the last construct kept in the output is white
	// space without CR (or none), and kept while that construct is. preRisk is
	// set while a <pre> or <listing> may have no child yet (whose first child
	// decides whether a leading newline is dropped), headed once a start tag
	// other than <html> has opened the head (a <script> before would imply
	// it), and colgroup while a column group may be open (a <script> would
	// close it).
	kept, gapSpace, preRisk, headed, colgroup bool
	// ws follows the open elements to cut the white space between block tags
	// (stripws.go).
	ws wsModel
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

// heldCut is a cut not made yet: in[from:to] is to become keep. cond marks the
// content of foreign elements holding text, cut only if no <frameset> can follow.
type heldCut struct {
	from, to int
	keep     string
	cond     bool
}

// cut replaces in[from:to] by keep (no longer) in the output, now or, while cuts
// are held, in its turn. cond marks foreign content holding text.
func (s *stripper) cut(from, to int, keep string, cond bool) {
	if len(s.held) > 0 || cond && !s.framesetOff {
		s.held = append(s.held, heldCut{from, to, keep, cond})
		return
	}
	s.drop(from, to)
	s.w += copy(s.in[s.w:], keep)
}

// release makes the held cuts in order, those marked cond only if all is set.
func (s *stripper) release(all bool) {
	for _, c := range s.held {
		if all || !c.cond {
			s.drop(c.from, c.to)
			s.w += copy(s.in[s.w:], c.keep)
		}
	}
	s.held = nil
}

// drop drops in[from:to] from the output. Bytes before from that were read
// earlier may be overwritten.
func (s *stripper) drop(from, to int) {
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
// page as it is; run reports whether it read the page to its end, where no tag
// is left to start.
func (s *stripper) run() (ended bool) {
	in := s.in
	pos := 0
	for {
		i := bytes.IndexByte(in[pos:], '<')
		if i < 0 || pos+i+1 >= len(in) {
			return true
		}
		p := pos + i
		if s.kept {
			s.gapSpace = true
		}
		s.kept = true // unless the construct at p is removed or is text
		s.gap(pos, p)
		s.ws.after = wsNone // unless the construct at p is a block tag
		c := in[p+1]
		switch {
		case ascii.IsLetter(c):
			t, ok := s.readTag(p + 1)
			if !ok {
				return false
			}
			next, goOn := s.startTag(p, t)
			if !goOn {
				return false
			}
			pos = next
		case c == '/':
			if p+2 >= len(in) {
				return false
			}
			switch c2 := in[p+2]; {
			case c2 == '>':
				// "</>" makes no token: the text on its two sides is one,
				// and a <pre> has no child by it.
				s.kept = false
				risk := s.preRisk
				s.text(in[p : p+3])
				s.preRisk = risk
				pos = p + 3
			case ascii.IsLetter(c2):
				t, ok := s.readTag(p + 2)
				if !ok || !s.endTag(t) {
					return false
				}
				pos = t.end
			default:
				j := bytes.IndexByte(in[p+2:], '>')
				if j < 0 {
					return false
				}
				pos = p + 2 + j + 1
			}
		case c == '!':
			if p+3 < len(in) && in[p+2] == '-' && in[p+3] == '-' {
				end, ok := commentEnd(in, p+4)
				if !ok {
					return false
				}
				switch {
				case len(s.foreign) > 0:
				case s.removable(end):
					s.cut(p, end, "", false)
					s.kept = false
				case end-p > len("<!---->"):
					s.cut(p+len("<!--"), end, "-->", false)
					s.preRisk = false // a child of a <pre>
				default:
					s.preRisk = false
				}
				pos = end
				continue
			}
			if len(s.foreign) > 0 {
				// A CDATA section may follow; it is not worth mirroring.
				return false
			}
			// A doctype or a bogus comment: both end at the next '>'.
			j := bytes.IndexByte(in[p+2:], '>')
			if j < 0 {
				return false
			}
			pos = p + 2 + j + 1
		case c == '?':
			j := bytes.IndexByte(in[p+2:], '>')
			if j < 0 {
				return false
			}
			pos = p + 2 + j + 1
		default:
			s.kept = false
			s.text(in[p : p+1]) // a '<' that opens nothing is text
			pos = p + 1
		}
	}
}

// gap notes the text in[from:to] between two constructs of the page, and shrinks it
// when it is the markup's indentation: white space to every test of text but that
// of a <pre>'s first child, read in one pass.
func (s *stripper) gap(from, to int) {
	b := s.in[from:to]
	lines, indent := indentation(b)
	if !indent {
		s.text(b)
		return
	}
	if s.pendSpace(from, to, lines) {
		return
	}
	s.shrinkSpace(from, to, lines)
	s.preText(b)
}

// indentation reports text of spaces, tabs and line feeds alone, as the markup's
// indentation is, and how many line feeds it holds.
func indentation(b []byte) (lines int, ok bool) {
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\n':
			lines++
		case ' ':
			// Runs of spaces, most of an indentation, pass eight at a time.
			for i+9 <= len(b) && binary.LittleEndian.Uint64(b[i+1:]) == ' '*ascii.LowBits {
				i += 8
			}
		case '\t':
		default:
			return 0, false
		}
	}
	return lines, true
}

// preText notes text b for a <pre> or <listing> that may have no child yet.
func (s *stripper) preText(b []byte) {
	if s.preRisk && len(b) > 0 && !leadingNewline(b) {
		s.preRisk = false
	}
}

// text notes the text b between two constructs of the page.
func (s *stripper) text(b []byte) {
	if len(b) == 0 {
		return
	}
	s.preText(b)
	if s.gapSpace {
		for _, c := range b {
			if c != ' ' && c != '\n' && c != '\t' && c != '\f' {
				s.gapSpace = false
				break
			}
		}
	}
	s.ws.text(b)
	if len(s.foreign) > 0 {
		if !s.foreignText && !allHTMLSpace(b) {
			s.foreignText = true
		}
		return
	}
	// An entity may spell white space, and the builder reads text inside a
	// <select> or <template> without ending frameset-ok.
	if !s.framesetOff && s.selects == 0 && s.templates == 0 && !allHTMLSpace(b) && bytes.IndexByte(b, '&') < 0 {
		s.framesetOff = true
		s.release(true)
	}
}

// shrinkSpace cuts the spaces and tabs of the indentation in[from:to] between two
// constructs (lines is its count of line feeds, from indentation), keeping its line
// breaks, or its first byte where it has none: the indentation of a page's markup, a tenth of its bytes and text nodes that every
// reader collapses (the walker to one space, the flat reader's Normalize to the
// line breaks). The text node stays, white space as before, so the tree builder
// does the same with it; but a <pre> or <listing> may take it for its first child,
// whose leading newline it drops, and content in SVG or MathML may be cut whole.
func (s *stripper) shrinkSpace(from, to, lines int) {
	if to-from < 2 || s.preRisk || len(s.foreign) > 0 {
		return
	}
	switch lines {
	case to - from:
		return
	case 0:
		s.cut(from+1, to, "", false)
		return
	}
	for i := from; i < to; {
		if s.in[i] == '\n' {
			i++
			continue
		}
		j := to
		if k := bytes.IndexByte(s.in[i+1:to], '\n'); k >= 0 {
			j = i + 1 + k
		}
		s.cut(i, j, "", false)
		i = j
	}
}

// leadingNewline reports text that a <pre> or <listing> without a child drops whole,
// so that it has no child still: one line break (CR, LF or CRLF) at most, and the
// NULs the tree builder drops.
func leadingNewline(b []byte) bool {
	switch {
	case bytes.HasPrefix(b, []byte("\r\n")):
		b = b[2:]
	case b[0] == '\r' || b[0] == '\n':
		b = b[1:]
	}
	return len(bytes.Trim(b, "\x00")) == 0
}

// removable reports whether a construct ending at end may leave the output
// whole: the text it would join on its two sides is white space without CR, up
// to a construct or the page's end after it, and no <pre> or <listing> could
// take it for its first child.
func (s *stripper) removable(end int) bool {
	if !s.gapSpace || s.preRisk {
		return false
	}
	in := s.in
	for ; end < len(in); end++ {
		switch in[end] {
		case ' ', '\n', '\t', '\f':
			continue
		case '<':
			if end+2 >= len(in) {
				return false
			}
			c := in[end+1]
			return ascii.IsLetter(c) || c == '!' || c == '?' || c == '/' && ascii.IsLetter(in[end+2])
		}
		return false
	}
	return true
}

// opened notes a start tag kept in the output, outside foreign content.
func (s *stripper) opened(a atom.Atom) {
	if a == atom.Html {
		return
	}
	s.headed = true
	if a == atom.Head || a == atom.Body {
		return // ignored, or no child of a <pre>
	}
	s.preRisk = a == atom.Pre || a == atom.Listing
	s.colgroup = a == atom.Col || a == atom.Colgroup || s.colgroup && a == atom.Template
}

// allHTMLSpace reports text the tree builder reads as white space: the
// tokenizer's five space bytes, and NUL, which it drops.
func allHTMLSpace(b []byte) bool {
	for _, c := range b {
		if !isHTMLSpace(c) && c != 0 {
			return false
		}
	}
	return true
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
		s.settle(false, false)
		return s.foreignStart(t)
	}
	name := in[t.nameStart:t.name]
	a := tagAtom(name)
	if a == atom.Link && s.unreadLink(in[p:t.end]) && s.removable(t.end) {
		s.settle(false, false)
		s.cut(p, t.end, "", false)
		s.kept = false
		return t.end, true
	}
	if a != atom.Script {
		s.settle(s.ws.start(a, name, t.selfClosing), false)
		s.opened(a)
	}
	switch a {
	case atom.Svg, atom.Math:
		if t.unsure {
			return 0, false
		}
		if !t.selfClosing {
			s.push(name)
			s.outer, s.cutOuter, s.foreignText = t.end, s.selects == 0 && s.templates == 0, false
		}
		return t.end, true
	case atom.Frameset, atom.Plaintext:
		return 0, false
	case atom.Select:
		s.selects++
		return t.end, true
	case atom.Template:
		s.templates++
		return t.end, true
	case atom.Script:
		// The walker reads a script only when its type says ld+json, in any case:
		// other JSON (application/json state blobs) is cut like code. An entity in
		// the attribute could spell the type without the bytes showing it.
		tag := in[p:t.end]
		keep := t.selfClosing || namesLDJSON(tag) || bytes.IndexByte(tag, '&') >= 0
		end := scriptEnd(in, t.end)
		if keep {
			s.settle(s.ws.start(a, name, t.selfClosing), false)
			s.opened(a)
			return end, true
		}
		// The element goes whole when the head it would imply is there and no
		// column group it would close may be open.
		close := len(in)
		if end < len(in) {
			if et, ok := s.readTag(end + len("</")); ok {
				close = et.end
			} else {
				close = -1
			}
		}
		if close >= 0 && s.headed && !s.colgroup && s.removable(close) {
			s.settle(false, false)
			s.cut(p, close, "", false)
			s.kept = false
			return close, true
		}
		s.settle(s.ws.start(a, name, t.selfClosing), false)
		s.opened(a)
		s.cut(t.end, end, "", false)
		return end, true
	case atom.Style:
		keep := t.selfClosing
		end := rawTextEnd(in, t.end, "style")
		if !keep {
			s.cut(t.end, end, "", false)
		}
		return end, true
	}
	if rawText(a) {
		// Kept: <noscript> text can reach a link's text (rel=author), and the
		// others are rare or read (<title>).
		return rawTextEnd(in, t.end, a.String()), true
	}
	return t.end, true
}

// LinkRel is a rel of <link> that a reader reads. Strip cuts the other <link>
// elements (a page's stylesheets, preloads, icons and feeds, about 1% of
// ParseHTML's instructions), so a reader of a further rel adds it here.
type LinkRel int

// The rels read: canonical for the page's address, next and prev as a pager's.
const (
	RelCanonical LinkRel = iota
	RelNext
	RelPrev
	numLinkRels
)

// Word returns the rel's value, lower-case.
func (r LinkRel) Word() string {
	return [numLinkRels]string{"canonical", "next", "prev"}[r]
}

// unreadLink reports a <link> tag that no reader reads and whose going changes
// nothing else in the tree: it names no read rel anywhere in its bytes (nor an
// entity, which could spell one), the head it would imply is there and no column
// group it would close may be open.
func (s *stripper) unreadLink(tag []byte) bool {
	return s.headed && !s.colgroup && bytes.IndexByte(tag, '&') < 0 && !namesReadRel(tag)
}

// relOpeners gives, for each byte, the read rels whose word it opens in either
// case, as bits by LinkRel: one look-up a byte finds every rel in one pass over a
// <link> tag, whose address makes it long.
var relOpeners = func() (t [256]uint8) {
	if numLinkRels > 8 {
		panic("htmldom: more read rels than relOpeners has bits")
	}
	for r := range numLinkRels {
		c := r.Word()[0]
		t[c] |= 1 << r
		t[c&^0x20] |= 1 << r
	}
	return t
}()

// namesReadRel reports whether tag holds the word of a read rel, in any ASCII case.
func namesReadRel(tag []byte) bool {
	for i, c := range tag {
		for m := relOpeners[c]; m != 0; m &= m - 1 {
			w := LinkRel(bits.TrailingZeros8(m)).Word()
			if i+len(w) <= len(tag) && tagIs(tag[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// rawText reports the elements whose content x/net's tokenizer reads as raw text
// or RCDATA, <script>, <style> and <plaintext> aside.
func rawText(a atom.Atom) bool {
	switch a {
	case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Textarea, atom.Title, atom.Xmp:
		return true
	}
	return false
}

// tagAtom returns the atom of a tag's name in any ASCII case, 0 for a name that
// spells none: one look-up rather than a comparison with each name the scanner
// knows.
func tagAtom(name []byte) atom.Atom {
	var lower [16]byte // longer than any name the scanner knows
	if len(name) > len(lower) {
		return 0
	}
	for i, c := range name {
		lower[i] = ascii.Lower(c)
	}
	return atom.Lookup(lower[:len(name)])
}

// foreignStart handles a start tag inside SVG or MathML. Elements nest as written
// there and no tag opens raw text, until a tag that the tree builder treats as HTML.
func (s *stripper) foreignStart(t tagSpan) (next int, goOn bool) {
	name := s.in[t.nameStart:t.name]
	a := tagAtom(name)
	// A <script> or <style> in foreign content is raw text to the flat reader's
	// tokenizer but markup to the tree builder: what may be cut there depends on
	// the reader, so cutting stops.
	if t.unsure || foreignBreaks(a) || a == atom.Script || a == atom.Style || a == atom.Plaintext {
		return 0, false
	}
	if a == atom.Title || a == atom.Desc {
		// HTML integration points: the content is parsed as HTML. Accepted when
		// it is text alone, closed by its own end tag.
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
		if !ok || tagAtom(s.in[et.nameStart:et.name]) != a {
			return 0, false
		}
		s.text(s.in[t.end:e])
		return et.end, true
	}
	if rawText(a) {
		// Raw text to the flat reader's tokenizer, markup here.
		return 0, false
	}
	if !t.selfClosing {
		s.push(name)
	}
	return t.end, true
}

// endTag handles an end tag; it reports false when cutting must stop. In foreign
// content only the end tag of the innermost element is followed; the end tag of
// the outermost one cuts its content when nothing outside can depend on it.
func (s *stripper) endTag(t tagSpan) bool {
	name := s.in[t.nameStart:t.name]
	n := len(s.foreign)
	if n == 0 {
		a := tagAtom(name)
		s.settle(s.ws.end(a, name), true)
		switch a {
		case atom.Colgroup, atom.Table:
			s.colgroup = false
		case atom.Select:
			s.selects = max(s.selects-1, 0)
		case atom.Template:
			s.templates = max(s.templates-1, 0)
		}
		return true
	}
	s.settle(false, true)
	top := s.foreign[n-1]
	if !sameName(s.names[top[0]:top[1]], name) {
		return false
	}
	s.foreign = s.foreign[:n-1]
	s.names = s.names[:top[0]]
	if n == 1 {
		s.ws.end(tagAtom(name), name)
		if s.cutOuter {
			s.cut(s.outer, t.nameStart-len("</"), "", s.foreignText)
		}
	}
	return true
}

// foreignBreaks reports the start tags that end or suspend foreign content: the
// tree builder's breakout list, <font> (which breaks out with some attributes), and
// the integration points with markup inside.
func foreignBreaks(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code,
		atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Head, atom.Hr, atom.I, atom.Img, atom.Li,
		atom.Listing, atom.Menu, atom.Meta, atom.Nobr, atom.Ol, atom.P, atom.Pre, atom.Ruby,
		atom.S, atom.Small, atom.Span, atom.Strong, atom.Strike, atom.Sub, atom.Sup,
		atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var,
		atom.Font, atom.Foreignobject, atom.AnnotationXml, atom.Mi, atom.Mo, atom.Mn,
		atom.Ms, atom.Mtext:
		return true
	}
	return false
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
		if c := in[i]; tagBytes[c]&endsName != 0 {
			t.name = i
			if isHTMLSpace(c) {
				i++
			}
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
				if tagBytes[in[i]]&endsKey != 0 {
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
	if tagBytes[in[i]]&endsName != 0 {
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
	return tagBytes[in[p+2+len(tag)]]&endsName != 0
}

// The classes of bytes in a tag, in tagBytes.
const (
	htmlSpace = 1 << iota // the tokenizer's white space: just these five, ' ', \n, \r, \t, \f
	endsName              // white space, '/' and '>', which end a tag's name
	endsKey               // those and '=', which end an attribute's key
)

// tagBytes gives each byte its classes, so that the loops over a tag's bytes test
// one entry per byte.
var tagBytes = func() (t [256]uint8) {
	for _, c := range []byte(" \n\r\t\f") {
		t[c] = htmlSpace | endsName | endsKey
	}
	t['/'], t['>'], t['='] = endsName|endsKey, endsName|endsKey, endsKey
	return t
}()

// isHTMLSpace is the tokenizer's white space.
func isHTMLSpace(c byte) bool { return tagBytes[c]&htmlSpace != 0 }

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

// namesLDJSON reports whether a <script> tag holds "ld+json" in any ASCII case. It
// looks for the '+', rare in a tag, and reads the word around it.
func namesLDJSON(tag []byte) bool {
	const word, plus = "ld+json", len("ld")
	for i := 0; ; {
		j := bytes.IndexByte(tag[i:], '+')
		if j < 0 {
			return false
		}
		if k := i + j - plus; k >= 0 && k+len(word) <= len(tag) && tagIs(tag[k:k+len(word)], word) {
			return true
		}
		i += j + 1
	}
}

// sameName reports whether two tag names are one to x/net's tokenizer, which
// lowers ASCII letters only: bytes.EqualFold would also match "k" with the Kelvin
// sign.
func sameName(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if ascii.Lower(a[i]) != ascii.Lower(b[i]) {
			return false
		}
	}
	return true
}
