package credit

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestColonLabelWords checks what findColonLabel relies on: no word of a label closed
// by a colon ends with a space or holds a colon of its own.
func TestColonLabelWords(t *testing.T) {
	for _, l := range captionCreditLabels {
		word, colon := strings.CutSuffix(l.text, ":")
		if !colon {
			continue
		}
		assert.False(t, strings.HasSuffix(word, " "), l.text)
		assert.NotContains(t, word, ":", l.text)
	}
}

// TestSplitCaptionColonLabels splits captions at labels closed by a colon: the last
// one standing where a label does, with the French space before its colon, after
// other colons, and not inside a word.
func TestSplitCaptionColonLabels(t *testing.T) {
	tests := []struct {
		line, caption, credit string
	}{
		{"The harbour at dawn. Photo: Jane Doe/Northwind", "The harbour at dawn.", "Photo: Jane Doe/Northwind"},
		{"The harbour at dawn. Photo : Jane Doe", "The harbour at dawn.", "Photo : Jane Doe"},
		{"Ferry times: 10:30 and 11:45 daily. Credit: Jane Doe", "Ferry times: 10:30 and 11:45 daily.", "Credit: Jane Doe"},
		{"The open resource: a harbour map", "The open resource: a harbour map", ""},
		{"Boats at rest (Photo: Jane Doe)", "Boats at rest", "(Photo: Jane Doe)"},
		{"Boats at rest. Image credit: Jane Doe. Photo: John Roe", "Boats at rest.", "Image credit: Jane Doe. Photo: John Roe"},
		{"Nothing to split here at all", "Nothing to split here at all", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			caption, credit := SplitCaption(tt.line)
			assert.Equal(t, tt.caption, caption)
			assert.Equal(t, tt.credit, credit)
		})
	}
}

// TestStripLabelForms strips each form of label: with its colon, with a space before
// the colon, longest first, the "..." some sites print, outside ASCII, and none.
func TestStripLabelForms(t *testing.T) {
	tests := []struct {
		in, rest string
		ok       bool
	}{
		{"Photo: Jane Doe/Northwind", "Jane Doe/Northwind", true},
		{"PHOTO : Jane Doe", "Jane Doe", true},
		{"Photo credit: Jane Doe", "Jane Doe", true},
		{"Photograph: Jane Doe", "Jane Doe", true},
		{"Credit... Jane Doe", "Jane Doe", true},
		{"Фото: Иван Петров", "Иван Петров", true},
		{"Photos show the harbour", "Photos show the harbour", false},
		{"Photo by Jane Doe", "Photo by Jane Doe", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			rest, ok := StripLabel(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.rest, rest)
		})
	}
}
