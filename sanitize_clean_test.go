package newsparse

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/testinput"
	"github.com/stretchr/testify/assert"
)

// cleanSeeds are texts holding each thing cleanField removes or replaces, in the
// places normalisation meets them: controls, NULs, bidi controls and invalid bytes,
// alone, in runs, at line ends and inside words.
var cleanSeeds = []string{
	"", "plain", "a\x00b", "\x01\x02\x7f\x1b[0m", "line\r\nbreaks\rand\u2028seps\u2029",
	"tab\there\vand\fform", "over\u202eride \u2066iso\u2069 \u202a\u202b\u202c\u202d",
	"bad \xff\xfe bytes \xe2\x80 cut \xed\xa0\x80 surrogate \xc0\xaf overlong",
	"soft\u00adhyphen zero\u200bwidth \ufeffbom \u2060joiner", "marks \u200e\u200f\u061c stay",
	"no-break\u00a0space \u3000ideographic \u0085next", "“quotes” — dashes… é 😀 中文",
	"  lead and trail  \n \t \n", "\xe2\x80\xae\xe2\x80", strings.Repeat("x\x00\u202e\xff ", 20),
}

// TestNormalizedIsClean: whatever the input, Normalize's output needs no cleaning
// (cleanField leaves it as it is), which sanitizeArticleFrom relies on to pass the
// runs of it ParseText's fields are.
func TestNormalizedIsClean(t *testing.T) {
	texts := append(testinput.Files(t, "testdata/text/*.txt", "../shared/corpus/text/dev/*.txt"), cleanSeeds...)
	for _, s := range texts {
		n := normalizeText(s)
		assert.Equal(t, n, cleanField(n), "Normalize(%.60q)", s)
	}
}

// FuzzNormalizedIsClean is TestNormalizedIsClean on any input.
func FuzzNormalizedIsClean(f *testing.F) {
	for _, s := range cleanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normalizeText(s)
		assert.Equal(t, n, cleanField(n))
	})
}

// TestWholeCharsOf: a run of t's whole characters in t's memory is one; a run that
// starts or ends inside a character, a string outside t and an equal copy are not.
func TestWholeCharsOf(t *testing.T) {
	text := strings.Clone("é a “b” 中文 end")
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"all of it", text, true},
		{"a prefix", text[:2], true},
		{"a suffix", text[len(text)-3:], true},
		{"whole characters inside", text[3:12], true},
		{"starts inside a character", text[1:5], false},
		{"ends inside a character", text[0:1], false},
		{"ends inside a later character", text[3:7], false},
		{"an equal copy", strings.Clone(text), false},
		{"another string", "é a", false},
		{"empty", "", false},
		{"empty at its start", text[:0], false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, wholeCharsOf(tt.s, text), tt.name)
	}
	assert.False(t, wholeCharsOf(text, ""), "an empty t holds nothing")
	assert.False(t, wholeCharsOf(text[:4], text[2:]), "s begins before t")
	assert.False(t, wholeCharsOf(text, text[:len(text)-1]), "s ends after t")
}
