package newsparse

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtractFigures checks that no input panics, that every figure's offsets slice its
// text out of the input exactly, and that the output is valid UTF-8.
func FuzzExtractFigures(f *testing.F) {
	for _, s := range []string{
		"At least 164 people were killed, the authorities said.",
		"According to the police, 5,120 people were held.",
		"The 81-year-old leader ruled for three decades.",
		"Prices rose 3.5 per cent to £450m; one in five homes was hit.",
		"City won 6-2, 7-6 (4) on Sunday at 3:30pm, June 9, 2020.",
		"between 10 and 20 km, 10-20, 1 1/2 cups, ½ teaspoon, -12C, US$4.7bn",
		"Call +44 (0) 20 7946 0958 or 911. COVID-19 hit the G7 in 2020.",
		"“We lost 40 homes,” he said.",
		"tens of thousands, several hundred, a few thousand, hundreds of",
		"$", "1", "-", "a", "½", "\xff", "1,", "1.", "$1-", "1/", "between 1 and", "from $",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fig := range ExtractFigures(s) {
			if fig.Start < 0 || fig.End > len(s) || fig.Start >= fig.End {
				t.Fatalf("bad offsets %d..%d for %q in %q", fig.Start, fig.End, fig.Text, s)
			}
			if s[fig.Start:fig.End] != fig.Text {
				t.Fatalf("offsets slice %q, text is %q", s[fig.Start:fig.End], fig.Text)
			}
			for _, v := range []string{fig.Text, fig.Unit, fig.Subject, fig.Verb, fig.Source} {
				if utf8.ValidString(s) && !utf8.ValidString(v) {
					t.Fatalf("invalid UTF-8 %q from valid input %q", v, s)
				}
			}
		}
	})
}
