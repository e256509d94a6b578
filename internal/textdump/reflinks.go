package textdump

import (
	"strings"
)

// Markdown writers may print links by reference: "[old pier][2]" in the text and
// "[2]: https://example.org/pier" on a line of its own, usually at the dump's end
// (turndown's and html2text's reference style, and hand-written Markdown). The
// definitions are no text of the page, and a reference left as written reads
// "[old pier][2]". inlineReferenceLinks writes each reference whose label a
// definition resolves as the inline link it stands for, "[old pier](https://…)",
// which the Markdown reading then treats as any link, and leaves the definitions
// out. Nothing changes unless a definition is used: a line "[1]: …" alone may be a
// footnote's text.

// maxLinkLabel bounds a reference's label, as CommonMark does (999 characters); real
// labels are short.
const maxLinkLabel = 100

// inlineReferenceLinks returns norm with its reference links written inline and the
// definitions they use left out, or norm itself when none is used. A reference is
// full ("[text][label]"), collapsed ("[text][]") or a shortcut ("[text]" alone), as
// CommonMark reads them; its text may wrap over lines.
func inlineReferenceLinks(norm string) string {
	if !strings.Contains(norm, "]:") {
		return norm
	}
	defs := map[string]string{}
	for i := 0; i < len(norm); {
		label, url, end, ok := definitionAt(norm, i)
		if ok {
			if _, seen := defs[label]; !seen {
				defs[label] = url // the first definition of a label wins
			}
		}
		if k := strings.IndexByte(norm[end:], '\n'); k >= 0 {
			i = end + k + 1
		} else {
			break
		}
	}
	if len(defs) == 0 {
		return norm
	}
	var b strings.Builder
	b.Grow(len(norm) + len(norm)/8)
	var open []int // input positions of the "[" not yet closed, in this paragraph
	used := false
	for i := 0; i < len(norm); {
		if i == 0 || norm[i-1] == '\n' {
			end := strings.IndexByte(norm[i:], '\n')
			if end < 0 {
				end = len(norm)
			} else {
				end += i
			}
			if _, _, dend, ok := definitionAt(norm, i); ok {
				i = dend // the definition's lines stay as an empty line
				continue
			}
			if end == i {
				open = open[:0] // an empty line ends a paragraph, and its brackets
			}
		}
		c := norm[i]
		switch {
		case c == '\\' && i+1 < len(norm):
			b.WriteString(norm[i : i+2])
			i += 2
			continue
		case c == '[':
			if len(open) < maxOpenBrackets {
				open = append(open, i)
			}
		case c == ']' && len(open) > 0:
			o := open[len(open)-1]
			open = open[:len(open)-1]
			if url, next := resolveReference(norm, o, i, defs); url != "" {
				b.WriteString("](")
				b.WriteString(url)
				b.WriteByte(')')
				i, used = next, true
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	if !used {
		return norm
	}
	return b.String()
}

// resolveReference reads the reference whose text runs from the "[" at norm[o] to the
// "]" at norm[c]: the address its label resolves to, and where the reference ends;
// "" when it is no reference defs resolves (an inline link, a definition, plain
// brackets).
func resolveReference(norm string, o, c int, defs map[string]string) (url string, end int) {
	text := norm[o+1 : c]
	if o > 0 && norm[o-1] == '!' && text == "" {
		return "", 0
	}
	switch {
	case strings.HasPrefix(norm[c+1:], "[]"):
		return defs[normalLabel(text)], c + 3
	case strings.HasPrefix(norm[c+1:], "["):
		close := strings.IndexByte(norm[c+2:], ']')
		if close < 0 || close > maxLinkLabel {
			return "", 0
		}
		return defs[normalLabel(norm[c+2:c+2+close])], c + 2 + close + 1
	case strings.HasPrefix(norm[c+1:], "(") || strings.HasPrefix(norm[c+1:], ":"):
		return "", 0
	}
	if len(text) > maxLinkLabel || strings.ContainsAny(text, "[]") {
		return "", 0
	}
	return defs[normalLabel(text)], c + 1
}

// linkDefinition reads a line that defines a reference link: up to three spaces,
// "[label]:", the address (bare or in angle brackets), and an optional title in
// quotes or parentheses. It returns the label normalised (normalLabel) and the
// address.
func linkDefinition(line string) (label, url string, ok bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, "[") {
		return "", "", false
	}
	close := strings.Index(t, "]:")
	if close < 2 || close > maxLinkLabel+1 || strings.ContainsAny(t[1:close], "[]") {
		return "", "", false
	}
	fields := strings.Fields(t[close+2:])
	if len(fields) == 0 {
		return "", "", false
	}
	url = strings.TrimSuffix(strings.TrimPrefix(fields[0], "<"), ">")
	if url == "" || strings.ContainsAny(url, "<>") {
		return "", "", false
	}
	if len(fields) > 1 {
		title := strings.Join(fields[1:], " ")
		if q := title[0]; q != '"' && q != '\'' && q != '(' || len(title) < 2 {
			return "", "", false // text after the address: a sentence, not a definition
		}
	}
	return normalLabel(t[1:close]), url, true
}

// definitionAt reads the link definition that opens at the line starting at
// norm[i] (linkDefinition) with the lines pandoc runs it on over: the address on
// the next line when the label filled the line, and the title and attribute set it
// hangs on the link ("[Home]: / \"Home\" {.nav target=\"_blank\"}"), on lines
// of their own after it when long. A link without an address has its attributes only
// ("[Menu]: {.toggle}"), and resolves to "#". end is the end of its last line,
// before the line end; i's line end when there is no definition.
func definitionAt(norm string, i int) (label, url string, end int, ok bool) {
	end = lineEndAt(norm, i)
	line := norm[i:end]
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, "[") {
		return "", "", end, false
	}
	rest := ""
	if close := strings.Index(t, "]:"); close >= 2 {
		rest = strings.TrimSpace(t[close+2:])
	}
	if rest == "" && strings.HasSuffix(t, "]:") && end+1 < len(norm) {
		// "[a long label]:" / "//example.org/a.jpg": the address wrapped (the
		// indentation pandoc gives it is normalised away).
		next := lineEndAt(norm, end+1)
		if addr := strings.TrimSpace(norm[end+1 : next]); addr != "" && !strings.Contains(addr, " ") && strings.ContainsAny(addr, "/#.") {
			line, end = line+" "+strings.TrimSpace(addr), next
		}
	}
	a := strings.Index(line, " {")
	if c := strings.Index(line, "]:"); a >= 0 && a < c {
		a = -1
	}
	if a < 0 {
		label, url, ok = linkDefinition(line)
		if !ok || end+1 >= len(norm) {
			return label, url, end, ok
		}
		// The title or the attribute set on a line of its own.
		k := end + 1
		if norm[k] != '{' && norm[k] != '"' {
			return label, url, end, ok
		}
		next := lineEndAt(norm, k)
		if norm[k] == '"' {
			if _, _, titled := linkDefinition(line + " " + norm[k:next]); !titled {
				return label, url, end, ok
			}
			if b := strings.Index(norm[k:next], " {"); b < 0 {
				return label, url, next, ok
			} else {
				k += b + 1
			}
		}
		if e := attrSetEnd(norm, k); e > 0 {
			return label, url, lineEndAt(norm, e), ok
		}
		return label, url, end, ok
	}
	// The attribute set opens on the definition's line.
	if label, url, ok = linkDefinition(line[:a]); !ok {
		t := strings.TrimSpace(line[:a])
		if !strings.HasSuffix(t, "]:") || strings.Count(t, "[") != 1 {
			return "", "", end, false
		}
		label, url, ok = normalLabel(t[1:len(t)-2]), "#", true
	}
	// Where the set opens in norm: on the definition's own line, or on the wrapped
	// address's.
	start := end - (len(line) - a - 1)
	if e := attrSetEnd(norm, start); e > end {
		end = lineEndAt(norm, e)
	}
	return label, url, end, ok
}

// lineEndAt returns the end of the line holding norm[i], before its line end.
func lineEndAt(norm string, i int) int {
	if k := strings.IndexByte(norm[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(norm)
}

// normalLabel folds a label's case and white space, as CommonMark matches labels.
func normalLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
