package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A scrape that joins a date's element to the next one loses the space after the
// year; the byline after it reads as it would with the space.
func TestSpaceGluedDate(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Mar 4, 2024Ann Lee", "Mar 4, 2024 Ann Lee"},
		{"4 March,2024By Ann Lee", "4 March,2024 By Ann Lee"},
		{"Tuesday, March 4, 2024Ann Lee", "Tuesday, March 4, 2024 Ann Lee"},
		{"Mar 4, 2024Read More", "Mar 4, 2024 Read More"}, // split, and no name after it
		{"Mar 4, 2024 Ann Lee", "Mar 4, 2024 Ann Lee"},    // spaced already
		{"Windows 2000Server Guide", "Windows 2000Server Guide"},
		{"Since 2024Ann Lee writes", "Since 2024Ann Lee writes"}, // no date before the year
		{"Mar 4, 2024x", "Mar 4, 2024x"},                         // one letter: no element
		{"Mar 4, 20245 min read", "Mar 4, 20245 min read"},       // a count: cutYearDigits' case
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, spaceGluedDate(tt.line), tt.line)
	}
}

func TestParseBylineGluedDate(t *testing.T) {
	tests := []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"4 March,2024By Ann Lee", []string{"Ann Lee"}, true},
		{"March 4, 2024by Ann Lee", []string{"Ann Lee"}, true},
		{"Mar 4, 2024Read More", nil, false},
	}
	for _, tt := range tests {
		names, explicit := ParseByline(tt.line)
		assert.Equal(t, tt.names, names, tt.line)
		assert.Equal(t, tt.explicit, explicit, tt.line)
	}
}

func TestDatedMetaNameGluedDate(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Mar 4, 2024Ann Lee", "Ann Lee"},
		{"Mar 4, 2024 Ann Lee", "Ann Lee"},
		{"Mar 4, 2024Mar 4, 2024", ""},
		{"Mar 4, 2024Jane Doe and John Roe", ""}, // one name beside a date only
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, datedMetaName(tt.line), tt.line)
	}
}

// A field's label and its value are no bare byline; an opener or an author's label
// before the colon still are.
func TestParseBylineFieldLabel(t *testing.T) {
	tests := []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"Last Changed: March 4, 2024", nil, false},
		{"Tuition Rate: 14%", nil, false},
		{"See Also: Ten Harbour Walks", nil, false},
		{"Ann Lee: A Life in Boats", nil, false},
		{"Author: Ann Lee", []string{"Ann Lee"}, true},
		{"By: Ann Lee", []string{"Ann Lee"}, true},
		{"Ann Lee | Updated: March 4, 2024", []string{"Ann Lee"}, false},
		{"Ann Lee and Bo Chan", []string{"Ann Lee", "Bo Chan"}, false},
	}
	for _, tt := range tests {
		names, explicit := ParseByline(tt.line)
		assert.Equal(t, tt.names, names, tt.line)
		assert.Equal(t, tt.explicit, explicit, tt.line)
	}
}

// A listing's filter or sort control ("By Category", "BY COMPANY TYPE") reads as an
// opener and a name; a person's name, or a desk's, after "By" still reads.
func TestParseBylineFacetLabel(t *testing.T) {
	tests := []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"By Topic", nil, false},
		{"BY SECTOR", nil, false},
		{"By Business Size", nil, false},
		{"By region", nil, false},
		{"By Ann Lee", []string{"Ann Lee"}, true},
		{"By Ann Price", []string{"Ann Price"}, true},
		{"By Staff", []string{"Staff"}, true},
		{"By Ann Lee and Bo Chan", []string{"Ann Lee", "Bo Chan"}, true},
	}
	for _, tt := range tests {
		names, explicit := ParseByline(tt.line)
		assert.Equal(t, tt.names, names, tt.line)
		assert.Equal(t, tt.explicit, explicit, tt.line)
	}
}
