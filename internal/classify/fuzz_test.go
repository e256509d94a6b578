package classify

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// FuzzClassifyLine checks what must hold for any line, valid UTF-8 or not: no panic,
// the same answer twice, a furniture reason exactly when a rule fired, byline names
// that are not empty (valid UTF-8 from a valid line), and a
// dateline's share of date words between 0 and 1 with a time only when it reads one.
func FuzzClassifyLine(f *testing.F) {
	f.Add("Jane Doe\nMarch 3, 2024 at 9:12 am\nGreat piece.\nJohn Roe\nMarch 4, 2024 at 8:00 am\nI disagree.")
	for _, s := range []string{"", "Continue reading »", "Read more: \xff", "Home » News » World", "Image 1 of 5",
		"Published 10:32, 9 Jan 2022 | Updated 11:05", "Updated 3:14 p.m. ET Jan. 9, 2022", "Dec 17, 2025Julian Arni", "By Jane Doe and John Roe, Political Editor", "Written by Ann Lee Reviewed by Bo Chan",
		"03/04/2019", "9999-99-99t99:99", "Crowds gather, Tuesday, Nov. 19, 2019, in Buffalo", "\xffmarch 2\xff019",
		strings.Repeat("» a ", 60)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r, rule := FurnitureRuleOf(in)
		require.Equal(t, rule == NoFurniture, r == NoReason, "%v, %v", r, rule)
		r2, ok := Furniture(in)
		require.Equal(t, r, r2)
		require.Equal(t, rule != NoFurniture, ok)
		require.NotEqual(t, "unknown", r.String())

		require.Equal(t, HasCaptionCue(in), HasCaptionCue(in))
		require.Equal(t, HasDateLabel(in), HasDateLabel(in))

		for _, order := range []NumericOrder{OrderDayFirst, OrderMonthFirst} {
			tm, share, ok := ParseDatelineIn(in, order)
			require.True(t, share >= 0 && share <= 1, "share %v", share)
			require.Equal(t, ok, !tm.IsZero())
			pub, mod, share2 := ParseDatelineDatesIn(in, order)
			require.True(t, share2 >= 0 && share2 <= 1, "share %v", share2)
			require.Equal(t, ok, !pub.IsZero() || !mod.IsZero())
			if ok {
				require.Equal(t, share2, share, "a time read says the share of the line")
			}
		}
		names, explicit := ParseByline(in)
		names2, explicit2 := ParseByline(in)
		require.Equal(t, names, names2)
		require.Equal(t, explicit, explicit2)
		if explicit {
			require.Equal(t, names, ParseExplicitByline(in), "an explicit byline's names")
		} else {
			require.Nil(t, ParseExplicitByline(in), "no names off a line without By")
		}
		for _, n := range names {
			require.NotEmpty(t, n)
			if utf8.ValidString(in) {
				require.True(t, utf8.ValidString(n), "%q", n)
			}
		}
		if label, reviewer := BylineLabel(in); reviewer {
			require.True(t, label, "a reviewer's label is a label")
		}
		require.LessOrEqual(t, len(CutReviewers(in)), len(in))
		require.Equal(t, in != "" && CutReviewers(in) == "", OpensWithReviewer(in), "a line of reviewers alone")

		f := ReadForm(in)
		require.Equal(t, f, ReadForm(in))
		require.GreaterOrEqual(t, f.Words, 0)
		require.True(t, f.DateShare >= 0 && f.DateShare <= 1, "share %v", f.DateShare)
		require.True(t, !f.HasDate || f.Words <= MaxDatelineWords && !f.Prose)
		require.True(t, f.Credit >= 0 && f.Credit <= 3, "credit evidence %d", f.Credit)
		require.LessOrEqual(t, f.Bullet, len(in))

		// The input read as the lines of a page: a thread, when found, lies after the
		// body's first line and inside the page.
		lines := strings.Split(in, "\n")
		forms := make([]Form, len(lines))
		for i, l := range lines {
			forms[i] = ReadForm(l)
		}
		start, end := CommentThread(forms, func(i int) string { return lines[i] }, 0)
		require.True(t, start == -1 && end == -1 || 0 < start && start <= end && end < len(lines), "%d..%d of %d", start, end, len(lines))

		o := PageNumericOrder(slices.Values([]string{in}), "en-US")
		require.Contains(t, []NumericOrder{OrderDayFirst, OrderMonthFirst}, o)
	})
}
