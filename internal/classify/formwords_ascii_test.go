package classify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIsTitleCaseSpaces reads title case across the two ways isTitleCase parts a
// line's words: at spaces alone in printable ASCII, as fields where a tab, a control
// character or a character past ASCII stands.
func TestIsTitleCaseSpaces(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"  The Harbour  Opens Again ", true},
		{"The\tHarbour Opens Again", true},
		{"The Harbour\u00a0Opens Again", true},
		{"The harbour\u00a0opens again", false},
		{"Ten\x01Ways To Walk The Coast", true},
		{"The \x7fHarbour Opens Again", false},
		{"Новый Порт Открыт Снова", true},
		{"Новый порт открыт снова", false},
	} {
		assert.Equal(t, tt.want, isTitleCase(tt.line), "line %q", tt.line)
	}
}

// TestIsPrintableASCII reads the bytes that send a line to the field reader, at
// every place in an eight-byte load.
func TestIsPrintableASCII(t *testing.T) {
	assert.True(t, isPrintableASCII(""))
	assert.True(t, isPrintableASCII("The Harbour Opens Again ~!"))
	for _, bad := range []string{"\t", "\x00", "\x1f", "é", "\x80"} {
		for pad := range 17 {
			line := "abcdefghijklmnopq"[:pad] + bad + "rest of it"
			assert.False(t, isPrintableASCII(line), "%q", line)
		}
	}
}

// TestLeadPhraseRunes reads a lead phrase on lines of more bytes than maxLeadRunes:
// one of more runes than that is no short invitation, one of as many runes or fewer
// (two bytes each past ASCII) is, whether or not its first characters are ASCII.
func TestLeadPhraseRunes(t *testing.T) {
	lead := "Related coverage from the coast "
	ascii := lead + strings.Repeat("harbour ", 10)
	require.Greater(t, len(ascii), maxLeadRunes)
	r, rule := FurnitureRuleOf(ascii)
	assert.NotEqual(t, LeadPhrase, rule, "%q: %v", ascii, r)
	wide := lead + strings.Repeat("гавань ", 8)
	require.Greater(t, len(wide), maxLeadRunes)
	require.LessOrEqual(t, utf8.RuneCountInString(wide), maxLeadRunes)
	r, rule = FurnitureRuleOf(wide)
	assert.Equal(t, ReasonRelated, r)
	assert.Equal(t, LeadPhrase, rule)
}
