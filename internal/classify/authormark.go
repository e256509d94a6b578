package classify

// AuthorMarkedNames reads the names of a line the page's markup marked as its
// author's (block.Block.AuthorMarked: a class or id saying byline or author, or
// rel="author", kept by a Markdown writer): such a line is a byline as one after "By"
// is, when it is names and nothing else. The mark alone never makes a byline of a
// line that is no name ("Authors", "About the author", a bio's sentence). nil when
// the line is not marked or reads as no names.
func AuthorMarkedNames(line string, marked bool) []string {
	if !marked || !ReadsAsName(line) || IsBylineLabel(line) {
		return nil
	}
	names := ParseExplicitByline("By " + line)
	if len(names) == 0 || !WholeNames(line, names) {
		return nil
	}
	return names
}
