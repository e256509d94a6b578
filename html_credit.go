package newsparse

import (
	"strings"
)

// This file holds the minimum the HTML reader needs of credits until the shared
// credit parser lands in the core.
// TODO(core): replace htmlParseCredit and htmlSplitCaptionCredit with credits.go's parser.

// htmlCreditLabels open a credit printed inside a caption.
var htmlCreditLabels = []string{
	"photo by ", "photos by ", "photograph by ", "picture by ", "image by ",
	"photo: ", "photos: ", "photograph: ", "picture: ", "pictures: ", "image: ",
	"images: ", "credit: ", "credits: ", "source: ", "foto: ", "fotos: ", "bild: ",
	"photo credit: ", "image credit: ", "illustration: ",
}

// agencySuffixes are picture desks that end a credit: "Jane Roe / Getty Images".
var agencySuffixes = []string{
	"Getty Images", "AFP", "Reuters", "AP", "EPA", "EPA-EFE", "Shutterstock", "Alamy",
	"PA", "PA Images", "PA Wire", "Bloomberg", "AAP", "Xinhua", "TASS", "ANSA", "dpa",
	"NurPhoto", "SOPA Images", "Sipa", "Zuma Press", "ZUMA Wire", "REX", "iStock",
	"iStockphoto", "Corbis", "Anadolu Agency", "Kyodo", "Yonhap",
}

// htmlSplitCaptionCredit separates a credit at the end of a caption: "(Photo: X)",
// "Photograph: X", "(AP Photo/X)", "X/Getty Images".
func htmlSplitCaptionCredit(s string) (caption, credit string) {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i >= 0 {
			inner := s[i+1 : len(s)-1]
			if isCreditText(inner) {
				return strings.TrimSpace(s[:i]), inner
			}
		}
	}
	lower := strings.ToLower(s)
	best := -1
	for _, l := range htmlCreditLabels {
		if i := strings.LastIndex(lower, l); i >= 0 && (i == 0 || lower[i-1] == ' ' || lower[i-1] == '(') && i > best {
			best = i
		}
	}
	if best >= 0 {
		return strings.TrimSpace(strings.TrimRight(s[:best], " (|-–—")), strings.TrimSpace(s[best:])
	}
	// "... on Tuesday. Jane Roe/Getty Images": the last sentence, when it ends with an
	// agency.
	if i := strings.LastIndexAny(s, ".!?"); i > 0 && i < len(s)-1 {
		tail := strings.TrimSpace(s[i+1:])
		if endsWithAgency(tail) && htmlWordCount(tail) <= 8 {
			return strings.TrimSpace(s[:i+1]), tail
		}
	}
	return s, ""
}

func isCreditText(s string) bool {
	lower := strings.ToLower(s)
	for _, l := range htmlCreditLabels {
		if strings.HasPrefix(lower, l) {
			return true
		}
	}
	if strings.Contains(s, " Photo/") || strings.HasPrefix(s, "AP Photo") {
		return true
	}
	return endsWithAgency(s) && htmlWordCount(s) <= 8
}

func endsWithAgency(s string) bool {
	s = strings.TrimSpace(s)
	for _, a := range agencySuffixes {
		if s == a || strings.HasSuffix(s, "/"+a) || strings.HasSuffix(s, "/ "+a) || strings.HasSuffix(s, " / "+a) {
			return true
		}
	}
	return false
}

// htmlParseCredit reads a credit string: the label and stray brackets go, names split at
// "/" or ";", and each part is a photographer or an agency.
func htmlParseCredit(s string) *Credit {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "()[]"))
	lower := strings.ToLower(s)
	for _, l := range htmlCreditLabels {
		if strings.HasPrefix(lower, l) {
			s = strings.TrimSpace(s[len(l):])
			break
		}
	}
	if s == "" {
		return nil
	}
	c := &Credit{Text: s}
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '/' || r == ';' || r == '|' }) {
		p := strings.TrimSpace(part)
		p = strings.TrimSuffix(strings.TrimSuffix(p, " Photo"), " photo")
		if p == "" {
			continue
		}
		agency := ""
		for _, a := range agencySuffixes {
			if strings.EqualFold(p, a) || strings.EqualFold(p, a+" Photo") {
				agency = a
				break
			}
		}
		if agency != "" {
			c.Agencies = append(c.Agencies, agency)
		} else if looksLikeName(p) && htmlWordCount(p) <= 4 {
			c.Photographers = append(c.Photographers, p)
		}
	}
	return c
}
