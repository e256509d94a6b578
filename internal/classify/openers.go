package classify

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/ascii"
)

// bylineOpenersByFirst files the byline openers under the ASCII letters their first
// character folds with, so that a line is compared with the few that can open it.
// Built once, never written afterwards.
var bylineOpenersByFirst = func() *[utf8.RuneSelf][]string {
	var t [utf8.RuneSelf][]string
	for _, o := range bylineOpeners {
		r, _ := utf8.DecodeRuneInString(o)
		// The orbit of r under simple folding holds every character that
		// strings.EqualFold takes for it ("k" and the Kelvin sign).
		for f := r; ; {
			if f < utf8.RuneSelf {
				c := ascii.Lower(byte(f))
				if len(t[c]) == 0 || t[c][len(t[c])-1] != o {
					t[c] = append(t[c], o)
				}
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return &t
}()

// bylineOpenersFor returns the byline openers that s may open with, ignoring case, in
// the order of bylineOpeners: those filed under its first byte when that is ASCII,
// and all of them otherwise. They include every opener that the lower-cased s opens
// with, the first character lowered being one its own folds with.
func bylineOpenersFor(s string) []string {
	if s != "" && s[0] < utf8.RuneSelf {
		return bylineOpenersByFirst[ascii.Lower(s[0])]
	}
	return bylineOpeners
}
