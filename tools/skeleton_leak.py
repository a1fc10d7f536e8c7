"""Does a mined skeleton carry anything of its exemplar? Count it.

    python tools/skeleton_leak.py ../shared/corpus/labels [more label folders] [-v]

For each labelled document: `drafter mine DOC --skeleton` into a temporary library, then its
sample facts rewritten as a writer would for another meeting (other people, another place,
the meeting seven years later, every other slot and per-line passage new text), then
`drafter build`, and in the built document's text the tokens of the exemplar's names,
places (its own and its city, with and without 区/县/市), years and figures from the
label's ``facts`` and ``source``, the reporters of its ``byline`` and any ×× (or *, _, X) the exemplar
withheld a word with (each is a fact of its own) are counted. The figure to reach is 0.

Also printed: of the documents whose label has two or more line blocks, how many skeletons
loop over 条线 (the issue's "a loop over 条线 wherever the exemplar has per-line blocks").
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.mining.clean import ANONYMISED, LEADER_MASKED  # noqa: E402
from drafter.mining.score import load_labels  # noqa: E402
from drafter.mining.slots import FRAME_NAMES  # noqa: E402
from drafter.reader import read_docx  # noqa: E402


_OFFICE = re.compile(r"(?:局|部|部门|大队|办|委|中心|所|站|院|队|处|科|室)$")
"""An office the labels list among the people named (市信访局、农业农村局、民政局、社会工作部等部门, dev9 952):
every place has one of that name, so a template keeps it."""


NATIONAL_NUMBERS = frozenset({"12345"})
"""Numbers a label lists that every place has (the 12345 government-service hotline, dev2 104): no fact of the exemplar."""


def tokens(label: dict[str, Any]) -> set[str]:
    """The exemplar's names, places, years and figures, from its label."""
    facts = label.get("facts") or {}
    source = label.get("source") or {}
    out: set[str] = set()
    people = list(facts.get("leaders") or []) + list(facts.get("others_named") or [])
    for p in people:
        for name in re.split(r"[、，,\s]", str(p if isinstance(p, str) else (p or {}).get("name", ""))):
            if len(name) >= 2 and not re.match(r"[XxＸ×*＊]", name) and not _OFFICE.search(name) and \
                    name not in FRAME_NAMES:  # the centre's leaders (胡锦涛同志重要讲话) are the frame, not the exemplar
                out.add(name)  # a masked name (xx同志) is none of its facts, nor an office every place has
                if len(name) == 3:
                    out.add(name[1:] + "书记")  # called by the given name and the post (定一书记 of 张定一, dev9 917)
    for key in ("speaker", "presider"):
        if isinstance(facts.get(key), str) and len(facts[key]) >= 2:
            out.add(facts[key])
    region = str(source.get("region") or "").split("(")[0].strip()
    parts = re.findall(r"[\u4e00-\u9fff]+?(?:自治区|街道|省|市|区|县|镇)", region)
    for part in parts[-2:]:
        if part in ("城区", "郊区", "矿区", "市区", "新区", "自治区", "地区") or part.startswith(("国家级", "省级")):
            # a generic district's name (汕尾市城区) is an everyday word; 国家级新区 says what kind of place it is;
            # an unknown 自治区 (dev10 1046) or 地区 (“unknown 县 in a 地区”, dev7 640) names no place
            continue
        out.add(part)
        stem = re.sub(r"(?:自治区|街道|省|市|区|县|镇)$", "", part)
        if len(stem) >= 2:
            out.add(stem)
    if source.get("year"):
        out.add(str(source["year"]))
    for n in facts.get("numbers") or []:
        out.update(d for d in re.findall(r"\d+", str(n)) if len(d) >= 2 and d not in NATIONAL_NUMBERS)
    out.update(byline_names(str((label.get("header") or {}).get("byline") or label.get("byline") or "")))
    return {t for t in out if t}


_BYLINE_ROLE = re.compile(r"(?:见习记者|记者|通讯员|实习生|作者|撰稿|审核|摄影|文\s*/\s*图)[\s:：]*"
                          r"((?:[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,2}[\s\u3000、]*)+)")
_BRACKET_NAMES = re.compile(r"[（(]((?:[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,2}[\s\u3000、]*)+)[）)]")
_NOT_A_NAME = re.compile(r"见习|记者|通讯员|实习生|来源|时间|更新|阅读|报|编辑|审核|部门|政府|县委|区委|市委|委员|课题组|社会工作部|网讯|媒体")


def byline_names(byline: str) -> set[str]:
    """The reporters a label's byline names (记者 张荔娜; 本报讯 (洪 举); (刘莎莎、常青)): people of the exemplar the
    skeleton must not keep, whether or not the miner found them to be names."""
    from drafter.mining.script import to_simplified

    text = re.sub(r"(见习记者|记者|通讯员|实习生|作者|撰稿|审核|摄影|更新时间|来源|时间|阅读|报道|全媒体)", r" \1 ",
                  to_simplified(byline))
    out: set[str] = set()
    for m in [*_BYLINE_ROLE.finditer(text), *_BRACKET_NAMES.finditer(text)]:
        for part in re.split(r"[\s\u3000]{2,}|、|(?<=[\u4e00-\u9fff]{3})[\s\u3000]|[\s\u3000](?=[\u4e00-\u9fff]{3})", m[1].strip()):
            name = re.sub(r"[\s\u3000]", "", part)
            if 2 <= len(name) <= 3 and not _NOT_A_NAME.search(name) and not re.search(r"[:：\d]|[社网台]$", name):
                out.add(name)
    return out


OTHER_PLACES = (("新安区", "新丰市"), ("永宁县", "长青市"), ("平川区", "云岭市"))
"""Places for the other meeting; the first that shares no name with the exemplar is used (an
exemplar from 新安镇 gets 永宁县, or its own name would count as a leak)."""


def rewrite(facts: dict[str, Any], avoid: set[str] = frozenset()) -> dict[str, Any]:
    """The sample facts as for another meeting: nothing of the exemplar kept (``avoid``: its
    tokens, which the other meeting's places must not contain)."""
    place, city = next((pair for pair in OTHER_PLACES
                        if not any(t in name or name[:2] in t for t in avoid for name in pair)), OTHER_PLACES[-1])
    out: dict[str, Any] = {}
    for key, value in facts.items():
        if key == "模板":
            out[key] = value
        elif key in ("讲话人", "主持人"):
            out[key] = {"姓名": {"讲话人": "甲某某", "主持人": "乙某某"}[key],
                        **({"职务": {"讲话人": "新职务甲", "主持人": "新职务乙"}[key]} if "职务" in value else {})}
        elif key == "出席":
            out[key] = [{"姓名": f"丙某{'一二三四五六七八九十'[k % 10]}", **({"职务": "新职务丙"} if "职务" in v else {})}
                        for k, v in enumerate(value)]
        elif key == "地名":
            out[key] = place
        elif key == "上级地名":
            out[key] = city
        elif key == "成文日期":  # an experience article's day, as a meeting's
            out[key] = _later(value, avoid)
        elif key in ("会议", "报道") and isinstance(value, dict):
            out[key] = {k: _later(v, avoid) if k == "日期" else _new(v, k) for k, v in value.items()}
        elif key == "条线":
            out[key] = [{k: (v if k == "名称" else _new(v, k)) for k, v in line.items()} for line in value]
        else:
            out[key] = _new(value, key)
    return out


def _later(value: Any, avoid: set[str] = frozenset()) -> str:
    """A date seven years later, on another day whose month and day are none of the exemplar's
    figures (a new meeting's 23日 is no leak of 少数民族23个)."""
    day = dt.date.fromisoformat(str(value))
    day = day.replace(year=day.year + 7, day=min(day.day, 28))
    for shift in range(9, 60):
        new = day + dt.timedelta(days=shift)
        if str(new.month) not in avoid and str(new.day) not in avoid:
            return new.isoformat()
    return (day + dt.timedelta(days=9)).isoformat()


def _new(value: Any, key: str) -> Any:
    if isinstance(value, dict):
        return {k: _new(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_new(v, key) for v in value]
    return "【新" + re.sub(r"\d+", "", key) + "】"  # a slot's number (数字10) is no figure of the exemplar


def _count(text: str, token: str) -> int:
    """Mentions of a token; a number only where it stands whole (20 is not in 2032)."""
    if token.isdigit():
        return len(re.findall(rf"(?<!\d){token}(?!\d)", text))
    return text.count(token)


def leak(label: dict[str, Any], work: Path) -> tuple[int, list[str], str, bool]:
    """(token count, the tokens found, error, whether the skeleton loops over 条线) for one labelled document.

    Runs what ``drafter mine DOC --skeleton`` and ``drafter build`` run, in this process
    (the segmenter's dictionary is loaded once for the whole corpus)."""
    from drafter import pipeline
    from drafter.errors import DrafterError
    from drafter.library import Library
    from drafter.mining.skeleton import make

    name = "t" + str(label["id"])
    folder = work / name
    try:
        made = make(Path(label["_path"]), folder)
    except DrafterError as e:
        return -1, [], "mine failed: " + str(e).splitlines()[0], False
    facts = yaml.safe_load(made.facts.read_text(encoding="utf-8"))
    new = work / f"{name}.yaml"
    new.write_text(yaml.safe_dump(rewrite(facts, tokens(label)), allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = work / f"{name}.docx"
    try:
        pipeline.build(new, [], out, library=Library([work]), force=True)
    except DrafterError as e:
        return -1, [], "build failed: " + str(e).splitlines()[0], False
    text = "\n".join(p.text for p in read_docx(out))
    found = [t for t in sorted(tokens(label)) for _ in range(_count(text, t))]
    found += ["××"] * len(re.findall(r"××", text))  # a mark the exemplar withheld a word with, left for the writer to see
    found += [m[0] for m in ANONYMISED.finditer(text)] + [m[0] for m in LEADER_MASKED.finditer(text)]  # *, _, X同志
    loops = "in 条线" in (made.folder / "body.j2").read_text(encoding="utf-8")
    return len(found), found, "", loops


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    labels = [lab for folder in args.labels for lab in load_labels(folder)]
    total = 0
    blocked = looped = 0
    with tempfile.TemporaryDirectory() as tmp:
        for label in labels:
            n, found, error, loops = leak(label, Path(tmp))
            total += max(n, 0)
            if sum(u.get("kind") == "line_block" for u in label.get("outline") or []) >= 2:
                blocked += 1
                looped += loops
            shown = f"{n}" + (f"  {' '.join(sorted(set(found)))}" if found and args.verbose else "")
            print(f"{label['id']}: {shown if not error else 'ERROR ' + error}")
    print(f"total exemplar tokens in the rebuilt documents: {total} ({len(labels)} documents)")
    print(f"documents with two or more labelled line blocks whose skeleton loops over 条线: {looped}/{blocked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
