package figures

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/testinput"
)

// benchArticle is a news article written for this benchmark, with figures about as
// often as real reporting has them.
const benchArticle = `Commuters across the city faced a second day of disruption on Wednesday as bus and tram drivers walked out over pay, leaving stations shuttered and roads choked with traffic from early morning.
The transport authority said that about 1,800 drivers had joined the strike, which the union called after talks collapsed late on Monday night. Managers had offered a rise of 4 per cent, well short of the union's demand.
"Our members have not had a real increase in years, and they are tired of being told to wait," the union's regional secretary, Maria Fernandes, told a rally outside the depot. She said the dispute could run until the end of the month.
Only a handful of routes were running by mid-morning, most of them staffed by supervisors. Queues at taxi ranks stretched around the block, and cycle hire docks in the centre were empty before breakfast.
Shopkeepers in the old town said trade had fallen sharply. One café owner, who asked not to be named, said takings were down by half compared with an ordinary Wednesday and that two of her staff had been unable to get to work.
Hospital managers asked non-urgent patients to postpone appointments, and schools reported that attendance had dropped, with some secondary schools closing early so that pupils could walk home in daylight.
The authority's chief executive said the strike was costing the network around £2m a day in lost fares and that the offer on the table was the most the budget could bear without cutting services.
The last comparable walkout, in 2011, lasted 11 days and ended with a deal brokered by the regional government. Union officials said they hoped it would not come to that, but that members were ready to stay out.
Talks are due to resume on Friday at the headquarters of the conciliation service, officials said, although neither side expected a quick settlement.
`

// benchProse is news prose written for this benchmark: numbers of every kind mixed with
// the dates, names and ordinals the extractor must pass over.
const benchProse = `Flooding across the northern provinces has killed at least 212 people and forced more than 40,000 from their homes, the national disaster agency said on Tuesday.
The agency's spokesman, Daniel Okafor, 52, told reporters that rescue teams had reached 14 of the 19 cut-off villages and that about 3,500 soldiers were helping.
Rainfall in the region reached 310mm in 48 hours, nearly three times the monthly average, according to the meteorological office.
The government has pledged £45m in emergency aid, while the World Bank approved a $1.2bn loan on March 3, 2024, to rebuild roads and bridges.
Officials estimated that roughly two-thirds of the damaged homes were uninsured and that repairs could take up to five years.
"We lost everything in one night," said a 67-year-old farmer in Kano, whose 12-acre plot lay under 2 metres of water.
In the capital, prices of staple foods rose 8.5 per cent in a week, and fuel queues stretched for hundreds of metres.
Hundreds of volunteers joined the effort, and the Red Cross said one in five children in the camps showed signs of malnutrition.
The storm, the worst since 1998, came three weeks after a smaller flood in the same valley displaced between 2,000 and 3,000 people.
Local football was suspended after City beat United 3-1 on Saturday; the league said 11 matches would be replayed in the second half of the season.
Call the helpline on 0800 123 4567 or visit the agency's office at 14 Harbour Road before 5pm.
`

// BenchmarkExtract measures throughput on news prose and, when the evaluation
// suite is present, on its sentences.
func BenchmarkExtract(b *testing.B) {
	b.Run("article", func(b *testing.B) {
		benchmarkExtractFigures(b, strings.Split(strings.TrimSpace(benchArticle), "\n"))
	})
	b.Run("dense", func(b *testing.B) {
		benchmarkExtractFigures(b, strings.Split(strings.TrimSpace(benchProse), "\n"))
	})
	b.Run("corpus", func(b *testing.B) {
		var inputs []string
		for _, name := range []string{"news-dev.jsonl", "dev.jsonl"} {
			f, err := os.Open(figuresCorpusDir + name)
			if err != nil {
				b.Skip("figures corpus absent")
			}
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 1<<24)
			for sc.Scan() {
				var c struct{ Input string }
				if json.Unmarshal(sc.Bytes(), &c) == nil {
					inputs = append(inputs, c.Input)
				}
			}
			f.Close()
		}
		benchmarkExtractFigures(b, inputs)
	})
}

// benchmarkExtractFigures reads every input once per iteration; the bytes per second
// are over the inputs' size.
func benchmarkExtractFigures(b *testing.B, inputs []string) {
	testinput.Bench(b, inputs, func(s string) { _ = Extract(s) })
}
