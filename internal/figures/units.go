package figures

import "strings"

// Lexicon of units written after a number. Keys of foldedUnits are lower case and may
// hold several words joined by one space ("square meters") or symbols written without
// spaces ("km/h"); keys of exactUnits are matched with their case, because "MB" and "Mb",
// "K" and "k" differ. Plain maps, never written after declaration.

type unitInfo struct {
	kind Kind
	unit string
}

func du(u string) unitInfo { return unitInfo{KindDuration, u} }
func me(u string) unitInfo { return unitInfo{KindMeasure, u} }

// exactUnits must match case exactly: the table below and every SI prefix composed
// with every base unit (siUnits).
var exactUnits = withSIUnits(exactUnitsListed, true, foldedUnitsListed)

// foldedUnits match after lower-casing ASCII letters: the table below and the SI
// units' names ("kilohertz", "milliamps"), composed the same way.
var foldedUnits = withSIUnits(foldedUnitsListed, false, nil)

// siBase are the SI and SI-style base units read with a prefix: the symbol, the names
// (singular and plural, British and American spelling), the prefixes in use with it (as
// news and product text writes them: kHz, mA, kt of CO2, no "Pm" or "mt"), and whether
// the symbol stands alone after a number ("12V" and "60W" yes; "6A" is a school class, "12B" twelve billion, "Pa." a state).
var siBase = []struct {
	sym      string
	names    []string
	prefixes string
	bare     bool
}{
	{"Hz", []string{"hertz"}, "kMGT", true},
	{"W", []string{"watt", "watts"}, "kMGTm", true},
	{"Wh", []string{"watt-hour", "watt-hours", "watt hour", "watt hours"}, "kMGT", true},
	{"A", []string{"amp", "amps", "ampere", "amperes"}, "kmµ", false},
	{"V", []string{"volt", "volts"}, "kMmµ", true},
	{"J", []string{"joule", "joules"}, "kMG", false},
	{"Pa", []string{"pascal", "pascals"}, "kMh", false},
	{"eV", []string{"electronvolt", "electronvolts", "electron volt", "electron volts"}, "kMGT", true},
	{"B", []string{"byte", "bytes"}, "kKMGTPE", false},
	{"b", []string{"bit", "bits"}, "kKMGT", false},
	{"m", []string{"metre", "metres", "meter", "meters"}, "kcmµn", false},
	{"g", []string{"gram", "grams", "gramme", "grammes"}, "kmµn", false},
	{"L", []string{"litre", "litres", "liter", "liters"}, "mch", false},
	{"t", []string{"tonne", "tonnes"}, "kMG", false},
}

// siPrefixNames name the SI prefixes by symbol.
var siPrefixNames = map[rune]string{
	'k': "kilo", 'K': "kilo", 'M': "mega", 'G': "giga", 'T': "tera", 'P': "peta", 'E': "exa",
	'm': "milli", 'µ': "micro", 'n': "nano", 'c': "centi", 'h': "hecto",
}

// withSIUnits returns a copy of listed with every base unit composed with each of its
// prefixes: symbols ("kHz", "mA", "GWh") into the exact table, unless the folded table
// already reads the symbol in any case ("km", "mg", with "km2" and "km/h"), names
// ("kilohertz", "milliamps") into the folded one. A listed entry wins: "mb" and "mw"
// keep their meaning there.
func withSIUnits(listed map[string]unitInfo, exact bool, folded map[string]unitInfo) map[string]unitInfo {
	m := make(map[string]unitInfo, len(listed)+len(siBase)*24)
	for k, u := range listed {
		m[k] = u
	}
	add := func(k string, u unitInfo) {
		if _, ok := m[k]; ok {
			return
		}
		if _, ok := folded[strings.ToLower(k)]; ok && exact {
			return
		}
		m[k] = u
	}
	for _, b := range siBase {
		switch {
		case !exact:
			for _, n := range b.names {
				add(n, me(b.sym))
			}
		case b.bare:
			add(b.sym, me(b.sym))
		}
		for _, p := range b.prefixes {
			sym := string(p) + b.sym
			if exact {
				add(sym, me(sym))
				if p == 'µ' {
					add("μ"+b.sym, me(sym)) // Greek mu, as often typed
				}
				continue
			}
			for _, n := range b.names {
				add(siPrefixNames[p]+n, me(sym))
			}
		}
	}
	return m
}
