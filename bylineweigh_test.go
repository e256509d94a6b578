package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWeighBylines pins how bylines near the headline are weighed against each
// other: a bare name-shaped label loses to an explicit byline, while a co-author's
// line, a dated name and a lone bare byline stay.
func TestWeighBylines(t *testing.T) {
	tests := []struct {
		name   string
		input  string
		byline []string
	}{
		{
			name: "a control's label after an explicit byline is no author",
			input: lines("Council approves the new budget for schools",
				"By", "Jane Doe", "Updated: Feb 5, 2026", "Save Article", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a section label above an explicit byline is no author",
			input: lines("Council approves the new budget for schools",
				"Field Notes", "Written by", "Jane Doe", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a co-author's name under the labelled one stays",
			input: lines("Council approves the new budget for schools",
				"Written by:", "Jane Doe", "John Roe", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe", "John Roe"},
		},
		{
			name: "the author's position under the byline is no co-author",
			input: lines("Council approves the new budget for schools",
				"Written by Jane Doe", "Junior Content Writer", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a co-author with a position under the byline stays",
			input: lines("Council approves the new budget for schools",
				"By Jane Doe", "John Roe, Staff Writer", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe", "John Roe"},
		},
		{
			name: "chromium: a label whose words the prose writes in lower case is no author",
			input: lines("Council approves the new budget for schools", "Healthy Eating Tips",
				"The guide says healthy eating starts with tips that a family can follow every week, at home and at school.",
				para("B"), para("C")),
		},
		{
			name: "a person's name the prose never lowers stays",
			input: lines("Council approves the new budget for schools", "Jane Doe",
				"Jane Doe said healthy eating starts with tips that a family can follow every week.",
				para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a button printed under a bare byline is no co-author",
			input: lines("Council approves the new budget for schools",
				"Jane Doe", "Start Trial", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a button under an explicit byline is no co-author",
			input: lines("Council approves the new budget for schools",
				"By Jane Doe | Updated: Feb 5, 2026", "Save Article", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a bare byline alone stays",
			input: lines("Council approves the new budget for schools",
				"Jane Doe", "21 October 2025", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "bs4: a menu's entry far above the article is no author",
			input: strings.Join([]string{"Shop", "By Region", "Europe", "Asia", "Africa", "Deals", "Gifts", "Guides", "Reviews",
				"News", "Council approves the new budget for schools", "Jane Doe", para("A"), para("B"), para("C")}, "\n") + "\n",
			byline: []string{"Jane Doe"},
		},
		{
			name: "w3m: teasers' authors above the headline are not its authors",
			input: lines("Home", "Latest", "Gardens", "by Ann Lee", "Roads", "by Bo Chan", "Archive", "Newsletter",
				"Events", "Shop", "Podcasts", "Video", "Council approves the new budget for schools",
				"By Jane Doe", "March 4, 2024", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a dated byline far above outweighs a bare name under the headline",
			input: lines("Last Updated: March 4, 2024", "By Jane Doe", "Archive", "Newsletter", "Events", "Shop", "Topics",
				"Podcasts", "Video", "Sport", "Council approves the new budget for schools", "Field Notes",
				para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a page's one byline above its headline stays",
			input: lines("By Jane Doe", "Archive", "Newsletter", "Events", "Shop", "Topics", "Podcasts", "Video", "Sport",
				"Council approves the new budget for schools", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "one-word names after the label and the glued colon are read",
			input: lines("Council approves the new budget for schools",
				"Written by:Ann and Bo", para("A"), para("B"), para("C")),
			byline: []string{"Ann", "Bo"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.input)
			require.NoError(t, err)
			assert.Equal(t, tt.byline, a.Byline)
		})
	}
}

// TestFindPageByline pins the byline read away from the front of a whole-page dump,
// by the evidence weighed together: under a headline the body span swallowed, in an
// author box after the article, or signing it off; and the lines that carry too
// little for it (a teaser list's label, a heading over its own words, two people).
func TestFindPageByline(t *testing.T) {
	// A teaser's prose above the article opens the body span before its headline.
	teaser := "Our readers asked us how the new rules change their plans this winter, and we answered every question."
	tests := []struct {
		name   string
		input  string
		byline []string
	}{
		{
			name: "w3m: a label and a name under a headline the body swallowed",
			input: lines("Menu", teaser, "How the city plans its winter roads",
				"By", "Jane Doe", "Mar 4, 2024", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "a bare name over its date under a headline whose standfirst, printed twice, opened the body",
			input: lines("Blog", "How the city plans its winter roads", teaser, teaser, "Jane Doe", "Mar 4, 2024", "Share",
				para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "chromium: a page whose text never loaded, the date over an opener",
			input: strings.Join([]string{"Skip to content", "SERVICES", "OUR WORK", "ABOUT US", "BLOG", "CONTACT",
				"Click this button to open a search form.", "Blog", "How the city plans its winter roads", "03.04.2024", "By Jane Doe",
				"Related Topics", "Insights"}, "\n") + "\n",
			byline: []string{"Jane Doe"},
		},
		{
			name: "pandoc: an opener inside the body's opening lines",
			input: lines("Menu", teaser, "How the city plans its winter roads",
				"A standfirst about the roads", "By Jane Doe |", para("A"), para("B"), para("C")),
			byline: []string{"Jane Doe"},
		},
		{
			name: "bs4: an author box after the article, labelled, with a bio",
			input: strings.Join([]string{para("A"), para("B"), para("C"), "Share", "Written by", "Jane Doe",
				"Jane covers transport and the city budget for the paper and its podcast.", "Related", "More stories"}, "\n") + "\n",
			byline: []string{"Jane Doe"},
		},
		{
			name:   "lynx: an opener signing the article off",
			input:  lines("   "+para("A"), "   "+para("B"), "   "+para("C"), "   By Jane Doe", "   Related Topics"),
			byline: []string{"Jane Doe"},
		},
		{
			name: "html2text: a bare name over a job title and a bio",
			input: lines("# How the city plans its winter roads", para("A"), para("B"), para("C"),
				"Jane Doe", "Staff Writer", "Jane Doe is a reporter who covers transport for the paper."),
			byline: []string{"Jane Doe"},
		},
		{
			name: "bs4: the byline's first copy stands, its author box's repeat is dropped",
			input: strings.Join([]string{"Source", ":", "GAZETTE", "Jane Doe", "Staff Writer", "Skip to table of contents",
				para("A"), para("B"), para("C"), para("D"), "Jane Doe",
				"Jane Doe is a reporter who covers transport and the city budget.", "Related"}, "\n") + "\n",
			byline: []string{"Jane Doe"},
		},
		{
			name: "a teaser list's label over a date is nobody",
			input: lines(para("A"), para("B"), para("C"), para("D"), para("E"), para("F"), "Blog Post", "12.18.2025", "Another teaser title here",
				"Blog Post", "12.17.2025", "A second teaser title here"),
		},
		{
			name: "a heading over a paragraph repeating its words is nobody",
			input: lines("How the city plans its winter roads", para("A"), "Partial Closures",
				"Partial closures keep one lane open while the crews work through the night.", para("B"), para("C")),
		},
		{
			name: "two people with as much for them name nobody",
			input: lines(para("A"), para("B"), para("C"), "Related", "More from the desk", "A first story", "By Jane Doe", "Mar 4, 2024",
				"Another story", "By John Roe", "Mar 3, 2024"),
		},
		{
			name:  "a lower-case word after the opener away from the front is nobody",
			input: lines("How the city plans its winter roads", para("A"), para("B"), "by project", para("C")),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.input)
			require.NoError(t, err)
			assert.Equal(t, tt.byline, a.Byline)
		})
	}
}
