package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParseBylineDesk reads a desk's or a team's signature after a byline's opener:
// the opener says the words sign the article, so a desk made only of generic words
// ("News Desk", "Marketing Team", "Staff") names its author there, and nowhere else.
func TestParseBylineDesk(t *testing.T) {
	tests := []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"by News Desk", []string{"News Desk"}, true},
		{"By Marketing Team", []string{"Marketing Team"}, true},
		{"Written by Editorial Staff", []string{"Editorial Staff"}, true},
		{"By Staff", []string{"Staff"}, true},
		{"By Staff on March 3, 2024", []string{"Staff"}, true},
		// Without the opener the same words are a box's or a menu's label.
		{"News Desk", nil, false},
		{"Marketing Team", nil, false},
		{"Staff", nil, false},
		// A title alone after "By", running text, a call to act: nobody.
		{"By Editor", nil, false},
		{"By Staff Writer", nil, false},
		{"by staff", nil, false},
		{"by the team here at the magazine.", nil, false},
		{"Meet The Team", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			names, explicit := ParseByline(tc.line)
			assert.Equal(t, tc.names, names)
			assert.Equal(t, tc.explicit, explicit)
		})
	}
}

// TestParseBylineHandle reads a one-word name or a handle after an opener, up to the
// date a blog's meta line puts after it, with the day's name before the date ("Posted
// by jdoe on Friday, March 3, 2024"); a handle's own capitals are no glued label, a
// control's word glued on is.
func TestParseBylineHandle(t *testing.T) {
	tests := []struct {
		line  string
		names []string
	}{
		{"Posted by harbourjane on Friday, March 3, 2024", []string{"harbourjane"}},
		{"Posted by HarbourDesk on Tuesday March 3, 2024 @08:00PM", []string{"HarbourDesk"}},
		{"Posted by admin on March 3, 2024", []string{"admin"}},
		{"By HarbourView", []string{"Harbour"}},
		{"By jane@harbour", []string{"jane"}},
		{"By harbourjaneMarch 3, 2024", []string{"harbourjane"}},
		{"By admin Friday", nil},
		{"By Friday, March 3", nil},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			names, _ := ParseByline(tc.line)
			assert.Equal(t, tc.names, names)
		})
	}
}

// TestParseBylineButton reads the name lynx prints after a button's placeholder when
// the author's name opens a card ("By (BUTTON) Jane Doe"); the placeholder without
// an opener is a control, no byline.
func TestParseBylineButton(t *testing.T) {
	tests := []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"By (BUTTON) Jane Doe", []string{"Jane Doe"}, true},
		{"Written by (BUTTON) Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}, true},
		{"(BUTTON) Jane Doe", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			names, explicit := ParseByline(tc.line)
			assert.Equal(t, tc.names, names)
			assert.Equal(t, tc.explicit, explicit)
		})
	}
}

// TestParseBylineLinkSpaces reads a name html2text printed as a link's text, its
// spaces written as underscores ("by Jane_Doe"); a text field's run of underscores
// stays what it is.
func TestParseBylineLinkSpaces(t *testing.T) {
	tests := []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"by Jane_Doe", []string{"Jane Doe"}, true},
		{"Written by Jane_Doe and John_Roe", []string{"Jane Doe", "John Roe"}, true},
		{"Jane_Doe", []string{"Jane Doe"}, false},
		{"____ Jane", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			names, explicit := ParseByline(tc.line)
			assert.Equal(t, tc.names, names)
			assert.Equal(t, tc.explicit, explicit)
		})
	}
}
