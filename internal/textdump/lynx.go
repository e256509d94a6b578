package textdump

import "strings"

// Lynx's numbered links. "lynx -dump" prints "[12]" before the text of each link and,
// at the end of the dump, a list headed "References" of "12. http://...". The list
// is the page's addresses, not its text: it is cut before the dump is read, and the
// numbers become the links of the paragraphs they stand in. Lynx marks where a link
// starts, not where it ends, so a link's text is taken to run to the next mark or
// punctuation, at most maxRefWords words: the words a reader would take for the
// link's label.

// CutReferences returns the dump without its trailing reference list, and the list's
// addresses by number (nil when the dump ends in no such list), each as resolve
// returns it, and left out when resolve returns "" (the caller keeps http(s)
// addresses). The list is a line "References" followed, to the end of the dump,
// only by numbered addresses (and lynx's "Visible links:" and "Hidden links:"
// labels).
func CutReferences(norm string, resolve func(string) string) (string, map[int]string) {
	head := lastIndex(norm, "\nReferences\n")
	if head < 0 {
		if !strings.HasPrefix(norm, "References\n") {
			return norm, nil
		}
		head = -1
	}
	refs := map[int]string{}
	for l := range strings.SplitSeq(norm[head+len("\nReferences\n"):], "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l == "Visible links:" || l == "Hidden links:" || l == "Visible links" || l == "Hidden links" {
			continue
		}
		dot := strings.Index(l, ". ")
		if dot <= 0 || dot > 6 || strings.Trim(l[:dot], "0123456789") != "" {
			return norm, nil
		}
		n, addr := atoiSmall(l[:dot]), strings.TrimSpace(l[dot+2:])
		if u := resolve(addr); u != "" {
			refs[n] = u
		}
	}
	if len(refs) == 0 {
		return norm, nil
	}
	return norm[:max(head, 0)], refs
}

// lastIndex is strings.LastIndex(s, sep) found by forward searches for sep less its
// first byte, that byte checked before each hit: strings.Index scans with vector
// instructions from one rare byte to the next, while LastIndex hashes every byte of a
// text that almost never holds sep at all (a dump with no lynx reference list), and a
// search for a line break stops at every line.
func lastIndex(s, sep string) int {
	last := -1
	for from := 1; from <= len(s); {
		i := strings.Index(s[from:], sep[1:])
		if i < 0 {
			break
		}
		at := from + i
		if s[at-1] == sep[0] {
			last = at - 1
		}
		from = at + 1
	}
	return last
}

// maxRefWords bounds the text of a numbered link: link labels in running text are
// a few words; past that the mark's end cannot be told.
const maxRefWords = 8

// atoiSmall reads a string of at most six digits.
func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// LynxLinks removes the "[12]" marks from t and returns the links of those whose
// number is in refs. A mark whose number the list lacks (a form field, an address
// that is not http) is removed all the same, as StripLynxRefs does.
func LynxLinks(t string, refs map[int]string) (string, []Link) {
	if strings.IndexByte(t, '[') < 0 {
		return t, nil
	}
	var b strings.Builder
	b.Grow(len(t))
	type mark struct{ at, num int }
	var marks []mark
	for i := 0; i < len(t); i++ {
		if t[i] == '[' {
			j := i + 1
			for j < len(t) && j-i <= 7 && t[j] >= '0' && t[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(t) && t[j] == ']' {
				marks = append(marks, mark{b.Len(), atoiSmall(t[i+1 : j])})
				i = j
				continue
			}
		}
		b.WriteByte(t[i])
	}
	out := b.String()
	var links []Link
	for k, m := range marks {
		u, ok := refs[m.num]
		if !ok {
			continue
		}
		limit := len(out)
		if k+1 < len(marks) {
			limit = marks[k+1].at
		}
		start, end := refTextSpan(out, m.at, limit)
		if start < end {
			links = append(links, Link{Text: out[start:end], URL: u, Start: start, End: end})
		}
	}
	return out, links
}

// refTextSpan returns the span of the link text that starts at from: up to limit,
// the first punctuation that closes a phrase, or maxRefWords words.
func refTextSpan(s string, from, limit int) (int, int) {
	for from < limit && s[from] == ' ' {
		from++
	}
	end, words, inWord := from, 0, false
	for i := from; i < limit; i++ {
		c := s[i]
		if strings.IndexByte(",;:!?()\"[]|", c) >= 0 || c == '.' && (i+1 == len(s) || s[i+1] == ' ') {
			break
		}
		if c == ' ' {
			inWord = false
			continue
		}
		if !inWord {
			if words == maxRefWords {
				break
			}
			words++
			inWord = true
		}
		end = i + 1
	}
	return from, end
}

// hasLynxRef reports a "[12]" link number glued to the word after it.
func hasLynxRef(l string) bool {
	i := strings.IndexByte(l, '[')
	for i >= 0 {
		j := i + 1
		for j < len(l) && l[j] >= '0' && l[j] <= '9' {
			j++
		}
		if j > i+1 && j+1 < len(l) && l[j] == ']' && l[j+1] != ' ' {
			return true
		}
		k := strings.IndexByte(l[i+1:], '[')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// StripLynxRefs removes "[12]" link numbers.
func StripLynxRefs(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); i++ {
		if t[i] == '[' {
			j := i + 1
			for j < len(t) && t[j] >= '0' && t[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(t) && t[j] == ']' {
				i = j
				continue
			}
		}
		b.WriteByte(t[i])
	}
	return b.String()
}
