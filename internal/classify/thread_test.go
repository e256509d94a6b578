package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSaysLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Jane Doe says:": true, "jane says": true, "Tom Reed wrote:": true,
		"Simon says": true, "says": false, "Essays": false, "The mayor says the pier will open": false,
	} {
		assert.Equal(t, want, saysLine(s), s)
	}
}

func TestIsThreadHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"59 Comments on “Harbour board backs plan”": true, "3 responses": true, "12 Kommentare": true,
		"Leave a Reply": true, "2024 was a good year for the harbour.": false, "Comments on the plan": false,
	} {
		assert.Equal(t, want, isThreadHeading(s, ReadForm(s)), s)
	}
}
