package newsparse

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// JSON written by a later release may carry words this release does not know; it must
// still decode, keep the word, and encode again unchanged.
func TestEnumForwardCompatible(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"known words", `{"headline":"h","paragraphs":[{"text":"a","kind":"body"}],"removed":[{"text":"x","reason":"related","after":0}]}`},
		{"unknown paragraph kind", `{"headline":"h","paragraphs":[{"text":"a","kind":"aside_box"}]}`},
		{"unknown reason", `{"headline":"h","paragraphs":[],"removed":[{"text":"x","reason":"cookie_banner","after":2}]}`},
		{"unknown figure words", `{"headline":"h","paragraphs":[],"figures":[{"text":"5","value":5,"bound":"roughly","kind":"speed","where":"footnote","index":0,"start":0,"end":1}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a Article
			require.NoError(t, json.Unmarshal([]byte(tt.in), &a))
			out, err := json.Marshal(&a)
			require.NoError(t, err)
			var back Article
			require.NoError(t, json.Unmarshal(out, &back))
			assert.Equal(t, a, back)
		})
	}
	var r Reason
	require.NoError(t, json.Unmarshal([]byte(`"cookie_banner"`), &r))
	assert.Equal(t, Reason("cookie_banner"), r)
	assert.False(t, r.Known())
	assert.True(t, ReasonRelated.Known())
	assert.True(t, ParagraphTable.Known())
	assert.False(t, ParagraphKind("sidebar").Known())
}

// A value that no release could write (a mistyped constant) is refused on output.
func TestEnumMalformedRefused(t *testing.T) {
	for _, v := range []string{"Body", "at least", "body\n", "é"} {
		_, err := json.Marshal(Paragraph{Text: "x", Kind: ParagraphKind(v)})
		assert.Error(t, err, v)
		_, err = json.Marshal(Removed{Reason: Reason(v)})
		assert.Error(t, err, v)
	}
	for _, v := range []string{"", "body", "cookie_banner", "h2"} {
		_, err := json.Marshal(Paragraph{Text: "x", Kind: ParagraphKind(v)})
		assert.NoError(t, err, v)
	}
}
