#!/usr/bin/env python3
"""Compares word boundaries of PolicyParse's Chinese analyzer (search mode) with SmartCn's."""
import json, subprocess, sys, os

files = sys.argv[1:]
here = os.path.dirname(os.path.abspath(__file__))
classpath = os.environ['SMARTCN_CP']
cli = os.environ['POLICYPARSE_CLI'].split()

smart = {}
out = subprocess.run(['java', '-cp', classpath, 'SmartCnTokens'] + files, capture_output=True, text=True, check=True, cwd=os.environ['SMARTCN_BUILD']).stdout
for line in out.splitlines():
    d = json.loads(line)
    smart[d['file']] = [tuple(t) for t in d['tokens']]

lexicon = set()
for line in open(os.path.join(here, '..', '..', 'src', 'PolicyParse.Search', 'Analysis', 'Resources', 'gov-lexicon.txt'), encoding='utf-8'):
    line = line.strip()
    if line and not line.startswith('#'):
        lexicon.add(line.split()[0])
organ_suffixes = ('人民政府', '办公室', '办公厅', '委员会', '管委会', '办事处', '局', '委', '厅', '中心')

def is_han(c):
    return '\u4e00' <= c <= '\u9fff' or '\u3400' <= c <= '\u4dbf'

total_ours = total_smart = same_spans = 0
b_ours = b_smart = b_same = 0
disagreements = {}
for f in files:
    text = open(f, encoding='utf-8').read()
    ours = [(t['start'], t['end']) for t in json.loads(subprocess.run(cli + ['analyze', '--file', f, '--json'], capture_output=True, text=True, check=True).stdout)]
    # Compare on Han words only: both analyzers agree on Latin and digits by construction.
    ours = [s for s in ours if all(is_han(c) for c in text[s[0]:s[1]])]
    theirs = [s for s in smart[f] if all(is_han(c) for c in text[s[0]:s[1]])]
    so, st = set(ours), set(theirs)
    total_ours += len(so); total_smart += len(st); same_spans += len(so & st)
    bo = {e for _, e in so}; bt = {e for _, e in st}
    b_ours += len(bo); b_smart += len(bt); b_same += len(bo & bt)
    for s in so - st:
        word = text[s[0]:s[1]]
        if word in lexicon or word.endswith(organ_suffixes):
            split = [text[a:b] for a, b in sorted(st) if a >= s[0] and b <= s[1]]
            disagreements.setdefault(word, ' / '.join(split))

print(f"files={len(files)} han_tokens_ours={total_ours} han_tokens_smartcn={total_smart}")
print(f"token spans: precision={same_spans / total_ours:.3f} recall={same_spans / total_smart:.3f} (SmartCn as reference)")
print(f"word boundaries: precision={b_same / b_ours:.3f} recall={b_same / b_smart:.3f}")
print(f"organ names and policy terms kept whole here but split by SmartCn: {len(disagreements)}")
for word, split in sorted(disagreements.items(), key=lambda kv: -len(kv[0]))[:40]:
    print(f"  {word}  ←SmartCn→  {split}")
