package figures

import "testing"

// Each composite rule with its own cases, positive and negative.

func TestCompositeDimension(t *testing.T) {
	checkFigures(t, "The print measures 30x20cm.", []want{{text: "30x20cm", value: 30, kind: KindMeasure, unit: "cm"}})
	checkFigures(t, "A 30 x 20 x 10 mm box.", []want{{text: "30 x 20 x 10 mm", value: 30, kind: KindMeasure, unit: "mm"}})
	checkFigures(t, "The hall is 30 by 20 metres.", []want{{text: "30 by 20 metres", value: 30, kind: KindMeasure, unit: "m"}})
	checkFigures(t, "It has a 1920 x 1080 screen.", []want{{text: "1920 x 1080", value: 1920, kind: KindCount}})
	for _, s := range []string{"The 4x4 was parked outside.", "Sales grew by 20 over the year 2 x 2."} {
		for _, f := range ExtractFigures(s) {
			if f.Kind == KindMeasure {
				t.Errorf("%q: no size expected, got %q", s, f.Text)
			}
		}
	}
}

func TestCompositeRatioTo(t *testing.T) {
	checkFigures(t, "The board backed it by a 3-to-1 vote.", []want{{text: "3-to-1", value: 3, kind: KindRatio}})
	checkFigures(t, "They won three-to-one.", []want{{text: "three-to-one", value: 3, kind: KindRatio}})
	checkFigures(t, "Mix at a ratio of 2:1 by weight.", []want{{text: "2:1", value: 2, kind: KindRatio}})
	// a colon with no "ratio" near is a time or a score, not this rule's
	for _, f := range ExtractFigures("The meeting starts at 2:1 o'clock.") {
		if f.Kind == KindRatio {
			t.Errorf("unexpected ratio %q", f.Text)
		}
	}
}

func TestCompositeAgeBand(t *testing.T) {
	checkFigures(t, "The show is aimed at 18-24s.", []want{{text: "18-24s", value: 18, max: 24, kind: KindAge, unit: "year"}})
	checkFigures(t, "Free travel for over-65s ends.", []want{{text: "over-65s", value: 65, bound: BoundMoreThan, kind: KindAge, unit: "year"}})
	checkFigures(t, "Entry for under-18s is free.", []want{{text: "under-18s", value: 18, bound: BoundLessThan, kind: KindAge, unit: "year"}})
	checkFigures(t, "A woman in her early 40s was hurt.", []want{{text: "40s", value: 40, max: 49, kind: KindAge, unit: "year"}})
	if figs := ExtractFigures("Music of the 1980s returned."); len(figs) != 0 {
		t.Errorf("a decade is no age band: %v", figureTexts(figs))
	}
}

func TestCompositeMultipliers(t *testing.T) {
	checkFigures(t, "Prices are three times higher.", []want{{text: "three times", value: 3, kind: KindRatio, unit: "x"}})
	checkFigures(t, "A tenfold rise followed.", []want{{text: "tenfold", value: 10, kind: KindRatio, unit: "x"}})
	checkFigures(t, "A 10-fold rise followed.", []want{{text: "10-fold", value: 10, kind: KindRatio, unit: "x"}})
	// "three times" alone counts occasions
	checkFigures(t, "He called three times on Monday.", []want{{text: "three", value: 3, kind: KindCount}})
}

func TestCompositeFractions(t *testing.T) {
	checkFigures(t, "It took eight-and-a-half minutes.", []want{{text: "eight-and-a-half minutes", value: 8.5, kind: KindDuration, unit: "minute"}})
	checkFigures(t, "It took two and a half hours.", []want{{text: "two and a half hours", value: 2.5, kind: KindDuration, unit: "hour"}})
	checkFigures(t, "Sizes run 12mm-14mm.", []want{{text: "12mm-14mm", value: 12, max: 14, kind: KindMeasure, unit: "mm"}})
}
