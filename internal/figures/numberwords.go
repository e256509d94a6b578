package figures

// Lexicon of English number words. The tables are plain maps built at declaration and
// never written, so they are safe to share between goroutines.

// groupScale reports whether a scale word only multiplies the current group.
func groupScale(w string) bool {
	switch w {
	case "hundred", "hundreds", "dozen", "dozens":
		return true
	}
	return false
}
