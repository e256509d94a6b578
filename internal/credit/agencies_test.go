package credit

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAgencies checks every entry of the agency table, so a new entry is tested as
// soon as it is added.
func TestAgencies(t *testing.T) {
	require.GreaterOrEqual(t, len(agencies), 60, "the table lists at least 60 agencies")

	owner := map[string]string{} // lower-cased alias → the agency that lists it
	names := map[string]bool{}
	for _, a := range agencies {
		require.NotEmpty(t, a.name)
		require.NotEmpty(t, a.aliases, a.name)
		assert.False(t, names[a.name], "%s is listed twice", a.name)
		names[a.name] = true
		for _, alias := range a.aliases {
			key := strings.ToLower(alias)
			if prev, ok := owner[key]; ok {
				assert.Equal(t, prev, a.name, "alias %q is claimed by %s and %s", alias, prev, a.name)
			}
			owner[key] = a.name
			assert.Equal(t, strings.TrimSpace(alias), alias, "alias %q has stray spaces", alias)
			assert.NotContains(t, alias, ",", "alias %q would be split at its comma", alias)

			for _, form := range []string{alias, strings.ToLower(alias), strings.ToUpper(alias)} {
				assert.Equal(t, a.name, agencyByAlias[strings.ToLower(form)], "alias %q", form)
				assert.True(t, IsAgency(form), "alias %q", form)
			}
		}
	}
	assert.Len(t, agencyByAlias, len(owner), "agencyByAlias holds every alias once")
}

// TestAgencyCredits reads every alias inside a credit line, the way it is printed.
func TestAgencyCredits(t *testing.T) {
	for _, a := range agencies {
		for _, alias := range a.aliases {
			t.Run(alias, func(t *testing.T) {
				for _, in := range []string{"Jane Doe/" + alias, "Jane Doe / " + alias, "Photo: Jane Doe/" + alias + ")"} {
					c, ok := Parse(in)
					require.True(t, ok, in)
					assert.Equal(t, []string{"Jane Doe"}, c.Photographers, in)
					assert.Equal(t, []string{a.name}, c.Agencies, in)
				}
				c, ok := Parse(alias)
				require.True(t, ok, alias)
				assert.Equal(t, []string{a.name}, c.Agencies, "%q alone", alias)
				assert.Empty(t, c.Photographers, "%q alone", alias)
			})
		}
	}
}

// TestAgencyNamed: an agency standing alone is found through brackets and a closing
// stop; one inside a longer text is not.
func TestAgencyNamed(t *testing.T) {
	for in, want := range map[string]string{"(AFP)": "AFP", "Reuters.": "Reuters", "[Getty Images]": "Getty Images", "the associated press": "AP"} {
		name, ok := AgencyNamed(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, name, in)
		assert.True(t, IsAgency(in), in)
	}
	for _, in := range []string{"Reuters reporters", "AFP/Jane Doe", "", strings.Repeat("AP ", 100)} {
		_, ok := AgencyNamed(in)
		assert.False(t, ok, in)
		assert.False(t, IsAgency(in), in)
	}
}

// TestAgencyOfLength holds AgencyOf to strings.ToLower's key on texts around the
// longest alias's length, those whose lower case is shorter or longer than their
// bytes included: only so much of a text is lowered, and what is cut must never be
// an alias's.
func TestAgencyOfLength(t *testing.T) {
	longest := ""
	for k := range agencyByAlias {
		if len(k) > len(longest) {
			longest = k
		}
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{longest, true},
		{strings.ToUpper(longest), true},
		{longest + "s", false},
		{longest + " and a much longer line after it", false},
		{"\u212Ayodo", true}, // KELVIN SIGN lowers to "k": three bytes to one
		{strings.Repeat("\u212A", maxAliasLen), false},
		{"İ" + longest, false}, // lowers to two characters
		{"", false},
	} {
		_, ok := AgencyOf(tc.in)
		assert.Equal(t, tc.want, ok, "%q", tc.in)
		_, plain := agencyByAlias[strings.ToLower(tc.in)]
		assert.Equal(t, plain, ok, "%q against its lower case", tc.in)
	}
}
