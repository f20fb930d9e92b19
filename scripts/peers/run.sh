#!/usr/bin/env bash
# PolicyParse against the peer a user would otherwise run — Java Lucene 4.10 with SmartChineseAnalyzer,
# and with StandardAnalyzer (one token per Han character, the cheapest Lucene does); bare Lucene.Net with
# each, and with our analyzer alone — on one realistic archive of text notices, then the service under
# load, and prints the results table.
#   scripts/peers/run.sh [NOTICES] [THREADS]      default 10000 notices, 2 threads; not part of CI
# Whole processes, as a user runs them (start-up included), one at a time, same disk, same threads.
# PEERS_ROUNDS=N (default 1) indexes N times with every indexer, in turn, and reports each one's fastest
# run: on a shared machine whose speed drifts over minutes, no indexer's row is decided by a slow spell.
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

# command...: runs the command under /usr/bin/time; sets seconds and peak RSS (MB)
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
          read -r seconds rss_kb < "$work/time"; rss=$((rss_kb / 1024)); }

# Every indexer: its row's name, its index folder, its command (split at spaces: paths without spaces).
names=("PolicyParse (parse, tasks, facets, links)" "Java Lucene 4.10 + smartcn" "Java Lucene 4.10 + standard")
folders=("$work/ours" "$work/java-smartcn" "$work/java-standard")
commands=("$cli index $archive --index $work/ours --threads $threads"
          "$java index smartcn $archive $work/java-smartcn $threads"
          "$java index standard $archive $work/java-standard $threads")
# The .NET peer, the same title and body documents as the Java indexer; with jieba, our analyzer alone.
for analyzer in smartcn standard jieba; do
  names+=("Lucene.Net 4.8 + $analyzer (title and body only)"); folders+=("$work/net-$analyzer")
  commands+=("$bench lucene-net $analyzer $archive $work/net-$analyzer $threads")
done
best_seconds=(); best_rss=()
for _ in $(seq "${PEERS_ROUNDS:-1}"); do
  for i in "${!names[@]}"; do
    rm -rf "${folders[$i]}"; timed ${commands[$i]}
    if [ -z "${best_seconds[$i]:-}" ] || (( $(echo "$seconds < ${best_seconds[$i]}" | bc -l) )); then
      best_seconds[$i]=$seconds; best_rss[$i]=$rss
    fi
  done
done

echo "| indexer | notices | wall time | notices/s | MB of text/s | peak RSS | index size |"
echo "|---|---|---|---|---|---|---|"
for i in "${!names[@]}"; do
  seconds=${best_seconds[$i]}
  printf '| %s | %s | %.1f s | %.0f | %.1f | %s MB | %s MB |\n' "${names[$i]}" "$notices" "$seconds" \
    "$(echo "$notices / $seconds" | bc -l)" "$(echo "$text_mb / $seconds" | bc -l)" "${best_rss[$i]}" "$(du -sm "${folders[$i]}" | cut -f1)"
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
