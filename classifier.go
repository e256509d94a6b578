package newsparse

import (
	"iter"
	"time"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/newsparse/newsparse/internal/htmldom"
)

// The classifier is moving into internal/classify, a piece at a time: its reading of
// single lines is there (the furniture phrases, the caption cues and caption shapes,
// the dateline and byline readers, the headline's line shapes, Form and the comment
// thread); the roles of a page's blocks stay here until the block moves. These are
// the root's names for what moved, which the rest of the classifier and the HTML
// reader call.

// reasonOf converts the classifier's reason to the public one of the same word.
func reasonOf(r classify.Reason) Reason { return Reason(r.String()) }

// hasCaptionCue is classify.HasCaptionCue.
func hasCaptionCue(s string) bool { return classify.HasCaptionCue(s) }

// numericOrder is the order of day and month in a page's numeric dates.
type numericOrder = classify.NumericOrder

// The orders of day and month.
const (
	orderDayFirst   = classify.OrderDayFirst
	orderMonthFirst = classify.OrderMonthFirst
)

// parseDateline is classify.ParseDateline.
func parseDateline(line string) (time.Time, float64, bool) { return classify.ParseDateline(line) }

// parseDatelineIn is classify.ParseDatelineIn.
func parseDatelineIn(line string, order numericOrder) (time.Time, float64, bool) {
	return classify.ParseDatelineIn(line, order)
}

// parseDatelineDatesIn is classify.ParseDatelineDatesIn.
func parseDatelineDatesIn(line string, order numericOrder) (pub, mod time.Time, share float64) {
	return classify.ParseDatelineDatesIn(line, order)
}

// pageNumericOrder is classify.PageNumericOrder on the page's declared languages as
// the metadata writes them ("en_US", "de, en"), read as BCP 47 tags.
func pageNumericOrder(texts iter.Seq[string], langs ...string) numericOrder {
	// A page declares a few languages (the HTML reader gives four): the tags stay
	// on the stack.
	var buf [4]string
	tags := buf[:0]
	for _, l := range langs {
		tags = append(tags, htmldom.BCP47(l))
	}
	return classify.PageNumericOrder(texts, tags...)
}

// hasDateLabel is classify.HasDateLabel.
func hasDateLabel(line string) bool { return classify.HasDateLabel(line) }

// parseByline is classify.ParseByline.
func parseByline(line string) (names []string, explicit bool) { return classify.ParseByline(line) }

// parseExplicitByline is classify.ParseExplicitByline.
func parseExplicitByline(line string) []string { return classify.ParseExplicitByline(line) }

// bylineLabel is classify.BylineLabel.
func bylineLabel(line string) (label, reviewer bool) { return classify.BylineLabel(line) }

// isBylineLabel is classify.IsBylineLabel.
func isBylineLabel(line string) bool { return classify.IsBylineLabel(line) }

// readsAsName is classify.ReadsAsName.
func readsAsName(s string) bool { return classify.ReadsAsName(s) }

// looksLikeBylineStart is classify.LooksLikeBylineStart.
func looksLikeBylineStart(s string) bool { return classify.LooksLikeBylineStart(s) }

// opensWithNumericDate is classify.OpensWithNumericDate.
func opensWithNumericDate(s string) bool { return classify.OpensWithNumericDate(s) }

// maxDatelineWords is classify.MaxDatelineWords.
const maxDatelineWords = classify.MaxDatelineWords

// commentThread is classify.CommentThread on the blocks' texts.
func commentThread(blocks []block.Block, forms []form, first int) (start, end int) {
	return classify.CommentThread(forms, func(i int) string { return blocks[i].Text }, first)
}

// isDateline is classify.IsDateline.
func isDateline(f form, s string) bool { return classify.IsDateline(f, s) }

// nameThenDate is classify.NameThenDate.
func nameThenDate(s, name string) bool { return classify.NameThenDate(s, name) }

// isBylineShaped is classify.IsBylineShaped.
func isBylineShaped(s string) bool { return classify.IsBylineShaped(s) }

// afterSeparatedOpener is classify.AfterSeparatedOpener.
func afterSeparatedOpener(s string) string { return classify.AfterSeparatedOpener(s) }

// isJobTitleLine is classify.IsJobTitleLine.
func isJobTitleLine(s string, f form) bool { return classify.IsJobTitleLine(s, f) }

// headingShaped is classify.HeadingShaped.
func headingShaped(s string, f form) bool { return classify.HeadingShaped(s, f) }

// numberedHeading is classify.NumberedHeading.
func numberedHeading(s string) bool { return classify.NumberedHeading(s) }

// endsWithStop is classify.EndsWithStop.
func endsWithStop(s string) bool { return classify.EndsWithStop(s) }

// endsWithName is classify.EndsWithName.
func endsWithName(s string) bool { return classify.EndsWithName(s) }

// carriesCredit is classify.CarriesCredit.
func carriesCredit(s string) bool { return classify.CarriesCredit(s) }

// maxHeadingShapedWords is classify.MaxHeadingShapedWords.
const maxHeadingShapedWords = classify.MaxHeadingShapedWords

// listNumber is classify.ListNumber.
func listNumber(s string) (int, bool) { return classify.ListNumber(s) }

// opensWithImageMark is classify.OpensWithImageMark.
func opensWithImageMark(s string) bool { return classify.OpensWithImageMark(s) }

// hasClockTime is classify.HasClockTime.
func hasClockTime(s string) bool { return classify.HasClockTime(s) }

// hasControlMark is classify.HasControlMark.
func hasControlMark(s string) bool { return classify.HasControlMark(s) }

// announcesList is classify.AnnouncesList.
func announcesList(s string) bool { return classify.AnnouncesList(s) }

// isNamesLine is classify.IsNamesLine.
func isNamesLine(f form, t string) bool { return classify.IsNamesLine(f, t) }

// severalSentences is classify.SeveralSentences.
func severalSentences(f form, t string) bool { return classify.SeveralSentences(f, t) }

// containsWord is classify.ContainsWord.
func containsWord(s, w string) bool { return classify.ContainsWord(s, w) }

// runsIntoTitle is classify.RunsIntoTitle.
func runsIntoTitle(s string, names []string) bool { return classify.RunsIntoTitle(s, names) }

// wholeNames is classify.WholeNames.
func wholeNames(s string, names []string) bool { return classify.WholeNames(s, names) }

// opensWithPerson is classify.OpensWithPerson.
func opensWithPerson(s, name string) bool { return classify.OpensWithPerson(s, name) }

// breadcrumbReach is classify.BreadcrumbReach.
const breadcrumbReach = classify.BreadcrumbReach

// breadcrumbAbove is classify.BreadcrumbAbove.
func breadcrumbAbove(blocks []block.Block, i, limit int) bool {
	return classify.BreadcrumbAbove(blocks, i, limit)
}

// breadcrumbTarget is classify.BreadcrumbTarget.
func breadcrumbTarget(blocks []block.Block, i, limit int) int {
	return classify.BreadcrumbTarget(blocks, i, limit)
}

// crumbUnder is classify.CrumbUnder.
func crumbUnder(blocks []block.Block, i int) int { return classify.CrumbUnder(blocks, i) }

// restatesAbove is classify.RestatesAbove.
func restatesAbove(blocks []block.Block, i int) bool { return classify.RestatesAbove(blocks, i) }

// cutAtBio is classify.CutAtBio.
func cutAtBio(blocks []block.Block, forms []form, first, last int) {
	classify.CutAtBio(blocks, forms, first, last)
}

// undoubleNames is classify.UndoubleNames.
func undoubleNames(names []string) []string { return classify.UndoubleNames(names) }

// dropFarBylines is classify.DropFarBylines.
func dropFarBylines(blocks []block.Block, preset []bool, head, first int) {
	classify.DropFarBylines(blocks, preset, head, first)
}

// dropCommonPhrases is classify.DropCommonPhrases.
func dropCommonPhrases(blocks []block.Block, forms []form, preset []bool) {
	classify.DropCommonPhrases(blocks, forms, preset)
}

// allWordsInProse is classify.AllWordsInProse.
func allWordsInProse(blocks []block.Block, forms []form, name string) bool {
	return classify.AllWordsInProse(blocks, forms, name)
}

// dated is classify.Dated.
func dated(blocks []block.Block, i int) bool { return classify.Dated(blocks, i) }

// otherLabelledNames is classify.OtherLabelledNames.
func otherLabelledNames(blocks []block.Block, best int, names []string) bool {
	return classify.OtherLabelledNames(blocks, best, names)
}

// namedElsewhere is classify.NamedElsewhere.
func namedElsewhere(blocks []block.Block, i int, name string) bool {
	return classify.NamedElsewhere(blocks, i, name)
}

// sameNames is classify.SameNames.
func sameNames(a, b []string) bool { return classify.SameNames(a, b) }

// isParagraphRole is classify.IsParagraphRole.
func isParagraphRole(r block.Role) bool { return classify.IsParagraphRole(r) }
