package newsparse

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineOpeners introduce a byline in the languages the library meets most.
var bylineOpeners = []string{"by ", "words by ", "written by ", "reporting by ", "analysis by ",
	"commentary by ", "opinion by ", "interview by ", "story by ", "text by ", "review by ", "por ", "von ", "par ", "di ", "door ", "автор: ", "автор "}

// maxBylineOpenerLen is the length of the longest byline opener.
var maxBylineOpenerLen = func() int {
	n := 0
	for _, o := range bylineOpeners {
		n = max(n, len(o))
	}
	return n
}()

// jobWords end the name part of a byline: "Jane Doe, Political Editor".
var jobWords = map[string]bool{
	"editor": true, "correspondent": true, "reporter": true, "writer": true, "columnist": true,
	"contributor": true, "staff": true, "political": true, "chief": true, "senior": true,
	"special": true, "associate": true, "deputy": true, "news": true, "business": true,
	"sports": true, "science": true, "health": true, "tech": true, "technology": true,
	"producer": true, "analyst": true, "critic": true, "photographer": true, "associated": true,
	"press": true, "for": true, "in": true, "at": true, "the": true, "and": false,
	"published": true, "updated": true, "posted": true, "opinion": true,
}

// parseByline reads author names off a byline line. explicit reports that the line
// opened with "By" (or its translation), which makes it a byline wherever it stands;
// a line of bare names is only a byline near the headline, which the caller checks.
func parseByline(line string) (names []string, explicit bool) {
	if utf8.RuneCountInString(line) > 160 {
		return nil, false
	}
	var buf keyBuf
	low := lowerPrefix(buf[:0], line, maxBylineOpenerLen)
	rest := line
	for _, o := range bylineOpeners {
		if hasPrefixBytes(low, o) {
			rest, explicit = line[len(o):], true
			break
		}
	}
	// Cut at the first separator that ends the names: "| Special to", " - Contributor",
	// a date, a job title after a comma.
	for _, sep := range []string{" | ", "|", " - ", " – ", " — ", " · ", " • ", "\u00a0"} {
		if i := strings.Index(rest, sep); i > 0 {
			rest = rest[:i]
		}
	}
	var out []string
	eachNamePart(rest, func(part string) {
		if name := leadingName(part); name != "" {
			out = append(out, name)
		}
	})
	if len(out) == 0 {
		return nil, false
	}
	return out, explicit
}

// eachNamePart calls f with each part of "Jane Doe and John Roe", "Jane Doe, John Roe
// & Ann Poe"; "Jane Doe, Political Editor" gives a name and a title, which leadingName
// tells apart.
func eachNamePart(s string, f func(part string)) {
	for more := true; more; {
		var a, b, c string
		a, s, more = cutFold(s, " and ")
		for moreB := true; moreB; {
			b, a, moreB = strings.Cut(a, "&")
			for moreC := true; moreC; {
				c, b, moreC = strings.Cut(b, ",")
				if c = strings.TrimSpace(c); c != "" {
					f(c)
				}
			}
		}
	}
}

// cutFold is strings.Cut around the first case-insensitive sep.
func cutFold(s, sep string) (before, after string, found bool) {
	if i := indexFold(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// leadingName takes the capitalised words at the start of a part, stopping at a job
// title, a date or a change from an all-capitals name to ordinary case ("JANE DOE
// Associated Press"). It returns "" unless two to four name words were found.
func leadingName(part string) string {
	words, last := 0, ""
	// The name is part[start:end] when its words stand one space apart, as joined.
	start, end, joined := -1, 0, true
	allCaps := false
	for w := range strings.FieldsSeq(part) {
		bare := strings.Trim(w, ".,;:()")
		if bare == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(bare)
		if !unicode.IsUpper(r) && !isNameParticle(bare) {
			break
		}
		var buf keyBuf
		lowBare := appendToLower(buf[:0], bare)
		// "Editor-at-large" is a job title as "Editor" is.
		low, _, _ := bytes.Cut(lowBare, []byte("-"))
		if jobWords[string(low)] || unicode.IsDigit(r) {
			break
		}
		if _, ok := monthNames[string(lowBare)]; ok && words >= 2 {
			break
		}
		upper := isUpperCased(bare) && utf8.RuneCountInString(bare) > 1
		if words == 0 {
			allCaps = upper
		} else if allCaps && !upper && !isInitial(bare) {
			break
		}
		// Fields come in order: w is where the rest of part first holds it.
		at := end + strings.Index(part[end:], w)
		if start < 0 {
			start = at
		} else if at != end+1 || part[end] != ' ' {
			joined = false
		}
		end = at + len(w)
		words++
		last = w
		if words == 4 {
			break
		}
	}
	if words < 2 || isNameParticle(last) {
		return ""
	}
	name := part[start:end]
	if !joined {
		name = strings.Join(strings.Fields(part)[:words], " ")
	}
	// "JANE DOE", as wire bylines print names, is Jane Doe to a reader.
	return tidyName(strings.Trim(name, ".,;:"))
}

func isInitial(w string) bool {
	return utf8.RuneCountInString(w) <= 2 && strings.HasSuffix(w, ".")
}
