// Command parse prints what newsparse reads from one page, as indented JSON.
//
//	go run ./parse                      # a sample article embedded in this command
//	go run ./parse page.html            # a saved page (HTML or a scraper's text dump)
//	curl -s URL | go run ./parse -url URL -
//
// The input kind is sniffed (newsparse.Parse); -url makes image addresses absolute and
// becomes the Article's url; -content-type passes an HTTP Content-Type with its charset.
package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsparse/newsparse"
)

// sample is a made-up news page with the furniture real pages carry: navigation, share
// buttons, a captioned and credited picture, a newsletter prompt and a related box.
//
//go:embed sample.html
var sample string

// sampleURL is the address the sample page pretends to come from.
const sampleURL = "https://news.example.com/2026/12/01/harbour-wall"

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "parse:", err)
		os.Exit(1)
	}
}

// run parses the input that args name (none: the sample; "-": stdin) and writes the
// Article to stdout.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pageURL := fs.String("url", "", "address the page was fetched from (resolves image addresses)")
	contentType := fs.String("content-type", "", "HTTP Content-Type of the page, for its charset")
	noFigures := fs.Bool("no-figures", false, "skip figure extraction")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: parse [-url URL] [-content-type CT] [-no-figures] [FILE | -]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errors.New("at most one input")
	}

	var in io.Reader
	switch name := fs.Arg(0); name {
	case "":
		in = strings.NewReader(sample)
		if *pageURL == "" {
			*pageURL = sampleURL
		}
		fmt.Fprintln(stderr, "parse: no input given, parsing the embedded sample article")
	case "-":
		in = stdin
	default:
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}

	var opts []newsparse.Option
	if *pageURL != "" {
		opts = append(opts, newsparse.WithURL(*pageURL))
	}
	if *contentType != "" {
		opts = append(opts, newsparse.WithContentType(*contentType))
	}
	if *noFigures {
		opts = append(opts, newsparse.WithoutFigures())
	}
	a, err := newsparse.Parse(in, opts...)
	if err != nil {
		return err // wraps ErrEmpty, ErrTooLarge or ErrBinary
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}
