package newsparse

import "github.com/newsparse/newsparse/internal/credit"

// Bylines are weighed against each other: a page's front may hold one byline with
// strong evidence ("By Jane Doe", a name under a "Written by" label) and name-shaped
// lines taken as bylines on shape and place alone ("Use Case", "Save Article", a
// section label, a job title). Once the strong one is there, a bare one that neither
// continues it (a co-author's name on the next line) nor carries a date of its own is
// a label, not a second author.

// weighBylines demotes the bare bylines classify read beside an explicit one. Blocks
// a front end settled (preset) are its own and left alone.
func weighBylines(blocks []block, forms []form, preset []bool) {
	explicit := false
	for i := range blocks {
		if blocks[i].role == roleByline && !preset[i] && forms[i].byExplicit {
			explicit = true
			break
		}
	}
	if !explicit {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if b.role != roleByline || preset[i] || forms[i].byExplicit || !b.published.IsZero() {
			continue
		}
		if i > 0 && blocks[i-1].role == roleByline || len(b.names) == 1 && credit.IsAgency(b.names[0]) {
			continue // a co-author's line under the byline; a wire byline
		}
		b.role, b.reason, b.names = roleRemoved, ReasonNavigation, nil
	}
}
