package newsparse

import (
	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/textdump"
)

// The text front end lives in internal/textdump. These are the root's names for the
// parts of it the HTML reader and the classifier share: the normalisation of white
// space and invisible characters, which every string of an Article goes through.

// normalizeText is textdump.Normalize.
func normalizeText(s string) string { return textdump.Normalize(s) }

// collapseSpace is textdump.CollapseSpace.
func collapseSpace(s string) string { return textdump.CollapseSpace(s) }

// isBlank is textdump.IsBlank.
func isBlank(s string) bool { return textdump.IsBlank(s) }

// isInvisible is textdump.IsInvisible.
func isInvisible(r rune) bool { return textdump.IsInvisible(r) }

// isBidiControl is textdump.IsBidiControl.
func isBidiControl(r rune) bool { return textdump.IsBidiControl(r) }

// isSpaceRune is ascii.IsSpaceRune.
func isSpaceRune(r rune) bool { return ascii.IsSpaceRune(r) }
