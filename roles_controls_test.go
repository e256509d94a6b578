package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The labels of links and buttons that a listing prints under each of its entries
// (readControls): removed when the page's template repeats them, kept when the article
// sets out its own list of steps or says the same thing once.

// listingEntries are a round-up's entries: a name and a paragraph about it.
var listingEntries = [][2]string{
	{"Harbour Supply Co", "Harbour Supply Co sews its waterproof jackets in a small workshop by the quay, and repairs any of them for free for as long as you own it."},
	{"Northfield Wool", "Northfield Wool buys its fleece from farms within a day's drive of the mill, and dyes every batch with plants grown on the same hills."},
	{"Lantern Outdoor", "Lantern Outdoor makes tents and packs from recycled fabric, and publishes the name of every factory that works on its range each year."},
	{"Riverbank Shoes", "Riverbank Shoes resoles its boots in the town where they were first made, so that a pair bought ten years ago can walk another ten."},
}

// listingPage returns an article dump: an opening paragraph, then each entry with the
// lines its template adds (after is called with the entry's name), then a closing
// paragraph.
func listingPage(after func(name string) []string) string {
	var b strings.Builder
	b.WriteString("The best outdoor brands that repair what they sell\n\n")
	b.WriteString("We spent a season wearing, washing and mending gear from small makers to find the ones that stand behind their work long after the sale.\n\n")
	for _, e := range listingEntries {
		b.WriteString(e[0] + "\n\n" + e[1] + "\n\n")
		for _, l := range after(e[0]) {
			b.WriteString(l + "\n\n")
		}
	}
	b.WriteString("Whichever maker you choose, ask about repairs before you buy: the answer tells you how long they expect the thing to last.\n")
	return b.String()
}

func TestRolesControlsRepeatedLabels(t *testing.T) {
	tests := []struct {
		name    string
		after   func(name string) []string
		removed []string // labels the template repeats: not the article's text
		kept    []string // lines that stay in the body
	}{
		{
			name:    "a shop link and a rating link under every entry",
			after:   func(n string) []string { return []string{"See the rating.", "Shop " + n + "."} },
			removed: []string{"See the rating.", "Shop Harbour Supply Co.", "Shop Riverbank Shoes."},
		},
		{
			name:    "a button in capitals under every entry",
			after:   func(n string) []string { return []string{"VIEW AT STORE"} },
			removed: []string{"VIEW AT STORE"},
		},
		{
			name: "a labelled value under every entry is the entry's own",
			after: func(n string) []string {
				return []string{"Check-in: from 3 pm"}
			},
			kept: []string{"Check-in: from 3 pm"},
		},
		{
			name: "a verb that opens the entry's own sentence, twice only",
			after: func(n string) []string {
				if n == listingEntries[0][0] || n == listingEntries[2][0] {
					return []string{"Get the repair form."}
				}
				return nil
			},
			kept: []string{"Get the repair form."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(listingPage(tt.after))
			require.NoError(t, err)
			body := articleTexts(a)
			for _, e := range listingEntries {
				assert.Contains(t, body, e[1], "the entries' paragraphs stay")
			}
			for _, l := range tt.removed {
				assert.NotContains(t, body, l)
				assert.Contains(t, removedTexts(a, ReasonBoilerplate), l, "removed as a control's label")
			}
			for _, l := range tt.kept {
				assert.Contains(t, body, l)
			}
		})
	}
}

func TestRolesControlsStepsStay(t *testing.T) {
	// A checklist sets its steps in a row: the same verb opening lines next to each
	// other is a list, not a template's button.
	text := "How to get a bicycle ready for spring\n\n" +
		"A winter in the shed leaves any bicycle stiff, and an hour of care before the first ride saves a long walk home later in the year.\n\n" +
		"Check the tyres\n\nCheck the brakes\n\nCheck the chain\n\nCheck the lights\n\n" +
		"Once all four are done, take a short ride round the block and listen for anything that rattles, rubs or squeaks before a longer trip.\n"
	a, err := ParseText(text)
	require.NoError(t, err)
	body := articleTexts(a)
	for _, l := range []string{"Check the tyres", "Check the brakes", "Check the chain", "Check the lights"} {
		assert.Contains(t, body, l)
	}
}

// articleTexts returns the texts of all of a's paragraphs, whatever their kind.
func articleTexts(a *Article) []string {
	out := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		out[i] = p.Text
	}
	return out
}

// removedTexts returns the texts of a's removed blocks given reason.
func removedTexts(a *Article, reason Reason) []string {
	var out []string
	for _, r := range a.Removed {
		if r.Reason == reason {
			out = append(out, r.Text)
		}
	}
	return out
}
