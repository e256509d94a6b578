// Command batch parses many pages at once with a bounded pool of workers and writes one
// JSON line per page, in input order, with the page's id.
//
//	go run ./batch -workers 8 -o articles.jsonl pages/        # a folder, walked in path order
//	go run ./batch -o articles.jsonl pages.jsonl              # a JSONL stream ("-": stdin)
//
// In a folder, files ending in .html, .htm, .xhtml or .txt (each optionally .gz) are read,
// their kind sniffed by newsparse.Parse, and the id is the path inside the folder. A JSONL
// stream holds one page a line: {"id", "url", and "html" or "text"}.
// Output lines are {"id", "article"} or {"id", "error"}. A progress bar and a summary
// (pages per second, errors counted by the library's sentinel) go to standard error.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/newsparse/newsparse"
)

func main() {
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "pages parsed at once")
	out := flag.String("o", "-", "output file; - for standard output")
	quiet := flag.Bool("quiet", false, "no progress bar")
	noFigures := flag.Bool("no-figures", false, "skip figure extraction")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: batch [-workers N] [-o out.jsonl] [-quiet] [-no-figures] FOLDER | FILE.jsonl | -")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || *workers < 1 {
		flag.Usage()
		os.Exit(2)
	}
	w := io.Writer(os.Stdout)
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "batch:", err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	cfg := Config{Workers: *workers}
	if *noFigures {
		cfg.Options = []newsparse.Option{newsparse.WithoutFigures()}
	}
	if !*quiet {
		cfg.Progress = os.Stderr
	}
	start := time.Now()
	sum, err := Run(context.Background(), cfg, flag.Arg(0), os.Stdin, w)
	fmt.Fprintln(os.Stderr, sum.Report(time.Since(start), *workers))
	if err != nil {
		fmt.Fprintln(os.Stderr, "batch:", err)
		os.Exit(1)
	}
}
