package newsparse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClassifyLayouts pins how the classifier reads layouts that are easy to get
// wrong: what stays in the body, what goes and why.
func TestClassifyLayouts(t *testing.T) {
	tests := []struct {
		name        string
		input       string
		wantBody    []string          // the paragraphs, in order
		wantRemoved map[string]Reason // removed blocks that must be listed, with their reason
	}{
		{
			name: "labels repeated inside the body stay",
			input: lines("Meal plan for a busy week of training",
				para("A"), "Meal 1", "Eat every 2-3 hours", para("B"),
				"Meal 2", "Eat every 2-3 hours", para("C")),
			wantBody: []string{para("A"), "Meal 1", "Eat every 2-3 hours", para("B"),
				"Meal 2", "Eat every 2-3 hours", para("C")},
		},
		{
			name: "a line repeated on the next line is a rendering artefact",
			input: lines("Council approves the new budget for schools",
				para("A"), para("B"), para("B"), para("C")),
			wantBody:    []string{para("A"), para("B"), para("C")},
			wantRemoved: map[string]Reason{para("B"): ReasonDuplicate},
		},
		{
			name: "a box of links under a known heading goes",
			input: lines("Council approves the new budget for schools",
				para("A"), "Most Popular",
				"Flood warnings issued for three river valleys tonight",
				"Local bakery wins a national award for its sourdough",
				"Road closures planned for the weekend marathon route",
				para("B")),
			wantBody: []string{para("A"), para("B")},
			wantRemoved: map[string]Reason{
				"Flood warnings issued for three river valleys tonight": ReasonRelated,
				"Road closures planned for the weekend marathon route":  ReasonRelated,
			},
		},
		{
			name: "a list of short items under a heading stays",
			input: lines("Ten things to pack for a winter hike in the hills",
				para("A"), "Don't Miss:", "Gloves", "Thermos", "Head torch", "Map", para("B")),
			wantBody: []string{para("A"), "Gloves", "Thermos", "Head torch", "Map", para("B")},
		},
		{
			name: "a closing line with a colon announces a list",
			input: lines("Folk duo announce a spring tour of small halls",
				para("A"), para("B"), "The tour dates:",
				"March 3 -- Corn Exchange, Ely", "March 5 -- Town Hall, Hexham", "March 9 -- Guildhall, Lewes",
				"Share this article"),
			wantBody: []string{para("A"), para("B"), "The tour dates:",
				"March 3 -- Corn Exchange, Ely", "March 5 -- Town Hall, Hexham", "March 9 -- Guildhall, Lewes"},
		},
		{
			name: "the body ends where the boxes of links begin",
			input: lines("Council approves the new budget for schools",
				para("A"), para("B"), para("C"), para("D"), para("E"), para("F"), para("G"), para("H"),
				"More from the Gazette",
				"Flood warnings issued for three river valleys",
				"Rivers rose overnight after two days of steady rain, and residents near the banks were told to move their cars to higher ground.",
				"Local bakery wins a national award",
				"Road closures planned for the marathon"),
			wantBody: []string{para("A"), para("B"), para("C"), para("D"), para("E"), para("F"), para("G"), para("H")},
			wantRemoved: map[string]Reason{
				"More from the Gazette": ReasonRelated,
			},
		},
		{
			name: "a table of contents above the body goes, the headings it lists stay",
			input: lines("Five ways to keep a small garden tidy all year",
				"Weeding little and often", "Mulching the beds", "Pruning at the right time",
				para("A"), "Weeding little and often", para("B"),
				"Mulching the beds", para("C"), "Pruning at the right time", para("D")),
			wantBody: []string{para("A"), "Weeding little and often", para("B"),
				"Mulching the beds", para("C"), "Pruning at the right time", para("D")},
			wantRemoved: map[string]Reason{"Mulching the beds": ReasonNavigation},
		},
		{
			name: "a table of contents after the lead goes, the headings it lists stay",
			input: lines("A beginner's guide to brewing coffee at home",
				para("A"), "Choosing the beans", "Grinding", "Water and temperature",
				para("B"), "Choosing the beans", para("C"), "Grinding", para("D"),
				"Water and temperature", para("E")),
			wantBody: []string{para("A"), para("B"), "Choosing the beans", para("C"), "Grinding", para("D"),
				"Water and temperature", para("E")},
			wantRemoved: map[string]Reason{"Grinding": ReasonNavigation},
		},
		{
			name: "a bulleted table of contents goes, the headings it lists stay",
			input: lines("A beginner's guide to brewing coffee at home",
				para("A"), "• Choosing the beans", "• Grinding", "• Water and temperature",
				para("B"), "Choosing the beans", para("C"), "Grinding", para("D"),
				"Water and temperature", para("E")),
			wantBody: []string{para("A"), para("B"), "Choosing the beans", para("C"), "Grinding", para("D"),
				"Water and temperature", para("E")},
		},
		{
			name: "a table of contents without the numbers its headings carry goes",
			input: lines("A beginner's guide to brewing coffee at home",
				para("A"), "Choosing the beans", "Grinding", "Water and temperature",
				para("B"), "1. Choosing the beans", para("C"), "2. Grinding", para("D"),
				"3. Water and temperature", para("E")),
			wantBody: []string{para("A"), para("B"), "1. Choosing the beans", para("C"), "2. Grinding", para("D"),
				"3. Water and temperature", para("E")},
			wantRemoved: map[string]Reason{"Grinding": ReasonNavigation},
		},
		{
			name: "a table of contents numbered by section goes, the headings it lists stay",
			input: lines("A beginner's guide to brewing coffee at home",
				para("A"), "1.1 Choosing the beans", "1.2 Grinding", "1.3 Water and temperature",
				para("B"), "Choosing the beans", para("C"), "Grinding", para("D"),
				"Water and temperature", para("E")),
			wantBody: []string{para("A"), para("B"), "Choosing the beans", para("C"), "Grinding", para("D"),
				"Water and temperature", para("E")},
		},
		{
			name: "a number that is part of a title is kept apart from the same words",
			input: lines("A beginner's guide to brewing coffee at home",
				para("A"), "2024 Choosing the beans", "2024 Grinding", "2024 Water and temperature",
				para("B"), "Choosing the beans", para("C"), "Grinding", para("D"),
				"Water and temperature", para("E")),
			wantBody: []string{para("A"), "2024 Choosing the beans", "2024 Grinding", "2024 Water and temperature",
				para("B"), "Choosing the beans", para("C"), "Grinding", para("D"), "Water and temperature", para("E")},
		},
		{
			name: "a list repeated in the same run is no table of contents",
			input: lines("A beginner's guide to brewing coffee at home",
				para("A"), "Choosing the beans", "Grinding", "Water and temperature",
				para("B"), "Choosing the beans", "Grinding", "Water and temperature", para("C")),
			wantBody: []string{para("A"), "Choosing the beans", "Grinding", "Water and temperature",
				para("B"), "Choosing the beans", "Grinding", "Water and temperature", para("C")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.input)
			require.NoError(t, err)
			var body []string
			for _, p := range a.Paragraphs {
				body = append(body, p.Text)
			}
			assert.Equal(t, tt.wantBody, body)
			removed := map[string]Reason{}
			for _, r := range a.Removed {
				removed[r.Text] = r.Reason
			}
			for text, reason := range tt.wantRemoved {
				assert.Equal(t, reason, removed[text], "removed %q", text)
			}
		})
	}
}

// TestClassifyCaptions pins the layouts a caption is recognised by in a text dump.
func TestClassifyCaptions(t *testing.T) {
	type img struct{ caption, credit string }
	gap := "\n\n\n" // the extra empty line a picture leaves
	tests := []struct {
		name  string
		input string
		want  []img
	}{
		{
			name: "a caption after a picture's gap, then a short credit before the prose",
			input: lines("Harbour ferry fares to rise by a tenth in January", para("A")) + gap +
				lines("Commuters queue for the early boat at the north pier", "Wenford Harbour Trust", para("B"), para("C"), para("D"), para("E"), para("F")),
			want: []img{{"Commuters queue for the early boat at the north pier", "Wenford Harbour Trust"}},
		},
		{
			name: "a copyright notice printed before the caption",
			input: lines("Harbour ferry fares to rise by a tenth in January", para("A"),
				"© Jane Doe Commuters queue for the early boat at the north pier on Monday morning, before the fare rise.", para("B")),
			want: []img{{"Commuters queue for the early boat at the north pier on Monday morning, before the fare rise.", "© Jane Doe"}},
		},
		{
			name: "a credit whose opening bracket the scrape lost",
			input: lines("Harbour ferry fares to rise by a tenth in January", para("A")) + gap +
				lines("Commuters queue for the early boat GETTY)", para("B"), para("C"), para("D"), para("E"), para("F")),
			want: []img{{"Commuters queue for the early boat", "GETTY"}},
		},
		{
			name: "a prose paragraph amid prose keeps its place before an embedded post's credit",
			input: lines("Harbour ferry fares to rise by a tenth in January", para("A"), para("B"),
				"Image copyright @harbourtrust", para("C")),
			// A handle alone attributes an embedded post, not a picture.
			want: nil,
		},
		{
			name: "a lone credit after a picture's gap is a picture without a caption",
			input: lines("Harbour ferry fares to rise by a tenth in January", para("A"), para("B")) + gap +
				lines("Photo: Jane Doe/Reuters", para("C"), para("D"), para("E"), para("F")),
			want: []img{{"", "Jane Doe/Reuters"}},
		},
		{
			name: "a lone credit with no picture's gap is no evidence of a picture",
			input: lines("Harbour ferry fares to rise by a tenth in January", para("A"), para("B"),
				"Photo: Jane Doe/Reuters", para("C")),
			want: nil,
		},
		{
			name: "a list of links set apart like captions is not one",
			input: lines("Harbour ferry fares to rise by a tenth in January", para("A")) + gap +
				"Flood warnings issued for three river valleys tonight" + gap +
				"Local bakery wins a national award for its sourdough" + gap +
				"Road closures planned for the weekend marathon route" + gap + lines(para("B")),
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.input)
			require.NoError(t, err)
			var got []img
			for _, im := range a.Images {
				c := img{caption: im.Caption}
				if im.Credit != nil {
					c.credit = im.Credit.Text
				}
				got = append(got, c)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestContentsSparesFrontMatter pins that a table of contents takes no line of the
// front matter above it for an entry: a byline printed twice (as some pages print
// the author's name over a bio card) is still the byline.
func TestContentsSparesFrontMatter(t *testing.T) {
	input := lines("A beginner's guide to brewing coffee at home", "By", "Jane Doe", "Jane Doe",
		"Choosing the beans", "Grinding", "Water and temperature",
		para("A"), "Choosing the beans", para("B"), "Grinding", para("C"), "Water and temperature", para("D"))
	a, err := ParseText(input)
	require.NoError(t, err)
	assert.Equal(t, []string{"Jane Doe"}, a.Byline)
	var body []string
	for _, p := range a.Paragraphs {
		body = append(body, p.Text)
	}
	assert.Equal(t, []string{para("A"), "Choosing the beans", para("B"), "Grinding", para("C"), "Water and temperature", para("D")}, body)
}

// TestContentsWithFarRepeat pins that a contents entry whose copy stands far down
// (a line the page prints again at its foot) leaves the other entries in order.
func TestContentsWithFarRepeat(t *testing.T) {
	input := lines("A beginner's guide to brewing coffee at home",
		"Tools you need", "Choosing the beans", "Grinding", "Water and temperature",
		para("A"), "Choosing the beans", para("B"), "Grinding", para("C"), "Water and temperature", para("D"),
		para("E"), "Tools you need")
	a, err := ParseText(input)
	require.NoError(t, err)
	var body []string
	for _, p := range a.Paragraphs {
		body = append(body, p.Text)
	}
	assert.Equal(t, []string{para("A"), "Choosing the beans", para("B"), "Grinding", para("C"), "Water and temperature", para("D"), para("E")}, body)
}
