package textdump

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wrapAt hard-wraps prose at width columns, as the converters do.
func wrapAt(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

// underlineDump is a page in html2text's (C++) style: a menu of underlined links,
// wrapped prose holding one, and the lines given.
func underlineDump(menu []string, extra ...string) string {
	para := strings.Repeat("The council met on a wet evening to hear what the residents of the north ward made of the plan for the old depot by the river. ", 3)
	var b strings.Builder
	for _, m := range menu {
		b.WriteString("    * " + m + "\n")
	}
	b.WriteString("\n")
	for range 3 {
		b.WriteString(wrapAt(para, 79) + "\n\n")
	}
	for _, l := range extra {
		b.WriteString(l + "\n\n")
	}
	return b.String()
}

var underlineMenu = []string{"Local_News", "Things_to_Do", "Privacy_Policy", "_Contact_Us", "Home"}

// TestSpaceLinkUnderscores: the words html2text underlined get their spaces back;
// the page's own underscores (code, names, files, addresses, blanks) stay.
func TestSpaceLinkUnderscores(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// The mark.
		{"read the _full_report today.", "read the full report today."},
		{"Written by Jane_Doe", "Written by Jane Doe"},
		{"_Share_on_Facebook _Share_on_X", "Share on Facebook Share on X"},
		{"_My_Saves_", "My Saves"},
		{"_Print", "Print"},
		{"Product_Updates___See_what_changed", "Product Updates See what changed"},
		{"Search_engine_optimization(SEO) keeps changing", "Search engine optimization(SEO) keeps changing"},
		{"about 40%of_readers_agree", "about 40%of readers agree"},
		{"Shop_at_example.com", "Shop at example.com"},
		{"a 2019_study_by the board", "a 2019 study by the board"},
		{"started_in_the_1990s here", "started in the 1990s here"},
		{"by Timothy_B.Lee, a reporter", "by Timothy B.Lee, a reporter"},
		{"Rank\tTown_Hall\tOpen", "Rank\tTown Hall\tOpen"},
		{"Close_Search____", "Close Search____"},
		// The page's own underscores.
		{"call __init__ first", "call __init__ first"},
		// A lower-case name in prose reads like a lower-case link text and is read as one.
		{"the size_t type", "the size t type"},
		{"let n = row_count; return {}", "let n = row_count; return {}"},
		{"int x = my_var_2 + off_e1;", "int x = my_var_2 + off_e1;"},
		{"save it as file_name.txt first", "save it as file_name.txt first"},
		{"write to first_last@example.com today", "write to first_last@example.com today"},
		{"see example.com/a_b for more", "see example.com/a_b for more"},
		{"at https://example.org/path_to/page_one", "at https://example.org/path_to/page_one"},
		{"Name: ________ Date: ____", "Name: ________ Date: ____"},
		{"a _private field", "a _private field"},
		{"the <item_id> tag", "the <item_id> tag"},
		{"query?utm_source=news", "query?utm_source=news"},
	} {
		assert.Equal(t, tc.want, spaceLinkUnderscores(tc.in), tc.in)
	}
}

// TestReadStyleLinkUnderscores: the mark is read in a hard-wrapped dump with three
// lines or more of words joined by '_', not from one or two, nor in a dump written
// one paragraph a line.
func TestReadStyleLinkUnderscores(t *testing.T) {
	for _, tc := range []struct {
		name string
		dump string
		want bool
	}{
		{"html2text menu", underlineDump(underlineMenu), true},
		{"two runs", underlineDump([]string{"Privacy_Policy", "Things_to_Do", "Home"}), false},
		{"not wrapped", strings.Join(underlineMenu, "\n") + "\n" + strings.Repeat("A line of prose that runs on. ", 9), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := ReadStyle(Normalize(tc.dump))
			assert.Equal(t, tc.want, st.LinkUnderscores)
		})
	}
}

// TestDumpBlocksLinkUnderscores: through the reflow, a menu's links and a linked
// byline read with their spaces, and code in the same dump keeps its underscores.
func TestDumpBlocksLinkUnderscores(t *testing.T) {
	dump := underlineDump(underlineMenu, "By Jane_Doe and John_Roe", "int total = row_count; f(off_e1);", "Files: report_2024.pdf")
	blocks := dumpBlocks(Normalize(dump), nil, false, nil)
	var texts []string
	for _, b := range blocks {
		texts = append(texts, b.Text)
	}
	require.NotEmpty(t, texts)
	for _, want := range []string{"• Things to Do", "• Privacy Policy", "• Contact Us", "By Jane Doe and John Roe", "int total = row_count; f(off_e1);", "Files: report_2024.pdf"} {
		assert.Contains(t, texts, want)
	}
}

// TestDumpBlocksOtherToolUnderscores: another tool's wrapped dump of a page with
// code, file names and addresses in it keeps every underscore, though it has enough
// lines of them to read as html2text's mark.
func TestDumpBlocksOtherToolUnderscores(t *testing.T) {
	lines := []string{"size_t text_length = 0;", "while (i < text_length) { i++; }", "Download setup_guide_v2.pdf or mail help_desk@example.com", "See https://example.com/docs/getting_started"}
	dump := underlineDump([]string{"Home", "News"}, lines...)
	norm := Normalize(dump)
	require.True(t, ReadStyle(norm).LinkUnderscores)
	var texts []string
	for _, b := range dumpBlocks(norm, nil, false, nil) {
		texts = append(texts, b.Text)
	}
	for _, want := range lines {
		assert.Contains(t, texts, want)
	}
}

// TestReadStyleLongUnderlinedLinks: html2text cannot break a link it underlined (its
// text is one word), so a line holding a long one runs past the column; the wrap
// column is read from the other lines.
func TestReadStyleLongUnderlinedLinks(t *testing.T) {
	long := "See also Read_the_council's_full_report_on_the_future_of_the_old_depot_by_the_river_and_the_ward"
	require.Greater(t, len(long), 85)
	st := ReadStyle(Normalize(underlineDump(underlineMenu, long, long, long)))
	assert.True(t, st.Width >= minWrapWidth && st.Width <= 79, "width %d", st.Width)
	assert.True(t, st.LinkUnderscores)
}
