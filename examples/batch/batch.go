package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsparse/newsparse"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/sync/errgroup"
)

// Config sets up one Run.
type Config struct {
	Workers  int                // pages parsed at once; below 1 means 1
	Options  []newsparse.Option // passed to every parse, after the page's own URL and type
	Progress io.Writer          // where the progress bar goes; nil for none
}

// Summary counts the pages of a Run, errors by the library's sentinel.
type Summary struct {
	Pages    int // pages read, whatever became of them
	Articles int // pages that gave an Article
	Empty    int // newsparse.ErrEmpty
	TooLarge int // newsparse.ErrTooLarge
	Binary   int // newsparse.ErrBinary
	Input    int // pages that could not be read: unreadable file, bad gzip, bad JSON line
}

// Report is the summary line printed at the end.
func (s Summary) Report(d time.Duration, workers int) string {
	return fmt.Sprintf("%d pages in %.2fs (%.1f pages/s, %d workers): %d articles; errors: empty %d, too large %d, binary %d, input %d",
		s.Pages, d.Seconds(), float64(s.Pages)/d.Seconds(), workers, s.Articles, s.Empty, s.TooLarge, s.Binary, s.Input)
}

// Input is one line of a JSONL stream: a page and the address it came from.
type Input struct {
	ID   string `json:"id"`
	URL  string `json:"url,omitempty"`
	HTML string `json:"html,omitempty"`
	Text string `json:"text,omitempty"` // a scraper's text dump, when HTML is empty
}

// jsonContentType is the type of a page taken out of a JSON string.
const jsonContentType = "text/html; charset=utf-8"

// Output is one line written: the Article, or the error that stopped the page.
type Output struct {
	ID      string             `json:"id"`
	Article *newsparse.Article `json:"article,omitempty"`
	Error   string             `json:"error,omitempty"`
}

// task is one page to parse: a file of a folder, or a line of a JSONL stream. Reading
// and decoding happen in the worker, so that the single reader of the input stays cheap
// and the work spreads over the pool.
type task struct {
	id   string // the line number for a stream, until the worker decodes the line's own
	path string // a file to read
	line []byte // a JSONL line
}

// result is a finished page: its output line and how the parse ended.
type result struct {
	line []byte
	err  error
}

// Run parses every page of src (a folder, a JSONL file, or "-" for stdin) with
// cfg.Workers workers and writes the output lines to w in input order. It returns early
// only on an error of its own input or output; a page that fails is an output line with
// its error, counted in the Summary.
func Run(ctx context.Context, cfg Config, src string, stdin io.Reader, w io.Writer) (Summary, error) {
	workers := max(cfg.Workers, 1)
	var sum Summary
	each, total, err := source(src, stdin)
	if err != nil {
		return sum, err
	}
	bar := newBar(cfg.Progress, total)

	g, ctx := errgroup.WithContext(ctx)
	// The pool: errgroup's limit blocks the reader once every worker is busy.
	var pool errgroup.Group
	pool.SetLimit(workers)
	// One future per page, in input order; its capacity bounds how far the reader may run
	// ahead of the writer, so memory stays bounded however long the input.
	order := make(chan chan result, 4*workers)

	g.Go(func() error {
		defer close(order)
		err := each(func(t task) error {
			done := make(chan result, 1)
			select {
			case order <- done:
			case <-ctx.Done():
				return ctx.Err()
			}
			pool.Go(func() error {
				done <- parse(t, cfg.Options)
				return nil
			})
			return nil
		})
		_ = pool.Wait()
		return err
	})
	g.Go(func() error {
		bw := bufio.NewWriterSize(w, 1<<16)
		for done := range order {
			r := <-done
			sum.count(r.err)
			if _, err := bw.Write(r.line); err != nil {
				return err
			}
			if err := bw.WriteByte('\n'); err != nil {
				return err
			}
			_ = bar.Add(1)
		}
		_ = bar.Finish()
		return bw.Flush()
	})
	err = g.Wait()
	return sum, err
}

func (s *Summary) count(err error) {
	s.Pages++
	switch {
	case err == nil:
		s.Articles++
	case errors.Is(err, newsparse.ErrEmpty):
		s.Empty++
	case errors.Is(err, newsparse.ErrTooLarge):
		s.TooLarge++
	case errors.Is(err, newsparse.ErrBinary):
		s.Binary++
	default:
		s.Input++
	}
}

func newBar(w io.Writer, total int) *progressbar.ProgressBar {
	if w == nil {
		return progressbar.DefaultSilent(int64(total))
	}
	return progressbar.NewOptions64(int64(total),
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("parsing"),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionShowIts(),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

// source returns a function that hands each page of src to fn in input order, and the
// number of pages when it is known beforehand (-1 for a stream).
func source(src string, stdin io.Reader) (func(fn func(task) error) error, int, error) {
	if src == "-" {
		return lines(stdin), -1, nil
	}
	info, err := os.Stat(src)
	if err != nil {
		return nil, 0, err
	}
	if !info.IsDir() {
		return func(fn func(task) error) error {
			f, err := os.Open(src)
			if err != nil {
				return err
			}
			defer f.Close()
			return lines(f)(fn)
		}, -1, nil
	}
	files, err := pageFiles(src)
	if err != nil {
		return nil, 0, err
	}
	return func(fn func(task) error) error {
		for _, f := range files {
			rel, _ := filepath.Rel(src, f)
			if err := fn(task{id: filepath.ToSlash(rel), path: f}); err != nil {
				return err
			}
		}
		return nil
	}, len(files), nil
}

// pageFiles lists the page files under dir in path order.
func pageFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(strings.ToLower(d.Name()), ".gz")
		switch filepath.Ext(name) {
		case ".html", ".htm", ".xhtml", ".txt":
			if d.Type().IsRegular() {
				files = append(files, path)
			}
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// lines reads a JSONL stream; each non-blank line is a task. Lines may be long (a page
// of HTML), so the scanner's buffer grows up to the library's own input limit.
func lines(r io.Reader) func(fn func(task) error) error {
	return func(fn func(task) error) error {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 1<<16), 4*newsparse.DefaultMaxBytes)
		n := 0
		for sc.Scan() {
			n++
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			line := bytes.Clone(sc.Bytes())
			if err := fn(task{id: fmt.Sprintf("line %d", n), line: line}); err != nil {
				return err
			}
		}
		return sc.Err()
	}
}

// parse reads and parses one page and returns its output line.
func parse(t task, opts []newsparse.Option) result {
	out := Output{ID: t.id}
	a, err := load(t, &out, opts)
	if err != nil {
		out.Error = err.Error()
	} else {
		out.Article = a
	}
	b, merr := json.Marshal(out)
	if merr != nil { // an Article always marshals; kept so that a bug shows in the output
		b, _ = json.Marshal(Output{ID: out.ID, Error: merr.Error()})
		err = merr
	}
	return result{line: b, err: err}
}

func load(t task, out *Output, opts []newsparse.Option) (*newsparse.Article, error) {
	if t.path != "" {
		f, err := os.Open(t.path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		var r io.Reader = f
		if strings.HasSuffix(strings.ToLower(t.path), ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				return nil, err
			}
			defer zr.Close()
			r = zr
		}
		return newsparse.Parse(r, opts...)
	}
	var in Input
	if err := json.Unmarshal(t.line, &in); err != nil {
		return nil, err
	}
	if in.ID != "" {
		out.ID = in.ID
	}
	// A JSON string is Unicode whatever the page's charset was, so the page is UTF-8 now
	// and a <meta charset> it still carries must not be believed.
	all := append([]newsparse.Option{newsparse.WithContentType(jsonContentType)}, opts...)
	if in.URL != "" {
		all = append(all, newsparse.WithURL(in.URL))
	}
	if in.HTML != "" || in.Text == "" {
		return newsparse.ParseHTML(strings.NewReader(in.HTML), all...)
	}
	return newsparse.ParseText(in.Text, all...)
}
