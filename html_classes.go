package newsparse

import "strings"

// clsBits is what the class and id words of an element say about it. Sites name
// their containers after what they hold ("related-stories", "newsletter-signup",
// "wp-caption", "article-body"); these words are the most reliable furniture evidence
// HTML has, and they are the same across sites because the same templates and CMSes
// are everywhere.
type clsBits uint32

const (
	clsPositive clsBits = 1 << iota // article, story, entry, content, body ...
	clsRelated
	clsNewsletter
	clsShare
	clsAd
	clsComments
	clsNav
	clsAside
	clsPaywall
	clsCaption
	clsCredit
	clsByline
	clsDate
	clsDek
	clsHidden
	clsFigure
	clsEmbed
	clsMeta
	// The bits below are evidence of the page's kind (pagetype.go), not of a part's
	// role: the region and role rules never read them.
	clsShop   // cart, price, product, checkout
	clsThread // forum, thread, reply, avatar: the posts of a discussion
	clsDocs   // toc, docs, highlight, sourcecode: documentation
	clsCTA    // btn, button, cta, hero, pricing, testimonial: a landing page
	clsCard   // card, teaser, tile, archive: the items of an index
	// clsDialog marks an overlay: role=dialog, aria-modal, or a consent manager's
	// class (cookie, consent, gdpr, onetrust). It is evidence only; with the text of
	// a cookie notice inside it makes the element a notice (html_notice.go).
	clsDialog
	// clsNotice is set by the region rules, never by a class word, on a cookie or
	// consent notice.
	clsNotice
)

// clsRemove are the bits that take a container out of the article.
const clsRemove = clsRelated | clsNewsletter | clsShare | clsAd | clsComments | clsNav | clsAside | clsPaywall | clsNotice

// classWords maps whole class or id words, split at any character that is not a
// letter or digit, to what they mean. Short words live here rather than in
// classStems because as substrings they would match everywhere ("ad" in "header").
var classWords = map[string]clsBits{
	"article": clsPositive, "articlebody": clsPositive, "story": clsPositive,
	"entry": clsPositive, "content": clsPositive, "body": clsPositive, "post": clsPositive,
	"text": clsPositive, "prose": clsPositive, "main": clsPositive, "blog": clsPositive,

	"ad": clsAd, "ads": clsAd, "adv": clsAd, "advert": clsAd, "adslot": clsAd,
	"adunit": clsAd, "dfp": clsAd, "gpt": clsAd, "sponsored": clsAd, "promo": clsAd,
	"nav": clsNav, "navbar": clsNav, "menu": clsNav, "breadcrumb": clsNav,
	"breadcrumbs": clsNav, "pagination": clsNav, "pager": clsNav, "tags": clsNav,
	"tag": clsNav, "topics": clsNav, "keywords": clsNav, "footer": clsNav, "skip": clsNav,
	"sidebar": clsAside, "widget": clsAside, "rail": clsAside, "aside": clsAside,
	"caption": clsCaption, "figcaption": clsCaption, "legend": clsCaption,
	"credit": clsCredit, "credits": clsCredit, "copyright": clsCredit,
	"photographer": clsCredit, "attribution": clsCredit, "courtesy": clsCredit,
	"byline": clsByline, "author": clsByline, "authors": clsByline, "writer": clsByline,
	"contributor": clsByline, "bio": clsByline,
	"date": clsDate, "time": clsDate, "timestamp": clsDate, "dateline": clsDate,
	"pubdate": clsDate, "published": clsDate, "updated": clsDate,
	"dek": clsDek, "standfirst": clsDek, "subtitle": clsDek, "deck": clsDek,
	"strapline": clsDek, "summary": clsDek, "excerpt": clsDek, "subheadline": clsDek,
	"figure": clsFigure, "meta": clsMeta, "info": clsMeta,

	"cart": clsShop, "basket": clsShop, "checkout": clsShop, "price": clsShop, "sku": clsShop,
	"product": clsShop, "products": clsShop, "woocommerce": clsShop, "shop": clsShop,
	"forum": clsThread, "thread": clsThread, "reply": clsThread, "replies": clsThread,
	"avatar": clsThread, "topic": clsThread, "postbody": clsThread, "username": clsThread,
	"toc": clsDocs, "docs": clsDocs, "highlight": clsDocs, "sourcecode": clsDocs,
	"codehilite": clsDocs, "sphinx": clsDocs, "api": clsDocs,
	"btn": clsCTA, "button": clsCTA, "cta": clsCTA, "hero": clsCTA, "pricing": clsCTA,
	"testimonial": clsCTA, "testimonials": clsCTA,
	"card": clsCard, "cards": clsCard, "teaser": clsCard, "tile": clsCard, "archive": clsCard,
	"cmp": clsDialog, "modal": clsDialog, "dialog": clsDialog,
}

// classStems are matched as substrings of the lower-cased class and id list: long
// enough not to occur by accident, and often glued into compounds
// ("relatedArticles", "newsletterSignup").
var classStems = []struct {
	stem string
	bits clsBits
}{
	{"related", clsRelated}, {"recommend", clsRelated}, {"outbrain", clsRelated},
	{"taboola", clsRelated}, {"trending", clsRelated}, {"popular", clsRelated},
	{"mostread", clsRelated}, {"most-read", clsRelated}, {"most_read", clsRelated},
	{"readmore", clsRelated}, {"read-more", clsRelated}, {"morestories", clsRelated},
	{"more-stories", clsRelated}, {"recirc", clsRelated}, {"also-read", clsRelated},
	{"newsletter", clsNewsletter}, {"subscribe", clsNewsletter}, {"signup", clsNewsletter},
	{"sign-up", clsNewsletter},
	{"share", clsShare}, {"sharing", clsShare}, {"social", clsShare}, {"addthis", clsShare},
	{"advert", clsAd}, {"sponsor", clsAd}, {"adslot", clsAd}, {"ad-slot", clsAd},
	{"ad-container", clsAd}, {"ad-wrapper", clsAd}, {"adwrapper", clsAd}, {"adcontainer", clsAd},
	{"comment", clsComments}, {"disqus", clsComments},
	{"breadcrumb", clsNav}, {"navigation", clsNav}, {"next-prev", clsNav}, {"prev-next", clsNav},
	{"nextprev", clsNav}, {"prevnext", clsNav}, {"post-nav", clsNav}, {"next-post", clsNav},
	{"prev-post", clsNav}, {"previous-post", clsNav},
	{"paywall", clsPaywall}, {"regwall", clsPaywall},
	{"wp-caption", clsCaption | clsFigure}, {"caption", clsCaption},
	{"byline", clsByline}, {"authorname", clsByline},
	{"twitter-tweet", clsEmbed}, {"instagram-media", clsEmbed}, {"tiktok-embed", clsEmbed},
	{"add-to-cart", clsShop}, {"addtocart", clsShop}, {"add_to_cart", clsShop},
	{"bbpress", clsThread}, {"phpbb", clsThread}, {"discourse", clsThread},
	{"table-of-contents", clsDocs}, {"language-", clsDocs}, {"docusaurus", clsDocs},
	{"mkdocs", clsDocs}, {"readthedocs", clsDocs},
	{"testimonial", clsCTA}, {"call-to-action", clsCTA},
	{"teaser", clsCard}, {"post-list", clsCard},
	{"cookie", clsDialog}, {"consent", clsDialog}, {"gdpr", clsDialog}, {"onetrust", clsDialog},
	{"didomi", clsDialog}, {"usercentrics", clsDialog},
}

// stemsByFirst indexes classStems by first byte, so that matching them costs one
// look-up per byte of the class list rather than a search per stem.
var stemsByFirst = func() (idx [256][]uint8) {
	for i, st := range classStems {
		idx[st.stem[0]] = append(idx[st.stem[0]], uint8(i))
	}
	return idx
}()

// stemStarts has a bit for each pair of bytes that begins a stem: most positions of
// a class list begin none, and one look-up settles them without a comparison.
var stemStarts = func() (set [1 << 16 / 64]uint64) {
	for _, st := range classStems {
		k := uint16(st.stem[0])<<8 | uint16(st.stem[1])
		set[k/64] |= 1 << (k % 64)
	}
	return set
}()

// hiddenWords are the utility classes that hide an element from sight (but not from
// screen readers): whole words, since "hidden-xs" only hides at one screen width.
var hiddenWords = map[string]bool{"sr-only": true, "visually-hidden": true, "visuallyhidden": true,
	"screen-reader-text": true, "screen-reader-only": true, "element-invisible": true,
	"offscreen": true, "u-hidden-visually": true}

// classifyElement is classifyAttrs(class, id) with the class part remembered. The
// two parts can be read apart because no word, stem or hidden word spans the space
// that classifyAttrs puts between them.
func (w *walker) classifyElement(class, id string) clsBits {
	var bits clsBits
	if class != "" {
		b, ok := w.classMemo[class]
		if !ok {
			b, w.scratch = classifyAttrs(class, "", w.scratch)
			if w.classMemo == nil {
				w.classMemo = make(map[string]clsBits, 256)
			}
			w.classMemo[class] = b
		}
		bits = b
	}
	if id != "" {
		var b clsBits
		b, w.scratch = classifyAttrs("", id, w.scratch)
		bits |= b
	}
	return bits
}

// classifyAttrs reads an element's class and id values. buf is scratch space, so that
// lower-casing allocates nothing in the common case.
func classifyAttrs(class, id string, buf []byte) (clsBits, []byte) {
	if class == "" && id == "" {
		return 0, buf
	}
	buf = buf[:0]
	buf = appendOwnClasses(buf, class)
	buf = append(buf, ' ')
	buf = appendLower(buf, id)
	var bits clsBits
	start := -1
	for i := 0; i <= len(buf); i++ {
		alnum := i < len(buf) && (buf[i] >= 'a' && buf[i] <= 'z' || buf[i] >= '0' && buf[i] <= '9')
		if alnum {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			bits |= classWords[string(buf[start:i])]
			start = -1
		}
	}
	for i := 0; i+1 < len(buf); i++ {
		if k := uint16(buf[i])<<8 | uint16(buf[i+1]); stemStarts[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, st := range stemsByFirst[buf[i]] {
			if len(buf)-i >= len(classStems[st].stem) && string(buf[i:i+len(classStems[st].stem)]) == classStems[st].stem {
				bits |= classStems[st].bits
			}
		}
	}
	for i := 0; i < len(buf); {
		j := i
		for j < len(buf) && buf[j] != ' ' && buf[j] != '\t' && buf[j] != '\n' {
			j++
		}
		if j > i && hiddenWords[string(buf[i:j])] {
			bits |= clsHidden
		}
		i = j + 1
	}
	return bits, buf
}

// appendOwnClasses appends the lower-cased class names that say what the element
// is, leaving out those that say what it holds or lacks: "has-rail-right",
// "has-sidebar", "with-comments", "no-sidebar" (WordPress, Gutenberg and many
// hand-made layouts put them on the wrapper of the whole page, article included),
// which read as words would mark that wrapper a sidebar or a comment thread.
func appendOwnClasses(buf []byte, class string) []byte {
	for name := range strings.FieldsSeq(class) {
		if describesContents(name) {
			continue
		}
		buf = appendLower(buf, name)
		buf = append(buf, ' ')
	}
	return buf
}

// describesContents reports whether a class name opens with a prefix that states
// what the element holds or lacks rather than what it is.
func describesContents(name string) bool {
	for _, prefix := range [...]string{"has-", "with-", "no-", "without-"} {
		if len(name) > len(prefix) && strings.EqualFold(name[:len(prefix)], prefix) {
			return true
		}
	}
	return false
}

func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// removeReason names the Reason for a container's furniture bits, most specific first.
func removeReason(b clsBits) Reason {
	switch {
	case b&clsComments != 0:
		return ReasonComments
	case b&clsNewsletter != 0:
		return ReasonNewsletter
	case b&clsPaywall != 0:
		return ReasonPaywall
	case b&clsRelated != 0:
		return ReasonRelated
	case b&clsAd != 0:
		return ReasonAdvertisement
	case b&(clsShare|clsNotice) != 0:
		return ReasonBoilerplate
	case b&clsEmbed != 0:
		return ReasonMedia
	case b&(clsNav|clsAside) != 0:
		return ReasonNavigation
	}
	return ""
}
