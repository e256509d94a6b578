package textdump

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/stretchr/testify/assert"
)

// TestHeadPartEnd checks headPartEnd against the strings.IndexAny it stands for, on
// the corpus's dump lines, the fixtures and random strings (testinput), and on dashes
// cut or glued to stray bytes.
func TestHeadPartEnd(t *testing.T) {
	lines := testinput.Lines(t, "../../testdata/text/*.txt", "../../../shared/corpus/text/dev/*.txt")
	lines = append(lines, "Jane Doe – Editor", "Jane Doe — Editor", "Jane\xe2\x80", "Jane \xe2\xe2\x80\x93 Doe",
		"\xf0\xe2\x80\x94x", "Jane Doe, MD", "About (Jane)", "a|b", "", "plain name")
	for _, s := range lines {
		want := strings.IndexAny(s, ",(|–—")
		if want < 0 {
			want = len(s)
		}
		assert.Equal(t, want, headPartEnd(s), "line %q", s)
	}
}

// TestNamesOverPart checks the heading's part: the name must close the part before
// a comma, a bracket or a dash, and a name outside it is none.
func TestNamesOverPart(t *testing.T) {
	bio := Line{Text: "Jane Doe is a reporter who covers the harbour and its trade for the paper.", Prose: true, Words: 15}
	tests := []struct {
		head string
		want bool
	}{
		{"Jane Doe, Senior Editor", true},
		{"Written by Jane Doe — Editor", true},
		{"About Jane Doe (Editor)", true},
		{"Senior Editor – Jane Doe", false},
		{"Harbour desk", false},
	}
	for _, tt := range tests {
		h := Line{Text: tt.head, Words: len(strings.Fields(tt.head))}
		assert.Equal(t, tt.want, namesOver(h, bio), "heading %q", tt.head)
	}
}

// TestOpensMidSentenceTable checks the ASCII table of opensMidSentence against its
// definition for every ASCII character, and a few others.
func TestOpensMidSentenceTable(t *testing.T) {
	ref := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsLower(r) || strings.ContainsRune(",.;:)!?", r)
	}
	for c := range rune(utf8.RuneSelf) {
		s := string(c) + "rest"
		assert.Equal(t, ref(s), opensMidSentence(s), "line %q", s)
	}
	for _, s := range []string{"", "élan", "Élan", "\xff", "—and", "…"} {
		assert.Equal(t, ref(s), opensMidSentence(s), "line %q", s)
	}
}
