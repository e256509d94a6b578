package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAuthorBio(t *testing.T) {
	const bio = "Jane Doe is a reporter who covers the coast, its harbours and the people who work them."
	tests := []struct {
		name, tail string
		removed    []string
	}{
		{"a bio after the body", bio + "\n", []string{bio}},
		{"a bio under the author's name", "Jane Doe\n" + bio + "\n", []string{"Jane Doe", bio}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := "Harbour board backs plan to rebuild the old pier\nBy Jane Doe\nMarch 12, 2024\n" +
				strings.Join(reflowProse, "\n") + "\n" + tt.tail
			a, err := ParseText(dump)
			require.NoError(t, err)
			assert.Equal(t, reflowProse, bodyTexts(a))
			assert.Equal(t, tt.removed, removedAs(a, ReasonBio))
		})
	}
}

func TestAuthorBioNeedsTheByline(t *testing.T) {
	// A paragraph about someone the byline does not name is the article's.
	about := "John Roe is the harbour master and has run the port for eleven years, through two storms and a strike."
	dump := "Harbour board backs plan to rebuild the old pier\nBy Jane Doe\n" + strings.Join(reflowProse, "\n") + "\n" + about + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Contains(t, bodyTexts(a), about)
}

func TestAuthorBoxWithoutByline(t *testing.T) {
	// An author box closes the article: a label and the name over a bio that opens
	// with the name; the footer after it is no part of the article either. The
	// box's heading names the author.
	const bio = "Mara Quill is a staff writer who covers harbours, ferries and the people who run them."
	dump := "Harbour board backs plan to rebuild the old pier\n" + strings.Join(reflowProse, "\n") +
		"\nWritten by Mara Quill, Staff Writer\n" + bio + "\nPrivacy\nContact us\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, reflowProse, bodyTexts(a))
	assert.Equal(t, []string{bio}, removedAs(a, ReasonBio))
	assert.Equal(t, []string{"Mara Quill"}, a.Byline)
}

// removedAs returns the texts the article removed for reason, in order.
func removedAs(a *Article, reason Reason) []string {
	var texts []string
	for _, r := range a.Removed {
		if r.Reason == reason {
			texts = append(texts, r.Text)
		}
	}
	return texts
}
