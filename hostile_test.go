package newsparse

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

var writeHostile = flag.Bool("hostile.write", false, "write the generated hostile corpus to testdata/hostile/ (ignored by git) for fuzzing or other tools")

// runShape parses in as the shape says. ExtractFigures' figures come back in an
// Article so that every shape is checked the same way.
func runShape(s hostileShape, in []byte) (*Article, error) {
	switch s.kind {
	case "text":
		return ParseText(string(in))
	case "html":
		return ParseHTML(bytes.NewReader(in))
	case "any":
		return Parse(bytes.NewReader(in))
	}
	return &Article{Figures: ExtractFigures(string(in))}, nil
}

// hostileSize is the size of each input of the corpus test: 256 KB, enough for every
// shape to repeat thousands of times (TestHostileGrowth and BenchmarkHostile take the
// sizes up); the one long line is 10 MB, as the issue asks.
func hostileSize(s hostileShape) int {
	if s.name == "one-long-line" {
		return 10 << 20
	}
	return 256 << 10
}

// TestHostileCorpus parses every hostile shape: no panic, no error where a reader
// would see an article, valid UTF-8 out, and JSON no larger than a fixed multiple of
// the input.
func TestHostileCorpus(t *testing.T) {
	for _, s := range hostileShapes {
		t.Run(s.name, func(t *testing.T) {
			in := s.gen(hostileSize(s))
			if *writeHostile {
				require.NoError(t, os.MkdirAll(filepath.Join("testdata", "hostile"), 0o755))
				require.NoError(t, os.WriteFile(filepath.Join("testdata", "hostile", s.name+"."+s.kind), in, 0o644))
			}
			a, err := runShape(s, in)
			if s.article {
				require.NoError(t, err)
			}
			if err != nil {
				return
			}
			out, err := json.Marshal(a)
			require.NoError(t, err)
			require.True(t, utf8.Valid(out), "output is not valid UTF-8")
			// The audit trail lists every dropped line as {"text":"a","reason":...},
			// some 40 bytes for a one-letter line; a figure's JSON is some 200 bytes
			// for as little as two bytes of input.
			amp := 24
			if s.kind == "figures" {
				amp = 128
			}
			require.LessOrEqual(t, len(out), amp*len(in)+64<<10, "output amplifies the input")
			for _, im := range a.Images {
				require.LessOrEqual(t, len(im.URL), MaxURLBytes)
			}
			require.LessOrEqual(t, len(a.Images), MaxImages)
		})
	}
}

// allocsOf returns the heap bytes and objects one call of f allocates. Both are
// deterministic enough to compare sizes by, where time is not.
func allocsOf(f func()) (bytes, objects uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, after.Mallocs - before.Mallocs
}

// TestHostileGrowth fails when a shape's allocations grow faster than its input: at
// n and 8n bytes the ratio must stay under 10 (8 when linear, with room for the
// doubling of buffers). It measures no time, so a loaded machine cannot fail it.
func TestHostileGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("parses each shape at 1 MB")
	}
	const n = 128 << 10
	for _, s := range hostileShapes {
		t.Run(s.name, func(t *testing.T) {
			small, large := s.gen(n), s.gen(8*n)
			// A first run warms what is built once per process (tables, pools).
			_, _ = runShape(s, small)
			b1, o1 := allocsOf(func() { _, _ = runShape(s, small) })
			b8, o8 := allocsOf(func() { _, _ = runShape(s, large) })
			ratio := float64(len(large)) / float64(len(small))
			require.Less(t, float64(b8)/float64(max(b1, 1)), 1.25*ratio, "bytes allocated: %d at %d B, %d at %d B", b1, len(small), b8, len(large))
			require.Less(t, float64(o8)/float64(max(o1, 1)), 1.25*ratio, "objects allocated: %d at %d B, %d at %d B", o1, len(small), o8, len(large))
		})
	}
}

var benchHostile = flag.Bool("hostile", false, "run BenchmarkHostile (several minutes: 60 parses of 1 to 8 MB)")

// BenchmarkHostile parses each shape at 1, 4 and 8 MB. Linear work shows as the same
// MB/s at every size. It takes minutes, so it runs only when asked for:
//
//	go test -run '^$' -bench Hostile -benchtime 1x -hostile .
func BenchmarkHostile(b *testing.B) {
	if !*benchHostile {
		b.Skip("pass -hostile to run it")
	}
	for _, s := range hostileShapes {
		for _, mb := range []int{1, 4, 8} {
			in := s.gen(mb << 20)
			b.Run(fmt.Sprintf("%s/%dMB", s.name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				for b.Loop() {
					_, _ = runShape(s, in)
				}
			})
		}
	}
}
