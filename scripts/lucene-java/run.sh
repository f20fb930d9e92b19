#!/usr/bin/env bash
# Checks the corpus index with Java Lucene 4.10's CheckIndex (Debian liblucene4.10-java) and compares
# hit counts of exact-field queries between Java Lucene and PolicyParse. Not part of CI; needs root for apt-get.
set -euo pipefail
cd "$(dirname "$0")/../.."
apt-get install -y default-jdk-headless liblucene4.10-java > /dev/null
cli="dotnet src/PolicyParse.Cli/bin/Release/net10.0/PolicyParse.Cli.dll"
dotnet build src/PolicyParse.Cli -c Release > /dev/null
index="$(mktemp -d)/index"
$cli index corpus --index "$index" > /dev/null
core=/usr/share/java/lucene-core-4.10.4.jar
java -cp "$core" org.apache.lucene.index.CheckIndex "$index" | tail -3
build="$(mktemp -d)"
javac -cp "$core" -d "$build" scripts/lucene-java/IndexCounts.java
echo "== Java Lucene 4.10"
java -cp "$core:$build" IndexCounts "$index"
echo "== PolicyParse"
total() { python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
stats=$($cli stats --index "$index" --json)
echo "notices=$(echo "$stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["notices"])')"
echo "tasks=$(echo "$stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["tasks"])')"
echo "notices_docType_通知=$($cli search 'docType:通知' --index "$index" --json --top 1 | total)"
echo "notices_docNumber_台政办发〔2022〕4号=$($cli search 'docNumber:台政办发〔2022〕4号' --index "$index" --json --top 1 | total)"
echo "notices_year_2021=$($cli search 'year:2021' --index "$index" --json --top 1 | total)"
