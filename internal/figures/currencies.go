package figures

import "golang.org/x/text/currency"

// Lexicon of currencies, mapping what a writer puts next to an amount to its ISO 4217
// code. Plain maps, never written after declaration.

// currencySymbols are single symbols written before or after an amount.
var currencySymbols = map[string]string{
	"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
	"₺": "TRY", "₦": "NGN", "₡": "CRC", "₭": "LAK", "₱": "PHP", "₪": "ILS", "฿": "THB",
	"₫": "VND", "₴": "UAH", "₸": "KZT", "₼": "AZN", "₾": "GEL",
}

// dollarPrefixes qualify a "$": "US$", "AU$", "C$", "HK$". Keys are lower case;
// "U.S.$", written with periods, is read by currencyBefore itself.
var dollarPrefixes = map[string]string{
	"us": "USD", "usd": "USD",
	"a": "AUD", "au": "AUD", "aud": "AUD",
	"c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD",
	"nz": "NZD", "hk": "HKD", "s": "SGD", "sg": "SGD", "r": "BRL", "nt": "TWD",
	"mx": "MXN", "mex": "MXN", "z": "ZWL",
}

// currencyCodes are the codes of ISO 4217 that are legal tender somewhere today, as
// golang.org/x/text/currency (CLDR) lists them, and the abbreviations writers use
// (currencyAliases). They must be matched with their case: "RM" is ringgit, "rm" is
// nothing. Codes that spell an English word in capitals (ALL, TOP, PEN, CUP, ...) are
// left out: in a shouted headline they are words, and writers give those currencies
// by name.
var currencyCodes = withISOCodes(currencyAliases)

// isoWordCodes are ISO 4217 codes that are also English words in capitals.
var isoWordCodes = map[string]bool{
	"ALL": true, "TOP": true, "MOP": true, "PEN": true, "SOS": true, "CUP": true, "MAD": true,
	"BOB": true, "BAM": true, "GEL": true, "NAD": true, "AMD": true, "CUC": true, "LAK": true,
	"MRU": true, "SHP": true, "STN": true, "VES": true, "XXX": true, "XTS": true, "ERN": true,
	"MDL": true, "SLE": true, "SLL": true,
}

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

// currencyAliases are the abbreviations and lower-case forms writers use beside the
// ISO codes.
var currencyAliases = map[string]string{
	"USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
	"INR": "INR", "AUD": "AUD", "CAD": "CAD", "CHF": "CHF", "HKD": "HKD", "NZD": "NZD",
	"SGD": "SGD", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "ZAR": "ZAR", "BRL": "BRL",
	"MXN": "MXN", "RUB": "RUB", "TRY": "TRY", "KRW": "KRW", "EGP": "EGP", "MYR": "MYR",
	"MNT": "MNT", "ILS": "ILS", "NGN": "NGN", "PKR": "PKR", "BDT": "BDT", "IDR": "IDR",
	"THB": "THB", "PHP": "PHP", "VND": "VND", "AED": "AED", "SAR": "SAR", "QAR": "QAR",
	"KES": "KES", "UAH": "UAH", "PLN": "PLN", "CZK": "CZK", "HUF": "HUF", "ARS": "ARS",
	"CLP": "CLP", "COP": "COP", "TWD": "TWD", "KZT": "KZT", "LBP": "LBP", "CRC": "CRC",
	"Rs": "INR", "RS": "INR", "Rs.": "INR", "RM": "MYR", "LE": "EGP",
	"usd": "USD", "rmb": "CNY", "eur": "EUR", "gbp": "GBP", "inr": "INR",
}

// millionCodes are "MEUR"-style codes that carry a million in them.
var millionCodes = map[string]string{
	"MEUR": "EUR", "MUSD": "USD", "MGBP": "GBP", "MCHF": "CHF", "MSEK": "SEK", "MNOK": "NOK",
}

// currencyWords follow an amount: "20 euros", "88 billion Hong Kong dollars". Keys are
// lower case and may hold several words separated by one space. "pound" is settled by
// the caller, because "243 pounds" is a weight.
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "us dollars": "USD", "us dollar": "USD",
	"american dollars":  "USD",
	"hong kong dollars": "HKD", "hong kong dollar": "HKD",
	"australian dollars": "AUD", "australian dollar": "AUD",
	"canadian dollars": "CAD", "canadian dollar": "CAD",
	"new zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
	"euro": "EUR", "euros": "EUR", "€ur": "EUR",
	"pounds sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
	"lebanese pounds": "LBP", "lebanese pound": "LBP",
	"egyptian pounds": "EGP", "egyptian pound": "EGP",
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
	"rupee": "INR", "rupees": "INR", "indian rupees": "INR",
	"pakistani rupees": "PKR", "sri lankan rupees": "LKR",
	"shekel": "ILS", "shekels": "ILS",
	"tugrik": "MNT", "tugriks": "MNT",
	"ringgit": "MYR", "ringgits": "MYR", "malaysian ringgit": "MYR",
	"malaysian ringgits": "MYR", "malaysia ringgits": "MYR", "malaysia ringgit": "MYR",
	"lira": "TRY", "turkish lira": "TRY", "liras": "TRY",
	"swiss francs": "CHF", "swiss franc": "CHF",
	"peso": "MXN", "pesos": "MXN", "mexican pesos": "MXN",
	"rand": "ZAR", "naira": "NGN", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
	"rubles": "RUB", "krona": "SEK", "kronor": "SEK", "zloty": "PLN", "zlotys": "PLN",
	"baht": "THB", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
	"rupiah": "IDR", "hryvnia": "UAH", "hryvnias": "UAH", "tenge": "KZT",
	"south korean won": "KRW", "bitcoin": "XBT", "bitcoins": "XBT",
}
