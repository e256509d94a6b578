// Command beam parses the news pages of WARC files at cluster scale with an Apache Beam
// pipeline: match the WARC files → parse every 200 HTML response → write JSONL shards.
// Each line is the one the warc command writes for the same record (both call
// internal/warcparse); within and across shards the lines come in no particular order.
//
// Locally, on the SDK's Prism runner:
//
//	go run ./beam -input 'crawl/*.warc.gz' -output out/articles
//
// On Dataflow, Flink or Spark: see "At scale" in the repository's README. Paths may be
// local or use the SDK's gs:// and s3:// filesystems.
package main

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newsparse/newsparse/examples/internal/warcparse"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string), error](&parseWARCFn{})
	register.Emitter1[string]()
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Emitter2[int, string]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// parseWARCFn reads one WARC file and emits a JSON line per HTML response.
type parseWARCFn struct{}

// ProcessElement hands the raw bytes to warcparse, which reads gzip members itself (the
// file is matched with fileio.ReadUncompressed), exactly as the warc command does.
func (fn *parseWARCFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = rc.Close() }()
	_, err = warcparse.Each(rc, func(line []byte) error {
		emit(string(line))
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", file.Metadata.Path, err)
	}
	return nil
}

// shardFn keys each line by a hash of its text, so a line lands in the same shard on
// every run and the shards come out about equal.
type shardFn struct {
	Shards int `json:"shards"`
}

// ProcessElement emits (shard, line).
func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	_, _ = h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// writeShardFn writes the lines of one shard to PREFIX-SSSSS-of-NNNNN.jsonl through the
// SDK's filesystems (local, gs://, s3://).
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

// ProcessElement writes one shard's file.
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer func() { _ = fs.Close() }()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	var line string
	for lines(&line) {
		if _, err := fmt.Fprintln(w, line); err != nil {
			_ = w.Close()
			return err
		}
	}
	return w.Close()
}

// ShardName is the file a shard is written to. A shard that gets no line is not written.
func ShardName(prefix string, shard, shards int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, shard, shards)
}

// Build adds the pipeline to s: the WARC files matching glob are parsed and written as
// JSONL to shards files named by ShardName.
func Build(s beam.Scope, glob, prefix string, shards int) {
	files := fileio.MatchFiles(s, glob)
	// Uncompressed: a .warc.gz is a series of gzip members, one per record, which the
	// WARC reader takes apart itself.
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	lines := beam.ParDo(s, &parseWARCFn{}, readable)
	keyed := beam.ParDo(s.Scope("shard"), &shardFn{Shards: shards}, lines)
	beam.ParDo0(s.Scope("write"), &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

func main() {
	input := flag.String("input", "", "WARC files to read: a path or glob, local, gs:// or s3://")
	output := flag.String("output", "", "output prefix: shards are PREFIX-SSSSS-of-NNNNN.jsonl")
	shards := flag.Int("shards", 4, "number of output shards")
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" || *shards < 1 {
		log.Fatal("usage: beam -input GLOB -output PREFIX [-shards N] [-runner ...]")
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, *input, *output, *shards)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
