package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEndAtPitch(t *testing.T) {
	body := []string{tailProse, tailProse, cardSummary, tailProse}
	with := func(tail ...string) []string { return append(append([]string(nil), body...), tail...) }
	tests := []struct {
		name  string
		lines []string
		want  int // the body's last line; len(lines)-1 when it stands
	}{
		{"a question and an order close the page's offer", with("Want a hand with your move?", "Get a free quote from our planners today."), 3},
		{"the offer's buttons and sign-up field under it", with("Looking for more stories?", "Get the harbour news in your inbox every week.", "Email", "Subscribe"), 3},
		{"two short lines under the order", with("Not sure where to start?", "Contact an adviser near you.", "Our advisers answer within a day."), 3},
		{"a question over a paragraph of the article", with("What happens next?", tailProse), 5},
		{"the answer opens on no order", with("Is the ferry cheaper than the bridge?", "We compared both over a month of crossings."), 5},
		{"a FAQ's last question and answer", with("Where does the ferry stop?", "At the old pier.", "Can I book ahead?", "Book online up to a month before."), 7},
		{"a long question is the article's", with("What do you think the town should do with the pier once the work is finished?", "Share your view below."), 5},
		{"more than the offer follows", with("Want to know more?", "Read the council's report.", tailProse, tailProse, cardSummary), 8},
		{"a bulleted order is a list", with("Ready to start?", "- Get the forms", "- Fill them in"), 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forms, text := tailForms(tt.lines)
			assert.Equal(t, tt.want, EndAtPitch(forms, text, 0, len(tt.lines)-1))
		})
	}
}

func TestOpensOnOrder(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Get articles and insights from our weekly letter.", true},
		{"Contact: our desk", true},
		{"get the forms", false},
		{"We compared both over a month.", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, opensOnOrder(tt.in), tt.in)
	}
}
