package figures

// unitInfo is what a unit word gives a figure: its kind and the unit's symbol. The
// unit tables (exactUnitsTab, foldedUnitsTab) are generated into lexicon_gen.go from
// lexicon/exactUnitsListed.txt, lexicon/foldedUnitsListed.txt and the SI composition
// of lexicon_recipes_test.go.
type unitInfo struct {
	kind Kind
	unit string
}
