package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// commentDump builds an article followed by a thread of readers' comments in the given
// style: heading is the line over the thread, and each comment is written by head.
func commentDump(heading string, head func(name, date string) string) string {
	var b strings.Builder
	b.WriteString("Harbour board backs plan to rebuild the old pier\nBy Jane Doe\nMarch 12, 2024\n")
	b.WriteString(strings.Join(reflowProse, "\n") + "\n")
	b.WriteString(heading + "\n")
	comments := []struct{ name, date, text string }{
		{"Tom Reed", "March 12, 2024 at 9:14 am", "About time too, the old pier has been falling apart for years."},
		{"maria k", "March 12, 2024 at 11:02 am", "Will the ferry really come back? I will believe it when I see it."},
		{"Harbour Watcher", "March 13, 2024 at 7:45 pm", "The fishermen have a point about the basin, the timing is poor."},
		{"Sam", "March 14, 2024 at 8:01 am", "Great news for the town."},
	}
	for _, c := range comments {
		b.WriteString(head(c.name, c.date) + c.text + "\nReply\n")
	}
	return b.String()
}

func TestCommentThread(t *testing.T) {
	tests := []struct {
		name, heading string
		head          func(name, date string) string
	}{
		{"name over date", "4 Comments", func(n, d string) string { return n + "\n" + d + "\n" }},
		{"name says, time under it", "Leave a Reply", func(n, d string) string { return n + " says:\n" + d[strings.Index(d, " at ")+4:] + "\n" }},
		{"name says, time dropped", "4 responses to this story", func(n, _ string) string { return n + " says\n" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(commentDump(tt.heading, tt.head))
			require.NoError(t, err)
			assert.Equal(t, reflowProse, bodyTexts(a), "no comment is body text")
			assert.Equal(t, []string{"Jane Doe"}, a.Byline)
			comments := 0
			for _, r := range a.Removed {
				if r.Reason == ReasonComments {
					comments++
				}
			}
			assert.GreaterOrEqual(t, comments, 8, "the thread is removed as comments: %v", a.Removed)
		})
	}
}

func TestCommentThreadNeedsARun(t *testing.T) {
	// Two dated letters quoted at the end of an article are not a thread.
	var b strings.Builder
	b.WriteString("Harbour board backs plan to rebuild the old pier\nBy Jane Doe\n")
	b.WriteString(strings.Join(reflowProse, "\n") + "\n")
	for _, n := range []string{"Tom Reed", "Ann Cole"} {
		b.WriteString(n + "\nMarch 12, 2024\nThe board has listened at last and the town will be better for it.\n")
	}
	a, err := ParseText(b.String())
	require.NoError(t, err)
	for _, r := range a.Removed {
		assert.NotEqual(t, ReasonComments, r.Reason, r.Text)
	}
}
