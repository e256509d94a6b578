//go:build unix

package newsparse

import (
	"bytes"
	"syscall"
	"testing"
	"time"
)

// BenchmarkParseHTMLCPU parses the first 20 benchmark pages per iteration and reports,
// beside the wall time, the process's CPU time per iteration (cpu-ns/op). On a shared
// machine the wall time swings with the neighbours' load; the CPU time spent in the
// process swings far less, so benchstat can compare two builds with it.
func BenchmarkParseHTMLCPU(b *testing.B) {
	var pages [][]byte
	for _, p := range loadZyte(b) {
		pages = append(pages, p.html)
		if len(pages) == 20 {
			break
		}
	}
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ParseHTML(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// reportCPU resets the timer and returns a function that reports the process's CPU
// time per iteration (cpu-ns/op) when the deferred call runs: on a shared machine
// it swings far less than the wall time.
func reportCPU(b *testing.B) func() {
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			b.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	b.ResetTimer()
	start := cpu()
	return func() { b.ReportMetric(float64(cpu()-start)/float64(b.N), "cpu-ns/op") }
}
