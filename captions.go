package newsparse

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// captionLabels open a caption on sites that print the word ("Image caption The ...").
// They are removed from the caption text.
var captionLabels = []string{"image caption", "media caption", "caption:", "photo caption", "bildunterschrift:", "legenda:"}

// captionCues are phrases that describe a photograph rather than tell a story. They are
// English-only extra evidence; layout decides on its own in other languages.
var captionCues = []string{
	", left,", ", right,", ", center,", ", centre,", "(left)", "(right)", "(center)", "(centre)",
	"pictured", "file photo", "file -", "above:", "seen here", "is seen", "are seen", "poses ",
	"photo:", "this image", "this photo", "illustration", "screenshot", "stock image",
	"from left", "from l-r", "l-r", " waves ", " gestures ",
}

func hasCaptionLabel(s string) bool {
	for _, l := range captionLabels {
		if hasPrefixFold(s, l) {
			return true
		}
	}
	return false
}

// hasPrefixFold is strings.HasPrefix ignoring case, without lower-casing all of s.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	// ASCII letters fold only with each other, but for "k" with U+212A KELVIN SIGN
	// and "s" with U+017F LONG S: a mismatch found before any other byte is final.
	if s != "" && s[0] >= utf8.RuneSelf && prefix != "" && prefix[0] < utf8.RuneSelf {
		if c := asciiLower(prefix[0]); c != 'k' && c != 's' {
			return false
		}
	}
	for i := 0; i < len(prefix); i++ {
		a, b := s[i], prefix[i]
		if a|b >= utf8.RuneSelf {
			return strings.EqualFold(s[:len(prefix)], prefix)
		}
		if asciiLower(a) != asciiLower(b) {
			return false
		}
	}
	return true
}

// stripCaptionLabel removes a leading "Image caption"-style label.
func stripCaptionLabel(s string) string {
	for _, l := range captionLabels {
		if hasPrefixFold(s, l) {
			return strings.TrimSpace(s[len(l):])
		}
	}
	return s
}

func hasCaptionCue(s string) bool {
	// The lower-cased copy is made on the stack for all but long paragraphs.
	var buf [512]byte
	low := appendToLower(buf[:0], s)
	for _, c := range captionCueBytes {
		if bytes.Contains(low, c) {
			return true
		}
	}
	return hasWeekdayDate(low)
}

// captionCueBytes and weekdayCommas are captionCues and the weekdays as printed
// before a date, as bytes to search a lower-cased line with. Built once, never
// written afterwards.
var captionCueBytes, weekdayCommas = toBytes(captionCues...), toBytes("monday, ", "tuesday, ", "wednesday, ", "thursday, ", "friday, ", "saturday, ", "sunday, ")

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
