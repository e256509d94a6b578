package figures

import "golang.org/x/text/currency"

// Lexicon of currencies, mapping what a writer puts next to an amount to its ISO 4217
// code. Plain maps, never written after declaration.

// currencyCodes are the codes of ISO 4217 that are legal tender somewhere today, as
// golang.org/x/text/currency (CLDR) lists them, and the abbreviations writers use
// (currencyAliases). They must be matched with their case: "RM" is ringgit, "rm" is
// nothing. Codes that spell an English word in capitals (ALL, TOP, PEN, CUP, ...) are
// left out: in a shouted headline they are words, and writers give those currencies
// by name.
var currencyCodes = withISOCodes(currencyAliases)

// withISOCodes returns the aliases and every ISO 4217 code in tender today, each
// mapped to itself, but for isoWordCodes.
func withISOCodes(aliases map[string]string) map[string]string {
	m := make(map[string]string, len(aliases)+200)
	for it := currency.Query(); it.Next(); {
		code := it.Unit().String()
		if len(code) == 3 && !isoWordCodes[code] {
			m[code] = code
		}
	}
	for k, v := range aliases {
		m[k] = v
	}
	return m
}
