"""Regenerate drafter/data/words.txt: common Chinese words for breaking titles at word boundaries.

Taken from jieba's dictionary (MIT licence) at development time, so that the build
path can keep words whole without importing jieba: 2-4 character words of
frequency >= 100, plus the words of official writing found in the seeds.
Run from the repository root: python tools/make_wordlist.py
"""

import os
import re
from pathlib import Path

import jieba

words: set[str] = set()
with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
    for line in f:
        word, freq, *_ = line.split()
        if 2 <= len(word) <= 4 and int(freq) >= 100 and re.fullmatch(r"[\u4e00-\u9fff]+", word):
            words.add(word)
for seed in sorted(Path("seeds").glob("*.txt")):
    for word in jieba.cut(seed.read_text(encoding="utf-8")):
        if 2 <= len(word) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", word):
            words.add(word)
# Compounds of the genre's titles that jieba's dictionary lacks or counts rarely (青溪县召开2025年全县机构 / 编制、… had cut one).
words.update(("机构编制", "社会工作", "统一战线", "意识形态", "精神文明", "宣传思想", "思想文化", "政法综治", "基层党建",
              "党建引领", "基层治理", "平安建设", "法治建设", "人才工作", "网信工作", "老干部"))
# Sorted by code point: drafter/titles.py looks words up by binary search over the lines.
header = "# Common Chinese words (from jieba's MIT-licensed dictionary); see tools/make_wordlist.py\n"
Path("drafter/data/words.txt").write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
print(len(words), "words")
