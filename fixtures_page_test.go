package newsparse

import "github.com/newsparse/newsparse/internal/testinput"

// The page layouts and paragraphs the classifier's tests share with
// internal/classify's, by the names these tests have always used.
var (
	para             = testinput.Para
	lines            = testinput.JoinLines
	reflowProse      = testinput.ReflowProse
	gapProse         = testinput.GapProse
	gallerySentences = testinput.GallerySentences
	galleryCoda      = testinput.GalleryCoda
	gapDump          = testinput.GapDump
)
