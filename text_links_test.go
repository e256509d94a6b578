package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lynxDump is a page as "lynx -dump" prints it: a three-space margin, lines wrapped
// before column 80, "[n]" before each link and the reference list at the end.
const lynxDump = `   [1]Home [2]World [3]Business [4]Sport

                     City council approves new tram line

   By Maria Jensen

   The city council voted on Tuesday to build a tram line between the
   harbour and the university, after two years of debate over its cost.
   The plan follows a [5]transport study published last spring, which
   found that buses on the route run at twice their capacity at peak hours.

   Construction is due to start next year. The council's [6]budget
   document puts the cost at 410 million, to be shared with the regional
   government, which has yet to confirm its part of the money.

   Opponents said the council had not looked at cheaper options, such as
   more frequent buses, and have asked for a review by the [7]audit office.

   [8]Contact us [9]Privacy policy

References

   1. https://news.example/
   2. https://news.example/world
   3. https://news.example/business
   4. https://news.example/sport
   5. https://city.example/transport-study.pdf
   6. https://city.example/budget
   7. https://audit.example/
   8. https://news.example/contact
   9. https://news.example/privacy
`

func TestParseTextLynxReferences(t *testing.T) {
	for name, dump := range map[string]string{
		"wrapped": lynxDump,
		// The same page printed with a wide column: one paragraph a line, read
		// line by line.
		"unwrapped": unwrapLynx(lynxDump),
	} {
		a, err := ParseText(dump)
		require.NoError(t, err, name)
		var links []Link
		for _, p := range a.Paragraphs {
			assert.NotContains(t, p.Text, "[", name)
			assert.NotContains(t, p.Text, "https://", name)
			for _, l := range p.Links {
				assert.Equal(t, l.Text, p.Text[l.Start:l.End], name)
			}
			links = append(links, p.Links...)
		}
		require.Len(t, links, 3, name)
		assert.Equal(t, Link{Text: "transport study published last spring", URL: "https://city.example/transport-study.pdf"},
			Link{Text: links[0].Text, URL: links[0].URL}, name)
		assert.Equal(t, "https://city.example/budget", links[1].URL, name)
		assert.Equal(t, "audit office", links[2].Text, name)
		for _, r := range a.Removed {
			assert.NotContains(t, r.Text, "References", name)
			assert.NotContains(t, r.Text, "[", name)
		}
		assert.NotContains(t, a.Headline, "[", name)
		assert.NotContains(t, a.Text(), "References", name)
	}
}

// unwrapLynx rejoins the wrapped lines of each paragraph of a lynx dump and drops its
// margin.
func unwrapLynx(s string) string {
	page, refs, _ := strings.Cut(s, "References\n")
	var out []string
	for para := range strings.SplitSeq(page, "\n\n") {
		lines := strings.Split(strings.TrimSpace(para), "\n")
		for i := range lines {
			lines[i] = strings.TrimSpace(lines[i])
		}
		out = append(out, strings.Join(lines, " "))
	}
	return strings.Join(out, "\n\n") + "\nReferences\n" + refs
}
