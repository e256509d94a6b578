package newsparse

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageNumericOrder(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		langs []string
		want  numericOrder
	}{
		{"nothing said", nil, nil, orderDayFirst},
		{"plain en", []string{"03/04/2019"}, []string{"en"}, orderDayFirst},
		{"html lang en-US", []string{"03/04/2019"}, []string{"en-US"}, orderMonthFirst},
		{"og:locale en_US", nil, []string{"", "en", "en_US", ""}, orderMonthFirst},
		{"British", nil, []string{"en-GB"}, orderDayFirst},
		{"two regions", nil, []string{"en-US", "en_GB"}, orderDayFirst},
		{"German", nil, []string{"de"}, orderDayFirst},
		{"not a tag", nil, []string{"English"}, orderDayFirst},
		{"own dates beat the language", []string{"closes on 30/06/2019", "03/04/2019"}, []string{"en-US"}, orderDayFirst},
		{"own dates month first", []string{"Updated 12-25-2018 and 03-04-2019"}, []string{"fr"}, orderMonthFirst},
		{"majority", []string{"13.01.2020 14.01.2020 01.15.2020"}, nil, orderDayFirst},
		{"a tie falls to the language", []string{"13/01/2020", "01/13/2020"}, []string{"en-US"}, orderMonthFirst},
		{"no year, no date", []string{"score 25/4, page 4/25"}, []string{"en-US"}, orderMonthFirst},
		{"version numbers", []string{"v1.25.2020x 125/4/2019"}, nil, orderDayFirst},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pageNumericOrder(slices.Values(tt.texts), tt.langs...))
		})
	}
}

// TestPageZone checks the reading of a metadata time against the day the page
// shows: one moment seen from two zones, or two dates.
func TestPageZone(t *testing.T) {
	meta := time.Date(2025, 12, 19, 2, 41, 0, 0, time.UTC)
	shown := time.Date(2025, 12, 18, 0, 0, 0, 0, time.UTC)
	assert.True(t, dayInSomeZone(meta, shown), "02:41 UTC is the 18th west of Greenwich")
	assert.False(t, dayInSomeZone(time.Date(2025, 12, 19, 22, 2, 0, 0, time.UTC), shown),
		"22:02 UTC on the 19th is the 18th nowhere")
	assert.True(t, dayInSomeZone(time.Date(2025, 12, 17, 11, 0, 0, 0, time.UTC), shown), "11:00 UTC is the 18th at +13")
	assert.False(t, dayInSomeZone(time.Date(2025, 12, 17, 9, 0, 0, 0, time.UTC), shown))

	local := inPageZone(meta, shown, []int{0, -5 * 3600})
	assert.True(t, local.Equal(meta), "the same instant")
	_, off := local.Zone()
	assert.Equal(t, -5*3600, off)
	assert.Equal(t, 18, local.Day())
	assert.Equal(t, meta, inPageZone(meta, shown, []int{3600}), "no zone of the page gives the day")
	assert.Equal(t, meta, inPageZone(meta, time.Time{}, []int{-5 * 3600}), "nothing shown")
}

// TestTextNumericOrder checks that ParseText, which knows no page language, reads an
// ambiguous numeric dateline in the order the dump's other dates show.
func TestTextNumericOrder(t *testing.T) {
	body := "\n\nThe council voted nine to two on Tuesday to build a covered market hall on the old depot site, ending a long debate.\n\n" +
		"Traders can apply for stalls from the summer, and the hall should open the following spring if the works keep to plan.\n\n"
	tests := []struct {
		name, dump string
		want       time.Time
	}{
		{"month first shown", "Council approves the market hall\n\nBy Dana Whitfield | 03/04/2019" + body +
			"The first lease round closes on 06/30/2019.\n", time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"day first shown", "Council approves the market hall\n\nBy Dana Whitfield | 03/04/2019" + body +
			"The first lease round closes on 30/06/2019.\n", time.Date(2019, 4, 3, 0, 0, 0, 0, time.UTC)},
		{"nothing shown", "Council approves the market hall\n\nBy Dana Whitfield | 03/04/2019" + body,
			time.Date(2019, 4, 3, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.dump)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Published)
			assert.Equal(t, []string{"Dana Whitfield"}, a.Byline)
		})
	}
}

func TestDatelineByHeadline(t *testing.T) {
	body := block{text: "The council voted nine to two on Tuesday to build a covered market hall.", role: roleBody}
	tests := []blockDateCase{
		{"date beside a reading time, under the byline", []block{
			{text: "Menu", role: roleRemoved},
			{text: "Council approves the market hall", role: roleHeadline},
			{text: "By Ann Lee", role: roleByline},
			{text: "Jun 08, 2023 • 11 Minute Read", role: roleRemoved},
			body,
		}, orderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"date above the headline", []block{
			{text: "News", role: roleRemoved},
			{text: "12.12.2025", role: roleRemoved},
			{text: "Council approves the market hall", role: roleHeadline},
			body,
		}, orderDayFirst, time.Date(2025, 12, 12, 0, 0, 0, 0, time.UTC)},
		{"month first on the page", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			{text: "03/04/2019 | Local news", role: roleRemoved},
			body,
		}, orderMonthFirst, time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"a date after the opening paragraphs is not the dateline", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			body,
			body,
			{text: "Jun 08, 2023", role: roleRemoved},
		}, orderDayFirst, time.Time{}},
		{"a date with a reading time under the standfirst", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			body,
			{text: "Jun 08, 2023 · 11 min · 2140 words", role: roleSubheading},
			body,
		}, orderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"a name and date under the standfirst", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			body,
			{text: "Ann Lee•8. Juni 2023", role: roleRemoved},
			body,
		}, orderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"a mixed line under the standfirst is not read", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			body,
			{text: "Tickets on sale from Jun 08, 2023 at the box office", role: roleRemoved},
			body,
		}, orderDayFirst, time.Time{}},
		{"a long line of fields holds its date in one", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			{text: "Publié le 8 juin 2023 · Mis à jour le 9 juin 2023 par Ann Lee · Cet article contient des liens affiliés", role: roleRemoved},
			body,
		}, orderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"a date under the byline after a standfirst paragraph", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			body,
			{text: "Ann Lee", role: roleRemoved},
			{text: "Jun 08, 2023 · 2 min read", role: roleRemoved},
			body,
		}, orderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"a date among words under the headline", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			{text: "Local news September 8, 2021 -- min read", role: roleRemoved},
			body,
		}, orderDayFirst, time.Date(2021, 9, 8, 0, 0, 0, 0, time.UTC)},
		{"a date among words above the headline is not read", []block{
			{text: "Local news September 8, 2021 -- min read", role: roleRemoved},
			{text: "Council approves the market hall", role: roleHeadline},
			body,
		}, orderDayFirst, time.Time{}},
		{"no headline", []block{{text: "Jun 08, 2023", role: roleRemoved}, body}, orderDayFirst, time.Time{}},
		{"a body sentence with a date is no dateline", []block{
			{text: "Council approves the market hall", role: roleHeadline},
			{text: "It opens on Jun 08, 2023.", role: roleBody},
		}, orderDayFirst, time.Time{}},
	}
	runBlockDateCases(t, tests, datelineByHeadline)
}

func TestLabelledDatelineAfter(t *testing.T) {
	head := block{text: "Council approves the market hall", role: roleHeadline}
	body := block{text: "The council voted nine to two on Tuesday to build a covered market hall.", role: roleBody}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []blockDateCase{
		{"a labelled date at the foot", []block{head, body, body,
			{text: "Posted July 10, 2004", role: roleRemoved}, {text: "© 2025 The Gazette", role: roleRemoved},
		}, orderDayFirst, day(2004, 7, 10)},
		{"a label over its date in a side column", []block{head, body,
			{text: "Published", role: roleRemoved}, {text: "August 30, 2024", role: roleRemoved}, {text: "Author", role: roleRemoved},
		}, orderDayFirst, day(2024, 8, 30)},
		{"German", []block{head, body, {text: "Veröffentlicht am 3. März 2024", role: roleRemoved}}, orderDayFirst, day(2024, 3, 3)},
		{"Spanish, month first on the page", []block{head, body, {text: "Publicado: 03/04/2024", role: roleRemoved}}, orderMonthFirst, day(2024, 3, 4)},
		{"the publication date over an update before it", []block{head, body,
			{text: "Updated November 23, 2013", role: roleRemoved}, {text: "Posted July 10, 2004", role: roleRemoved},
		}, orderDayFirst, day(2004, 7, 10)},
		{"an update alone", []block{head, body, {text: "Last updated on June 2, 2025", role: roleRemoved}}, orderDayFirst, day(2025, 6, 2)},
		{"a comment's date is not the article's", []block{head, body,
			{text: "Posted on May 1, 2024", role: roleRemoved, reason: ReasonComments},
		}, orderDayFirst, time.Time{}},
		{"an unlabelled date is not read", []block{head, body, {text: "May 1, 2024", role: roleRemoved}}, orderDayFirst, time.Time{}},
		{"a body sentence is not a dateline", []block{head,
			{text: "The report was published on May 1, 2024.", role: roleBody},
		}, orderDayFirst, time.Time{}},
		{"a date above the headline is not read here", []block{
			{text: "Posted July 10, 2004", role: roleRemoved}, head, body,
		}, orderDayFirst, time.Time{}},
		{"no headline", []block{body, {text: "Posted July 10, 2004", role: roleRemoved}}, orderDayFirst, time.Time{}},
		{"a teaser's date under its title is that article's", []block{head, body,
			{text: "Related Posts", role: roleRemoved, reason: ReasonRelated},
			{text: "Ten Quick Breakfasts for Busy Mornings", role: roleRemoved, reason: ReasonRelated},
			{text: "Posted March 3, 2019", role: roleRemoved, reason: ReasonRelated},
		}, orderDayFirst, time.Time{}},
		{"the page's own date marked related under the author's box", []block{head, body,
			{text: "View all posts by Jane Doe", role: roleRemoved, reason: ReasonNavigation},
			{text: "Posted On: January 14 2026", role: roleRemoved, reason: ReasonRelated},
		}, orderDayFirst, day(2026, 1, 14)},
		{"the page's own dates marked related, one under another", []block{head, body,
			{text: "Updated November 23, 2013", role: roleRemoved, reason: ReasonRelated},
			{text: "Posted July 10, 2004", role: roleRemoved, reason: ReasonRelated},
		}, orderDayFirst, day(2004, 7, 10)},
	}
	runBlockDateCases(t, tests, labelledDatelineAfter)
}

func TestDatelineAboveBody(t *testing.T) {
	body := block{text: "The council voted nine to two on Tuesday to build a covered market hall.", role: roleBody}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []blockDateCase{
		{"a date with a reading time over the text, the headline taken from the menu", []block{
			{text: "Back to menu", role: roleHeadline},
			{text: "Council approves the market hall", role: roleRemoved},
			{text: "Ann Lee", role: roleRemoved},
			{text: "Nov 08, 2025 7 min read", role: roleRemoved},
			body,
		}, orderDayFirst, day(2025, 11, 8)},
		{"a German date among words over the text", []block{
			{text: "Lokales 8. Juni 2023 · 3 Min. Lesezeit", role: roleRemoved},
			body,
		}, orderDayFirst, day(2023, 6, 8)},
		{"a French date field under a breadcrumb read as text", []block{
			{text: "Accueil / Actualités / Le conseil approuve la halle", role: roleBody},
			{text: "Le conseil approuve la halle", role: roleRemoved},
			{text: "12 mars 2024 · 4 min de lecture · Par Ann Lee", role: roleRemoved},
			body,
		}, orderDayFirst, day(2024, 3, 12)},
		{"month first on the page", []block{
			{text: "03/04/2019 | Local news", role: roleRemoved},
			body,
		}, orderMonthFirst, day(2019, 3, 4)},
		{"a date far above the text is not read", []block{
			{text: "Nov 08, 2025 7 min read", role: roleRemoved},
			{text: "Home", role: roleRemoved},
			{text: "Shop", role: roleRemoved},
			{text: "Contact", role: roleRemoved},
			body,
		}, orderDayFirst, time.Time{}},
		{"a mixed line under the first paragraph is not read", []block{
			body,
			{text: "Tickets on sale from Jun 08, 2023 at the box office", role: roleRemoved},
			body,
		}, orderDayFirst, time.Time{}},
		{"a date in the text is not a dateline", []block{
			{text: "Menu", role: roleRemoved},
			{text: "It opens on Jun 08, 2023.", role: roleBody},
		}, orderDayFirst, time.Time{}},
		{"no body", []block{{text: "Jun 08, 2023", role: roleRemoved}}, orderDayFirst, time.Time{}},
	}
	runBlockDateCases(t, tests, datelineAboveBody)
}

// TestTextPublished checks the order in which ParseText's date sources are taken:
// the dateline beside the headline wins over a dated line elsewhere on the page (the
// day's date in a newspaper's masthead, other stories' dates in a side column, a
// quoted post's date in the text), which the classifier reads as a dateline too.
func TestTextPublished(t *testing.T) {
	head := block{text: "Council approves the covered market hall", role: roleHeadline}
	body := block{text: "The council voted nine to two on Tuesday to build a covered market hall.", role: roleBody}
	menu := block{text: "Home", role: roleRemoved, reason: ReasonNavigation}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	dateline := func(text string) block {
		p, _, _ := parseDateline(text)
		return block{text: text, role: roleDateline, published: p}
	}
	// first is what assemble reads: the first dateline's date.
	first := func(blocks []block) time.Time {
		for _, b := range blocks {
			if b.role == roleDateline {
				return b.published
			}
		}
		return time.Time{}
	}
	tests := []struct {
		name   string
		blocks []block
		want   time.Time
	}{
		{"the day's date in the masthead", []block{
			dateline("Friday, December 19, 2025"), menu, menu, menu, menu, head,
			{text: "By Dana Whitfield", role: roleByline}, dateline("December 12, 2025"), body,
		}, day(2025, 12, 12)},
		{"a German masthead", []block{
			dateline("Freitag, 19. Dezember 2025"), menu, menu, menu, menu, head,
			{text: "Von Dana Whitfield", role: roleByline}, dateline("12. Dezember 2025"), body,
		}, day(2025, 12, 12)},
		{"a list of other stories' dates in a side column", []block{
			head, {text: "On behalf of Whitfield Law | 21.04.2017 | Local government", role: roleStandfirst}, body,
			{text: "Latest News", role: roleRemoved, reason: ReasonRelated},
			{text: "Bridge repairs start next week", role: roleRemoved, reason: ReasonRelated}, dateline("March 29, 2025"),
			{text: "New library hours announced", role: roleRemoved, reason: ReasonRelated}, dateline("March 27, 2025"),
			body,
		}, day(2017, 4, 21)},
		{"a quoted post's date in the text", []block{
			head, {text: "Essai · Publié : 2025.12.17 · politique locale", role: roleStandfirst}, body,
			dateline("— Sam Ortiz (@samortiz) 20 novembre 2025"), body,
		}, day(2025, 12, 17)},
		{"no dateline by the headline: the first one", []block{
			dateline("March 29, 2025"), menu, menu, menu, menu, head, body,
		}, day(2025, 3, 29)},
		{"then a labelled one after the headline", []block{
			head, body, body, {text: "Veröffentlicht am 3. März 2024", role: roleRemoved},
		}, day(2024, 3, 3)},
		{"then one over the first paragraph", []block{
			{text: "Back to menu", role: roleHeadline}, {text: "Council approves the covered market hall", role: roleRemoved},
			{text: "8 juin 2023 · 3 min de lecture", role: roleRemoved}, body,
		}, day(2023, 6, 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textPublished(tt.blocks, orderDayFirst, first(tt.blocks)))
		})
	}
}

// blockDateCase is a case of a date search over classified blocks.
type blockDateCase struct {
	name   string
	blocks []block
	order  numericOrder
	want   time.Time
}

// runBlockDateCases checks the date search on each case.
func runBlockDateCases(t *testing.T, tests []blockDateCase, search func([]block, numericOrder) time.Time) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, search(tt.blocks, tt.order))
		})
	}
}
