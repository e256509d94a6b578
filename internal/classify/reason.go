package classify

import "github.com/newsparse/newsparse/internal/block"

// Reason is block.Reason, which moved to the leaf package with the block that
// carries it; the classifier's readers keep their names for it.
type Reason = block.Reason

// The reasons the classifier gives: block's.
const (
	NoReason            = block.NoReason
	ReasonBoilerplate   = block.ReasonBoilerplate
	ReasonRelated       = block.ReasonRelated
	ReasonDuplicate     = block.ReasonDuplicate
	ReasonNavigation    = block.ReasonNavigation
	ReasonAdvertisement = block.ReasonAdvertisement
	ReasonNewsletter    = block.ReasonNewsletter
	ReasonPaywall       = block.ReasonPaywall
	ReasonDateline      = block.ReasonDateline
	ReasonByline        = block.ReasonByline
	ReasonMedia         = block.ReasonMedia
	ReasonComments      = block.ReasonComments
	ReasonBio           = block.ReasonBio
)
