package newsparse

import (
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/classify"
	"golang.org/x/net/html/atom"
)

// Reader comments are told by their shape as well as by their class words: a run of
// sibling containers made by one template (the same tag and class list), each holding
// a name, a date or time and a remark. Many themes give the thread a class of their
// own ("commentlist", "responses", "discussion") or none at all, so the words alone
// miss them; the shape is the same on every blog engine and forum widget.
const (
	// minCommentItems is how many items of one template make a thread on shape alone;
	// minMarkedCommentItems is enough when a class word (comment, reply, avatar,
	// author) agrees.
	minCommentItems       = 3
	minMarkedCommentItems = 2
	// maxCommentName is the longest line read as a commenter's name (with "says:" or
	// a date beside it); maxCommentNameWords the most words of a bare name.
	maxCommentName      = 60
	maxCommentNameWords = 4
	// minLeadShare is the least prose, as a share of the thread's own, that must stand
	// before a thread found by shape alone: comments follow an article, while the
	// dated posts of a forum thread or a live blog are the page, with at most a short
	// introduction above them.
	minLeadShare = 0.5
	// minMarkedLeadShare is the same when a class word agrees.
	minMarkedLeadShare = 0.25
	// maxCommentThreads is the most separate threads a page may hold.
	maxCommentThreads = 2
)

// Parts of a comment an item must hold.
const (
	partName uint8 = 1 << iota
	partDate
	partText
	partAll = partName | partDate | partText
)

// commentThreads marks the containers whose children are reader comments by shape,
// weighed with the class words of the items; raw is each element's prose
// (chooseRegion's sums). A thread counts only after prose outside it (before is
// proseBefore): the article comes first.
func (w *walker) commentThreads(before []int) []bool {
	el := w.elems
	if len(w.blocks) == 0 {
		return nil
	}
	// The remarks first: a name or a date counts only in an item that holds one.
	var parts []uint8
	climb := func(b *hBlock, p uint8) {
		for e, k := b.elem, 0; e >= 0 && k < maxItemClimb; e, k = el[e].parent, k+1 {
			parts[e] |= p
		}
	}
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.elem < 0 || b.image >= 0 || !isRemark(b) {
			continue
		}
		if parts == nil {
			parts = make([]uint8, len(el))
		}
		climb(b, partText)
	}
	if parts == nil {
		return nil
	}
	// An item is an element holding a remark that has a sibling of its template (the
	// same tag and class list): a thread takes two items at the least. Only the
	// blocks within reach of an item still lacking a name or a date are read for
	// them: a dateline is costly to read, and most short lines of a page are menus
	// far from any remark, or stand in an article's body, which has no twin.
	type key struct {
		parent int32
		tag    atom.Atom
		sig    uint32
	}
	keyOf := func(i int) (key, bool) {
		e := &el[i]
		if parts[i]&partText == 0 || e.parent < 0 || !e.blockChild && e.tag != atom.Li && e.tag != atom.Article {
			return key{}, false
		}
		return key{e.parent, e.tag, e.sig}, true
	}
	templates := make(map[key]int, 16)
	for i := range el {
		if k, ok := keyOf(i); ok {
			templates[k]++
		}
	}
	item := make([]bool, len(el))
	items := 0
	for i := range el {
		if k, ok := keyOf(i); ok && templates[k] >= min(minCommentItems, minMarkedCommentItems) {
			item[i] = true
			items++
		}
	}
	if items == 0 {
		// No remark has a twin of its template: the page has no thread.
		return nil
	}
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.elem < 0 || b.image >= 0 || !w.itemLacks(parts, item, b.elem) {
			continue
		}
		climb(b, nameOrDate(b))
	}
	// The first block inside each element, at any depth: an element met again has
	// its ancestors set already, so each is set once.
	firstBlock := make([]int32, len(el))
	for i := range firstBlock {
		firstBlock[i] = -1
	}
	for i := range w.blocks {
		for e := w.blocks[i].elem; e >= 0 && firstBlock[e] < 0; e = el[e].parent {
			firstBlock[e] = int32(i)
		}
	}
	count := make(map[key]int, 16)
	marked := make(map[key]bool, 16)
	for i := range el {
		e := &el[i]
		if !item[i] || parts[i] != partAll {
			continue
		}
		k := key{e.parent, e.tag, e.sig}
		count[k]++
		if e.cls&(clsComments|clsThread|clsByline) != 0 {
			marked[k] = true
		}
	}
	var out []bool
	for k, n := range count {
		need, lead := minCommentItems, minLeadShare
		if marked[k] || el[k.parent].cls&(clsComments|clsThread) != 0 {
			need, lead = minMarkedCommentItems, minMarkedLeadShare
		}
		if n < need || float64(before[firstBlock[k.parent]]) < lead*el[k.parent].raw {
			continue
		}
		if out == nil {
			out = make([]bool, len(el))
		}
		out[k.parent] = true
	}
	// A page has one thread of comments, with replies nested in it. Where the shape
	// repeats in more places it is the page's own template: the rows of an index or
	// of a forum's list of topics.
	outer := 0
	for i, ok := range out {
		if ok && !insideMarked(el, out, int32(i)) {
			outer++
		}
	}
	if outer > maxCommentThreads {
		return nil
	}
	return out
}

// insideMarked reports whether an ancestor of element i is marked.
func insideMarked(el []hElem, marked []bool, i int32) bool {
	for a := el[i].parent; a >= 0; a = el[a].parent {
		if marked[a] {
			return true
		}
	}
	return false
}

// nameOrDate says which of the other parts of a comment a block can be: the
// commenter's name (a short line of a few words, or "Name says:"), the date or time.
// A short line naming the commenter and the date ("Ann Lee on 3 March 2025 at 9:14")
// is both.
func nameOrDate(b *hBlock) uint8 {
	var p uint8
	if b.date || b.dateRunes*2 >= b.runes && b.runes > 0 {
		p |= partDate
	} else if b.runes <= maxDatelineRunes {
		if _, share, ok := classify.ParseDateline(b.text); ok {
			p |= partDate
			if share < 0.5 && b.runes <= maxCommentName {
				p |= partName
			}
		}
	}
	if p&partDate == 0 && b.runes >= 2 && b.runes <= maxCommentName && b.ctx.heading == 0 {
		t := strings.TrimSuffix(strings.TrimSpace(b.text), ":")
		t = strings.TrimSuffix(t, " says")
		words := 0
		for range strings.FieldsSeq(t) {
			words++
		}
		if !endsSentence(t) && words <= maxCommentNameWords && utf8.RuneCountInString(t) >= 2 {
			p |= partName
		}
	}
	return p
}

// isRemark reports a block that can be the remark of a comment: a sentence of prose.
func isRemark(b *hBlock) bool {
	return b.isProse() && (endsSentence(b.text) || b.runes >= 80)
}

// itemLacks reports whether an item within reach above element e still lacks a part
// of a comment (parts has them marked).
func (w *walker) itemLacks(parts []uint8, item []bool, e int32) bool {
	for k := 0; e >= 0 && k < maxItemClimb; e, k = w.elems[e].parent, k+1 {
		if item[e] && parts[e] != partAll {
			return true
		}
	}
	return false
}

// proseBefore returns, for each block, the runes of the paragraphs of prose before it.
func (w *walker) proseBefore() []int {
	before := make([]int, len(w.blocks))
	n := 0
	for i := range w.blocks {
		before[i] = n
		if b := &w.blocks[i]; b.isProse() && endsSentence(b.text) {
			n += b.runes - b.linkRunes
		}
	}
	return before
}

// maxThreadLead is the most prose, in runes (a paragraph or two), that may stand
// before comment-classed containers holding the page's content. A short article
// with a long thread under it (a blog post of a hundred words, a question with its
// answers' comments) has more.
const maxThreadLead = 500

// threadIsPage reports a page whose comment-classed containers hold its content: a
// forum topic whose engine gives every post, the opening one included, a comment
// class. Comments follow an article; when next to no prose (under maxThreadLead, and
// under minMarkedLeadShare of the marked containers' own) stands before the first of
// them, there is no article for them to follow, and the posts are the page. The same
// share decides a thread found by its shape (commentThreads). before is proseBefore.
func (w *walker) threadIsPage(before []int) bool {
	el := w.elems
	first := -1
	for i := range el {
		if el[i].cls&clsComments != 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return false
	}
	marked := make([]bool, len(el))
	for i := first; i < len(el); i++ {
		marked[i] = el[i].cls&clsComments != 0
		if p := el[i].parent; p >= 0 && marked[p] {
			marked[i] = true
		}
	}
	lead, thread := -1, 0
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.elem < 0 || !marked[b.elem] || !b.isProse() || !endsSentence(b.text) {
			continue
		}
		if lead < 0 {
			lead = before[i]
		}
		thread += b.runes - b.linkRunes
	}
	return thread > 0 && lead < maxThreadLead && float64(lead) < minMarkedLeadShare*float64(thread)
}
