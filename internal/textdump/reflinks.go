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
// definitions they use left out, or norm itself when none is used.
func inlineReferenceLinks(norm string) string {
	if !strings.Contains(norm, "][") || !strings.Contains(norm, "]:") {
		return norm
	}
	defs := map[string]string{}
	for start := 0; start < len(norm); {
		end := strings.IndexByte(norm[start:], '\n')
		if end < 0 {
			end = len(norm)
		} else {
			end += start
		}
		if label, url, ok := linkDefinition(norm[start:end]); ok {
			if _, seen := defs[label]; !seen {
				defs[label] = url // the first definition of a label wins
			}
		}
		start = end + 1
	}
	if len(defs) == 0 {
		return norm
	}
	var b strings.Builder
	used := false
	for start := 0; start < len(norm); {
		end := strings.IndexByte(norm[start:], '\n')
		if end < 0 {
			end = len(norm)
		} else {
			end += start
		}
		line := norm[start:end]
		if label, _, ok := linkDefinition(line); ok && defs[label] != "" {
			line = "" // the definition's line stays as an empty line
		} else {
			line, used = inlineReferences(line, defs, used)
		}
		b.WriteString(line)
		if end < len(norm) {
			b.WriteByte('\n')
		}
		start = end + 1
	}
	if !used {
		return norm
	}
	return b.String()
}

// inlineReferences writes the references "][label]" in line whose label defs resolves
// as "](url)", and reports whether it wrote any (or used was already set).
func inlineReferences(line string, defs map[string]string, used bool) (string, bool) {
	if !strings.Contains(line, "][") {
		return line, used
	}
	var b strings.Builder
	at := 0
	for i := 0; i+1 < len(line); i++ {
		if line[i] != ']' || line[i+1] != '[' {
			continue
		}
		close := strings.IndexByte(line[i+2:], ']')
		if close < 0 || close > maxLinkLabel {
			continue
		}
		url := defs[normalLabel(line[i+2:i+2+close])]
		if url == "" {
			continue
		}
		b.WriteString(line[at:i])
		b.WriteString("](")
		b.WriteString(url)
		b.WriteByte(')')
		at, used = i+2+close+1, true
		i = at - 1
	}
	if at == 0 {
		return line, used
	}
	b.WriteString(line[at:])
	return b.String(), used
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

// normalLabel folds a label's case and white space, as CommonMark matches labels.
func normalLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
