package newsparse

import (
	"testing"
	"time"

	"github.com/newsparse/newsparse/internal/htmldom"
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
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			got, share, ok := parseDateline(tc.line)
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
		"",
	} {
		_, share, ok := parseDateline(line)
		assert.False(t, ok, "%q has no date", line)
		assert.Zero(t, share, line)
	}

	// A sentence that mentions a date is mostly not date.
	for _, line := range []string{
		"She was born on 9 January 1990 in Leeds and studied law in Manchester.",
		"The talks, which began on March 3, 2021, ended without an agreement.",
	} {
		_, share, ok := parseDateline(line)
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
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			pub, mod, share := parseDatelineDates(tt.line)
			assert.True(t, pub.Equal(tt.pub), "published %v, want %v", pub, tt.pub)
			assert.True(t, mod.Equal(tt.mod), "modified %v, want %v", mod, tt.mod)
			assert.GreaterOrEqual(t, share, 0.5)
			got, _, ok := parseDateline(tt.line)
			require.True(t, ok)
			want := tt.pub
			if want.IsZero() {
				want = tt.mod // a line with only an update time gives that
			}
			assert.True(t, got.Equal(want))
		})
	}
}

// TestLooseTimeValue reads the human date forms that metadata fields hold; a value
// that is not all date reads nothing.
func TestLooseTimeValue(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"20 Nov 2019 08:02 GMT", time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC)},
		{"11/20/2019", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"November 20, 2019", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"Jun 24, 2025", time.Date(2025, 6, 24, 0, 0, 0, 0, time.UTC)},
		{"about 3 weeks ago", time.Time{}},
		{"2019", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.True(t, looseTimeValue(tt.in).Equal(tt.want), "got %v", looseTimeValue(tt.in))
			assert.True(t, htmldom.ParseTime(tt.in).IsZero(), "the strict reader takes only machine forms")
		})
	}
}
