package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsparse/newsparse/internal/classify"
)

// TestTitledQuestionHeadline covers whole pages whose headline is a question or an
// exclamation of twelve words or more: the closing mark makes it read as a sentence
// of prose, so the body span may open on it, or on the breadcrumb trail that ends
// with it, and it lost to any short line of the menu above. A title-cased one, or a
// label and a colon before a capitalised clause, is the headline wherever it stands
// among the lines before the text.
func TestTitledQuestionHeadline(t *testing.T) {
	menu := harbourMenu()
	body := "\n\n" + strings.Join(reflowProse, "\n\n")
	tests := []struct {
		name, dump, want string
	}{
		{"title case, the span opening on it",
			menu + "Guides\n\nShould You Take the Ferry or Drive Around the Harbour This Summer Season?\n\nHarbour, Travel, Tips" + body,
			"Should You Take the Ferry or Drive Around the Harbour This Summer Season?"},
		{"a label and a colon, under a trail that ends with it",
			menu + "Guides\n\nBlog/Harbour guides/Kayak or canoe on the harbour: Which boat is right for a first season?\n\n" +
				"Kayak or canoe on the harbour: Which boat is right for a first season?\n\nMarch 3, 2026 · 4 min read" + body,
			"Kayak or canoe on the harbour: Which boat is right for a first season?"},
		{"an exclamation over its date",
			menu + "Book a Crossing\n\nHarbour Day Guide: Ten Things to See and Do on the Waterfront This Weekend!\n\nMarch 3, 2026" + body,
			"Harbour Day Guide: Ten Things to See and Do on the Waterfront This Weekend!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertTextHeadline(t, tt.dump, tt.want) })
	}
}

// TestTitledQuestionShape covers the shape alone: a question of running text, one
// with a sentence before it, and one too long for a title stay prose.
func TestTitledQuestionShape(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Should You Take the Ferry or Drive Around the Harbour This Summer Season?", true},
		{"Kayak or canoe on the harbour: Which boat is right for a first season?", true},
		{"Harbour Day Guide: Ten Things to See and Do on the Waterfront This Weekend!", true},
		{"Have you ever wondered why the ferry leaves the harbour so early in the morning?", false},
		{"The board met on Tuesday in the town hall. Who will pay for the new pier in the end?", false},
		{"So the question everyone at the meeting kept asking was simple: who pays for it?", false},
		{"Should You Take the Ferry or Drive Around the Harbour This Summer, and What Will It Cost You and Your Family in the End?", false},
		{"The ferry leaves the harbour at six every morning, and the last boat returns at ten.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			assert.Equal(t, tt.want, classify.TitledQuestion(classify.ReadForm(tt.line), tt.line))
		})
	}
}
