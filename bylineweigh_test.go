package newsparse

import (
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
			name: "a bare byline alone stays",
			input: lines("Council approves the new budget for schools",
				"Jane Doe", "21 October 2025", para("A"), para("B"), para("C")),
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
