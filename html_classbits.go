package newsparse

import (
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/htmldom"
)

// clsBits is what the class and id words of an element say about it; the words and
// the scanner that reads them are htmldom's (classes.go). The region, role and
// page-type rules of this package read the bits by these short names.
type clsBits = htmldom.Class

// The bits of clsBits, as htmldom names them.
const (
	clsPositive   = htmldom.ClassPositive
	clsRelated    = htmldom.ClassRelated
	clsNewsletter = htmldom.ClassNewsletter
	clsShare      = htmldom.ClassShare
	clsAd         = htmldom.ClassAd
	clsComments   = htmldom.ClassComments
	clsNav        = htmldom.ClassNav
	clsAside      = htmldom.ClassAside
	clsPaywall    = htmldom.ClassPaywall
	clsCaption    = htmldom.ClassCaption
	clsCredit     = htmldom.ClassCredit
	clsByline     = htmldom.ClassByline
	clsDate       = htmldom.ClassDate
	clsDek        = htmldom.ClassDek
	clsHidden     = htmldom.ClassHidden
	clsFigure     = htmldom.ClassFigure
	clsEmbed      = htmldom.ClassEmbed
	clsMeta       = htmldom.ClassMeta
	clsShop       = htmldom.ClassShop
	clsThread     = htmldom.ClassThread
	clsDocs       = htmldom.ClassDocs
	clsCTA        = htmldom.ClassCTA
	clsCard       = htmldom.ClassCard
	clsDialog     = htmldom.ClassDialog
	clsNotice     = htmldom.ClassNotice
	clsRemove     = htmldom.ClassRemove
)

// classifyElement reads an element's class and id attributes, remembering each class
// list met on the page (htmldom.Classifier), and returns the bits and the class
// list's signature (htmldom.ClassSig).
func (w *walker) classifyElement(class, id string) (clsBits, uint32) {
	return w.classes.Classify(class, id)
}

// removeReason names the reason for a container's furniture bits, most specific first.
func removeReason(b clsBits) block.Reason {
	switch {
	case b&clsComments != 0:
		return block.ReasonComments
	case b&clsNewsletter != 0:
		return block.ReasonNewsletter
	case b&clsPaywall != 0:
		return block.ReasonPaywall
	case b&clsRelated != 0:
		return block.ReasonRelated
	case b&clsAd != 0:
		return block.ReasonAdvertisement
	case b&(clsShare|clsNotice) != 0:
		return block.ReasonBoilerplate
	case b&clsEmbed != 0:
		return block.ReasonMedia
	case b&(clsNav|clsAside) != 0:
		return block.ReasonNavigation
	}
	return block.NoReason
}
