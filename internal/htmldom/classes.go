package htmldom

import (
	"maps"
	"slices"

	"github.com/newsparse/newsparse/internal/ascii"
)

// Class is what the class and id words of an element say about it. Sites name
// their containers after what they hold ("related-stories", "newsletter-signup",
// "wp-caption", "article-body"); these words are the most reliable furniture evidence
// HTML has, and they are the same across sites because the same templates and CMSes
// are everywhere.
type Class uint32

// The bits of Class. The first ones say what role a container's parts play (the
// root's region and role rules read them); the ones after ClassMeta say what kind
// of page holds the element.
const (
	ClassPositive Class = 1 << iota // article, story, entry, content, body ...
	ClassRelated
	ClassNewsletter
	ClassShare
	ClassAd
	ClassComments
	ClassNav
	ClassAside
	ClassPaywall
	ClassCaption
	ClassCredit
	ClassByline
	ClassDate
	ClassDek
	ClassHidden
	ClassFigure
	ClassEmbed
	ClassMeta
	// The bits below are evidence of the page's kind (the root's pagetype.go), not
	// of a part's role: the region and role rules never read them.
	ClassShop   // cart, price, product, checkout
	ClassThread // forum, thread, reply, avatar: the posts of a discussion
	ClassDocs   // toc, docs, highlight, sourcecode: documentation
	ClassCTA    // btn, button, cta, hero, pricing, testimonial: a landing page
	ClassCard   // card, teaser, tile, archive: the items of an index
	// ClassDialog marks an overlay: role=dialog, aria-modal, or a consent manager's
	// class (cookie, consent, gdpr, onetrust). It is evidence only; with the text of
	// a cookie notice inside it makes the element a notice (the root's
	// html_notice.go).
	ClassDialog
	// ClassNotice is set by the region rules, never by a class word, on a cookie or
	// consent notice.
	ClassNotice
)

// ClassRemove are the bits that take a container out of the article.
const ClassRemove = ClassRelated | ClassNewsletter | ClassShare | ClassAd | ClassComments | ClassNav | ClassAside | ClassPaywall | ClassNotice

// classWords maps whole class or id words, split at any character that is not a
// letter or digit, to what they mean. Short words live here rather than in
// classStems because as substrings they would match everywhere ("ad" in "header").
var classWords = map[string]Class{
	"article": ClassPositive, "articlebody": ClassPositive, "story": ClassPositive,
	"entry": ClassPositive, "content": ClassPositive, "body": ClassPositive, "post": ClassPositive,
	"text": ClassPositive, "prose": ClassPositive, "main": ClassPositive, "blog": ClassPositive,

	"ad": ClassAd, "ads": ClassAd, "adv": ClassAd, "advert": ClassAd, "adslot": ClassAd,
	"adunit": ClassAd, "dfp": ClassAd, "gpt": ClassAd, "sponsored": ClassAd, "promo": ClassAd,
	"nav": ClassNav, "navbar": ClassNav, "menu": ClassNav, "breadcrumb": ClassNav,
	"breadcrumbs": ClassNav, "pagination": ClassNav, "pager": ClassNav, "tags": ClassNav,
	"tag": ClassNav, "topics": ClassNav, "keywords": ClassNav, "footer": ClassNav, "skip": ClassNav,
	"sidebar": ClassAside, "widget": ClassAside, "rail": ClassAside, "aside": ClassAside,
	"caption": ClassCaption, "figcaption": ClassCaption, "legend": ClassCaption,
	"credit": ClassCredit, "credits": ClassCredit, "copyright": ClassCredit,
	"photographer": ClassCredit, "attribution": ClassCredit, "courtesy": ClassCredit,
	"byline": ClassByline, "author": ClassByline, "authors": ClassByline, "writer": ClassByline,
	"contributor": ClassByline, "bio": ClassByline,
	"date": ClassDate, "time": ClassDate, "timestamp": ClassDate, "dateline": ClassDate,
	"pubdate": ClassDate, "published": ClassDate, "updated": ClassDate,
	"dek": ClassDek, "standfirst": ClassDek, "subtitle": ClassDek, "deck": ClassDek,
	"strapline": ClassDek, "summary": ClassDek, "excerpt": ClassDek, "subheadline": ClassDek,
	"figure": ClassFigure, "meta": ClassMeta, "info": ClassMeta,

	"cart": ClassShop, "basket": ClassShop, "checkout": ClassShop, "price": ClassShop, "sku": ClassShop,
	"product": ClassShop, "products": ClassShop, "woocommerce": ClassShop, "shop": ClassShop,
	"forum": ClassThread, "thread": ClassThread, "reply": ClassThread, "replies": ClassThread,
	"avatar": ClassThread, "topic": ClassThread, "postbody": ClassThread, "username": ClassThread,
	"toc": ClassDocs, "docs": ClassDocs, "highlight": ClassDocs, "sourcecode": ClassDocs,
	"codehilite": ClassDocs, "sphinx": ClassDocs, "api": ClassDocs,
	"btn": ClassCTA, "button": ClassCTA, "cta": ClassCTA, "hero": ClassCTA, "pricing": ClassCTA,
	"testimonial": ClassCTA, "testimonials": ClassCTA,
	"card": ClassCard, "cards": ClassCard, "teaser": ClassCard, "tile": ClassCard, "archive": ClassCard,
	"cmp": ClassDialog, "modal": ClassDialog, "dialog": ClassDialog,
}

// classStems are matched as substrings of the lower-cased class and id list: long
// enough not to occur by accident, and often glued into compounds
// ("relatedArticles", "newsletterSignup").
var classStems = []classStem{
	{"related", ClassRelated}, {"recommend", ClassRelated}, {"outbrain", ClassRelated},
	{"taboola", ClassRelated}, {"trending", ClassRelated}, {"popular", ClassRelated},
	{"mostread", ClassRelated}, {"most-read", ClassRelated}, {"most_read", ClassRelated},
	{"readmore", ClassRelated}, {"read-more", ClassRelated}, {"morestories", ClassRelated},
	{"more-stories", ClassRelated}, {"recirc", ClassRelated}, {"also-read", ClassRelated},
	{"newsletter", ClassNewsletter}, {"subscribe", ClassNewsletter}, {"signup", ClassNewsletter},
	{"sign-up", ClassNewsletter},
	{"share", ClassShare}, {"sharing", ClassShare}, {"social", ClassShare}, {"addthis", ClassShare},
	{"advert", ClassAd}, {"sponsor", ClassAd}, {"adslot", ClassAd}, {"ad-slot", ClassAd},
	{"ad-container", ClassAd}, {"ad-wrapper", ClassAd}, {"adwrapper", ClassAd}, {"adcontainer", ClassAd},
	{"comment", ClassComments}, {"disqus", ClassComments},
	{"breadcrumb", ClassNav}, {"navigation", ClassNav}, {"next-prev", ClassNav}, {"prev-next", ClassNav},
	{"nextprev", ClassNav}, {"prevnext", ClassNav}, {"post-nav", ClassNav}, {"next-post", ClassNav},
	{"prev-post", ClassNav}, {"previous-post", ClassNav},
	{"paywall", ClassPaywall}, {"regwall", ClassPaywall},
	{"wp-caption", ClassCaption | ClassFigure}, {"caption", ClassCaption},
	{"byline", ClassByline}, {"authorname", ClassByline},
	{"twitter-tweet", ClassEmbed}, {"instagram-media", ClassEmbed}, {"tiktok-embed", ClassEmbed},
	{"add-to-cart", ClassShop}, {"addtocart", ClassShop}, {"add_to_cart", ClassShop},
	{"bbpress", ClassThread}, {"phpbb", ClassThread}, {"discourse", ClassThread},
	{"table-of-contents", ClassDocs}, {"language-", ClassDocs}, {"docusaurus", ClassDocs},
	{"mkdocs", ClassDocs}, {"readthedocs", ClassDocs},
	{"testimonial", ClassCTA}, {"call-to-action", ClassCTA},
	{"teaser", ClassCard}, {"post-list", ClassCard},
	{"cookie", ClassDialog}, {"consent", ClassDialog}, {"gdpr", ClassDialog}, {"onetrust", ClassDialog},
	{"didomi", ClassDialog}, {"usercentrics", ClassDialog},
}

// classStem is a stem and what it means.
type classStem struct {
	stem string
	bits Class
}

// byteTrie is a table-driven automaton over the bytes of a set of keys: a state
// and a byte give the next state in one look-up. State 0 is dead (every edge leads
// back to it) and state 1 the start; out gives the bits of the keys that end in a
// state.
type byteTrie struct {
	sym   [256]uint8 // a byte's column in next; 0 for bytes no key holds
	width int        // columns of next
	next  []uint16   // state*width + column → next state
	out   []Class
}

// trieStart is the state a byteTrie starts in.
const trieStart = 1

// newByteTrie builds the trie of the keys, whose bits are given by bits.
func newByteTrie(keys []string, bits func(i int) Class) *byteTrie {
	t := &byteTrie{width: 1}
	for _, k := range keys {
		for i := 0; i < len(k); i++ {
			if c := k[i]; t.sym[c] == 0 {
				t.sym[c] = uint8(t.width)
				t.width++
			}
		}
	}
	t.next = make([]uint16, 2*t.width)
	t.out = make([]Class, 2)
	for n, k := range keys {
		s := trieStart
		for i := 0; i < len(k); i++ {
			e := s*t.width + int(t.sym[k[i]])
			if t.next[e] == 0 {
				t.next[e] = uint16(len(t.out))
				t.next = append(t.next, make([]uint16, t.width)...)
				t.out = append(t.out, 0)
			}
			s = int(t.next[e])
		}
		t.out[s] |= bits(n)
	}
	if t.width > 255 || len(t.out) > 1<<16 {
		panic("htmldom: class tables too large for a byteTrie")
	}
	return t
}

// step is the state after reading c in state s.
func (t *byteTrie) step(s int, c byte) int {
	return int(t.next[s*t.width+int(t.sym[c])])
}

// findEverywhere turns the trie into an Aho-Corasick automaton, which finds the
// keys wherever they occur in the text read: each missing edge takes the edge of
// the state's longest proper end that is a state, and each state the bits of that
// end, so that a byte costs one look-up however many keys share its neighbourhood
// ("re" opens six stems).
func (t *byteTrie) findEverywhere() *byteTrie {
	fail := make([]int, len(t.out))
	queue := []int{trieStart}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		t.out[s] |= t.out[fail[s]]
		for a := 0; a < t.width; a++ {
			e := s*t.width + a
			switch u := int(t.next[e]); {
			case u != 0 && s == trieStart:
				fail[u] = trieStart
				queue = append(queue, u)
			case u != 0:
				fail[u] = int(t.next[fail[s]*t.width+a])
				queue = append(queue, u)
			case s == trieStart:
				t.next[e] = trieStart
			default:
				t.next[e] = t.next[fail[s]*t.width+a]
			}
		}
	}
	return t
}

// The automata of classWords, matched as whole words, and of classStems, found
// anywhere.
var (
	wordTrie = func() *byteTrie {
		words := slices.Sorted(maps.Keys(classWords))
		for _, w := range words {
			for i := 0; i < len(w); i++ {
				if !isWordByte(w[i]) {
					panic("htmldom: a class word of other than lower-case letters and digits: " + w)
				}
			}
		}
		return newByteTrie(words, func(i int) Class { return classWords[words[i]] })
	}()
	stemAutomaton = newByteTrie(stemKeys(), func(i int) Class { return classStems[i].bits }).findEverywhere()
)

// stemKeys are the stems of classStems, in order.
func stemKeys() []string {
	keys := make([]string, len(classStems))
	for i, st := range classStems {
		keys[i] = st.stem
	}
	return keys
}

// isWordByte reports the bytes of a class word: lower-case ASCII letters and digits.
func isWordByte(c byte) bool { return c-'a' < 26 || c-'0' < 10 }

// openers is the set of the pairs of bytes and of the lengths that begin and measure
// the entries of a table of words: most words of a class list open no entry or have
// no entry's length, and a look-up in the set settles them without hashing the word.
type openers struct {
	pairs [1 << 16 / 64]uint64
	lens  uint64 // bit n for length n; 63 for any longer
}

// newOpeners indexes a table's entries, each of two bytes at least.
func newOpeners[T any](words []T, word func(T) string) *openers {
	o := new(openers)
	for _, x := range words {
		w := word(x)
		if len(w) < 2 {
			panic("htmldom: a class table entry of under two bytes: " + w)
		}
		k := uint16(w[0])<<8 | uint16(w[1])
		o.pairs[k/64] |= 1 << (k % 64)
		o.lens |= 1 << min(len(w), 63)
	}
	return o
}

// opens reports whether the pair a, b begins an entry.
func (o *openers) opens(a, b byte) bool {
	k := uint16(a)<<8 | uint16(b)
	return o.pairs[k/64]&(1<<(k%64)) != 0
}

// may reports whether w may be an entry: its length and first two bytes are an
// entry's.
func (o *openers) may(w []byte) bool {
	return o.lens&(1<<min(len(w), 63)) != 0 && len(w) >= 2 && o.opens(w[0], w[1])
}

// The openers of classWords and hiddenWords.
var (
	hiddenOpeners = newOpeners(slices.Collect(maps.Keys(hiddenWords)), func(w string) string { return w })
)

// hiddenWords are the utility classes that hide an element from sight (but not from
// screen readers): whole words, since "hidden-xs" only hides at one screen width.
var hiddenWords = map[string]bool{"sr-only": true, "visually-hidden": true, "visuallyhidden": true,
	"screen-reader-text": true, "screen-reader-only": true, "element-invisible": true,
	"offscreen": true, "u-hidden-visually": true}

// Classifier reads the class and id attributes of a page's elements, remembering
// the bits of each class list and of each class name it meets: templates repeat the
// same class lists over and over, and utility-class frameworks recombine the same
// few names in ever new lists, while ids are unique and read each time. The zero
// value is ready for use; a Classifier serves one page at a time (it is not safe for
// concurrent use).
type Classifier struct {
	lists map[string]classList // class attribute values met
	names map[string]Class     // class names met, as written
	buf   []byte               // scratch space for lower-casing
}

// classList is what the Classifier remembers of a class list: its bits and its
// ClassSig.
type classList struct {
	bits Class
	sig  uint32
}

// Classify returns what an element's class and id words say of it, and the class
// list's ClassSig. The parts can be read apart, each class name on its own, and
// remembered, because no word, stem or hidden word spans the space between two names
// (nor the one classifyAttrs puts between class and id).
func (c *Classifier) Classify(class, id string) (Class, uint32) {
	if c.buf == nil {
		// Most class lists fit: one allocation per page rather than a doubling series.
		c.buf = make([]byte, 0, 128)
		c.lists = make(map[string]classList, 256)
		c.names = make(map[string]Class, 256)
	}
	var list classList
	if class != "" {
		var ok bool
		if list, ok = c.lists[class]; !ok {
			list = classList{c.readList(class), ClassSig(class)}
			c.lists[class] = list
		}
	}
	bits := list.bits
	if id != "" {
		c.buf = ascii.AppendLowerASCII(c.buf[:0], id)
		bits |= classifyLowered(c.buf)
	}
	return bits, list.sig
}

// readList reads a class list met for the first time, name by name.
func (c *Classifier) readList(class string) Class {
	var bits Class
	for name, rest := ascii.NextField(class); name != ""; name, rest = ascii.NextField(rest) {
		b, ok := c.names[name]
		if !ok {
			if !describesContents(name) {
				c.buf = ascii.AppendLowerASCII(c.buf[:0], name)
				b = classifyLowered(c.buf)
			}
			c.names[name] = b
		}
		bits |= b
	}
	return bits
}

// classifyAttrs reads an element's class and id values together. buf is scratch
// space, so that lower-casing allocates nothing in the common case.
func classifyAttrs(class, id string, buf []byte) (Class, []byte) {
	if class == "" && id == "" {
		return 0, buf
	}
	buf = buf[:0]
	buf = appendOwnClasses(buf, class)
	buf = append(buf, ' ')
	buf = ascii.AppendLowerASCII(buf, id)
	return classifyLowered(buf), buf
}

// classifyLowered reads lower-cased class names or an id: its whole words (runs of
// letters and digits), the stems inside it and its hidden words (white-space
// separated fields), in one pass.
func classifyLowered(buf []byte) Class {
	var bits Class
	stem, word := trieStart, trieStart
	field := 0 // where the current field starts
	for i, c := range buf {
		stem = stemAutomaton.step(stem, c)
		bits |= stemAutomaton.out[stem]
		if isWordByte(c) {
			word = wordTrie.step(word, c)
			continue
		}
		bits |= wordTrie.out[word]
		word = trieStart
		if c == ' ' || c == '\t' || c == '\n' {
			bits |= hiddenBits(buf[field:i])
			field = i + 1
		}
	}
	return bits | wordTrie.out[word] | hiddenBits(buf[field:])
}

// hiddenBits returns ClassHidden when w, a field of a class list, is a hidden word.
func hiddenBits(w []byte) Class {
	if !hiddenOpeners.may(w) || !hiddenWords[string(w)] {
		return 0
	}
	return ClassHidden
}

// appendOwnClasses appends the lower-cased class names that say what the element
// is, leaving out those that say what it holds or lacks: "has-rail-right",
// "has-sidebar", "with-comments", "no-sidebar" (WordPress, Gutenberg and many
// hand-made layouts put them on the wrapper of the whole page, article included),
// which read as words would mark that wrapper a sidebar or a comment thread.
func appendOwnClasses(buf []byte, class string) []byte {
	for name, rest := ascii.NextField(class); name != ""; name, rest = ascii.NextField(rest) {
		if describesContents(name) {
			continue
		}
		buf = ascii.AppendLowerASCII(buf, name)
		buf = append(buf, ' ')
	}
	return buf
}

// describesContents reports whether a class name opens with a prefix that states
// what the element holds or lacks rather than what it is.
func describesContents(name string) bool {
	for _, prefix := range [...]string{"has-", "with-", "no-", "without-"} {
		// The first byte, compared as ASCII, settles most names without a call: a
		// byte beyond ASCII folds with none of these prefixes' letters.
		if len(name) > len(prefix) && ascii.Lower(name[0]) == prefix[0] && ascii.HasPrefixFold(name, prefix) {
			return true
		}
	}
	return false
}
