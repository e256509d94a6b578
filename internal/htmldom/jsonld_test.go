package htmldom

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadLD: the objects of a script wherever the page put them, and @id references
// resolved to the fullest object of that id.
func TestReadLD(t *testing.T) {
	cases := []struct {
		name, src string
		types     [][]string // the @type of each object found, in order
	}{
		{"one object", `{"@type":"NewsArticle","headline":"A"}`, [][]string{{"NewsArticle"}}},
		{"array", `[{"@type":"WebSite"},{"@type":["Article","Thing"]}]`, [][]string{{"WebSite"}, {"Article", "Thing"}}},
		{"graph", `{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"BlogPosting"}]}`,
			[][]string{nil, {"WebPage"}, {"BlogPosting"}}},
		{"graph in array", `[{"@graph":[{"@type":"Person"}]}]`, [][]string{nil, {"Person"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ld, ok := ReadLD(c.src)
			require.True(t, ok)
			var got [][]string
			for _, o := range ld.Objects {
				got = append(got, LDTypes(o["@type"]))
			}
			assert.Equal(t, c.types, got)
		})
	}
	_, ok := ReadLD(`{"@type":"NewsArticle",`)
	assert.False(t, ok, "broken JSON")

	ld, ok := ReadLD(`{"@graph":[
		{"@type":"NewsArticle","author":{"@id":"#ann"},"publisher":{"@id":"#org"}},
		{"@id":"#ann"},
		{"@id":"#ann","@type":"Person","name":"Ann Lee"},
		{"@id":"#org","@type":"NewsMediaOrganization","name":"Coast News"}]}`)
	require.True(t, ok)
	art := ld.Objects[1]
	author, ok := ld.Resolve(art["author"]).(map[string]any)
	require.True(t, ok)
	assert.Equal(t, "Ann Lee", LDString(author["name"]), "the fullest object of the id")
	pub, ok := ld.Resolve(art["publisher"]).(map[string]any)
	require.True(t, ok)
	assert.True(t, IsOrganization(pub))
	assert.False(t, IsOrganization(author))
	assert.Equal(t, "x", ld.Resolve("x"), "a value that is no reference")
	missing := map[string]any{"@id": "#nobody"}
	assert.Equal(t, missing, ld.Resolve(missing))

	deep := strings.Repeat("[", 20) + `{"@type":"Article"}` + strings.Repeat("]", 20)
	ld, ok = ReadLD(deep)
	require.True(t, ok)
	assert.Empty(t, ld.Objects, "nesting past maxLDDepth is not searched")
}

// TestLDValues: text values in their JSON-LD forms, and the schema.org types read.
func TestLDValues(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{" Ann &amp; Bo ", "Ann & Bo"},
		{map[string]any{"@value": "2024-01-02"}, "2024-01-02"},
		{[]any{"", 3.0, "second"}, "second"},
		{nil, ""},
		{3.0, ""},
	} {
		assert.Equal(t, c.want, LDString(c.v), "%v", c.v)
	}
	assert.Nil(t, LDList(nil))
	assert.Equal(t, []any{"a"}, LDList("a"))
	assert.Equal(t, []any{"a", "b"}, LDList([]any{"a", "b"}))
	assert.Equal(t, []string{"A", "B"}, LDTypes([]any{"A", 1.0, "B"}))
	assert.Nil(t, LDTypes(1.0))

	for _, typ := range []string{"NewsArticle", "https://schema.org/Article", "LiveBlogPosting", "Report"} {
		assert.True(t, IsArticleType([]string{"Thing", typ}), typ)
	}
	for _, typ := range []string{"WebPage", "Product", "ArticleList"} {
		assert.False(t, IsArticleType([]string{typ}), typ)
	}
	for _, typ := range []string{"WebPage", "http://schema.org/ItemPage", "FAQPage"} {
		assert.True(t, IsPageType([]string{typ}), typ)
	}
	assert.False(t, IsPageType([]string{"CollectionPage"}))
}

// TestParseTime: the machine forms metadata writes dates in, and nothing else.
func TestParseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-01-02T03:04:05Z", "2024-01-02T03:04:05Z"},
		{"2024-01-02T03:04:05.123+05:30", "2024-01-02T03:04:05+05:30"},
		{"2024-01-02T03:04:05+0100", "2024-01-02T03:04:05+01:00"},
		{"2024-01-02 03:04:05", "2024-01-02T03:04:05Z"},
		{"2024-01-02", "2024-01-02T00:00:00Z"},
		{"Tue, 02 Jan 2024 03:04:05 +0000", "2024-01-02T03:04:05Z"},
		{"2025-12-13 00:00:00 +0000 UTC", "2025-12-13T00:00:00Z"},
		{"2025-12-13 08:30:00.5 -0500 EST", "2025-12-13T08:30:00-05:00"},
		{"yesterday", ""},
		{"0001-01-01", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ParseTime(tt.in)
		if tt.want == "" {
			assert.True(t, got.IsZero(), "%q gave %v", tt.in, got)
			continue
		}
		assert.Equal(t, tt.want, got.Format(time.RFC3339), "input %q", tt.in)
	}
}
