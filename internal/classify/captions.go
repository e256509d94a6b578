package classify

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/credit"
	"github.com/newsparse/newsparse/internal/textdump"
)

// captionCues are phrases that describe a photograph rather than tell a story. They are
// English-only extra evidence; layout decides on its own in other languages.
var captionCues = []string{
	", left,", ", right,", ", center,", ", centre,", "(left)", "(right)", "(center)", "(centre)",
	"pictured", "file photo", "file -", "above:", "seen here", "is seen", "are seen", "poses ",
	"photo:", "this image", "this photo", "illustration", "screenshot", "stock image",
	"from left", "from l-r", "l-r", " waves ", " gestures ",
}

// HasCaptionCue reports a phrase that describes a photograph ("pictured", "from
// left", "file photo") or a wire photo's weekday and date.
func HasCaptionCue(s string) bool {
	// The lower-cased copy is made on the stack for all but long paragraphs.
	var buf [512]byte
	low := ascii.AppendToLower(buf[:0], s)
	if _, ok := captionCueIndex.find(low); ok {
		return true
	}
	return hasWeekdayDate(low)
}

// captionCueIndex finds the captionCues in a lower-cased line in one pass over it.
// Built once, never written afterwards.
var captionCueIndex = newPhraseScanner(toPhrases(captionCues))

// toPhrases makes phrases of list, with no reason, for a phraseScanner that is asked
// only whether one occurs.
func toPhrases(list []string) []phrase {
	out := make([]phrase, len(list))
	for i, s := range list {
		out[i] = phrase{text: s}
	}
	return out
}

// weekdayStems are the weekdays as printed before a date, less the "day" they all
// end with.
var weekdayStems = [...]string{"mon", "tues", "wednes", "thurs", "fri", "satur", "sun"}

// hasWeekdayDate spots the wire-photo habit of ending a caption with the day and date
// the picture was taken: "..., Tuesday, Nov. 19, 2019, in Buffalo, N.Y." The first
// "<weekday>, " of each weekday is read. The line is searched once for the "day, "
// they share, rather than once for each weekday: this runs on every paragraph beside
// a picture's gap.
func hasWeekdayDate(low []byte) bool {
	var seen [len(weekdayStems)]bool
	for from := 0; ; {
		i := bytes.Index(low[from:], []byte("day, "))
		if i < 0 {
			return false
		}
		i += from
		from = i + len("day, ")
		for k, stem := range weekdayStems {
			if i < len(stem) || string(low[i-len(stem):i]) != stem {
				continue
			}
			if !seen[k] {
				seen[k] = true
				rest := low[from:]
				if sp := bytes.IndexAny(rest, " ."); sp > 0 {
					if _, ok := monthNames[string(rest[:sp])]; ok {
						return true
					}
				}
			}
			break
		}
	}
}

// HeadingShaped reports a line shaped as a heading: a few words, no finished sentence,
// not a list item, a credit or furniture.
func HeadingShaped(s string, f Form) bool {
	return !f.Prose && (!f.Sentence || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":")) &&
		f.Words >= 1 && f.Words <= MaxHeadingShapedWords && f.Furniture == NoReason && f.Credit < 2 && f.Bullet == 0 && !f.URL
}

// MaxHeadingShapedWords bounds a line read as a heading for its shape.
const MaxHeadingShapedWords = 12

// NumberedHeading reports a line opened by a number as the entries of a listicle or
// a guide are: "3. Costs", "12) Tips", "#4 The view", "Step 2: Plan", "Tip #3 - Pack light".
// A picture's numbered label ("Figure 2: ...", see FigureLabel) is a caption's.
func NumberedHeading(s string) bool {
	if textdump.NumberedPrefix(s) > 0 || letteredItem(s) {
		return true
	}
	if FigureLabel(s) {
		return false
	}
	first, rest, _ := strings.Cut(s, " ")
	if isListNumber(first) {
		return true
	}
	second, _, _ := strings.Cut(rest, " ")
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) {
		return false
	}
	return isListNumber(strings.TrimRight(second, ":.)")) && second != strings.TrimRight(second, ":.)")
}

// isListNumber reports "7", "#7" or "07" (at most three digits).
func isListNumber(w string) bool {
	w = strings.TrimPrefix(w, "#")
	if w == "" || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// EndsWithStop reports text whose last sentence closes with a full stop, closing
// quotes and brackets aside.
func EndsWithStop(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "。")
}

// EndsWithName reports a line whose last sentence is followed by a person's name
// alone, as captions print their photographer's (see credit.TrailingName).
func EndsWithName(s string) bool {
	_, _, ok := credit.TrailingName(s)
	return ok
}

// letteredItem reports a line opened by a letter enumerator, "a) " or "B) ", as the
// parts of a numbered section are.
func letteredItem(s string) bool {
	return len(s) > 3 && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') && s[1] == ')' && s[2] == ' '
}

// CarriesCredit reports a line ending with a picture credit: a caption.
func CarriesCredit(s string) bool {
	_, cr := credit.SplitCaption(s)
	return cr != ""
}

// FigureLabel reports a line opened by a picture's numbered label and going on with
// what the picture shows, as captions are numbered in guides, papers and reports:
// "Figure 2: Gas use per block", "Fig. 3 – The test rig", "Image 4. The slider". A
// label alone ("Figure 1.") is a link to the picture, and "Figure 1 shows ..." is a
// sentence of the text that cites it: the number must be closed by a stop, a colon
// or a dash with words after it.
func FigureLabel(s string) bool {
	first, rest, ok := strings.Cut(s, " ")
	if !ok {
		return false
	}
	var buf [16]byte
	if len(first) > len(buf) {
		return false
	}
	if _, ok := pictureNouns[string(ascii.AppendToLower(buf[:0], first))]; !ok {
		return false
	}
	num, rest, _ := strings.Cut(rest, " ")
	digits := strings.TrimRight(num, ".:)")
	if digits == num {
		// The separator stands apart: "Figure 2 – The rig", "Image 3 | The map".
		sep, after, _ := strings.Cut(rest, " ")
		if sep != "-" && sep != "–" && sep != "—" && sep != "|" && sep != ":" {
			return false
		}
		rest = after
	}
	digits = strings.TrimRight(digits, "abcdefgh") // "Figure 2b."
	return digits != "" && len(digits) <= 3 && strings.Trim(digits, "0123456789") == "" && ascii.WordCount(rest) >= 2
}

// PositionLabel reports a line opened by the place of the picture it captions, as
// captions point to pictures set beside or above them: "Above: The pond in
// winter", "Left: ... Right: ...", "Top left: ...", "Clockwise from top: ...". One
// to four words of place and a colon, with two words or more after it: a heading
// or a paragraph opens so no more than with a picture's number.
func PositionLabel(s string) bool {
	label, rest, ok := strings.Cut(s, ":")
	if !ok || len(label) > maxPositionLabel || ascii.WordCount(rest) < 2 {
		return false
	}
	var buf [maxPositionLabel]byte
	words, place := 0, false
	for w := range strings.FieldsSeq(string(ascii.AppendToLower(buf[:0], label))) {
		names, ok := positionWords[w]
		if !ok {
			return false
		}
		place = place || names
		words++
	}
	return place && words <= 4
}

// maxPositionLabel bounds the bytes of a PositionLabel's label.
const maxPositionLabel = 32

// positionWords are the words of a PositionLabel's label, lower-cased: true for those
// that name where a picture stands beside its caption, false for those that only
// qualify a place ("far left", "clockwise from top"). A label needs a place: "From:"
// alone opens a letter's or an e-mail's sender line, not a caption.
var positionWords = map[string]bool{
	"above": true, "below": true, "left": true, "right": true, "top": true, "bottom": true, "center": true, "centre": true,
	"middle": true, "clockwise": true, "opposite": true, "inset": true, "from": false, "far": false,
}

// pictureNouns name a picture where captions number them, lower-cased.
var pictureNouns = map[string]struct{}{
	"figure": {}, "fig.": {}, "fig": {}, "image": {}, "img": {}, "photo": {}, "picture": {}, "pic": {},
	"exhibit": {}, "chart": {}, "graph": {}, "diagram": {}, "illustration": {}, "screenshot": {}, "map": {},
	"plate": {}, "abbildung": {}, "abb.": {}, "bild": {}, "foto": {}, "figura": {}, "imagen": {},
}

// FullTitleCase reports a line whose every word of four letters or more is
// capitalised, as headings in title case are written: "How to Use the Program
// Rankings". A caption naming people and places is capitalised nearly throughout
// but leaves its other words in lower case ("Jane Doe at the Harbour Lane premiere
// in Leicester Square"), which Form.TitleCase, built for headlines, lets pass.
func FullTitleCase(s string) bool {
	// A heading opens with a capital letter, not with a price or a figure ("$58 at
	// Amazon", a shop's line).
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	long := 0
	for w := range strings.FieldsSeq(s) {
		w = trimTitleWord(w)
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return long >= 2
}
