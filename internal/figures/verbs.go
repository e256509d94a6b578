package figures

// Lexicon of verbs, for attribution. English marks most verbs with "-ed" or "-ing";
// these tables hold the common irregular and bare forms news prose uses, and the
// "-ed"/"-ing" words that are not verbs.

var irregularVerbs = map[string]bool{
	"rose": true, "risen": true, "fell": true, "fallen": true, "won": true, "lost": true,
	"beat": true, "paid": true, "sold": true, "bought": true, "spent": true, "made": true,
	"took": true, "taken": true, "left": true, "got": true, "gotten": true, "found": true,
	"led": true, "hit": true, "cut": true, "grew": true, "grown": true, "put": true,
	"ran": true, "saw": true, "seen": true, "brought": true, "threw": true, "thrown": true,
	"gave": true, "given": true, "held": true, "kept": true, "sent": true, "built": true,
	"went": true, "gone": true, "came": true, "became": true, "began": true, "begun": true,
	"drove": true, "shot": true, "stood": true, "met": true, "felt": true, "fought": true,
	"caught": true, "taught": true, "told": true, "wrote": true, "written": true, "drew": true,
	"drawn": true, "flew": true, "broke": true, "broken": true, "chose": true, "spoke": true,
	"stole": true, "struck": true, "sank": true, "sunk": true, "shrank": true, "swam": true,
	"froze": true, "hid": true, "fled": true, "dealt": true, "laid": true, "set": true,
	"shut": true, "spread": true, "quit": true, "cost": true, "hurt": true, "let": true,
	"slept": true, "swept": true, "dug": true, "stuck": true, "swung": true, "sought": true,
	"withdrew": true, "oversaw": true, "upheld": true, "arose": true, "had": true,
	"done": true, "known": true, "shown": true, "hidden": true, "eaten": true, "driven": true,
	"spoken": true, "stolen": true, "chosen": true, "forgotten": true, "beaten": true,
	"include": true, "includes": true, "costs": true, "reach": true, "reaches": true,
	"total": true, "totals": true, "hits": true, "win": true, "wins": true, "lose": true,
	"loses": true, "need": true, "needs": true, "take": true, "takes": true, "make": true,
	"makes": true, "pay": true, "pays": true, "spend": true, "spends": true, "add": true,
	"adds": true, "cuts": true, "grow": true, "grows": true, "own": true, "owns": true,
	"hold": true, "holds": true, "employ": true, "employs": true, "carry": true,
	"carries": true, "contribute": true, "contributes": true, "represent": true,
	"represents": true, "lead": true, "leads": true, "fit": true, "fits": true,
	"receive": true, "receives": true, "get": true, "gets": true, "go": true, "goes": true,
	"run": true, "runs": true, "kill": true, "kills": true, "plan": true, "plans": true,
	"want": true, "wants": true, "expect": true, "expects": true, "affect": true,
	"affects": true, "serve": true, "serves": true, "remain": true, "remains": true,
	"face": true, "faces": true, "live": true, "lives": true, "account": true,
	"accounts": true, "comprise": true, "comprises": true, "raise": true, "raises": true,
	"reduce": true, "reduces": true, "increase": true, "increases": true, "rise": true,
	"rises": true, "fall": true, "falls": true, "drop": true, "drops": true, "climb": true,
	"climbs": true, "boost": true, "boosts": true, "earn": true, "earns": true, "sell": true,
	"sells": true, "buy": true, "buys": true, "send": true, "sends": true, "hire": true,
	"hires": true, "offer": true, "offers": true, "provide": true, "provides": true,
	"require": true, "requires": true, "allow": true, "allows": true, "give": true,
	"gives": true, "show": true, "shows": true, "find": true, "finds": true, "see": true,
	"sees": true, "tour": true, "play": true, "plays": true, "score": true, "scores": true,
	"owe": true, "owes": true, "bring": true, "brings": true, "inject": true, "fund": true,
	"worth": true, "die": true, "dies": true, "leave": true, "leaves": true, "sign": true,
	"signs": true, "join": true, "joins": true, "hold up": true, "produce": true,
	"produces": true, "cover": true, "covers": true, "exceed": true, "exceeds": true,
}

// notVerbs end in "-ed" or "-ing" but are nouns or adjectives.
var notVerbs = map[string]bool{
	"hundred": true, "red": true, "bed": true, "speed": true, "seed": true, "breed": true,
	"greed": true, "sacred": true, "naked": true, "wicked": true, "kindred": true,
	"rugged": true, "beloved": true, "aged": true, "during": true, "thing": true,
	"something": true, "nothing": true, "anything": true, "everything": true, "king": true,
	"ring": true, "spring": true, "morning": true, "evening": true, "building": true,
	"wing": true, "string": true, "ceiling": true, "meeting": true, "funding": true,
	"housing": true, "earnings": true, "spending": true, "training": true, "clothing": true,
	"offering": true, "rating": true, "ranking": true, "setting": true, "hearing": true,
	"ruling": true, "warning": true, "boeing": true, "beijing": true, "sterling": true,
	"shilling": true, "billing": true, "wedding": true, "pudding": true, "feeling": true,
	"opening": true, "beginning": true, "ending": true, "landing": true, "parking": true,
	"shooting": true, "bombing": true, "killing": true, "uprising": true, "briefing": true,
	"ceasing": true, "united": true, "limited": true, "embattled": true, "detailed": true,
	"feed": true, "weed": true, "deed": true, "reed": true,
}

// verbWords decides isVerbLike for the words it lists: a word of irregularVerbs or
// reportingVerbs is one (verbVerb), else a word of notVerbs is not (verbNot). One
// look-up where there were three: isVerbLike runs on most words of a phrase around a
// figure.
var verbWords = markWords(markWords(map[string]uint8{}, verbVerb, irregularVerbs, reportingVerbs), verbNot, notVerbs)

// verbWordShapes turns away, inline, most of the words isVerbLike is asked about that
// the first-letter test of verbWordsTab lets through: two in three of them.
var verbWordShapes = newBigramShapes(verbWords)

const (
	verbVerb = 1 << iota
	verbNot
)

// isVerbLike guesses whether a lower-case word is a verb.
func isVerbLike(w string) bool {
	if verbWordShapes.mayHold(w) {
		if v := verbWordsTab.val(w); v != 0 {
			return v&verbVerb != 0
		}
	}
	n := len(w)
	return n >= 4 && w[n-2:] == "ed" || n >= 5 && w[n-3:] == "ing"
}
