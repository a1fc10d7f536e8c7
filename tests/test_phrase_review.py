"""The mined phrase bank against its reading (tests/corpus/phrase_review.yaml).

The bank is mined again from exactly the development documents the review lists, then:
the entries judged unusable do not come back; what is mined was judged usable; and the
rules hold on every entry: no personal name, no fragment cut mid-word (each option starts and
ends at the segmenter's word boundaries and stands at a clause's end somewhere), support from
two documents about two places (fixed expressions: three documents), whole series never split.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from drafter.mining import phrases
from drafter.mining.analyse import Mined, analyse
from drafter.mining.segment import cut, tagged
from drafter.mining.slots import SURNAMES, every_mention

ROOT = Path(__file__).resolve().parent.parent
REVIEW = yaml.safe_load((ROOT / "tests" / "corpus" / "phrase_review.yaml").read_text(encoding="utf-8"))
CLAUSE_END = re.compile(r"[，。；！？：,;!?:、”）)\s]|$")
SPACES = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


@pytest.fixture(scope="module")
def mined() -> list[Mined]:
    held_out = {Path(p).stem for p in yaml.safe_load(
        (ROOT / "tests" / "corpus" / "split.yaml").read_text(encoding="utf-8"))["test"]}
    paths = [ROOT / p for p in REVIEW["corpus"]]
    assert not [p for p in paths if "corpus/test/" in p.as_posix() or p.stem in held_out]  # the corpus rule
    return [analyse(p) for p in paths]


@pytest.fixture(scope="module")
def bank(mined: list[Mined]) -> list[phrases.Entry]:
    stats = phrases.Stats()
    for m in mined:
        stats.add(phrases.collect(m.texts, m.roles, m.slots))
    return stats.entries()


def _offered(entries: list[phrases.Entry]) -> set[str]:
    """Every option of the bank, and every item and run of items of its series."""
    out = set()
    for e in entries:
        for o in e.options:
            out.add(o)
            if e.kind == "series":
                out |= set(o.split("、"))
    return out


def test_entries_judged_unusable_do_not_come_back(bank: list[phrases.Entry]) -> None:
    offered = _offered(bank)
    for item in REVIEW["rejected"]:
        assert not item["usable"]
        back = set(item.get("bad", ())) & offered
        assert not back, f"{item['entry']}: {back} ({item['why']})"
        apart = set(item.get("apart", ()))
        together = [e.name for e in bank if len(apart & set(e.options)) >= 2]
        assert not together, f"{item['entry']}: {apart} offered as alternatives again in {together}"
    names = {e.name: e.options for e in bank}
    assert not [i["entry"] for i in REVIEW["rejected"] if names.get(i["entry"]) == tuple(i["options"])]


def test_what_is_mined_was_read_and_judged_usable(bank: list[phrases.Entry]) -> None:
    judged = {b["entry"]: b for b in REVIEW["bank"]}
    assert all(b["usable"] and b["why"] for b in judged.values())
    unread = [e.name for e in bank if e.name not in judged or tuple(judged[e.name]["options"]) != e.options]
    # the analysis beside the bank (roles, slots) may move an entry or two; a new bank is read again
    assert len(unread) <= len(bank) // 10, f"not yet read: {unread}; judge them in phrase_review.yaml"
    kept = [name for name in judged if name in {e.name for e in bank}]
    assert len(kept) >= 0.9 * len(judged), f"usable entries lost: {sorted(set(judged) - set(kept))}"
    assert {e.kind for e in bank} == set(phrases.KIND_NAMES)


def test_every_entry_has_its_support(bank: list[phrases.Entry]) -> None:
    for e in bank:
        assert e.documents >= (3 if e.kind == "fixed" else 2) and e.places >= 2, e
        assert e.occurrences >= e.documents >= e.places and e.options, e
        assert e.kind == "series" or len(e.options) >= (1 if e.kind == "fixed" else 2), e


def test_no_entry_holds_a_name(bank: list[phrases.Entry], mined: list[Mined]) -> None:
    people = {s.text for m in mined for s in every_mention(m.texts, m.slots, set(range(len(m.texts))))
              if s.kind == "person" and len(s.text) >= 2 and s.text != "××"}
    people |= {s.text for m in mined for s in phrases._names(m.texts, set(range(len(m.texts))))}
    assert {"薛燕", "傅德辉"} <= people  # the finders know the corpus's people
    for e in bank:
        for o in e.options:
            assert not [p for p in people if p in o], (e.name, o)
            assert not [w for w, f in tagged(o) if f.startswith("nr") and w[0] in SURNAMES
                        and phrases._is_name(w)], (e.name, o)


def test_no_entry_is_a_fragment(bank: list[phrases.Entry], mined: list[Mined]) -> None:
    texts = [SPACES.sub("", t) for m in mined for t in m.texts]
    for e in bank:
        for o in e.options:
            at = [(t, k.start()) for t in texts for k in re.finditer(re.escape(o), t)]
            assert at, (e.name, o)  # as some document wrote it (a series whole, never re-assembled)
            whole = 0
            for t, start in at:
                clause_start = max(t.rfind(c, 0, start) for c in "，。；！？：,;!?: “（") + 1
                clause_end = CLAUSE_END.search(t, start + len(o)).start()
                clause = t[clause_start:clause_end]
                bounds = {0}
                for w in cut(clause):
                    bounds.add(max(bounds) + len(w))
                whole += start - clause_start in bounds and start + len(o) - clause_start in bounds
            assert whole * 2 > len(at), f"{e.name}: “{o}” is cut mid-word in {len(at) - whole} of {len(at)}"
            # a phrase ends a clause somewhere (a series, cut at word boundaries, is whole as a series)
            assert e.kind == "series" or any(CLAUSE_END.match(t, start + len(o)) for t, start in at), \
                f"{e.name}: “{o}” never ends a clause"


def test_series_stay_whole(bank: list[phrases.Entry]) -> None:
    series = [e for e in bank if e.kind == "series"]
    assert series
    items = {it for e in series for o in e.options for it in o.split("、")}
    for e in series:
        assert all(len(o.split("、")) >= 3 for o in e.options), e
    for e in bank:
        if e.kind != "series":  # no item of a series offered as an alternative to its fellows
            assert len(items & set(e.options)) < 2, e
