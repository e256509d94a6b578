package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClosingBoxHeadingEndsBody: blogs and brand sites close a post with boxes under
// headings of their own ("About the Author", "Recent Posts", "Share this post"): the
// author's blurb and the site's latest titles are prose and titles too, but the
// heading opens the page's closing boxes and none of it is the article's.
func TestClosingBoxHeadingEndsBody(t *testing.T) {
	article := "Harbour board backs plan to rebuild the old pier\n\n" + strings.Join(reflowProse, "\n\n") + "\n\n"
	tests := []struct {
		name    string
		tail    string
		dropped []string
	}{
		{
			name:    "an author box under its label",
			tail:    "About the Author\n\nMara Quill writes about coastal towns and the people who keep them going. She lives by the sea with two cats and a leaking boat.\n",
			dropped: []string{"About the Author", "Mara Quill writes about coastal towns"},
		},
		{
			name:    "the site's latest posts, with blurbs",
			tail:    "Recent Posts\n\nWhy the ferry timetable changes every winter\n\nThe winter timetable cuts two sailings a day, and the operator says the quieter months cannot pay for more crews than that.\n\nFive walks along the old railway line\n\nLifeboat crew honoured for a night rescue\n",
			dropped: []string{"Recent Posts", "The winter timetable cuts two sailings", "Five walks along the old railway line"},
		},
		{
			name:    "links to the neighbouring posts",
			tail:    "Previous article: Why the ferry timetable changes every winter\n\nNext Post\n\nThe winter timetable cuts two sailings a day, and the operator says the quieter months cannot pay for more crews than that.\n",
			dropped: []string{"Previous article", "Next Post"},
		},
		{
			name:    "the comment form's notice, however long",
			tail:    "Your email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\nI walked the old pier every morning as a child and I am glad to hear it will be rebuilt at last.\n",
			dropped: []string{"Your email address will not be published"},
		},
		{
			name:    "share buttons' heading",
			tail:    "Share this post\n",
			dropped: []string{"Share this post"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(article + tt.tail)
			require.NoError(t, err)
			var body []string
			for _, p := range a.Paragraphs {
				body = append(body, p.Text)
			}
			for _, p := range reflowProse {
				assert.Contains(t, body, p)
			}
			for _, d := range tt.dropped {
				for _, p := range body {
					assert.NotContains(t, p, d, "a closing box is no paragraph of the article")
				}
			}
		})
	}
}
