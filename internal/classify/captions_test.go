package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumberedHeading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"3. Costs", true},
		{"12) Tips for the trail", true},
		{"#4 The view from the top", true},
		{"Step 2: Plan the route", true},
		{"Tip #3: Pack light", true},
		{"Day 5. Into the hills", true},
		{"2026 was a good year for walkers", false},
		{"Route 66 at dawn", false},
		{"The 3 best walks", false},
		{"A walk", false},
		{"a) Market overview", true},
		{"B) The second route", true},
		{"A) ", false},
		{"I) think", true},
		{"Image 2: A simple workflow", false}, // a picture's label, not an entry
		{"Figure 3. Gas use per block", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NumberedHeading(tt.in), tt.in)
	}
}

func TestFigureLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Figure 2: Gas use per block in the test run", true},
		{"Fig. 3 – The test rig before assembly", true},
		{"Image 4. The autonomy slider", true},
		{"IMAGE 1: The first sketch", true},
		{"Figure 2b. The same rig from above", true},
		{"Abbildung 5: Der Versuchsaufbau", true},
		{"Figure 1.", false},                     // a link to the picture, no caption
		{"Figure 1 shows the gas use", false},    // the text citing it
		{"Photo 1 of 12", false},                 // a gallery's counter
		{"Step 2: Plan the route", false},        // a guide's step
		{"Chapter 4: The long road home", false}, // no picture
		{"Figure", false},
		{"Figure 12345: Too long a number", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FigureLabel(tt.in), tt.in)
	}
}

func TestPositionLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Above: The pond in winter, with the reeds cut back", true},
		{"above: walkers on the upper path", true},
		{"Left: the old bridge. Right: the new one", true},
		{"Top left: The kilns before the restoration", true},
		{"Clockwise from top left: the quay, the kilns and the cove", true},
		{"Above:", false},                             // a label alone
		{"Above: Ours", false},                        // one word after it
		{"Left side: the old bridge", false},          // not a place word
		{"Best for: walkers with a quiet day", false}, // a record's field
		{"Walkers above the cove at dawn", false},     // no label
		{"Note: the path is closed", false},
		{"Far left: the old bridge at dawn", true},
		// a word that only qualifies a place names none alone: a sender's line
		{"From: Jane Doe at Northwind", false},
		{"Far: the old road home", false},
		{"From far: the old road home", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, PositionLabel(tt.in), tt.in)
	}
}

func TestEndsWithStop(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The cove at low tide.", true},
		{"The cove at low tide.”", true},
		{"(The cove at low tide.)", true},
		{"What a view!", false},
		{"Is it far?", false},
		{"The cove at low tide", false},
		{"入り江。", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, EndsWithStop(tt.in), tt.in)
	}
}

// TestCaptionLineRules covers the line rules the caption layout reads: a heading's
// shape, a caption carrying its credit, and a photographer's name after the caption.
func TestCaptionLineRules(t *testing.T) {
	for s, want := range map[string]bool{
		"Where to stay":            true,
		"What does it cost?":       true,
		"The pier at dawn.":        false,
		"• Pack light":             false,
		"https://example.org/pier": false,
		"Continue reading":         false,
	} {
		assert.Equal(t, want, HeadingShaped(s, ReadForm(s)), s)
	}
	assert.True(t, CarriesCredit("The pier at dawn. Photo: Jane Doe/Reuters"))
	assert.False(t, CarriesCredit("The pier at dawn."))
	assert.True(t, EndsWithName("The ridge at dawn. Jane Doe"))
	assert.False(t, EndsWithName("The ridge at dawn."))
}

func TestFullTitleCase(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"How to Use the Program Rankings", true},
		{"Frequently Asked Questions", true},
		{"Best Top-Load Washer", true},
		{"Jane Doe at the Harbour Lane premiere in Leicester Square", false}, // a caption naming people and places
		{"Flooded fields south of the town", false},
		{"The Bay", false},                      // too few long words to tell
		{"“Where to Stop” for Lunch", false},    // opens with no capital
		{"$58 at Amazon $78 at Wayfair", false}, // a shop's line
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FullTitleCase(tt.in), tt.in)
	}
}
