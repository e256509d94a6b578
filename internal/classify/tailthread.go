package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/textdump"
)

// Not every thread of readers' comments prints a name over a date for each comment
// (CommentThread): some print a title and a score ("Re: The plan (Score:3)"), a
// nickname with a number, a date in a form no dateline reader knows, or nothing but
// the name. What every thread prints is a control under each comment to answer it
// ("Reply", "Reply to This", "3 replies", "Antworten"): a run of such short lines,
// each within a comment's length of the one before, is a thread, and the article ends
// above its first comment's head.

// ReplyThread returns the first and last line of the first thread of comments marked
// by their reply controls after line first, among the lines of forms whose texts text
// gives, or -1, -1: at least minThreadComments controls, each within maxCommentLines
// of the one before. The thread opens at the first comment's head: over the comment's
// text, the run of short lines (name, date, score, the thread's heading and form)
// under the article's last paragraph.
func ReplyThread(forms []Form, text func(i int) string, first int) (start, end int) {
	if first < 0 {
		return -1, -1
	}
	run, open, prev := 0, -1, -1
	for i := first + 1; i < len(forms); i++ {
		if !replyControl(forms[i], text(i)) {
			continue
		}
		if prev >= 0 && i-prev <= maxCommentLines {
			run++
		} else if run >= minThreadComments {
			break
		} else {
			run, open = 1, i
		}
		prev = i
	}
	if run < minThreadComments {
		return -1, -1
	}
	start = threadOpening(forms, text, first, open)
	if start < 0 {
		return -1, -1
	}
	return start, prev
}

// threadOpening walks up from the first comment's reply control c over the comment's
// text (at most maxCommentLines lines of prose) and then over the short lines of its
// head, and returns the head's first line: the thread's heading ("12 Comments", "Leave
// a Reply") when it passes one, else the line under the prose above. It returns -1
// when no head parts the comment from the article, or when the short lines run on
// past maxThreadHeadLines or hold a list item with no heading under them: an
// article's closing list may stand there.
func threadOpening(forms []Form, text func(i int) string, first, c int) int {
	k := c - 1
	for k > first && c-k <= maxCommentLines && forms[k].Prose {
		k--
	}
	if k <= first || forms[k].Prose {
		return -1
	}
	for top := k; k > first && !forms[k].Prose; k-- {
		if isThreadHeading(text(k), forms[k]) {
			return k
		}
		if top-k >= maxThreadHeadLines || forms[k].Bullet > 0 || textdump.NumberedPrefix(text(k)) > 0 {
			return -1
		}
	}
	if !forms[k].Prose {
		return -1
	}
	return k + 1
}

// replyControl reports a line that answers a comment: a few words, no sentence, one
// of them a word for replying ("Reply", "Reply to This Parent Share", "3 replies"),
// whole: a name that holds one ("Preply") is no control. A comment form's heading
// ("Leave a Reply"), known furniture, answers no comment.
func replyControl(f Form, s string) bool {
	if f.Prose || f.Furniture != NoReason || f.Words == 0 || f.Words > maxReplyControlWords || strings.HasSuffix(s, ".") {
		return false
	}
	// The words are read in place, byte by byte over ASCII, and compared folded: the
	// line is one of every short line after the body, and a copy of each word, or a
	// call per character, cost more than the test.
	for rest := s; rest != ""; {
		var w string
		var n int
		w, n, rest = nextLetterRun(rest)
		if replyWordLengths&(1<<min(n, 63)) != 0 && isReplyWord(w) {
			return true
		}
	}
	return false
}

// nextLetterRun returns the first run of letters (unicode.IsLetter) in s, how many
// characters it holds, and what follows it; w is "" when s holds no letter.
func nextLetterRun(s string) (w string, n int, rest string) {
	start := -1
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		letter := 'a' <= c|0x20 && c|0x20 <= 'z'
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(c)
		}
		switch {
		case letter:
			if start < 0 {
				start = i
			}
			n++
		case start >= 0:
			return s[start:i], n, s[i:]
		}
		i += size
	}
	if start < 0 {
		return "", 0, ""
	}
	return s[start:], n, ""
}

// isReplyWord reports one of replyWords in any letter case.
func isReplyWord(w string) bool {
	for _, r := range replyWords {
		if strings.EqualFold(w, r) {
			return true
		}
	}
	return false
}

// replyWords are the words of comment threads' reply controls, in the languages the
// phrase tables cover.
var replyWords = []string{"reply", "replies", "antworten", "répondre", "responder", "rispondi"}

// replyWordLengths marks the number of characters of each of replyWords (the last bit
// standing for 63 and more): strings.EqualFold matches character for character, so
// a word of another length is none of them, and is passed over unread. Built once,
// never written afterwards.
var replyWordLengths = func() (m uint64) {
	for _, w := range replyWords {
		m |= 1 << min(utf8.RuneCountInString(w), 63)
	}
	return m
}()

// maxReplyControlWords bounds a reply control: "Reply to This Parent Share".
const maxReplyControlWords = 6

// maxThreadHeadLines bounds the short lines over a thread's first comment with no
// thread heading among them: the name, date and score, the thread's sorting and
// sign-in controls.
const maxThreadHeadLines = 3 * maxCommentLines
