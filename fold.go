package newsparse

import "github.com/newsparse/newsparse/internal/ascii"

// The tables are keyed by strings.ToLower of their entries. The case-folding
// helpers live in internal/ascii, one copy for every stage; these are the names the
// root package has always called them by.

// isUpperCased is ascii.IsUpperCased.
func isUpperCased(s string) bool { return ascii.IsUpperCased(s) }

// hasPrefixFold is ascii.HasPrefixFold.
func hasPrefixFold(s, prefix string) bool { return ascii.HasPrefixFold(s, prefix) }

// indexFold is ascii.IndexFold.
func indexFold(s, sub string) int { return ascii.IndexFold(s, sub) }

// isASCII is ascii.IsASCII.
func isASCII(s string) bool { return ascii.IsASCII(s) }

// indexAnyWord is ascii.IndexAnyWord.
func indexAnyWord(s string, words []string) int { return ascii.IndexAnyWord(s, words) }
