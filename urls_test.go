package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSafeURL(t *testing.T) {
	base := baseURL("https://news.example/a/story", "")
	long := "https://news.example/" + strings.Repeat("x", MaxURLBytes)
	tests := []struct {
		name, ref, want string
	}{
		{"absolute https", "https://cdn.example/1.jpg", "https://cdn.example/1.jpg"},
		{"relative", "img/1.jpg", "https://news.example/a/img/1.jpg"},
		{"protocol-relative", "//cdn.example/1.jpg", "https://cdn.example/1.jpg"},
		{"leading spaces and controls", " \x01\x1f https://cdn.example/1.jpg \n", "https://cdn.example/1.jpg"},
		{"tab inside the scheme", "java\tscript:alert(1)", ""},
		{"newline inside the scheme", "java\nscr\ript:alert(1)", ""},
		{"leading control before javascript", "\x01javascript:alert(1)", ""},
		{"upper-case javascript", "JavaScript:alert(1)", ""},
		{"vbscript", "vbscript:msgbox(1)", ""},
		{"file", "file:///etc/passwd", ""},
		{"data", "data:image/png;base64,AAAA", ""},
		{"control inside", "img/1\x01.jpg", ""},
		{"tab inside a path", "img/1\t.jpg", "https://news.example/a/img/1.jpg"},
		{"too long", long, ""},
		{"empty", " \t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, safeURL(base, tt.ref))
		})
	}
	// Without a base a relative address stays relative; a bad scheme still goes.
	assert.Equal(t, "img/1.jpg", safeURL(nil, "img/1.jpg"))
	assert.Equal(t, "", safeURL(nil, "\x01javascript:alert(1)"))
	assert.Nil(t, baseURL("", "java\tscript:alert(1)//"))
}

// TestImageURLsSafe parses pages whose images carry the addresses a browser would run
// as scripts or read from disk: none reaches Images[].URL, the caption stays.
func TestImageURLsSafe(t *testing.T) {
	for _, src := range []string{"java&#x09;script:alert(1)", "&#x01;javascript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd", " JAVASCRIPT:alert(1)"} {
		page := `<html><body><article><h1>Ferry fares rise again</h1>` + prose +
			`<figure><img src="` + src + `"><figcaption>The ferry leaves the harbour at dawn on Monday.</figcaption></figure>` + prose + `</article></body></html>`
		a, err := ParseHTML(strings.NewReader(page), WithURL("https://news.example/a/story"))
		require.NoError(t, err)
		for _, im := range a.Images {
			assert.Empty(t, im.URL, "src %q", src)
		}
	}
}

// TestImagesBounded: 20,000 copies of one picture under a long <base href> give at
// most MaxImages images.
func TestImagesBounded(t *testing.T) {
	page := `<html><head><base href="https://news.example/` + strings.Repeat("x", 4000) + `/"></head><body><article><h1>Ferry fares rise again</h1>` +
		prose + strings.Repeat(`<figure><img src=a><figcaption>The ferry at dawn on Monday morning.</figcaption></figure>`, 20000) + prose + `</article></body></html>`
	a, err := ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.LessOrEqual(t, len(a.Images), MaxImages)
}
