package textdump

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
)

// html2text (C++) underlines a link's text: each space inside the link is printed as
// '_', so "Privacy Policy" comes out "Privacy_Policy", and a link whose text opens or
// closes with a space (an icon before the words) as "_Share_on_Facebook" or
// "_My_Saves_". ReadStyle decides from the whole dump whether those runs are the mark
// (Style.LinkUnderscores: a hard-wrapped dump with three lines or more of them). Any
// tool's dump may also hold the page's own underscores, so spaceLinkUnderscores gives
// the runs their spaces back one word at a time and leaves those: code ("my_var_2",
// "__init__", "user_id" in "x = user_id;"), file names ("file_name.txt"), addresses
// ("first_last@example.com", "example.com/a_b"), markup ("<item_id>"), and runs of
// underscores that are rules or blanks to fill in ("____").

// hasLinkUnderscore reports two letters joined by '_', as html2text (C++) prints the
// spaces of a link's text.
func hasLinkUnderscore(l string) bool {
	for i := strings.IndexByte(l, '_'); i > 0 && i+1 < len(l); {
		if ascii.IsLetter(l[i-1]) && ascii.IsLetter(l[i+1]) {
			return true
		}
		k := strings.IndexByte(l[i+1:], '_')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// spaceLinkUnderscores gives the words of t that html2text underlined their spaces
// back: an underscore between two other characters that are not spaces becomes a
// space, and one that opens or closes such a word goes. A word that reads as code, a
// file name or an address keeps its underscores, and in a paragraph that reads as
// code so does every word in lower case.
func spaceLinkUnderscores(t string) string {
	code := strings.ContainsAny(t, "{}") || strings.Contains(t, "()") || strings.Contains(t, "==") ||
		strings.Contains(t, " = ") && strings.IndexByte(t, ';') >= 0
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); {
		j := strings.IndexAny(t[i:], " \t\n")
		if j < 0 {
			j = len(t)
		} else {
			j += i
		}
		if w := t[i:j]; strings.IndexByte(w, '_') >= 0 && isLinkRun(w, code) {
			spaceRun(&b, w)
		} else {
			b.WriteString(w)
		}
		if j < len(t) {
			b.WriteByte(t[j])
		}
		i = j + 1
	}
	return b.String()
}

// isLinkRun reports whether the underscores of one word w are html2text's mark for
// spaces rather than the page's own.
func isLinkRun(w string, code bool) bool {
	core := strings.TrimRight(w, ".,:;!?)]\"'’”")
	core = strings.TrimLeft(core, "([\"'‘“")
	if strings.HasPrefix(core, "__") || strings.HasSuffix(core, "__") && !hasLinkUnderscore(strings.TrimRight(core, "_")) {
		return false // "__init__", a blank to fill in
	}
	if strings.ContainsAny(core, "@\\{}=`") || strings.Contains(core, "www.") || isPath(core) ||
		strings.HasPrefix(core, "<") && strings.HasSuffix(core, ">") {
		// An e-mail or web address, a path, code, a query, a markup tag. html2text
		// glues a link's text to the punctuation around it ("optimization(SEO)",
		// "17%of_sales"), which therefore does not tell code.
		return false
	}
	if isFileName(core) {
		return false
	}
	if !joinsWords(core) {
		// No underscore inside the word: only one that opens a capitalised word
		// ("_Print", a link's icon and its space) is the mark; "_private" is a name.
		return len(core) > 1 && core[0] == '_' && (core[1] >= 'A' && core[1] <= 'Z' || core[1] >= 0x80)
	}
	lower, mixed := true, false
	for k := 0; k < len(core); k++ {
		c := core[k]
		lower = lower && !(c >= 'A' && c <= 'Z')
		// A digit after a letter ("e1", "epi8", "utf8") is a name's, not a phrase's
		// ("the_1990s").
		if k > 0 && isDigit(c) && ascii.IsLetter(core[k-1]) {
			mixed = true
		}
	}
	if lower && (code || mixed) {
		return false // "my_var_2", or "user_id" in a line of code
	}
	return true
}

// isPath reports a word with a '/' after a domain ("example.com/a_b") or a scheme.
func isPath(w string) bool {
	slash := strings.IndexByte(w, '/')
	if slash < 0 {
		return false
	}
	dot := strings.LastIndexByte(w[:slash], '.')
	return strings.Contains(w, "://") || dot >= 0 && slash-dot > 2 && ascii.IsLetter(w[dot+1])
}

// joinsWords reports an underscore, or a run of them, between two other characters.
func joinsWords(w string) bool {
	first := strings.IndexFunc(w, func(r rune) bool { return r != '_' })
	last := strings.LastIndexFunc(w, func(r rune) bool { return r != '_' })
	return first >= 0 && strings.IndexByte(w[first:last+1], '_') >= 0
}

// isFileName reports a word that ends in a short extension after a dot:
// "file_name.txt", "banner_2x.jpg".
func isFileName(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || len(w)-dot-1 < 2 || len(w)-dot-1 > 4 {
		return false
	}
	ext := w[dot+1:]
	if ext[0] < 'a' || ext[0] > 'z' {
		return false // "855.278.5080", "Timothy_B.Lee"
	}
	for k := 1; k < len(ext); k++ {
		if !(ext[k] >= 'a' && ext[k] <= 'z') && !isDigit(ext[k]) {
			return false
		}
	}
	// "Shop_at_example.com" is a link's text naming a site.
	switch ext {
	case "com", "org", "net", "edu", "gov", "io", "co", "uk":
		return false
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// spaceRun writes w with its link underscores read as spaces: a single '_' or a run
// of them between two words is one space, a single one that opens or closes the word
// (the link's own leading or trailing space) goes, and a run of two or more at its
// end (a blank to fill in) stays.
func spaceRun(b *strings.Builder, w string) {
	lead := 0
	if len(w) > 1 && w[0] == '_' && w[1] != '_' {
		lead = 1
	}
	end := len(w)
	if end-lead > 1 && w[end-1] == '_' && w[end-2] != '_' {
		end--
	}
	for k := lead; k < end; k++ {
		c := w[k]
		if c != '_' {
			b.WriteByte(c)
			continue
		}
		r := k
		for r < end && w[r] == '_' {
			r++
		}
		if r == end && r-k >= 2 {
			b.WriteString(w[k:r]) // "Search____": a field to fill in
		} else {
			b.WriteByte(' ')
		}
		k = r - 1
	}
}
