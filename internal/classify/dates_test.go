package classify

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDateline(t *testing.T) {
	const hour = 3600
	tests := []struct {
		line     string
		want     time.Time // the instant
		offset   int       // the zone offset it was written in, seconds east of UTC
		minShare float64   // how much of the line, at least, is date
	}{
		{"Published 10:32, 9 Jan 2022 | Updated 11:05",
			time.Date(2022, 1, 9, 10, 32, 0, 0, time.UTC), 0, 0.99},
		{"Updated 11:05, 10 Jan 2022 | Published 10:32, 9 Jan 2022",
			time.Date(2022, 1, 9, 10, 32, 0, 0, time.UTC), 0, 0.99},
		// US Eastern: UTC-5 in winter, UTC-4 in summer
		{"Updated 3:14 p.m. ET Jan. 9, 2022",
			time.Date(2022, 1, 9, 20, 14, 0, 0, time.UTC), -5 * hour, 0.99},
		{"Updated 3:14 p.m. ET July 9, 2022",
			time.Date(2022, 7, 9, 19, 14, 0, 0, time.UTC), -4 * hour, 0.99},
		{"Posted 9:05 a.m. PT Nov. 20, 2019",
			time.Date(2019, 11, 20, 17, 5, 0, 0, time.UTC), -8 * hour, 0.99},
		// daylight saving time starts at 2 a.m. on the second Sunday of March
		{"1:30 a.m. ET March 12, 2023",
			time.Date(2023, 3, 12, 6, 30, 0, 0, time.UTC), -5 * hour, 0.99},
		{"3:30 a.m. ET March 12, 2023",
			time.Date(2023, 3, 12, 7, 30, 0, 0, time.UTC), -4 * hour, 0.99},
		{"Jan. 9, 2022 at 3:14 p.m. EST",
			time.Date(2022, 1, 9, 20, 14, 0, 0, time.UTC), -5 * hour, 0.99},
		{"PUBLISHED: November 19, 2019 at 8:59 pm",
			time.Date(2019, 11, 19, 20, 59, 0, 0, time.UTC), 0, 0.99},
		{"March 15, 2023 at 12:05 am",
			time.Date(2023, 3, 15, 0, 5, 0, 0, time.UTC), 0, 0.99},
		{"March 15, 2023 at 12:30 pm",
			time.Date(2023, 3, 15, 12, 30, 0, 0, time.UTC), 0, 0.99},
		{"2019-11-19T12:48:14Z",
			time.Date(2019, 11, 19, 12, 48, 14, 0, time.UTC), 0, 0.99},
		{"2019-11-19T12:48:14+01:00",
			time.Date(2019, 11, 19, 11, 48, 14, 0, time.UTC), 1 * hour, 0.99},
		{"2019-11-19T08:48:14-04:00",
			time.Date(2019, 11, 19, 12, 48, 14, 0, time.UTC), -4 * hour, 0.99},
		{"2022-01-09",
			time.Date(2022, 1, 9, 0, 0, 0, 0, time.UTC), 0, 0.99},
		{"2022-01-09 10:32",
			time.Date(2022, 1, 9, 10, 32, 0, 0, time.UTC), 0, 0.99},
		{"Mon 18 Nov 2019 18.54 GMT",
			time.Date(2019, 11, 18, 18, 54, 0, 0, time.UTC), 0, 0.99},
		{"Sun 9 Jul 2023 09.15 BST",
			time.Date(2023, 7, 9, 8, 15, 0, 0, time.UTC), 1 * hour, 0.99},
		{"Wednesday 4 January 2023, 10:32 CET",
			time.Date(2023, 1, 4, 9, 32, 0, 0, time.UTC), 1 * hour, 0.99},
		{"Posted on 2nd March 2023",
			time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC), 0, 0.99},
		{"09/01/2022", time.Date(2022, 1, 9, 0, 0, 0, 0, time.UTC), 0, 0.99},
		{"11/14/2019", time.Date(2019, 11, 14, 0, 0, 0, 0, time.UTC), 0, 0.99},
		{"14.11.2019 um 10:07 Uhr",
			time.Date(2019, 11, 14, 10, 7, 0, 0, time.UTC), 0, 0.99},
		{"19 de novembro de 2019",
			time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC), 0, 0.99},
		{"By Jane Doe, January 9, 2022",
			time.Date(2022, 1, 9, 0, 0, 0, 0, time.UTC), 0, 0.5},
		// Adjacent inline elements printed without a space: the month glued to the
		// word before it, the year to the count after it.
		{"7 min readDec 30, 2013",
			time.Date(2013, 12, 30, 0, 0, 0, 0, time.UTC), 0, 0.5},
		{"Posted onMarch 11, 2024",
			time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), 0, 0.99},
		{"Updated onFebruary 16, 2026",
			time.Date(2026, 2, 16, 0, 0, 0, 0, time.UTC), 0, 0.99},
		{"Mar 27, 20255 mins",
			time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC), 0, 0.5},
		{"November 11, 202228 comments",
			time.Date(2022, 11, 11, 0, 0, 0, 0, time.UTC), 0, 0.5},
		// The time glued to the year the same way.
		{"October 17, 20236:01 PM ET",
			time.Date(2023, 10, 17, 22, 1, 0, 0, time.UTC), -4 * hour, 0.99},
		{"Originally published November 9, 202211:01 AM ET",
			time.Date(2022, 11, 9, 16, 1, 0, 0, time.UTC), -5 * hour, 0.99},
		{"12 mars 202414:30",
			time.Date(2024, 3, 12, 14, 30, 0, 0, time.UTC), 0, 0.99},
		// The day is the number beside the month, not a count before it.
		{"5 min read · 30 Dec 2013",
			time.Date(2013, 12, 30, 0, 0, 0, 0, time.UTC), 0, 0.5},
		{"12 comments | Dec 3, 2013",
			time.Date(2013, 12, 3, 0, 0, 0, 0, time.UTC), 0, 0.5},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			got, share, ok := ParseDateline(tc.line)
			require.True(t, ok, "a date is read")
			assert.True(t, tc.want.Equal(got), "want %s, got %s", tc.want, got)
			_, off := got.Zone()
			assert.Equal(t, tc.offset, off, "zone offset of %s", got)
			assert.GreaterOrEqual(t, share, tc.minShare, "share of date")
			assert.LessOrEqual(t, share, 1.0, "share of date")
		})
	}

	// No date at all: a year alone, a model number, a clock time alone.
	for _, line := range []string{
		"The factory opened in 2019 and now employs 300 people.",
		"Boeing 737",
		"Boeing 737 Max 8",
		"Updated 11:05",
		"Chapter 9",
		"The ratio was 14.11 last year",
		"Mar 27, 30255 mins", // no year in the five digits
		"20255 Mar 27",       // no month and day before them
		"",
	} {
		_, share, ok := ParseDateline(line)
		assert.False(t, ok, "%q has no date", line)
		assert.Zero(t, share, line)
	}

	// A sentence that mentions a date is mostly not date.
	for _, line := range []string{
		"She was born on 9 January 1990 in Leeds and studied law in Manchester.",
		"The talks, which began on March 3, 2021, ended without an agreement.",
	} {
		_, share, ok := ParseDateline(line)
		if ok {
			assert.Less(t, share, 0.5, "%q is a sentence", line)
		}
	}
}

func TestUSDaylight(t *testing.T) {
	for _, tc := range []struct {
		wall time.Time // a wall-clock time in the US, written as UTC
		want bool
	}{
		{time.Date(2023, 1, 15, 12, 0, 0, 0, time.UTC), false},
		{time.Date(2023, 7, 4, 12, 0, 0, 0, time.UTC), true},
		{time.Date(2023, 3, 12, 1, 59, 0, 0, time.UTC), false},
		{time.Date(2023, 3, 12, 3, 0, 0, 0, time.UTC), true},
		{time.Date(2023, 11, 5, 0, 30, 0, 0, time.UTC), true},
		{time.Date(2023, 11, 5, 2, 30, 0, 0, time.UTC), false},
		{time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC), true},
		{time.Date(2024, 3, 9, 12, 0, 0, 0, time.UTC), false},
	} {
		assert.Equal(t, tc.want, usDaylight(tc.wall), tc.wall.String())
	}
}

// TestParseDatelineDates reads the published and updated times of datelines in the
// languages the reader knows, both readers' datelines alike.
func TestParseDatelineDates(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		line     string
		pub, mod time.Time
	}{
		{"Last updated: Dec 12, 2025", time.Time{}, day(2025, 12, 12)},
		{"Posted on Nov 21, 2018 Updated at Dec 3, 2018", day(2018, 11, 21), day(2018, 12, 3)},
		{"Veröffentlicht am 3. März 2024, aktualisiert am 5. März 2024", day(2024, 3, 3), day(2024, 3, 5)},
		{"Publié le 12 févr. 2023 à 14h30, mis à jour le 13 févr. 2023", day(2023, 2, 12), day(2023, 2, 13)},
		{"Publicado el 7 de diciembre de 2022", day(2022, 12, 7), time.Time{}},
		{"Atualizado em 2 de setembro de 2021", time.Time{}, day(2021, 9, 2)},
		{"Pubblicato il 18 luglio 2020", day(2020, 7, 18), time.Time{}},
		{"Gepubliceerd op 4 mei 2019", day(2019, 5, 4), time.Time{}},
		{"Mittwoch, 1. Oktober 2025", day(2025, 10, 1), time.Time{}},
		{"1er janvier 2024", day(2024, 1, 1), time.Time{}},
		// Two dates side by side, as a template prints its published and updated
		// times in adjacent elements: the first is the one read.
		{"Posted on June 29, 2020November 12, 2021", day(2020, 6, 29), time.Time{}},
		{"By Ann Lee July 30, 2019January 18, 2023 January 18, 2023", day(2019, 7, 30), time.Time{}},
		{"Publié le 3 mars 20245 avril 2024", day(2024, 3, 3), time.Time{}},
		{"3. März 2024 12. April 2024", day(2024, 3, 3), time.Time{}},
		{"7 de diciembre de 2022 9 de enero de 2023", day(2022, 12, 7), time.Time{}},
		{"2019-07-30 2023-01-18", day(2019, 7, 30), time.Time{}},
		{"1/27/2026 - 3/24/2026", day(2026, 1, 27), time.Time{}},
		// A forum post's or a question's edit stamp is an update time.
		{"edited Jul 5, 2020", time.Time{}, day(2020, 7, 5)},
		{"asked Feb 4, 2014 edited Jul 5, 2020", day(2014, 2, 4), day(2020, 7, 5)},
		{"Last edited: Aug 6, 2025", time.Time{}, day(2025, 8, 6)},
		{"Last edited by ann (2024-08-03)", time.Time{}, day(2024, 8, 3)},
		{"Zuletzt bearbeitet: 6. Aug. 2025", time.Time{}, day(2025, 8, 6)},
		{"Zuletzt bearbeitet von ann; 06.08.2025", time.Time{}, day(2025, 8, 6)},
		// An editor's credit labels no date; neither does a word that holds "edited".
		{"Edited by Jane Doe, March 3, 2025", day(2025, 3, 3), time.Time{}},
		{"Bearbeitet von Jana Roth, 3. März 2025", day(2025, 3, 3), time.Time{}},
		{"Credited March 3, 2025", day(2025, 3, 3), time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			pub, mod, share := ParseDatelineDates(tt.line)
			assert.True(t, pub.Equal(tt.pub), "published %v, want %v", pub, tt.pub)
			assert.True(t, mod.Equal(tt.mod), "modified %v, want %v", mod, tt.mod)
			assert.GreaterOrEqual(t, share, 0.5)
			got, _, ok := ParseDateline(tt.line)
			require.True(t, ok)
			want := tt.pub
			if want.IsZero() {
				want = tt.mod // a line with only an update time gives that
			}
			assert.True(t, got.Equal(want))
		})
	}
}

// TestParseDatelineOrder reads numeric dates in each order a page may write them,
// and the forms that name the month between numbers or glue the year to a name.
func TestParseDatelineOrder(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		line  string
		order NumericOrder
		want  time.Time
	}{
		{"03/04/2019", OrderDayFirst, day(2019, 4, 3)},
		{"03/04/2019", OrderMonthFirst, day(2019, 3, 4)},
		{"Posted 03.04.2019", OrderMonthFirst, day(2019, 3, 4)},
		// a number above 12 settles the order whatever the page says
		{"25/04/2019", OrderMonthFirst, day(2019, 4, 25)},
		{"04/25/2019", OrderDayFirst, day(2019, 4, 25)},
		{"01-20-2024", OrderDayFirst, day(2024, 1, 20)},
		{"2019-03-04", OrderMonthFirst, day(2019, 3, 4)},
		{"Published on 25.Jun.2019", OrderDayFirst, day(2019, 6, 25)},
		{"12-Mar-2020", OrderMonthFirst, day(2020, 3, 12)},
		{"4-mai-2021", OrderDayFirst, day(2021, 5, 4)},
		{"Dec 17, 2025Julian Arni", OrderDayFirst, day(2025, 12, 17)},
		{"on Friday December 19, 2025 @08:00PM", OrderDayFirst, time.Date(2025, 12, 19, 20, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, _, ok := ParseDatelineIn(tt.line, tt.order)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCutGluedYear(t *testing.T) {
	tests := []struct {
		tok, year, rest string
		ok              bool
	}{
		{"2025julian", "2025", "julian", true},
		{"2019t12:48", "", "", false},
		{"2025x", "", "", false}, // one letter is no word
		{"9th", "", "", false},
		{"20255", "", "", false},
		{"1850jones", "", "", false},
	}
	for _, tt := range tests {
		year, rest, ok := cutGluedYear(tt.tok)
		assert.Equal(t, tt.ok, ok, tt.tok)
		assert.Equal(t, tt.year, year, tt.tok)
		assert.Equal(t, tt.rest, rest, tt.tok)
	}
}

func TestUnglueMonths(t *testing.T) {
	tests := []struct{ in, want string }{
		{"7 min readDec 30, 2013", "7 min read Dec 30, 2013"},
		{"StefanNovember 20, 2025", "Stefan November 20, 2025"},
		{"Updated onFebruary 16, 2026", "Updated on February 16, 2026"},
		{"iPhone 15, 2023", "iPhone 15, 2023"},     // a capital that opens no month
		{"McDonald 2023", "McDonald 2023"},         // after a capital, no join
		{"Decisions 2023", "Decisions 2023"},       // a month's letters opening a longer word
		{"readDECEMBER 2023", "readDECEMBER 2023"}, // capitals throughout are one word
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, unglueMonths(tt.in), tt.in)
	}
}

func TestCountNumericOrders(t *testing.T) {
	tests := []struct {
		s    string
		d, m int
	}{
		{"25/04/2019", 1, 0},
		{"04/25/2019", 0, 1},
		{"03/04/2019", 0, 0},
		{"25/04-2019", 0, 0},  // mixed separators
		{"25/04/20199", 0, 0}, // five-digit year
		{"125/04/2019", 0, 0}, // part of a longer number
		{"1.25.2019 and 31.12.2020", 1, 1},
		{"32/01/2019", 0, 0},
	}
	for _, tt := range tests {
		d, m := countNumericOrders(tt.s)
		assert.Equal(t, tt.d, d, tt.s)
		assert.Equal(t, tt.m, m, tt.s)
	}
}

func TestOpensWithNumericDate(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"13/06/2014 Jane Doe All, Books, Kit Reviews", true},
		{"2019-11-20 | News", true},
		{"20.11.2019 Politik", true},
		{"12 people were hurt on Tuesday.", false},
		{"1/2 cup of sugar", false},
		{"3-1 win for the visitors", false},
		{"", false},
	} {
		assert.Equal(t, c.want, OpensWithNumericDate(c.line), c.line)
	}
}

// TestHasDateLabelEdits reads a post's edit stamp as a date label and an editor's
// credit as none, in English and German.
func TestHasDateLabelEdits(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"edited Jul 5, 2020 at 10:00", true},
		{"Last edited: Aug 6, 2025", true},
		{"Last edited by ann (2024-08-03 11:02:20)", true},
		{"Zuletzt bearbeitet von ann", true},
		{"Edited by Jane Doe", false},
		{"Edited: by Jane Doe", false},
		{"Bearbeitet von Jana Roth", false},
		{"Image credited to Jane Doe", false},
		{"Unedited footage", false},
		{"Edited by Jane Doe, updated March 3, 2025", true},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			assert.Equal(t, tt.want, HasDateLabel(tt.line))
		})
	}
}
