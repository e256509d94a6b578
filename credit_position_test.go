package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kettleProse are paragraphs of a product round-up, written for these tests. They
// name no brand, so each case adds the sentences that say how its page writes one.
var kettleProse = []string{
	"We boiled water in every kettle on this list twice a day for a month, timing each one and noting how loud it was, how hot the handle became and how easily it poured.",
	"Our favourite pours with real control thanks to its long gooseneck spout, and the dial lets you pick a temperature to the degree, which matters more for green tea than most people expect.",
	"If you only ever make one mug at a time, a smaller model heats faster and takes up less room on the counter, although you give up the hold function that keeps water warm.",
}

// creditsOf returns the credit texts of a's pictures, in order.
func creditsOf(a *Article) []string {
	var out []string
	for _, img := range a.Images {
		if img.Credit != nil {
			out = append(out, img.Credit.Text)
		}
	}
	return out
}

// TestCreditsByPlaceAndShape: a line naming no known agency and carrying no label is
// a credit when it stands where credits stand and has a name's shape, read against
// the page's own writing; headings, prices, ratings, model names and labels standing
// in the same places are not.
func TestCreditsByPlaceAndShape(t *testing.T) {
	head := "The best kettles for a slow morning\n\nBy Jane Doe\n\n" + kettleProse[0]
	cases := []struct {
		name    string
		dump    string
		credits []string
		paras   []string // lines that must stay paragraphs
	}{
		{
			name:    "a domain under an image gap",
			dump:    head + "\n\n\nKettlecorner.com\n\n" + kettleProse[1] + "\n\n" + kettleProse[2] + "\n",
			credits: []string{"Kettlecorner.com"},
		},
		{
			// Gallery credits are kept per picture.
			name: "a site's name under each picture, capitalised wherever the prose names it",
			dump: head + " Our testers at Harbour Test Kitchen did the pouring." +
				"\n\n\nHarbour Test Kitchen\n\n" + kettleProse[1] +
				"\n\n\nHarbour Test Kitchen\n\n" + kettleProse[2] +
				"\n\n\nHarbour Test Kitchen\n\n" + kettleProse[1] + "\n",
			credits: []string{"Harbour Test Kitchen", "Harbour Test Kitchen", "Harbour Test Kitchen"},
		},
		{
			name: "a brand over the product heading that repeats it",
			dump: head + "\n\n\nNorthwind\n\nNorthwind Gooseneck Kettle for $60\n\n" + kettleProse[1] +
				"\n\n\nRidgeway\n\nRidgeway Compact Kettle for $35\n\n" + kettleProse[2] + "\n",
			credits: []string{"Northwind", "Ridgeway"},
			paras:   []string{"Northwind Gooseneck Kettle for $60", "Ridgeway Compact Kettle for $35"},
		},
		{
			name: "a brand with a capital inside, under a caption",
			dump: head + "\n\n" + kettleProse[1] + "\n\n" + kettleProse[2] + "\n\n" + kettleProse[1] +
				"\n\n\nA kettle on the hob of a narrowboat galley.\nBrightLoop\n\n" + kettleProse[1] + "\n\n" + kettleProse[2] + "\n",
			credits: []string{"BrightLoop"},
		},
		{
			name: "a section heading under a caption, its word common on the page",
			dump: head + " Descaling is the chore nobody enjoys, but descaling often keeps a kettle quiet." +
				"\n\n\nLimescale on the element of a kettle after a year of hard water\nDescaling\n\n" + kettleProse[1] + "\n\n" + kettleProse[2] + "\n",
			paras: []string{"Descaling"},
		},
		{
			name: "prices, ratings and model names under captions",
			dump: head + "\n\n\nThe steel gooseneck kettle on a wooden counter\n$49.99\n\n" + kettleProse[1] +
				"\n\n\nThe compact kettle beside a mug for scale\n4.8 / 5\n\n" + kettleProse[2] +
				"\n\n\nThe glass kettle lit from below as it boils\nAcme GK200\n\n" + kettleProse[1] + "\n",
		},
		{
			name: "questions and possessive headings under captions",
			dump: head + "\n\n\nThe steel gooseneck kettle on a wooden counter\nWhy We Like It\n\n" + kettleProse[1] +
				"\n\n\nThe compact kettle beside a mug for scale\nNorthwind’s Features\n\n" + kettleProse[2] + "\n",
			paras: []string{"Why We Like It", "Northwind’s Features"},
		},
		{
			name: "a section label under each picture, never a name in the prose",
			dump: head + "\n\n\nPros\n\n- Pours without dribbling\n\n- Quiet at the boil\n\n" + kettleProse[1] +
				"\n\n\nPros\n\n- Heats one mug fast\n\n- Small footprint\n\n" + kettleProse[2] + "\n",
		},
		{
			name: "an author's box: the name over prose that opens with it",
			dump: head + "\n\n" + kettleProse[1] + "\n\n" + kettleProse[2] +
				"\n\n\nJane Doe\n\nJane Doe is a writer who has tested kettles for ten years.\n\n\nJane Doe\n\nJane Doe is a writer who has tested kettles for ten years.\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText(tc.dump)
			require.NoError(t, err)
			assert.Equal(t, tc.credits, creditsOf(a))
			var texts []string
			for _, p := range a.Paragraphs {
				texts = append(texts, p.Text)
			}
			for _, p := range tc.paras {
				assert.Contains(t, texts, p)
			}
		})
	}
}

// TestLoneAgencyUnderHeadline: a wire agency alone under the headline is the story's
// byline; the same agency under a picture's gap further down is that picture's credit.
func TestLoneAgencyUnderHeadline(t *testing.T) {
	dump := "Harbour board backs plan to rebuild the old pier\n\nReuters\n\n" + reflowProse[0] + "\n\n" + reflowProse[1] +
		"\n\n\nThe old pier at dusk, seen from the harbour wall\nReuters\n\n" + reflowProse[2] + "\n"
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, []string{"Reuters"}, a.Byline)
	assert.Equal(t, []string{"Reuters"}, creditsOf(a))
	require.Len(t, a.Images, 1)
	assert.Equal(t, "The old pier at dusk, seen from the harbour wall", a.Images[0].Caption)
}

// TestTrailingNameCredits: a page that ends several captions with the photographer's
// bare name after the last sentence prints its credits so; a single caption ending
// with a name is left whole, as it may end with a place or a product.
func TestTrailingNameCredits(t *testing.T) {
	two := head2() + "\n\n\nThe gooseneck kettle pouring over a filter cone. Jane Roe\n\n" + kettleProse[1] +
		"\n\n\nThe compact kettle on a narrowboat hob. John Moss\n\n" + kettleProse[2] + "\n"
	a, err := ParseText(two)
	require.NoError(t, err)
	assert.Equal(t, []string{"Jane Roe", "John Moss"}, creditsOf(a))
	require.Len(t, a.Images, 2)
	assert.Equal(t, "The gooseneck kettle pouring over a filter cone.", a.Images[0].Caption)
	assert.Equal(t, []string{"John Moss"}, a.Images[1].Credit.Photographers)

	one := head2() + "\n\n\nThe gooseneck kettle pouring over a filter cone. Jane Roe\n\n" + kettleProse[1] + "\n\n" + kettleProse[2] + "\n"
	a, err = ParseText(one)
	require.NoError(t, err)
	assert.Empty(t, creditsOf(a))
}

// TestTrailingMakerCredits: a page that ends its captions with the maker each one
// names, after the last sentence, credits the maker that supplied the picture.
func TestTrailingMakerCredits(t *testing.T) {
	page := head2() + "\n\n\nThe Kettleworks Duo pictured pouring over a filter cone. Kettleworks\n\n" + kettleProse[1] +
		"\n\n\nA Brewmark compact kettle pictured on a narrowboat hob. Brewmark\n\n" + kettleProse[2] + "\n"
	a, err := ParseText(page)
	require.NoError(t, err)
	assert.Equal(t, []string{"Kettleworks", "Brewmark"}, creditsOf(a))
	require.Len(t, a.Images, 2)
	assert.Equal(t, "A Brewmark compact kettle pictured on a narrowboat hob.", a.Images[1].Caption)
}

// head2 opens a test page with a headline, a byline and enough paragraphs that the
// picture gaps after it stand out from the paragraph breaks.
func head2() string {
	s := "The best kettles for a slow morning\n\nBy Jane Doe"
	for range 3 {
		s += "\n\n" + strings.Join(kettleProse, "\n\n")
	}
	return s
}
