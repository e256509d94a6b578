package newsparse

import "github.com/newsparse/newsparse/internal/ascii"

// The tables are keyed by strings.ToLower of their entries. The case-folding
// helpers live in internal/ascii, one copy for every stage; these are the names the
// root package has always called them by.

// keyBuf is room for a look-up key on the stack (ascii.KeyBuf).
type keyBuf = ascii.KeyBuf

// appendToLower is ascii.AppendToLower: strings.ToLower(s) appended to buf.
func appendToLower(buf []byte, s string) []byte { return ascii.AppendToLower(buf, s) }

// isUpperCased is ascii.IsUpperCased.
func isUpperCased(s string) bool { return ascii.IsUpperCased(s) }

// hasPrefixFold is ascii.HasPrefixFold.
func hasPrefixFold(s, prefix string) bool { return ascii.HasPrefixFold(s, prefix) }

// hasSuffixFold is ascii.HasSuffixFold.
func hasSuffixFold(s, suffix string) bool { return ascii.HasSuffixFold(s, suffix) }

// indexFold is ascii.IndexFold.
func indexFold(s, sub string) int { return ascii.IndexFold(s, sub) }

// equalFoldAny is ascii.EqualFoldAny.
func equalFoldAny(s string, words ...string) bool { return ascii.EqualFoldAny(s, words...) }

// isASCIILetter is ascii.IsLetter.
func isASCIILetter(c byte) bool { return ascii.IsLetter(c) }

// letterCount is ascii.LetterCount.
func letterCount(s string) int { return ascii.LetterCount(s) }

// isASCII is ascii.IsASCII.
func isASCII(s string) bool { return ascii.IsASCII(s) }

// indexAnyWord is ascii.IndexAnyWord.
func indexAnyWord(s string, words []string) int { return ascii.IndexAnyWord(s, words) }

// containsAny is ascii.ContainsAny.
func containsAny(s, chars string) bool { return ascii.ContainsAny(s, chars) }
