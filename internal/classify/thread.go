package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
)

// A whole page often closes with its readers' comments, each one the same few lines:
// the commenter's name, the date and time it was posted, the comment's text (and a
// "Reply" link). The article has one such head, its byline and date, before its body;
// a run of them after the body's first paragraph is a thread, whatever language its
// labels are in. CommentThread finds it so that nothing in it becomes article text.

// CommentThread returns the first and last line of the first comment thread after
// line first, or -1, -1, among the lines of forms whose texts text gives: at least minThreadComments comment heads, each within
// maxCommentLines of the one before. The thread opens with the first commenter's
// name, after the heading that announces it ("12 Comments"), when there is one.
//
// Heads are read name first; a page with no thread so read is read again for heads
// printed date first (dateOverName), which only a thread heading over the first one
// tells from an article's timeline.
func CommentThread(forms []Form, text func(i int) string, first int) (start, end int) {
	if first < 0 {
		return -1, -1
	}
	if start, end = thread(forms, text, first, isCommentHead); start >= 0 {
		return start, end
	}
	start, end = thread(forms, text, first, dateOverName)
	if start < 0 || !isThreadHeading(text(start), forms[start]) {
		return -1, -1
	}
	return start, end
}

// thread is CommentThread for the comment heads that head reports.
func thread(forms []Form, text func(i int) string, first int, head func([]Form, func(int) string, int) bool) (start, end int) {
	run, runStart, prev := 0, -1, -1
	for i := first + 2; i < len(forms); i++ {
		if !head(forms, text, i) {
			if run >= minThreadComments && i-prev > maxCommentLines {
				break
			}
			continue
		}
		if prev >= 0 && i-prev <= maxCommentLines {
			run++
		} else if run >= minThreadComments {
			break // a second thread, a footer's dated list: the first thread ends here
		} else {
			run, runStart = 1, i
		}
		prev = i
	}
	if run < minThreadComments {
		return -1, -1
	}
	start = runStart - 1 // the name over the first head's date, or the line over the date
	for start-1 > first && isThreadHeading(text(start-1), forms[start-1]) {
		start--
	}
	// The last comment's text runs on to the first line that is no sentence.
	end = prev + 1
	for end+1 < len(forms) && (forms[end+1].Sentence || forms[end+1].Prose) && forms[end+1].Furniture == NoReason {
		end++
	}
	return start, end
}

// isCommentHead reports a comment's head at block i: a date line (a date with its
// year, most of the line) under a short line that is no sentence, the commenter's
// name, and over a sentence, the comment itself; or a commenter's line that says who
// speaks ("Jane Doe says:") over the comment, with a line of its time between them
// or not.
func isCommentHead(forms []Form, text func(i int) string, i int) bool {
	if i < 1 || i+1 >= len(forms) {
		return false
	}
	d, name := forms[i], forms[i-1]
	if name.Words == 0 || name.Words > maxCommenterWords || name.Prose || name.HasDate || name.URL ||
		name.Bullet > 0 || name.Furniture != NoReason && name.Furniture != ReasonComments {
		return false
	}
	if saysLine(text(i - 1)) {
		return isCommentText(d) || !d.Sentence && d.Words <= MaxDatelineWords && isCommentText(forms[i+1])
	}
	return !name.Sentence && postedAt(d, text(i)) && isCommentText(forms[i+1])
}

// dateOverName reports a comment's head printed date first: the date line at block
// i, the commenter's name under it, then the comment. An article's timeline has the
// same shape, so CommentThread takes such heads only under a thread's heading.
func dateOverName(forms []Form, text func(i int) string, i int) bool {
	if i+2 >= len(forms) {
		return false
	}
	name := forms[i+1]
	if name.Words == 0 || name.Words > maxCommenterWords || name.Prose || name.Sentence || name.HasDate || name.URL ||
		name.Bullet > 0 || name.Furniture != NoReason {
		return false
	}
	return postedAt(forms[i], text(i)) && isCommentText(forms[i+2])
}

// postedAt reports a line that says when a comment was posted: mostly a date, or a
// time relative to now ("1 year ago", "3 hrs ago").
func postedAt(f Form, s string) bool {
	if f.Prose {
		return false
	}
	return f.HasDate && f.DateShare >= 0.5 || isRelativeTime(s)
}

// isRelativeTime reports a line that is a count of time units before now: "2 days
// ago", "an hour ago".
func isRelativeTime(s string) bool {
	// Most lines fail here, before any word is split off.
	if !ascii.HasSuffixFold(s, " ago") {
		return false
	}
	count, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || !(ascii.DigitAt(count, 0) || ascii.EqualFoldAny(count, "a", "an")) {
		return false
	}
	unit, ago, ok := strings.Cut(strings.TrimSpace(rest), " ")
	if !ok || strings.TrimSpace(ago) != ago || !ascii.EqualFoldAny(ago, "ago") {
		return false
	}
	if len(unit) > 1 && (unit[len(unit)-1] == 's' || unit[len(unit)-1] == 'S') {
		unit = unit[:len(unit)-1]
	}
	return ascii.EqualFoldAny(unit, timeUnits...)
}

// timeUnits are the units a relative time counts, singular.
var timeUnits = []string{"second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year", "yr"}

// isCommentText reports a line that can open a comment: a sentence, not a date line.
func isCommentText(f Form) bool {
	return (f.Sentence || f.Prose) && !f.HasDate
}

// saysLine reports a commenter's line as blogs print it: the name, then "says" or
// "wrote", with or without a colon.
func saysLine(s string) bool {
	// strings.TrimRight(s, " :") without building the set of cut bytes: this runs on
	// a page's every short line.
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == ':') {
		s = s[:len(s)-1]
	}
	for _, w := range saysWords {
		if len(s) > len(w) && strings.HasSuffix(s, w) && s[len(s)-len(w)-1] == ' ' {
			return true
		}
	}
	return false
}

// saysWords end a commenter's line.
var saysWords = []string{"says", "said", "wrote", "writes", "schreibt", "dit", "dice", "disse", "escribió"}

// isThreadHeading reports the heading over a comment thread: known furniture of
// comments ("Leave a Reply"), or a short count of comments or replies ("59 Comments
// on ...", "3 responses").
func isThreadHeading(s string, f Form) bool {
	if f.Furniture == ReasonComments {
		return true
	}
	if f.Prose || f.Sentence || f.Words > maxThreadHeadingWords || !ascii.DigitAt(s, 0) {
		return false
	}
	for _, w := range threadWords {
		if ascii.ContainsLower(s, w) {
			return true
		}
	}
	return false
}

// threadWords are words a count of comments uses, in the languages the phrase tables
// cover; a heading counted in another language is left to the cut at the thread.
var threadWords = []string{"comment", "response", "repl", "kommentar", "commentaire", "comentario", "commento"}

// minThreadComments is the fewest comment heads read as a thread: one or two name and
// date lines after the body may be a quoted letter or an update.
const minThreadComments = 3

// maxCommentLines is the most lines from one comment's head to the next: a long
// comment in several paragraphs, its reply link and the next commenter's name.
const maxCommentLines = 12

// maxCommenterWords bounds the line over a comment's date: a name, a name and "says".
const maxCommenterWords = 6

// maxThreadHeadingWords bounds the heading over a thread: "59 Comments on “...”".
const maxThreadHeadingWords = 16
