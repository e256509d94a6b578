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
	_, v, ok := t.entryBytes(w)
	return v, ok
}

// entryBytes is getBytes that also returns the table's own copy of the key, for a
// caller that keeps the key: converting the buffer would allocate.
func (t *wordTable[V]) entryBytes(w []byte) (string, V, bool) {
	if len(w) > 0 && t.shapes[w[0]&31]&(1<<(len(w)&31)) != 0 {
		mask := uint32(len(t.keys) - 1)
		for i := t.hash(len(w), w[0], w[len(w)>>1], w[len(w)-1]); t.keys[i] != ""; i = (i + 1) & mask {
			if t.keys[i] == string(w) {
				return t.keys[i], t.vals[i], true
			}
		}
	}
	var zero V
	return "", zero, false
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
