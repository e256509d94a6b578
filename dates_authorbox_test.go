package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An author box at the foot of an article ("Written by Ann Lee" over "April 8,
// 2024") dates the article as a label would, in both readers.
func TestAuthorBoxDate(t *testing.T) {
	prose := "The harbour board approved the new ferry timetable after a long public consultation with residents and operators. "
	tests := []struct {
		name string
		html string
		text string
		want string
	}{
		{
			name: "byline over a date at the foot",
			html: `<html><body><article><h1>How the ferry timetable was rebuilt</h1><p>` + prose + `</p><p>` + prose + `</p>` +
				`</article><div class="tags"><a href="/t/ferries">ferries</a></div><div><p>Written by Ann Lee and Bo Chan</p><p>April 8, 2024</p></div></body></html>`,
			text: "How the ferry timetable was rebuilt\n\n" + prose + "\n\n" + prose + "\n\nWritten by Ann Lee and Bo Chan\n\nApril 8, 2024\n",
			want: "2024-04-08",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(tt.html))
			require.NoError(t, err)
			assert.Equal(t, tt.want, day(a), "html")
			a, err = ParseText(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.want, day(a), "text")
		})
	}
}

func day(a *Article) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}
