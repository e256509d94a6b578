package newsparse

import (
	"slices"
	"testing"
	"time"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageNumericOrder(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		langs []string
		want  classify.NumericOrder
	}{
		{"nothing said", nil, nil, classify.OrderDayFirst},
		{"plain en", []string{"03/04/2019"}, []string{"en"}, classify.OrderDayFirst},
		{"html lang en-US", []string{"03/04/2019"}, []string{"en-US"}, classify.OrderMonthFirst},
		{"og:locale en_US", nil, []string{"", "en", "en_US", ""}, classify.OrderMonthFirst},
		{"British", nil, []string{"en-GB"}, classify.OrderDayFirst},
		{"two regions", nil, []string{"en-US", "en_GB"}, classify.OrderDayFirst},
		{"German", nil, []string{"de"}, classify.OrderDayFirst},
		{"not a tag", nil, []string{"English"}, classify.OrderDayFirst},
		{"own dates beat the language", []string{"closes on 30/06/2019", "03/04/2019"}, []string{"en-US"}, classify.OrderDayFirst},
		{"own dates month first", []string{"Updated 12-25-2018 and 03-04-2019"}, []string{"fr"}, classify.OrderMonthFirst},
		{"majority", []string{"13.01.2020 14.01.2020 01.15.2020"}, nil, classify.OrderDayFirst},
		{"a tie falls to the language", []string{"13/01/2020", "01/13/2020"}, []string{"en-US"}, classify.OrderMonthFirst},
		{"no year, no date", []string{"score 25/4, page 4/25"}, []string{"en-US"}, classify.OrderMonthFirst},
		{"version numbers", []string{"v1.25.2020x 125/4/2019"}, nil, classify.OrderDayFirst},
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
	body := block.Block{Text: "The council voted nine to two on Tuesday to build a covered market hall.", Role: block.RoleBody}
	tests := []blockDateCase{
		{"date beside a reading time, under the byline", []block.Block{
			{Text: "Menu", Role: block.RoleRemoved},
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			{Text: "By Ann Lee", Role: block.RoleByline},
			{Text: "Jun 08, 2023 • 11 Minute Read", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"date above the headline", []block.Block{
			{Text: "News", Role: block.RoleRemoved},
			{Text: "12.12.2025", Role: block.RoleRemoved},
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			body,
		}, classify.OrderDayFirst, time.Date(2025, 12, 12, 0, 0, 0, 0, time.UTC)},
		{"month first on the page", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			{Text: "03/04/2019 | Local news", Role: block.RoleRemoved},
			body,
		}, classify.OrderMonthFirst, time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"a date after the opening paragraphs is not the dateline", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			body,
			body,
			{Text: "Jun 08, 2023", Role: block.RoleRemoved},
		}, classify.OrderDayFirst, time.Time{}},
		{"a date with a reading time under the standfirst", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			body,
			{Text: "Jun 08, 2023 · 11 min · 2140 words", Role: block.RoleSubheading},
			body,
		}, classify.OrderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"a name and date under the standfirst", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			body,
			{Text: "Ann Lee•8. Juni 2023", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"a mixed line under the standfirst is not read", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			body,
			{Text: "Tickets on sale from Jun 08, 2023 at the box office", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, time.Time{}},
		{"a long line of fields holds its date in one", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			{Text: "Publié le 8 juin 2023 · Mis à jour le 9 juin 2023 par Ann Lee · Cet article contient des liens affiliés", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"a date under the byline after a standfirst paragraph", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			body,
			{Text: "Ann Lee", Role: block.RoleRemoved},
			{Text: "Jun 08, 2023 · 2 min read", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC)},
		{"a date among words under the headline", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			{Text: "Local news September 8, 2021 -- min read", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, time.Date(2021, 9, 8, 0, 0, 0, 0, time.UTC)},
		{"a date among words above the headline is not read", []block.Block{
			{Text: "Local news September 8, 2021 -- min read", Role: block.RoleRemoved},
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			body,
		}, classify.OrderDayFirst, time.Time{}},
		{"no headline", []block.Block{{Text: "Jun 08, 2023", Role: block.RoleRemoved}, body}, classify.OrderDayFirst, time.Time{}},
		{"a body sentence with a date is no dateline", []block.Block{
			{Text: "Council approves the market hall", Role: block.RoleHeadline},
			{Text: "It opens on Jun 08, 2023.", Role: block.RoleBody},
		}, classify.OrderDayFirst, time.Time{}},
	}
	runBlockDateCases(t, tests, datelineByHeadline)
}

func TestLabelledDatelineAfter(t *testing.T) {
	head := block.Block{Text: "Council approves the market hall", Role: block.RoleHeadline}
	body := block.Block{Text: "The council voted nine to two on Tuesday to build a covered market hall.", Role: block.RoleBody}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []blockDateCase{
		{"a labelled date at the foot", []block.Block{head, body, body,
			{Text: "Posted July 10, 2004", Role: block.RoleRemoved}, {Text: "© 2025 The Gazette", Role: block.RoleRemoved},
		}, classify.OrderDayFirst, day(2004, 7, 10)},
		{"a label over its date in a side column", []block.Block{head, body,
			{Text: "Published", Role: block.RoleRemoved}, {Text: "August 30, 2024", Role: block.RoleRemoved}, {Text: "Author", Role: block.RoleRemoved},
		}, classify.OrderDayFirst, day(2024, 8, 30)},
		{"German", []block.Block{head, body, {Text: "Veröffentlicht am 3. März 2024", Role: block.RoleRemoved}}, classify.OrderDayFirst, day(2024, 3, 3)},
		{"Spanish, month first on the page", []block.Block{head, body, {Text: "Publicado: 03/04/2024", Role: block.RoleRemoved}}, classify.OrderMonthFirst, day(2024, 3, 4)},
		{"the publication date over an update before it", []block.Block{head, body,
			{Text: "Updated November 23, 2013", Role: block.RoleRemoved}, {Text: "Posted July 10, 2004", Role: block.RoleRemoved},
		}, classify.OrderDayFirst, day(2004, 7, 10)},
		{"an update alone", []block.Block{head, body, {Text: "Last updated on June 2, 2025", Role: block.RoleRemoved}}, classify.OrderDayFirst, day(2025, 6, 2)},
		{"a comment's date is not the article's", []block.Block{head, body,
			{Text: "Posted on May 1, 2024", Role: block.RoleRemoved, Reason: block.ReasonComments},
		}, classify.OrderDayFirst, time.Time{}},
		{"an unlabelled date is not read", []block.Block{head, body, {Text: "May 1, 2024", Role: block.RoleRemoved}}, classify.OrderDayFirst, time.Time{}},
		{"a body sentence is not a dateline", []block.Block{head,
			{Text: "The report was published on May 1, 2024.", Role: block.RoleBody},
		}, classify.OrderDayFirst, time.Time{}},
		{"a date above the headline is not read here", []block.Block{
			{Text: "Posted July 10, 2004", Role: block.RoleRemoved}, head, body,
		}, classify.OrderDayFirst, time.Time{}},
		{"no headline", []block.Block{body, {Text: "Posted July 10, 2004", Role: block.RoleRemoved}}, classify.OrderDayFirst, time.Time{}},
		{"a teaser's date under its title is that article's", []block.Block{head, body,
			{Text: "Related Posts", Role: block.RoleRemoved, Reason: block.ReasonRelated},
			{Text: "Ten Quick Breakfasts for Busy Mornings", Role: block.RoleRemoved, Reason: block.ReasonRelated},
			{Text: "Posted March 3, 2019", Role: block.RoleRemoved, Reason: block.ReasonRelated},
		}, classify.OrderDayFirst, time.Time{}},
		{"the page's own date marked related under the author's box", []block.Block{head, body,
			{Text: "View all posts by Jane Doe", Role: block.RoleRemoved, Reason: block.ReasonNavigation},
			{Text: "Posted On: January 14 2026", Role: block.RoleRemoved, Reason: block.ReasonRelated},
		}, classify.OrderDayFirst, day(2026, 1, 14)},
		{"the page's own dates marked related, one under another", []block.Block{head, body,
			{Text: "Updated November 23, 2013", Role: block.RoleRemoved, Reason: block.ReasonRelated},
			{Text: "Posted July 10, 2004", Role: block.RoleRemoved, Reason: block.ReasonRelated},
		}, classify.OrderDayFirst, day(2004, 7, 10)},
	}
	runBlockDateCases(t, tests, labelledDatelineAfter)
}

func TestDatelineAboveBody(t *testing.T) {
	body := block.Block{Text: "The council voted nine to two on Tuesday to build a covered market hall.", Role: block.RoleBody}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []blockDateCase{
		{"a date with a reading time over the text, the headline taken from the menu", []block.Block{
			{Text: "Back to menu", Role: block.RoleHeadline},
			{Text: "Council approves the market hall", Role: block.RoleRemoved},
			{Text: "Ann Lee", Role: block.RoleRemoved},
			{Text: "Nov 08, 2025 7 min read", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, day(2025, 11, 8)},
		{"a German date among words over the text", []block.Block{
			{Text: "Lokales 8. Juni 2023 · 3 Min. Lesezeit", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, day(2023, 6, 8)},
		{"a French date field under a breadcrumb read as text", []block.Block{
			{Text: "Accueil / Actualités / Le conseil approuve la halle", Role: block.RoleBody},
			{Text: "Le conseil approuve la halle", Role: block.RoleRemoved},
			{Text: "12 mars 2024 · 4 min de lecture · Par Ann Lee", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, day(2024, 3, 12)},
		{"month first on the page", []block.Block{
			{Text: "03/04/2019 | Local news", Role: block.RoleRemoved},
			body,
		}, classify.OrderMonthFirst, day(2019, 3, 4)},
		{"a date far above the text is not read", []block.Block{
			{Text: "Nov 08, 2025 7 min read", Role: block.RoleRemoved},
			{Text: "Home", Role: block.RoleRemoved},
			{Text: "Shop", Role: block.RoleRemoved},
			{Text: "Contact", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, time.Time{}},
		{"a date field under the first paragraph taken for a subheading", []block.Block{
			{Text: "Back to menu", Role: block.RoleHeadline},
			{Text: "Home / News / Council approves the market hall", Role: block.RoleBody},
			{Text: "December 15, 2025 · 4 min read", Role: block.RoleSubheading},
			body,
		}, classify.OrderDayFirst, day(2025, 12, 15)},
		{"a date alone under the first paragraph in the text is the text's", []block.Block{
			body,
			{Text: "December 15, 2025", Role: block.RoleBody},
			body,
		}, classify.OrderDayFirst, time.Time{}},
		{"a mixed line under the first paragraph is not read", []block.Block{
			body,
			{Text: "Tickets on sale from Jun 08, 2023 at the box office", Role: block.RoleRemoved},
			body,
		}, classify.OrderDayFirst, time.Time{}},
		{"a date in the text is not a dateline", []block.Block{
			{Text: "Menu", Role: block.RoleRemoved},
			{Text: "It opens on Jun 08, 2023.", Role: block.RoleBody},
		}, classify.OrderDayFirst, time.Time{}},
		{"no body", []block.Block{{Text: "Jun 08, 2023", Role: block.RoleRemoved}}, classify.OrderDayFirst, time.Time{}},
	}
	runBlockDateCases(t, tests, datelineAboveBody)
}

// TestTextPublished checks the order in which ParseText's date sources are taken:
// the dateline beside the headline wins over a dated line elsewhere on the page (the
// day's date in a newspaper's masthead, other stories' dates in a side column, a
// quoted post's date in the text), which the classifier reads as a dateline too.
func TestTextPublished(t *testing.T) {
	head := block.Block{Text: "Council approves the covered market hall", Role: block.RoleHeadline}
	body := block.Block{Text: "The council voted nine to two on Tuesday to build a covered market hall.", Role: block.RoleBody}
	menu := block.Block{Text: "Home", Role: block.RoleRemoved, Reason: block.ReasonNavigation}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	dateline := func(text string) block.Block {
		p, _, _ := classify.ParseDateline(text)
		return block.Block{Text: text, Role: block.RoleDateline, Published: p}
	}
	// first is what assemble reads: the first dated byline's or dateline's date.
	first := func(blocks []block.Block) time.Time {
		for _, b := range blocks {
			if (b.Role == block.RoleDateline || b.Role == block.RoleByline) && !b.Published.IsZero() {
				return b.Published
			}
		}
		return time.Time{}
	}
	tests := []struct {
		name   string
		blocks []block.Block
		want   time.Time
	}{
		{"the day's date in the masthead", []block.Block{
			dateline("Friday, December 19, 2025"), menu, menu, menu, menu, head,
			{Text: "By Dana Whitfield", Role: block.RoleByline}, dateline("December 12, 2025"), body,
		}, day(2025, 12, 12)},
		{"a German masthead", []block.Block{
			dateline("Freitag, 19. Dezember 2025"), menu, menu, menu, menu, head,
			{Text: "Von Dana Whitfield", Role: block.RoleByline}, dateline("12. Dezember 2025"), body,
		}, day(2025, 12, 12)},
		{"a list of other stories' dates in a side column", []block.Block{
			head, {Text: "On behalf of Whitfield Law | 21.04.2017 | Local government", Role: block.RoleStandfirst}, body,
			{Text: "Latest News", Role: block.RoleRemoved, Reason: block.ReasonRelated},
			{Text: "Bridge repairs start next week", Role: block.RoleRemoved, Reason: block.ReasonRelated}, dateline("March 29, 2025"),
			{Text: "New library hours announced", Role: block.RoleRemoved, Reason: block.ReasonRelated}, dateline("March 27, 2025"),
			body,
		}, day(2017, 4, 21)},
		{"a quoted post's date in the text", []block.Block{
			head, {Text: "Essai · Publié : 2025.12.17 · politique locale", Role: block.RoleStandfirst}, body,
			dateline("— Sam Ortiz (@samortiz) 20 novembre 2025"), body,
		}, day(2025, 12, 17)},
		{"the masthead's day a few lines over the dateline just above the headline", []block.Block{
			dateline("Friday, December 19, 2025"), menu, dateline("December 12, 2025"), head, body,
		}, day(2025, 12, 12)},
		{"a date just above the headline over a dated byline under it", []block.Block{
			{Text: "Local news · December 12, 2025", Role: block.RoleRemoved, Reason: block.ReasonNavigation}, head,
			{Text: "By Dana Whitfield, December 19, 2025", Role: block.RoleByline, Published: day(2025, 12, 19)}, body,
		}, day(2025, 12, 12)},
		{"no dateline by the headline: the first one", []block.Block{
			dateline("March 29, 2025"), menu, menu, menu, menu, head, body,
		}, day(2025, 3, 29)},
		{"then a labelled one after the headline", []block.Block{
			head, body, body, {Text: "Veröffentlicht am 3. März 2024", Role: block.RoleRemoved},
		}, day(2024, 3, 3)},
		{"then one over the first paragraph", []block.Block{
			{Text: "Back to menu", Role: block.RoleHeadline}, {Text: "Council approves the covered market hall", Role: block.RoleRemoved},
			{Text: "8 juin 2023 · 3 min de lecture", Role: block.RoleRemoved}, body,
		}, day(2023, 6, 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textPublished(tt.blocks, classify.OrderDayFirst, first(tt.blocks)))
		})
	}
}

// blockDateCase is a case of a date search over classified blocks.
type blockDateCase struct {
	name   string
	blocks []block.Block
	order  classify.NumericOrder
	want   time.Time
}

// runBlockDateCases checks the date search on each case.
func runBlockDateCases(t *testing.T, tests []blockDateCase, search func([]block.Block, classify.NumericOrder) time.Time) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, search(tt.blocks, tt.order))
		})
	}
}
