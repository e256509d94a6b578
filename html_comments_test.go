package newsparse

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// commentItems builds n items of one template: a name, a date and a remark, with the
// item's class given.
func commentItems(n int, cls string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<li class=%q><div class="who">Reader %c</div><div class="when">%d March 2025 at 9:1%d am</div>`+
			`<div class="said"><p>I followed the steps on a smaller balcony and it worked well, though the pots dried out faster than I expected in the wind.</p></div>`+
			`<a href="#r">Reply</a></li>`, cls, 'A'+i, i+1, i)
	}
	return b.String()
}

const commentLead = `<h1>Herbs on a balcony</h1><div class="body">` +
	`<p>Most kitchen herbs grow happily in pots on a sunny balcony, as long as they are watered often and sheltered from the strongest winds of spring.</p>` +
	`<p>Thyme, sage and rosemary like dry soil and full sun; parsley, mint and chives prefer some shade in the afternoon and a deeper pot with more compost.</p>` +
	`<p>Pick the leaves often, pinch out flower buds, and most herbs keep producing from April until the first frosts of the autumn.</p></div>`

// TestCommentThreads checks the reader comments found by their shape: a run of items
// of one template, each with a name, a date and a remark, after the article's prose.
func TestCommentThreads(t *testing.T) {
	tests := []struct {
		name string
		page string
		want bool
	}{
		{name: "three dated, named remarks after the article, no comment class",
			page: commentLead + `<ol class="responses">` + commentItems(3, "response") + `</ol>`, want: true},
		{name: "two items are enough when a class word agrees",
			page: commentLead + `<ol class="list">` + commentItems(2, "reply") + `</ol>`, want: true},
		{name: "two items without a class word are not a thread",
			page: commentLead + `<ol class="list">` + commentItems(2, "item") + `</ol>`},
		{name: "dated posts with no article before them are the page (a forum thread)",
			page: `<h1>Balcony herbs?</h1><ol class="posts">` + commentItems(6, "post") + `</ol>`},
		{name: "a thread longer than the article before it, found by shape alone, is the page",
			page: commentLead + `<ol class="responses">` + commentItems(8, "response") + `</ol>`},
		{name: "the shape in three places is the page's template, not a thread",
			page: commentLead + strings.Repeat(`<ol class="rows">`+commentItems(3, "row")+`</ol>`, 3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body>` + tt.page + `</body></html>`))
			require.NoError(t, err)
			w := newWalker(64)
			w.walk(doc, 0)
			w.flush()
			w.chooseRegion()
			got := false
			for i, ok := range w.commentThreads(w.proseBefore()) {
				if ok && w.elems[i].tag.String() == "ol" {
					got = true
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestCommentThreadShapeFixture checks that the remarks of fixture 26, in a list whose
// classes name no comment, stay out of the body.
func TestCommentThreadShapeFixture(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata/html", "26-comment-thread-shape.html"))
	require.NoError(t, err)
	a, err := ParseHTML(bytes.NewReader(in))
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 3)
	for _, p := range a.Paragraphs {
		for _, s := range []string{"habanero", "Morag", "leggy", "fruited better"} {
			assert.NotContains(t, p.Text, s)
		}
	}
}
