package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHeadlineOfCapitalisedCommonWords covers whole pages whose headline is a short
// run of capitalised common words ("Healthy Eating Tips") over front matter that is
// no prose (a date, a label): such a line reads as a byline of bare names, and only
// the article's own writing, which uses its words in lower case, shows it is a
// title. A byline of bare names over the same front matter stays a byline, and the
// headline above it keeps its place.
func TestHeadlineOfCapitalisedCommonWords(t *testing.T) {
	menu := strings.Repeat("Home\n\nTopics\n\nFamily Health\n\nNutrition Basics\n\nAbout Our Programs\n\nContact Us\n\n", 3) +
		"About Physical Activity\n\nNutrition\n\n"
	body := "\n\nMost people need more fiber, calcium and vitamin D in their meals. Healthy eating starts with small changes that " +
		"last, and these tips fit a busy week.\n\n" +
		"Plan your meals for the week ahead and shop with a list. Eating at regular times helps, and so does keeping fruit " +
		"where you can see it.\n\n" +
		"Cook at home when you can. A healthy plate is half vegetables, and the tips above work for children as well as " +
		"for adults.\n\n" +
		"Drink water instead of sugary drinks, and read the labels on packaged food before you buy it for the family.\n"
	tests := []struct {
		name, dump, head string
		byline           []string
	}{
		{"a title of common words over a date", menu + "March 1, 2024\n\nHealthy Eating Tips\n\nAt a glance" + body,
			"Healthy Eating Tips", nil},
		{"a title of common words over a label", menu + "Healthy Eating Tips\n\nMarch 1, 2024\n\nShare this page" + body,
			"Healthy Eating Tips", nil},
		{"a bare byline under the headline", menu + "Small changes to the way your family eats\n\nJane Doe\n\nMarch 1, 2024" + body,
			"Small changes to the way your family eats", []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.dump)
			require.NoError(t, err)
			assert.Equal(t, tt.head, a.Headline)
			if tt.byline != nil {
				assert.Equal(t, tt.byline, a.Byline)
			}
		})
	}
}
