package newsparse

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScratchTruth(t *testing.T) {
	files, _ := filepath.Glob("../shared/corpus/text/dev/*.truth.json")
	hl, by, sf, pub, caps, capsGot, credits := 0, 0, 0, 0, 0, 0, 0
	sfTotal := 0
	for _, f := range files {
		var tr struct {
			ID, Headline, Standfirst string
			Byline                   []string
			Images                   []struct{ Caption, Credit string }
		}
		b, _ := os.ReadFile(f)
		json.Unmarshal(b, &tr)
		gz, err := os.ReadFile(filepath.Join(zyteDir, "html", tr.ID+".html.gz"))
		if err != nil {
			continue
		}
		zr, _ := gzip.NewReader(bytes.NewReader(gz))
		page, _ := io.ReadAll(zr)
		a, err := ParseHTML(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline == tr.Headline {
			hl++
		} else {
			t.Logf("HL %s got %q want %q", tr.ID[:8], a.Headline, tr.Headline)
		}
		if strings.Join(a.Byline, ";") == strings.Join(tr.Byline, ";") {
			by++
		} else {
			t.Logf("BY %s got %q want %q", tr.ID[:8], a.Byline, tr.Byline)
		}
		if tr.Standfirst != "" {
			sfTotal++
		}
		if a.Standfirst == tr.Standfirst {
			sf++
		} else {
			t.Logf("SF %s got %.60q want %.60q", tr.ID[:8], a.Standfirst, tr.Standfirst)
		}
		if !a.Published.IsZero() {
			pub++
		}
		for _, im := range tr.Images {
			if im.Caption == "" {
				continue
			}
			caps++
			found := false
			for _, g := range a.Images {
				if g.Caption == im.Caption {
					found = true
				}
			}
			if !found {
				var gots []string
				for _, g := range a.Images {
					gots = append(gots, g.Caption)
				}
				t.Logf("CAP %s want %.70q got %.200q", tr.ID[:8], im.Caption, gots)
			}
			for _, g := range a.Images {
				if g.Caption == im.Caption {
					capsGot++
					if g.Credit != nil && strings.EqualFold(g.Credit.Text, im.Credit) || g.Credit == nil && im.Credit == "" {
						credits++
					}
					break
				}
			}
		}
	}
	t.Logf("pages %d headline %d byline %d standfirst %d (of %d nonempty) published %d captions %d/%d credits %d", len(files), hl, by, sf, sfTotal, pub, capsGot, caps, credits)
}
