package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBylineNumberedName: right after a byline's opener a company may sign with a
// name that opens with its number ("By 7k Labs", "By 4Front Media"); a year, a
// count, an ordinal or a decade after "By" opens a sentence and names nobody.
func TestBylineNumberedName(t *testing.T) {
	for _, tc := range []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"By 7k Labs", []string{"7k Labs"}, true},
		{"By 4Front Media Group", []string{"4Front Media Group"}, true},
		{"By 2030, most cars will be electric.", nil, false},
		{"By 2030 Most Cars Run On Batteries", nil, false},
		{"By 45% in three years", nil, false},
		{"By 18th Century Standards", nil, false},
		{"By 1990s Standards", nil, false},
		{"By 10am Tomorrow", nil, false},
		{"7k Labs", nil, false},
	} {
		names, explicit := ParseByline(tc.line)
		assert.Equal(t, tc.names, names, tc.line)
		assert.Equal(t, tc.explicit, explicit, tc.line)
	}
}

// TestBylineNameThenControls: a line where a control's label follows "By", runs on
// after the name with no separator ("View In Print Edition", seen on one site
// only), or makes a sentence names nobody: a menu label given as a byline costs
// more than a byline missed.
func TestBylineNameThenControls(t *testing.T) {
	for _, tc := range []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"By R. T. Moss View In Print Edition", nil, false},
		{"By Ann Marie Lee Share This Story", nil, false},
		{"By Print Edition", nil, false},
		{"By Home Menu Search", nil, false},
		{"By Clicking Subscribe You Agree", nil, false},
		{"By providing your email, you agree to our Terms", nil, false},
		{"Ann Marie Lee Share This Story", nil, false},
	} {
		names, explicit := ParseByline(tc.line)
		assert.Equal(t, tc.names, names, tc.line)
		assert.Equal(t, tc.explicit, explicit, tc.line)
	}
}

// TestBylineOneWordAtDate: a blog's post line prints a one-word user name, then
// "at" or "on" and the post's date and time; any other word after the one name
// leaves the line unread.
func TestBylineOneWordAtDate(t *testing.T) {
	for _, tc := range []struct {
		line  string
		names []string
	}{
		{"Posted by Rolf at March 2, 2024 09:40 PM", []string{"Rolf"}},
		{"Posted by: quill at 14 May 2023", []string{"quill"}},
		{"Posted by Rolf on March 2, 2024", []string{"Rolf"}},
		{"by Rolf at home", nil},
		{"By default at startup", nil},
	} {
		names, _ := ParseByline(tc.line)
		assert.Equal(t, tc.names, names, tc.line)
	}
}

// TestBylineLabelBoxHeadings: the headings an author box opens with at an
// article's foot ("About the Author", "Meet the Writer", "About the Contributor")
// are labels that name nobody, in any case and with a colon; a heading on any
// other subject is no label.
func TestBylineLabelBoxHeadings(t *testing.T) {
	for _, tc := range []struct {
		line  string
		label bool
	}{
		{"About the Author", true},
		{"Meet the Writer", true},
		{"ABOUT THE CONTRIBUTOR", true},
		{"Meet the Columnist:", true},
		{"About the Authors", true},
		{"About the Company", false},
		{"Meet the Team", false},
		{"Meet the Writer's Family", false},
	} {
		label, reviewer := BylineLabel(tc.line)
		assert.Equal(t, tc.label, label, tc.line)
		assert.False(t, reviewer, tc.line)
		names, _ := ParseByline(tc.line)
		assert.Empty(t, names, tc.line)
	}
}

// TestBylineNameEndsAtFullStop: after an opener a full stop after the name's last
// word ends the name, and what follows is the row's next field ("Last Updated on
// ...") or a sentence; an initial's stop does not end it.
func TestBylineNameEndsAtFullStop(t *testing.T) {
	for _, tc := range []struct {
		line  string
		names []string
	}{
		{"By Tova Strand. Last Updated on June 2, 2024", []string{"Tova Strand"}},
		{"By Tova Strand. Updated June 2, 2024", []string{"Tova Strand"}},
		{"By R. T. Moss. Published May 4, 2021", []string{"R. T. Moss"}},
		{"By Tova J. Strand", []string{"Tova J. Strand"}},
		{"by Ann Marie Lee. See the notes below", []string{"Ann Marie Lee"}},
		{"By Tova Strand", []string{"Tova Strand"}},
	} {
		names, _ := ParseByline(tc.line)
		assert.Equal(t, tc.names, names, tc.line)
	}
}

// TestBylineGridCell: pandoc prints a page laid out in a table as a grid table,
// and a byline in one of its cells keeps the cell's bars ("| by Jane Doe |"). A
// cell that opens with an opener is read as a byline; a cell of bare words, a row of
// two cells, or a sentence after the opener names nobody.
func TestBylineGridCell(t *testing.T) {
	for _, tc := range []struct {
		line     string
		names    []string
		explicit bool
		opener   bool // LooksLikeBylineStart
	}{
		{"| by Tova Strand |", []string{"Tova Strand"}, true, true},
		{"| Posted by: quill at 14 May 2023 09:40 PM |", []string{"quill"}, true, true},
		{"| Tova Strand |", nil, false, false},
		{"| by an empty space followed by | a list of words |", nil, false, false},
		{"| By providing your email, you agree |", nil, false, true},
	} {
		names, explicit := ParseByline(tc.line)
		assert.Equal(t, tc.names, names, tc.line)
		assert.Equal(t, tc.explicit, explicit, tc.line)
		assert.Equal(t, tc.opener, LooksLikeBylineStart(tc.line), tc.line)
	}
}
