// Command warc reads WARC files (plain or .warc.gz, one gzip member per record) and
// writes one JSON line per HTML page: the record's id, its target URI and the Article, or
// the library's error for a page it refused. Non-HTML and non-200 records are skipped.
// Each response's HTTP Content-Type goes to newsparse.WithContentType (its charset) and
// its WARC-Target-URI to newsparse.WithURL (absolute image addresses).
//
//	go run ./warc crawl-00000.warc.gz crawl-00001.warc.gz > articles.jsonl
//
// The counts go to standard error.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/newsparse/newsparse/examples/internal/warcparse"
)

func main() {
	out := flag.String("o", "-", "output file; - for standard output")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: warc [-o out.jsonl] FILE.warc[.gz]...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	w := io.Writer(os.Stdout)
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		w = f
	}
	st, err := run(w, flag.Args())
	fmt.Fprintf(os.Stderr, "records %d, articles %d, refused %d, skipped %d\n", st.Records, st.Parsed, st.Failed, st.Skipped)
	if err != nil {
		log.Fatal(err)
	}
}

// run writes the JSON lines of every file to w, in file and record order.
func run(w io.Writer, files []string) (warcparse.Stats, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	var total warcparse.Stats
	for _, name := range files {
		st, err := runFile(bw, name)
		total = total.Add(st)
		if err != nil {
			return total, fmt.Errorf("%s: %w", name, err)
		}
	}
	return total, bw.Flush()
}

func runFile(w *bufio.Writer, name string) (warcparse.Stats, error) {
	f, err := os.Open(name)
	if err != nil {
		return warcparse.Stats{}, err
	}
	defer f.Close()
	return warcparse.Each(f, func(line []byte) error {
		if _, err := w.Write(line); err != nil {
			return err
		}
		return w.WriteByte('\n')
	})
}
