package newsparse

import (
	"strings"

	"github.com/newsparse/newsparse/internal/classify"
)

// ParseCredit reads a picture credit obtained elsewhere (an image API's credit field,
// a caption's last line) as the parsers read the credits they find: stray brackets
// and a "Photo:"-style label are dropped, and the people and news agencies it names
// are filed apart, agencies under their canonical names. It returns nil when nothing
// but a label or brackets is left. White space is collapsed and invalid UTF-8
// replaced first, so the Credit is always valid text.
func ParseCredit(s string) *Credit {
	s = collapseSpace(strings.ToValidUTF8(s, "\uFFFD"))
	if s == "" {
		return nil
	}
	return parseCredit(s)
}

// parseCredit reads a credit both readers found (credit.Parse) into the public
// Credit, or nil when nothing but a label or brackets is left.
func parseCredit(s string) *Credit { return publicCredit(classify.ReadCredit(s)) }
