#!/usr/bin/env bash
# Compares PolicyParse's Chinese analyzer with Lucene's SmartChineseAnalyzer (Java, Lucene 4.10 from
# Debian) on the corpus notices: word-boundary agreement, organ names and policy terms they cut
# differently, and SmartCn's speed on the same text. Not part of CI. Needs root for apt-get.
# Day to day, `policyparse analyze --against smartcn --file F...` gives the same agreement figures
# with Lucene.Net's SmartCn, in .NET (tested in CI); this script stays for Java's own SmartCn.
set -euo pipefail
cd "$(dirname "$0")/../.."
apt-get install -y default-jdk-headless liblucene4.10-java > /dev/null
build="$(mktemp -d)"
cp=/usr/share/java/lucene-core-4.10.4.jar:/usr/share/java/lucene-analyzers-common-4.10.4.jar:/usr/share/java/lucene-analyzers-smartcn-4.10.4.jar
javac -cp "$cp" -d "$build" scripts/smartcn/SmartCnTokens.java
dotnet build src/PolicyParse.Cli -c Release > /dev/null
files=$(ls corpus/*.txt | grep -v -e LICENSE)
SMARTCN_CP="$cp:$build" SMARTCN_BUILD="$PWD" POLICYPARSE_CLI="dotnet src/PolicyParse.Cli/bin/Release/net10.0/PolicyParse.Cli.dll" \
    python3 scripts/smartcn/compare.py $files
cat $files > "$build/all.txt"
java -cp "$cp:$build" SmartCnTokens --speed $files
dotnet src/PolicyParse.Cli/bin/Release/net10.0/PolicyParse.Cli.dll analyze --file "$build/all.txt" --stats
