package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAppendDistinct(t *testing.T) {
	l := appendDistinct(nil, 3, "a", "b", "a", "c", "d")
	assert.Equal(t, []string{"a", "b", "c"}, l)
	assert.Equal(t, []string{"c", "a", "b"}, prependDistinct(l, 3, "c"), "an entry present moves first")
	assert.Equal(t, []string{"c", "a", "b"}, prependDistinct([]string{"c", "a", "b"}, 3, "z"), "a full list takes no more")
	assert.Equal(t, []string{"z", "a"}, prependDistinct([]string{"a"}, 3, "z"))
}

func TestDedupStringsLong(t *testing.T) {
	var in, want []string
	for i := range 40 {
		n := "Writer " + letterName(i)
		in = append(in, n, strings.ToUpper(n))
		want = append(want, n)
	}
	assert.Equal(t, want, dedupStrings(in))
	assert.Equal(t, foldKey("Kelvin \u212a"), foldKey("kelvin k"), "as strings.EqualFold")
}

func TestDropControls(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"plain text, long enough for words", "plain text, long enough for words"},
		{"plain text\x00, long\x01 enough\x7f for \x1bwords\tand\nlines\r\f", "plain text, long enough for words\tand\nlines\r\f"},
		{"caf\xc3\xa9 \xe2\x80\xae and more text\x00", "caf\xc3\xa9 \xe2\x80\xae and more text"},
		{"\x00\x00\x00\x00\x00\x00\x00\x00\x00", ""},
		// Line ends in the first words do not end the word-at-a-time scan.
		{"a\nb\tc\r\nline two of the page, and three\x00 and four", "a\nb\tc\r\nline two of the page, and three and four"},
	} {
		assert.Equal(t, tt.want, string(dropControls([]byte(tt.in))), "%q", tt.in)
	}
}

// TestDropControlsEquivalence holds the word-at-a-time scan to a byte-at-a-time one
// on pseudo-random bytes of every value.
func TestDropControlsEquivalence(t *testing.T) {
	x := uint32(7)
	for n := range 2000 {
		in := make([]byte, n%61)
		for i := range in {
			x = x*1664525 + 1013904223
			in[i] = byte(x >> 24)
			if x&0x300 != 0 {
				in[i] = 'a' + byte(x>>10)%26 // mostly letters, as text is
			}
		}
		var want []byte
		for _, c := range in {
			if !isBinaryControl(c) {
				want = append(want, c)
			}
		}
		assert.Equal(t, string(want), string(dropControls(append([]byte(nil), in...))), "%q", in)
	}
}

// TestBinaryControls holds the word test to isBinaryControl on every pair of byte
// values side by side, in both orders, so that no byte's value or a borrow or carry
// from its neighbour marks a byte wrongly.
func TestBinaryControls(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			var x, want uint64
			for k := range 8 {
				c := byte(a)
				if k%2 == 1 {
					c = byte(b)
				}
				x |= uint64(c) << (8 * k)
				if isBinaryControl(c) {
					want |= 0x80 << (8 * k)
				}
			}
			if got := binaryControls(x); got != want {
				t.Fatalf("bytes %#x, %#x: got %#x, want %#x", a, b, got, want)
			}
			if want != 0 && mayHoldControl(x) == 0 {
				t.Fatalf("bytes %#x, %#x: mayHoldControl misses a control", a, b)
			}
		}
	}
}
