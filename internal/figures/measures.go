package figures

// Units after a number and currencies around it: what kind of quantity a figure is.

// currencyBefore finds a currency written before the amount starting at token s:
// "$", "US$", "u.s $", "c $", "£", "Rs", "Rs.", "EUR", "USD3.14", "N500m".
func (x *scanner) currencyBefore(s, floor int) (string, int, bool) {
	j := s - 1
	if j < floor || x.gap(s) > 1 {
		return "", 0, false
	}
	raw := x.raw(j)
	if sym, ok := currencySymbolsTab.get(raw); ok {
		start := j
		if sym == "USD" && j-1 >= floor {
			p := x.w(j - 1)
			// "U.S$", "u.s $"
			if p == "s" && x.w(j-2) == "." && x.w(j-3) == "u" && j-3 >= floor {
				return "USD", j - 3, true
			}
			if x.w(j-1) == "." && x.gap(j) == 0 {
				// "u.s $" or "U.S.$"
				if x.w(j-2) == "s" && x.w(j-3) == "." && x.w(j-4) == "u" {
					return "USD", j - 4, true
				}
			}
			if code, ok := dollarPrefixesTab.get(p); ok && x.kind(j-1) == tkWord && x.gap(j) <= 1 &&
				(x.gap(j) == 0 || len(p) <= 3 && (p == "us" || p == "c" || p == "usd" || p == "aud")) {
				if x.gap(j) == 0 || !x.toks[j-1].cap || p == "us" {
					return code, j - 1, true
				}
			}
			if p == "s" && x.w(j-2) == "." && x.w(j-3) == "u" {
				return "USD", j - 3, true
			}
		}
		return sym, start, true
	}
	if code, ok := currencyCodesTab.get(raw); ok && x.kind(j) == tkWord {
		if len(raw) == 3 && raw[0] >= 'a' && x.gap(s) > 0 && x.gap(j) == 0 && j > 0 {
			return "", 0, false
		}
		return code, j, true
	}
	if raw == "." && x.raw(j-1) == "Rs" && j-1 >= floor {
		return "INR", j - 1, true
	}
	if raw == "N" && x.gap(s) == 0 && x.kind(s+1) == tkWord && x.gap(s+1) == 0 {
		if _, ok := attachedScalesTab.get(x.raw(s + 1)); ok {
			return "NGN", j, true
		}
	}
	return "", 0, false
}

// matchPhrase finds the longest entry of table that starts at token j and spans at most max
// tokens joined by single spaces or nothing. starts holds the first words of the
// table's keys of several tokens, so a word that begins none costs one look-up. Keys are
// built in a stack buffer, so no allocation is made.
func matchPhrase[V any](x *scanner, j, max int, table *wordTable[V], starts *wordTable[bool]) (V, int, bool) {
	var zero V
	if j >= len(x.toks) || x.toks[j].k == tkNum {
		return zero, 0, false
	}
	w := x.w(j)
	if !starts.val(w) {
		max = 1
	}
	for k := max; k >= 2; k-- {
		end := j + k
		if end > len(x.toks) {
			continue
		}
		var buf [48]byte
		key, ok := x.key(buf[:0], j, end)
		if !ok {
			continue
		}
		if v, ok := table.getBytes(key); ok {
			return v, end, true
		}
	}
	// one token is its own key, with no buffer to build; key turns down any longer than 40
	if len(w) <= 40 {
		if v, ok := table.get(w); ok {
			return v, j + 1, true
		}
	}
	return zero, 0, false
}

// unitAfter reads what follows the number: a percent sign, a currency, an age, a unit
// of time or measure, a rate, or a hyphenated noun ("four-time"). It reports whether it
// found one.
func (x *scanner) unitAfter(n number, c *cand) bool {
	if x.unitless(n, c) {
		return false
	}
	return x.unitAfterAll(n, c)
}

// unitless reports a figure after which unitAfterAll finds nothing and moves nothing,
// as after "164" in "164 children" or "164." at a sentence's end. Most numbers are
// such, and unitAfterAll asks of each a dozen tables through five functions, which cost
// more in missed instruction cache than in work. Every look-up it makes at the token
// after the number is of that token, as written or lower-cased, in a table whose keys
// and keys' first tokens unitShapes holds, or of a word unitShapes holds too; a token
// neither form of which has a shape there is in none of them. Money reads its currency
// words and rates, and an attached "m" the word after it, so those go the long way.
// TestUnitlessFindsNothing holds the two to the same answer.
func (x *scanner) unitless(n number, c *cand) bool {
	if c.f.Kind == KindMoney || n.attM {
		return false
	}
	return unitShapes.none(x.w(c.e)) && unitShapes.none(x.raw(c.e))
}

// lookupShapes tell apart the strings that may be words of a set from those that are
// none: a word of one byte exactly, a longer one by bigramShapes.
type lookupShapes struct {
	bytes [256]bool
	pairs bigramShapes
}

// none reports that w is no word of the set. The empty string is none.
func (t *lookupShapes) none(w string) bool {
	switch {
	case len(w) == 1:
		return !t.bytes[w[0]]
	case len(w) >= 32:
		return false
	}
	return !t.pairs.mayHold(w)
}

// unitAfterAll is unitAfter without its fast exit: the money tail of an amount, else
// the first of the unit rules that reads something after the number; a hyphenated
// modifier ("four-time") is read when none does.
func (x *scanner) unitAfterAll(n number, c *cand) bool {
	if c.f.Kind == KindMoney {
		if _, j, ok := matchPhrase(x, c.e, 3, currencyWordsTab, currencyStartsTab); ok && x.gap(c.e) == 1 {
			c.e = j
		}
		x.moneyRate(c)
		return true
	}
	// called one by one, not from a table of funcs: through a func value the candidate
	// would escape to the heap, one allocation a figure
	if x.percentAfter(c) || x.currencyAfterNumber(n, c) || x.ageAfter(c) || x.measureAfter(n, c) ||
		x.attachedMetre(n, c) || x.multiplierAfter(n, c) {
		return true
	}
	x.hyphenModifier(n, c)
	return false
}

// The neighbour words the unit rules read at the token after a number, besides the
// keys of the unit, currency, percent and age tables. The quick reject unitShapes is
// generated from these declarations and those tables (lexicon_recipes_test.go), so a
// word a rule comes to read is declared here, once.
var (
	// addingWords add to the unit after them: "2 more minutes", "three extra days".
	addingWords = [...]string{"more", "less", "fewer", "extra", "additional", "further"}
	// unitAfterMarks are the other words and marks: the percent sign, a hyphen ("12-year",
	// "10-fold"), the multiplier "x" and "times", "a"/"an" of "half a liter", a bracket
	// ("20 (kg)"), and those of the age and currency readers ("yo", "pounds").
	unitAfterMarks = [...]string{"%", "-", "x", "L", "a", "an", "yo", "y/o", "pound", "pounds", "times", "("}
)

// isAddingWord reports one of addingWords.
func isAddingWord(w string) bool {
	for _, a := range addingWords {
		if w == a {
			return true
		}
	}
	return false
}

// percentAfter reads "%", "percent", "per cent", "percentage points".
func (x *scanner) percentAfter(c *cand) bool {
	e := c.e
	if x.w(e) == "%" && x.gap(e) <= 1 {
		c.f.Kind, c.f.Unit, c.e = KindPercent, "%", e+1
		return true
	}
	if u, j, ok := matchPhrase(x, e, 3, percentWordsTab, percentStartsTab); ok && x.gap(e) <= 1 && x.kind(e) == tkWord {
		c.f.Kind, c.f.Unit, c.e = KindPercent, u, j
		return true
	}
	return false
}

// currencyAfterNumber reads a currency written after the number ("12 euros", "5 m
// USD"), with its scale word and rate.
func (x *scanner) currencyAfterNumber(n number, c *cand) bool {
	cur, j, ok := x.currencyAfter(n, c.e)
	if !ok {
		return false
	}
	c.f.Kind, c.f.Unit, c.e = KindMoney, cur, j
	if _, ok := millionCodesTab.get(x.raw(j - 1)); ok {
		c.f.Value *= 1e6
	}
	if m, ok := scaleWordsTab.get(x.w(j)); ok && !groupScale(x.w(j)) && !n.scaled {
		c.f.Value *= m
		c.e = j + 1
	}
	x.moneyRate(c)
	return true
}

// measureAfter reads a unit of time or measure: after a hyphen ("12-mile"), after
// "a" for a fraction ("half a liter"), after a word that adds to it ("2 more
// minutes"), in brackets ("20 (kg)"), with a rate ("km per hour").
func (x *scanner) measureAfter(n number, c *cand) bool {
	e := c.e
	j := e
	if n.ratio && n.words && (x.w(j) == "a" || x.w(j) == "an") {
		j++
	}
	hy := false
	if x.w(j) == "-" && x.gap(j) == 0 && x.gap(j+1) == 0 {
		hy = true
		j++
	}
	if !hy && j == e && x.gap(e) == 1 && isAddingWord(x.w(e)) {
		if u, end, ok := x.unitAt(e+1, false); ok && u.kind == KindDuration {
			c.f.Kind, c.f.Unit, c.e = u.kind, u.unit, end
			return true
		}
	}
	if !hy && x.w(j) == "(" && x.gap(j+1) == 0 {
		if u, end, ok := x.unitAt(j+1, false); ok && x.w(end) == ")" && x.gap(end) == 0 && u.kind == KindMeasure {
			c.f.Kind, c.f.Unit, c.e = u.kind, u.unit, end+1
			return true
		}
	}
	if u, end, ok := x.unitAt(j, hy); ok {
		c.f.Kind, c.f.Unit, c.e = u.kind, u.unit, end
		if u.kind == KindMeasure {
			x.perTime(c)
		}
		return true
	}
	return false
}

// attachedMetre reads "1.8m" alone or before a sport word as a length; before a noun
// it is a million.
func (x *scanner) attachedMetre(n number, c *cand) bool {
	if !n.attM {
		return false
	}
	e := c.e
	nw := x.w(e)
	if x.kind(e) != tkWord || sprintWordsTab.val(nw) || isPreposition(nw) || determiner(nw) || auxWordsTab.val(nw) ||
		nw == "and" || nw == "or" || isVerbLike(nw) {
		c.f.Value /= n.attMul
		c.f.Kind, c.f.Unit = KindMeasure, "m"
		return true
	}
	return false
}

// multiplierAfter reads "3x", "10-fold" and "three times higher": a multiplier; "three
// times" alone counts occasions and stays a count.
func (x *scanner) multiplierAfter(n number, c *cand) bool {
	e := c.e
	switch {
	case x.w(e) == "x" && x.gap(e) == 0 && x.kind(e+1) != tkNum:
		c.e = e + 1
	case x.w(e) == "-" && x.gap(e) == 0 && x.gap(e+1) == 0 && x.w(e+1) == "fold":
		c.e = e + 2
	case x.w(e) == "times" && x.gap(e) == 1 && comparativeAfterTimes(x.w(e+1)) && !n.ratio:
		c.e = e + 1
	default:
		return false
	}
	c.f.Kind, c.f.Unit = KindRatio, "x"
	return true
}

// hyphenModifier reads "four-time", "30-date", "two-goal": a hyphenated modifier counts
// its noun, and the figure takes the word in.
func (x *scanner) hyphenModifier(n number, c *cand) {
	e := c.e
	if x.w(e) != "-" || x.gap(e) != 0 || x.gap(e+1) != 0 || x.kind(e+1) != tkWord || n.ratio {
		return
	}
	w := x.w(e + 1)
	if !x.toks[e+1].cap && w != "old" && w != "and" && w != "or" && w != "to" && w != "point" &&
		fractionWordsTab.val(w) == 0 && !ordinalWordsTab.val(w) && !(x.w(n.s) == "one" && n.words) &&
		cardinalWordsTab.val(w) == 0 && x.w(e+2) != "-" {
		c.e = e + 2
	}
}

// maxUnitTokens is the most tokens a unit unitAt reads spans ("square miles", "km/h").
const maxUnitTokens = 3

// unitAt reads a unit of time or measure at token j; hy says it follows a hyphen.
func (x *scanner) unitAt(j int, hy bool) (unitInfo, int, bool) {
	if j >= len(x.toks) || x.gap(j) > 1 {
		return unitInfo{}, 0, false
	}
	if u, ok := exactUnitsTab.get(x.raw(j)); ok && !(x.gap(j) > 0 && x.kind(j+1) == tkWord && len(x.raw(j)) == 1 &&
		x.raw(j) != "C" && x.raw(j) != "F" && !unitFollowersTab.val(x.w(j+1))) &&
		!(len(x.raw(j)) == 1 && x.w(j+1) == "-" && x.gap(j+1) == 0) {
		if x.kind(j+1) == tkWord && x.gap(j+1) == 0 {
			// "€ur"-style glue is for currencies; a unit glued to a word is a name
		} else if !(x.raw(j) == "C" || x.raw(j) == "F") || x.kind(j+1) != tkNum {
			return u, j + 1, true
		}
	}
	u, end, ok := matchPhrase(x, j, maxUnitTokens, foldedUnitsTab, unitStartsTab)
	if !ok {
		return unitInfo{}, 0, false
	}
	if end == j+1 {
		w := x.w(j)
		if len(w) == 1 && x.raw(j) != w {
			return unitInfo{}, 0, false // "5G" is a network, not grams
		}
		switch w {
		case "in", "m", "g", "l", "t", "pm", "mi", "st", "ha", "mp", "cc", "gs", "c", "f", "k",
			"s", "min", "sec", "hr", "\"", "°", "degree", "degrees", "stone", "yd", "ft", "oz":
			if x.gap(j) > 0 && x.kind(end) == tkWord && w != "degrees" && w != "degree" && w != "°" &&
				w != "min" && w != "hr" && w != "ft" && w != "oz" && w != "yd" && !unitFollowersTab.val(x.w(end)) {
				return unitInfo{}, 0, false
			}
			if w == "\"" && x.gap(j) > 0 {
				return unitInfo{}, 0, false
			}
			if w == "in" && x.kind(end) == tkNum {
				return unitInfo{}, 0, false
			}
		}
		if x.kind(end) == tkWord && x.gap(end) == 0 || len(w) <= 2 && x.w(end) == "-" && x.gap(end) == 0 &&
			x.kind(end+1) != tkNum {
			return unitInfo{}, 0, false
		}
	}
	// "60 mph (97 kph)": fine; "5.7 seconds" fine.
	return u, end, true
}

// perTime turns "350MB per second" into "MB/s".
func (x *scanner) perTime(c *cand) {
	e := c.e
	if x.w(e) != "per" && !(x.w(e) == "/" && x.gap(e) == 0) {
		return
	}
	if st, ok := shortTimeTab.get(x.w(e + 1)); ok {
		c.f.Unit += "/" + st
		c.e = e + 2
	}
}

// moneyRate extends "$2.52 a share", "$60,000 a year", "$6.99-a-month".
func (x *scanner) moneyRate(c *cand) {
	e := c.e
	if x.w(e) == "-" && x.gap(e) == 0 && x.w(e+1) == "a" && x.w(e+2) == "-" {
		if _, ok := perUnitsTab.get(x.w(e + 3)); ok {
			c.e = e + 4
		}
		return
	}
	// a chain of rates: "$1,200 per patient per year", "$5 a head a night"
	for k := 0; k < 3; k++ {
		end, ok := x.rateAt(c.e)
		if !ok {
			return
		}
		c.e = end
	}
}

// rateAt reads one rate at token e: "a year", "an hour", "per share", "per diluted
// share", "per patient". After "a" or "an" only the rate words of perUnits count, and
// never before "earlier", "ago" or "later" ("a year earlier" says when, not how
// often); after "per", any noun does. It returns the token after the rate.
func (x *scanner) rateAt(e int) (int, bool) {
	w := x.w(e)
	if w != "a" && w != "an" && w != "per" || x.gap(e) != 1 || x.kind(e+1) != tkWord {
		return 0, false
	}
	if _, ok := perUnitsTab.get(x.w(e + 1)); ok {
		switch x.w(e + 2) {
		case "earlier", "ago", "later", "before", "after", "previously":
			return 0, false
		}
		return e + 2, true
	}
	if w != "per" {
		return 0, false
	}
	if x.kind(e+2) == tkWord {
		if _, ok := perUnitsTab.get(x.w(e + 2)); ok {
			return e + 3, true // "per diluted share"
		}
	}
	// a noun phrase of up to three nouns: "per patient", "per fuel delivery"
	k := e + 1
	for k < e+4 && x.kind(k) == tkWord && !x.toks[k].cap && isNounish(x.w(k)) && !determiner(x.w(k)) &&
		x.w(k) != "cent" && x.w(k) != "and" && x.w(k) != "or" && x.gap(k) == 1 {
		k++
	}
	if k > e+1 {
		return k, true
	}
	return 0, false
}

// currencyAfter finds a currency written after the amount: "20 euros", "42 EGP",
// "20€", "10MNT", "88 billion Hong Kong dollars", "20 million pounds".
func (x *scanner) currencyAfter(n number, e int) (string, int, bool) {
	if x.gap(e) > 1 || e >= len(x.toks) {
		return "", 0, false
	}
	raw := x.raw(e)
	if sym, ok := currencySymbolsTab.get(raw); ok && sym != "USD" {
		if x.w(e+1) == "ur" && x.gap(e+1) == 0 {
			return sym, e + 2, true
		}
		return sym, e + 1, true
	}
	if code, ok := currencyCodesTab.get(raw); ok && x.kind(e) == tkWord {
		if (raw == "LE" || raw == "L") && x.w(e+1) == "." {
			return "EGP", e + 3, true
		}
		if (x.kind(e+1) == tkWord || x.kind(e+1) == tkNum) && x.gap(e+1) == 0 {
			return "", 0, false
		}
		return code, e + 1, true
	}
	if raw == "L" && x.w(e+1) == "." && x.raw(e+2) == "E" {
		return "EGP", e + 3, true
	}
	if code, ok := millionCodesTab.get(raw); ok {
		return code, e + 1, true
	}
	if cur, j, ok := matchPhrase(x, e, 3, currencyWordsTab, currencyStartsTab); ok {
		return cur, j, true
	}
	w := x.w(e)
	if w == "pound" || w == "pounds" {
		if n.scaled || x.w(e+1) == "sterling" {
			if x.w(e+1) == "sterling" {
				return "GBP", e + 2, true
			}
			return "GBP", e + 1, true
		}
	}
	return "", 0, false
}

// ageAfter reads "81-year-old", "47 year old", "73 years old", "87 yo" and
// "3 years of age".
func (x *scanner) ageAfter(c *cand) bool {
	e := c.e
	if x.w(e) == "-" && x.gap(e) == 0 {
		if u, ok := ageUnitsTab.get(x.w(e + 1)); ok && x.w(e+2) == "-" && x.w(e+3) == "old" {
			c.f.Kind, c.f.Unit, c.e = KindAge, u, e+4
			return true
		}
	}
	if u, ok := ageUnitsTab.get(x.w(e)); ok && x.gap(e) <= 1 {
		if x.w(e+1) == "old" {
			c.f.Kind, c.f.Unit, c.e = KindAge, u, e+2
			return true
		}
		if x.w(e+1) == "of" && x.w(e+2) == "age" {
			c.f.Kind, c.f.Unit, c.e = KindAge, u, e+3
			return true
		}
		if x.w(e+1) == "-" && x.w(e+2) == "old" {
			c.f.Kind, c.f.Unit, c.e = KindAge, u, e+3
			return true
		}
	}
	if (x.w(e) == "yo" || x.w(e) == "y/o") && x.gap(e) <= 1 {
		c.f.Kind, c.f.Unit, c.e = KindAge, "year", e+1
		return true
	}
	return false
}

// ratioAfter reads "one in five", "1 in 10", "two out of three".
func (x *scanner) ratioAfter(c *cand, n number) bool {
	// "the top 10 in 74 countries" ranks; it is no one-in-so-many.
	if !n.integer || n.scaled || c.e != n.e || x.w(n.s-1) == "top" || x.w(n.s-1) == "bottom" {
		return false
	}
	j := n.e
	switch {
	case x.w(j) == "in":
		j++
	case x.w(j) == "out" && x.w(j+1) == "of":
		j += 2
	default:
		return false
	}
	d, ok := x.readNumber(j)
	if !ok || d.v <= n.v || d.ratio || x.yearLike(d) {
		return false
	}
	if d.digits && !d.plain && !d.scaled {
		return false
	}
	c.f.Kind, c.f.Value, c.f.Unit = KindRatio, n.v/d.v, ""
	c.e = d.e
	return true
}
