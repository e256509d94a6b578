package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		line     string
		names    []string
		explicit bool
	}{
		{"By Jane Doe", []string{"Jane Doe"}, true},
		// Inline elements joined without a space (bs4, chromium, html2text).
		{"ByJane Doe", []string{"Jane Doe"}, true},
		{"Written byJane Doe", []string{"Jane Doe"}, true},
		{"byJane Doe March 4, 2024", []string{"Jane Doe"}, true},
		{"ByJane March 4, 2024", []string{"Jane"}, true},
		{"Bylaws Committee Report", []string{"Bylaws Committee Report"}, false}, // no opener split off
		{"ByteDance Holdings", []string{"ByteDance Holdings"}, false},
		{"By: Jane Doe, Director of Operations", []string{"Jane Doe"}, true},
		{"Written by: Jane Doe", []string{"Jane Doe"}, true},
		{"Written By", nil, false},
		{"Jane Doe's", nil, false},
		{"Jane Doe's Avatar", nil, false},
		{"BY JANE DOE", []string{"Jane Doe"}, true},
		{"Jane Doe, Political Editor", []string{"Jane Doe"}, false},
		{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}, false},
		{"By JANE DOE and JOHN ROE", []string{"Jane Doe", "John Roe"}, true},
		{"By JANE DOE and JOHN ROE Associated Press", []string{"Jane Doe", "John Roe"}, true},
		{"By Jane Doe | Special to the Gazette", []string{"Jane Doe"}, true},
		{"Analysis by Jane Doe, Gazette Editor-at-large", []string{"Jane Doe"}, true},
		{"By Jane Doe, John Roe & Ann Poe", []string{"Jane Doe", "John Roe", "Ann Poe"}, true},
		{"By Jane Doe and John Roe, Staff Writers", []string{"Jane Doe", "John Roe"}, true},
		{"By Jane Doe in Kyiv", []string{"Jane Doe"}, true},
		{"By Jane Doe - Senior Reporter", []string{"Jane Doe"}, true},
		{"By Jane Doe Published 10:32, 9 Jan 2022", []string{"Jane Doe"}, true},
		{"By Jane Doe, January 9, 2022", []string{"Jane Doe"}, true},
		{"By Ana de la Cruz", []string{"Ana de la Cruz"}, true},
		{"By Jane T. Doe", []string{"Jane T. Doe"}, true},
		{"Words by Jane Doe", []string{"Jane Doe"}, true},
		{"Von Anna Schmidt", []string{"Anna Schmidt"}, true},
		{"Por Ana Souza", []string{"Ana Souza"}, true},
		{"Jane Doe, Science Correspondent", []string{"Jane Doe"}, false},
		{"By JANE DOE, AP Auto Writer", []string{"Jane Doe"}, true},
		{"By Jane Doe, AP National Political Writer", []string{"Jane Doe"}, true},
		{"By Jane Doe On 11/13/19 at 4:00 PM EST", []string{"Jane Doe"}, true},
		{"By Jane Doe@janedoe Nov 19, 2019, 7:53pm EST", []string{"Jane Doe"}, true},
		{"Jane DoevilleView More Articles", []string{"Jane Doeville"}, false},
		{"By Jane RoebuckBusiness", []string{"Jane Roebuck"}, true},
		{"By Jane McBride", []string{"Jane McBride"}, true},
		{"By Jane MacArthur", []string{"Jane MacArthur"}, true},
		{"Jane Doe November 18, 2019 11:03 PM", []string{"Jane Doe"}, false},
		{"by Regan December 6, 2017", []string{"Regan"}, true},
		{"By admin", []string{"admin"}, true},
		{"Posted by Jane Doe on November 19, 2019, 6:21 AM EST", []string{"Jane Doe"}, true},
		{"11/19/2019 by Jane Doe", []string{"Jane Doe"}, true},
		// A scrape that lost the space after the opener's colon.
		{"Written by:Jane Doe", []string{"Jane Doe"}, true},
		{"By:Jane Doe", []string{"Jane Doe"}, true},
		// One-word names a couple or a team signs with, after an opener only.
		{"Written By Ann and Bo", []string{"Ann", "Bo"}, true},
		{"By Ann & Bo", []string{"Ann", "Bo"}, true},
		// An author box's label on the byline's own line.
		{"Author Posted by Jane Doe on June 2, 2024", []string{"Jane Doe"}, true},
		{"Author Posted by Acme on December 20, 2024", []string{"Acme"}, true},
		{"Author: Jane Doe", []string{"Jane Doe"}, true},
		{"Posted by admin on March 3, 2021", []string{"admin"}, true},
		// A post's tags or categories after the date are no authors.
		{"Jane Doe 25 March 2025 Travel tips, Weekend Trips, News", []string{"Jane Doe"}, false},
		{"Jane Doe 12/03/2024 Gardening, Spring Planting", []string{"Jane Doe"}, false},
		{"By Jane Doe, John Roe, March 3, 2024, Home Repair", []string{"Jane Doe", "John Roe"}, true},
		// A title straight after the name, no comma: the rest of the line is the title.
		{"Written By: Jane Doe Executive Web Editor and Certified Beekeeper", []string{"Jane Doe"}, true},
		{"By Jane Doe Former Deputy Editor and Photo Lead", []string{"Jane Doe"}, true},
		// The title ends its own name only: a co-author joined after it is read,
		// and the co-author's own title is dropped the same way.
		{"By Ann Lee Senior Editor and Bo Chan", []string{"Ann Lee", "Bo Chan"}, true},
		{"By Ann Lee Staff Writer & Bo Chan Staff Writer", []string{"Ann Lee", "Bo Chan"}, true},
		{"Written by: Ann Lee Managing Editor, Bo Chan Contributing Writer and Cy Dunn", []string{"Ann Lee", "Bo Chan", "Cy Dunn"}, true},
		{"Ann Lee Executive Producer and Bo Chan Reporter", []string{"Ann Lee", "Bo Chan"}, false},
		// A second position joined to the title is no co-author.
		{"By Ann Lee Deputy Editor and Team Lead", []string{"Ann Lee"}, true},
		{"By Ann Lee Senior Editor and Head", []string{"Ann Lee"}, true},
		{"By Ann Lee Executive Editor and Master Beekeeper", []string{"Ann Lee"}, true},
		{"By Ann Lee and Bo Head", []string{"Ann Lee", "Bo Head"}, true}, // no title before
		// A comma before the title keeps reading the parts after it.
		{"By Jane Doe, Senior Editor, and John Roe", []string{"Jane Doe", "John Roe"}, true},
		// A site's team signs as one name.
		{"By Acme Staff", []string{"Acme Staff"}, true},
		{"The Widgetco Team", []string{"The Widgetco Team"}, false},
		{"ACME Lifestyle Desk", []string{"ACME Lifestyle Desk"}, false},
		{"Staff Writer", nil, false},
		// A link to a site's team, printed in title case, names no team.
		{"Meet The Team", nil, false},
		{"Contact The Newsroom", nil, false},
		{"Ask The Editors", nil, false},
		// A line opening with a verb that leads to a page, or with "our", is a link
		// to the team, not a byline; a site's staff signing after "By" still reads.
		{"By Our Harbour Staff", []string{"Our Harbour Staff"}, true},
		{"Written by Our Editors", []string{"Our Editors"}, true},
		{"Ann Lee", []string{"Ann Lee"}, false},
		{"Meet Widgetco Staff", nil, false},
		{"Join The Widgetco Newsroom", nil, false},
		{"Contact Ann Lee", nil, false},
		{"About Widgetco Team", nil, false},
		{"Our Editors", nil, false},
		{"Our Widgetco Team", nil, false},
		{"Join Our Newsroom", nil, false},
		{"Meet Our Editors", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			names, explicit := ParseByline(tc.line)
			assert.Equal(t, tc.names, names)
			assert.Equal(t, tc.explicit, explicit)
		})
	}

	for _, line := range []string{
		"The council said on Tuesday that it would review the plan before the summer.",
		"By the end of the year, prices had risen by a third.",
		"By Tuesday, the water had receded from most of the town.",
		"Crowds gather in the square",
		"by",
		"By",
		"",
		"Published 10:32, 9 Jan 2022",
		"Share All",
		"Enlarge Image",
		"Email Me",
		"Previous Post",
		"Find Your Next Car",
		"Reuters November 18, 2019 11:03 PM",
		"By Tuesday",
		"By June 2020",
		"By Ann and the team",
		"Ann and Bo",
		"Author Tools",
		"By " + strings.Repeat("Jane Doe and ", 20) + "John Roe",
	} {
		names, explicit := ParseByline(line)
		assert.Empty(t, names, "%q names no author", line)
		assert.False(t, explicit, "%q is no byline", line)
	}
}

// TestAuthorBoxLines reads the lines of author boxes: labels name nobody, reviewers
// are cut off, and bio sentences and job titles are no names.
func TestAuthorBoxLines(t *testing.T) {
	labels := []struct {
		line            string
		label, reviewer bool
	}{
		{"Written By", true, false},
		{"Author:", true, false},
		{"Fact Checked By", true, true},
		{"Medically reviewed by", true, true},
		{"Fact Checked", true, true},
		{"Updated by", true, true},
		{"Reviewed by Bo Chan", false, false}, // a label with the name is cut, not skipped
		{"Ann Lee", false, false},
	}
	for _, tt := range labels {
		label, reviewer := BylineLabel(tt.line)
		assert.Equal(t, tt.label, label, tt.line)
		assert.Equal(t, tt.reviewer, reviewer, tt.line)
	}
	assert.Equal(t, "Written by Ann Lee", CutReviewers("Written by Ann Lee Reviewed by Bo Chan"))
	assert.Equal(t, "", CutReviewers("Fact checked by Bo Chan"))
	// The label's offset in a lowered copy is its offset in the line, whatever comes
	// before it: invalid bytes, or a capital whose lower case is longer ("İ").
	assert.Equal(t, "\xd4\xd4", CutReviewers("\xd4\xd4 Reviewed BY"))
	assert.Equal(t, "İstanbul desk", CutReviewers("İstanbul desk Reviewed by Bo Chan"))
}

// TestParseExplicitByline: the names of a line that says "By", as ParseByline reads
// them, and none of a line of bare names.
func TestParseExplicitByline(t *testing.T) {
	for _, line := range []string{
		"By Ann Lee", "Written by Ann Lee and Bo Chan", "Author: Ann Lee", "11/19/2019 by Jane Doe",
		"Ann Lee", "Ann Lee and Bo Chan", "Meet Our Staff", "", "By",
	} {
		names, explicit := ParseByline(line)
		if !explicit {
			names = nil
		}
		assert.Equal(t, names, ParseExplicitByline(line), "%q", line)
	}
	assert.Equal(t, []string{"Ann Lee"}, ParseExplicitByline("By Ann Lee"))
	assert.Nil(t, ParseExplicitByline("Ann Lee"))
}

// TestReviewerLabels: a line opens with a reviewer label exactly when CutReviewers
// leaves nothing of it.
func TestReviewerLabels(t *testing.T) {
	for _, line := range []string{
		"Reviewed by Bo Chan", "  FACT-CHECKED BY Ann Lee", "\u00a0Revisado por Luis Gómez",
		"Geprüft von Jan Berg", "GEPRÜFT VON Jan Berg", "Medically reviewed", "reviewer: Bo Chan",
		"Written by Ann Lee Reviewed by Bo Chan", "Ann Lee", "Reviewing the week", "Edited",
		"\xd4 Reviewed by Bo Chan", "İstanbul desk", " ", "Updated by the desk at 9:00",
	} {
		assert.Equal(t, CutReviewers(line) == "", OpensWithReviewer(line), "%q", line)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Ann Lee", true},
		{"Marna van der Merwe", true},
		{"Our Editors", true},
		{"I'm Chukwuezugo", false},
		{"Jesse has worked as a sommelier", false},
		{"kitchen gadgets. She covers kitchen tools", false},
	} {
		assert.Equal(t, tt.want, ReadsAsName(tt.s), tt.s)
	}
}

func TestNameThenDate(t *testing.T) {
	for _, c := range []struct {
		line, name string
		want       bool
	}{
		{"Jane Doe 27/09/2018 2 comments Books, Music", "Jane Doe", true},
		{"Jane Doe - Nov 19, 2019, 10:31 pm CST", "Jane Doe", true},
		{"Jane Doe | September 3, 2021", "Jane Doe", true},
		{"Jane Doe said on Tuesday that 12 people were hurt", "Jane Doe", false},
		{"Jane Doe May be the next leader", "Jane Doe", false},
		{"John Roe 27/09/2018", "Jane Doe", false},
		{"Jane Doe 19 November 2019 Garden Tips", "Jane Doe", true},
		{"Jane Doe 3 Nov. 2019", "Jane Doe", true},
		{"Jane Doe 12 people were hurt", "Jane Doe", false},
		{"Jane Doe 2019 May be", "Jane Doe", false},
	} {
		assert.Equal(t, c.want, NameThenDate(c.line, c.name), c.line)
	}
}

// TestBylineLineRules covers the line rules the page classifier reads around a
// byline: the opener after a field of page metadata, a line of bare names, a job
// title under a name, and a dateline's shape.
func TestBylineLineRules(t *testing.T) {
	assert.Equal(t, "by Jane Doe · Updated 12 March", AfterSeparatedOpener("0 · by Jane Doe · Updated 12 March"))
	assert.Equal(t, "By Jane Doe", AfterSeparatedOpener("Guides | By Jane Doe"))
	assert.Equal(t, "", AfterSeparatedOpener("• By Region"), "a bullet opens no field")
	assert.Equal(t, "", AfterSeparatedOpener("Jane Doe · 12 March"))

	for s, want := range map[string]bool{
		"Jane Doe and John Roe":                true,
		"Jane Doe, Political Editor":           true,
		"Jane Doe":                             true,
		"NATIONAL NEWS /":                      false,
		"Jane Doe aboard her boat in Falmouth": false,
		"The Harbour Board Meets Again Today":  false,
	} {
		assert.Equal(t, want, IsBylineShaped(s), s)
	}
	for s, want := range map[string]bool{
		"Marketing Director":                 true,
		"Senior Correspondent, Coast Desk":   true,
		"Jane Doe":                           false,
		"She is an editor at the paper.":     false,
		"Harbour news for the coast and bay": false,
	} {
		assert.Equal(t, want, IsJobTitleLine(s, ReadForm(s)), s)
	}
	for s, want := range map[string]bool{
		"Published 22 hours ago":        true,
		"Updated: 12 March 2024, 10:31": true,
		"12 March 2024":                 true,
		"The harbour board met on 12 March 2024 to vote on the plan.": false,
		"Jane Doe": false,
	} {
		assert.Equal(t, want, IsDateline(ReadForm(s), s), s)
	}
}

func TestOpensWithName(t *testing.T) {
	names := []string{"Jane Doe"}
	for s, want := range map[string]bool{
		"Jane Doe is a reporter.": true, "Jane Doe writes about boats.": true,
		"Jane Doe Sailing Club opens.": false, "Jane Doesmith is here.": false, "Ask Jane Doe.": false,
	} {
		assert.Equal(t, want, OpensWithName(s, names), s)
	}
}
