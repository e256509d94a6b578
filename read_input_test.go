package newsparse

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadLimited: every kind of reader is read whole up to the limit and refused past
// it, whether it writes itself out (bytes, strings and bufio readers) or is read in
// chunks; a reader's own error is passed on, wrapped.
func TestReadLimited(t *testing.T) {
	const limit = 64
	under, at, over := strings.Repeat("a", 40), strings.Repeat("b", limit), strings.Repeat("c", limit+1)
	readers := map[string]func(s string) io.Reader{
		"bytes.Reader":    func(s string) io.Reader { return bytes.NewReader([]byte(s)) },
		"strings.Reader":  func(s string) io.Reader { return strings.NewReader(s) },
		"bufio.Reader":    func(s string) io.Reader { return bufio.NewReaderSize(strings.NewReader(s), 16) },
		"one byte a time": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
	}
	for name, reader := range readers {
		for _, tt := range []struct {
			in       string
			tooLarge bool
		}{{"", false}, {under, false}, {at, false}, {over, true}, {strings.Repeat(over, 10), true}} {
			got, err := readLimited(reader(tt.in), limit)
			if tt.tooLarge {
				assert.ErrorIs(t, err, ErrTooLarge, "%s, %d bytes", name, len(tt.in))
				assert.Nil(t, got, name)
				continue
			}
			require.NoError(t, err, "%s, %d bytes", name, len(tt.in))
			assert.Equal(t, tt.in, string(got), name)
		}
	}
	broken := errors.New("connection reset")
	for name, r := range map[string]io.Reader{
		"chunks":        iotest.ErrReader(broken),
		"writes itself": bufio.NewReader(iotest.ErrReader(broken)),
	} {
		_, err := readLimited(r, limit)
		assert.ErrorIs(t, err, broken, name)
		assert.NotErrorIs(t, err, ErrTooLarge, name)
	}
}

// TestReadLimitedOwnsBuffer: the page is cut in place after reading, so the buffer
// must be the library's own, never the caller's bytes.
func TestReadLimitedOwnsBuffer(t *testing.T) {
	in := []byte("<p>The caller's bytes stay as they were.</p>")
	got, err := readLimited(bytes.NewReader(in), 1<<10)
	require.NoError(t, err)
	got[0] = 'X'
	assert.Equal(t, byte('<'), in[0])
}

// BenchmarkReadLimited reads the benchmark pages from bytes.Readers, as ParseHTML
// does before anything else.
func BenchmarkReadLimited(b *testing.B) {
	var pages [][]byte
	for _, p := range loadZyte(b) {
		pages = append(pages, p.html)
	}
	benchmarkParse(b, pages, func(page []byte) error {
		_, err := readLimited(bytes.NewReader(page), DefaultMaxBytes)
		return err
	})
}

// BenchmarkDropControls scans the benchmark pages for the control characters
// dropControls removes; the pages hold none, as nearly every page, so this is the
// cost of the look alone.
func BenchmarkDropControls(b *testing.B) {
	var pages [][]byte
	for _, p := range loadZyte(b) {
		pages = append(pages, p.html)
	}
	benchmarkParse(b, pages, func(page []byte) error {
		if len(dropControls(page)) != len(page) {
			return errors.New("a control character in a benchmark page")
		}
		return nil
	})
}
