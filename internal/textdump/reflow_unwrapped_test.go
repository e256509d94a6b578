package textdump

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pandocListingDump and gfmListingDump are pandoc's Markdown and GitHub Markdown of a
// page with a code listing and a table whose lines run past the wrap column: pandoc
// wraps paragraphs at 72 columns, never a listing's lines or a table's rows.
const pandocListingDump = `The council published the timetable for the harbour works on Monday, and
the first boats are expected back at the old pier within a fortnight of
the repairs.

Engineers found that the storms had cut the pier in two places, and that
the mooring rings along its northern side had rusted through after years
of neglect.

` + "`" + `` + "`" + `` + "`" + ` python
def mooringFee(lengthInMetres, daysInHarbour, season="winter", discountForLocalBoats=True):
    rate = SEASONAL_RATES[season] * (LOCAL_DISCOUNT_FACTOR if discountForLocalBoats else FULL_PRICE_FACTOR)
    return round(lengthInMetres * daysInHarbour * rate, 2)  # rounded to the nearest penny for invoices

def berthFor(boat, harbourMap, preferNorthPierForFishingBoats=True, allowVisitorsOnSouthPier=True):
    candidates = [b for b in harbourMap.berths if b.maxLengthInMetres >= boat.lengthInMetres]
    return min(candidates, key=lambda b: (b.pier != "north" and preferNorthPierForFishingBoats, b.fee))
` + "`" + `` + "`" + `` + "`" + `

The fees below apply from the first of May, the council said, and will
be reviewed at the end of the summer season once the repairs are
finished.

  Berth             Fee        Notes
  ----------------- ---------- ----------------------------------------------------------------------------------------------------------------------
  North pier        12 a day   Reserved for fishing boats registered in the harbour, with priority for boats that land their catch here every week.
  South pier        18 a day   Open to visiting yachts of up to twelve metres, bookable through the harbour office or on the council\'s website.
  East slip         6 a day    For small craft and dinghies only, launched and recovered by hand, with no overnight mooring on the slipway.
  West wall         9 a day    Drying berth against the old harbour wall, suitable for boats that can take the ground at low tide.
  Inner basin       15 a day   Pontoon berths with water and power, for boats staying a week or more, booked in advance through the office.
  Outer anchorage   4 a day    Swinging moorings outside the breakwater, exposed in easterly winds, with no access to the harbour\'s facilities.

Fishing boats were the first to return, and the ferry will follow next
week once the last of the moorings has been replaced by the contractors.

The harbour master said the repairs had come in under budget, and that
the savings would pay for new lighting along the length of the southern
breakwater.
`

const gfmListingDump = `The council published the timetable for the harbour works on Monday, and
the first boats are expected back at the old pier within a fortnight of
the repairs.

Engineers found that the storms had cut the pier in two places, and that
the mooring rings along its northern side had rusted through after years
of neglect.

` + "`" + `` + "`" + `` + "`" + ` python
def mooringFee(lengthInMetres, daysInHarbour, season="winter", discountForLocalBoats=True):
    rate = SEASONAL_RATES[season] * (LOCAL_DISCOUNT_FACTOR if discountForLocalBoats else FULL_PRICE_FACTOR)
    return round(lengthInMetres * daysInHarbour * rate, 2)  # rounded to the nearest penny for invoices

def berthFor(boat, harbourMap, preferNorthPierForFishingBoats=True, allowVisitorsOnSouthPier=True):
    candidates = [b for b in harbourMap.berths if b.maxLengthInMetres >= boat.lengthInMetres]
    return min(candidates, key=lambda b: (b.pier != "north" and preferNorthPierForFishingBoats, b.fee))
` + "`" + `` + "`" + `` + "`" + `

The fees below apply from the first of May, the council said, and will
be reviewed at the end of the summer season once the repairs are
finished.

| Berth           | Fee      | Notes                                                                                                                |
|-----------------|----------|----------------------------------------------------------------------------------------------------------------------|
| North pier      | 12 a day | Reserved for fishing boats registered in the harbour, with priority for boats that land their catch here every week. |
| South pier      | 18 a day | Open to visiting yachts of up to twelve metres, bookable through the harbour office or on the council's website.     |
| East slip       | 6 a day  | For small craft and dinghies only, launched and recovered by hand, with no overnight mooring on the slipway.         |
| West wall       | 9 a day  | Drying berth against the old harbour wall, suitable for boats that can take the ground at low tide.                  |
| Inner basin     | 15 a day | Pontoon berths with water and power, for boats staying a week or more, booked in advance through the office.         |
| Outer anchorage | 4 a day  | Swinging moorings outside the breakwater, exposed in easterly winds, with no access to the harbour's facilities.     |

Fishing boats were the first to return, and the ferry will follow next
week once the last of the moorings has been replaced by the contractors.

The harbour master said the repairs had come in under budget, and that
the savings would pay for new lighting along the length of the southern
breakwater.
`

// TestReadStyleUnwrappedBlocks: the lines of a code listing, of a simple table under
// its dashed rule and of a pipe table do not count against the wrap column, so that
// the paragraphs around them are still rejoined.
func TestReadStyleUnwrappedBlocks(t *testing.T) {
	for name, dump := range map[string]string{"markdown": pandocListingDump, "gfm": gfmListingDump} {
		t.Run(name, func(t *testing.T) {
			norm := Normalize(dump)
			assert.Equal(t, 72, ReadStyle(norm).Width)
			blocks := Read(dump, norm, nil, false)
			require.NotEmpty(t, blocks)
			assert.Equal(t, "The council published the timetable for the harbour works on Monday, and "+
				"the first boats are expected back at the old pier within a fortnight of the repairs.", blocks[0].Text)
			last := blocks[len(blocks)-1].Text
			assert.Equal(t, "The harbour master said the repairs had come in under budget, and that "+
				"the savings would pay for new lighting along the length of the southern breakwater.", last)
		})
	}
}
