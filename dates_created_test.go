package newsparse

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateCreatedAndEdits covers question and forum pages, which date their first post
// with schema.org's dateCreated and stamp each post's later edits ("edited …",
// "Last edited: …", "Zuletzt bearbeitet: …"): the first post's creation is the page's
// date, and an edit stamp is an update time, not it.
func TestDateCreatedAndEdits(t *testing.T) {
	para := func(s string) string { return `<p>` + strings.Repeat(s+" ", 4) + `</p>` }
	page := func(lang, title, first, replies string) string {
		return `<html lang="` + lang + `"><head><title>` + title + `</title></head><body>
<nav><a href="/">Home</a> <a href="/questions">Questions</a></nav>
<div class="question"><h1>` + title + `</h1>` + first + `</div>
<div class="answers">` + replies + `</div></body></html>`
	}
	asked := `<div class="stats"><span>Asked</span> <time itemprop="dateCreated" datetime="2014-02-04 13:02:51Z">12 years ago</time></div>` +
		para("I often see advice against catching every error and passing on it silently in scripts.") +
		`<div class="signature"><div class="action">edited <span title="2020-07-05 10:00:05Z">Jul 5, 2020 at 10:00</span></div><div class="user"><a href="/u/cleb">Cleb</a></div></div>` +
		`<div class="signature">asked <span title="2014-02-04 13:02:51Z">Feb 4, 2014 at 13:02</span></div>`
	answer := `<div class="answer"><time itemprop="dateCreated" datetime="2014-02-05T09:00:00Z">Feb 5, 2014</time>` +
		para("Catching everything hides the errors you did not expect, so name the ones you mean.") +
		`<div class="signature">edited <span>Oct 23, 2021 at 5:53</span></div></div>`
	thread := `<div class="post"><div class="meta"><a href="/u/ann">ann</a> <time itemprop="dateCreated" datetime="2025-05-26T08:00:00+02:00">26. Mai 2025</time></div>` +
		para("Ich suche einen Anbieter für einen kleinen Server mit deutschem Standort und gutem Support.") +
		`<div class="edit">Zuletzt bearbeitet: 6. Aug. 2025</div></div>`
	reply := `<div class="post"><div class="meta"><a href="/u/bo">bo</a> <span>7. Aug. 2025</span></div>` +
		para("Wir sind seit zwei Jahren bei einem kleinen Anbieter und sehr zufrieden mit dem Support.") + `</div>`
	tests := []struct {
		name, page          string
		published, modified time.Time
	}{
		{"a question edited years after it was asked", page("en", "Why is a bare except bad practice?", asked, answer),
			time.Date(2014, 2, 4, 13, 2, 51, 0, time.UTC), time.Date(2020, 7, 5, 10, 0, 0, 0, time.UTC)},
		{"a thread whose first post was edited", page("de", "Welcher Anbieter für einen kleinen Server?", thread, reply),
			time.Date(2025, 5, 26, 8, 0, 0, 0, time.FixedZone("", 2*3600)), time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(tt.page))
			require.NoError(t, err)
			assert.True(t, tt.published.Equal(a.Published), "published %v, want %v", a.Published, tt.published)
			assert.True(t, tt.modified.Equal(a.Modified), "modified %v, want %v", a.Modified, tt.modified)
		})
	}
}
