package newsparse

import (
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/credit"
)

// assemble builds the Article from classified blocks, in reading order.
// assemble gathers the classified blocks into an Article; order is how the page
// writes numeric dates (pageNumericOrder), by which bylines and datelines are read.
func assemble(blocks []block.Block, order classify.NumericOrder) *Article {
	// Sized once: growing the lists would copy them several times over.
	paragraphs, removed := 0, 0
	for i := range blocks {
		switch blocks[i].Role {
		case block.RoleBody, block.RoleSubheading, block.RoleQuote, block.RoleList:
			paragraphs++
		case block.RoleRemoved, block.RoleCredit:
			removed++
		}
	}
	a := &Article{Paragraphs: make([]Paragraph, 0, paragraphs)}
	if removed > 0 {
		a.Removed = make([]Removed, 0, removed)
	}
	var pending *Credit           // a credit printed before its caption
	lastCaption := -1             // index in a.Images of the caption just read, -1 after any other block
	var lastCredit *Credit        // the credit just read, nil after any other block
	captioned := map[string]int{} // caption text to the index of its first image
	for i := range blocks {
		b := &blocks[i] // read in place: a block is large, and a copy per block costs
		captionBefore, creditBefore := lastCaption, lastCredit
		lastCaption, lastCredit = -1, nil
		switch b.Role {
		case block.RoleHeadline:
			if a.Headline == "" {
				a.Headline = b.Text
			}
		case block.RoleStandfirst:
			a.Standfirst = b.Text
		case block.RoleByline:
			for _, n := range b.Names {
				if len(a.Byline) < maxMetaNames && !containsFold(a.Byline, n) {
					a.Byline = append(a.Byline, n)
				}
			}
			setDates(a, b, order)
		case block.RoleDateline:
			setDates(a, b, order)
		case block.RoleBody, block.RoleSubheading, block.RoleQuote, block.RoleList:
			p := Paragraph{Text: b.Text, Kind: paragraphKind(b.Role), Links: publicLinks(b.Text, b.Links)}
			if b.Rows != nil {
				p.Kind, p.Rows = ParagraphTable, publicRows(b.Rows)
			}
			a.Paragraphs = append(a.Paragraphs, p)
		case block.RoleCaption:
			if len(a.Images) >= MaxImages {
				// Past the bound the caption is listed, not filed as a picture.
				if b.Text != "" {
					a.Removed = append(a.Removed, Removed{Text: b.Text, Reason: ReasonMedia})
				}
				continue
			}
			img := Image{Caption: b.Text, Credit: publicCredit(b.Credit), After: len(a.Paragraphs)}
			if b.Image != nil {
				img.URL, img.Alt = b.Image.URL, b.Image.Alt
			}
			if img.Credit == nil && pending != nil {
				img.Credit, pending = pending, nil
			}
			a.Images = append(a.Images, img)
			lastCaption = len(a.Images) - 1
			if _, ok := captioned[img.Caption]; !ok {
				captioned[img.Caption] = lastCaption
			}
		case block.RoleCredit:
			c := parseCredit(b.Text)
			lastCredit = c
			switch {
			case c == nil:
				// A bare "Photo:" whose credit sits on the next line.
				a.Removed = append(a.Removed, Removed{Text: b.Text, Reason: ReasonMedia, After: len(a.Paragraphs)})
			case creditBefore != nil && equalFoldSpace(creditBefore.Text, c.Text) && !(b.BlankBefore >= 2 && blocks[i-1].Text == b.Text),
				captionBefore >= 0 && a.Images[captionBefore].Credit != nil && equalFoldSpace(a.Images[captionBefore].Credit.Text, c.Text):
				// The same credit printed twice ("Jane Doe, AP" then "Photo: Jane Doe, AP").
				// The very same line again after a picture's gap is the next picture's
				// credit, as a gallery prints one under each picture.
			case captionBefore >= 0 && a.Images[captionBefore].Credit == nil:
				a.Images[captionBefore].Credit = c
			case i+1 < len(blocks) && blocks[i+1].Role == block.RoleCaption && blocks[i+1].Credit == nil:
				pending = c
			case len(a.Images) < MaxImages && (b.BlankBefore >= 2 || b.InElement):
				// A picture with a credit and no caption: the empty lines above it are
				// the picture (in HTML, the markup placed the credit).
				a.Images = append(a.Images, Image{Credit: c, After: len(a.Paragraphs)})
			default:
				// A credit with neither a caption nor a picture's gap beside it is no
				// evidence that the page shows a picture there (an embedded post, a
				// portrait the scrape dropped): it is listed, not filed as an image.
				a.Removed = append(a.Removed, Removed{Text: b.Text, Reason: ReasonMedia, After: len(a.Paragraphs)})
			}
		case block.RoleRemoved:
			a.Removed = append(a.Removed, Removed{Text: b.Text, Reason: reasonOf(b.Reason), After: len(a.Paragraphs)})
			if b.Reason == block.ReasonDuplicate {
				// A caption repeated on the next line (alt text, then the caption) still
				// takes the credit that follows the repeat; a caption repeated further
				// down (a gallery replaying the lead picture) brings its credit again.
				lastCaption, lastCredit = captionBefore, creditBefore
				if k, ok := captioned[b.Text]; ok {
					lastCaption = k
				}
			}
		}
	}
	if len(a.Removed) == 0 {
		a.Removed = nil // nil when nothing is removed, as before sizing
	}
	return a
}

func paragraphKind(r block.Role) ParagraphKind {
	switch r {
	case block.RoleSubheading:
		return ParagraphSubheading
	case block.RoleQuote:
		return ParagraphQuote
	case block.RoleList:
		return ParagraphList
	}
	return ParagraphBody
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if equalFoldSpace(x, s) {
			return true
		}
	}
	return false
}

func equalFoldSpace(a, b string) bool {
	return len(a) == len(b) && indexFold(a, b) == 0
}

// setDates reads the time a byline or dateline gives into Published, and the update
// time it gives ("Published 9 Jan, updated 10 Jan") into Modified, the first such
// line winning for each. The block's time was read day first; a page that writes
// the month first has its line read again.
func setDates(a *Article, b *block.Block, order classify.NumericOrder) {
	pub := b.Published
	if order != classify.OrderDayFirst && !pub.IsZero() {
		if t, _, ok := classify.ParseDatelineIn(b.Text, order); ok {
			pub = t
		}
	}
	if a.Published.IsZero() {
		a.Published = pub
	}
	if !a.Modified.IsZero() {
		return
	}
	if _, mod, _ := classify.ParseDatelineDatesIn(b.Text, order); !mod.IsZero() {
		a.Modified = mod
	}
}

// The blocks carry internal forms of the public types (block.Link, block.Row,
// credit.Credit, block.Reason) so that the classifier's rules need not import the
// root; these convert them where the Article is assembled, and nowhere else.

// publicLinks converts a block's links to the public Link, keeping those that still
// point at their text in s, as linksIn does: a step that changed a block's text
// after its links were read leaves none pointing astray.
func publicLinks(s string, links []block.Link) []Link {
	var out []Link
	for _, l := range links {
		if linkAt(s, l.Text, l.Start, l.End) {
			out = append(out, Link(l))
		}
	}
	return out
}

// publicRows converts a table block's rows to the public TableRow.
func publicRows(rows []block.Row) []TableRow {
	out := make([]TableRow, len(rows))
	for i, r := range rows {
		out[i] = TableRow(r)
	}
	return out
}

// publicCredit converts a block's credit to the public Credit; nil stays nil.
func publicCredit(c *credit.Credit) *Credit {
	if c == nil {
		return nil
	}
	return &Credit{Text: c.Text, Photographers: c.Photographers, Agencies: c.Agencies}
}
