package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
)

// After an article's last paragraph a whole page prints its closing boxes, and some
// of them carry prose of their own, which the body's span takes in: a grid of teaser
// cards (each a story's title, perhaps its date or section, and a sentence or two of
// its summary), or a reader-feedback widget ("Was this page helpful?" over its
// "Yes"/"No" buttons). Their shape, not their words, tells them from the article's
// own sections: an article's subheadings head paragraphs of every length, a card's
// summary is one short paragraph under every title alike, and no article's question
// is answered by buttons.

// OpensTailBox reports a closing box opening at line i, among the lines of forms whose
// texts text gives: a grid of teaser cards under a heading line at i, or a form (a
// comment's, a newsletter's, a contact's) at i or under a heading at i. The caller
// weighs it with the prose that follows, as it weighs a box heading the phrase tables
// know.
func OpensTailBox(forms []Form, text func(i int) string, i, last int) bool {
	if i < 0 || i >= len(forms) || forms[i].Prose || forms[i].Furniture != NoReason && forms[i].Furniture != ReasonRelated {
		return false
	}
	return opensCards(forms, i, last) || opensForm(forms, text, i)
}

// EndAtFeedback returns where the body ends when a feedback widget stands in its
// second half (a short question over its yes/no buttons: "Was this page helpful?" /
// "Yes" "No"), the line before the widget; otherwise last. Pages print the widget
// once, under the article, and whatever follows it (an author box, a sign-up form, an
// advertiser's offers) is the page's, however much prose it carries.
func EndAtFeedback(forms []Form, text func(i int) string, first, last int) int {
	total := 0
	for i := first; i <= last; i++ {
		if forms[i].Prose {
			total += forms[i].Words
		}
	}
	seen := 0
	for i := first; i < last; i++ {
		if forms[i].Prose {
			seen += forms[i].Words
			continue
		}
		if 2*seen > total && feedbackQuestion(forms, text, i) {
			return i - 1
		}
	}
	return last
}

// EndAtPitch returns where the body ends when it closes on a pitch, the line before
// it; otherwise last. A page that sells something ends its article with an offer in
// two parts: a short question put to the reader on a line of its own ("Want to learn
// more?", "Not sure which plan fits?") and, under it, one or two short lines that open
// on an order ("Get our weekly letter.", "Contact an adviser near you."), perhaps over
// the offer's buttons or its sign-up field. Movers',
// colleges', newsletters' and payroll firms' pages end so alike. The question's
// shape and place weigh most: it stands among the body's last lines, nothing but
// the short order follows it, and it is the only question near the end, for a page
// of questions and answers (a FAQ) also ends on a question and an answer, which may
// open with an order too. A question and an order on one line, or a question over
// a paragraph, is left alone: pages keep those as the article's own close as often
// as not.
func EndAtPitch(forms []Form, text func(i int) string, first, last int) int {
	if first < 0 || last <= first+1 || last >= len(forms) {
		return last
	}
	for i := last - 1; i > first && i >= last-maxPitchLines; i-- {
		if !pitchQuestion(forms[i], text(i)) {
			continue
		}
		words, prose := 0, 0
		for k := i + 1; k <= last; k++ {
			words += forms[k].Words
			if forms[k].Prose {
				prose++
			}
		}
		if words > maxPitchWords || prose > maxPitchProse || forms[i+1].Bullet > 0 || !opensOnOrder(text(i+1)) {
			return last
		}
		// A FAQ's questions stand every few lines; a pitch's question alone.
		for k := i - 1; k > first && k >= i-pitchQuestionReach; k-- {
			if strings.HasSuffix(strings.TrimSpace(text(k)), "?") {
				return last
			}
		}
		return i - 1
	}
	return last
}

// pitchQuestion reports a pitch's question: a short line of its own, ending in a
// question mark, that is no list item.
func pitchQuestion(f Form, s string) bool {
	return f.Words >= 2 && f.Words <= maxPitchQuestionWords && f.Bullet == 0 && strings.HasSuffix(strings.TrimSpace(s), "?")
}

// opensOnOrder reports a line that opens on an order to the reader, as a button's
// label does (callToAction's first word), whatever its length.
func opensOnOrder(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	w, _ := ascii.NextField(t)
	w = strings.TrimRight(w, ":,.!")
	for _, v := range actionVerbs {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// maxPitchLines is the most lines a pitch's question may stand from the body's end:
// the order's line or two, and the buttons or the sign-up field under them.
const maxPitchLines = 8

// maxPitchProse is the most paragraphs of prose under a pitch's question.
const maxPitchProse = 2

// maxPitchWords bounds the words under a pitch's question: an offer of a sentence or
// two, not a section of the article.
const maxPitchWords = 45

// maxPitchQuestionWords bounds a pitch's question.
const maxPitchQuestionWords = 8

// pitchQuestionReach is how many lines above a pitch's question are looked at for
// another question, which makes the close a FAQ's.
const pitchQuestionReach = 6

// opensCards reports a grid of at least minTailCards teaser cards under a box heading
// at i (a short line, perhaps over one short line of prose introducing the box: "Keep
// exploring this topic." / "More insight from our blog.") that runs on to the body's
// last line: past the grid, at most maxAfterCards lines of prose of maxAfterCardWords
// in all, a call to action or a blurb. An article's run of short sections is followed
// by more of the article.
func opensCards(forms []Form, i, last int) bool {
	if forms[i].Words > maxTeaserHeadingWords || forms[i].Bullet > 0 || cardTitle(forms[i]) {
		return false
	}
	start := i + 1
	if start < len(forms) && forms[start].Prose && forms[start].Words <= maxCardSummaryWords {
		start++
	}
	n, next := cardRun(forms, start)
	if n < minTailCards {
		return false
	}
	prose, words := 0, 0
	for k := next; k <= last && k < len(forms); k++ {
		if forms[k].Prose {
			prose++
			words += forms[k].Words
		}
	}
	return prose <= maxAfterCards && words <= maxAfterCardWords
}

// cardRun counts the teaser cards in a row from line i and returns the line after the
// last: each a title (a few capitalised words, no sentence), then the same number of
// short lines under every title (none, or its date, its section, the title's link
// repeated), exactly one paragraph of at most maxCardSummaryWords, and the same
// number of short lines after it (its date, a "Learn more" button), the next card's
// title right under them. Cards come from one template; an article's sections vary.
// The template that reads the longest run is taken.
func cardRun(forms []Form, i int) (n, next int) {
	next = i
	for meta := 0; meta <= maxCardMeta; meta++ {
		for trail := 0; trail <= maxCardMeta; trail++ {
			if m, nx := cardsOf(forms, i, meta, trail); m > n {
				n, next = m, nx
			}
		}
	}
	return n, next
}

// cardsOf counts the cards from line i of a template of meta lines over the summary
// and trail lines under it, and returns the line after the last.
func cardsOf(forms []Form, i, meta, trail int) (n, next int) {
	short := func(k int) bool {
		return k < len(forms) && !forms[k].Prose && forms[k].Words <= maxCardMetaWords && forms[k].Bullet == 0
	}
	for i+meta+1+trail < len(forms) && cardTitle(forms[i]) {
		ok := true
		for k := i + 1; k <= i+meta && ok; k++ {
			ok = short(k)
		}
		sum := i + meta + 1
		ok = ok && forms[sum].Prose && forms[sum].Words <= maxCardSummaryWords && forms[sum].Bullet == 0
		for k := sum + 1; k <= sum+trail && ok; k++ {
			ok = short(k) && !cardTitle(forms[k])
		}
		if !ok {
			break
		}
		n++
		i = sum + trail + 1
	}
	return n, i
}

// opensForm reports a form's fields from line i, or from one of the two lines under a
// short heading at i: a field's label marked required ("Name *", "Email*", "First
// Name* Please enter your first name") with another within maxFormGap lines. Forms
// stand in a page's closing boxes and beside its article, and a required field's mark
// is no article's; a form inside the article (a sign-up box between its sections) is
// the caller's to weigh by the prose after it.
func opensForm(forms []Form, text func(i int) string, i int) bool {
	if formFields(forms, text, i) {
		return true
	}
	if forms[i].Words > maxTeaserHeadingWords || forms[i].Bullet > 0 || forms[i].Sentence && !strings.HasSuffix(text(i), "?") {
		return false
	}
	return formFields(forms, text, i+1) || i+2 < len(forms) && !forms[i+1].Prose && formFields(forms, text, i+2)
}

// formFields reports a required field's label at line i with another within
// maxFormGap lines under it.
func formFields(forms []Form, text func(i int) string, i int) bool {
	if i >= len(forms) || !requiredLabel(forms[i], text(i)) {
		return false
	}
	for k := i + 1; k < len(forms) && k <= i+maxFormGap; k++ {
		if forms[k].Prose {
			return false
		}
		if requiredLabel(forms[k], text(k)) {
			return true
		}
	}
	return false
}

// requiredLabel reports a form field's label marked required: a few words, no
// sentence, a '*' closing its first words ("Email *", "First Name* Please enter your
// first name") with no figure after it, and no other '*' (a product's "1L * 2", a
// table's "Speed* 5.78%", code's "x := 2 * y").
func requiredLabel(f Form, s string) bool {
	if f.Prose || f.Words > maxFormLabelWords || strings.Count(s, "*") != 1 {
		return false
	}
	j := strings.IndexByte(s, '*')
	label := strings.TrimSpace(s[:j])
	if label == "" || strings.ContainsAny(label, ".:=()") || len(strings.Fields(label)) > maxFormLabelNameWords {
		return false
	}
	rest := s[j+1:]
	return rest == "" || rest[0] == ' ' && !strings.ContainsAny(rest, "0123456789")
}

// cardTitle reports a line shaped as a teaser card's title. A question is left out:
// a run of questions each over a short answer is a page's FAQ, which articles print
// as their own.
func cardTitle(f Form) bool {
	return !f.Prose && !f.Sentence && f.TitleCase && f.Words >= 2 && f.Words <= maxCardTitleWords && f.Bullet == 0 && f.Credit < 2 && !f.URL
}

// feedbackQuestion reports a short question over a line of nothing but its answer
// buttons ("Yes No", "YesNo"), or over two lines of one button each.
func feedbackQuestion(forms []Form, text func(i int) string, i int) bool {
	if i+1 >= len(forms) || forms[i].Words > maxFeedbackWords || !strings.HasSuffix(strings.TrimSpace(text(i)), "?") {
		return false
	}
	switch choiceButtons(text(i + 1)) {
	case 2:
		return true
	case 1:
		return i+2 < len(forms) && choiceButtons(text(i+2)) == 1
	}
	return false
}

// choiceButtons counts the yes/no buttons a line consists of, 0 when it holds
// anything else. It reads the words in place and stops at the first that is no
// button: the line under a question is most often a paragraph.
func choiceButtons(s string) int {
	n := 0
	for rest := s; ; {
		rest = strings.TrimLeft(rest, buttonSeparators)
		if rest == "" {
			return n
		}
		end := strings.IndexAny(rest, buttonSeparators)
		if end < 0 {
			end = len(rest)
		}
		switch w := rest[:end]; {
		case strings.EqualFold(w, "yes"), strings.EqualFold(w, "no"):
			n++
		case strings.EqualFold(w, "yesno"), strings.EqualFold(w, "noyes"):
			n += 2
		default:
			return 0
		}
		rest = rest[end:]
	}
}

// buttonSeparators part the buttons of a line: "Yes No", "Yes / No", "Yes | No".
const buttonSeparators = " /|"

// minTailCards is the fewest cards in a row read as a teaser grid: two titles with a
// paragraph each are as often an article's last two sections.
const minTailCards = 3

// maxCardSummaryWords bounds a card's summary: teasers print a sentence or two.
const maxCardSummaryWords = 40

// maxCardTitleWords bounds a card's title.
const maxCardTitleWords = 16

// maxCardMeta and maxCardMetaWords bound the lines between a card's title and its
// summary: a date, a section, the title's link repeated.
const (
	maxCardMeta      = 2
	maxCardMetaWords = 16
)

// maxAfterCards is the most prose after a teaser grid that still leaves it the page's
// closing box: a call to action or a blurb under it.
const maxAfterCards = 3

// maxAfterCardWords bounds the words of the prose after a teaser grid.
const maxAfterCardWords = 60

// maxTeaserHeadingWords bounds a heading over a grid of cards.
const maxTeaserHeadingWords = 10

// maxFormGap is the most lines from one required field's label to the next: a
// field's hint, an optional field, the box's instructions.
const maxFormGap = 6

// maxFormLabelWords bounds a label's line, its hint included; maxFormLabelNameWords
// bounds the label itself.
const (
	maxFormLabelWords     = 10
	maxFormLabelNameWords = 5
)

// maxFeedbackWords bounds a feedback widget's question.
const maxFeedbackWords = 10
