package htmldom

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClassLexicon checks every entry of the class and id tables: a word counts as a
// whole word of a class list, a stem inside a compound, a hidden word alone.
func TestClassLexicon(t *testing.T) {
	for _, w := range slices.Sorted(maps.Keys(classWords)) {
		bits, _ := classifyAttrs("grid "+strings.ToUpper(w)+"_x", "", nil)
		assert.Equal(t, classWords[w], bits&classWords[w], w)
	}
	for _, st := range classStems {
		bits, _ := classifyAttrs("", "x"+st.stem+"Box", nil)
		assert.Equal(t, st.bits, bits&st.bits, st.stem)
	}
	for _, w := range slices.Sorted(maps.Keys(hiddenWords)) {
		bits, _ := classifyAttrs("label "+w, "", nil)
		assert.NotZero(t, bits&ClassHidden, w)
	}
	bits, _ := classifyAttrs("header-logo", "", nil)
	assert.Zero(t, bits&ClassAd, `"ad" is a whole word, not a stem`)
}

// TestClassify: the Classifier reads class and id apart, as classifyAttrs reads them
// together, and answers a class list met before from memory with the same bits.
func TestClassify(t *testing.T) {
	cases := []struct {
		class, id string
		want      Class
	}{
		{"", "", 0},
		{"article-body", "", ClassPositive},
		{"", "relatedArticles", ClassRelated},
		{"wp-caption alignleft", "attachment_12", ClassCaption | ClassFigure},
		{"sidebar widget", "newsletter-signup", ClassAside | ClassNewsletter},
		{"sr-only", "", ClassHidden},
		{"hidden-xs", "", 0},
		{"post-header", "share-bar", ClassPositive | ClassShare},
		{"cookie-banner", "onetrust-consent-sdk", ClassDialog},
		{"Byline", "AUTHOR", ClassByline},
		{"main-wrap has-rail-right", "", ClassPositive},
		// Names met before in other lists answer from memory, alone or recombined.
		{"flex share-bar", "", ClassShare},
		{"share-bar sr-only flex", "", ClassShare | ClassHidden},
		{"HAS-RAIL-RIGHT sidebar", "", ClassAside},
	}
	var c Classifier
	for round := range 2 {
		for _, tc := range cases {
			got, sig := c.Classify(tc.class, tc.id)
			assert.Equal(t, tc.want, got, "%q %q round %d", tc.class, tc.id, round)
			assert.Equal(t, ClassSig(tc.class), sig, "%q", tc.class)
			together, _ := classifyAttrs(tc.class, tc.id, nil)
			assert.Equal(t, together, got, "%q %q", tc.class, tc.id)
		}
	}
}

// TestDescribesContents checks which class names say what an element holds or lacks
// rather than what it is.
func TestDescribesContents(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"has-rail-right", true},
		{"has-sidebar", true},
		{"Has-Comments", true},
		{"with-related-posts", true},
		{"no-sidebar", true},
		{"without-ads", true},
		{"has-", false},
		{"sidebar", false},
		{"comments-has", false},
		{"hashtag-list", false},
		{"nothumbs", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, describesContents(tt.name), tt.name)
	}
}

// naiveClassify is classifyLowered written out as the rules read: the words split at
// every byte but a letter or digit, each stem looked for at every position, the
// fields split at white space.
func naiveClassify(buf []byte) Class {
	var bits Class
	s := string(buf)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		bits |= classWords[w]
	}
	for _, st := range classStems {
		if strings.Contains(s, st.stem) {
			bits |= st.bits
		}
	}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
		if hiddenWords[f] {
			bits |= ClassHidden
		}
	}
	return bits
}

// TestClassifyLoweredAutomata: the one-pass reading, a trie for the words and an
// Aho-Corasick automaton for the stems, finds what the rules find, on lists built
// of the tables' entries, their parts and overlaps ("readvert", "sharecomment"),
// glued and separated in every way a class list is.
func TestClassifyLoweredAutomata(t *testing.T) {
	var parts []string
	for w := range classWords {
		parts = append(parts, w, w[:len(w)/2], w[len(w)/2:])
	}
	for _, st := range classStems {
		parts = append(parts, st.stem, st.stem[:len(st.stem)-1], st.stem[1:])
	}
	for w := range hiddenWords {
		parts = append(parts, w)
	}
	slices.Sort(parts)
	seps := []string{"", " ", "-", "_", "\t", "\n", "é", "2", "x"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(4) + 1; k > 0; k-- {
			b.WriteString(parts[r.IntN(len(parts))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		buf := []byte(b.String())
		require.Equal(t, naiveClassify(buf), classifyLowered(buf), "%q", buf)
	}
}
