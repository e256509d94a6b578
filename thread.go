package newsparse

import "strings"

// A whole page often closes with its readers' comments, each one the same few lines:
// the commenter's name, the date and time it was posted, the comment's text (and a
// "Reply" link). The article has one such head, its byline and date, before its body;
// a run of them after the body's first paragraph is a thread, whatever language its
// labels are in. commentThread finds it so that nothing in it becomes article text.

// commentThread returns the first and last block of the first comment thread after
// block first, or -1, -1: at least minThreadComments comment heads, each within
// maxCommentLines of the one before. The thread opens with the first commenter's
// name, after the heading that announces it ("12 Comments"), when there is one.
func commentThread(blocks []block, forms []form, first int) (start, end int) {
	if first < 0 {
		return -1, -1
	}
	run, runStart, prev := 0, -1, -1
	for i := first + 2; i < len(blocks); i++ {
		if !isCommentHead(blocks, forms, i) {
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
	start = runStart - 1
	for start-1 > first && isThreadHeading(blocks[start-1].text, forms[start-1]) {
		start--
	}
	// The last comment's text runs on to the first line that is no sentence.
	end = prev + 1
	for end+1 < len(blocks) && (forms[end+1].sentence || forms[end+1].prose) && forms[end+1].furniture == "" {
		end++
	}
	return start, end
}

// isCommentHead reports a comment's head at block i: a date line (a date with its
// year, most of the line) under a short line that is no sentence, the commenter's
// name, and over a sentence, the comment itself; or a commenter's line that says who
// speaks ("Jane Doe says:") over the comment, with a line of its time between them
// or not.
func isCommentHead(blocks []block, forms []form, i int) bool {
	if i < 1 || i+1 >= len(blocks) {
		return false
	}
	d, name := forms[i], forms[i-1]
	if name.words == 0 || name.words > maxCommenterWords || name.prose || name.hasDate || name.url ||
		name.bullet > 0 || name.furniture != "" && name.furniture != ReasonComments {
		return false
	}
	if saysLine(blocks[i-1].text) {
		return isCommentText(d) || !d.sentence && d.words <= maxDatelineWords && isCommentText(forms[i+1])
	}
	return !name.sentence && d.hasDate && d.dateShare >= 0.5 && !d.prose && isCommentText(forms[i+1])
}

// isCommentText reports a line that can open a comment: a sentence, not a date line.
func isCommentText(f form) bool {
	return (f.sentence || f.prose) && !f.hasDate
}

// saysLine reports a commenter's line as blogs print it: the name, then "says" or
// "wrote", with or without a colon.
func saysLine(s string) bool {
	s = strings.TrimRight(s, " :")
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
func isThreadHeading(s string, f form) bool {
	if f.furniture == ReasonComments {
		return true
	}
	if f.prose || f.sentence || f.words > maxThreadHeadingWords || !digitAt(s, 0) {
		return false
	}
	for _, w := range threadWords {
		if containsLower(s, w) {
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
