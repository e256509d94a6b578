package testinput

import "strings"

// The pages the text classifier's tests lay out, shared by the root's tests
// (through ParseText) and internal/classify's (through its page rules): paragraphs
// and captions written for these tests, and the dump layouts they are put in.

// Para is a body paragraph long enough to read as running text; the letter keeps
// each one distinct.
func Para(letter string) string {
	return "Paragraph " + letter + " tells the story in full sentences, with enough words to read as running text in the body."
}

// JoinLines joins lines with one empty line between them, as most dumps are laid out.
func JoinLines(ls ...string) string { return strings.Join(ls, "\n\n") + "\n" }

// ReflowProse are paragraphs of our own, long enough that a converter wraps them
// over several lines.
var ReflowProse = []string{
	"The harbour board voted on Tuesday to rebuild the old pier, ending a dispute that has divided the town for most of a decade. Supporters said the work would bring back the ferry service, while fishermen warned that months of building would close the inner basin during the busiest season.",
	"Engineers expect the first piles to be driven next spring. The board said the cost, which it put at a little over four million pounds, would be met from reserves and a regional grant, and that no rise in mooring fees was planned for the coming two years at least.",
	"Residents who spoke at the meeting were split. One said the pier had been the heart of the harbour since her grandmother's day; another asked why money was being spent on timber and concrete when the lifeboat station still had no proper slipway of its own.",
}

// GapProse are paragraphs of a walking guide, written for these tests.
var GapProse = []string{
	"The coastal path leaves the village beside the old lime kilns and climbs steadily for the first mile, with the sea on your left the whole way.",
	"After the second stile the path drops into a wooded valley where a stream runs down to a shingle cove, a good place to stop for lunch on a warm day.",
	"From the cove a steep flight of steps takes you back up to the cliff top, and from there it is an easy hour along the grassy edge to the lighthouse.",
	"The lighthouse keepers' cottages now hold a small museum and a tea room, both open every day from Easter until the end of October.",
	"Buses back to the village leave from the lane behind the cottages every two hours, so check the timetable before you set off in the morning.",
	"In winter the upper path can be muddy after rain, and the steps above the cove are best avoided when a strong wind is blowing from the west.",
}

// GallerySentences are captions of one sentence, each long enough to read as a
// paragraph of prose on its own shape, written for these tests.
var GallerySentences = []string{
	"A fishing boat drawn up on the shingle at low tide, with the village roofs behind it.",
	"The old lime kilns at the foot of the path, restored by volunteers in the last few years.",
	"Sea pinks flowering along the cliff edge above the cove in the middle of May.",
}

// GalleryCoda closes the gallery page, written for these tests.
const GalleryCoda = "The path is waymarked throughout, but a map is still worth carrying, as the signs on the upper section are often hidden by bracken in late summer."

// GapDump lays out a page: a headline, then each part separated by one empty line,
// and "IMG" standing for a picture that leaves two empty lines before the next line.
func GapDump(parts ...string) string {
	var b strings.Builder
	b.WriteString("A Walk to the Lighthouse Along the Cliffs\n\nBy Jane Doe\n")
	for _, p := range parts {
		if p == "IMG" {
			b.WriteString("\n")
			continue
		}
		b.WriteString("\n" + p + "\n")
	}
	return b.String()
}
