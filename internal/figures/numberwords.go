package figures

// Lexicon of English number words. The tables are plain maps built at declaration and
// never written, so they are safe to share between goroutines.

// cardinalWords are the number words that add to the running value.
var cardinalWords = map[string]float64{
	"zero": 0, "nought": 0, "naught": 0, "nil": 0,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords multiply what precedes them. "hundred" and "dozen" scale only the current
// group ("three hundred thousand"); the others close a group.
var scaleWords = map[string]float64{
	"hundred": 100, "hundreds": 100,
	"thousand": 1e3, "thousands": 1e3,
	"million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9,
	"trillion": 1e12, "trillions": 1e12, "tn": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
	"crore": 1e7, "crores": 1e7, "cr": 1e7, "krore": 1e7, "krores": 1e7,
	"dozen": 12, "dozens": 12,
}

// groupScale reports whether a scale word only multiplies the current group.
func groupScale(w string) bool {
	switch w {
	case "hundred", "hundreds", "dozen", "dozens":
		return true
	}
	return false
}

// attachedScales are suffixes written straight after digits: "5k", "1.2bn", "£450m".
// "m" and "b" are decided by the caller, because "1.8m" may be a length.
var attachedScales = map[string]float64{
	"k": 1e3, "K": 1e3, "thousand": 1e3,
	"m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
	"b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9,
	"tn": 1e12, "T": 1e12, "trillion": 1e12,
	"lakh": 1e5, "crore": 1e7, "cr": 1e7,
}

// fractionWords are denominators written as words: "two-thirds", "a quarter".
// "second" is left out on purpose: "one second" is a duration, not a half.
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10, "twentieth": 20, "twentieths": 20,
	"hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
	"millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9,
	"trillionth": 1e12, "trillionths": 1e12,
}

// ordinalValues are the ordinal words and the number each names; a cardinal right
// before one ("twenty fifth", "one hundred fifth") is part of the ordinal.
var ordinalValues = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"thousandth": 1000, "millionth": 1e6, "firsts": 1, "seconds": 2, "thirds": 3,
	"fourths": 4, "fifths": 5, "sixths": 6, "sevenths": 7, "eighths": 8, "ninths": 9,
	"tenths": 10,
}

// ordinalWords are the singular ordinal words (and "firsts"): never counts.
var ordinalWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range ordinalValues {
		if w == "firsts" || w[len(w)-1] != 's' {
			m[w] = true
		}
	}
	return m
}()

// vagueWords are plural quantities standing alone: "hundreds of people". The value is
// the floor the word promises.
var vagueWords = map[string]float64{
	"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
	"billions": 1e9, "trillions": 1e12, "scores": 20,
}

// vagueAmounts are "several"/"a few" before a scale word: "several hundred" is at least
// two hundred.
var vagueAmounts = map[string]float64{
	"several": 2, "few": 2, "many": 2, "some": 2,
}

// ordinalSuffixes follow digits in "1st", "22nd", "3rd", "25th".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
