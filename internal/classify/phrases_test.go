package classify

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// capitalised upper-cases the first letter of s, as a line's first word is printed.
func capitalised(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// TestFurniturePhrases checks every entry of the furniture tables, as scrapers print
// them: alone on a line, with trailing punctuation or an arrow, in capitals, and for
// prefix entries followed by a title.
func TestFurniturePhrases(t *testing.T) {
	for _, p := range furniturePhrases {
		t.Run(p.text, func(t *testing.T) {
			assert.Equal(t, p.text, strings.TrimSpace(strings.ToLower(p.text)), "entries are lower case and trimmed")
			base := strings.TrimRight(p.text, ":")
			forms := []string{
				p.text,
				base,
				base + ":",
				base + " »",
				base + " ›",
				base + "...",
				strings.ToUpper(p.text),
				capitalised(base),
			}
			if p.prefix {
				forms = append(forms, p.text+" Some headline about the council budget",
					capitalised(p.text)+" Some headline about the council budget")
			}
			for _, line := range forms {
				r, ok := Furniture(line)
				if assert.True(t, ok, "%q is furniture", line) {
					assert.Equal(t, p.reason, r, "reason for %q", line)
				}
			}
		})
	}
	for _, p := range furnitureInside {
		t.Run(p.text, func(t *testing.T) {
			for _, line := range []string{
				"Get the best stories " + p.text + " every week.",
				"Already read it? " + capitalised(p.text) + " now",
			} {
				r, ok := Furniture(line)
				if assert.True(t, ok, "%q is furniture", line) {
					assert.Equal(t, p.reason, r, "reason for %q", line)
				}
			}
		})
	}
}

// TestFurnitureSentences: the words of the tables inside ordinary prose, or a line
// that is content, are not furniture.
func TestFurnitureSentences(t *testing.T) {
	for _, line := range []string{
		"She said she would continue reading the report before deciding.",
		"Residents who want to read more about the plan can visit the library on Monday.",
		"The council will share the cost of the new bridge with the county.",
		"He told reporters he would not comment on the advertisement campaign.",
		"Subscribers to the service rose by a third last year, the company said.",
		"Police asked anyone with information to call them or email the station.",
		"The video shows the moment the bridge collapsed into the river below.",
		"Comments made by the minister on Tuesday drew sharp criticism from unions.",
		"Related costs pushed the total above the original estimate.",
		"Watch parties were held in pubs across the city as the match went to penalties.",
		"Most read the warning as a sign that the talks had failed.",
		"The newsletter, which began as a hobby, now has 40,000 readers and a staff of three.",
		"Crowds gather in the square",
		"Kazakhstan: Destruction after civil unrest",
	} {
		r, ok := Furniture(line)
		assert.False(t, ok, "%q is not furniture (got %q)", line, r)
	}
	// separators are furniture
	for _, line := range []string{"* * *", "___", "•••", "—"} {
		r, ok := Furniture(line)
		assert.True(t, ok, line)
		assert.Equal(t, ReasonBoilerplate, r, line)
	}
	// a bare count or a run of page links is navigation, though no gallery counter
	for _, line := range []string{"6", "108", "1 2 3 4 5 6 7 8"} {
		r, ok := Furniture(line)
		assert.True(t, ok, line)
		assert.Equal(t, ReasonNavigation, r, line)
		assert.False(t, isGalleryCounter(line), line)
	}
	for _, line := range []string{"9/11", "24/7", "1,000", "3.5"} {
		_, ok := Furniture(line)
		assert.False(t, ok, line)
	}
	// a long line is never looked up
	_, ok := Furniture("Read more: " + strings.Repeat("word ", 50))
	assert.False(t, ok, "a line of over 200 bytes is prose")
}

func TestGalleryCounter(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"1 / 13", true},
		{"Image 1 of 5", true},
		{"Photo 3 of 12", true},
		{"1 of / 23", true},
		{"3 of 12", true},
		{"Slide 2 / 9", true},
		{"GALLERY 4 OF 20", true},
		{"Photo 1/13", true},
		{"Image 1 of / 1", true},
		{"Top 10 of 2019", false},
		{"9/11", false},
		{"24/7", false},
		{"Chapter 3 of the report", false},
		{"2019", false},
		{"Photo 3", false},
		{"Photo 3 12", false},
		{"1 of 2 of 3", false},
		{"1,000 of 2,000", false},
		{"Image", false},
		{"of /", false},
		{"", false},
		{"1 / 13 photos of the flood damage along the river", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, isGalleryCounter(tc.line), "%q", tc.line)
		r, ok := Furniture(tc.line)
		if tc.want {
			assert.True(t, ok, "%q", tc.line)
			assert.Equal(t, ReasonNavigation, r, "%q", tc.line)
		}
	}
}

func TestBreadcrumb(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Blog > Nutrition > Meal Plans", true},
		{"Home » News » World", true},
		{"Sport › Football › Premier League › Fixtures", true},
		{"Home > News", false},
		{"Prices rose > 5% > expected. Analysts were surprised > again.", false},
		{"Costs > £2m > budget, the council said.", false},
		{"Home → Guides → Travel", true},
		{"Home » News › World", false}, // two arrows, one of each
		{"Home >> News >> World", false},
		{"Home > News » World » Asia", true}, // the arrow that stands twice decides
	} {
		assert.Equal(t, c.want, isBreadcrumb(c.line), c.line)
	}
}

// TestFurnitureLeads checks every entry of the short-line lead table the HTML reader
// brought to the shared lexicon: a short line that opens with it is furniture, a
// paragraph that happens to open with the same words is not.
func TestFurnitureLeads(t *testing.T) {
	long := " the council's plans, which were published on Monday after two years of consultation with residents, drew more objections than any scheme in the town's history."
	for _, p := range furnitureLeads {
		lead := strings.ToUpper(p.text[:1]) + p.text[1:]
		r, ok := Furniture(lead + " Harbour Weekly")
		assert.True(t, ok, p.text)
		assert.Equal(t, p.reason, r, p.text)
		r, ok = Furniture("» " + lead + ": the week in pictures")
		assert.True(t, ok, p.text)
		assert.Equal(t, p.reason, r, p.text)
		_, ok = Furniture(lead + long)
		assert.False(t, ok, p.text)
	}
	r, ok := Furniture("Related Topics")
	assert.True(t, ok)
	assert.Equal(t, ReasonNavigation, r, "a whole-line entry wins over a lead")
}

func TestSkipLinksAreNavigation(t *testing.T) {
	for _, s := range []string{"Skip to contentSkip to site index", "Skip to main navigation", "Skip to Content Skip to Footer", "Skip to primary sidebar"} {
		r, ok := Furniture(s)
		assert.True(t, ok, s)
		assert.Equal(t, ReasonNavigation, r, s)
	}
}

// TestFurnitureRuleOf names the rule that finds each kind of furniture line, the
// first in FurnitureRule's order.
func TestFurnitureRuleOf(t *testing.T) {
	for _, tc := range []struct {
		line   string
		reason Reason
		rule   FurnitureRule
	}{
		{"Continue reading »", ReasonBoilerplate, WholePhrase},
		{"Read more: Harbour fees to rise", ReasonRelated, PhrasePrefix},
		{"Related coverage from the coast", ReasonRelated, LeadPhrase},
		{"Get the week's stories to your inbox every Friday.", ReasonNewsletter, InsidePhrase},
		{"* * *", ReasonBoilerplate, Separator},
		{"Image 2 of 7", ReasonNavigation, GalleryCounter},
		{"1 2 3 4", ReasonNavigation, NumberRun},
		{"Home » Travel » Coast", ReasonNavigation, Breadcrumb},
		{"The harbour reopened on Monday.", NoReason, NoFurniture},
		// controls run together: each word alone a whole line of furniture, the
		// first one's reason standing for the run
		{"Facebook Twitter LinkedIn Email", ReasonBoilerplate, ControlRun},
		{"Share | Print", ReasonBoilerplate, ControlRun},
		{"Facebook, Twitter, Reddit", ReasonBoilerplate, ControlRun},
		{"Home / Search / Menu", ReasonNavigation, ControlRun},
		{"Comments Share", ReasonComments, ControlRun},
		{"Facebook", ReasonBoilerplate, WholePhrase},
		{"Facebook Twitter Outage Lasts Hours", NoReason, NoFurniture},
		{"Jane Doe", NoReason, NoFurniture},
		{"Share Share Share Share Share Share Share Share Share", NoReason, NoFurniture}, // more than a bar holds
		{"| |", ReasonBoilerplate, Separator},
	} {
		r, rule := FurnitureRuleOf(tc.line)
		assert.Equal(t, tc.reason, r, tc.line)
		assert.Equal(t, tc.rule, rule, "%q: %v", tc.line, rule)
		_, ok := Furniture(tc.line)
		assert.Equal(t, tc.rule != NoFurniture, ok, tc.line)
	}
	assert.Equal(t, "breadcrumb", Breadcrumb.String())
	assert.Equal(t, "control run", ControlRun.String())
	assert.Equal(t, "unknown", FurnitureRule(200).String())
}

// TestPhraseScannerAtEveryOffset holds phraseScanner.find to what it promises: the
// reason of the first phrase, in table order, that the line holds anywhere. Each
// phrase of both scanners is set at every offset of a filler line and of its
// bytes' neighbours, so that the windows the search moves by start and end
// everywhere around it.
func TestPhraseScannerAtEveryOffset(t *testing.T) {
	for name, ps := range map[string]*phraseScanner{"inside": insideIndex, "caption cues": captionCueIndex} {
		first := func(low string) (Reason, bool) {
			for _, p := range ps.phrases {
				if strings.Contains(low, p.text) {
					return p.reason, true
				}
			}
			return NoReason, false
		}
		filler := "the quick brown fox jumps over the lazy dog and runs away"
		for _, p := range ps.phrases {
			for off := 0; off <= 13; off++ {
				for _, tail := range []string{"", "x", " and more words after it"} {
					line := filler[:off] + p.text + tail
					want, wantOK := first(line)
					got, ok := ps.find([]byte(line))
					require.True(t, wantOK, "%s: %q", name, line)
					assert.Equal(t, wantOK, ok, "%s: %q", name, line)
					assert.Equal(t, want, got, "%s: %q", name, line)
				}
			}
		}
		for off := 0; off < len(filler); off++ {
			_, ok := ps.find([]byte(filler[off:]))
			assert.False(t, ok, "%s: %q", name, filler[off:])
		}
	}
}
