package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSaysLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Jane Doe says:": true, "jane says": true, "Tom Reed wrote:": true,
		"Simon says": true, "says": false, "Essays": false, "The mayor says the pier will open": false,
	} {
		assert.Equal(t, want, saysLine(s), s)
	}
}

func TestIsThreadHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"59 Comments on “Harbour board backs plan”": true, "3 responses": true, "12 Kommentare": true,
		"Leave a Reply": true, "2024 was a good year for the harbour.": false, "Comments on the plan": false,
	} {
		assert.Equal(t, want, isThreadHeading(s, ReadForm(s)), s)
	}
}

func TestIsRelativeTime(t *testing.T) {
	for s, want := range map[string]bool{
		"1 year ago": true, "3 hrs ago": true, "an hour ago": true, "2 Days Ago": true,
		"long ago": false, "a while ago": false, "3 years ago today": false, "10 ago": false,
	} {
		assert.Equal(t, want, isRelativeTime(s), s)
	}
}

// TestCommentThreadShapes pins the comment heads CommentThread reads beyond "name,
// date, comment": a time relative to now for the date, and the date over the name
// under a thread heading, which without the heading is an article's timeline.
func TestCommentThreadShapes(t *testing.T) {
	body := "The harbour board approved the plan on Tuesday after a long debate about costs and the timetable."
	comment := "I walked past the harbour yesterday and the works look well under way already."
	tests := []struct {
		name       string
		lines      []string
		start, end int
	}{
		{
			name: "relative times under the names",
			lines: []string{"Harbour plan approved", body, body, "Jane", "2 days ago", comment, "Tom Reed", "1 week ago", comment,
				"Ann", "3 weeks ago", comment},
			start: 3, end: 11,
		},
		{
			name: "dates over the names under a thread heading",
			lines: []string{"Harbour plan approved", body, body, "Comments", "July 25, 2019", "Jane", comment, "Reply",
				"July 26, 2019", "Tom Reed", comment, "Reply", "July 27, 2019", "Ann", comment},
			start: 3, end: 14,
		},
		{
			name: "dates over headings with no thread heading are a timeline",
			lines: []string{"Harbour plan approved", body, body, "Timeline", "July 25, 2019", "Plan filed", comment,
				"July 26, 2019", "Hearing", comment, "July 27, 2019", "Approval", comment},
			start: -1, end: -1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forms := make([]Form, len(tt.lines))
			for i, l := range tt.lines {
				forms[i] = ReadForm(l)
			}
			start, end := CommentThread(forms, func(i int) string { return tt.lines[i] }, 1)
			assert.Equal(t, []int{tt.start, tt.end}, []int{start, end})
		})
	}
}
