package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gapPairs returns paragraphs from..to-1 of the distinct pairs of gapProse, joined:
// enough text around a few pictures that their gaps stand out.
func gapPairs(from, to int) []string {
	var out []string
	for i := range gapProse {
		for j := range gapProse {
			if i != j {
				out = append(out, gapProse[i]+" "+gapProse[j])
			}
		}
	}
	return out[from:to]
}

func captionsOf(a *Article) []string {
	var out []string
	for _, img := range a.Images {
		if img.Caption != "" {
			out = append(out, img.Caption)
		}
	}
	return out
}

func subheadingsOf(a *Article) []string { return textsOfKind(a, ParagraphSubheading) }

// textsOfKind lists the texts of the Article's paragraphs of one kind.
func textsOfKind(a *Article, k ParagraphKind) []string {
	var out []string
	for _, p := range a.Paragraphs {
		if p.Kind == k {
			out = append(out, p.Text)
		}
	}
	return out
}

// TestCaptionsByGapLayout: the line after an image gap is a caption or a heading by
// its own shape and by how the page's other gap lines read, never by a switch.
func TestCaptionsByGapLayout(t *testing.T) {
	tests := []struct {
		name     string
		dump     string
		captions []string
		subheads []string
		paras    []string // other lines that stay paragraphs
	}{
		{
			name: "a page that captions its pictures with short sentences",
			dump: gapDump(gapProse[0], "IMG", "The lime kilns at the foot of the path.", gapProse[1],
				"IMG", "Lunch on the shingle at the cove.", gapProse[2], gapProse[3],
				"IMG", "The tea room in the old keepers' cottage.", gapProse[4]),
			captions: []string{"The lime kilns at the foot of the path.", "Lunch on the shingle at the cove.", "The tea room in the old keepers' cottage."},
		},
		{
			name: "title-case headings after pictures on a page whose headings are title case",
			dump: gapDump(gapProse[0], "Getting There by Bus", gapProse[1],
				"IMG", "Where to Stop for Lunch", gapProse[2],
				"IMG", "The Lighthouse Museum and Tea Room", gapProse[3], gapProse[4],
				"Walking the Path in Winter", gapProse[5]),
			subheads: []string{"Getting There by Bus", "Where to Stop for Lunch", "The Lighthouse Museum and Tea Room", "Walking the Path in Winter"},
		},
		{
			name: "numbered headings and questions after pictures are headings",
			dump: gapDump(gapProse[0], "IMG", "1. The climb from the kilns", gapProse[1],
				"IMG", "Step 2: Down to the cove", gapProse[2],
				"IMG", "Is the museum worth a visit?", gapProse[3], gapProse[4]),
			// The question is a paragraph of its own, as the classifier reads questions.
			subheads: []string{"1. The climb from the kilns", "Step 2: Down to the cove"},
			paras:    []string{"Is the museum worth a visit?"},
		},
		{
			name: "a sentence-case caption above the page's title-case headings",
			dump: gapDump(gapProse[0], "Getting There by Bus", gapProse[1],
				"IMG", "A fishing boat drawn up on the shingle at low tide", "Where to Stop for Lunch", gapProse[2],
				"IMG", "Sea pinks flowering along the cliff edge in May", "The Lighthouse Museum and Tea Room", gapProse[3], gapProse[4]),
			captions: []string{"A fishing boat drawn up on the shingle at low tide", "Sea pinks flowering along the cliff edge in May"},
			subheads: []string{"Getting There by Bus", "Where to Stop for Lunch", "The Lighthouse Museum and Tea Room"},
		},
		{
			name: "a gallery whose captions stand between its pictures",
			// The paragraph after the last picture is a gap line that leans away from a
			// caption; the gallery's captions outweigh it.
			dump: gapDump(gapProse[0], gapProse[1], gapProse[2], gapProse[3], "IMG", gallerySentences[0], "IMG", gallerySentences[1],
				"IMG", gallerySentences[2], "IMG", gapProse[4], gapProse[5], galleryCoda),
			captions: gallerySentences,
		},
		{
			name: "names and short lines under pictures that stand below their section's heading",
			// Each section opens with its heading, then its picture, then the
			// photographer's or the picture's name; two headings do not stand around a
			// picture.
			dump: gapDump(gapProse[0], "Getting there by bus", "IMG", "Harbour Light Studio", gapProse[1],
				"Where to stop for lunch", "IMG", "Ana Ruiz Sola", gapProse[2],
				"The lighthouse museum", "IMG", "The keepers' cottages seen from the cliff path", gapProse[3], gapProse[4]),
			captions: []string{"Harbour Light Studio", "Ana Ruiz Sola", "The keepers' cottages seen from the cliff path"},
			subheads: []string{"Getting there by bus", "Where to stop for lunch", "The lighthouse museum"},
		},
		{
			name: "lettered parts of a section under its heading and picture are headings",
			dump: gapDump(gapProse[0], "Part one: The climb", "IMG", "a) Before the kilns", gapProse[1],
				"Part two: The cove", "IMG", "a) Down the valley", gapProse[2], gapProse[3]),
			subheads: []string{"Part one: The climb", "a) Before the kilns", "Part two: The cove", "a) Down the valley"},
		},
		{
			name: "a figure's numbered caption among headings that stand after gaps",
			dump: gapDump(gapProse[0], "IMG", "Getting There by Bus", gapProse[1],
				"IMG", "Figure 1: The lime kilns at the foot of the path", gapProse[2],
				"IMG", "Where to Stop for Lunch", gapProse[3], gapProse[4]),
			captions: []string{"Figure 1: The lime kilns at the foot of the path"},
			subheads: []string{"Getting There by Bus", "Where to Stop for Lunch"},
		},
		{
			name: "captions opened by their picture's place among headings that stand after gaps",
			// "Above:" points to the picture as a number does; a long caption so opened
			// is no paragraph, and a repeated place label is no record's field.
			dump: gapDump(gapProse[0], "IMG", "Getting There by Bus", gapProse[1],
				"IMG", "Above: The lime kilns at the foot of the path, restored by volunteers from the village over three long summers and now open to visitors.", gapProse[2],
				"IMG", "Above: lunch on the shingle at the cove", gapProse[3],
				"IMG", "Where to Stop for Lunch", gapProse[4], gapProse[5]),
			captions: []string{"Above: The lime kilns at the foot of the path, restored by volunteers from the village over three long summers and now open to visitors.",
				"Above: lunch on the shingle at the cove"},
			subheads: []string{"Getting There by Bus", "Where to Stop for Lunch"},
		},
		{
			name: "a title-case heading with a picture under it stays a heading",
			// The gap under a line is where a dropped credit leaves a caption, but a
			// heading in full title case opens its section with the picture first.
			dump: gapDump(gapProse[0], gapProse[1], "Getting There From the Village by Bus", "IMG", gapProse[2],
				gapProse[3], gapProse[4], gapProse[5], galleryCoda),
			subheads: []string{"Getting There From the Village by Bus"},
		},
		{
			name:     "a sentence-case line above a gap is the caption its dropped credit left",
			dump:     gapDump(gapProse[0], gapProse[1], "Flooded fields south of the village on Wednesday", "IMG", gapProse[2], gapProse[3], gapProse[4], gapProse[5], galleryCoda),
			captions: []string{"Flooded fields south of the village on Wednesday"},
		},
		{
			name: "a line above a picture on a page that captions under its pictures",
			// The gap under a line is a dropped credit's only where the page does not
			// set its captions under the pictures' gaps; here it is the next picture's.
			dump: gapDump(append(append(gapPairs(0, 8), "IMG", "The lime kilns at the foot of the path.", gapProse[3], "IMG", "Lunch on the shingle at the cove.", gapProse[4],
				"IMG", "The tea room in the old keepers' cottage.", gapProse[0]),
				append(gapPairs(8, 16), "Choosing the right season for the walk", "IMG", gapProse[5], galleryCoda)...)...),
			captions: []string{"The lime kilns at the foot of the path.", "Lunch on the shingle at the cove.", "The tea room in the old keepers' cottage."},
			subheads: []string{"Choosing the right season for the walk"},
		},
		{
			name: "a field the page repeats under each record's picture is no caption",
			// Long unfinished lines under pictures read as captions, unless each opens
			// with the same label, as a product's or a route's card prints its fields.
			dump: gapDump(gapProse[0], "IMG", "Best for: walkers who want a quiet day on the cliffs with a picnic and a swim", gapProse[1],
				"IMG", "Best for: families with young children and a pushchair who keep to the lower path by the sea", gapProse[2],
				"IMG", "Best for: keen walkers who like steep climbs and a long day out on the hills", gapProse[3]),
			paras: []string{"Best for: families with young children and a pushchair who keep to the lower path by the sea"},
		},
		{
			name: "the same lines without a repeated label are captions",
			dump: gapDump(gapProse[0], "IMG", "Walkers who want a quiet day on the cliffs with a picnic and a swim", gapProse[1],
				"IMG", "Families with young children and a pushchair who keep to the lower path by the sea", gapProse[2],
				"IMG", "Keen walkers who like steep climbs and a long day out on the hills", gapProse[3]),
			captions: []string{"Walkers who want a quiet day on the cliffs with a picnic and a swim", "Families with young children and a pushchair who keep to the lower path by the sea",
				"Keen walkers who like steep climbs and a long day out on the hills"},
		},
		{
			name: "title-case lines that credit the same maker under each picture are captions",
			// A portfolio's shots, each named with the studio that made it, on a page
			// whose headings are in title case and stand after pictures too.
			dump: gapDump(gapProse[0], "Getting There by Bus", gapProse[1],
				"IMG", "Harbour Walk Poster by Northwind", gapProse[2],
				"IMG", "Lighthouse Logo Sketches by Northwind", gapProse[3],
				"IMG", "Where to Stop for Lunch", gapProse[4],
				"IMG", "Tea Room Menu Cards by Northwind", gapProse[5], "Walking the Path in Winter", galleryCoda),
			captions: []string{"Harbour Walk Poster by Northwind", "Lighthouse Logo Sketches by Northwind", "Tea Room Menu Cards by Northwind"},
			subheads: []string{"Getting There by Bus", "Where to Stop for Lunch", "Walking the Path in Winter"},
		},
		{
			name: "a photographer's copyright and an archive named again are captions",
			dump: gapDump(gapProse[0], "Getting There by Bus", gapProse[1],
				"IMG", "The Lime Kilns | © 2019 Ana Ruiz Sola", "Where to Stop for Lunch", gapProse[2],
				"IMG", "Shingle Cove at Dusk | © 2021 Ana Ruiz Sola", "The Lighthouse Museum", gapProse[3],
				"IMG", "Keepers' Cottages, 1890 — via the County Archive", gapProse[4],
				"IMG", "The Old Ferry Slip, 1902 — via the County Archive", gapProse[5]),
			captions: []string{"The Lime Kilns | © 2019 Ana Ruiz Sola", "Shingle Cove at Dusk | © 2021 Ana Ruiz Sola",
				"Keepers' Cottages, 1890 — via the County Archive", "The Old Ferry Slip, 1902 — via the County Archive"},
			subheads: []string{"Getting There by Bus", "Where to Stop for Lunch", "The Lighthouse Museum"},
		},
		{
			name: "headings that name a different maker each are headings",
			// A list of books or courses names its author or provider in each heading;
			// two by one author among them make no captions.
			dump: gapDump(gapProse[0], "Walking Guides Worth Reading", gapProse[1],
				"IMG", "Coastal Paths of the West by Tom Hale", gapProse[2],
				"IMG", "The Lighthouse Year by Ana Ruiz Sola", gapProse[3],
				"IMG", "Cliffs and Coves by Tom Hale", gapProse[4],
				"IMG", "A Field Guide to Sea Pinks by Mara Lind", gapProse[5],
				"IMG", "Lime and Stone by Jon Abbot", gapProse[0], "Where to Find Them", galleryCoda),
			subheads: []string{"Walking Guides Worth Reading", "Coastal Paths of the West by Tom Hale", "The Lighthouse Year by Ana Ruiz Sola",
				"Cliffs and Coves by Tom Hale", "A Field Guide to Sea Pinks by Mara Lind", "Lime and Stone by Jon Abbot", "Where to Find Them"},
		},
		{
			name: "title-case headings that name the same means of travel are headings",
			// A travel guide's sections, each after a picture: "by Train" twice is a
			// way of getting there, as the text's "the train" shows, not a maker
			// credited under two pictures.
			dump: gapDump(gapProse[0], "IMG", "Arriving by Train",
				"The train from the city stops at the village halt twice an hour, and the walk down to the harbour takes ten minutes.",
				"IMG", "Arriving by Car", "There is a car park behind the church, though it is often full by ten on a summer weekend.",
				"IMG", "Leaving by Train", "The last train back to the city leaves the halt a little after nine in the evening, later on Saturdays.", gapProse[4]),
			subheads: []string{"Arriving by Train", "Arriving by Car", "Leaving by Train"},
		},
		{
			name:  "a page's only gap line needs evidence of its own",
			dump:  gapDump(gapProse[0], gapProse[1], "IMG", "The steps above the cove.", gapProse[2], gapProse[3]),
			paras: []string{"The steps above the cove."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.dump)
			require.NoError(t, err)
			assert.Equal(t, tt.captions, captionsOf(a))
			assert.Equal(t, tt.subheads, subheadingsOf(a))
			for _, c := range tt.captions {
				assert.NotContains(t, bodyTexts(a), c)
			}
			var paras []string
			for _, p := range a.Paragraphs {
				paras = append(paras, p.Text)
			}
			for _, p := range tt.paras {
				assert.Contains(t, paras, p)
			}
			for _, img := range a.Images {
				assert.Nil(t, img.Credit, "no line here is a credit")
			}
		})
	}
}

// TestCreditUnderPictureLeavesLineAbove: a line, a picture's gap, then a credit: the
// credit is the picture's, printed under it, and the line above the picture is the
// text's (a list item, a heading, a product's name), not its caption.
func TestCreditUnderPictureLeavesLineAbove(t *testing.T) {
	dump := gapDump(gapProse[0], gapProse[1], "Book the ferry for the crossing", "IMG", "Photo: Ana Ruiz Sola", gapProse[2],
		"Pack a waterproof jacket", "IMG", "Photo: Tom Hale", gapProse[3], gapProse[4])
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Empty(t, captionsOf(a))
	var credits []string
	for _, img := range a.Images {
		if img.Credit != nil {
			credits = append(credits, img.Credit.Text)
		}
	}
	assert.Equal(t, []string{"Ana Ruiz Sola", "Tom Hale"}, credits)
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	assert.Contains(t, texts, "Book the ferry for the crossing")
	assert.Contains(t, texts, "Pack a waterproof jacket")
}

// TestCutCreditKeepsCaptionAbove: a credit whose opening a dump cut off ("(Photo:"
// gone, its closing bracket left) leaves the empty lines under the caption it
// followed, so the line above the gap stays that caption.
func TestCutCreditKeepsCaptionAbove(t *testing.T) {
	dump := gapDump(gapProse[0], gapProse[1], "Walkers on the cliff path above the cove in the early morning", "IMG", "Ana Ruiz Sola via Coast Images)",
		gapProse[2], gapProse[3])
	a, err := ParseText(dump)
	require.NoError(t, err)
	assert.Equal(t, []string{"Walkers on the cliff path above the cove in the early morning"}, captionsOf(a))
	require.Len(t, a.Images, 1)
	require.NotNil(t, a.Images[0].Credit)
	assert.Equal(t, "Ana Ruiz Sola via Coast Images", strings.TrimSuffix(a.Images[0].Credit.Text, ")"))
}

// TestCreditBeforeLine: a credit printed before its picture's caption makes the line
// after it the caption, unless that line is a heading in full title case, which
// opens the next section under the credit of the picture above.
func TestCreditBeforeLine(t *testing.T) {
	tests := []struct {
		name, line string
		caption    bool
	}{
		{"a sentence-case caption after its credit", "Walkers on the cliff path above the cove.", true},
		{"a caption naming places after its credit", "Walkers at the Harbour Light on Lantern Point.", true},
		{"a title-case heading after the credit above it", "Where to Stop for Lunch Along the Path", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(gapDump(gapProse[0], gapProse[1], "IMG", "Photo: Ana Ruiz Sola/Coast Images", tt.line,
				gapProse[2], gapProse[3], gapProse[4], gapProse[5], galleryCoda))
			require.NoError(t, err)
			if tt.caption {
				assert.Equal(t, []string{tt.line}, captionsOf(a))
				return
			}
			assert.Empty(t, captionsOf(a))
			assert.Contains(t, subheadingsOf(a), tt.line)
		})
	}
}

// TestLineAboveBody: a line between the front matter and the body is the lead
// picture's caption in sentence case and the first section's heading in full title
// case. With no picture's gap above it, only a line after the summary (a standfirst
// or the opening paragraph) is the lead picture's label; right under the byline it is
// a subtitle or a notice.
func TestLineAboveBody(t *testing.T) {
	const (
		caption    = "The lighthouse seen from the cliff path at dawn"
		heading    = "Where to Stop for Lunch Along the Path"
		standfirst = "Six miles of cliff path, a sheltered cove for lunch and a tea room at the end of the walk"
	)
	body := strings.Join(gapProse[:4], "\n\n")
	// withStandfirst lays out a headline, its standfirst, the line and the body, as a
	// page with a lead video sets them.
	withStandfirst := func(line string) string {
		return "A Walk to the Lighthouse Along the Cliffs\n\n" + standfirst + "\n\n" + line + "\n\n" + body + "\n"
	}
	tests := []struct {
		name, dump, line string
		caption          bool
	}{
		{"the lead picture's caption", gapDump("IMG", caption, gapProse[0], gapProse[1], gapProse[2], gapProse[3]), caption, true},
		{"the lead video's label after the standfirst", withStandfirst(caption), caption, true},
		{"the first section's heading", withStandfirst(heading), heading, false},
		{"a line right under the byline", gapDump(caption, gapProse[0], gapProse[1], gapProse[2], gapProse[3]), caption, false},
		{"the lead picture's caption over share buttons and the byline",
			"A Walk to the Lighthouse Along the Cliffs\n\nUpdated 12 March 2024\n\n\n" + caption + "\n\nTwitter\n\nFacebook\n\nEmail\n\nBy Jane Doe\n\n" + body + "\n", caption, true},
		{"a teaser's title over its date", gapDump("IMG", "Ten quiet coves to visit on the south coast", "12 March 2024", "IMG", gapProse[0], gapProse[1], gapProse[2], gapProse[3]),
			"Ten quiet coves to visit on the south coast", false},
		{"a product over its price", gapDump("IMG", "Lightweight walking boots with a waterproof lining", "$129.99 at Acme Outdoors", gapProse[0], gapProse[1], gapProse[2], gapProse[3]),
			"Lightweight walking boots with a waterproof lining", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.dump)
			require.NoError(t, err)
			if tt.caption {
				assert.Equal(t, []string{tt.line}, captionsOf(a))
				return
			}
			assert.Empty(t, captionsOf(a))
		})
	}
}

// TestCreditAfterNeedsPictureGap: on a page that leaves gaps at its pictures, a line
// over a credit is its caption only with the picture's gap above it (or between it
// and the credit); a paragraph right under a heading with a source line under it
// stays text.
func TestCreditAfterNeedsPictureGap(t *testing.T) {
	const line = "The lime kilns were restored by volunteers over three summers and now hold a small display."
	tests := []struct {
		name    string
		parts   []string
		caption bool
	}{
		{"the picture's gap above the line", []string{gapProse[0], "IMG", line, "Photo: Ana Ruiz Sola/Coast Images", gapProse[1]}, true},
		{"no gap above the line", []string{gapProse[0], "Visiting the kilns", line, "Source: Coast Heritage Trust", gapProse[1]}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Another picture with its caption sets the page's layout.
			parts := append([]string{gapProse[2], "IMG", "Sea pinks flowering along the cliff edge in May.", gapProse[3]}, tt.parts...)
			a, err := ParseText(gapDump(append(parts, gapProse[4], gapProse[5], galleryCoda)...))
			require.NoError(t, err)
			if tt.caption {
				assert.Contains(t, captionsOf(a), line)
				return
			}
			assert.NotContains(t, captionsOf(a), line)
			assert.Contains(t, bodyTexts(a), line)
		})
	}
}
