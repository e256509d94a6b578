package newsparse

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestDebugZytePage prints one benchmark page's extraction next to its ground truth;
// set NEWSPARSE_PAGE to an id prefix to run it.
func TestDebugZytePage(t *testing.T) {
	want := os.Getenv("NEWSPARSE_PAGE")
	if want == "" {
		t.Skip("NEWSPARSE_PAGE not set")
	}
	for _, pg := range loadZyte(t) {
		if !strings.HasPrefix(pg.id, want) {
			continue
		}
		a, err := ParseHTML(bytes.NewReader(pg.html))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("url %s\nheadline %q\nstandfirst %q\nbyline %q\n", pg.url, a.Headline, a.Standfirst, a.Byline)
		t.Logf("=== GOT\n%s", a.Text())
		t.Logf("=== TRUTH\n%s", pg.body)
		for _, r := range a.Removed {
			t.Logf("removed %s: %.100q", r.Reason, r.Text)
		}
		for _, im := range a.Images {
			t.Logf("image after %d: %.80q credit %+v", im.After, im.Caption, im.Credit)
		}
	}
}

// TestDebugZyteBlocks prints the blocks and roles of one page (NEWSPARSE_PAGE).
func TestDebugZyteBlocks(t *testing.T) {
	want := os.Getenv("NEWSPARSE_PAGE")
	if want == "" {
		t.Skip("NEWSPARSE_PAGE not set")
	}
	for _, pg := range loadZyte(t) {
		if !strings.HasPrefix(pg.id, want) {
			continue
		}
		text, _ := decodeHTML(pg.html, "")
		doc, err := html.Parse(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		w := newWalker(0)
		w.walk(doc, 0)
		w.flush()
		res := w.buildBlocks("")
		for i, e := range w.elems {
			if e.score > 10 && (e.tag != atom.P) {
				t.Logf("elem %d tag %s parent %d runes %d links %d score %.0f cls %b eff %b", i, e.tag, e.parent, e.runes, e.links, e.score, e.cls, e.eff)
			}
		}
		for _, b := range res.blocks {
			t.Logf("%2d %-12s out=%v ld=%.2f %.90q", b.role, b.reason, b.outside, b.linkDensity, b.text)
		}
	}
}

// TestDebugZyteMissing lists, for pages whose id starts with NEWSPARSE_MISSING (use
// "all" for every page), the truth lines missing from the body and what became of
// them.
func TestDebugZyteMissing(t *testing.T) {
	want := os.Getenv("NEWSPARSE_MISSING")
	if want == "" {
		t.Skip("NEWSPARSE_MISSING not set")
	}
	for _, pg := range loadZyte(t) {
		if want != "all" && !strings.HasPrefix(pg.id, want) {
			continue
		}
		text, _ := decodeHTML(pg.html, "")
		doc, err := html.Parse(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		w := newWalker(0)
		w.walk(doc, 0)
		w.flush()
		res := w.buildBlocks("")
		var body strings.Builder
		for _, b := range res.blocks {
			if _, ok := bodyKind(b.role); ok {
				body.WriteString(b.text)
				body.WriteString("\n")
			}
		}
		got := body.String()
		for _, line := range strings.Split(pg.body, "\n") {
			line = strings.TrimSpace(line)
			if len(line) < 3 || strings.Contains(got, line) {
				continue
			}
			fate := "absent"
			for _, b := range res.blocks {
				if strings.Contains(b.text, line) || len(b.text) > 10 && strings.Contains(line, b.text) {
					fate = fmt.Sprintf("role %d %s out=%v", b.role, b.reason, b.outside)
					break
				}
			}
			t.Logf("%s MISS [%s] %.100q", pg.id[:8], fate, line)
		}
		if want == "all" && os.Getenv("NEWSPARSE_EXTRA") == "" {
			continue
		}
		for _, b := range res.blocks {
			if _, ok := bodyKind(b.role); ok && !strings.Contains(pg.body, b.text) {
				t.Logf("%s EXTRA %.100q", pg.id[:8], b.text)
			}
		}
	}
}

func bodyKind(r role) (ParagraphKind, bool) {
	switch r {
	case roleBody:
		return KindBody, true
	case roleSubheading:
		return KindSubheading, true
	case roleQuote:
		return KindQuote, true
	case roleList:
		return KindList, true
	}
	return "", false
}
