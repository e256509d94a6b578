package figures

// wordTable is a read-only copy of a lexicon map for the scanner's hot paths. It is
// open addressing over a hash of a word's length and first, middle and last bytes:
// a few instructions, where a Go map hashes the whole key and probes its groups. Most
// look-ups miss, and a miss usually ends at the first empty slot.
type wordTable[V any] struct {
	keys []string
	vals []V
	// shapes has, for each first byte (mod 32), a bit per key length (mod 32): most
	// words of prose are turned away by it before any hashing
	shapes [32]uint32
	shift  uint
}

// newWordTable copies m into a table at most a quarter full.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := &wordTable[V]{keys: make([]string, size), vals: make([]V, size), shift: 32}
	for size > 1 {
		size /= 2
		t.shift--
	}
	for k, v := range m {
		if k == "" {
			panic("wordTable: empty key")
		}
		i := t.slot(k)
		for t.keys[i] != "" {
			i = (i + 1) & uint32(len(t.keys)-1)
		}
		t.keys[i], t.vals[i] = k, v
		t.shapes[k[0]&31] |= 1 << (len(k) & 31)
	}
	return t
}

// mayHold is the shape test of get alone. An ASCII letter keeps its low five bits in
// either case, so false means that no key is w in any case.
func (t *wordTable[V]) mayHold(w string) bool {
	return w != "" && t.shapes[w[0]&31]&(1<<(len(w)&31)) != 0
}

func (t *wordTable[V]) slot(w string) uint32 {
	return t.hash(len(w), w[0], w[len(w)>>1], w[len(w)-1])
}

// hash mixes a word's length and first, middle and last bytes, which set apart the
// words of a lexicon well enough, into a slot.
func (t *wordTable[V]) hash(n int, first, mid, last byte) uint32 {
	h := uint32(n) | uint32(first)<<8 | uint32(mid)<<16 | uint32(last)<<24
	return (h * 0x9E3779B1) >> t.shift
}

// get is the map look-up m[w] with its ok.
func (t *wordTable[V]) get(w string) (V, bool) {
	if t.mayHold(w) {
		mask := uint32(len(t.keys) - 1)
		for i := t.slot(w); t.keys[i] != ""; i = (i + 1) & mask {
			if t.keys[i] == w {
				return t.vals[i], true
			}
		}
	}
	var zero V
	return zero, false
}

// getBytes is get for a key built in a buffer, without copying it into a string.
func (t *wordTable[V]) getBytes(w []byte) (V, bool) {
	if len(w) > 0 && t.shapes[w[0]&31]&(1<<(len(w)&31)) != 0 {
		mask := uint32(len(t.keys) - 1)
		for i := t.hash(len(w), w[0], w[len(w)>>1], w[len(w)-1]); t.keys[i] != ""; i = (i + 1) & mask {
			if t.keys[i] == string(w) {
				return t.vals[i], true
			}
		}
	}
	var zero V
	return zero, false
}

// val is the map look-up m[w]: the zero value when w is missing.
func (t *wordTable[V]) val(w string) V {
	v, _ := t.get(w)
	return v
}

// has reports whether w is a key.
func (t *wordTable[V]) has(w string) bool {
	_, ok := t.get(w)
	return ok
}

// The lexicons as the scanner reads them. The maps stay the tables' single source and
// what the tests walk; these copies are built from them once and never written.
var (
	abbreviationsTab        = newWordTable(abbreviations)
	ageUnitsTab             = newWordTable(ageUnits)
	attachedScalesTab       = newWordTable(attachedScales)
	auxWordsTab             = newWordTable(auxWords)
	capitalFunctionWordsTab = newWordTable(capitalFunctionWords)
	cardinalWordsTab        = newWordTable(cardinalWords)
	changeVerbsTab          = newWordTable(changeVerbs)
	clockAfterTab           = newWordTable(clockAfter)
	currencyCodesTab        = newWordTable(currencyCodes)
	currencySymbolsTab      = newWordTable(currencySymbols)
	currencyWordsTab        = newWordTable(currencyWords)
	dollarPrefixesTab       = newWordTable(dollarPrefixes)
	exactUnitsTab           = newWordTable(exactUnits)
	figureWordsTab          = newWordTable(figureWords)
	foldedUnitsTab          = newWordTable(foldedUnits)
	fractionWordsTab        = newWordTable(fractionWords)
	screenWordsTab          = newWordTable(screenWords)
	fileExtensionsTab       = newWordTable(fileExtensions)
	foldWordsTab            = newWordTable(foldWords)
	joinWordsTab            = newWordTable(joinWords)
	millionCodesTab         = newWordTable(millionCodes)
	ordinalSuffixesTab      = newWordTable(ordinalSuffixes)
	ordinalWordsTab         = newWordTable(ordinalWords)
	ordinalValuesTab        = newWordTable(ordinalValues)
	perUnitsTab             = newWordTable(perUnits)
	percentWordsTab         = newWordTable(percentWords)
	personNounsTab          = newWordTable(personNouns)
	prefixQualifiersTab     = newWordTable(prefixQualifiers)
	prefixSymbolsTab        = newWordTable(prefixSymbols)
	pronounsTab             = newWordTable(pronouns)
	referenceWordsTab       = newWordTable(referenceWords)
	reportVerbsTab          = newWordTable(reportVerbs)
	scaleWordsTab           = newWordTable(scaleWords)
	shortTimeTab            = newWordTable(shortTime)
	sportsWordsTab          = newWordTable(sportsWords)
	sprintWordsTab          = newWordTable(sprintWords)
	streetWordsTab          = newWordTable(streetWords)
	suffixQualifiersTab     = newWordTable(suffixQualifiers)
	timeWordsTab            = newWordTable(timeWords)
	triggerWordsTab         = newWordTable(triggerWords)
	unitFollowersTab        = newWordTable(unitFollowers)
	vagueAmountsTab         = newWordTable(vagueAmounts)
	vagueWordsTab           = newWordTable(vagueWords)
	verbWordsTab            = newWordTable(verbWords)
	vulgarFractionsTab      = newWordTable(vulgarFractions)
	whWordsTab              = newWordTable(whWords)
	currencyStartsTab       = newWordTable(keyStarts(currencyWords))
	percentStartsTab        = newWordTable(keyStarts(percentWords))
	unitStartsTab           = newWordTable(keyStarts(foldedUnits))
	suffixStartsTab         = newWordTable(keyStarts(suffixQualifiers))
	prefixStartsTab         = newWordTable(keyStarts(prefixQualifiers))
)

// markWords sets bit in m for every word of the sets, so that one table answers for
// several word lists, and returns m.
func markWords(m map[string]uint8, bit uint8, sets ...map[string]bool) map[string]uint8 {
	for _, set := range sets {
		for w := range set {
			m[w] |= bit
		}
	}
	return m
}
