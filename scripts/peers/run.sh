#!/usr/bin/env bash
# PolicyParse against the peer a user would otherwise run — Java Lucene 4.10 with SmartChineseAnalyzer,
# and with StandardAnalyzer (one token per Han character, the cheapest Lucene does); bare Lucene.Net with
# each, and with our analyzer alone — on one realistic archive of text notices, then the service under
# load, and prints the results table.
#   scripts/peers/run.sh [NOTICES] [THREADS]      default 10000 notices, 2 threads; not part of CI
# Whole processes, as a user runs them (start-up included), one at a time, same disk, same threads.
# The archive, the indexes and the query file stay in PEERS_DIR (default: a folder under /tmp).
set -euo pipefail
cd "$(dirname "$0")/../.."
notices=${1:-10000}
threads=${2:-2}
work=${PEERS_DIR:-/tmp/policyparse-peers}
mkdir -p "$work"
if ! ls /usr/share/java/lucene-analyzers-smartcn-4.10.4.jar > /dev/null 2>&1 || ! command -v javac > /dev/null; then
  SUDO=$(command -v sudo > /dev/null && [ "$(id -u)" != 0 ] && echo sudo || true)
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jdk-headless liblucene4.10-java > /dev/null
fi
jars=/usr/share/java
cp="$jars/lucene-core-4.10.4.jar:$jars/lucene-analyzers-common-4.10.4.jar:$jars/lucene-analyzers-smartcn-4.10.4.jar:$jars/lucene-queryparser-4.10.4.jar"
javac -nowarn -cp "$cp" -d "$work" scripts/peers/LuceneArchive.java 2> /dev/null
dotnet build -c Release src/PolicyParse.Cli > /dev/null
dotnet build -c Release benchmarks/PolicyParse.Benchmarks > /dev/null
cli="dotnet src/PolicyParse.Cli/bin/Release/net10.0/PolicyParse.Cli.dll"
bench="dotnet benchmarks/PolicyParse.Benchmarks/bin/Release/net10.0/PolicyParse.Benchmarks.dll"
java="java -cp $cp:$work LuceneArchive"

archive="$work/archive-$notices"
queries="$archive.queries.txt"
if [ ! -f "$queries" ]; then
  rm -rf "$archive"
  $bench generate "$notices" "$archive" txt=100 | tee "$archive.description.txt"
fi
text_mb=$(du -sbL "$archive" | awk '{printf "%.0f", $1 / 1048576}')
# Every indexer reads the archive from the page cache: the first would otherwise also pay for the disk.
find "$archive" -type f -exec cat {} + > /dev/null

# name, command...: runs the command under /usr/bin/time; sets seconds and peak RSS (MB)
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
          read -r seconds rss_kb < "$work/time"; rss=$((rss_kb / 1024)); }
row() { printf '| %s | %s | %.1f s | %.0f | %.1f | %s MB | %s MB |\n' "$1" "$notices" "$seconds" \
          "$(echo "$notices / $seconds" | bc -l)" "$(echo "$text_mb / $seconds" | bc -l)" "$rss" "$(du -sm "$2" | cut -f1)"; }

echo "| indexer | notices | wall time | notices/s | MB of text/s | peak RSS | index size |"
echo "|---|---|---|---|---|---|---|"
rm -rf "$work/ours"; timed $cli index "$archive" --index "$work/ours" --threads "$threads"; row "PolicyParse (parse, tasks, facets, links)" "$work/ours"
for analyzer in smartcn standard; do
  rm -rf "$work/java-$analyzer"; timed $java index "$analyzer" "$archive" "$work/java-$analyzer" "$threads"; row "Java Lucene 4.10 + $analyzer" "$work/java-$analyzer"
done
# The .NET peer, the same title and body documents as the Java indexer; with jieba, our analyzer alone.
for analyzer in smartcn standard jieba; do
  rm -rf "$work/net-$analyzer"; timed $bench lucene-net "$analyzer" "$archive" "$work/net-$analyzer" "$threads"; row "Lucene.Net 4.8 + $analyzer (title and body only)" "$work/net-$analyzer"
done

echo
echo "| searcher ($(grep -c . "$queries") queries × 10 rounds, after 20 s warm) | p50 | p99 | max |"
echo "|---|---|---|---|"
ours=$($bench latency "$work/ours" "$queries" | grep -o 'p50 [0-9.]* ms, p99 [0-9.]* ms, max [0-9.]* ms')
echo "| PolicyParse, notices with facets and snippets | $(echo "$ours" | sed -E 's/p50 ([0-9.]*) ms, p99 ([0-9.]*) ms, max ([0-9.]*) ms/\1 ms | \2 ms | \3 ms/') |"
for analyzer in smartcn standard; do
  java_out=$($java search "$analyzer" "$work/java-$analyzer" "$queries")
  echo "| Java IndexSearcher top 10 + $analyzer | $(echo "$java_out" | sed -E 's/.*p50_ms=([0-9.]*) p99_ms=([0-9.]*) max_ms=([0-9.]*)/\1 ms | \2 ms | \3 ms/') |"
done

echo
port=$((20000 + RANDOM % 20000))
$cli serve --index "$work/ours" --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/api/search?q=x" > /dev/null && break; sleep 1; done
status_mb() { awk -v k="$1:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }
echo "service on the index, idle after start: RSS $(status_mb VmRSS) MB"
# RSS counts the pages of the memory-mapped index that searches read (RssFile: shared with the page
# cache, given back under memory pressure) beside the process's own memory (RssAnon).
echo "| clients | requests/s | p50 | p99 | max | errors | RSS after | of which mapped index | peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|"
for clients in 1 4 16; do
  load=$($bench load "http://127.0.0.1:$port" "$clients" 30 "$queries" || true)
  echo "| $clients | $(echo "$load" | sed -E 's/.*requests_per_s=([0-9]*) p50_ms=([0-9.]*) p99_ms=([0-9.]*) max_ms=([0-9.]*) errors=([0-9]*)/\1 | \2 ms | \3 ms | \4 ms | \5/') | $(status_mb VmRSS) MB | $(status_mb RssFile) MB | $(status_mb VmHWM) MB |"
done
