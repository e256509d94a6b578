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

// exactUnitsListed are the case-exact units outside the SI composition.
var exactUnitsListed = map[string]unitInfo{
	"MB": me("MB"), "Mb": me("Mb"), "GB": me("GB"), "Gb": me("Gb"), "KB": me("KB"),
	"kB": me("kB"), "TB": me("TB"), "PB": me("PB"), "EB": me("EB"), "mb": me("Mb"),
	"gb": me("GB"), "K": me("K"), "C": me("°C"), "F": me("°F"), "L": me("L"), "l": me("L"),
	"W": me("W"), "kW": me("kW"), "MW": me("MW"), "GW": me("GW"), "Wh": me("Wh"),
	"kWh": me("kWh"), "MWh": me("MWh"), "GWh": me("GWh"), "TWh": me("TWh"),
	"GHz": me("GHz"), "MHz": me("MHz"), "Hz": me("Hz"), "kHz": me("kHz"),
	"eV": me("eV"), "TeV": me("TeV"), "GeV": me("GeV"), "MeV": me("MeV"),
	"V": me("V"), "kV": me("kV"), "mAh": me("mAh"), "dB": me("dB"),
}

// foldedUnitsListed are the units matched after lower-casing, outside the SI
// composition.
var foldedUnitsListed = map[string]unitInfo{
	// time
	"second": du("second"), "seconds": du("second"), "sec": du("second"), "secs": du("second"),
	"minute": du("minute"), "minutes": du("minute"), "min": du("minute"), "mins": du("minute"),
	"hour": du("hour"), "hours": du("hour"), "hr": du("hour"), "hrs": du("hour"),
	"day": du("day"), "days": du("day"), "night": du("night"), "nights": du("night"),
	"week": du("week"), "weeks": du("week"), "fortnight": du("fortnight"),
	"fortnights": du("fortnight"), "month": du("month"), "months": du("month"),
	"year": du("year"), "years": du("year"), "yr": du("year"), "yrs": du("year"),
	"decade": du("decade"), "decades": du("decade"), "century": du("century"),
	"centuries": du("century"), "millennium": du("millennium"), "millennia": du("millennium"),
	"season": du("season"), "seasons": du("season"),
	// length
	"km": me("km"), "kms": me("km"), "kilometre": me("km"), "kilometres": me("km"),
	"kilometer": me("km"), "kilometers": me("km"), "m": me("m"), "metre": me("m"),
	"metres": me("m"), "meter": me("m"), "meters": me("m"), "cm": me("cm"),
	"centimetre": me("cm"), "centimetres": me("cm"), "centimeter": me("cm"),
	"centimeters": me("cm"), "mm": me("mm"), "millimetre": me("mm"), "millimetres": me("mm"),
	"millimeter": me("mm"), "millimeters": me("mm"), "dm": me("dm"), "pm": me("pm"),
	"picometre": me("pm"), "picometres": me("pm"), "picometer": me("pm"), "picometers": me("pm"), "µm": me("µm"),
	"μm": me("µm"), "micron": me("µm"), "microns": me("µm"), "micrometre": me("µm"),
	"micrometres": me("µm"), "nm": me("nm"), "nanometre": me("nm"), "nanometres": me("nm"),
	"nanometer": me("nm"), "nanometers": me("nm"),
	"mile": me("mi"), "miles": me("mi"), "mi": me("mi"), "ft": me("ft"), "foot": me("ft"),
	"feet": me("ft"), "inch": me("in"), "inches": me("in"), "in": me("in"), "\"": me("in"),
	"pound": me("lb"), "pounds": me("lb"),
	"yard": me("yd"), "yards": me("yd"), "yd": me("yd"), "yds": me("yd"),
	"light years": me("ly"), "light-years": me("ly"), "light year": me("ly"),
	"nautical miles": me("nmi"), "nautical mile": me("nmi"),
	// area and volume
	"km2": me("km²"), "km²": me("km²"), "km^2": me("km²"), "sq km": me("km²"),
	"square kilometres": me("km²"), "square kilometers": me("km²"),
	"square kilometre": me("km²"), "square kilometer": me("km²"),
	"m2": me("m²"), "m²": me("m²"), "sq m": me("m²"), "square metres": me("m²"),
	"square meters": me("m²"), "square metre": me("m²"), "square meter": me("m²"),
	"sq mi": me("mi²"), "square miles": me("mi²"), "square mile": me("mi²"),
	"sq ft": me("ft²"), "square feet": me("ft²"), "square foot": me("ft²"),
	"acre": me("acre"), "acres": me("acre"), "hectare": me("ha"), "hectares": me("ha"),
	"ha":  me("ha"),
	"km3": me("km³"), "km³": me("km³"), "km^3": me("km³"), "cubic kilometres": me("km³"),
	"cubic kilometers": me("km³"), "km cubed": me("km³"), "cubic metres": me("m³"),
	"cubic meters": me("m³"), "m3": me("m³"), "m³": me("m³"), "cubic feet": me("ft³"),
	"litre": me("L"), "litres": me("L"), "liter": me("L"), "liters": me("L"),
	"ml": me("ml"), "millilitre": me("ml"), "millilitres": me("ml"), "milliliter": me("ml"),
	"milliliters": me("ml"), "cl": me("cl"), "centilitre": me("cl"), "centilitres": me("cl"),
	"hl": me("hl"), "hectolitre": me("hl"), "hectolitres": me("hl"), "hectoliter": me("hl"),
	"hectoliters": me("hl"), "gallon": me("gal"), "gallons": me("gal"), "gal": me("gal"),
	"barrel": me("bbl"), "barrels": me("bbl"), "bbl": me("bbl"), "pint": me("pt"),
	"pints": me("pt"), "quart": me("qt"), "quarts": me("qt"), "cup": me("cup"),
	"cups": me("cup"), "tablespoon": me("tbsp"), "tablespoons": me("tbsp"),
	"tbsp": me("tbsp"), "teaspoon": me("tsp"), "teaspoons": me("tsp"), "tsp": me("tsp"),
	"fl oz": me("fl oz"), "fluid ounces": me("fl oz"), "cc": me("ml"),
	// mass
	"kg": me("kg"), "kgs": me("kg"), "kilo": me("kg"), "kilos": me("kg"),
	"kilogram": me("kg"), "kilograms": me("kg"), "kilogramme": me("kg"),
	"kilogrammes": me("kg"), "g": me("g"), "gs": me("g"), "gram": me("g"), "grams": me("g"),
	"gramme": me("g"), "grammes": me("g"), "mg": me("mg"), "milligram": me("mg"),
	"milligrams": me("mg"), "µg": me("µg"), "μg": me("µg"), "mcg": me("µg"),
	"microgram": me("µg"), "micrograms": me("µg"), "microgramme": me("µg"),
	"microgrammes": me("µg"), "lb": me("lb"), "lbs": me("lb"), "oz": me("oz"),
	"ounce": me("oz"), "ounces": me("oz"), "ton": me("ton"), "tons": me("ton"),
	"tonne": me("t"), "tonnes": me("t"), "metric tons": me("t"), "metric ton": me("t"),
	"stone": me("st"),
	// speed
	"mph": me("mph"), "miles per hour": me("mph"), "mile per hour": me("mph"),
	"km/h": me("km/h"), "km/hr": me("km/h"), "kph": me("km/h"), "kmh": me("km/h"),
	"kmph": me("km/h"), "kilometres per hour": me("km/h"), "kilometers per hour": me("km/h"),
	"knots": me("kn"), "knot": me("kn"), "m/s": me("m/s"),
	// temperature
	"°c": me("°C"), "° c": me("°C"), "°f": me("°F"), "° f": me("°F"), "℃": me("°C"),
	"℉": me("°F"), "celsius": me("°C"), "celcius": me("°C"), "centigrade": me("°C"),
	"centigrate": me("°C"), "fahrenheit": me("°F"), "farenheit": me("°F"),
	"degrees celsius": me("°C"), "degree celsius": me("°C"), "degrees c": me("°C"),
	"degrees fahrenheit": me("°F"), "degree fahrenheit": me("°F"), "degrees f": me("°F"),
	"deg celsius": me("°C"), "deg c": me("°C"), "deg f": me("°F"), "° celsius": me("°C"),
	"° fahrenheit": me("°F"), "degrees centigrade": me("°C"), "kelvin": me("K"),
	"°": me("°"), "degrees": me("°"), "degree": me("°"),
	// data and media
	"kbps": me("kbps"), "kps": me("kbps"), "mbps": me("Mbps"), "gbps": me("Gbps"),
	"fps": me("fps"), "megabytes": me("MB"), "gigabytes": me("GB"), "terabytes": me("TB"),
	"petabytes": me("PB"), "exabytes": me("EB"), "kilobytes": me("KB"), "bytes": me("B"),
	"megapixels": me("MP"), "megapixel": me("MP"), "mp": me("MP"),
	// other
	"rad": me("rad"), "radians": me("rad"), "mw": me("MW"), "kw": me("kW"), "gw": me("GW"),
	"megawatts": me("MW"), "megawatt": me("MW"), "kilowatts": me("kW"), "kilowatt": me("kW"),
	"gigawatts": me("GW"), "gigawatt": me("GW"), "watts": me("W"), "watt": me("W"),
	"kwh": me("kWh"), "mwh": me("MWh"), "gwh": me("GWh"), "volts": me("V"),
	"horsepower": me("hp"), "hp": me("hp"), "bhp": me("hp"), "calories": me("kcal"),
	"kcal": me("kcal"), "mmhg": me("mmHg"), "psi": me("psi"),
}

// percentWords turn a number into a percentage; "percentage points" gives "pp".
var percentWords = map[string]string{
	"percent": "%", "per cent": "%", "percents": "%", "pct": "%", "%": "%",
	"percentage points": "pp", "percentage point": "pp", "per cent points": "pp",
}

// ageUnits are the time units an age may be given in ("three weeks old").
var ageUnits = map[string]string{
	"year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
	"months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day",
}

// perUnits follow a money amount as its rate: "$2.52 a share", "$60,000 a year".
var perUnits = map[string]string{
	"share": "share", "year": "year", "month": "month", "week": "week", "day": "day",
	"hour": "hour", "night": "night", "person": "person", "head": "head",
	"barrel": "barrel", "gallon": "gallon", "litre": "litre", "liter": "liter",
	"ton": "ton", "tonne": "tonne", "kilo": "kilo", "ticket": "ticket", "seat": "seat",
	"unit": "unit", "annum": "annum", "capita": "capita", "game": "game", "episode": "episode",
}

// shortTime is the symbol of a time unit in a rate ("MB per second" is "MB/s").
var shortTime = map[string]string{
	"second": "s", "sec": "s", "s": "s", "hour": "h", "hr": "h", "h": "h", "minute": "min",
	"min": "min", "day": "day",
}
