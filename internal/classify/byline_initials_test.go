package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBylineInitialsAndAcronyms: right after a byline's opener a name may open with
// initials run together ("Z.B. Steele") or with an organisation's acronym that goes
// on in title case ("By HRB Global"), as a desk or a school signs. Elsewhere, in a
// bare line or after the comma that ends the name, such words are a label's, a
// degree's or a position's and name nobody.
func TestBylineInitialsAndAcronyms(t *testing.T) {
	for _, tc := range []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"By Z.B. Steele", []string{"Z.B. Steele"}, true},
		{"By J.R.R. Ashdown and Ann Lee", []string{"J.R.R. Ashdown", "Ann Lee"}, true},
		{"By HRB Global", []string{"HRB Global"}, true},
		{"Published on May 3, 2017 by NTA Online", []string{"NTA Online"}, true},
		{"By JANE DOE Associated Press", []string{"Jane Doe"}, true},
		{"By Jane Doe, M.A. Marine Biology", []string{"Jane Doe"}, true},
		{"By Jane Doe, Senior Editor, HRB Institute", []string{"Jane Doe"}, true},
		{"NTA Online", nil, false},
		{"SEO Tips", nil, false},
	} {
		names, explicit := ParseByline(tc.line)
		assert.Equal(t, tc.names, names, tc.line)
		assert.Equal(t, tc.explicit, explicit, tc.line)
	}
}
