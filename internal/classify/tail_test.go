package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// tailForms reads each line of lines alone, as the classifier does.
func tailForms(lines []string) ([]Form, func(int) string) {
	forms := make([]Form, len(lines))
	for i, l := range lines {
		forms[i] = ReadForm(l)
	}
	return forms, func(i int) string { return lines[i] }
}

const (
	tailProse   = "The harbour board voted on Tuesday to rebuild the old pier, ending a dispute that has divided the town for most of a decade."
	cardSummary = "The winter timetable cuts two sailings a day, and the operator says the quiet months cannot pay for more crews."
)

func TestOpensTailBox(t *testing.T) {
	card := func(title string, meta ...string) []string {
		return append(append([]string{title}, meta...), cardSummary)
	}
	grid := func(cards ...[]string) []string {
		var out []string
		for _, c := range cards {
			out = append(out, c...)
		}
		return out
	}
	three := grid(card("Ferry Timetable Changes for Winter"), card("Five Walks Along the Old Railway"), card("Lifeboat Crew Honoured for Rescue"))
	tests := []struct {
		name  string
		lines []string
		at    int
		want  bool
	}{
		{"a heading over three cards", append([]string{tailProse, "Popular Stories"}, three...), 1, true},
		{"a heading and an intro over three cards", append([]string{tailProse, "Keep exploring", "More from our blog on the harbour and the people who keep it going."}, three...), 1, true},
		{"cards with a date line each", append([]string{tailProse, "Read next"}, grid(card("Ferry Timetable Changes for Winter", "Nov 26, 2025"), card("Five Walks Along the Old Railway", "Nov 19, 2025"), card("Lifeboat Crew Honoured for Rescue", "Oct 8, 2025"))...), 1, true},
		{"a short call to action after the grid", append(append([]string{tailProse, "Popular Stories"}, three...), "Sign up for our weekly letter and get every story from the harbour first."), 1, true},
		{"the first title itself is no box heading", append([]string{tailProse}, three...), 1, false},
		{"two cards are an article's last two sections", append([]string{tailProse, "Popular Stories"}, three[:4]...), 1, false},
		{"sections of varying shape", append([]string{tailProse, "How It Works"}, grid(card("Ferry Timetable Changes for Winter"), card("Five Walks Along the Old Railway", "Nov 19, 2025"), card("Lifeboat Crew Honoured for Rescue"))...), 1, false},
		{"a page's questions and short answers", append([]string{tailProse, "Frequently Asked Questions"}, grid(card("Where Should the Ferry Stop?"), card("Who Pays for the Pier?"), card("When Will the Work Start?"))...), 1, false},
		{"more of the article after the run", append(append([]string{tailProse, "Final Steps"}, three...), tailProse, tailProse, tailProse, tailProse), 1, false},
		{"a comment form under its heading", []string{tailProse, "Your Thoughts on the Pier", "Comment *", "Name *", "Email *", "Website", "Post Comment"}, 1, true},
		{"a sign-up form's fields with their hints", []string{tailProse, "First Name* Please enter your first name", "Last Name", "Email* Please enter your email"}, 1, true},
		{"a sign-up form under its invitation", []string{tailProse, "Get our weekly letter", "Once a week, no more.", "Email Address *", "Name *"}, 1, true},
		{"one required field is no form", []string{tailProse, "Email *", tailProse}, 1, false},
		{"a product's list of sizes", []string{tailProse, "Cleaning Solution 1L * 2", "Filter * 4"}, 1, false},
		{"code", []string{tailProse, "rows := db.Query(\"SELECT *\")", "x := 2 * y"}, 1, false},
		{"a feedback widget is no grid", []string{tailProse, "Was this page helpful?", "YesNo", "Thank you for your feedback!"}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forms, text := tailForms(tt.lines)
			assert.Equal(t, tt.want, OpensTailBox(forms, text, tt.at, len(tt.lines)-1))
		})
	}
}

func TestEndAtFeedback(t *testing.T) {
	body := []string{tailProse, tailProse, tailProse, "Is the pier safe?", tailProse}
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"a widget over an author box and offers", append(append(append([]string{}, body...), "Was this page helpful?", "YesNo"), tailProse, tailProse, tailProse), len(body) - 1},
		{"buttons on two lines", append(append([]string{}, body...), "Did you find this useful?", "Yes", "No", tailProse), len(body) - 1},
		{"a question answered in words", append(append([]string{}, body...), "Is the pier safe?", "Yes, the engineers say so.", tailProse), len(body) + 2},
		{"a subheading question over prose", append(append([]string{}, body...), "Is the pier safe?", tailProse), len(body) + 1},
		{"a poll in the body's first half", append([]string{tailProse, "Should the pier be rebuilt?", "Yes", "No"}, body...), len(body) + 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forms, text := tailForms(tt.lines)
			assert.Equal(t, tt.want, EndAtFeedback(forms, text, 0, len(tt.lines)-1))
		})
	}
}

func TestRequiredLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"Name *": true, "Email*": true, "Your First and Last Name*": true, "First Name* Please enter your first name": true, "Nome *": true,
		"*": false, "**Introduction**": false, "Avoid SELECT *": true, "Authorization: ***": false, "Download Speed* Loss 5.78% 7.76% 8.18%": false,
		"checkpointInterval := 1 * time.Second": false, "*Affiliate links are used in the post.": false,
	} {
		assert.Equal(t, want, requiredLabel(ReadForm(s), s), s)
	}
}

func TestChoiceButtons(t *testing.T) {
	for s, want := range map[string]int{
		"YesNo": 2, "Yes No": 2, "yes / no": 2, "Yes": 1, "No": 1,
		"Yes – fully.": 0, "Nov 21, 2025": 0, "": 0, strings.Repeat("yes ", 3): 3,
	} {
		assert.Equal(t, want, choiceButtons(s), s)
	}
}
