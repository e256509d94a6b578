package figures

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// hostileFigureShapes are texts built to make a rule rescan: runs of number words, of
// digits, of capitalised number words (the name test reads the sentence's case), of
// scores (the sport test reads the sentence), of reporting verbs, of ranges and of
// qualifiers, each one sentence with no full stop, the same as many paragraphs, and
// one paragraph of many sentences (attribution reads the paragraph around a figure).
var hostileFigureShapes = map[string]string{
	"number-words":   "one two ",
	"digits":         "1 2 ",
	"capital-words":  "Three Amigos and Four Tops ",
	"scores":         "6-4 7-5 ",
	"sport-scores":   "City beat United 6-4 in the match ",
	"reports":        "police said 40 people died and ",
	"ranges":         "between 3 and 5 or 10-20 ",
	"qualifiers":     "at least 5 more than 7 up to 9 ",
	"product-sizes":  "the 12-inch MacBook ",
	"paragraphs":     "Police said 12 people died.\n\n",
	"quotes":         "\"We lost 12,\" he said. ",
	"hyphen-numbers": "twenty-one-two-three-",
	"one-paragraph":  "Costs fell 5% and sales rose 12%. ",
}

// figureSteps runs the extraction over text and returns the work it did: the rules'
// token reads plus the tokens.
func figureSteps(text string) int {
	var sc Scratch
	sc.appendFigures(nil, text)
	return sc.steps
}

// TestFigureWorkIsLinear holds ExtractFigures to linear work on each hostile shape: the
// steps at 8n must stay under 10 times those at n. It counts, it never times.
func TestFigureWorkIsLinear(t *testing.T) {
	for name, unit := range hostileFigureShapes {
		small := strings.Repeat(unit, 2000/len(unit)+1)
		large := strings.Repeat(unit, 8*(2000/len(unit)+1))
		a, b := figureSteps(small), figureSteps(large)
		ratio := float64(b) / float64(max(a, 1))
		t.Logf("%-15s %8d %9d steps, ratio %.2f", name, a, b, ratio)
		assert.Less(t, ratio, 10.0, "%s: work grows faster than the text", name)
		assert.Greater(t, a, 0, name)
	}
}

// BenchmarkFigureHostile measures each hostile shape at three sizes, so that its cost
// per byte can be compared across them.
func BenchmarkFigureHostile(b *testing.B) {
	for name, unit := range hostileFigureShapes {
		for _, size := range []int{1 << 16, 1 << 19, 1 << 20} {
			text := strings.Repeat(unit, size/len(unit)+1)
			b.Run(name+"/"+sizeName(size), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					_ = ExtractFigures(text)
				}
			})
		}
	}
}

func sizeName(n int) string {
	switch {
	case n >= 1<<20:
		return strings.Repeat("M", 1) + itoa(n>>20)
	default:
		return "K" + itoa(n>>10)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
