// Package textdump is the text front end: it makes a scraped text dump what a reader
// sees (normalise).
//
// Files:
//   - normalize.go: Normalize, CollapseSpace and the character tests they rest on
//     (IsBlank, IsInvisible, IsBidiControl, IsBidiMark).
package textdump
