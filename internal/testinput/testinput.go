// Package testinput makes the inputs the equivalence tests of every package feed
// both a fast path and the plain definition it must agree with: the text dumps a
// package's tests can reach (Files, which benchmarks read too), and random strings
// built from the characters and phrases the fast paths treat specially; and the
// pages the text classifier's tests lay out, which the root's tests and
// internal/classify's share (pages.go). Only tests import it.
package testinput

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pieces are the characters and phrases the fast paths treat specially: every kind
// of space and line end, invalid and cut UTF-8, letters whose case folds change
// their length ("İ", KELVIN SIGN, LONG S), CJK, and the labels, credits and
// furniture the scanners look for.
var pieces = []string{"a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\x00", "\x7f", "\xff", "\xe2\x80",
	"\u0085", "\u00a0", "\u00ad", "\u00e9", "\u1680", "\u2003", "\u200b", "\u2028", "\u202f", "\u3000",
	"\ufeff", "\ufffd", "Photo:", "photo by ", "Credit...", "(AP Photo/Evan Vucci)", "REUTERS", " AFP", "Getty Images)", "Read more", "Related: ", "• ", "Advertisement", " min read", "1 / 13", "\u0130", "\u212a", "\u017f", "İA", "VİA", " via ", "語", "한", "カ", "ひ", "\U00020000", ".", "'", "”", "(", ")", "/", ","}

// Texts returns the files matching globs (none is fine: ../shared may be absent)
// and 40,000 random strings, always the same ones: 20,000 of up to twelve pieces,
// and 20,000 runs of ASCII with a few other bytes, for the paths that read eight
// bytes at a time.
func Texts(tb testing.TB, globs ...string) []string {
	tb.Helper()
	out := Files(tb, globs...)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	const chars = "ab  \t\n\r\v\f\x01~é"
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = chars[rng.IntN(len(chars))]
		}
		out = append(out, string(b))
	}
	return out
}

// Files returns the contents of the files matching globs, none if none does.
func Files(tb testing.TB, globs ...string) []string {
	tb.Helper()
	var out []string
	for _, g := range globs {
		names, _ := filepath.Glob(g)
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, string(b))
		}
	}
	return out
}

// Lines returns the lines of Texts(tb, globs...).
func Lines(tb testing.TB, globs ...string) []string {
	tb.Helper()
	var out []string
	for _, s := range Texts(tb, globs...) {
		out = append(out, strings.Split(s, "\n")...)
	}
	return out
}

// Bench runs f on every input at each iteration of b, reporting the inputs' bytes
// per second and the allocations.
func Bench(b *testing.B, inputs []string, f func(string)) {
	size := 0
	for _, s := range inputs {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			f(s)
		}
	}
}
