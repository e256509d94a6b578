package classify

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPositionalNameShape: the shape test alone, on the lines a page puts under its
// pictures and captions.
func TestPositionalNameShape(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Harbour Test Kitchen", true},
		{"Jane Doe", true},
		{"Kettlecorner.com", true},
		{"$49.99", false},
		{"4.8 / 5", false},
		{"Acme GK200", false},
		{"1. Gooseneck Kettles", false},
		{"Why We Like It", false},
		{"Northwind’s Features", false},
		{"Headquarters: Springfield", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, positionalName(tc.in, ReadForm(tc.in)), tc.in)
	}
}

// TestDomainAndDistinctNames: the name shapes that need no help from the page.
func TestDomainAndDistinctNames(t *testing.T) {
	for s, want := range map[string]bool{
		"Kettlecorner.com": true, "shop-example.co.uk.": true, "Example.com": true,
		"e.g.": false, "3.5": false, "Jane.Doe@example.com": false, "Northwind": false, "www.example": false,
	} {
		assert.Equal(t, want, isDomainName(s), s)
	}
	for s, want := range map[string]bool{
		"BrightLoop": true, "iFixit": true, "NASA": true, "Kettlecorner.com": true, "Jane Doe": true,
		"Descaling": false, "Northwind": false,
	} {
		assert.Equal(t, want, distinctName(s), s)
	}
}

// TestReadWordUses: how running text writes a word, as the name evidence reads it: in
// lower case anywhere, with a capital only mid-sentence (a sentence's first word is
// capitalised anyway), names with a capital inside ("iFixit") and non-ASCII words
// included.
func TestReadWordUses(t *testing.T) {
	uses := map[string]uint8{"northwind": 0, "descaling": 0, "ifixit": 0, "ørsted": 0, "harbour": 0}
	var filter uint64
	for k := range uses {
		filter |= wordFilterBit(k)
	}
	var buf ascii.KeyBuf
	readWordUses("Descaling is a chore. We asked Northwind, and iFixit agreed; descaling (weekly) helps. Harbour staff said so, as did Ørsted.", uses, filter, &buf)
	assert.Equal(t, usedProper, uses["northwind"])
	assert.Equal(t, usedLower, uses["descaling"], "the capital opening the text is no proper use")
	assert.Equal(t, usedProper, uses["ifixit"])
	assert.Equal(t, usedProper, uses["ørsted"])
	assert.Zero(t, uses["harbour"], "a sentence's first word")
}

// TestWordEnd holds wordEnd, which reads eight bytes at a time, to the byte-at-a-time
// scan it replaces: the word ends at the first byte at or below ' ', and is ASCII when
// none of its bytes has the high bit, wherever the end falls in an eight-byte load.
func TestWordEnd(t *testing.T) {
	ref := func(text string, j int) (int, bool) {
		k, high := j, byte(0)
		for k < len(text) && text[k] > ' ' {
			high |= text[k]
			k++
		}
		return k, high < 0x80
	}
	words := []string{"", "a", "kettle", "naïve", "Zürich’s", "abcdefgh", "abcdefghijklmnop", "日本語のテキスト", "x\x7f", "!~", "\xff\xfe"}
	seps := []string{" ", "\t", "\n", "\x00", "\x1f", "  ", ""}
	for _, w := range words {
		for _, sep := range seps {
			for pad := 0; pad < 9; pad++ {
				text := strings.Repeat("q", pad) + w + sep + "tail words here"
				for j := 0; j <= len(text); j++ {
					wantEnd, wantASCII := ref(text, j)
					end, isASCII := wordEnd(text, j)
					require.Equal(t, [2]any{wantEnd, wantASCII}, [2]any{end, isASCII}, "text %q from %d", text, j)
				}
			}
		}
	}
}

// TestDatedNotice: a copyright line's year or rights statement, and what is not one.
func TestDatedNotice(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"© 2026 Harbourside Weekly", true},
		{"Copyright Jane Roe 2012-2025. CC BY-NC 4.0.", true},
		{"©2026 All Rights Reserved.", true},
		{"Example Media. All rights reserved", true},
		{"© Jane Doe / Coastline Agency", false},
		{"© A.M. Best Company, Inc. — used by permission", false},
		{"Photo: 12345678 / Stock", false},
		{"© 2", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, datedNotice(tc.in), tc.in)
	}
}
