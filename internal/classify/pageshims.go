package classify

import (
	"time"

	"github.com/newsparse/newsparse/internal/ascii"
	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/credit"
	"github.com/newsparse/newsparse/internal/textdump"
)

// The page rules (pageroles.go and the other page*.go files) moved here from the root
// package, where they called the readers of this package and of internal/ascii and
// internal/textdump by the root's short names. These are those names, kept for the
// move so that the rules' lines stay as they were.

// form is what a block's text says about it (Form).
type form = Form

// readForm is ReadForm.
func readForm(s string) form { return ReadForm(s) }

// maxCaptionRepeats bounds how many copies of a caption line (alt text, caption,
// title attribute) the caption rule looks past for the credit after them.
const maxCaptionRepeats = 4

// readCredit reads a credit both readers found (credit.Parse) in the form a block
// carries it, or nil when nothing but a label or brackets is left.
func readCredit(s string) *credit.Credit {
	c, ok := credit.Parse(s)
	if !ok {
		return nil
	}
	return &c
}

// hasCaptionCue is HasCaptionCue.
func hasCaptionCue(s string) bool { return HasCaptionCue(s) }

// parseDateline is ParseDateline.
func parseDateline(line string) (time.Time, float64, bool) { return ParseDateline(line) }

// bylineLabel is BylineLabel.
func bylineLabel(line string) (label, reviewer bool) { return BylineLabel(line) }

// isBylineLabel is IsBylineLabel.
func isBylineLabel(line string) bool { return IsBylineLabel(line) }

// looksLikeBylineStart is LooksLikeBylineStart.
func looksLikeBylineStart(s string) bool { return LooksLikeBylineStart(s) }

// opensWithNumericDate is OpensWithNumericDate.
func opensWithNumericDate(s string) bool { return OpensWithNumericDate(s) }

// maxDatelineWords is MaxDatelineWords.
const maxDatelineWords = MaxDatelineWords

// commentThread is CommentThread on the blocks' texts.
func commentThread(blocks []block.Block, forms []form, first int) (start, end int) {
	return CommentThread(forms, func(i int) string { return blocks[i].Text }, first)
}

// isDateline is IsDateline.
func isDateline(f form, s string) bool { return IsDateline(f, s) }

// nameThenDate is NameThenDate.
func nameThenDate(s, name string) bool { return NameThenDate(s, name) }

// isBylineShaped is IsBylineShaped.
func isBylineShaped(s string) bool { return IsBylineShaped(s) }

// afterSeparatedOpener is AfterSeparatedOpener.
func afterSeparatedOpener(s string) string { return AfterSeparatedOpener(s) }

// isJobTitleLine is IsJobTitleLine.
func isJobTitleLine(s string, f form) bool { return IsJobTitleLine(s, f) }

// headingShaped is HeadingShaped.
func headingShaped(s string, f form) bool { return HeadingShaped(s, f) }

// numberedHeading is NumberedHeading.
func numberedHeading(s string) bool { return NumberedHeading(s) }

// endsWithStop is EndsWithStop.
func endsWithStop(s string) bool { return EndsWithStop(s) }

// endsWithName is EndsWithName.
func endsWithName(s string) bool { return EndsWithName(s) }

// carriesCredit is CarriesCredit.
func carriesCredit(s string) bool { return CarriesCredit(s) }

// maxHeadingShapedWords is MaxHeadingShapedWords.
const maxHeadingShapedWords = MaxHeadingShapedWords

// listNumber is ListNumber.
func listNumber(s string) (int, bool) { return ListNumber(s) }

// opensWithImageMark is OpensWithImageMark.
func opensWithImageMark(s string) bool { return OpensWithImageMark(s) }

// hasClockTime is HasClockTime.
func hasClockTime(s string) bool { return HasClockTime(s) }

// hasControlMark is HasControlMark.
func hasControlMark(s string) bool { return HasControlMark(s) }

// announcesList is AnnouncesList.
func announcesList(s string) bool { return AnnouncesList(s) }

// isNamesLine is IsNamesLine.
func isNamesLine(f form, t string) bool { return IsNamesLine(f, t) }

// severalSentences is SeveralSentences.
func severalSentences(f form, t string) bool { return SeveralSentences(f, t) }

// containsWord is ContainsWord.
func containsWord(s, w string) bool { return ContainsWord(s, w) }

// runsIntoTitle is RunsIntoTitle.
func runsIntoTitle(s string, names []string) bool { return RunsIntoTitle(s, names) }

// wholeNames is WholeNames.
func wholeNames(s string, names []string) bool { return WholeNames(s, names) }

// opensWithPerson is OpensWithPerson.
func opensWithPerson(s, name string) bool { return OpensWithPerson(s, name) }

// breadcrumbReach is BreadcrumbReach.
const breadcrumbReach = BreadcrumbReach

// breadcrumbAbove is BreadcrumbAbove.
func breadcrumbAbove(blocks []block.Block, i, limit int) bool {
	return BreadcrumbAbove(blocks, i, limit)
}

// breadcrumbTarget is BreadcrumbTarget.
func breadcrumbTarget(blocks []block.Block, i, limit int) int {
	return BreadcrumbTarget(blocks, i, limit)
}

// crumbUnder is CrumbUnder.
func crumbUnder(blocks []block.Block, i int) int { return CrumbUnder(blocks, i) }

// restatesAbove is RestatesAbove.
func restatesAbove(blocks []block.Block, i int) bool { return RestatesAbove(blocks, i) }

// cutAtBio is CutAtBio.
func cutAtBio(blocks []block.Block, forms []form, first, last int) {
	CutAtBio(blocks, forms, first, last)
}

// undoubleNames is UndoubleNames.
func undoubleNames(names []string) []string { return UndoubleNames(names) }

// dropFarBylines is DropFarBylines.
func dropFarBylines(blocks []block.Block, preset []bool, head, first int) {
	DropFarBylines(blocks, preset, head, first)
}

// dropCommonPhrases is DropCommonPhrases.
func dropCommonPhrases(blocks []block.Block, forms []form, preset []bool) {
	DropCommonPhrases(blocks, forms, preset)
}

// allWordsInProse is AllWordsInProse.
func allWordsInProse(blocks []block.Block, forms []form, name string) bool {
	return AllWordsInProse(blocks, forms, name)
}

// dated is Dated.
func dated(blocks []block.Block, i int) bool { return Dated(blocks, i) }

// otherLabelledNames is OtherLabelledNames.
func otherLabelledNames(blocks []block.Block, best int, names []string) bool {
	return OtherLabelledNames(blocks, best, names)
}

// namedElsewhere is NamedElsewhere.
func namedElsewhere(blocks []block.Block, i int, name string) bool {
	return NamedElsewhere(blocks, i, name)
}

// sameNames is SameNames.
func sameNames(a, b []string) bool { return SameNames(a, b) }

// isParagraphRole is IsParagraphRole.
func isParagraphRole(r block.Role) bool { return IsParagraphRole(r) }

// keyBuf is room for a look-up key on the stack (ascii.KeyBuf).
type keyBuf = ascii.KeyBuf

// appendToLower is ascii.AppendToLower: strings.ToLower(s) appended to buf.
func appendToLower(buf []byte, s string) []byte { return ascii.AppendToLower(buf, s) }

// isUpperCased is ascii.IsUpperCased.
func isUpperCased(s string) bool { return ascii.IsUpperCased(s) }

// hasPrefixFold is ascii.HasPrefixFold.
func hasPrefixFold(s, prefix string) bool { return ascii.HasPrefixFold(s, prefix) }

// hasSuffixFold is ascii.HasSuffixFold.
func hasSuffixFold(s, suffix string) bool { return ascii.HasSuffixFold(s, suffix) }

// indexFold is ascii.IndexFold.
func indexFold(s, sub string) int { return ascii.IndexFold(s, sub) }

// equalFoldAny is ascii.EqualFoldAny.
func equalFoldAny(s string, words ...string) bool { return ascii.EqualFoldAny(s, words...) }

// isASCIILetter is ascii.IsLetter.
func isASCIILetter(c byte) bool { return ascii.IsLetter(c) }

// letterCount is ascii.LetterCount.
func letterCount(s string) int { return ascii.LetterCount(s) }

// containsAny is ascii.ContainsAny.
func containsAny(s, chars string) bool { return ascii.ContainsAny(s, chars) }

// readBlockForm is readForm on a block's text, with the furniture reason the front
// end read off it when it did.
func readBlockForm(b *block.Block) form {
	if b.FurnitureRead {
		return ReadFormFurniture(b.Text, b.Furniture)
	}
	return readForm(b.Text)
}

// wordCount is ascii.WordCount.
func wordCount(s string) int { return ascii.WordCount(s) }

// endsSentence is ascii.EndsSentence.
func endsSentence(s string) bool { return ascii.EndsSentence(s) }

// numberedPrefix is textdump.NumberedPrefix.
func numberedPrefix(s string) int { return textdump.NumberedPrefix(s) }

// stripHeadingMark is textdump.StripHeadingMark.
func stripHeadingMark(l string) string { return textdump.StripHeadingMark(l) }

// withinRegion narrows the body span first..last to the page's prose region
// (textdump.FindRegion), read off the blocks and the classifier's forms of them.
func withinRegion(blocks []block.Block, forms []form, first, last int) (int, int) {
	lines := make([]textdump.Line, len(blocks))
	for i := range lines {
		f := &forms[i]
		lines[i] = textdump.Line{Text: blocks[i].Text, Words: f.Words, Prose: f.Prose, Sentence: f.Sentence,
			Furniture: f.Furniture != NoReason, URL: f.URL, Bullet: f.Bullet > 0, Credit: f.Credit >= 2}
	}
	r := textdump.FindRegion(lines, first, last)
	return r.First, r.Last
}

// wholePageLead is the fewest short lines before the article's prose that mark a dump
// of the whole page (textdump.WholePageLead).
const wholePageLead = textdump.WholePageLead

// shortLinesBetween is textdump.ShortLinesBetween on forms.
func shortLinesBetween(forms []form, from, to int) int {
	return textdump.ShortLinesBetween(from, to, func(i int) bool { return forms[i].Prose })
}

// inBrokenSentence is textdump.InBrokenSentence on blocks.
func inBrokenSentence(blocks []block.Block, i int) bool {
	return textdump.InBrokenSentence(len(blocks), i, func(k int) string { return blocks[k].Text })
}
