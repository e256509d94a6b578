package newsparse

import (
	"strings"
	"time"
	"unicode"
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
	year, month, day   int
	hour, min, sec     int
	hasTime, pm, am    bool
	zone               string
	offset             int
	hasOffset          bool
	numbers            []int // bare numbers, resolved into a date at the end
	dateTokens, others int
}

// parseDateline reads the publication time from a short dateline such as
// "Published 10:32, 9 Jan 2022 | Updated 11:05" or "Updated 3:14 p.m. ET Jan. 9, 2022".
// When a line gives both a published and an updated time, the published one is read.
// It reports how much of the line was date (share of its words), so callers can tell
// a dateline from a sentence that mentions a date.
func parseDateline(line string) (time.Time, float64, bool) {
	low := strings.ToLower(line)
	if i := strings.Index(low, "published"); i >= 0 {
		low = low[i:]
	} else if i := strings.Index(low, "posted"); i >= 0 {
		low = low[i:]
	}
	// Only the first segment: "Published X | Updated Y" → X.
	if j := strings.Index(low, "updated"); j > 0 {
		low = low[:j]
	}
	var p dateParts
	words := 0
	for tok := range strings.FieldsFuncSeq(low, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == ';' || r == '[' || r == ']' || r == '(' || r == ')'
	}) {
		words++
		p.token(strings.Trim(tok, ".:")) // "Jan.", "PUBLISHED:"
	}
	t, ok := p.resolve()
	if !ok || words == 0 {
		return time.Time{}, 0, false
	}
	return t, float64(p.dateTokens) / float64(words), true
}

func (p *dateParts) token(tok string) {
	if tok == "" {
		return
	}
	switch tok {
	case "am", "a.m", "a":
		p.am = true
		p.dateTokens++
		return
	case "pm", "p.m", "p":
		p.pm = true
		p.dateTokens++
		return
	case "at", "on", "published", "updated", "posted", "-", "—", "–", "/", "de", "um", "às", "uhr":
		p.dateTokens++
		return
	}
	if m, ok := monthNames[tok]; ok {
		p.month = int(m)
		p.dateTokens++
		return
	}
	if _, ok := zoneOffsets[tok]; ok {
		p.zone = tok
		p.dateTokens++
		return
	}
	if _, ok := usZones[tok]; ok {
		p.zone = tok
		p.dateTokens++
		return
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

func isWeekday(tok string) bool {
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"} {
		if tok == d {
			return true
		}
	}
	return false
}

// isoOrNumeric reads the numeric tokens: "2022-01-09", "2019-11-19t12:48:14z",
// "09/01/2022", "11.14.2019", "10:32", "3:14", "9", "2022", "9th".
func (p *dateParts) isoOrNumeric(tok string) bool {
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
			parts := strings.Split(tok, sep)
			a, b, c := atoiOK(parts[0]), atoiOK(parts[1]), atoiOK(parts[2])
			if a < 0 || b < 0 || c < 0 {
				return false
			}
			switch {
			case a > 31: // year first
				p.year, p.month, p.day = a, b, c
			case c > 31 && sep == "." && a <= 12 && b > 12: // 11.14.2019, US order
				p.year, p.month, p.day = c, a, b
			case c > 31 && sep == "/" && a <= 12 && b > 12:
				p.year, p.month, p.day = c, a, b
			case c > 31:
				p.year, p.month, p.day = c, b, a
			default:
				return false
			}
			return true
		}
	}
	tok = strings.TrimRight(tok, "stndrh")
	n := atoiOK(tok)
	if n < 0 {
		return false
	}
	switch {
	case n >= 1900 && n <= 2100:
		p.year = n
	case n >= 1 && n <= 31:
		p.numbers = append(p.numbers, n)
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
	parts := strings.Split(tok, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	h, m := atoiOK(parts[0]), atoiOK(parts[1])
	s := 0
	if len(parts) == 3 {
		s = atoiOK(parts[2])
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
	if p.day == 0 && len(p.numbers) > 0 {
		p.day = p.numbers[0]
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
	offset, name := 0, "UTC"
	switch {
	case p.hasOffset:
		offset, name = p.offset, ""
	case p.zone == "z" || p.zone == "":
	case usZones[p.zone] != 0:
		offset = usZones[p.zone] * 3600
		if usDaylight(utc) {
			offset += 3600
		}
		name = strings.ToUpper(p.zone)
	default:
		offset, name = zoneOffsets[p.zone], strings.ToUpper(p.zone)
	}
	if offset == 0 && name != "" {
		return utc, true
	}
	loc := time.FixedZone(name, offset)
	return time.Date(p.year, time.Month(p.month), p.day, h, p.min, p.sec, 0, loc), true
}

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
