package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pandocDashDump and gfmDashDump are pandoc's Markdown and GitHub Markdown of a page
// with an en dash in its headline, an em dash in its text and a command-line option
// written with two hyphens: pandoc's Markdown writes the dashes as "--" and "---"
// and escapes the page's own hyphens ("\\--berth"); GitHub Markdown prints all
// three as they are.
const pandocDashDump = `# Harbour works -- the full timetable

The council published the timetable for the [harbour
works](https://example.org/works) on Monday---and the first boats are
expected back at the old pier within a fortnight.

Engineers found that the storms had cut the pier in two places, and that
the [mooring rings](https://example.org/rings) along its northern side
had rusted through after years of neglect.

Fishing boats were the first to return, and the
[ferry](https://example.org/ferry) will follow next week once the last
of the moorings has been replaced by the contractors.

The booking tool takes a \--berth option, the harbour master said, and
the savings would pay for new lighting along the length of the southern
breakwater.
`

const gfmDashDump = `# Harbour works – the full timetable

The council published the timetable for the [harbour
works](https://example.org/works) on Monday—and the first boats are
expected back at the old pier within a fortnight.

Engineers found that the storms had cut the pier in two places, and that
the [mooring rings](https://example.org/rings) along its northern side
had rusted through after years of neglect.

Fishing boats were the first to return, and the
[ferry](https://example.org/ferry) will follow next week once the last
of the moorings has been replaced by the contractors.

The booking tool takes a --berth option, the harbour master said, and
the savings would pay for new lighting along the length of the southern
breakwater.
`

// TestSmartDashes: both dumps read as the page.
func TestSmartDashes(t *testing.T) {
	for name, dump := range map[string]string{"markdown": pandocDashDump, "gfm": gfmDashDump} {
		t.Run(name, func(t *testing.T) {
			blocks := Read(dump, Normalize(dump), nil, false)
			require.NotEmpty(t, blocks)
			assert.Equal(t, "Harbour works – the full timetable", blocks[0].Text)
			var text strings.Builder
			for _, b := range blocks {
				text.WriteString(b.Text + " ")
			}
			assert.Contains(t, text.String(), "on Monday—and the first boats")
			assert.Contains(t, text.String(), "takes a --berth option")
		})
	}
}

func TestPrintsDashes(t *testing.T) {
	assert.True(t, printsDashes("a – b"))
	assert.True(t, printsDashes("Monday—and"))
	assert.False(t, printsDashes("a -- b --- c"))
	assert.False(t, printsDashes("[x](/blog/healthy-habit-–-seven)"))
	assert.True(t, smartMarks(`it\'s`))
	assert.True(t, smartMarks("Monday---and"))
	assert.False(t, smartMarks("a rule\n---\nand a --flag"))
}
