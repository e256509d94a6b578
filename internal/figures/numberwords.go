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

// ordinalWords are the singular ordinal words (and "firsts"): never counts.
var ordinalWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range ordinalValues {
		if w == "firsts" || w[len(w)-1] != 's' {
			m[w] = true
		}
	}
	return m
}()
