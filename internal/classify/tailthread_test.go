package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestReplyControl(t *testing.T) {
	for s, want := range map[string]bool{
		"Reply": true, "Reply to This Parent Share": true, "3 replies": true, "[12]Reply": true, "Antworten": true,
		"Preply": false, "13. Preply": false, "Leave a Reply": false, "Reply to the council's letter was sent on Monday.": false,
	} {
		assert.Equal(t, want, replyControl(ReadForm(s), s), s)
	}
}

// TestReplyThread pins the thread read by its reply controls: commenters' heads of any
// shape, the thread opening at the first head under the article's last paragraph or
// at the thread's heading, and no thread where the controls are too few, too far
// apart, or where the walk up would cross an article's own closing list.
func TestReplyThread(t *testing.T) {
	article := []string{"Harbour board backs plan", tailProse, tailProse, tailProse}
	comment := func(head ...string) []string {
		return append(head, "I walked the old pier every morning as a child and I am glad to hear it will be rebuilt at last.", "Reply")
	}
	join := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	three := join(comment("Re: The plan (Score:3)", "by harbourfan ( 1311177 )"), comment("Re: The plan (Score:2)", "by oldsalt ( 596061 )"), comment("Tidewatcher", "6d"))
	tests := []struct {
		name       string
		lines      []string
		start, end int
	}{
		{"heads of a title and a score", join(article, three), 4, 4 + len(three) - 1},
		{"the thread's heading over the sign-in form", join(article, []string{"Nickname:", "87 Comments", "Sort by score"}, three), 5, 7 + len(three) - 1},
		{"two comments are too few", join(article, three[:8]), -1, -1},
		{"controls far apart", join(article, three[:4], []string{tailProse, tailProse, tailProse, tailProse, tailProse, tailProse, tailProse, tailProse, tailProse, tailProse, tailProse, tailProse}, three[4:]), -1, -1},
		{"an article's closing list over the first comment", join(article, []string{"1. Check the tides", "2. Bring a coat"}, three), -1, -1},
		{"an article's bullets over the first comment", join(article, []string{"• Check the tides", "• Bring a coat"}, three), -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forms, text := tailForms(tt.lines)
			start, end := ReplyThread(forms, text, 1)
			assert.Equal(t, tt.start, start, "start")
			assert.Equal(t, tt.end, end, "end")
		})
	}
}
