package credit

import (
	"strings"

	"github.com/newsparse/newsparse/internal/ascii"
)

// agency is a news agency or picture desk: its canonical name and the spellings that
// credit lines use for it. Aliases are matched case-insensitively against a whole
// segment of a credit ("AFP", "Agence France-Presse"), never inside a longer word.
type agency struct {
	name    string
	aliases []string
}

// agencies lists the agencies and picture desks credit lines name. Extend it freely:
// every entry is checked by TestAgencies.
var agencies = []agency{
	{"AP", []string{"AP", "Associated Press", "The Associated Press", "AP Photo", "AP Photos", "AP Images", "AP file", "AP File Photo"}},
	{"AFP", []string{"AFP", "Agence France-Presse", "Agence France Presse", "AFP Photo", "AFP file"}},
	{"Reuters", []string{"Reuters", "Reuters Pictures", "Thomson Reuters"}},
	{"Getty Images", []string{"Getty Images", "Getty", "Getty Images News", "Getty Images Sport", "Getty Images Entertainment", "iStock", "iStockphoto", "WireImage", "FilmMagic"}},
	{"PA Media", []string{"PA", "PA Media", "PA Wire", "PA Images", "PA Archive", "Press Association", "PA Photo"}},
	{"EPA", []string{"EPA", "European Pressphoto Agency"}}, // "EPA-EFE" names two agencies
	{"EFE", []string{"EFE", "Agencia EFE"}},
	{"TASS", []string{"TASS", "ITAR-TASS"}},
	{"RIA Novosti", []string{"RIA Novosti", "RIA"}},
	{"Sputnik", []string{"Sputnik"}},
	{"Interfax", []string{"Interfax"}},
	{"Xinhua", []string{"Xinhua", "Xinhua News Agency"}},
	{"China News Service", []string{"China News Service", "CNS"}},
	{"ANSA", []string{"ANSA"}},
	{"dpa", []string{"dpa", "Deutsche Presse-Agentur", "dpa/picture alliance", "picture alliance", "picture-alliance"}},
	{"Anadolu", []string{"Anadolu", "Anadolu Agency", "Anadolu Ajansi", "AA"}},
	{"Kyodo", []string{"Kyodo", "Kyodo News"}},
	{"Jiji Press", []string{"Jiji Press", "Jiji"}},
	{"Yonhap", []string{"Yonhap", "Yonhap News Agency"}},
	{"AAP", []string{"AAP", "Australian Associated Press", "AAP Image"}},
	{"The Canadian Press", []string{"The Canadian Press", "Canadian Press", "CP"}},
	{"PTI", []string{"PTI", "Press Trust of India"}},
	{"ANI", []string{"ANI", "Asian News International"}},
	{"IANS", []string{"IANS", "Indo-Asian News Service"}},
	{"Bloomberg", []string{"Bloomberg", "Bloomberg News"}},
	{"UPI", []string{"UPI", "United Press International"}},
	{"Shutterstock", []string{"Shutterstock"}},
	{"REX", []string{"REX", "Rex Features", "REX Features"}},
	{"Alamy", []string{"Alamy", "Alamy Stock Photo", "Alamy Live News"}},
	{"SOPA Images", []string{"SOPA Images", "SOPA"}},
	{"NurPhoto", []string{"NurPhoto"}},
	{"ZUMA Press", []string{"ZUMA", "ZUMA Press", "ZUMA Wire", "ZUMAPRESS", "ZUMAPRESS.com"}},
	{"Sipa", []string{"Sipa", "Sipa Press", "Sipa USA"}},
	{"WENN", []string{"WENN"}},
	{"Splash News", []string{"Splash News", "Splash"}},
	{"BACKGRID", []string{"BACKGRID"}},
	{"MEGA", []string{"MEGA", "MEGA Agency"}},
	{"Bauer-Griffin", []string{"Bauer-Griffin"}},
	{"Invision", []string{"Invision"}},
	{"Newscom", []string{"Newscom"}},
	{"Imago", []string{"Imago", "IMAGO"}},
	{"Action Images", []string{"Action Images"}},
	{"Mirrorpix", []string{"Mirrorpix"}},
	{"Camera Press", []string{"Camera Press"}},
	{"Magnum Photos", []string{"Magnum Photos", "Magnum"}},
	{"Panos Pictures", []string{"Panos Pictures", "Panos"}},
	{"Redux", []string{"Redux", "Redux Pictures"}},
	{"Polaris", []string{"Polaris", "Polaris Images"}},
	{"Corbis", []string{"Corbis"}},
	{"Sportsfile", []string{"Sportsfile"}},
	{"USA Today Sports", []string{"USA TODAY Sports", "USA Today Sports", "USA TODAY NETWORK"}},
	{"Icon Sportswire", []string{"Icon Sportswire"}},
	{"NTB", []string{"NTB", "NTB Scanpix"}},
	{"TT", []string{"TT", "TT News Agency"}},
	{"Ritzau Scanpix", []string{"Ritzau", "Ritzau Scanpix"}},
	{"Lehtikuva", []string{"Lehtikuva"}},
	{"ANP", []string{"ANP"}},
	{"Belga", []string{"Belga"}},
	{"APA", []string{"APA", "Austria Presse Agentur"}},
	{"Keystone", []string{"Keystone", "Keystone-SDA"}},
	{"Lusa", []string{"Lusa"}},
	{"Agência Brasil", []string{"Agência Brasil", "Agencia Brasil"}},
	{"Europa Press", []string{"Europa Press"}},
	{"Ukrinform", []string{"Ukrinform"}},
	{"UNIAN", []string{"UNIAN"}},
	{"IRNA", []string{"IRNA"}},
	{"WAFA", []string{"WAFA"}},
	{"KCNA", []string{"KCNA", "Korean Central News Agency"}},
	{"CNA", []string{"CNA", "Central News Agency"}},
	{"Bernama", []string{"Bernama"}},
	{"Antara", []string{"Antara", "Antara Foto"}},
	{"NASA", []string{"NASA"}},
	{"ESA", []string{"ESA"}},
	{"Statista", []string{"Statista"}}, // charts: "... for medical use. Statista"
}

// agencyByAlias maps every lower-cased alias to its agency's canonical name.
// It is built once from the table above and never written afterwards.
var agencyByAlias = func() map[string]string {
	m := make(map[string]string)
	for _, a := range agencies {
		for _, alias := range a.aliases {
			m[strings.ToLower(alias)] = a.name
		}
	}
	return m
}()

// AgencyOf returns the agency an alias names, in any letter case.
func AgencyOf(s string) (string, bool) {
	// Lower-casing shortens a text to a third at most (U+212A KELVIN SIGN becomes
	// "k"), so a much longer text is no alias.
	if len(s) > 3*maxAliasLen {
		return "", false
	}
	// Lowering maps character by character, so a text whose first characters lower
	// to more bytes than the longest alias is no alias either: only so much is
	// lowered, and the key stays in the buffer on the stack.
	var buf ascii.KeyBuf
	key := ascii.LowerPrefix(buf[:0], s, maxAliasLen+1)
	if len(key) > maxAliasLen {
		return "", false
	}
	name, ok := agencyByAlias[string(key)]
	return name, ok
}

// maxAliasLen is the length of the longest lower-cased alias.
var maxAliasLen = func() int {
	n := 0
	for k := range agencyByAlias {
		n = max(n, len(k))
	}
	return n
}()

// AgencyNamed returns the agency a text names alone, brackets and a closing stop
// aside ("(AFP)", "Reuters."), and whether it names one.
func AgencyNamed(s string) (string, bool) {
	return AgencyOf(strings.Trim(s, "()[]. "))
}

// IsAgency reports a text that names an agency alone (AgencyNamed).
func IsAgency(s string) bool {
	_, ok := AgencyNamed(s)
	return ok
}
