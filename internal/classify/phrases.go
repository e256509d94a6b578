package classify

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// phrase is a line of page furniture that no article needs, and why it goes.
type phrase struct {
	text   string // lower-case, without trailing punctuation
	reason Reason
	prefix bool // also matches lines that start with it ("Read more: ...")
}

// furniturePhrases are the lines scrapers carry over from the page around an article.
// Whole lines are matched, case-insensitively, ignoring trailing punctuation and
// arrows; prefix entries also match longer lines that begin with them. Every entry is
// checked by TestFurniturePhrases.
var furniturePhrases = []phrase{
	{"continue reading", ReasonBoilerplate, false},
	{"continue reading the main story", ReasonBoilerplate, false},
	{"continue reading below", ReasonBoilerplate, false},
	{"story continues below", ReasonBoilerplate, false},
	{"story continues below advertisement", ReasonAdvertisement, false},
	{"article continues below", ReasonBoilerplate, false},
	{"read more", ReasonRelated, false},
	{"read more:", ReasonRelated, true},
	{"read more here", ReasonRelated, false},
	{"read next", ReasonRelated, true},
	{"read also:", ReasonRelated, true},
	{"related:", ReasonRelated, true},
	{"related", ReasonRelated, false},
	{"related articles", ReasonRelated, false},
	{"related stories", ReasonRelated, false},
	{"related content", ReasonRelated, false},
	{"related coverage", ReasonRelated, false},
	{"related posts", ReasonRelated, false},
	{"related topics", ReasonNavigation, false},
	// The headings of the boxes that close a post on blogs and brand sites: its
	// latest posts, its reading list, the author's box.
	{"recent posts", ReasonRelated, false},
	{"recent articles", ReasonRelated, false},
	{"latest articles", ReasonRelated, false},
	{"recommended reading", ReasonRelated, false},
	{"what to read next", ReasonRelated, false},
	{"about the author", ReasonBio, false},
	{"about the authors", ReasonBio, false},
	{"you might like", ReasonRelated, false},
	{"article sources", ReasonRelated, false},
	{"view article sources", ReasonRelated, false},
	// A post's links to its neighbours.
	{"previous post", ReasonNavigation, false},
	{"next post", ReasonNavigation, false},
	{"previous article", ReasonNavigation, false},
	{"next article", ReasonNavigation, false},
	{"post navigation", ReasonNavigation, false},
	{"back to blog", ReasonNavigation, false},
	// The comment form's notice, and the page's request for a rating.
	{"your email address will not be published", ReasonComments, true},
	{"was this page helpful", ReasonBoilerplate, false},
	{"was this article helpful", ReasonBoilerplate, false},
	{"share it", ReasonBoilerplate, false},
	{"more on this story", ReasonRelated, false},
	{"more from", ReasonRelated, true},
	{"more stories", ReasonRelated, false},
	{"you may also like", ReasonRelated, false},
	{"you might also like", ReasonRelated, false},
	{"you may like these posts", ReasonRelated, false},
	{"recommended", ReasonRelated, false},
	{"recommended for you", ReasonRelated, false},
	{"see also:", ReasonRelated, true},
	{"also read:", ReasonRelated, true},
	{"most read", ReasonRelated, false},
	{"most popular", ReasonRelated, false},
	{"trending", ReasonRelated, false},
	{"trending news", ReasonRelated, false},
	{"top stories", ReasonRelated, false},
	{"latest news", ReasonRelated, false},
	{"don't miss", ReasonRelated, false},
	{"don’t miss", ReasonRelated, false},
	{"advertisement", ReasonAdvertisement, false},
	{"advertisements", ReasonAdvertisement, false},
	{"advertising", ReasonAdvertisement, false},
	{"ad", ReasonAdvertisement, false},
	{"sponsored", ReasonAdvertisement, false},
	{"sponsored content", ReasonAdvertisement, false},
	{"supported by", ReasonAdvertisement, false},
	{"paid content", ReasonAdvertisement, false},
	{"skip advertisement", ReasonAdvertisement, false},
	{"anzeige", ReasonAdvertisement, false},
	{"publicidade", ReasonAdvertisement, false},
	{"реклама", ReasonAdvertisement, false},
	{"leave a comment", ReasonComments, false},
	{"leave a reply", ReasonComments, false},
	{"comments", ReasonComments, false},
	{"show comments", ReasonComments, false},
	{"view comments", ReasonComments, false},
	{"join the conversation", ReasonComments, false},
	{"post a comment", ReasonComments, false},
	{"comente!", ReasonComments, false},
	{"sign up to our newsletter", ReasonNewsletter, true},
	{"sign up for our newsletter", ReasonNewsletter, true},
	{"sign up for newsletters", ReasonNewsletter, true},
	{"sign up to the", ReasonNewsletter, true},
	{"sign up for the", ReasonNewsletter, true},
	{"subscribe to our newsletter", ReasonNewsletter, true},
	{"get our newsletter", ReasonNewsletter, true},
	{"newsletter", ReasonNewsletter, false},
	{"enter your email", ReasonNewsletter, true},
	{"subscribe to continue reading", ReasonPaywall, true},
	{"subscribe to read", ReasonPaywall, true},
	{"subscribe now", ReasonPaywall, false},
	{"subscribe", ReasonPaywall, false},
	{"already a subscriber", ReasonPaywall, true},
	{"log in", ReasonPaywall, false},
	{"sign in", ReasonPaywall, false},
	{"this article is for subscribers only", ReasonPaywall, true},
	{"to continue reading", ReasonPaywall, true},
	{"share this article", ReasonBoilerplate, false},
	{"share this story", ReasonBoilerplate, false},
	{"share this", ReasonBoilerplate, false},
	{"share this:", ReasonBoilerplate, false},
	{"share this post", ReasonBoilerplate, false},
	{"share", ReasonBoilerplate, false},
	{"shares", ReasonBoilerplate, false},
	{"share on facebook", ReasonBoilerplate, false},
	{"share on twitter", ReasonBoilerplate, false},
	{"share via email", ReasonBoilerplate, false},
	{"share this with", ReasonBoilerplate, true},
	{"click to share on", ReasonBoilerplate, true},
	{"click to email", ReasonBoilerplate, true},
	{"click to print", ReasonBoilerplate, true},
	{"tweet", ReasonBoilerplate, false},
	{"tweet on twitter", ReasonBoilerplate, false},
	{"email", ReasonBoilerplate, false},
	{"print", ReasonBoilerplate, false},
	{"facebook", ReasonBoilerplate, false},
	{"twitter", ReasonBoilerplate, false},
	{"linkedin", ReasonBoilerplate, false},
	{"whatsapp", ReasonBoilerplate, false},
	{"pinterest", ReasonBoilerplate, false},
	{"reddit", ReasonBoilerplate, false},
	{"google+", ReasonBoilerplate, false},
	{"copy link", ReasonBoilerplate, false},
	{"follow", ReasonBoilerplate, false},
	{"follow us", ReasonBoilerplate, true},
	{"save", ReasonBoilerplate, false},
	{"more", ReasonBoilerplate, false},
	{"close", ReasonBoilerplate, false},
	{"caption", ReasonBoilerplate, false},
	{"expand", ReasonBoilerplate, false},
	{"hide caption", ReasonBoilerplate, false},
	{"toggle caption", ReasonBoilerplate, false},
	{"enlarge this image", ReasonBoilerplate, false},
	{"click to expand", ReasonBoilerplate, false},
	{"image caption", ReasonMedia, false},
	{"media caption", ReasonMedia, false},
	{"scroll to continue with content", ReasonAdvertisement, false},
	{"view gallery", ReasonMedia, false},
	{"watch", ReasonMedia, false},
	{"video", ReasonMedia, false},
	{"play video", ReasonMedia, false},
	{"watch video", ReasonMedia, false},
	{"listen", ReasonMedia, false},
	{"listen to this article", ReasonMedia, false},
	{"tags", ReasonNavigation, false},
	{"tags:", ReasonNavigation, true},
	{"topics", ReasonNavigation, false},
	{"home", ReasonNavigation, false},
	{"menu", ReasonNavigation, false},
	{"search", ReasonNavigation, false},
	{"back to top", ReasonNavigation, false},
	// A page's skip links, often run together by the scraper ("Skip to contentSkip
	// to footer"): a page's controls, never an article's words.
	{"skip to content", ReasonNavigation, true},
	{"skip to main", ReasonNavigation, true},
	{"skip to navigation", ReasonNavigation, true},
	{"skip to footer", ReasonNavigation, true},
	{"skip to search", ReasonNavigation, true},
	{"skip to primary", ReasonNavigation, true},
	{"skip to sidebar", ReasonNavigation, true},
	{"all rights reserved", ReasonBoilerplate, false},
	{"report", ReasonBoilerplate, false},
	{"report an error", ReasonBoilerplate, false},
	{"warning", ReasonBoilerplate, false},
	{"opinion", ReasonNavigation, false},
	{"analysis", ReasonNavigation, false},
	{"image", ReasonBoilerplate, false},
	{"photo", ReasonBoilerplate, false},
	{"pin it", ReasonBoilerplate, false},
	{"show key events only", ReasonNavigation, false},
	{"key events", ReasonNavigation, false},
	{"please turn on javascript", ReasonBoilerplate, true},
	{"live", ReasonNavigation, false},
	{"newest first", ReasonNavigation, false},
	{"oldest first", ReasonNavigation, false},
	{"sign up", ReasonNewsletter, false},
	{"sign up for our", ReasonNewsletter, true},
	{"sign up to our", ReasonNewsletter, true},
	{"this article contains affiliate links", ReasonAdvertisement, true},
	{"get unlimited access", ReasonPaywall, true},
	{"interview by", ReasonByline, true},
	{"teilen", ReasonBoilerplate, false},
	{"artikel anhören", ReasonMedia, false},
	{"mehr zum thema", ReasonRelated, false},
	{"lesen sie auch", ReasonRelated, true},
	{"leia também", ReasonRelated, true},
	{"leia mais", ReasonRelated, true},
	{"compartilhe", ReasonBoilerplate, false},
	{"compartilhar", ReasonBoilerplate, false},
	{"поделиться", ReasonBoilerplate, false},
	{"читайте также", ReasonRelated, true},
	// German, French and Spanish, as their sites print the same furniture: related
	// links, newsletter boxes, comment threads, share buttons and legal lines.
	{"weiterlesen", ReasonBoilerplate, false},
	{"mehr lesen", ReasonRelated, false},
	{"das könnte sie auch interessieren", ReasonRelated, false},
	{"ähnliche artikel", ReasonRelated, false},
	{"verwandte artikel", ReasonRelated, false},
	{"newsletter abonnieren", ReasonNewsletter, false},
	{"jetzt abonnieren", ReasonNewsletter, false},
	{"zum newsletter anmelden", ReasonNewsletter, false},
	{"kommentare", ReasonComments, false},
	{"kommentar schreiben", ReasonComments, false},
	{"artikel teilen", ReasonBoilerplate, false},
	{"werbung", ReasonAdvertisement, false},
	{"alle rechte vorbehalten", ReasonBoilerplate, false},
	{"lire aussi", ReasonRelated, true},
	{"à lire aussi", ReasonRelated, true},
	{"lire la suite", ReasonBoilerplate, false},
	{"articles similaires", ReasonRelated, false},
	{"articles liés", ReasonRelated, false},
	{"sur le même sujet", ReasonRelated, false},
	{"vous aimerez aussi", ReasonRelated, false},
	{"inscrivez-vous à notre newsletter", ReasonNewsletter, true},
	{"abonnez-vous", ReasonNewsletter, false},
	{"commentaires", ReasonComments, false},
	{"laisser un commentaire", ReasonComments, false},
	{"partager", ReasonBoilerplate, false},
	{"partager cet article", ReasonBoilerplate, false},
	{"publicité", ReasonAdvertisement, false},
	{"tous droits réservés", ReasonBoilerplate, false},
	{"leer más", ReasonRelated, false},
	{"lee también", ReasonRelated, true},
	{"te puede interesar", ReasonRelated, false},
	{"artículos relacionados", ReasonRelated, false},
	{"noticias relacionadas", ReasonRelated, false},
	{"suscríbete a nuestro boletín", ReasonNewsletter, true},
	{"suscríbete a nuestra newsletter", ReasonNewsletter, true},
	{"suscríbete", ReasonNewsletter, false},
	{"comentarios", ReasonComments, false},
	{"deja un comentario", ReasonComments, false},
	{"compartir", ReasonBoilerplate, false},
	{"compartir en facebook", ReasonBoilerplate, false},
	{"publicidad", ReasonAdvertisement, false},
	{"todos los derechos reservados", ReasonBoilerplate, false},
}

// furnitureInside are phrases that mark a short line as furniture wherever they
// stand in it: "Get the biggest stories delivered to your inbox every Tuesday."
var furnitureInside = []phrase{
	{" min read", ReasonNavigation, false},
	{" mins read", ReasonNavigation, false},
	{" minute read", ReasonNavigation, false},
	{"reading time:", ReasonNavigation, false},
	{"tempo de leitura", ReasonNavigation, false},
	{"temps de lecture", ReasonNavigation, false},
	{"tiempo de lectura", ReasonNavigation, false},
	{"lesezeit", ReasonNavigation, false},
	{"время чтения", ReasonNavigation, false},
	{"to your inbox", ReasonNewsletter, false},
	{"in your inbox", ReasonNewsletter, false},
	{"our newsletter", ReasonNewsletter, false},
	{"affiliate link", ReasonAdvertisement, false},
	{"unlimited access", ReasonPaywall, false},
	{"already a subscriber", ReasonPaywall, false},
	{"opens in new window", ReasonBoilerplate, false},
	{"opens in a new window", ReasonBoilerplate, false},
	{"all rights reserved", ReasonBoilerplate, false},
	{"click here to", ReasonBoilerplate, false},
	{"sharing options", ReasonNavigation, false},
}

// furnitureLeads open short lines that introduce or invite rather than report:
// "Related coverage from ...", "Popular on ...", "Subscribe to ... and stay smart".
// They apply to lines of at most maxLeadRunes runes: an invitation is a line, while a
// paragraph that happens to open with "Related" is prose.
var furnitureLeads = []phrase{
	{"related", ReasonRelated, true},
	{"you may also like", ReasonRelated, true},
	{"you might also like", ReasonRelated, true},
	{"read more", ReasonRelated, true},
	{"read also", ReasonRelated, true},
	{"also read", ReasonRelated, true},
	{"see also", ReasonRelated, true},
	{"popular on", ReasonRelated, true},
	{"recommended", ReasonRelated, true},
	{"most read", ReasonRelated, true},
	{"most popular", ReasonRelated, true},
	{"previous article", ReasonNavigation, true},
	{"next article", ReasonNavigation, true},
	{"previous post", ReasonNavigation, true},
	{"next post", ReasonNavigation, true},
	{"subscribe to", ReasonNewsletter, true},
	{"get the latest", ReasonNewsletter, true},
	{"like this story", ReasonBoilerplate, true},
	{"tell us what you think", ReasonComments, true},
	{"advertisement", ReasonAdvertisement, true},
	{"click for", ReasonNavigation, true},
	{"click here", ReasonNavigation, true},
	{"click to", ReasonNavigation, true},
	{"tap here", ReasonNavigation, true},
}

func startsWithLetter(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsLetter(r)
}

// leadsByFirst files furnitureLeads by first byte, in list order, so that a line is
// compared with the few it may open with. Built once, never written afterwards.
var leadsByFirst = func() *[256][]phrase {
	var t [256][]phrase
	for _, p := range furnitureLeads {
		t[p.text[0]] = append(t[p.text[0]], p)
	}
	return &t
}()

// maxLeadRunes bounds the lines furnitureLeads apply to.
const maxLeadRunes = 100

// furnitureIndex maps whole-line phrases to their reasons; prefixes holds the entries
// that also match longer lines. Built once, never written afterwards.
var furnitureIndex, furniturePrefixes = func() (map[string]Reason, *[256][]phrase) {
	m := make(map[string]Reason, len(furniturePhrases))
	var pre [256][]phrase // by first byte, so a line is checked against few
	for _, p := range furniturePhrases {
		m[strings.TrimRight(p.text, phraseTrail)] = p.reason
		if p.prefix {
			pre[p.text[0]] = append(pre[p.text[0]], p)
		}
	}
	return m, &pre
}()

// phraseTrail is the punctuation and arrows that may follow a phrase; the index and
// the lookup trim the same set, so "Comente!" is found.
const phraseTrail = " .:!›»>→|…"

// trimPhraseTrail is bytes.TrimRight(b, phraseTrail), without building the set of
// runes for every line.
func trimPhraseTrail(b []byte) []byte {
	for len(b) > 0 {
		if c := b[len(b)-1]; c < utf8.RuneSelf {
			if strings.IndexByte(phraseTrail, c) < 0 {
				break
			}
			b = b[:len(b)-1]
			continue
		}
		r, size := utf8.DecodeLastRune(b)
		if !strings.ContainsRune(phraseTrail, r) {
			break
		}
		b = b[:len(b)-size]
	}
	return b
}

// FurnitureRule names the rule by which FurnitureRuleOf found a line to be page
// furniture.
type FurnitureRule uint8

// FurnitureRuleOf's rules, in the order they are tried.
const (
	NoFurniture    FurnitureRule = iota // none: the line is not known furniture
	WholePhrase                         // the whole line is a phrase of the table ("Read more")
	PhrasePrefix                        // the line opens with a prefix entry ("Read more: ...")
	LeadPhrase                          // a short line that is no sentence opens with a lead ("Related coverage")
	InsidePhrase                        // a short line holds a phrase anywhere ("... to your inbox")
	Separator                           // no letter or digit at all ("* * *", "___")
	GalleryCounter                      // a slideshow's position ("Image 1 of 5")
	NumberRun                           // bare numbers ("6", "1 2 3 4 5")
	Breadcrumb                          // a trail of sections ("Home » News » World")
	ControlRun                          // controls run together ("Facebook Twitter Email")
)

var furnitureRuleNames = [...]string{"none", "whole phrase", "phrase prefix", "lead phrase", "inside phrase",
	"separator", "gallery counter", "number run", "breadcrumb", "control run"}

// String returns the rule's name, as tests and diagnostics print it.
func (r FurnitureRule) String() string {
	if int(r) < len(furnitureRuleNames) {
		return furnitureRuleNames[r]
	}
	return "unknown"
}

// Furniture says whether a line is known page furniture, and why.
func Furniture(line string) (Reason, bool) {
	r, rule := FurnitureRuleOf(line)
	return r, rule != NoFurniture
}

// FurnitureRuleOf is Furniture that also says which rule found the line: the first,
// in the order of FurnitureRule's values, that does.
func FurnitureRuleOf(line string) (Reason, FurnitureRule) {
	if len(line) > 200 {
		return NoReason, NoFurniture
	}
	// One lower-cased copy serves every table: the phrases are stored lower-case.
	// It is made in a buffer on the stack; the look-ups below compare bytes with
	// strings without copying them.
	var buf [200]byte
	low := ascii.AppendToLower(buf[:0], line)
	if len(line) <= maxPhraseLen {
		if r, ok := furnitureIndex[string(trimPhraseTrail(low))]; ok {
			return r, WholePhrase
		}
	}
	if len(low) > 0 {
		for _, p := range furniturePrefixes[low[0]] {
			if ascii.HasPrefixBytes(low, p.text) {
				return p.reason, PhrasePrefix
			}
		}
	}
	// A finished sentence that opens with such words reports something ("Related
	// costs pushed the total up."); an invitation does not end like one.
	// A line of no more bytes than maxLeadRunes has no more runes either, and one
	// of ASCII as many runes as bytes: the runes are counted only on a longer line
	// holding a character past ASCII, which the test of eight bytes at a time finds
	// for a fraction of the count.
	if len(line) <= maxLeadRunes || len(line) <= 4*maxLeadRunes && !ascii.IsASCII(line) && utf8.RuneCountInString(line) <= maxLeadRunes {
		if !ascii.EndsSentence(line) {
			if r, ok := furnitureLead(low); ok {
				return r, LeadPhrase
			}
		}
	}
	if len(line) <= maxInsideLen {
		if r, ok := insideIndex.find(low); ok {
			return r, InsidePhrase
		}
	}
	switch {
	case strings.IndexFunc(line, isWordRune) < 0:
		return ReasonBoilerplate, Separator
	case isGalleryCounter(line):
		return ReasonNavigation, GalleryCounter
	case isNumberRun(line):
		return ReasonNavigation, NumberRun
	case isBreadcrumb(line):
		return ReasonNavigation, Breadcrumb
	}
	if r, ok := controlRun(low); ok {
		return r, ControlRun
	}
	return NoReason, NoFurniture
}

// maxControlRun bounds a run of controls: a share bar of eight buttons at most.
const maxControlRun = 8

// controlRun reports a line made of two or more words each of which is, alone, a
// whole line of furniture: a share bar or a menu whose buttons the scraper printed
// on one line ("Facebook Twitter LinkedIn Email", "Share | Print"). Such a line is
// the same furniture run together, and its capitalised words would otherwise read
// as a name. The first button's reason stands for the run.
func controlRun(low []byte) (Reason, bool) {
	reason, n := NoReason, 0
	for i := 0; i < len(low); {
		for i < len(low) && isControlSeparator(low[i]) {
			i++
		}
		j := i
		for j < len(low) && !isControlSeparator(low[j]) {
			j++
		}
		if j == i {
			break
		}
		r, ok := furnitureIndex[string(low[i:j])]
		if !ok || n == maxControlRun {
			return NoReason, false
		}
		if n == 0 {
			reason = r
		}
		n++
		i = j
	}
	return reason, n >= 2
}

// isControlSeparator reports the bytes that part a bar's buttons once the scraper
// has flattened it: white space, a bar, a slash, a comma.
func isControlSeparator(c byte) bool {
	return c == ' ' || c == '\t' || c == '|' || c == '/' || c == ','
}

// isBreadcrumb spots a trail of sections, "Blog > Nutrition > Meal Plans" or "Home »
// News » World": two or more of the same arrow between short items, and no sentence.
func isBreadcrumb(line string) bool {
	// Each arrow is a '>' or a character past ASCII: a line with neither, as most
	// are, holds none.
	if strings.IndexByte(line, '>') < 0 && ascii.IsASCII(line) {
		return false
	}
	for _, arrow := range []string{" > ", " » ", " › ", " → "} {
		// Counting looks for the arrow's opening space, which prose is full of: the
		// arrow's last byte, which prose seldom holds, is looked for first.
		if strings.IndexByte(line, arrow[len(arrow)-2]) < 0 || strings.Count(line, arrow) < 2 {
			continue
		}
		for item := range strings.SplitSeq(line, arrow) {
			if ascii.WordCount(item) > 6 || ascii.EndsSentence(item) {
				return false
			}
		}
		return true
	}
	return false
}

// furnitureLead matches the furnitureLeads at the start of a lower-cased line, after
// any leading marks.
func furnitureLead(low []byte) (Reason, bool) {
	lead := trimLeadMarks(low)
	if len(lead) == 0 {
		return NoReason, false
	}
	for _, p := range leadsByFirst[lead[0]] {
		if ascii.HasPrefixBytes(lead, p.text) && !startsWithLetter(lead[len(p.text):]) {
			return p.reason, true
		}
	}
	return NoReason, false
}

// trimLeadMarks is bytes.TrimLeft(b, " :.|•·»›>-–—"), without building the set of
// runes for every line.
func trimLeadMarks(b []byte) []byte {
	for len(b) > 0 {
		r, size := rune(b[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b)
		}
		if !isLeadMark(r) {
			break
		}
		b = b[size:]
	}
	return b
}

func isLeadMark(r rune) bool {
	switch r {
	case ' ', ':', '.', '|', '•', '·', '»', '›', '>', '-', '–', '—':
		return true
	}
	return false
}

// isNumberRun spots a short line of bare numbers: a share or comment count ("6"), or
// page links ("1 2 3 4 5").
func isNumberRun(line string) bool {
	if len(line) > 32 {
		return false
	}
	digits := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c != ' ':
			return false
		}
	}
	return digits
}

// isGalleryCounter spots a slideshow's position label: "1 / 13", "Image 1 of 5",
// "Photo 3 of 12", "1 of / 23". Only numbers, the separators and a word for a
// picture may appear, and it takes two numbers, the position and the count, with "of"
// or a slash between them. Two numbers packed around a slash ("9/11", "24/7") are a
// date or a phrase unless a word for a picture says otherwise.
func isGalleryCounter(line string) bool {
	// Without a digit there is no number to count.
	if len(line) > 32 || ascii.IndexDigit(line, 0) < 0 {
		return false
	}
	numbers, packed, picture, sep := 0, false, false, false
	for word := range strings.FieldsSeq(line) {
		var buf ascii.KeyBuf
		w := ascii.AppendToLower(buf[:0], word)
		switch string(w) {
		case "of", "/":
			sep = true
			continue
		case "image", "photo", "picture", "slide", "gallery":
			picture = true
			continue
		}
		runs, inRun := 0, false
		for _, r := range string(w) {
			switch {
			case r >= '0' && r <= '9':
				if !inRun {
					runs++
				}
				inRun = true
			case r == '/':
				inRun = false
			default:
				return false
			}
		}
		numbers += runs
		packed = packed || runs > 1
	}
	return numbers == 2 && (sep || packed) && (picture || !packed)
}

// phraseScanner finds any of a set of phrases inside a line in one pass: phrases are
// filed by a hash of their first two bytes, so that a position of the line is
// compared with the same-hash phrases alone. A window as long as the shortest
// phrase slides along the line, and the four bytes at its end say how far it may
// move on before a phrase could start in it (skip, the shift of Wu and Manber's
// multi-pattern search): most of a line is passed over several bytes at a time.
// The few phrases too short for a useful move ("l-r") are searched for alone.
type phraseScanner struct {
	phrases []phrase
	buckets [1 << 10][]uint16 // the long phrases, by pairHash of their first two bytes
	short   []uint16          // the phrases shorter than minSkipLen, in table order
	minLen  int               // the shortest long phrase's length, 0 for none
	// skip holds, by skipHash of four bytes, the fewest bytes from where those four
	// end to where any long phrase's first minLen bytes hold them at their end:
	// minLen-3 when none holds them.
	skip [1 << skipBits]uint8
}

// minSkipLen is the shortest phrase the window search takes: a window of m bytes
// moves on by m-3 at most, so one of five bytes may still move by two.
const minSkipLen = 5

// maxWindow bounds the window of the search, so that a move fits a byte.
const maxWindow = 255

// skipBits sizes a phraseScanner's skip table: a few hundred grams of a few dozen
// phrases seldom share a slot of 4,096, and a shared slot only shortens a move.
const skipBits = 12

func newPhraseScanner(phrases []phrase) *phraseScanner {
	ps := &phraseScanner{phrases: phrases}
	for k, p := range phrases {
		if len(p.text) < minSkipLen {
			ps.short = append(ps.short, uint16(k))
			continue
		}
		h := pairHash(p.text[0], p.text[1])
		ps.buckets[h] = append(ps.buckets[h], uint16(k))
		if ps.minLen == 0 || len(p.text) < ps.minLen {
			ps.minLen = len(p.text)
		}
	}
	// A shorter window than the shortest phrase is as sound, and one of at most
	// maxWindow bytes keeps its moves in a byte.
	ps.minLen = min(ps.minLen, maxWindow)
	m := ps.minLen
	if m == 0 {
		return ps // short phrases alone
	}
	for h := range ps.skip {
		ps.skip[h] = uint8(m - 3)
	}
	for _, p := range phrases {
		for j := 0; len(p.text) >= minSkipLen && j+4 <= m; j++ {
			g := skipHash(binary.LittleEndian.Uint32([]byte(p.text[j : j+4])))
			ps.skip[g] = min(ps.skip[g], uint8(m-4-j))
		}
	}
	return ps
}

func pairHash(a, b byte) int { return (int(a)*31 + int(b)) & (1<<10 - 1) }

// skipHash maps four bytes, first byte lowest, to skipBits bits.
func skipHash(x uint32) uint32 { return x * 0x9e3779b1 >> (32 - skipBits) }

// find returns the reason of the first phrase, in table order, found in low.
func (ps *phraseScanner) find(low []byte) (Reason, bool) {
	best := -1
	// The window is low[i:i+m]. A phrase starting inside the move would hold the
	// window's last four bytes within its first m, nearer its end than the move:
	// only a move of 0 leaves a phrase to look for at i.
	if m, skip := ps.minLen, &ps.skip; m > 0 {
		for i := 0; i+m <= len(low); {
			if d := skip[skipHash(binary.LittleEndian.Uint32(low[i+m-4:]))]; d > 0 {
				i += int(d)
				continue
			}
			best = ps.firstAt(low, i, best)
			i++
		}
	}
	for _, k := range ps.short {
		if best >= 0 && int(k) > best {
			break
		}
		if bytes.Contains(low, []byte(ps.phrases[k].text)) {
			best = int(k)
			break
		}
	}
	if best < 0 {
		return NoReason, false
	}
	return ps.phrases[best].reason, true
}

// firstAt returns the first phrase in table order, best or one found at low[i:],
// -1 for none.
func (ps *phraseScanner) firstAt(low []byte, i, best int) int {
	for _, k := range ps.buckets[pairHash(low[i], low[i+1])] {
		if (best < 0 || int(k) < best) && ascii.HasPrefixBytes(low[i:], ps.phrases[k].text) {
			best = int(k)
		}
	}
	return best
}

// insideIndex scans for the furnitureInside phrases. Built once, never written
// afterwards.
var insideIndex = newPhraseScanner(furnitureInside)

// maxInsideLen bounds the lines searched for furnitureInside phrases: a long line that
// mentions a newsletter is a paragraph about one.
const maxInsideLen = 160

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// maxPhraseLen bounds the lines worth looking up whole: no phrase is longer, allowing
// for trailing punctuation.
const maxPhraseLen = 64
