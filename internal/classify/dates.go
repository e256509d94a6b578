package classify

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/language"

	"github.com/newsparse/newsparse/internal/ascii"
)

// monthNames maps lower-case month names and abbreviations (English, and the common
// European languages the corpus has) to months.
var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	"januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
	"agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}

// foreignMonths are the month names and abbreviations of German, French, Spanish,
// Portuguese, Italian and Dutch that monthNames leaves out. Some abbreviations are
// words in English too ("out", "set", "ago"), so only the dateline scanner reads
// them, where a year and a day must stand beside the month for a date to form.
var foreignMonths = map[string]time.Month{
	// German
	"jänner": 1, "maerz": 3, "mär": 3, "mrz": 3, "okt": 10, "dez": 12,
	// French
	"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
	"avril": 4, "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
	// Spanish
	"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "mayo": 5, "junio": 6, "julio": 7,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
	"ago": 8,
	// Portuguese
	"fev": 2, "marco": 3, "set": 9, "out": 10,
	// Italian
	"gennaio": 1, "gen": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "mag": 5, "giugno": 6,
	"giu": 6, "luglio": 7, "lug": 7, "settembre": 9, "ottobre": 10, "ott": 10, "dicembre": 12,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8,
}

// zoneOffsets are the zone abbreviations news pages print, in seconds east of UTC.
// "ET" and friends depend on the date and are resolved by usZone.
var zoneOffsets = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "bst": 3600, "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600,
	"mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600, "ist": 19800, "jst": 9 * 3600,
	"kst": 9 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600, "msk": 3 * 3600,
}

// usZones are the generic US zones, standard offset in hours.
var usZones = map[string]int{"et": -5, "ct": -6, "mt": -7, "pt": -8}

// dateParts collects what a dateline says, field by field, as it is scanned.
type dateParts struct {
	year, month, day int
	hour, min, sec   int
	hasTime, pm, am  bool
	zone             string
	offset           int
	hasOffset        bool
	// numbers counts the bare numbers, resolved into a date at the end; the
	// rules read only the first and the last of them, so only those are kept (a
	// slice of them all cost an allocation for most datelines).
	numbers                 int
	firstNumber, lastNumber int
	// monthDay is the bare number written beside the month name ("Dec 30",
	// "30 Dec"): the day, whatever other numbers the line holds ("7 min read Dec
	// 30, 2013"). prev is what the last token was, to find it.
	monthDay           int
	prev               tokenKind
	dateTokens, others int
	order              NumericOrder // how "03/04/2019" is read
	// done is set when a month name or a year follows a complete date: a second
	// date has begun ("Posted on June 29, 2020November 12, 2021", a template's
	// published and updated times side by side), and it must not overwrite the
	// first, the one a reader is shown.
	done bool
}

// NumericOrder is the order of day and month in a page's numeric dates. Day first is
// the zero value: most of the world writes it, and the reader assumed it before
// pages could say otherwise.
type NumericOrder uint8

const (
	// OrderDayFirst reads "03/04/2019" as 3 April 2019.
	OrderDayFirst NumericOrder = iota
	// OrderMonthFirst reads "03/04/2019" as March 4, 2019, as American pages write it.
	OrderMonthFirst
)

// ParseDateline reads the publication time from a short dateline such as
// "Published 10:32, 9 Jan 2022 | Updated 11:05" or "Updated 3:14 p.m. ET Jan. 9, 2022".
// When a line gives both a published and an updated time, the published one is read;
// a line that gives only an update time ("Last updated: Dec 12, 2025") gives that,
// the one date its reader is shown. It reports how much of the line was date (share
// of its words), so callers can tell a dateline from a sentence that mentions a date.
func ParseDateline(line string) (time.Time, float64, bool) {
	return ParseDatelineIn(line, OrderDayFirst)
}

// ParseDatelineIn is ParseDateline on a page whose numeric dates are in the given
// order.
func ParseDatelineIn(line string, order NumericOrder) (time.Time, float64, bool) {
	pub, mod, share := ParseDatelineDatesIn(line, order)
	switch {
	case !pub.IsZero():
		return pub, share, true
	case !mod.IsZero():
		return mod, share, true
	}
	return time.Time{}, 0, false
}

// publishWords and updateWords open the published and the updated part of a dateline,
// in the languages whose month names the reader knows.
var (
	publishWords = []string{"published", "posted", "veröffentlicht", "erschienen", "publié", "publicado",
		"publicada", "pubblicato", "gepubliceerd", "geplaatst"}
	// publishQualifiers are the words a publish label may open with.
	publishQualifiers = []string{"originally", "first", "initially"}
	updateWords       = []string{"updated", "modified", "aktualisiert", "geändert", "mis à jour", "actualizado",
		"actualizada", "atualizado", "atualizada", "aggiornato", "bijgewerkt"}
)

// wordIndex files the words of a table by their first byte, so that a line is
// searched for all of them in one pass, where ascii.IndexAnyWord runs a search of
// the whole line for each word: at each byte only the words that open with it are
// compared. Every dateline the parser reads is searched for its labels.
type wordIndex [256][]string

// indexWords files words, of two bytes or more, by their first byte. A shorter
// word is a mistake in a table (in reads each word's second byte) and panics when
// the package is initialised, before any line is read.
func indexWords(words []string) *wordIndex {
	var t wordIndex
	for _, w := range words {
		if len(w) < 2 {
			panic("classify: a dateline label of fewer than two bytes: " + w)
		}
		t[w[0]] = append(t[w[0]], w)
	}
	return &t
}

// in is ascii.IndexAnyWord(s, words): the first index in s of any of the words, -1
// when none occurs.
func (t *wordIndex) in(s string) int {
	for i := 0; i < len(s); i++ {
		for _, w := range t[s[i]] {
			// The second byte parts most of the words that share the first.
			if len(s)-i >= len(w) && s[i+1] == w[1] && s[i:i+len(w)] == w {
				return i
			}
		}
	}
	return -1
}

// The labels' words filed by first byte. Built once, never written afterwards.
var publishIndex, updateIndex = indexWords(publishWords), indexWords(updateWords)

// ParseDatelineDates reads both times a dateline may give: the published one and the
// updated one ("Published 9 Jan 2022, updated 10 Jan"; "Posted on Nov 21, 2018
// Updated at Dec 3, 2018"; "Aktualisiert am 3. März 2024"). Either may be zero. The
// share is that of date words over the whole line.
func ParseDatelineDates(line string) (pub, mod time.Time, share float64) {
	return ParseDatelineDatesIn(line, OrderDayFirst)
}

// ParseDatelineDatesIn is ParseDatelineDates on a page whose numeric dates are in
// the given order.
func ParseDatelineDatesIn(line string, order NumericOrder) (pub, mod time.Time, share float64) {
	// Every date read here has a year in digits, so a line without a digit gives none:
	// most short lines of a page (menu items, names, labels) stop at this scan.
	if !ascii.ContainsAny(line, "0123456789") {
		return time.Time{}, time.Time{}, 0
	}
	var buf [lowerBufLen]byte
	low := lowerOnStack(ascii.AppendToLower(buf[:0], unglueMonths(line)))
	pubPart, modPart := low, ""
	if u := indexUpdateWord(low); u >= 0 {
		pubPart, modPart = low[:u], low[u:]
		// "Updated 10 Jan | Published 9 Jan": the published part follows.
		if i := publishIndex.in(modPart); i > 0 {
			pubPart, modPart = modPart[i:], modPart[:i]
		}
	}
	var words, dateTokens int
	if i := publishIndex.in(pubPart); i >= 0 {
		// The words before the label are the line's too, but for the label's own
		// ("Originally published", "First published"): a sentence that says when a
		// post was first published ("This post was originally published on ...")
		// is no dateline.
		for f, rest := ascii.NextField(pubPart[:i]); f != ""; f, rest = ascii.NextField(rest) {
			if !slices.Contains(publishQualifiers, strings.Trim(f, ".:")) {
				words++
			}
		}
		pubPart = pubPart[i:]
	}
	scan := func(s string) time.Time {
		p := dateParts{order: order}
		for tok, rest := nextDateToken(s); tok != ""; tok, rest = nextDateToken(rest) {
			tok = trimDateMarks(tok) // "Jan.", "PUBLISHED:"
			// A label glued to its date by the colon alone is two words: the label's
			// element and the date's print with no space between them ("Last
			// updated:Sep 4, 2025", "Published:12.03.2024"). A colon after a digit is
			// a clock's.
			if i := strings.IndexByte(tok, ':'); i > 0 && i+1 < len(tok) && tok[i-1] >= 'a' && tok[i-1] <= 'z' {
				words++
				p.token(tok[:i])
				tok = tok[i+1:]
			}
			if len(tok) > 1 && tok[0] == '@' { // "December 19, 2025 @08:00PM"
				tok = tok[1:]
			}
			if year, rest, ok := cutGluedYear(tok); ok {
				words++
				p.token(year)
				tok = rest
			} else if year, rest, ok := p.cutYearDigits(tok); ok {
				words++
				p.token(year)
				tok = rest
			}
			words++
			p.token(tok)
		}
		dateTokens += p.dateTokens
		t, _ := p.resolve()
		return t
	}
	pub = scan(pubPart)
	if modPart != "" {
		mod = scan(modPart)
	}
	if words > 0 {
		share = float64(dateTokens) / float64(words)
	}
	return pub, mod, share
}

// trimDateMarks is strings.Trim(tok, ".:"), without building the set of bytes for
// every token.
func trimDateMarks(tok string) string {
	for tok != "" && (tok[0] == '.' || tok[0] == ':') {
		tok = tok[1:]
	}
	for tok != "" && (tok[len(tok)-1] == '.' || tok[len(tok)-1] == ':') {
		tok = tok[:len(tok)-1]
	}
	return tok
}

// lowerBufLen is room on the stack for the lower-cased copy of a dateline: longer
// lines, which are seldom datelines, spill to the heap.
const lowerBufLen = 160

// lowerOnStack views the lower-cased copy a caller made in its stack buffer
// (ascii.AppendToLower, which gives exactly what strings.ToLower would) as a string,
// without a copy: strings.ToLower allocated one for every dateline with a capital.
// The view must not outlive the buffer: the dateline's readers keep none of its
// tokens beyond the call.
func lowerOnStack(low []byte) string {
	return unsafe.String(unsafe.SliceData(low), len(low))
}

// nextDateToken returns the first token of s, as strings.FieldsFuncSeq(s,
// isDateBreak) yields them, and what follows it; tok is "" when s holds no more.
// Walked in a loop, the line stays the caller's: the iterator's closure took it to
// the heap, and the lower-cased line with it (lowerOnStack).
func nextDateToken(s string) (tok, rest string) {
	start := -1
	for i := 0; i < len(s); {
		var brk bool
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			brk = dateBreakASCII[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			brk = isDateBreak(r)
		}
		switch {
		case !brk:
			if start < 0 {
				start = i
			}
		case start >= 0:
			return s[start:i], s[i:]
		}
		i += size
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}

// isDateBreak reports the characters between a dateline's tokens.
func isDateBreak(r rune) bool {
	return unicode.IsSpace(r) || r == ',' || r == '|' || r == ';' || r == '[' || r == ']' || r == '(' || r == ')'
}

// dateBreakASCII is isDateBreak for the ASCII characters, looked up rather than
// tested: a dateline's every byte is asked. Built once, never written afterwards.
var dateBreakASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = isDateBreak(c)
	}
	return t
}()

// tokenKind is what a dateline token was read as, for the token after it.
type tokenKind uint8

const (
	kindOther tokenKind = iota
	kindMonth
	kindNumber
)

func (p *dateParts) token(tok string) {
	if tok == "" {
		return
	}
	if !p.done && p.year != 0 && p.month != 0 && (p.day != 0 || p.monthDay != 0 || p.numbers > 0) {
		p.done = isDigit(tok[0]) && isYear(tok) || monthNamed(tok) > 0
	}
	if p.done {
		// The second date's words are date words still; they are counted, not read.
		q := dateParts{order: p.order}
		q.token(tok)
		p.dateTokens += q.dateTokens
		p.others += q.others
		return
	}
	prev, numbers := p.prev, p.numbers
	p.prev = kindOther
	if m := monthNamed(tok); m > 0 {
		p.month = m
		p.dateTokens++
		p.prev = kindMonth
		if prev == kindNumber && p.monthDay == 0 {
			p.monthDay = p.lastNumber
		}
		return
	}
	p.read(tok)
	if p.numbers > numbers { // the token is a bare number
		p.prev = kindNumber
		if prev == kindMonth && p.monthDay == 0 {
			p.monthDay = p.lastNumber
		}
	}
}

// read records what a token other than a month name says.
func (p *dateParts) read(tok string) {
	switch tok {
	case "am", "a.m", "a":
		p.am = true
		p.dateTokens++
		return
	case "pm", "p.m", "p":
		p.pm = true
		p.dateTokens++
		return
	case "at", "@", "on", "published", "updated", "posted", "edited", "bearbeitet", "last", "zuletzt", "-", "—", "–", "/", "de", "um", "às", "uhr",
		"del", "di", "el", "le", "den", "der", "om", "van", "à", "mis", "jour", "heures", "h":
		p.dateTokens++
		return
	}
	if zoneShapes.mayHold(tok) {
		// The zone is kept as a copy: the token may be a view of the caller's
		// buffer (lowerOnStack), and the zone's name outlives the call in the time's
		// Location.
		if _, ok := zoneOffsets[tok]; ok {
			p.zone = strings.Clone(tok)
			p.dateTokens++
			return
		}
		if _, ok := usZones[tok]; ok {
			p.zone = strings.Clone(tok)
			p.dateTokens++
			return
		}
	}
	if isWeekday(tok) {
		p.dateTokens++
		return
	}
	if p.isoOrNumeric(tok) {
		p.dateTokens++
	} else {
		p.others++
	}
}

// isYear reports a token that is a year alone ("2021") or a full numeric date
// ("2021-11-12", "12/11/2021"), either of which opens a date of its own.
func isYear(tok string) bool {
	var q dateParts
	return q.isoOrNumeric(tok) && q.year != 0
}

// cutGluedYear splits a year from the word glued to it when a template sets the date
// and the author's name in adjacent elements without a space ("Dec 17,
// 2025Julian Arni"). Only a year of four digits followed by two or more letters is
// split, so "9th", "1er" and "2019t12:48" stay whole.
func cutGluedYear(tok string) (year, rest string, ok bool) {
	if len(tok) < 6 || !isDigit(tok[0]) || !isDigit(tok[3]) || isDigit(tok[4]) {
		return "", "", false
	}
	n, end := digitRun(tok, 0, 4)
	if end != 4 || n < 1900 || n > 2100 {
		return "", "", false
	}
	for _, r := range tok[4:] {
		if !unicode.IsLetter(r) {
			return "", "", false
		}
	}
	if utf8.RuneCountInString(tok[4:]) < 2 {
		return "", "", false
	}
	return tok[:4], tok[4:], true
}

// cutYearDigits splits a year from the number glued to it when a template sets the
// date and a count beside it without a space ("Mar 27, 2025" and "5 mins" read as
// "Mar 27, 20255 mins"; "November 11, 20228 min read"). Five or six digits cannot
// be a year, so they are split only where the line has given a month and a day and
// still wants its year, and the first four digits are a year. The time glued to the
// year the same way ("October 17, 20236:01 PM ET") is split off as well.
func (p *dateParts) cutYearDigits(tok string) (year, rest string, ok bool) {
	if len(tok) < 5 || p.year != 0 || p.month == 0 || p.numbers == 0 {
		return "", "", false
	}
	y, yearEnd := digitRun(tok, 0, 4)
	if yearEnd != 4 || y < 1900 || y > 2100 {
		return "", "", false
	}
	_, end := digitRun(tok, yearEnd, 2)
	count := end == len(tok) && len(tok) <= 6
	clock := end > yearEnd && end < len(tok) && tok[end] == ':'
	if !count && !clock {
		return "", "", false
	}
	return tok[:4], tok[4:], true
}

// unglueMonths sets a space before a month name glued to the word before it, as
// adjacent inline elements print it ("7 min readDec 30, 2013", "Updated onFebruary
// 16, 2026"): a lower-case letter followed by a capital that opens a month name is a
// word break a browser shows only through the elements' margins. A line without such
// a join is returned as it is.
func unglueMonths(line string) string {
	var b []byte
	last := 0
	for i := 1; i < len(line); i++ {
		if line[i] < 'A' || line[i] > 'Z' || line[i-1] < 'a' || line[i-1] > 'z' {
			continue
		}
		j := i + 1
		for j < len(line) && line[j] >= 'a' && line[j] <= 'z' {
			j++
		}
		if monthNamed(strings.ToLower(line[i:j])) == 0 {
			continue
		}
		b = append(b, line[last:i]...)
		b = append(b, ' ')
		last = i
	}
	if b == nil {
		return line
	}
	return string(append(b, line[last:]...))
}

// monthNamed returns the month a name or abbreviation of any known language gives,
// 0 for other words.
func monthNamed(tok string) int {
	if !monthShapes.mayHold(tok) {
		return 0
	}
	if m, ok := monthNames[tok]; ok {
		return int(m)
	}
	return int(foreignMonths[tok])
}

func isWeekday(tok string) bool {
	tok = strings.TrimSuffix(tok, "-feira")
	return weekdayShapes.mayHold(tok) && weekdays[tok]
}

// wordShapes files, by a word's first byte, the lengths of a table's words (the last
// bit standing for every length from 63 up): a token no word of the table shares
// both with is none of them, and is passed over without a look-up. Most of a
// dateline's tokens are ordinary words that no date table holds.
type wordShapes [256]uint64

// mayHold reports whether tok shares its first byte and its length with a word of
// the tables the shapes were read from.
func (s *wordShapes) mayHold(tok string) bool {
	return tok != "" && s[tok[0]]&(1<<min(len(tok), 63)) != 0
}

// shapesOf reads the shapes of the words of tables.
func shapesOf(tables ...iter.Seq[string]) *wordShapes {
	var s wordShapes
	for _, t := range tables {
		for w := range t {
			if w != "" {
				s[w[0]] |= 1 << min(len(w), 63)
			}
		}
	}
	return &s
}

// The shapes of the date tables' words. Built once, never written afterwards.
var (
	monthShapes   = shapesOf(maps.Keys(monthNames), maps.Keys(foreignMonths))
	weekdayShapes = shapesOf(maps.Keys(weekdays))
	zoneShapes    = shapesOf(maps.Keys(zoneOffsets), maps.Keys(usZones))
)

// weekdays are day names and abbreviations in the languages of foreignMonths.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true,
	"samstag": true, "sonntag": true, "lundi": true, "mardi": true, "mercredi": true,
	"jeudi": true, "vendredi": true, "samedi": true, "dimanche": true, "lunes": true,
	"martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true,
	"domingo": true, "segunda": true, "terça": true, "quarta": true, "quinta": true,
	"sexta": true, "lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true,
	"venerdì": true, "sabato": true, "domenica": true, "maandag": true, "dinsdag": true,
	"woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
}

// isoOrNumeric reads the numeric tokens: "2022-01-09", "2019-11-19t12:48:14z",
// "09/01/2022", "11.14.2019", "10:32", "3:14", "9", "2022", "9th".
func (p *dateParts) isoOrNumeric(tok string) bool {
	// Every form read here holds a digit. A clock's read may leave its zone or
	// half of the day behind though it fails ("xy.pm"), so only a token without a
	// digit, a colon or a dot, as most words are, is passed over unread.
	if ascii.IndexDigit(tok, 0) < 0 && strings.IndexByte(tok, ':') < 0 && strings.IndexByte(tok, '.') < 0 {
		return false
	}
	if i := strings.IndexByte(tok, 't'); i == 10 && len(tok) > 10 && tok[4] == '-' {
		return p.isoOrNumeric(tok[:i]) && p.clock(tok[i+1:])
	}
	if strings.ContainsRune(tok, ':') {
		return p.clock(tok)
	}
	// "18.54", as British pages print the time.
	if h, m, ok := strings.Cut(tok, "."); ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 {
		return p.clock(h + ":" + m)
	}
	for _, sep := range []string{"-", "/", "."} {
		if strings.Count(tok, sep) == 2 {
			// The three parts, cut rather than split: no slice to allocate.
			first, rest, _ := strings.Cut(tok, sep)
			second, third, _ := strings.Cut(rest, sep)
			a, b, c := atoiOK(first), atoiOK(second), atoiOK(third)
			if m := monthNamed(second); m > 0 && a >= 1 && c > 31 { // "25.Jun.2019", "12-Mar-2020"
				p.year, p.month, p.day = c, m, a
				return true
			}
			if a < 0 || b < 0 || c < 0 {
				return false
			}
			switch {
			case a > 31: // year first
				p.year, p.month, p.day = a, b, c
			case c > 31 && a <= 12 && (b > 12 || p.order == OrderMonthFirst): // 11.14.2019, US order
				p.year, p.month, p.day = c, a, b
			case c > 31:
				p.year, p.month, p.day = c, b, a
			default:
				return false
			}
			return true
		}
	}
	tok = strings.TrimRight(tok, "stndrheº°ª") // "9th", "1er", "1º"
	n := atoiOK(tok)
	if n < 0 {
		return false
	}
	switch {
	case n >= 1900 && n <= 2100:
		p.year = n
	case n >= 1 && n <= 31:
		if p.numbers == 0 {
			p.firstNumber = n
		}
		p.lastNumber = n
		p.numbers++
	default:
		return false
	}
	return true
}

// clock reads "10:32", "3:14:05", "12:48:14z", "10:07+01:00".
func (p *dateParts) clock(tok string) bool {
	if strings.HasSuffix(tok, "z") {
		p.zone, tok = "z", tok[:len(tok)-1]
	}
	if i := strings.IndexAny(tok, "+-"); i > 0 {
		off := tok[i:]
		tok = tok[:i]
		if len(off) == 6 && off[3] == ':' {
			h, m := atoiOK(off[1:3]), atoiOK(off[4:])
			if h >= 0 && m >= 0 {
				p.offset, p.hasOffset = (h*3600+m*60)*sign(off[0]), true
			}
		}
	}
	for _, suffix := range []string{"am", "pm", "a.m", "p.m"} {
		if strings.HasSuffix(tok, suffix) {
			p.am, p.pm = suffix[0] == 'a', suffix[0] == 'p'
			tok = tok[:len(tok)-len(suffix)]
		}
	}
	// "h:m" or "h:m:s", cut rather than split: no slice to allocate.
	hour, rest, ok := strings.Cut(tok, ":")
	if !ok {
		return false
	}
	minute, second, hasSec := strings.Cut(rest, ":")
	if hasSec && strings.IndexByte(second, ':') >= 0 {
		return false
	}
	h, m := atoiOK(hour), atoiOK(minute)
	s := 0
	if hasSec {
		s = atoiOK(second)
	}
	if h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59 {
		return false
	}
	p.hour, p.min, p.sec, p.hasTime = h, m, s, true
	return true
}

func sign(b byte) int {
	if b == '-' {
		return -1
	}
	return 1
}

// resolve turns the collected parts into a time; a year and a month are required, so
// a bare "10:32" or "9" never becomes a date.
func (p *dateParts) resolve() (time.Time, bool) {
	if p.day == 0 && p.monthDay > 0 {
		p.day = p.monthDay
	}
	if p.day == 0 && p.numbers > 0 {
		p.day = p.firstNumber
	}
	if p.year == 0 || p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 {
		return time.Time{}, false
	}
	h := p.hour
	if p.pm && h < 12 {
		h += 12
	}
	if p.am && h == 12 {
		h = 0
	}
	utc := time.Date(p.year, time.Month(p.month), p.day, h, p.min, p.sec, 0, time.UTC)
	offset, zone := 0, "utc" // zone as printed, in lower case; "" for a numeric offset
	switch {
	case p.hasOffset:
		offset, zone = p.offset, ""
	case p.zone == "z" || p.zone == "":
	case usZones[p.zone] != 0:
		offset = usZones[p.zone] * 3600
		if usDaylight(utc) {
			offset += 3600
		}
		zone = p.zone
	default:
		offset, zone = zoneOffsets[p.zone], p.zone
	}
	if offset == 0 && zone != "" {
		return utc, true
	}
	return time.Date(p.year, time.Month(p.month), p.day, h, p.min, p.sec, 0, fixedZone(zone, offset)), true
}

// fixedZone returns time.FixedZone of zone's name in capitals and offset: the one
// made beforehand (fixedZones) when there is one, as time.FixedZone allocates on every
// call and datelines name the same few zones again and again.
func fixedZone(zone string, offset int) *time.Location {
	if loc, ok := fixedZones[zoneAt{zone, offset}]; ok {
		return loc
	}
	return time.FixedZone(strings.ToUpper(zone), offset)
}

// zoneAt is a zone as the dateline reader prints it and its offset.
type zoneAt struct {
	zone   string
	offset int
}

// fixedZones holds the zone of each of zoneOffsets, of each of usZones in standard
// and daylight time, and of each numeric offset of whole quarter hours within 14
// hours of UTC. A Location is read only once made, so the page readers share them.
// Built once, never written afterwards.
var fixedZones = func() map[zoneAt]*time.Location {
	m := make(map[zoneAt]*time.Location)
	add := func(zone string, offset int) {
		m[zoneAt{zone, offset}] = time.FixedZone(strings.ToUpper(zone), offset)
	}
	for zone, offset := range zoneOffsets {
		add(zone, offset)
	}
	for zone, hours := range usZones {
		add(zone, hours*3600)
		add(zone, hours*3600+3600)
	}
	for q := -14 * 4; q <= 14*4; q++ {
		add("", q*900)
	}
	return m
}()

// usDaylight reports US daylight saving time (2 a.m. on the second Sunday of March to
// 2 a.m. on the first Sunday of November) for a wall-clock time, computed rather than
// read from the system's zone database, which the library does not touch.
func usDaylight(t time.Time) bool {
	start := nthSunday(t.Year(), time.March, 2).Add(2 * time.Hour)
	end := nthSunday(t.Year(), time.November, 1).Add(2 * time.Hour)
	return !t.Before(start) && t.Before(end)
}

func nthSunday(year int, m time.Month, n int) time.Time {
	first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	offset := (7 - int(first.Weekday())) % 7
	return first.AddDate(0, 0, offset+7*(n-1))
}

// atoiOK parses a short run of ASCII digits, or returns -1.
func atoiOK(s string) int {
	if s == "" || len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// PageNumericOrder decides how a page writes numeric dates. The page's own
// unambiguous dates decide first ("25/04/2019" is day first, "04/25/2019" month
// first; a date with a four-digit year last is counted, whatever its separator),
// then its declared languages, as BCP 47 tags ("" for none): a page that names the
// United States as its region ("en-US") and no other writes the month first. Any other page
// is read day first, as most of the world writes; plain "en" says nothing either way.
func PageNumericOrder(texts iter.Seq[string], tags ...string) NumericOrder {
	dayFirst, monthFirst := 0, 0
	for s := range texts {
		d, m := countNumericOrders(s)
		dayFirst += d
		monthFirst += m
	}
	switch {
	case dayFirst > monthFirst:
		return OrderDayFirst
	case monthFirst > dayFirst:
		return OrderMonthFirst
	}
	us, other := false, false
	for _, l := range tags {
		if l == "" {
			continue
		}
		if r, conf := language.Make(l).Region(); conf == language.Exact {
			us, other = us || r.String() == "US", other || r.String() != "US"
		}
	}
	if us && !other {
		return OrderMonthFirst
	}
	return OrderDayFirst
}

// countNumericOrders counts the numeric dates in s ("d/m/yyyy", "m-d-yyyy",
// "d.m.yyyy") whose order shows: a first number above 12 is a day, a second one a
// day too. Dates such as "03/04/2019" show nothing and are not counted.
func countNumericOrders(s string) (dayFirst, monthFirst int) {
	next := 0
	for i := ascii.IndexDigit(s, 0); i >= 0; i = ascii.IndexDigit(s, next) {
		// The digits after the first of a run stand after a digit, which no date
		// does: the search goes on after the run rather than stopping at each.
		for next = i + 1; next < len(s) && isDigit(s[next]); next++ {
		}
		if i > 0 && (isWordByte(s[i-1]) || s[i-1] == '.' || s[i-1] == '/' || s[i-1] == '-') {
			continue
		}
		a, j := digitRun(s, i, 2)
		if j >= len(s) || (s[j] != '/' && s[j] != '.' && s[j] != '-') {
			continue
		}
		sep := s[j]
		b, k := digitRun(s, j+1, 2)
		if k == j+1 || k >= len(s) || s[k] != sep {
			continue
		}
		y, e := digitRun(s, k+1, 4)
		if e-k-1 != 4 || e < len(s) && isWordByte(s[e]) || y < 1900 || a < 1 || b < 1 || a > 31 || b > 31 {
			continue
		}
		switch {
		case a > 12 && b <= 12:
			dayFirst++
		case b > 12 && a <= 12:
			monthFirst++
		}
		next = e + 1
	}
	return dayFirst, monthFirst
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports an ASCII letter or digit: a date inside a word or code
// ("v1.25.2020x") is no date.
func isWordByte(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' }

// digitRun reads up to width digits of s from i, returning their value and the index
// after them (i itself when there are none).
func digitRun(s string, i, width int) (n, end int) {
	end = i
	for end < len(s) && end-i < width && isDigit(s[end]) {
		n = n*10 + int(s[end]-'0')
		end++
	}
	return n, end
}

// HasDateLabel reports a line that holds a publish or update word ("Published",
// "aktualisiert"), in any case.
func HasDateLabel(line string) bool {
	var buf [lowerBufLen]byte
	low := lowerOnStack(ascii.AppendToLower(buf[:0], line))
	return publishIndex.in(low) >= 0 || indexUpdateWord(low) >= 0
}

// editWords are the update words of forum posts and question pages ("edited Jul 5,
// 2020 at 10:00", "Last edited: Aug 6, 2025", "Zuletzt bearbeitet: 6. Aug. 2025"),
// each with the word after it by which it credits an editor instead ("Edited by Jane
// Doe", as a byline credits a writer) and the word before it that makes that a post's
// stamp after all ("Last edited by ann (2024-08-03 11:02:20)").
var editWords = [...]struct{ word, by, last string }{
	{"edited", "by", "last"}, {"bearbeitet", "von", "zuletzt"},
}

// indexUpdateWord returns the index in the lower-cased line low of its first update
// word, -1 when it has none: one of updateWords, or an edit word standing as a word
// of its own ("credited" holds "edited") that does not credit an editor.
func indexUpdateWord(low string) int {
	u := updateIndex.in(low)
	for _, e := range editWords {
		for i := 0; ; {
			j := strings.Index(low[i:], e.word)
			if j < 0 || u >= 0 && i+j > u {
				break
			}
			j += i
			i = j + len(e.word)
			if j > 0 && isWordByte(low[j-1]) || i < len(low) && isWordByte(low[i]) {
				continue
			}
			if !strings.HasPrefix(strings.TrimLeft(low[i:], " :"), e.by+" ") ||
				strings.HasSuffix(strings.TrimRight(low[:j], " "), e.last) {
				u = j
				break
			}
		}
	}
	return u
}

// OpensWithNumericDate reports a line led by a date in digits ("13/06/2014 Jane Doe
// ...", "2019-11-20 | News"): page metadata, never a standfirst's prose.
func OpensWithNumericDate(s string) bool {
	field, _, _ := strings.Cut(s, " ")
	groups, digits := 1, 0
	for i := 0; i < len(field); i++ {
		switch c := field[i]; {
		case c >= '0' && c <= '9':
			digits++
		case (c == '/' || c == '.' || c == '-') && digits > 0 && i+1 < len(field):
			groups++
		default:
			return false
		}
	}
	return groups == 3 && digits >= 6
}

// MaxDatelineWords bounds a date line: "Published: November 19, 2019 at 8:59 pm |
// Updated: November 19, 2019 at 10:16 pm" has 16.
const MaxDatelineWords = 20

// IsDateline accepts a short line that is mostly a date, or opens with the words
// sites print before one ("Published 22 hours ago").
func IsDateline(f Form, s string) bool {
	if f.Prose || f.Words > MaxDatelineWords {
		return false
	}
	if f.HasDate && f.DateShare >= 0.5 {
		return true
	}
	// The labels open with "f", "l", "p" or "u", none of which folds with a
	// character outside ASCII: a line opening with another byte is none of them.
	// The rules ask this of most lines more than once.
	if s == "" {
		return false
	}
	if c := s[0] | 0x20; c != 'f' && c != 'l' && c != 'p' && c != 'u' {
		return false
	}
	for _, p := range []string{"published", "updated", "posted", "last updated", "first published"} {
		if ascii.HasPrefixFold(s, p) {
			return true
		}
	}
	return false
}
