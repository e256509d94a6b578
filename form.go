package newsparse

import "github.com/newsparse/newsparse/internal/ascii"

// Byte-parallel tests on eight bytes held in a uint64, first byte lowest.
const (
	lowBits  = ascii.LowBits
	highBits = ascii.HighBits
)

// wordCount is ascii.WordCount.
func wordCount(s string) int { return ascii.WordCount(s) }

// endsSentence is ascii.EndsSentence.
func endsSentence(s string) bool { return ascii.EndsSentence(s) }
