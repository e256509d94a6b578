package newsparse

import (
	"os"
	"testing"
	"time"
)

func TestHostileProbe(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	for _, s := range hostileShapes {
		for _, n := range []int{64 << 10, 512 << 10} {
			in := s.gen(n)
			st := time.Now()
			a, err := runShape(s, in)
			np := 0
			if a != nil {
				np = len(a.Paragraphs)
			}
			t.Logf("%-20s %8d %10v err=%v paras=%d", s.name, len(in), time.Since(st), err, np)
		}
	}
}

func TestHostileOne(t *testing.T) {
	name := os.Getenv("SHAPE")
	if name == "" {
		t.Skip()
	}
	for _, s := range hostileShapes {
		if s.name == name {
			in := s.gen(2 << 20)
			st := time.Now()
			runShape(s, in)
			t.Logf("%v", time.Since(st))
		}
	}
}
