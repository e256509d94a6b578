package htmldom

import (
	"github.com/newsparse/newsparse/internal/ascii"
	"golang.org/x/net/html/atom"
)

// The white space between two block tags (BlockTag), "</p>\n<p>" or "<ul>\n<li>",
// is a text node to x/net/html like any other, a third of a page's text nodes, and
// no reader can tell it from none: the walker flushes its text at both tags, so
// the space it notes there has nothing to separate. Strip cuts it where it can
// prove that the tree builder does nothing else with it either. A white-space
// token in the body first reconstructs the active formatting elements: where the
// list holds a <b> or <a> that an end tag or a block closed implicitly ("<b><p>x
// </p></b>" misnested, an unclosed <b> before </div>), that makes a new <b> right
// there, and the block tag after the space goes inside it. So wsModel follows the
// stack of open elements by tag, exactly as long as the markup is plainly nested,
// and gives up (off, for the rest of the page) at anything it does not follow: an
// end tag that closes more than the current element, but for the <p>, <li>, <dd>,
// <dt>, <option>, cell, row or heading that a sibling or a parent's end tag closes
// when it is the current element (which leaves no formatting element behind), a
// formatting tag while one of its name is open, a tag the table modes would move
// or ignore, a <select> or <input> closing a <select>, markup inside <template>, a
// second <body>. End tags the tree builder ignores (no element of the name in
// scope, a void element's) change nothing. Where it follows, nothing is left for
// reconstruction to find, and the space goes to the current element, where the
// tree then holds it between two block elements or at a block's edge:
//
//   - after a start tag it is the first child of that block;
//   - after an end tag or an <hr> it follows that block, and the tag after it
//     either adds a block beside it or ends the block around it (the current
//     element, or a <p>, item, cell or row that the tag closes).
//
// The walker reads such a space as nothing, since it flushes at either block, with
// one exception: a block the walker skips (hidden) flushes nothing, so between two
// hidden blocks the space still separates the text before the first from the text
// after the second. The model therefore notes whether the walker may hold text
// without a space after it (risk), and an end tag followed by a start tag keeps
// its space then. Readers that join the text below an element without regard to
// blocks (TextOf on <a rel=author> and <time>, the table reader on cells) would see
// the space go, so none is cut inside those; nor inside <pre>, <listing> or
// <template>, nor inside a formatting element, whose misnested end tag later may
// move the children of the block above it into a copy of it (the adoption
// agency), nor before a <table>, where content the table modes move out goes.
// Spaces with a CR or a form feed are not the markup's indentation (indentation)
// and stay; so do those next to a comment or a script, which are no block tags.
//
// On the Zyte pages this cuts 89% of the spaces between blocks, on WCXB's 58%;
// the rest sit after a construct the model does not follow, inside formatting
// elements or cells, next to comments, or on pages with CR line ends.
type wsModel struct {
	state wsState
	// open is the stack of open elements below <html> and <body>, innermost
	// last; names holds the names of those without an atom.
	open  []wsElem
	names []byte
	// keep counts the open elements inside which no space is cut (push);
	// ps, selects and templates the open <p>, <select> and <template>, so that
	// the look for one in scope, made at most block tags, is mostly skipped.
	keep, ps, selects, templates int
	// form is the tree builder's form element pointer: set by <form>, cleared
	// by </form>, and while set a nested <form> is ignored.
	form bool
	// risk is set when the walker may hold text that no space has followed yet.
	risk bool
	// after is what the last tag allows the white space after it: none, a space
	// that is the first child of a block (afterStart), or one that follows a
	// block (afterEnd).
	after wsAfter
	// pend is the white space after such a tag, cut or shrunk once the tag after
	// it is known; pendRisk is risk as it was there.
	pend      [2]int
	lines     int
	pendRisk  bool
	pendAfter wsAfter
}

type wsState uint8

const (
	// wsHead: no <body> yet. Cutting starts at the <body> tag when nothing before
	// it can have implied the body.
	wsHead wsState = iota
	wsOn
	wsOff
)

type wsAfter uint8

const (
	wsNone wsAfter = iota
	afterStart
	afterEnd
)

// wsElem is an open element: its atom, its name in names when it has none, and
// risk as it was when the element opened.
type wsElem struct {
	a         atom.Atom
	name, end int32
	risk      bool
	keep      bool
	block     bool
}

// wsBoundary reports the elements whose tags may have their white space cut:
// the blocks, but <html> and <body>, whose tags the tree builder reads as no
// element of their own in the body.
func wsBoundary(a atom.Atom) bool {
	return BlockTag(a) && a != atom.Html && a != atom.Body
}

// headTag reports the start tags that leave the tree builder in the head, or
// after it, without implying a <body>.
func headTag(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Meta, atom.Link, atom.Title, atom.Script, atom.Style,
		atom.Base, atom.Basefont, atom.Bgsound, atom.Noframes, atom.Noscript:
		return true
	}
	return false
}

// off stops cutting white space for the rest of the page.
func (m *wsModel) off() {
	m.state = wsOff
	m.after = wsNone
}

func (m *wsModel) top() *wsElem {
	if len(m.open) == 0 {
		return nil
	}
	return &m.open[len(m.open)-1]
}

// topIs reports whether the current element is a.
func (m *wsModel) topIs(a atom.Atom) bool {
	t := m.top()
	return t != nil && t.a == a
}

// push opens an element; name is kept for one without an atom.
func (m *wsModel) push(a atom.Atom, name []byte) {
	e := wsElem{a: a, risk: m.risk, block: BlockTag(a)}
	switch a {
	case atom.P:
		m.ps++
	case atom.Select:
		m.selects++
	case atom.Template:
		m.templates++
		e.keep = true
	case atom.Pre, atom.Listing, atom.Time, atom.Td, atom.Th,
		atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S,
		atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		// No white space is cut inside these. In <pre> and <listing> it is
		// read as written, and the template modes are not followed. TextOf
		// joins the text of an <a rel=author> or a <time> across blocks, and
		// the table reader that of a cell. And the adoption agency (a
		// formatting element's misnested end tag, a nested <a> or <nobr>)
		// moves the children of the first block above a formatting element
		// into a copy of it: the space would then sit in an inline element.
		e.keep = true
	}
	if a == 0 {
		e.name = int32(len(m.names))
		m.names = append(m.names, name...)
		e.end = int32(len(m.names))
	}
	if e.keep {
		m.keep++
	}
	m.open = append(m.open, e)
	if e.block {
		// The walker flushes at a block it reads, and reads nothing of one
		// it skips until its end.
		m.risk = false
	}
}

// pop closes the current element. After a block the walker holds what it held
// before the block if it skipped the block, and nothing if it read it; after
// an inline element what it holds now, or then.
func (m *wsModel) pop() {
	e := m.open[len(m.open)-1]
	m.open = m.open[:len(m.open)-1]
	if e.a == 0 {
		m.names = m.names[:e.name]
	}
	switch e.a {
	case atom.P:
		m.ps--
	case atom.Select:
		m.selects--
	case atom.Template:
		m.templates--
	}
	if e.keep {
		m.keep--
	}
	if e.block {
		m.risk = e.risk
	} else {
		m.risk = m.risk || e.risk
	}
}

// has reports whether an element a is open.
func (m *wsModel) has(a atom.Atom) bool {
	for i := range m.open {
		if m.open[i].a == a {
			return true
		}
	}
	return false
}

// The scopes in which the tree builder looks for an element (x/net's
// indexOfElementInScope): the default one, and those that also stop at a
// <button> and at a list.
type wsScope uint8

const (
	defaultScope wsScope = iota
	buttonScope
	listItemScope
)

// inScope returns the index in open of the innermost element a in scope s, -1
// when there is none. x/net v0.62 counts <select> among the default scope's
// bounds.
func (m *wsModel) inScope(s wsScope, a atom.Atom) int {
	if a == atom.P && m.ps == 0 || a == atom.Select && m.selects == 0 {
		return -1
	}
	for i := len(m.open) - 1; i >= 0; i-- {
		switch b := m.open[i].a; {
		case b == a:
			return i
		case b == atom.Applet || b == atom.Caption || b == atom.Table || b == atom.Td ||
			b == atom.Th || b == atom.Marquee || b == atom.Object || b == atom.Template ||
			b == atom.Select:
			return -1
		case s == buttonScope && b == atom.Button,
			s == listItemScope && (b == atom.Ol || b == atom.Ul):
			return -1
		}
	}
	return -1
}

// closeP follows "close a p element" when a start tag closes one in button scope:
// exact only when the <p> is the current element.
func (m *wsModel) closeP() {
	switch i := m.inScope(buttonScope, atom.P); {
	case i < 0:
	case i == len(m.open)-1:
		m.pop()
	default:
		m.off()
	}
}

// impliedEnd reports the elements x/net's generateImpliedEndTags closes that the
// model opens. None is a formatting element, so closing them leaves nothing for
// reconstruction.
func impliedEnd(a atom.Atom) bool {
	switch a {
	case atom.Dd, atom.Dt, atom.Li, atom.Optgroup, atom.Option, atom.P:
		return true
	}
	return false
}

// popImplied closes the current element while it is one impliedEnd closes, but
// except.
func (m *wsModel) popImplied(except atom.Atom) {
	for t := m.top(); t != nil && impliedEnd(t.a) && t.a != except; t = m.top() {
		m.pop()
	}
}

// closeItem follows the loop of <li> (items li) and <dd>, <dt> (items dd, dt):
// the item it finds goes, exact only when it is the current element.
func (m *wsModel) closeItem(items ...atom.Atom) {
	for i := len(m.open) - 1; i >= 0; i-- {
		a := m.open[i].a
		for _, it := range items {
			if a == it {
				if i == len(m.open)-1 {
					m.pop()
				} else {
					m.off()
				}
				return
			}
		}
		switch {
		case a == atom.Address || a == atom.Div || a == atom.P:
		case specialElement(a):
			return
		}
	}
}

// start follows a start tag the tree builder gets, outside foreign content. It
// reports whether the tag is a block tag that ends white space
// cut before it: a block is added beside the space, or the block holding the
// space closes.
func (m *wsModel) start(a atom.Atom, name []byte, selfClosing bool) (boundary bool) {
	switch m.state {
	case wsHead:
		switch {
		case a == atom.Body:
			m.state = wsOn
			m.risk = false
			return false
		case a == atom.Template || a == atom.Frameset:
			m.off()
			return false
		case headTag(a):
			return false
		}
		// Any other tag implies the body, and goes in it.
		m.state = wsOn
	case wsOff:
		return false
	}
	m.after = wsNone
	if m.templates > 0 {
		m.off() // the template modes are not followed
		return false
	}
	t := m.top()
	var ta atom.Atom
	if t != nil {
		ta = t.a
	}
	switch ta {
	case atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr:
		return m.tableStart(a, ta)
	case atom.Colgroup:
		if a != atom.Col {
			m.off()
		}
		return false
	case atom.Td, atom.Th:
		switch a {
		case atom.Td, atom.Th:
			m.pop()
			m.push(a, nil)
			m.after = afterStart
			return true
		}
	}
	switch a {
	case atom.Caption, atom.Col, atom.Colgroup, atom.Frame, atom.Head, atom.Tbody, atom.Td,
		atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Html, atom.Body, atom.Frameset,
		atom.Plaintext, atom.Rb, atom.Rtc, atom.Rp, atom.Rt, atom.Nobr:
		// Ignored here, or closing what the model does not follow.
		m.off()
		return false
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S,
		atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U, atom.Button:
		if (m.keep > 0 || a == atom.Button) && m.has(a) {
			m.off()
			return false
		}
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Search, atom.Section, atom.Summary, atom.Ul, atom.Pre, atom.Listing, atom.Xmp, atom.Hr:
		m.closeP()
		if a == atom.Hr && m.state == wsOn && m.inScope(defaultScope, atom.Select) >= 0 {
			m.popImplied(0)
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		m.closeP()
		if m.state == wsOn && heading(m.top()) {
			m.pop()
		}
	case atom.Form:
		if m.form {
			m.off()
			return false
		}
		m.closeP()
		m.form = true
	case atom.Table:
		// A <p> open in button scope closes only in no-quirks mode, which the
		// model does not know.
		p := len(m.open)
		m.closeP()
		if len(m.open) != p {
			m.off()
		}
	case atom.Li:
		m.closeItem(atom.Li)
		m.closeP()
	case atom.Dd, atom.Dt:
		m.closeItem(atom.Dd, atom.Dt)
		m.closeP()
	case atom.Select:
		// A <select> in scope closes, with what is open inside it.
		if m.inScope(defaultScope, atom.Select) >= 0 {
			m.off()
			return false
		}
	case atom.Input:
		if m.inScope(defaultScope, atom.Select) >= 0 {
			m.off()
			return false
		}
	case atom.Option, atom.Optgroup:
		switch {
		case m.inScope(defaultScope, atom.Select) < 0:
			if m.topIs(atom.Option) {
				m.pop()
			}
		case a == atom.Option:
			m.popImplied(atom.Optgroup)
		default:
			m.popImplied(0)
		}
	case atom.Template:
		// Its content is followed only while it has none.
	}
	if m.state != wsOn {
		return false
	}
	if voidElement(a) || selfClosing && (a == atom.Svg || a == atom.Math) {
		if a == atom.Hr {
			m.after = afterEnd
			return true
		}
		return false
	}
	m.push(a, name)
	if m.top().block { // <html> and <body> are no element here
		m.after = afterStart
		// What the table modes move out of a table goes right before it,
		// after the space.
		return a != atom.Table
	}
	return false
}

// tableStart follows a start tag where the current element is a table, a row
// group or a row: table structure goes in, implied groups and rows with it, and
// a row closes the row before; anything else is moved or ignored.
func (m *wsModel) tableStart(a, top atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style:
		m.push(a, nil)
		return false
	case atom.Caption, atom.Colgroup, atom.Tbody, atom.Thead, atom.Tfoot:
		if top != atom.Table {
			m.off()
			return false
		}
		m.push(a, nil)
	case atom.Tr, atom.Td, atom.Th:
		switch top {
		case atom.Table:
			m.push(atom.Tbody, nil)
		case atom.Tr:
			if a == atom.Tr {
				m.pop()
			}
		}
		if a != atom.Tr && !m.topIs(atom.Tr) {
			m.push(atom.Tr, nil)
		}
		m.push(a, nil)
	default:
		m.off()
		return false
	}
	if wsBoundary(a) {
		m.after = afterStart
		return true
	}
	return false
}

// end follows an end tag outside foreign content. It reports whether the tag
// ends a block that held white space cut before it: the current element, or a
// block the tag closes first as implied.
func (m *wsModel) end(a atom.Atom, name []byte) (boundary bool) {
	switch m.state {
	case wsHead:
		switch a {
		case atom.Body, atom.Html, atom.Br:
			m.off() // these imply the body
		}
		return false // the others close raw text, or are ignored
	case wsOff:
		return false
	}
	m.after = wsNone
	t := m.top()
	if t == nil {
		if a != atom.Body && a != atom.Html {
			m.off()
		}
		return false
	}
	if t.a == a && a != 0 && a != atom.Form {
		// The end tag of the current element, most of them, closes it.
		block := t.block
		m.pop()
		if block {
			m.after = afterEnd
		}
		return block
	}
	if t.a == atom.Colgroup && a != atom.Colgroup {
		m.off() // it would close the column group
		return false
	}
	block := wsBoundary(t.a)
	i := -1 // the element the tag closes, -1 if the tag is ignored
	switch a {
	case atom.Body, atom.Html:
		// The body stays open, and what is open in it.
		return false
	case atom.Br:
		m.off() // read as <br>
		return false
	case atom.Table:
		// </table> closes the cell, row and row group left open: the cell, whose
		// formatting elements the model saw closed, as </td> would.
		for _, g := range []atom.Atom{atom.Td, atom.Th, atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot} {
			if m.topIs(g) {
				m.pop()
			}
		}
		i = len(m.open) - 1
	case atom.Form:
		if !m.form {
			m.off()
			return false
		}
		m.form = false
		i = len(m.open) - 1
	case atom.P:
		if i = m.inScope(buttonScope, atom.P); i < 0 {
			return false // an empty <p> is made, and closed
		}
	case atom.Li:
		if i = m.inScope(listItemScope, atom.Li); i < 0 {
			return false
		}
		m.popImplied(atom.Li)
	case atom.Dd, atom.Dt, atom.Applet, atom.Marquee, atom.Object:
		if i = m.inScope(defaultScope, a); i < 0 {
			return false
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		// Any heading closes the current one.
		if heading(t) {
			m.pop()
			m.after = afterEnd
			return true
		}
		for _, h := range []atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6} {
			if m.inScope(defaultScope, h) >= 0 {
				m.off()
				return false
			}
		}
		return false
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Button, atom.Center,
		atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Listing, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.Pre, atom.Search, atom.Section, atom.Select, atom.Summary, atom.Ul:
		if i = m.inScope(defaultScope, a); i < 0 {
			return false
		}
		m.popImplied(0)
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S,
		atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U, atom.Template,
		atom.Caption, atom.Colgroup, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th:
		// The adoption agency, and the table modes: followed when the tag
		// closes the current element.
		i = len(m.open) - 1
	default:
		if voidElement(a) {
			return false // never open, so ignored
		}
		// Any other end tag closes the innermost element of its name unless a
		// special element comes first, which ignores it.
		for i = len(m.open) - 1; i >= 0; i-- {
			e := &m.open[i]
			if e.a == a && (a != 0 || sameName(m.names[e.name:e.end], name)) {
				break
			}
			if specialElement(e.a) {
				return false
			}
		}
		if i < 0 {
			return false // <body> is special
		}
	}
	t = m.top()
	if i != len(m.open)-1 || t.a != a || a == 0 && !sameName(m.names[t.name:t.end], name) {
		m.off()
		return false
	}
	m.pop()
	if block && wsBoundary(a) {
		m.after = afterEnd
		return true
	}
	return false
}

func heading(e *wsElem) bool {
	if e == nil {
		return false
	}
	switch e.a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// voidElement reports the start tags after which the tree builder closes the
// element at once, whatever their self-closing mark.
func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Image, atom.Keygen, atom.Wbr,
		atom.Input, atom.Param, atom.Source, atom.Track, atom.Hr, atom.Base, atom.Basefont,
		atom.Bgsound, atom.Link, atom.Meta, atom.Col:
		return true
	}
	return false
}

// specialElement is x/net's isSpecialElement for HTML elements, which ends the
// search of <li>, <dd> and <dt> for an item to close.
func specialElement(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base,
		atom.Basefont, atom.Bgsound, atom.Blockquote, atom.Body, atom.Br, atom.Button,
		atom.Caption, atom.Center, atom.Col, atom.Colgroup, atom.Dd, atom.Details, atom.Dir,
		atom.Div, atom.Dl, atom.Dt, atom.Embed, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.Frame, atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Iframe,
		atom.Img, atom.Input, atom.Keygen, atom.Li, atom.Link, atom.Listing, atom.Main,
		atom.Marquee, atom.Menu, atom.Meta, atom.Nav, atom.Noembed, atom.Noframes,
		atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param, atom.Plaintext, atom.Pre,
		atom.Script, atom.Section, atom.Select, atom.Source, atom.Style, atom.Summary,
		atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea, atom.Tfoot, atom.Th,
		atom.Thead, atom.Title, atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp:
		return true
	}
	return false
}

// text notes text between two constructs that is not the markup's indentation:
// the walker may hold it with no space after, and before the body it implies one.
func (m *wsModel) text(b []byte) {
	if len(b) == 0 {
		return
	}
	m.risk = true
	if m.state == wsHead {
		for _, c := range b {
			if !isHTMLSpace(c) {
				m.state = wsOn // text implies the body
				return
			}
		}
	}
}

// pendSpace holds the indentation in[from:to] for settle when it follows a block
// tag that allows its cut and a tag follows it; it reports whether it did.
func (s *stripper) pendSpace(from, to, lines int) bool {
	m := &s.ws
	if m.state != wsOn || from == to {
		return false
	}
	risk := m.risk
	m.risk = false // the walker notes a space, cut or not where it matters (settle)
	in := s.in
	if m.after == wsNone || m.keep > 0 || len(s.foreign) > 0 ||
		to+2 >= len(in) || !ascii.IsLetter(in[to+1]) && (in[to+1] != '/' || !ascii.IsLetter(in[to+2])) {
		return false
	}
	m.pend, m.lines, m.pendRisk, m.pendAfter = [2]int{from, to}, lines, risk, m.after
	return true
}

// settle cuts the white space held by pendSpace when the tag after it is a block
// tag the model followed (boundary), and otherwise shrinks it as gap would have.
// Between an end tag and a start tag the space is cut only when the walker
// cannot hold text without a space after it (wsModel).
func (s *stripper) settle(boundary, endTag bool) {
	if s.ws.pend[1] != 0 {
		s.settlePend(boundary, endTag)
	}
}

func (s *stripper) settlePend(boundary, endTag bool) {
	m := &s.ws
	from, to := m.pend[0], m.pend[1]
	m.pend = [2]int{}
	if boundary && m.state == wsOn && (m.pendAfter == afterStart || endTag || !m.pendRisk) {
		s.cut(from, to, "", false)
		return
	}
	s.shrinkSpace(from, to, m.lines)
	s.preText(s.in[from:to])
}
