package figures

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quietTexts are the corpus, the fixtures and numbers set among the neighbours that
// the exclusions read, and look-alikes of them.
func quietTexts(t *testing.T) []string {
	return quietContexts(corpusLines(t))
}

// corpusLines are the lines of the corpus and fixtures, and the figures corpus.
func corpusLines(t *testing.T) []string {
	var out []string
	for _, s := range equivalenceInputs(t) {
		out = append(out, strings.Split(s, "\n")...)
	}
	for _, name := range []string{"news-dev.jsonl", "dev.jsonl"} {
		f, err := os.Open(figuresCorpusDir + name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var c struct{ Input string }
			if json.Unmarshal(sc.Bytes(), &c) == nil {
				out = append(out, c.Input)
			}
		}
		f.Close()
	}
	out = append(out, strings.Split(benchArticle, "\n")...)
	out = append(out, strings.Split(benchProse, "\n")...)
	return out
}

// quietContexts are numbers set among the neighbours that the exclusions read.
func quietContexts(out []string) []string {
	before := []string{"", " ", "killed ", "Killed ", "the ", "The ", "on the ", "Monday the ", "Monday ",
		"mon ", "Friday, ", "Nov. ", "Nov ", "nov. ", "May ", "may ", "June ", "at ", "At ", "@ ", "@",
		"about ", "around ", "till ", "until ", "tonight at ", "today at ", "tomorrow about ",
		"Sunday at ", "Sunday around ", "today till ", "Friday until ", "tomorrow around ", "Tues at ", "noon till ", "in the morning ", "morning ", "evening, ", "noon ", "o'clock ", "call ",
		"call me on ", "phone: ", "tel ", "Tel. ", "fax ", "contact us on 0113 ", "+", "+ ", "+44 ",
		"(", "( ", "+(", "#", "# ", "-", "- ", "COVID-", "A350-", "mid-", "to-", "/", "31/", "Oct/",
		"Oct-", "31 Oct/", ".", ". ", "G", "my", "USD", "N", "Rs", "i ", "a ", "x ", "than ", "that ",
		"this ", "thu ", "them ", "least ", "—", "— ", "“", "$", "£", "€", "(+", "2019 ", "1 ", "1.",
		"at least ", "more than ", "page ", "room ", "Apollo ", "thursdays ", "Tuesday’s ", "’",
		"Week ", "age ", "of ", "in ", "from ", "by ", "since ", "date ", "\n", "“At ", "AT "}
	numbers := []string{"0", "00", "1", "5", "7", "12", "23", "24", "25", "31", "32", "59", "60",
		"164", "330", "815", "911", "999", "1000", "0730", "0760", "1230", "2359", "2400", "2019",
		"12345", "123456", "0123456", "19990101", "123456789", "2.5", "0.5", "24.5", "7.30", "7.3",
		"7.75", "1,500", "12,000", "1.200", "2.26", "10.15"}
	after := []string{"", " ", " children", " Children", ".", ". The", ". the", ".\n", ". 5", ".5",
		",", ", ", ", 5", "%", " %", ";", ")", ") ", ") 5", ")5", "(", " (", "(5", "+", "+5", "+ 5",
		"+(", ":", ":30", " : 30", "/", "/12", " / 12", "/Oct", "-", "-19", " - 19", "-Oct", "–19",
		"—", "K", " K", "k", "th", " th", "st", "nd", "rd", "s", "S", "x4", " x 3", " x", " ext. 5",
		" ext 5", " ext", " am", "am", " a.m.", " a.m", " a m", " a", " p", "p", " pm", "pm",
		" p.m.", "pm.", " o'clock", " o’clock", " oclock", " o", " h", "h", "h30", " tonight",
		" tomorrow", " this", " sharp", " GMT", " local", " in the morning", " in the evening",
		" at night", " Monday", " monday", " Mondays", " thursdays back", " sats", " of July",
		" of the month", " of this month", " of the", " of", " November", " nov", " may", " May",
		" mar", " March", "april", " th of May", " st", " st of May", " nd of June", " rd of July", ". +44", ")+44", " (+44", "(+44", ". +", ".(", "  am", " pm.", " p.m. ET", " to 7", "-8pm", " to the 15th of July",
		" and", " million", " 000", " 5", "  5", " 1/2", "½", " children.", "\n5", "’s", "'s", " ’",
		" x", " ×", " than", " the", " at", " about", " @", " people at 8", " people tonight",
		" than the", " thursdays", " tues", " mons", " midnight", " evenings"}
	for _, b := range before {
		for _, n := range numbers {
			for _, a := range after {
				out = append(out, b+n+a, "Then "+b+n+a+" then", b+n+a+" morning")
			}
		}
	}
	return out
}

// TestQuietExcludesNothing holds quiet, excluded's fast exit, to what it promises: no
// number it passes is one excludedAt excludes.
func TestQuietExcludesNothing(t *testing.T) {
	numbers, passed := 0, 0
	eachNumber(quietTexts(t), func(x *scanner, i int, n number) {
		numbers++
		if !x.quiet(n) {
			return
		}
		passed++
		skip, excluded := x.excludedAt(n)
		require.False(t, excluded, "quiet passed %q, excluded in %q", x.w(i), x.text)
		require.Zero(t, skip)
	})
	t.Logf("%d of %d numbers quiet", passed, numbers)
	assert.Greater(t, passed, numbers/10, "the fast exit is tried on numbers it passes")
}

// eachNumber calls f with every number the scanner reads in each of texts, at token i.
func eachNumber(texts []string, f func(x *scanner, i int, n number)) {
	for _, text := range texts {
		x := scanned(text)
		for i := range x.toks {
			if n, ok := x.readNumber(i); ok {
				f(x, i, n)
			}
		}
	}
}
