package block

// Reason says why a line is left out of the article: the classifier's reading of a
// line's furniture, and why a RoleRemoved block was removed. The root converts it to
// the public newsparse.Reason of the same name (its JSON word is String's) where it
// assembles the Article; NoReason, the zero value, is a line kept.
type Reason uint8

// The reasons the classifier gives, as the public type documents them.
const (
	NoReason Reason = iota
	ReasonBoilerplate
	ReasonRelated
	ReasonDuplicate
	ReasonNavigation
	ReasonAdvertisement
	ReasonNewsletter
	ReasonPaywall
	ReasonDateline
	ReasonByline
	ReasonMedia
	ReasonComments
	ReasonBio
	numReasons
)

var reasonWords = [numReasons]string{"", "boilerplate", "related", "duplicate", "navigation", "advertisement",
	"newsletter", "paywall", "dateline", "byline", "media", "comments", "bio"}

// String returns the reason's word in the public JSON, "" for NoReason.
func (r Reason) String() string {
	if r < numReasons {
		return reasonWords[r]
	}
	return "unknown"
}

// Reasons lists every Reason but NoReason, for the root's test that each converts to
// the public reason of the same word.
func Reasons() []Reason {
	out := make([]Reason, 0, numReasons-1)
	for r := NoReason + 1; r < numReasons; r++ {
		out = append(out, r)
	}
	return out
}
