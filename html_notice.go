package newsparse

import "strings"

// maxNoticeRunes bounds the text of a cookie or consent notice: a few paragraphs and
// the names of its purposes. A larger element is a page about cookies.
const maxNoticeRunes = 4000

// consentWords are words a cookie notice sets beside "cookie": asking for consent,
// naming partners, purposes and preferences, in the languages the library reads.
var consentWords = []string{"consent", "accept", "privacy", "partner", "preference", "personali",
	"tracking", "third part", "third-part", "analytic", "we use", "reject", "agree",
	"zustimm", "einwillig", "datenschutz", "akzeptier", "consentement", "accepter",
	"confidentialité", "partenaires", "consentimiento", "aceptar", "privacidad", "socios"}

// readsAsConsent reports a paragraph of a cookie notice: it names cookies and one of
// the consentWords. A recipe's cookies come with neither.
func readsAsConsent(s string) bool {
	low := strings.ToLower(s)
	if !strings.Contains(low, "cookie") {
		return false
	}
	return indexAnyWord(low, consentWords) >= 0
}

// consentNotices marks the cookie and consent notices of the page: an overlay, by
// its role or its consent manager's class (clsDialog), small (maxNoticeRunes), at
// least half of whose prose is a notice's text. None of the three is enough alone:
// modal boxes hold sign-up forms and galleries, consent classes sit on wrappers, and
// articles discuss cookies. A notice is furniture however much of the page's prose
// it holds: on a page of linked teasers it can hold most of it. raw is each
// element's prose (chooseRegion's sums).
func (w *walker) consentNotices() []bool {
	el := w.elems
	// Only an overlay can be a notice, so only the text below one is read.
	overlaid, some := make([]bool, len(el)), false
	for i := range el {
		overlaid[i] = el[i].cls&clsDialog != 0 || el[i].parent >= 0 && overlaid[el[i].parent]
		some = some || overlaid[i]
	}
	if !some {
		return nil
	}
	var cons []float64
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.elem < 0 || !overlaid[b.elem] || !b.isProse() || !readsAsConsent(b.text) {
			continue
		}
		if cons == nil {
			cons = make([]float64, len(el))
		}
		cons[b.elem] += float64(b.runes - b.linkRunes)
	}
	if cons == nil {
		return nil
	}
	for i := len(el) - 1; i >= 0; i-- {
		if p := el[i].parent; p >= 0 {
			cons[p] += cons[i]
		}
	}
	var out []bool
	for i := range el {
		e := &el[i]
		if e.cls&clsDialog == 0 || e.runes > maxNoticeRunes || cons[i] == 0 || cons[i] < 0.5*e.raw {
			continue
		}
		if out == nil {
			out = make([]bool, len(el))
		}
		out[i] = true
	}
	return out
}
