package classify

import (
	"bytes"

	"github.com/newsparse/newsparse/internal/ascii"
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

// weekdayCommas are the weekdays as printed before a date, as bytes to search a
// lower-cased line with. Built once, never written afterwards.
var weekdayCommas = toBytes("monday, ", "tuesday, ", "wednesday, ", "thursday, ", "friday, ", "saturday, ", "sunday, ")

func toBytes(list ...string) [][]byte {
	out := make([][]byte, len(list))
	for i, s := range list {
		out[i] = []byte(s)
	}
	return out
}

// hasWeekdayDate spots the wire-photo habit of ending a caption with the day and date
// the picture was taken: "..., Tuesday, Nov. 19, 2019, in Buffalo, N.Y."
func hasWeekdayDate(low []byte) bool {
	for _, d := range weekdayCommas {
		i := bytes.Index(low, d)
		if i < 0 {
			continue
		}
		rest := low[i+len(d):]
		sp := bytes.IndexAny(rest, " .")
		if sp > 0 {
			if _, ok := monthNames[string(rest[:sp])]; ok {
				return true
			}
		}
	}
	return false
}
