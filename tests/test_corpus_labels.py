"""The labelled corpus (tests/corpus/shared, test, dev2, dev3): every hand label is verified
against its text by tools/check_corpus.py, and the split (development, development2, development3, test)
is complete, disjoint and free of duplicated documents."""

from __future__ import annotations

import functools
import importlib.util
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"

_spec = importlib.util.spec_from_file_location("check_corpus", ROOT / "tools" / "check_corpus.py")
check_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_corpus)


def _split() -> dict[str, list[str]]:
    return yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))


@functools.cache
def _load(rel: str) -> dict:
    return yaml.load((CORPUS / rel).read_text(encoding="utf-8"), Loader=check_corpus._LOADER)


# --- every label holds ----------------------------------------------------------------------

def test_every_label_matches_its_text() -> None:
    paths = [p for folder in check_corpus.DEFAULT for p in check_corpus.corpus_labels(folder)]
    assert len(paths) >= 23 + 40
    problems = [msg for p in paths for msg in check_corpus.check(p)]
    assert problems == []


def test_the_checker_finds_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "labels").mkdir()
    text = "3月1日,全县组织工作会议召开。\n会议强调,一要抓学习。二要抓落实。\n"
    (tmp_path / "docs" / "90_news.txt").write_text(text, encoding="utf-8")
    good = {
        "id": "90", "file": "docs/90_news.txt", "length_chars": len(text) - 1,
        "length_bytes_utf8": len(text[:-1].encode("utf-8")), "complete": True, "truncation": "none",
        "source": {"url": None, "site": "x", "region": "x", "year": 2024, "genre": "news",
                   "script": "simplified"},
        "title": None, "lines": ["组织"],
        "outline": [
            {"text": "3月1日,", "kind": "cue_paragraph", "level": 1, "depth": 1, "role": "lead",
             "offset": 0, "para": 1},
            {"text": "会议强调,", "kind": "cue_paragraph", "level": 1, "depth": 1,
             "role": "requirements", "offset": 17, "para": 2},
            {"text": "一要抓学习。", "kind": "inline_point", "level": 3, "depth": 2,
             "marker": "一要", "offset": 22, "para": 2},
        ],
        "facts": {"date": "3月1日"}, "furniture": [],
    }
    label = tmp_path / "labels" / "90_news.yaml"

    def problems(change) -> list[str]:
        data = yaml.safe_load(yaml.safe_dump(good, allow_unicode=True))
        change(data)
        label.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return check_corpus.check(label)

    assert problems(lambda d: None) == []
    assert "text not at offset 18 (found at 17)" in problems(
        lambda d: d["outline"][1].update(offset=18))[0]
    assert "para 1 != 2" in problems(lambda d: d["outline"][1].update(para=1))[0]
    assert "kind 'subhead' not in the scheme" in problems(
        lambda d: d["outline"][0].update(kind="subhead"))[0]
    assert "depth-1 unit without a role" in problems(lambda d: d["outline"][1].pop("role"))[0]
    assert "role 'tasks' not in the scheme" in problems(
        lambda d: d["outline"][1].update(role="tasks"))[0]
    assert "marker '二要' is not where the text starts" in problems(
        lambda d: d["outline"][2].update(marker="二要"))[0]
    assert "not after the previous unit" in " ".join(problems(
        lambda d: d["outline"].reverse()))
    assert "length_chars" in problems(lambda d: d.update(length_chars=99))[0]
    assert "facts.date: '3月2日' not in the text" in problems(
        lambda d: d["facts"].update(date="3月2日"))[0]
    assert "furniture: '打印 关闭' not in the text" in problems(
        lambda d: d.update(furniture=["打印 关闭"]))[0]
    assert "lines: '党建' not in" in problems(lambda d: d.update(lines=["党建"]))[0]
    assert "source.genre" in problems(lambda d: d["source"].update(genre="report"))[0]
    assert "does not exist" in problems(lambda d: d.update(file="docs/91_news.txt"))[0]


def test_the_checker_finds_a_copy_in_another_form(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "labels").mkdir()
    text = ("3月1日,全县组织宣传统战工作会议召开,县委书记出席会议并讲话。\n"
            "会议强调,一要抓学习,全面提升干部队伍的政治素质。二要抓落实,确保各项任务落到实处。\n")
    # the same report on another site: one line, a prefix, full-width commas; and through a gateway in traditional
    # script with its pinyin
    copy = "另一个网站转载:" + text.replace("\n", "").replace(",", "\uff0c") + "\n"
    other = "12月3日,全县政法工作会议召开。\n会议强调,平安建设要抓基层,把矛盾纠纷化解在萌芽状态。\n"
    gateway = ("3月1日,全縣組織宣傳統戰(zhàn)工作會(huì)議召開,縣委書記出席會(huì)議并講話。\n"
               "會(huì)議強調(diào),一要抓學習,全面提升干部隊伍的政治素質。二要抓落實,確保各項任務落到實處。\n")
    for name, body in (("90", text), ("91", copy), ("92", other), ("94", gateway)):
        (tmp_path / "docs" / f"{name}_news.txt").write_text(body, encoding="utf-8")
        (tmp_path / "labels" / f"{name}_news.yaml").write_text(
            f"id: '{name}'\nfile: docs/{name}_news.txt\n", encoding="utf-8")
    found = check_corpus.duplicates(check_corpus.corpus_labels(tmp_path))
    assert len(found) == 3, found  # 91 and 94 of 90, and of each other
    assert any("91_news.yaml: duplicates" in f and "90_news.yaml" in f for f in found)
    assert any("94_news.yaml: duplicates" in f and "90_news.yaml" in f for f in found)
    (tmp_path / "labels" / "93_news.yaml").write_text("id: '93'\nfile: docs/92_news.txt\n")
    found = check_corpus.duplicates(check_corpus.corpus_labels(tmp_path))
    assert any("93_news.yaml: names the same file as" in f for f in found), found



def test_a_sites_notice_on_many_pages_makes_no_duplicate_but_a_page_stored_three_times_does(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "labels").mkdir()
    notice = "温馨提示：本站所有文章均来自网络收集整理，仅供学习参考，如有侵权请联系我们删除，谢谢合作。\n"
    body = ("全县组织工作会议召开，县委书记出席会议并讲话，要求抓好基层党建和干部队伍建设各项任务落实，"
            "推动全县组织工作高质量发展，为经济社会发展提供坚强组织保证。")
    bodies = {"80": "3月1日，" + body, "81": "12月3日，全县政法工作会议召开，会议强调平安建设要抓基层，把矛盾纠纷化解"
              "在萌芽状态，维护社会大局持续稳定，为高质量发展营造安全稳定的社会环境和公平正义的法治环境。",
              "82": "5月6日，全区宣传思想文化工作会议召开，会议要求深化理论武装，巩固壮大主流思想舆论，推进文明创建，"
              "繁荣发展文化事业和文化产业，为全区发展提供强大精神力量和有利文化条件。"}

    def page(name: str, text: str) -> None:
        (tmp_path / "docs" / f"{name}_news.txt").write_text(text + "\n" + notice, encoding="utf-8")
        (tmp_path / "labels" / f"{name}_news.yaml").write_text(f"id: '{name}'\nfile: docs/{name}_news.txt\n",
                                                               encoding="utf-8")

    for name, text in bodies.items():  # three pages of one site: its notice on each, reports of their own
        page(name, text)
    assert check_corpus.duplicates(check_corpus.corpus_labels(tmp_path)) == []
    page("83", bodies["80"])  # the first page stored twice more
    page("84", bodies["80"])
    found = check_corpus.duplicates(check_corpus.corpus_labels(tmp_path))
    assert len(found) == 3 and all("duplicates" in f and "8" in f for f in found), found
    assert not any("81_news" in f or "82_news" in f for f in found), found


# --- the split ------------------------------------------------------------------------------

def test_the_split_covers_every_label_exactly_once() -> None:
    split = _split()
    # one part per development folder: development2 is dev2/, development3 is dev3/, …
    dev_parts = {f"development{folder.name[3:]}": folder.name for folder in check_corpus.DEV_PARTS}
    assert len(dev_parts) >= 7
    assert set(split) == {"development", "test", *dev_parts}
    on_disk = sorted(str(p.relative_to(CORPUS)) for folder in check_corpus.DEFAULT
                     for p in check_corpus.corpus_labels(folder))
    listed = [p for part in split.values() for p in part]
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed)  # no label file in two parts (or twice in one)
    assert len(split["development"]) == 23 and all(p.startswith("shared/") for p in split["development"])
    for part, folder in dev_parts.items():
        assert split[part] and all(p.startswith(f"{folder}/") for p in split[part]), part
    assert len(split["test"]) >= 40 and all(p.startswith("test/") for p in split["test"])


def test_no_document_is_in_the_corpus_twice() -> None:
    paths = [p for folder in check_corpus.DEFAULT for p in check_corpus.corpus_labels(folder)]
    assert check_corpus.duplicates(paths) == []
    urls = [label["source"]["url"] for part in _split().values() for label in map(_load, part)]
    urls = [u for u in urls if u]
    assert len(urls) == len(set(urls)), [u for u, n in Counter(urls).items() if n > 1]


def test_the_test_part_is_varied_and_new() -> None:
    split = _split()
    test = [_load(p) for p in split["test"]]
    dev = [_load(p) for p in split["development"]]
    genres = Counter(label["source"]["genre"] for label in test)
    assert min(genres[g] for g in ("speech", "news", "experience")) >= 10, genres
    assert sum(label["source"]["script"] == "traditional" for label in test) >= 5
    assert sum(not label["complete"] for label in test) >= 10
    assert len({label["source"]["year"] for label in test}) >= 10
    lines = Counter(line for label in test for line in label["lines"])
    assert all(lines[line] >= 2 for line in ("组织", "宣传", "统战", "政法", "社会工作")), lines
    # no document of the development part came back in the test part
    dev_urls = {label["source"]["url"] for label in dev} - {None}
    assert not dev_urls & {label["source"]["url"] for label in test}
    dev_text = "".join((CORPUS / "shared" / label["file"]).read_text(encoding="utf-8")
                       for label in dev if not label["file"].startswith(".."))
    for label in test:
        text = (CORPUS / "test" / label["file"]).read_text(encoding="utf-8")
        body = max(text.split("\n"), key=len)
        assert body[:40] not in dev_text, label["id"]


@pytest.mark.parametrize("part", ["development", "test", *(f"development{folder.name[3:]}"
                                                          for folder in check_corpus.DEV_PARTS)])
def test_every_part_has_units_to_score(part: str) -> None:
    labels = [_load(p) for p in _split()[part]]
    kinds = Counter(u["kind"] for label in labels for u in label["outline"])
    assert kinds["cue_paragraph"] and kinds["heading"] and kinds["run_in"] and kinds["inline_point"]
    assert all(label["outline"] for label in labels)


# --- the second reader ----------------------------------------------------------------------

def test_the_second_readers_labels_cover_the_test_part_and_hold() -> None:
    """test/reader2 holds a second, blind labelling of every test document (tools/agreement.py):
    the same checks as the corpus's own labels, and one label for each test document."""
    paths = sorted((CORPUS / "test" / "reader2").glob("*.yaml"))
    assert [p.name for p in paths] == sorted(Path(p).name for p in _split()["test"])
    problems = [msg for p in paths for msg in check_corpus.check(p)]
    assert problems == []
    # written apart: the two readers do not hand in the same outlines
    same = sum(_load(f"test/reader2/{p.name}")["outline"] == _load(f"test/labels/{p.name}")["outline"] for p in paths)
    assert same < len(paths) // 2


def test_the_adjudicated_consensus_covers_the_test_part_and_records_each_decision() -> None:
    """test/consensus is reader A's labels with every A/B disagreement decided by a third, blind reader:
    the same checks, A's file unchanged where the readers agreed, and a reason for each change."""
    paths = sorted((CORPUS / "test" / "consensus").glob("*.yaml"))
    assert [p.name for p in paths] == sorted(Path(p).name for p in _split()["test"])
    assert [msg for p in paths for msg in check_corpus.check(p)] == []
    changed = [p for p in paths if p.read_bytes() != (CORPUS / "test" / "labels" / p.name).read_bytes()]
    assert 0 < len(changed) < len(paths) // 4
    for p in changed:
        decisions = _load(f"test/consensus/{p.name}")["adjudication"]
        assert decisions and all(d["decision"] in ("A", "B", "other", "open") and d["reason"] for d in decisions), p.name
