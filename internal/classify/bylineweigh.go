package classify

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
)

// Bylines are weighed against each other: a page's front may hold one byline with
// strong evidence ("By Jane Doe", a name under a "Written by" label) and name-shaped
// lines taken as bylines on shape and place alone ("Use Case", "Save Article", a
// section label, a job title). The rules here weigh them by what the blocks and
// their forms say alone: where a byline stands, whether a date is beside it, whether
// the page's prose writes its words in lower case, whether its name comes back
// elsewhere. The root's weighBylines and findPageByline combine them with the rules
// that read a menu's or a list's layout.

// UndoubleNames reads each name once where a converter printed it twice on the
// byline's line ("Jane Doe Jane Doe": the author's photo's label, then the name).
// names is shared with the line's form, so a change is made on a copy.
func UndoubleNames(names []string) []string {
	var out []string
	for k, n := range names {
		if u := Undoubled(n); u != n {
			if out == nil {
				out = append([]string(nil), names...)
			}
			out[k] = u
		}
	}
	if out == nil {
		return names
	}
	return out
}

// maxPhraseChecks bounds the bare bylines DropCommonPhrases looks up in the page's
// prose, so that a page of many stays linear.
const maxPhraseChecks = 4

// DropCommonPhrases demotes a bare byline (no opener, no date) whose every word the
// page's own prose writes in lower case: "Healthy Eating Tips", "Digital Photo Frame",
// "Reading Time" are a label's words, where a person's name ("Jane Doe") is not
// running text's vocabulary. Blocks a front end settled (preset) are left alone.
func DropCommonPhrases(blocks []block.Block, forms []Form, preset []bool) {
	checks := maxPhraseChecks
	for i := range blocks {
		b := &blocks[i]
		if b.Role != block.RoleByline || preset[i] || forms[i].ByExplicit || !b.Published.IsZero() || len(b.Names) != 1 {
			continue
		}
		if checks == 0 {
			return
		}
		checks--
		if AllWordsInProse(blocks, forms, b.Names[0]) {
			b.Role, b.Reason, b.Names = block.RoleRemoved, block.ReasonNavigation, nil
		}
	}
}

// AllWordsInProse reports every word of name (two or more) written in lower case
// somewhere in the page's prose.
func AllWordsInProse(blocks []block.Block, forms []Form, name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		low := strings.ToLower(strings.Trim(w, ".,;:()"))
		if low == w || len(low) < 2 {
			return false // a particle or an initial: a person's name
		}
		found := false
		for j := range blocks {
			if forms[j].Prose && ContainsWord(blocks[j].Text, low) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// farByline is how many lines above the body's first paragraph a byline still stands
// near the article when the headline is not above it.
const farByline = 8

// DropFarBylines demotes the bylines far above the article, a menu's entry ("By
// Region", "BY USE CASE") or a teaser's author over its own title, when another
// byline with as much for it stands near it: under the headline head, or a few lines
// above the body's first paragraph first. A date on the byline's line or beside it
// outweighs place: a bare line near a wrongly chosen headline does not drop the
// dated "By Jane Doe" above it. A page's one byline stays wherever it is. Blocks a
// front end settled (preset) are left alone.
func DropFarBylines(blocks []block.Block, preset []bool, head, first int) {
	near := func(i int) bool { return head >= 0 && i > head || first-i <= farByline }
	found, nearDated := false, false
	for i := range blocks {
		if blocks[i].Role == block.RoleByline && !preset[i] && near(i) {
			found, nearDated = true, nearDated || Dated(blocks, i)
		}
	}
	if !found {
		return
	}
	for i := range blocks {
		if b := &blocks[i]; b.Role == block.RoleByline && !preset[i] && !near(i) && (nearDated || !Dated(blocks, i)) {
			b.Role, b.Reason, b.Names = block.RoleRemoved, block.ReasonNavigation, nil
		}
	}
}

// Dated reports a byline block with a date on its line or on a dateline beside it.
func Dated(blocks []block.Block, i int) bool {
	if !blocks[i].Published.IsZero() {
		return true
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(blocks) && blocks[j].Role == block.RoleDateline {
			return true
		}
	}
	return false
}

// OtherLabelledNames reports an author's label anywhere on the page over a line
// naming other people than names, the byline found at best: the entries of a
// listing each print their own "By:" / "Jane Doe", which the span of the page read
// for a byline may hold one of.
func OtherLabelledNames(blocks []block.Block, best int, names []string) bool {
	for j := 1; j < len(blocks); j++ {
		if j == best {
			continue
		}
		if label, reviewer := BylineLabel(blocks[j-1].Text); !label || reviewer {
			continue
		}
		other, _ := ParseByline(blocks[j].Text)
		if len(other) == 0 {
			other, _ = ParseByline("By " + blocks[j].Text)
		}
		if len(other) > 0 && !SameNames(other, names) {
			return true
		}
	}
	return false
}

// NamedElsewhere reports the name on a line of the page other than block i and its
// neighbours: a byline's name comes back in an author box or a bio.
func NamedElsewhere(blocks []block.Block, i int, name string) bool {
	for j := range blocks {
		if (j < i-1 || j > i+1) && strings.Contains(blocks[j].Text, name) {
			return true
		}
	}
	return false
}

// SameNames reports two bylines naming the same people, ignoring case and order.
func SameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if len(y) == len(x) && ascii.IndexFold(y, x) == 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
