package figures

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that no input panics, that the quick reject never turns away a
// text that holds figures, that every figure's offsets slice its text out of the input,
// that the output is valid UTF-8 and deterministic (a Scratch, Extract and Convert
// find the same figures), and that the work stays linear.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"At least 164 people were killed, the authorities said.",
		"The 81-year-old leader ruled for three decades.",
		"Prices rose 3.5 per cent to £450m; one in five homes was hit.",
		"City won 6-2, 7-6 (4) on Sunday at 3:30pm, June 9, 2020.",
		"30x20cm, a 3-to-1 vote, 18-24s, over-65s, tenfold, one twenty-fifth",
		"“We lost 40 homes,” he said.\n\nShe said 12 more were hurt.",
		"one two one two one two", "$", "1", "-", "½", "\xff", "1,", "between 1 and",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) < 1<<20 && !mayHoldFigure(s) && extractFigures(s) != nil {
			t.Fatalf("the quick reject turned away figures in %q", s)
		}
		var sc Scratch
		figs := sc.Append(nil, s)
		if sc.steps > 200*(len(s)+10) {
			t.Fatalf("%d steps for %d bytes", sc.steps, len(s))
		}
		again := Extract(s)
		converted := Convert(s, func(f Figure) Figure { return f })
		if len(again) != len(figs) || len(converted) != len(figs) {
			t.Fatalf("not deterministic on %q: %d, %d and %d figures", s, len(figs), len(again), len(converted))
		}
		for k, fig := range figs {
			if fig != again[k] || fig != converted[k] {
				t.Fatalf("not deterministic on %q: %+v vs %+v vs %+v", s, fig, again[k], converted[k])
			}
			if fig.Start < 0 || fig.End > len(s) || fig.Start >= fig.End || s[fig.Start:fig.End] != fig.Text {
				t.Fatalf("bad offsets %d..%d for %q in %q", fig.Start, fig.End, fig.Text, s)
			}
			for _, v := range []string{fig.Text, fig.Unit, fig.Subject, fig.Verb, fig.Source} {
				if utf8.ValidString(s) && !utf8.ValidString(v) {
					t.Fatalf("invalid UTF-8 %q from valid input %q", v, s)
				}
			}
		}
	})
}
