"""One exemplar -> a working template folder: its outline as structure, its facts as slots.

``make(exemplar, OUTDIR)`` writes ``OUTDIR/template.yml`` (manifest and the schema
of every slot), ``OUTDIR/body.j2`` and ``OUTDIR/示例事实.yaml`` (the exemplar's own
facts, so ``drafter build`` on it gives back a document with the exemplar's
outline). OUTDIR's name is the template's name and its parent folder the library
(``drafter build … --library PARENT``).

- The frame (everything that is not a fact) is kept as the template's text; each
  fact (date, figure, name, place, 《》 title …) becomes a slot named in the shared facts
  vocabulary (``vocabulary``: 讲话人.姓名, 地名, 会议.日期 …) or by what it is (``naming``:
  乡镇党委数, 投入金额, 党代会, 实施方案 …), numbered by its kind (数字3) only where the words
  around say nothing; one value, one slot, every mention of it.
- Headings keep their levels and kinds. Where the exemplar's markers are the
  公文 ones (一、 （一） 1. （1）) the engine numbers them, as in every template;
  otherwise the skeleton gets its own copy of the 公文 layout without numbering
  (``PARENT/profiles/NAME.yml``) and the markers are written by filters.
- A run of sibling sections or paragraphs, one per work line, becomes one loop
  over the facts' 条线 list, each line holding its own passage (the text common
  to all of them, such as “会议要求，要”, stays in the template).
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drafter import model, output
from drafter.errors import DrafterError, problem_at
from drafter.library import builtin_root
from drafter.mining import naming, recognise
from drafter.mining.analyse import Mined, analyse
from drafter.mining.roles import GENRE_NAMES, ROLE_NAMES
from drafter.mining.clean import is_furniture
from drafter.mining.places import find as find_places, speaks_as
from drafter.mining.slots import KINDS, Slot, every_mention, meeting_names
from drafter.mining.vocabulary import (LAST_YEAR_BEFORE, OPTIONAL_FACTS, THIS_YEAR_BEFORE, Facts, date_the_meeting,
                                       dispatch_names, headcount, own_committee, plenum_field, speakers, speakers_count,
                                       venue, vocabulary, year_stake)
from drafter.outline import first_sentence, normalize

STANDARD = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}
_ROLE_FIELD = {role: name for role, name in ROLE_NAMES.items()}


@dataclass(slots=True)
class Node:
    """A heading (or the document root) with what follows it."""

    level: int
    kind: str = "root"
    marker: str = ""
    words: str = ""
    rest: str = ""
    """For run-in headings and lead-ins: the text after the heading sentence."""
    index: int = -1
    content: list[Any] = field(default_factory=list)
    """Paragraph indexes (int) and child Nodes, in order."""


@dataclass(frozen=True, slots=True)
class Made:
    """What ``make`` wrote."""

    name: str
    folder: Path
    library: Path
    files: tuple[Path, ...]
    facts: Path
    own: tuple[str, ...] = ()
    """Required fields the shared facts vocabulary has no name for: what a facts file written for the built-in
    templates must add to build this one too."""
    cut: str = ""
    """The unfinished words the exemplar's copy stopped on (…完善乡村信息), left out of the template."""
    counts: tuple[str, ...] = ()
    """Counts the exemplar states and its kept text does not bear out (下面，我讲三点意见： and one 一、 left), in the
    lint's words (D301: 说“三点意见”，后面列了 1 项): the template keeps the count, and the writer completes the points
    or the number."""


class _Writer:
    """Builds the body, the schema and the facts of one skeleton."""

    def __init__(self, m: Mined) -> None:
        self.m = m
        self.names: dict[tuple[str, str], str] = {}
        self.fields: dict[str, Any] = {}
        self.values: dict[str, Any] = {}
        self.context: dict[str, str] = {}
        self.slots: dict[int, list[Slot]] = {}
        paras = {i for i in range(len(m.texts)) if not furniture(m, i)}
        where = find_places([m.title, *m.texts], tuple(line for line, _ in m.furniture))  # a place the headline alone
        # names (彭山县召开…, dev11 1110)
        meeting, variants = meeting_names([m.title, *m.texts], list(where.forms))
        own = where.main.name[-1] if where.main else _level_said(m.texts)
        every = every_mention(m.texts, m.slots, paras, own, meeting, tuple(where.forms), variants)
        if where.main is None and not any(s.kind in ("area", "party") or s.kind == "level" and s.start > 0 and
                                          m.texts[s.para][s.start - 1] in "我本" for s in every):
            every = [s for s in every if s.kind != "level"]  # no place named nor 全县 or 我县 said: nothing to write 副县长 from
        for s in every:
            self.slots.setdefault(s.para, []).append(s)
        self.where = where
        self.proper = {s.text for s in every if s.kind in ("person", "place", "org", "meeting") and len(s.text) >= 2}
        self.vocab, self.vocab_facts = vocabulary(m, every, where, meeting)
        body = {i for i in paras if m.kinds[i] not in ("title", "subtitle", "caption", "byline", "meta")}
        if (stake := year_stake(m, self.vocab_facts, body)) is not None:
            self.slots.setdefault(stake.para, []).append(stake)
            self.vocab[("stake", stake.text)] = "今年.定位 | 去标点"
        if (spoke := speakers(m, self.vocab_facts, body)) is not None:
            self.slots.setdefault(spoke.para, []).append(spoke)
            self.vocab[("speakers", spoke.text)] = "交流发言 | 顿号"
            if (counted := speakers_count(m, spoke)) is not None:  # …等4家单位作交流发言: as many as the facts name
                self._instead(counted, "交流发言 | length | 数量")  # 三家: in words, no figure to trace
        if (came := headcount(m, every, self.vocab_facts, body)) is not None:
            self._instead(came, "参加.人数")
        if (held := venue(m, self.vocab_facts, body, tuple(where.forms))) is not None:
            self._instead(held, "会议.地点")
        for named, expr in dispatch_names(m, self.vocab_facts, body | {i for i in paras if m.kinds[i] == "byline"}):
            self.slots.setdefault(named.para, []).append(named)
            self.vocab[(named.kind, named.text)] = expr
        for (para, start), (post, _) in self.vocab_facts.posts.items():  # before the slots inside it (区委, 区)
            self.slots.setdefault(para, []).append(Slot("post", post, para, start, start + len(post)))
        for found in self.slots.values():
            found.sort(key=lambda s: (s.start, -(s.end - s.start)))
        self.reserved = set(_vocabulary_keys()) | {"标题", "条线", "模板"} | {
            re.split(r"[.\[ |]", e.split("{{ ")[-1])[0] for e in self.vocab.values() if e}
        self.numbered = self._numbered()
        self.lines: list[dict[str, Any]] = [{"名称": line} for line in m.lines]
        self.line_fields: dict[str, Any] = {}
        self.uses_lines = False
        self.optional: set[str] = set()
        self.withheld: dict[tuple[int, int], str] = {}

    def _numbered(self) -> bool:
        heads = [it for it in self.m.items if 0 < it.level < 5]
        return all(STANDARD.get(it.level) == _general(it.marker) for it in heads)

    # --- slots --------------------------------------------------------------------------

    def slot(self, name: str, value: str, description: str, context: str = "") -> str:
        self.fields[name] = {"类型": "文本", "说明": description, "示例": _short(value, 40)}
        self.values[name] = value
        if context:
            self.context[name] = context
        return "{{ " + name + " }}"

    def _instead(self, slot: Slot, expr: str) -> None:
        """``slot``, a fact of the shared vocabulary, written as ``expr`` in place of the slots it overlaps (the figure
        of 100多人, the place of 在宜昌召开)."""
        self.slots[slot.para] = [s for s in self.slots.get(slot.para, [])
                                 if s.end <= slot.start or s.start >= slot.end] + [slot]
        self.vocab[(slot.kind, slot.text)] = expr

    def frame(self, i: int, text: str | None = None, offset: int = 0) -> str:
        """Paragraph ``i`` (or a part of it starting at ``offset``) as template text."""
        text = self.m.texts[i] if text is None else text
        out, pos = [], 0
        for s in self.slots.get(i, []):
            start, end = s.start - offset, s.end - offset
            if start < pos or end > len(text) or text[start:end] != s.text:
                continue
            key = (s.kind, s.text)
            if s.kind == "post":  # a person's post: that person's 职务 in the facts
                out += [self._lines_literal(text[pos:start]), self.vocab_facts.posts[(i, s.start)][1]]
                pos = end
                continue
            if s.kind == "given":  # 定一书记: the leader the full name's slot writes (沈立峰书记)
                full = next((e for (kind, v), e in [*self.vocab.items(), *self.names.items()]
                             if kind == "person" and len(v) == 3 and v[1:] == s.text and e), "")
                if full:
                    out += [self._lines_literal(text[pos:start]), full if "{{" in full else "{{ " + full + " }}"]
                    pos = end
                continue
            if s.kind == "person" and _MASK.fullmatch(s.text):  # ×× withheld: each place it stands is its own fact
                expr = self._withheld(i, s, text, start, end)
                out += [self._lines_literal(text[pos:start]), expr]
                pos = end + (expr == "{{ 地名 }}")  # ××区: the place's name carries its level
                continue
            if key in self.vocab:
                if not self.vocab[key]:
                    continue  # words of the genre's frame kept as they are (党的十八大以来)
                expr = self.vocab[key]
                out += [self._lines_literal(text[pos:start]), expr if "{{" in expr else "{{ " + expr + " }}"]
                pos = end
                continue
            if key not in self.names:
                self.names[key] = self._named(s, text, start, end)
            out += [self._lines_literal(text[pos:start]), "{{ " + self.names[key] + " }}"]
            pos = end
        out.append(self._lines_literal(text[pos:]))
        return "".join(out)

    def _withheld(self, i: int, s: Slot, text: str, start: int, end: int) -> str:
        """What one ×× the exemplar withheld is, by its words around it (see ``_WITHHELD_PLACE``): 习近平 before 总书记;
        a leader who spoke before the speaker (刚才，××同志…) as the next of the attendees, 出席[k]; the document's own
        place where the text names none (平安××建设, 推动××高质量发展) as ``地名 | 简称``; else a field of its own
        (隐去的乡镇, 隐去的地名, 隐去的名字 …), one for each place it stands, so two withheld words are never written
        as one (刚才，××同志… and 推动××高质量发展 were one field, 隐去的名字)."""
        if (i, s.start) in self.withheld:
            return self.withheld[(i, s.start)]
        before, after = text[max(0, start - 12):start], text[end:end + 8]
        clause = re.split(r"[。；！？：]", before)[-1]
        if after.startswith("总书记"):
            expr = "习近平"
        elif re.search(r"(?:刚才|刚刚)，?(?:[^，。；]{0,12}、)?$", clause) and \
                re.match(r"\s?(?:同志|、|[，。]|书记|[\u4e00-\u9fff]{0,4}长)", after):
            attendees = self.vocab_facts.data.setdefault("出席", [])
            attendees.append({"姓名": s.text})
            expr = f"{{{{ 出席[{len(attendees) - 1}].姓名 }}}}"
        elif (offset := _withheld_year(before, after, self.m.roles[i])) is not None:  # 安排部署 ××年…工作, ××年工作的简要回顾
            date_the_meeting(self.vocab_facts)
            expr = f'{{{{ 会议.日期 | 年份({offset}, "") }}}}'
        elif after.startswith("全会") and (plenum := plenum_field(before, own_committee(
                self.vocab_facts, self.where)) or "本级全会") not in self.vocab_facts.data:  # 在年初的××全会上，区委…: own
            self.vocab_facts.data[plenum] = s.text + "全会"  # 在年初的××全会上，区委明确提出… (seed 001): the plenum's
            expr = "{{ " + plenum + ' | replace("全会", "") }}'  # fact of the vocabulary, written with the frame's 全会
        elif self.where.main is None and naming.withheld(after) == "隐去的名字" and (
                _WITHHELD_PLACE.search(before) or _WITHHELD_PLACE_AFTER.match(after)):
            level = _level_said(self.m.texts) or "县"
            self.vocab_facts.data.setdefault("地名", s.text + level)
            expr = "{{ 地名 | 简称 }}"
        elif self.where.main is None and (level := _level_said(self.m.texts)) and re.match(
                rf"{level}(?![长域间])", after) and self.vocab_facts.data.get("地名", s.text + level) == s.text + level:
            self.vocab_facts.data["地名"] = s.text + level  # 召开××区意识形态工作会议 in a district's speech that says 全区
            expr = "{{ 地名 }}"  # (dev11 1142): its own place, written whole with the new place's level (the caller passes
            # over the exemplar's 区)
        else:
            ctx = text[max(0, start - 12):start] + "【" + s.text + "】" + text[end:end + 12]
            expr = "{{ " + self._new_slot(s.kind, s.text, naming.withheld(after), f"范文原文：……{ctx}……", ctx) + " }}"
        self.withheld[(i, s.start)] = expr
        return expr

    def _named(self, s: Slot, text: str, start: int, end: int) -> str:
        """The expression of a new slot: named by what it is (``naming``), a short form of a
        place as its full name's slot with ``| 简称``, numbered by its kind only as the last resort."""
        d = self.where.forms.get(s.text) if s.kind == "place" else None
        if d is not None and d.name != s.text and d.short == s.text:
            full = self.vocab.get(("place", d.name)) or self.names.get(("place", d.name))
            if full is None:
                full = self._new_slot("place", d.name, naming.place(d.level), f"{d.name}（文中也简称“{s.text}”）")
                self.names[("place", d.name)] = full
            return f"{full} | 简称"
        ctx = text[max(0, start - 12):start] + "【" + s.text + "】" + text[end:end + 12]
        base = naming.name(s.kind, s.text, text[:start], text[end:], d.level if d is not None else None)
        if any(p in base for p in self.proper):  # a name carries nothing of the exemplar
            base = ""
        return self._new_slot(s.kind, s.text, base, f"范文原文：……{ctx}……", ctx)

    def _new_slot(self, kind: str, value: str, base: str, note: str, context: str = "") -> str:
        if base:
            name, k = base, 1
            while name in self.fields or name in self.reserved:
                k += 1
                name = f"{base}{k}"
            what = base
        else:
            n = sum(1 for f in self.fields if re.fullmatch(KINDS[kind] + r"\d+", f)) + 1
            name, what = f"{KINDS[kind]}{n}", KINDS[kind]
        label = "范文隐去的文字，换成本次的" if base.startswith("隐去的") else KINDS[kind]  # ×× is no person's name as such
        self.slot(name, value, f"{what}（{label}）；{note}", context)
        return name

    def _lines_literal(self, text: str) -> str:
        """Literal text, with the enumeration of the work lines (组织、宣传、统战、政法) written
        from the facts, so adding a line needs no change to the template."""
        lines = self.m.lines
        if len(lines) < 2:
            return _literal(text)
        enums = ("、".join(lines), "、".join(lines[:-1]) + "和" + lines[-1])  # 组织、宣传; 组织和宣传思想工作 (dev3 212)
        if not any(e in text for e in enums):
            return _literal(text)
        self.uses_lines = True
        parts = re.split("|".join(map(re.escape, enums)), text)
        out = _literal(parts[0])
        for part in parts[1:]:  # 组织、宣传、统战、政法工作: no 工作 twice when the last line is 社会工作
            if (work := re.match(r"(?:思想(?:文化)?)?工作", part)) is not None:  # 组织、宣传思想工作: the last line's own word
                out += "{{ 通用.条线工作(条线) }}" + _literal(part[work.end():])
            else:
                out += '{{ 条线 | map(attribute="名称") | 顿号 }}' + _literal(part)
        return out

    # --- body ---------------------------------------------------------------------------

    def body(self, root: Node) -> list[str]:
        m = self.m
        out = [f"{{#- 由 drafter mine 从范文 {Path(m.path).name} 生成的骨架（{GENRE_NAMES.get(m.genre, m.genre)}）。",
               "    事实都是“槽”：{{ 名称 }}；各条线重复的部分是对“条线”的循环。审阅后按需要改写。 -#}"]
        if m.title:
            title = self.slot("标题", m.title, "文稿的标题（范文原文）")
            fallback = _TITLE_FALLBACK.get(m.genre)
            if fallback:  # a facts file written for the built-in templates has no 标题: the meeting gives one
                self.fields["标题"]["说明"] += "；不写则按会议写（与内置模板相同）"
                self.optional.add("标题")
                title = "{% if 标题 is defined %}" + title + fallback
            out.append("# " + title)
        for k, t in enumerate(m.subtitles, 1):  # a facts file for the built-in templates has none: the line goes
            self.optional.add(f"副标题{k}")
            out.append("{% if " + f"副标题{k}" + " is defined %}@副标题 " + self.slot(f"副标题{k}", t, "副标题（范文原文）；没有就不写")
                       + "{% endif +%}")
        out += self.content(root.content)
        if not m.title and m.genre in _UNTITLED_FALLBACK and _UNTITLED_FALLBACK[m.genre] <= set(self.vocab_facts.paths()):
            # a copy without its headline (a caption above the dateline, a page cut at the top): the draft still gets
            # the title a built-in template gives, which the facts' 标题 overrides
            self.fields["标题"] = {"类型": "文本", "说明": "文稿的标题（范文没有标题）；不写则按会议写（与内置模板相同）"}
            self.optional.add("标题")
            out.insert(2, "# {% if 标题 is defined %}{{ 标题 }}" + _TITLE_FALLBACK[m.genre])
        elif not m.title and m.genre == "experience":  # a page that lost the article's title: the facts' own, if any
            self.fields["标题"] = {"类型": "文本", "说明": "文稿的标题（范文没有标题）；不写则用“经验.标题”，都没有就不写"}
            self.optional.add("标题")
            out.insert(2, "{% if 标题 is defined or 经验 is defined and 经验.标题 is defined %}# {% if 标题 is defined %}"
                          "{{ 标题 }}" + _TITLE_FALLBACK["experience"] + "{% endif +%}")
        return out

    def content(self, entries: list[Any]) -> list[str]:
        out: list[str] = []
        k = 0
        while k < len(entries):
            run = self._line_run(entries, k)
            if run:
                out += self.loop(entries[k:k + run])
                k += run
                continue
            e = entries[k]
            out += self.node(e) if isinstance(e, Node) else self.paragraph(e)
            k += 1
        return out

    def paragraph(self, i: int) -> list[str]:
        kind = self.m.kinds[i]
        if kind == "salutation":
            return ["@称谓 " + self.frame(i)]
        if kind in ("caption", "byline"):
            name = {"caption": "图片说明", "byline": "署名"}[kind]
            n = sum(1 for f in self.fields if f.startswith(name)) + 1
            slot = self.slot(f"{name}{n}", self.m.texts[i], name + "；没有就不写")
            self.optional.add(f"{name}{n}")  # not every meeting has its photo or its byline
            return ["{% if " + f"{name}{n}" + " is defined %}" + slot + "{% endif +%}"]
        if kind in ("title", "subtitle", "empty"):
            return []
        text = self.m.texts[i]
        saluted = _SALUTED.match(text) if self.m.genre == "speech" and kind == "body" else None
        if saluted and len(text) > saluted.end():  # 同志们：今天，我们召开… on one line (dev11 1146): the salutation apart
            return ["@称谓 " + self.frame(i, saluted[0]), self.frame(i, text[saluted.end():], saluted.end())]
        return [self.inline_loop(i) or self.frame(i)]

    def inline_loop(self, i: int, offset: int = 0) -> str:
        """A paragraph holding one block per work line (会议强调，要坚持…组织工作…。要坚持…宣传…。), or the
        rest of one after its run-in heading (``offset``: 二是要聚焦重点任务。政法工作要…；组织工作要…, dev3 200):
        its opening as frame, the blocks as a loop over 条线 writing each line's 部署."""
        text = self.m.texts[i][offset:]
        hits = [h for h in recognise.line_blocks(text, self.m.lines) if h.line]
        order = [h.line for h in hits]
        if len(hits) < 2 or len(set(order)) < len(order):
            return ""
        current = [x["名称"] for x in self.lines]
        if any(line not in current for line in order):  # blocks of lines the document's list lacks (dev12 1209)
            if self.line_fields:  # an earlier loop fixed the lines
                return ""
            self.lines += [{"名称": line} for line in order if line not in current]
            current = [x["名称"] for x in self.lines]
        if order != [x for x in current if x in order]:
            if self.line_fields:  # an earlier loop fixed the lines' order
                return ""
            self.lines.sort(key=lambda x: order.index(x["名称"]) if x["名称"] in order else len(order))
        close = _AFTER_BLOCKS.search(text, hits[-1].start)  # 这些成绩的取得，是…。在此，我代表区委…: the paragraph's own words
        after = close.end() if close else len(text)
        ends = [h.start for h in hits[1:]] + [after]
        parts = [text[h.start:end] for h, end in zip(hits, ends, strict=True)]
        common = _common_prefix(parts)
        name, k = "部署", 1
        while name in self.line_fields:  # a second paragraph of blocks keeps its own words (部署2)
            k += 1
            name = f"部署{k}"
        for h, part in zip(hits, parts, strict=True):
            self._line(h.line)[name] = part[len(common):]
        self.line_fields[name] = {"类型": "文本", "说明": "会议对这个条线的部署（一段里逐条线写的那几句）",
                                  "示例": _short(parts[0][len(common):], 40)}
        before = text[:hits[0].start]
        cut = max(before.rfind(c) for c in "。！？") + 1  # the words that lead in to the blocks (强调，) go with them
        head = self.frame(i, before[:cut], offset)
        lead = self.frame(i, before[cut:], offset + cut)
        self.optional.add(name)
        # a facts file written for the built-in templates gives each line's task and review, not these words: the
        # lines' asks (组织工作要…；宣传工作要…。) or what each did are then written as the built-in templates write them,
        # not left out with their lead (dev3 201; dev7 631's review)
        asks = all("要" in part[:10] for part in parts)  # 组织工作要…; else what each did (组织工作取得新突破，…)
        fallback = ""
        if name == "部署" and asks:
            fallback = ("{% elif 条线 | selectattr(\"任务\", \"defined\") | list %}" + lead
                        + "{% for 线 in 条线 if 线.任务 is defined %}{{ 通用.工作(线) }}要{{ 线.任务.标题 | 去标点 }}"
                        + "{{ \"；\" if not loop.last else \"。\" }}{% endfor %}")
        elif name == "部署":
            fallback = ("{% elif 条线 | selectattr(\"回顾\", \"defined\") | list %}" + lead
                        + "{% for 线 in 条线 if 线.回顾 is defined %}{{ 线.部门 | default(通用.工作(线)) }}"
                        + "{{ 线.回顾 | 去标点 }}，{{ 通用.评价(线, loop.index0, 条线) }}。{% endfor %}")
        tail = self.frame(i, text[after:], offset + after) if after < len(text) else ""
        return (head + '{% if 条线 | selectattr("' + name + '", "defined") | list %}' + lead
                + "{% for 线 in 条线 if 线." + name + " is defined %}" + self.frame(i, common, offset + hits[0].start)
                + "{{ 线." + name + " }}{% endfor %}" + fallback + ("{% endif %}" + tail if tail else "{% endif +%}"))

    def node(self, n: Node) -> list[str]:
        text = self.m.texts[n.index]
        start = text.find(n.words) if n.words else 0
        words = self.frame(n.index, n.words, max(start, 0))
        rest_at = len(text) - len(n.rest)
        rest = (self.inline_loop(n.index, rest_at) or self.frame(n.index, n.rest, rest_at)) if n.rest else ""
        cue = _CUE_ALONE.fullmatch(n.words.strip()) if n.kind == "heading" and not n.marker and not rest else None
        if cue and (cue[1] in ("会议", "会上", "他", "她") or cue[1] in {
                s.text for found in self.slots.values() for s in found if s.kind == "person"}):
            below = self.content(n.content)  # 梁志田指出 on a line of its own, as a page sets it: said with its words
            if below and not below[0].startswith(("#", "{%", "@", "**")):
                return [words.strip() + "，" + below[0], *below[1:]]
            return [words.strip() + "：", *below]
        out = self._heading(n, words, rest, literal_marker=n.marker)
        return out + self.content(n.content)

    def _heading(self, n: Node, words: str, rest: str, *, literal_marker: str = "",
                 index_expr: str = "") -> list[str]:
        """Markup of a heading; ``index_expr`` numbers a looped one (``loop.index``)."""
        if index_expr and literal_marker:
            mark = _marker_expr(literal_marker, index_expr)
        else:
            mark = _literal(literal_marker)
        if n.level == 5:
            return [f"**{mark}{words}。**{rest}"]
        hashes = "#" * (n.level + 1)
        if self.numbered:
            mark = ""
        if n.kind == "run-in":
            return [f"{hashes}+ {mark}{words}。", rest]
        return [f"{hashes} {mark}{words}"]

    # --- the per-line loop --------------------------------------------------------------

    def _line_of(self, e: Any) -> str | None:
        return self.m.para_lines[e.index if isinstance(e, Node) else e]

    def _line_run(self, entries: list[Any], k: int) -> int:
        """Length of a run of siblings from ``k``, one per work line, in the lines' order."""
        if len(self.m.lines) < 2:
            return 0
        first = entries[k]
        seen: list[str] = []
        j = k
        while j < len(entries):
            e = entries[j]
            line = self._line_of(e)
            same_shape = (isinstance(e, Node) and isinstance(first, Node) and e.level == first.level
                          and e.kind == first.kind) or (isinstance(e, int) and isinstance(first, int)
                                                        and self.m.roles[e] == self.m.roles[first]
                                                        and self.m.kinds[e] == "body")
            if not same_shape or line is None or line in seen:
                break
            seen.append(line)
            j += 1
        order = [x for x in self.m.lines if x in seen]
        return j - k if len(seen) >= 2 and seen == order else 0

    def loop(self, run: list[Any]) -> list[str]:
        """Siblings one per work line as a loop over 条线: paragraphs (``_paragraph_loop``), a speech's sections in
        the vocabulary's shape (``_task_loop``) or any other headings with what follows them (``_node_loop``)."""
        role = self.m.roles[run[0].index if isinstance(run[0], Node) else run[0]]
        if isinstance(run[0], int):
            return self._paragraph_loop(run, role)
        if role in ("tasks", "per_line_tasks") and "任务" not in self.line_fields and _task_shaped(run, self.m.kinds):
            return self._task_loop(run)
        return self._node_loop(run, role)

    def _field(self, role: str) -> str:
        name = _ROLE_FIELD.get(role, "内容")
        while name in self.line_fields:
            name += "续"
        return name

    def _loop_head(self, name: str) -> str:
        """The loop's opening: over the lines that have ``name`` where a line the text names lacks its passage."""
        if any(name not in x for x in self.lines):
            self.optional.add(name)
            return "{% for 线 in 条线 if 线." + name + " is defined %}"
        return "{% for 线 in 条线 %}"

    def _paragraph_loop(self, run: list[int], role: str) -> list[str]:
        """One paragraph per line after a common opening (靳地胜强调，组织工作要…); a report's asks read the
        vocabulary's 部署 (会议要求，组织工作要…) and, where a line has none, its task as the built-in brief writes it."""
        common = _common_prefix([self.m.texts[e] for e in run])
        asks = role in ("requirements", "per_line_tasks", "tasks") and "部署" not in self.line_fields
        name = "部署" if asks else self._field(role)
        for e in run:
            self._line(self._line_of(e))[name] = self.m.texts[e][len(common):]
        self.line_fields[name] = {"类型": "文本", "说明": f"各条线的“{ROLE_NAMES.get(role, role)}”一段（“{common}”之后）",
                                  "示例": _short(self.m.texts[run[0]][len(common):], 40)}
        head = self.frame(run[0], common, 0)  # 靳地胜强调，: its facts slotted
        if not asks:
            return [self._loop_head(name), head + "{{ 线." + name + " }}", "{% endfor %}"]
        self.optional.add(name)
        bare = self.frame(run[0], re.sub(r"要$", "", common), 0)  # 会议要求，要… -> 会议要求，组织工作要…
        return ["{% for 线 in 条线 if 线.部署 is defined or 线.任务 is defined %}",
                "{% if 线.部署 is defined %}" + head + "{{ 线.部署 }}{% else %}" + bare
                + "{{ 通用.工作(线) }}要{{ 线.任务.标题 | 去标点 }}。{% endif +%}", "{% endfor %}"]

    def _task_loop(self, run: list[Node]) -> list[str]:
        """Each line's tasks in the shared vocabulary's shape (条线[].任务: 标题, 导语, 要点[].标题/内容), so that a
        facts file written for the built-in speech builds this loop too."""
        lead = _line_lead(run, [self._line_of(e) for e in run])
        for e in run:
            line = self._line_of(e)
            self._line(line)["任务"] = self.data(e, _TASK_KEYS, strip=len(line or "") + len(lead))
        self.line_fields["任务"] = copy.deepcopy(_vocabulary()["条线"]["元素"]["字段"]["任务"])
        body = self.looped(run, "线.任务", "loop.index", 1, _TASK_KEYS, lead="{{ 线.名称 }}" + _literal(lead) if lead else "")
        return [self._loop_head("任务"), *body, "{% endfor %}"]

    def _node_loop(self, run: list[Node], role: str) -> list[str]:
        name = self._field(role)
        for e in run:
            self._line(self._line_of(e))[name] = self.data(e)
        self.line_fields[name] = self.schema(run, ROLE_NAMES.get(role, role))
        body = self.looped(run, "线." + name, "loop.index", 1)
        return [self._loop_head(name), *body, "{% endfor %}"]

    def _line(self, line: str | None) -> dict[str, Any]:
        return next(x for x in self.lines if x["名称"] == line)

    def data(self, n: Node, keys: tuple[dict[str, str], ...] = (), strip: int = 0) -> dict[str, Any]:
        """A node's text as facts: 标题, 接排, 正文 (paragraphs), 小节 (child nodes); ``keys`` renames them per
        depth (the vocabulary's 导语, 要点, 内容), ``strip`` cuts the words the template writes before the title."""
        key = keys[0] if keys else {}
        out: dict[str, Any] = {"标题": n.words[strip:]}
        if n.rest:
            out[key.get("接排", "接排")] = n.rest
        paras = [self.m.texts[e] for e in n.content if isinstance(e, int) and self.m.kinds[e] == "body"]
        if paras:
            out["正文"] = paras
        children = [self.data(e, keys[1:]) for e in n.content if isinstance(e, Node)]
        if children:
            out[key.get("小节", "小节")] = children
        return out

    def schema(self, nodes: list[Node], what: str) -> dict[str, Any]:
        fields: dict[str, Any] = {"标题": {"类型": "文本", "说明": f"{what}的标题（不含编号）"}}
        if any(n.rest for n in nodes):
            fields["接排"] = {"类型": "文本", "说明": "标题句后面接着写的正文"}
        if any(isinstance(e, int) for n in nodes for e in n.content):
            fields["正文"] = {"类型": "列表", "说明": "标题下的段落，每段一项", "元素": {"类型": "文本"}}
        children = [e for n in nodes for e in n.content if isinstance(e, Node)]
        if children:
            fields["小节"] = {"类型": "列表", "说明": "下一级的各节", "元素": self.schema(children, "这一节")}
        return {"类型": "对象", "说明": what, "字段": fields}

    def looped(self, nodes: list[Node], expr: str, index: str, depth: int, keys: tuple[dict[str, str], ...] = (),
               lead: str = "") -> list[str]:
        """A looped heading and what follows it, read from ``expr`` (named by ``keys`` per depth, as ``data``
        writes them; a renamed 接排 may be left out of the facts); ``lead`` is template text before its title."""
        n = nodes[0]
        key = keys[0] if keys else {}
        rest_key = key.get("接排", "接排")
        rest = ""
        if any(x.rest for x in nodes):  # a writer's 导语 or 内容 may be left out, or typed without its 。
            rest = "{{ " + (f"通用.句({expr}.{rest_key})" if keys else f"{expr}.接排") + " }}"
        words = lead + "{{ " + expr + (".标题 | 去标点 }}" if keys else ".标题 }}")
        out = self._heading(n, words, rest, literal_marker=n.marker, index_expr=index)
        if any(isinstance(e, int) for x in nodes for e in x.content):
            out += ["{% for 段 in " + expr + ".正文 | default([]) %}", "{{ 段 }}", "{% endfor %}"]
        children = [e for x in nodes for e in x.content if isinstance(e, Node)]
        if children:
            var = f"节{depth}" if not keys else "点"
            out.append("{% for " + var + " in " + expr + "." + key.get("小节", "小节") + " | default([]) %}")
            out += self.looped(children, var, "loop.index", depth + 1, keys[1:])
            out.append("{% endfor %}")
        return out


_TASK_KEYS = ({"接排": "导语", "小节": "要点"}, {"接排": "内容"})
"""How a line's tasks are named in the shared vocabulary (条线[].任务), by depth."""


def _task_shaped(run: list[Any], kinds: list[str]) -> bool:
    """Whether each line's tasks are a heading with points under it and no paragraph of their own, as the
    vocabulary's 条线[].任务 (标题, 导语, 要点[].标题/内容) holds them."""
    def bare(n: Node, depth: int) -> bool:
        return not any(isinstance(e, int) and kinds[e] == "body" for e in n.content) and all(
            depth == 0 and bare(c, 1) for c in n.content if isinstance(c, Node))

    return all(isinstance(n, Node) and bare(n, 0) for n in run)


def _line_lead(run: list[Node], lines: list[str | None]) -> str:
    """What every line's tasks heading says after the line's name and before its title (组织部门要凝心聚力… ->
    部门要), or "" when they do not all open so."""
    leads = set()
    for n, line in zip(run, lines):
        m = re.match(re.escape(line or "") + r"(部门|工作|系统|战线|条线)?要", n.words) if line else None
        if m is None or len(n.words) <= m.end():
            return ""
        leads.add(m[0][len(line or ""):])
    return leads.pop() if len(leads) == 1 else ""


@functools.cache
def _vocabulary() -> dict[str, Any]:
    """The shared facts vocabulary (templates/facts.yml), read once (callers copy what they keep)."""
    return yaml.safe_load((builtin_root() / "facts.yml").read_text(encoding="utf-8")) or {}


def _vocabulary_keys() -> list[str]:
    """The top-level fields of the shared facts vocabulary: a mined slot never takes one of
    their names for something else."""
    return list(_vocabulary())


def _general(marker: str) -> str:
    return re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"\d+", "1", marker))


def _marker_expr(marker: str, index: str) -> str:
    """A looped heading's marker written by a filter: （一） -> {{ loop.index | 序号("（一）") }}."""
    general = _general(marker)
    if re.fullmatch(r"一[是要来]", general):
        return "{{ " + index + ' | 分述("' + general[1] + '") }}'
    if "一" in general or "1" in general:
        return "{{ " + index + ' | 序号("' + general + '") }}'
    return _literal(marker)


def _literal(text: str) -> str:
    """Exemplar text as template text: markup characters escaped, Jinja braces kept literal."""
    text = model.escape(text)
    if "{" in text or "}" in text:
        return "{% raw %}" + text + "{% endraw %}"
    return text


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n] + "……"


def _common_prefix(texts: list[str]) -> str:
    prefix = texts[0]
    for t in texts[1:]:
        while not t.startswith(prefix):
            prefix = prefix[:-1]
    return prefix if len(prefix) >= 2 else ""


def furniture(m: Mined, i: int) -> bool:
    """Whether paragraph ``i`` is page furniture the miner marks (or that reads as such):
    never part of a template."""
    return m.kinds[i] in ("meta", "empty") or is_furniture(m.texts[i])


def tree(m: Mined) -> Node:
    """The document as nested headings; a paragraph whose role differs from its heading's
    closes the headings above it (the closing appeal after the last section)."""
    root = Node(0)
    stack = [root]
    at = {it.index: it for it in m.items if 0 < it.level <= 5}
    for i, text in enumerate(m.texts):
        kind = m.kinds[i]
        if kind in ("title", "subtitle") or not text or furniture(m, i):
            continue
        it = at.get(i)
        if it is None:
            while len(stack) > 1 and m.roles[stack[-1].index] != m.roles[i] and kind not in ("caption", "byline"):
                stack.pop()
            stack[-1].content.append(i)
            continue
        while stack[-1].level >= it.level:
            stack.pop()
        start = len(it.marker) if it.marker and text.startswith(it.marker) else 0
        body = text[start:].lstrip(" \u3000")
        head, more = first_sentence(body)
        if it.kind in ("run-in", "lead"):
            words = head
            rest = body[len(head):].lstrip("。：，；") if more else ""
        else:
            words, rest = body.rstrip("。：: "), ""
        if normalize(words) != it.text:  # keep the exemplar's own spacing when it is the same heading
            words = it.text
        node = Node(it.level, it.kind, it.marker, words, rest, i)
        stack[-1].content.append(node)
        stack.append(node)
    return root


_COUNTIES = re.compile(r"(?<=各)县[（(]市[、，]区[）)]|(?<=各)县[（(]区[）)]|(?<=各)县[（(]市[）)]|(?<=各)县市区")
"""A city's counties spoken of together (各县（市、区）): what the facts' place's own divisions are called."""
_MASKED_YEAR = re.compile(r"[×XxＸｘ*＊]{2,4}年(?=\{\{ 会议\.日期 \| 月日 \}\})")
"""A year the copy withheld before the meeting's day (（××年3月5日）): the meeting's year."""
_SALUTED = re.compile(r"^(?:同志们|各位[\u4e00-\u9fff、，]{0,20}?(?:同志们|朋友们|来宾)|各位领导|尊敬的[^：:，。]{0,30})[：:]")
"""A speech's salutation run into its first words (同志们：今天，我们召开…)."""
_CUE_ALONE = re.compile(r"([\u4e00-\u9fff]{1,4})(?:在讲话中|在会上)?(?:指出|强调|要求|表示|认为|提出)")
"""A speaker's or the meeting's cue set as a line of its own (梁志田指出, 会议强调): no subhead of a draft; the words
before the cue are a person the text names or the meeting (a subhead 牢记新要求 is none)."""


_ADDRESSED = re.compile(r"(\{\{ (讲话人|主持人|批示人|出席\[\d+\])\.姓名 \}\})(?:常务副[区县市]长|副?(?:书记|部长|主任|主席|局长)"
                        r"|[区县市镇乡旗州盟]长|常委)(?=主持|讲话|出席|强调|指出|要求|提出|作|做|对|在|等|莅|总结|回顾|发表|传达"
                        r"|代表|和|与|及|的|要|将|就|还|也|又|率|带领|[，。、；：”])")
"""A leader addressed by a title after the name (罗建平部长在讲话中指出, 钟慧书记、许文涛常委): the title the facts' 职务
gives that leader (``尊称``: 区委副书记、区长 -> 区长), not the exemplar's, which the new leader may not hold (a 区政协主席
had been 钟慧书记; 16 of 322 development drafts built from the built-in facts)."""
_HONORIFIC = re.compile(r"(\{\{ (讲话人|主持人|出席\[\d+\])\.职务 \}\}\{\{ \2\.姓名 \}\})(?:书记|部长|主任|局长|区长|县长|市长|主席)"
                        r"(?=主持|讲话|出席|强调|指出|要求|提出|作|做|对|在|[，。、])")
"""A post repeated as an honorific after the name it stands before (会议由…书记张定一书记主持, dev9 917): the facts'
职务 says the post, which may be no 书记 at all (a new presider is 常务副区长). After a name alone it is the title the
facts give that leader (``_ADDRESSED``)."""


def make(exemplar: Path, out: Path) -> Made:
    """Write a skeleton template for ``exemplar`` into the folder ``out``.

    Raises:
        DrafterError: the exemplar cannot be read, or ``out`` exists and is not empty.
    """
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise DrafterError(problem_at(out, "这个文件夹已经存在且不是空的；为免覆盖已有模板，请换一个名字。"))
    m = analyse(exemplar)
    w = _Writer(m)  # the whole text names the people and places, the words a cut copy stopped on too (dev11 1104)
    cut = _finish(m, w.slots)
    body = _signed(_bylined(_joined("\n".join(w.body(tree(m))) + "\n")))
    body = _OWN_COMMITTEE.sub("{{ 地名 | 党委名 }}", _named_whole(body, w.vocab_facts))
    if "通用." in body:  # the built-in templates' macros the skeleton calls, after the header comment
        lines = body.split("\n")
        body = "\n".join([*lines[:2], MACROS, *lines[2:]])
    body = _MASKED_YEAR.sub("{{ 会议.日期 | 年份 }}", body)  # （××年3月5日）under a speech's title (dev7 639)
    body = _ADDRESSED.sub(r"\1{{ \2 | 尊称 }}", _HONORIFIC.sub(r"\1", body))
    if w.where.main is not None and w.where.main.level == 1 and "地名" in w.vocab_facts.data:
        body = _COUNTIES.sub(_divisions_below, body)  # a city's 各县（市、区）: a district's facts write 各乡镇（街道）
    body = _attendees(body, _named_attendees(body, w.vocab_facts))
    body, women = _pronouns(body)
    body = _instructed(body)
    if w.where.main is not None and w.where.main.level == 3:
        body = _town_chain(_level_above(body, w), w)
    body = _dated_by_writing(body, w)
    name = out.name
    library = out.resolve().parent
    profile = "公文"
    files = []
    if not w.numbered:
        profile = name
        files.append(_write_profile(library, name))
    fields = dict(w.fields)
    unguarded = body.replace(_SIGNED_END_BLOCK, "")  # a signature the facts may leave out asks for nothing
    required = [f for f in w.fields if f not in w.optional] + [p for p in w.vocab_facts.paths()
                                                                if p not in w.fields and p not in OPTIONAL_FACTS
                                                                and p not in w.optional and not (
                                                                    p in REPORT_PEOPLE and p + "[" not in unguarded
                                                                    and p + " " not in unguarded)]
    if w.line_fields or w.uses_lines:
        fields["条线"] = {"类型": "列表", "说明": "各条线，按文中顺序", "元素": {"类型": "对象", "字段": {
            "名称": {"类型": "文本", "说明": "条线的简称", "示例": w.lines[0]["名称"]}, **w.line_fields}}}
        required += ["条线", "条线[].名称"] + [f"条线[].{f}" for f in w.line_fields if f not in w.optional]
    _women(w.vocab_facts, women)  # after 需要: 性别 is never required
    manifest = {"体裁": GENRE_NAMES.get(m.genre, m.genre), "说明": f"由范文 {Path(m.path).name} 生成的骨架模板",
                "版式": profile, "正文": "body.j2", "需要": required, "字段": fields}
    out.mkdir(parents=True, exist_ok=True)
    head = f"# 骨架模板：由 drafter mine --skeleton 从范文 {Path(m.path).name} 生成。字段说明见“字段”。\n"
    output.write_atomic(out / "template.yml", (head + _dump(manifest)).encode("utf-8"))
    output.write_atomic(out / "body.j2", body.encode("utf-8"))
    facts = out / "示例事实.yaml"
    output.write_atomic(facts, _facts_text(name, w, m).encode("utf-8"))
    files += [out / "template.yml", out / "body.j2", facts]
    shared = _vocabulary()
    line_fields = set(shared["条线"]["元素"]["字段"])
    own = tuple(f for f in required if f.split(".")[0].split("[")[0] not in shared
                or (f.startswith("条线[].") and f[5:].split(".")[0] not in line_fields))
    return Made(name, out, library, tuple(files), facts, own, cut, _unborne_counts(m))


def _unborne_counts(m: Mined) -> tuple[str, ...]:
    """What the lint says of the counts in the exemplar's text as the template keeps it (see ``Made.counts``)."""
    from drafter.lint import running_text, structure

    numbered = [(k + 1, t) for k, t in enumerate(m.texts) if t.strip()]
    heads = {k + 1 for k, kind in enumerate(m.kinds) if kind in ("heading", "title")}
    return tuple(message.split("，数目对不上")[0] for _, code, message in structure.counts(
        running_text.passages(numbered, heads)) if code == "D301")


_WHOLE = re.compile(r"[。！？”’）)」』]$")
_SENTENCE_END = re.compile(r"[。！？](?:[”’）)」』]*)")


def _finish(m: Mined, slots: dict[int, list[Slot]]) -> str:
    """Where the exemplar's copy was cut mid-sentence (a page's excerpt, a copy stopped at a length: …完善乡村信息),
    its last paragraph back to its last whole sentence, or gone when it has none, and with it the cue that announced
    it (会议要求) or a heading left with nothing under it: a template ends where the exemplar's text is whole, so no
    draft stops mid-word. The words left out, or "" when the text ends whole. A short last line without a comma (a
    signature, a date) is no cut sentence; a paragraph of line blocks keeps its blocks where trimming would leave
    fewer than two (they become a loop over 条线, and the cut words the last line's facts, not the template's)."""
    cut = ""
    while True:
        last = max((i for i, t in enumerate(m.texts) if t.strip() and not furniture(m, i) and m.kinds[i] not in (
            "title", "subtitle", "caption", "byline", "meta", "empty", "salutation")), default=-1)
        if last < 0:
            return cut
        text = m.texts[last].rstrip()
        standalone = any(it.index == last and it.kind == "heading" and (it.marker or cut) for it in m.items)
        if standalone:  # a numbered heading with nothing under it, or one over words cut away (一、推动…人才引擎, dev8 738)
            _drop(m, [last])
            cut = text + (("……" + cut) if cut else "")
            continue
        if _WHOLE.search(text) or len(text) < 8 or "，" not in text:
            return cut
        ends = list(_SENTENCE_END.finditer(text))
        keep = ends[-1].end() if ends else 0
        if _blocks(text, m) >= 2 > _blocks(text[:keep], m):
            return cut
        m.texts[last] = text[:keep]
        slots[last] = [s for s in slots.get(last, []) if s.end <= keep]
        cut = text[keep:] + (("……" + cut) if cut else "")
        numbered = any(it.index == last and it.kind in ("run-in", "lead") and it.marker for it in m.items)
        if keep and numbered and len(first_sentence(text)[0]) >= keep - 1:
            # a numbered run-in heading the copy cut everything after (三、明确目标，全面完成统战工作任务。, dev10 1014)
            _drop(m, [last])
            cut = text[:keep] + cut
            continue
        if keep:
            return cut
        gone = [last]
        before = max((i for i in range(last) if m.texts[i].strip() and not furniture(m, i)), default=-1)
        if before >= 0 and m.kinds[before] in ("body", "heading") and (
                m.texts[before].rstrip().endswith(("：", ":")) or _CUE_ALONE.fullmatch(m.texts[before].strip())):
            gone.append(before)  # the cue that announced the words cut (会议要求 / …, dev3 219) goes with them
        _drop(m, gone)


def _blocks(text: str, m: Mined) -> int:
    return sum(1 for h in recognise.line_blocks(text, m.lines) if h.line)


def _drop(m: Mined, gone: list[int]) -> None:
    for i in gone:
        m.texts[i], m.kinds[i] = "", "empty"
    m.items = [it for it in m.items if it.index not in gone]


def _level_said(texts: list[str]) -> str:
    """The level of a document that names no place, from how it speaks of itself (全县, 县委, 我县): 县, 区, 市 or ""."""
    text = "\n".join(texts)
    mine = [level for level in "县区市旗州盟" if "我" + level in text]
    if len(mine) == 1:
        return mine[0]  # 我县 said and no other level's 我: the county's, though 市委统战部 is named more (dev14 1401)
    counts = {level: speaks_as(text, level) for level in "县区市旗州盟"}
    best = max(counts, key=lambda level: counts[level])
    return best if counts[best] else ""


_NEWS_TITLE = ("{% elif 报道 is defined and 报道.通稿标题 is defined %}{{ 报道.通稿标题 }}"
               "{% else %}{{ 通用.召开(地名 | default(\"\"), 会议) }}{% endif +%}")
_TITLE_FALLBACK = {
    "brief": _NEWS_TITLE,
    "report": _NEWS_TITLE,
    "speech": "{% else %}在{{ 会议.日期 | 年份 }}{{ 会议.名称 }}上的讲话{% endif +%}",
    "experience": "{% else %}{{ 地名 }}：{{ 经验.标题 }}{% if 经验.副题 is defined %} {{ 经验.副题 }}{% endif %}{% endif +%}",
}
"""The title a built-in template would give where the facts have no 标题 (templates/brief, templates/speech,
templates/experience)."""
_UNTITLED_FALLBACK = {"brief": {"会议.名称", "会议.日期"}, "report": {"会议.名称", "会议.日期"},
                      "speech": {"会议.名称", "会议.日期"}}
"""The facts the fallback title reads, per genre, that a skeleton of an exemplar without a title must have slotted
to be given one (an experience article's 经验.标题 is no fact its skeleton slots)."""

_LISTED = re.compile(r"\{\{ (报道\.(?:记者|通讯员))\[0\] \}\}((?:([ 、，])\{\{ \1\[\d+\] \}\})+)")


def _joined(body: str) -> str:
    """A byline's names one after another ({{ 报道.记者[0] }} {{ 报道.记者[1] }}) as the whole
    list, so a report with one reporter or three builds from the same template."""
    return _LISTED.sub(lambda m: "{{ " + m[1] + ' | join("' + m[3] + '") }}', body)


_AFTER_BLOCKS = re.compile(r"[。！](?=这些成绩|以上成绩|成绩的取得|在此，|借此机会|总之，|总的来看|总体来看)")
"""Where a paragraph of blocks per line goes on in its own words after the last line's block (…推进22个社区妇代会改建妇联。
这些成绩的取得，是…的结果。在此，我代表区委…, dev7 631): those words stay the template's, after the loop."""
MACROS = '{% import "_common/macros.j2" as 通用 %}'
"""The built-in templates' shared macros, which a skeleton calls as 通用.…"""
_REPORTERS_BRACKET = re.compile(r"[（(](?=[^（）()]*\{\{ 报道\.)((?:(?:本报|见习)?记者|通讯员|实习生|[\s、，]"
                               r"|\{\{ 报道\.(?:记者|通讯员)(?:\[\d+\]| \| join\(\"[^\"]*\"\)) \}\})+)[）)]")
"""A dispatch line's bracket holding only the report's people and their roles (（记者{{ 报道.记者[0] }} 实习生{{ 报道.记者[1] }}）);
names signed alone at the end (（张莹）) stay as they are, with no role the writer did not give."""
REPORT_PEOPLE = ("报道.记者", "报道.通讯员")


_SIGNATURE = re.compile(r"[（(]\{\{ 报道\.记者(?:\[0\]| \| join\(\" \"\)) \}\}[）)](?=\n)")
"""The reporter signing a report at its end (…提供现场参观点。（陈学军）): written only where the facts name one."""


_SIGNED_END_BLOCK = '{% if 报道 is defined and 报道.记者 is defined %}（{{ 报道.记者 | join(" ") }}）{% endif %}'


_INSTRUCTOR = (r"(?:\{\{ 批示人\.职务 \}\})?\{\{ 批示人\.姓名 \}\}(?:\{\{ 批示人 \| 尊称 \}\}|同志)?"
               r"|\{\{ 批示人 \| 代称 \}\}")
_INSTRUCTION_PARAGRAPH = re.compile(rf"^(?:[^，。\n]{{0,8}}，)?(?:{_INSTRUCTOR})[^。\n]{{0,12}}?批示中")
"""A paragraph of what the instruction said ({{ 批示人.姓名 }}在批示中指出，…)."""
_INSTRUCTION_SPANS = (
    re.compile(rf"(?:以及|[和及、])(?:\{{\{{[^}}\n]*\}}\}}|[^，。；、和及\n{{}}]){{0,12}}?(?:{_INSTRUCTOR})"
               rf"(?:(?=分别|先后|都|均)|[^，。；\n]{{0,20}}?批示(?!人)(?:精神)?)"),
    re.compile(rf"(?:(?<=[，。；：！？])|^)(?:会议|会上，?)?([^，。；：！？\n]*?(?:{_INSTRUCTOR})[^，。；：！？\n]*?批示(?!人)[^，。；：！？\n]*[，；])"),
    re.compile(rf"(?:(?<=[。！？])|^)([^。！？\n]*?(?:{_INSTRUCTOR})[^。！？\n]*[。！？]?)"))
"""The least a sentence loses where the facts name no one who instructed: the instruction joined to what was studied
(全国、全省政法工作会议精神和{{ 批示人.职务 }}{{ 批示人.姓名 }}关于政法工作的批示精神), its own clause (会前，{{ 批示人.职务 }}
{{ 批示人.姓名 }}作出批示，), else its sentence."""
_GUARDED = re.compile(r"\{% if 批示人 is defined %\}.*?\{% endif %\}")


def _instructed(body: str) -> str:
    """What the exemplar says of the leader who sent a written instruction (批示人), written only where the facts name
    one: a new meeting may have none, and a facts file for the built-in templates names none."""
    out = []
    for line in body.split("\n"):
        if "批示人" not in line or line.startswith("{#"):
            out.append(line)
            continue
        if _INSTRUCTION_PARAGRAPH.match(line):
            out.append("{% if 批示人 is defined %}" + line + "{% endif %}")
            continue
        for pattern in _INSTRUCTION_SPANS:
            while True:
                guarded = [(g.start(), g.end()) for g in _GUARDED.finditer(line)]
                spans = (x.span() if line.startswith("{{", x.end()) else x.span(x.lastindex or 0)
                         for x in pattern.finditer(line))  # 会议 goes with the clause where a name comes next
                span = next(((a, b) for a, b in spans if "批示人" in line[a:b] and "{%" not in line[a:b]
                             and not any(g <= a < h for g, h in guarded)), None)
                if span is None:
                    break
                start, end = span
                line = line[:start] + "{% if 批示人 is defined %}" + line[start:end] + "{% endif %}" + line[end:]
        out.append(line)
    return "\n".join(out)


def _signed(body: str) -> str:
    """A report's closing signature as the facts give it: ``（记者）`` where they name reporters, nothing where they name none
    (an experience piece ending （陈学军） had asked every facts file for 报道.记者)."""
    return _SIGNATURE.sub(lambda _: _SIGNED_END_BLOCK, body)


def _bylined(body: str) -> str:
    """A dispatch line's bracket of reporters as the built-in templates write it (``通用.电头署名``: （记者 … 通讯员 …）,
    nothing where the facts name nobody): a report with one reporter, three, or none builds from the same template
    (the exemplar's 记者麻酩 实习生赵琨 had made every facts file name a second reporter, dev2 125, dev11 1108)."""
    return _REPORTERS_BRACKET.sub(lambda m: "{{ 通用.电头署名(报道) }}" if re.search(
        "记者|通讯员|实习生", re.sub(r"\{\{.*?\}\}", "", m[1])) else m[0], body)


_ATTENDEE = r"(?:\{\{ 出席\[(\d+)\]\.职务 \}\})?\{\{ 出席\[(\d+)\]\.姓名 \}\}"
_ATTENDEES = re.compile(_ATTENDEE + r"(?:[，、]" + _ATTENDEE + ")+")
_LONE_ATTENDEE = re.compile(r"(?<=[，。；、])(\{\{ 出席\[0\]\.职务 \}\})?\{\{ 出席\[0\]\.姓名 \}\}(?=(?:同志)?(?:出席|参加))")
"""The one attendee an exemplar names, where they come (…主持会议，州法院院长宋学功出席。): the facts' whole list there."""


def _named_attendees(body: str, facts: Facts) -> int:
    """How many attendees the body names (出席[0] … its highest index); those after them, named only in furniture
    left out, are dropped from the exemplar's facts."""
    count = max((int(k) + 1 for k in re.findall(r"出席\[(\d+)\]", body)), default=0)
    if "出席" in facts.data:
        del facts.data["出席"][count:]
        if not facts.data["出席"]:
            del facts.data["出席"]
    return count


def _attendees(body: str, count: int) -> str:
    """A run of the attendees one after another ({{ 出席[1].职务 }}{{ 出席[1].姓名 }}，{{ 出席[2].职务 }}…) that
    goes on to the last of them, as the list from its first: in protocol order, with posts ({{ 出席[1:] | 职务姓名 }})
    or names only ({{ 出席 | 礼宾排序 | map(attribute="姓名") | join("、") }}: 县领导杨杰、李文举… of a facts file listing
    its attendees in another order would name the 副书记 before the 区长), so a facts file with three attendees or six
    builds from the same template (it stopped at 出席[4] of four before, dev2 110); the one attendee an exemplar names
    where they come (…主持会议，州法院院长宋学功出席) is the whole list too."""
    def whole(m: re.Match[str]) -> str:
        run = m[0]
        items = list(re.finditer(_ATTENDEE, run))
        indexes = [int(it[2]) for it in items]
        posts = [it[1] or "" for it in items]
        # a name without its post right after another's 、 shares that post (副部长林海君、陈军, dev8 728)
        posted = [bool(p) or (k > 0 and run[items[k - 1].end()] == "、" and any(posts[:k])) for k, p in enumerate(posts)]
        if indexes != list(range(indexes[0], count)) or any(p and p != str(n) for p, n in zip(posts, indexes)) \
                or len(set(posted)) > 1:
            return run
        sep = "、" if "、" in run and "，" not in run else "，"
        listed = "出席" if indexes[0] == 0 else f"出席[{indexes[0]}:]"
        if posted[0]:
            return "{{ " + listed + ' | 职务姓名("' + sep + '") }}'
        return _names_only(listed, sep)
    body = _ATTENDEES.sub(whole, body)
    if count == 1:  # a facts file naming four attendees names them all where the exemplar named its one (临夏州 2026)
        body = _LONE_ATTENDEE.sub(lambda m: '{{ 出席 | 职务姓名("，") }}' if m[1] else _names_only("出席", "、"), body)
    return body


def _names_only(listed: str, sep: str) -> str:
    """The attendees ``listed`` (出席, 出席[1:]) by name alone, in protocol order."""
    return "{{ " + listed + ' | 礼宾排序 | map(attribute="姓名") | join("' + sep + '") }}'


_MASK = re.compile(r"[×XＸ*＊]{2,4}")
_REVIEWED_AFTER = re.compile(r"\s?年(?:度)?(?:工作)?的?(?:简要)?(?:回顾|总结)")


def _withheld_year(before: str, after: str, role: str | None) -> int | None:
    """A year the copy withheld whole (××年): the meeting's year where the words before it deploy (安排部署 ××年…工作),
    the year before where they look back (总结回顾 ××年的工作), where it heads its own review (××年工作的简要回顾) or
    opens a paragraph of the review (××年，全区宣传思想工作…); None where nothing tells, or where it is no year."""
    if not naming.WITHHELD_YEAR.match(after):
        return None
    if THIS_YEAR_BEFORE.search(before.rstrip()):
        return 0
    if LAST_YEAR_BEFORE.search(before.rstrip()) or _REVIEWED_AFTER.match(after) or (role == "review" and not before):
        return -1
    return None


_WITHHELD_PLACE = re.compile(r"(?:平安|平安和谐|法治|活力|魅力|美丽|幸福|新|对于|我们|推动|现代化|建设|奋力谱写|服务|符合)“?$")
_WITHHELD_PLACE_AFTER = re.compile(r"”?(?:高质量|新实践|而言|来说|的经济|经济社会|新篇章|篇章|发展大局)")
"""Words around a withheld ×× that make it the document's own place (平安××建设, 推动××高质量发展, 对于××而言; 全力创建
平安和谐××, 符合××发展大局, 对××来说是极不平凡的一年: development speeches from the 范文 sites)."""
_PERSON = re.compile(r"\{\{ (讲话人|主持人|出席\[\d+\])\.姓名 \}\}")
_PRONOUN = re.compile(r"(?<![其吉排利])[他她](?![们人乡山者])")
"""他/她 as a pronoun (not 其他, 他们, 她们, 他人, 他乡, 他山之石, 吉他, 排他, 利他)."""


_CHAIN = re.compile(r"(?:\{\{ (?:省份|地市\d*|上级地名|县区\d*|乡镇\d*) \}\})+\{\{ 地名 \}\}")


def _dated_by_writing(body: str, w: _Writer) -> str:
    """An experience article holds no meeting: the date its years are read from (2023年以来, “十四五”) is the day it was
    written, the facts' 成文日期, as in the built-in experience template's facts, not a 会议.日期 no such facts file has."""
    meeting = w.vocab_facts.data.get("会议")
    if w.m.genre != "experience" or not isinstance(meeting, dict) or set(meeting) != {"日期"} \
            or "会议." in body.replace("会议.日期", "") or any(k in w.vocab_facts.data for k in ("讲话人", "主持人", "出席")):
        return body  # a meeting's people named: a report the genre guess took for an article (dev8 719) keeps its meeting
    w.vocab_facts.data["成文日期"] = w.vocab_facts.data.pop("会议")["日期"]
    return body.replace("会议.日期", "成文日期")


def _divisions_below(m: re.Match[str]) -> str:
    """The facts' place's divisions, written as the exemplar's city wrote its own (县（区）, 县市区) for a city."""
    form = m[0].replace("(", "（").replace(")", "）").replace(",", "，")
    return "{{ 地名 | 下级 }}" if form == "县（市、区）" else '{{ 地名 | 下级("' + form + '") }}'


def _level_above(body: str, w: _Writer) -> str:
    """A town's document speaking of its county (传达了全县民族宗教工作会议精神, 县委) speaks of the level above it:
    全{{ 上级地名 | 级别 }}, so a district's facts file writes 全市 there (dev9 913)."""
    county = w.where.parent
    if county is None or county.name[-1] not in "县区市旗":
        return body
    level = county.name[-1]
    parts = re.split(r"(\{[{%#].*?[}%#]\})", body)  # text between the template's tags
    said = re.compile(rf"全{level}(?![城域])|(?<![\u4e00-\u9fff]){level}委(?!员)|(?<=[，、；。]){level}委(?!员)")
    for k in range(0, len(parts), 2):
        parts[k] = said.sub(lambda m: m[0].replace(level, "{{ 上级地名 | 级别 }}"), parts[k])
    joined = "".join(parts)
    if joined == body:
        return body
    w.vocab_facts.set("上级地名", county.name)
    return joined


def _town_chain(body: str, w: _Writer) -> str:
    """A town's document names it after the places above it (安徽省六安市舒城县干汊河镇召开…, dev9 913): the chain is the
    facts' 地名全称 where they give one, else 地名 (临江区召开…), so a county's facts file builds it; the fields the chain
    alone used (地市) are dropped."""
    chains = set(_CHAIN.findall(body))
    if not chains:
        return body
    values = {**w.vocab_facts.data, **w.values}
    longest = max(chains, key=len)
    w.vocab_facts.set("地名全称", "".join(str(values.get(name, "")) for name in re.findall(r"\{\{ (\S+) \}\}", longest)))
    body = _CHAIN.sub("{{ 地名全称 | default(地名) }}", body)
    w.optional.add("地名全称")
    for name in [f for f in w.fields if not re.search(rf"(?<![\w]){re.escape(f)}(?![\w])", body)]:
        del w.fields[name]
        w.values.pop(name, None)
    for name in ("省份", "上级地名"):
        if name in w.vocab_facts.data and not re.search(rf"(?<![\w]){name}(?![\w])", body):
            del w.vocab_facts.data[name]
    return body


def _pronouns(body: str) -> tuple[str, set[str]]:
    """他/她 after a person the facts name ({{ 讲话人.姓名 }}…，他强调) as that person's pronoun,
    ``{{ 讲话人 | 代称 }}``: 她 where the facts write 性别: 女, else 他, so a skeleton mined from a report on
    a woman's speech does not call the next speaker 她 (dev4 306, dev9 912). The person is the last one named
    before the pronoun, in its paragraph or the one before; a pronoun with no one named before it stays as it
    is. Returns the body and the people (讲话人, 出席[0] …) the exemplar calls 她."""
    women: set[str] = set()
    out, pos = [], 0
    for m in _PRONOUN.finditer(body):
        cut = body.rfind("\n", 0, max(0, body.rfind("\n", 0, m.start())))  # this paragraph and the one before
        person = None
        for p in _PERSON.finditer(body, cut + 1, m.start()):
            person = p[1]
        if person is None or "{%" in body[m.start() - 2:m.start()] or "}}" == body[m.end():m.end() + 2]:
            continue
        if m[0] == "她":
            women.add(person)
        out += [body[pos:m.start()], "{{ " + person + " | 代称 }}"]
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), women


def _women(facts: Facts, women: set[str]) -> None:
    """性别: 女 in the exemplar's facts for the people it calls 她."""
    for person in sorted(women):
        name, _, index = person.partition("[")
        entry = facts.data.get(name)
        if index and isinstance(entry, list) and int(index[:-1]) < len(entry):
            entry = entry[int(index[:-1])]
        if isinstance(entry, dict):
            entry["性别"] = "女"


_OWN_COMMITTEE = re.compile(r"\{\{ 地名 \}\}(?:\{\{ 党委 \}\}|委(?!员))")
"""The place's party committee (东区区委, 莲都区委): written by 党委名, which repeats the level after a one-character
name only (渠县县委, but 临江区委)."""
_AREA_BEFORE_MEETING = re.compile(r"\{\{ 地区 \}\}(\{\{ 会议\.日期 \| 年份\(0\) \}\})\{\{ 会议\.名称 \}\}")
"""全县2017年党群系统工作会议: the area and the year split the meeting's name (without the year, 全县统战工作会议 may be
another meeting than the town's own 统战工作会议, dev7 617)."""


def _named_whole(body: str, facts: Facts) -> str:
    """全县2017年党群系统工作会议 as the meeting's whole name (2017年全县党群系统工作会议): a facts file names its
    meeting with its area (全区组织、宣传、统战、政法工作会议), so the area is not written before it twice."""
    meeting = facts.data.get("会议", {})
    area = facts.data.get("地区", "")
    if not (area and meeting.get("名称") and _AREA_BEFORE_MEETING.search(body)) or meeting["名称"].startswith(area):
        return body
    meeting["名称"] = area + meeting["名称"]
    return _AREA_BEFORE_MEETING.sub(r"\1{{ 会议.名称 }}", body)


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _write_profile(library: Path, name: str) -> Path:
    """The 公文 layout without heading numbers, for exemplars whose headings carry none."""
    data = yaml.safe_load((builtin_root() / "profiles" / "公文.yml").read_text(encoding="utf-8"))
    data["名称"] = name
    data["说明"] = f"{data.get('说明', '')}；标题不自动编号（骨架模板 {name} 用）"
    for spec in (data.get("段落样式") or {}).values():
        if isinstance(spec, dict):
            spec.pop("编号", None)
    path = library / "profiles" / f"{name}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        raise DrafterError(problem_at(path, "同名的版式文件已经存在；请给骨架模板换一个文件夹名。"))
    output.write_atomic(path, ("# 由 drafter mine --skeleton 生成\n" + _dump(data)).encode("utf-8"))
    return path


def _facts_text(name: str, w: _Writer, m: Mined) -> str:
    shared = _vocabulary()
    out = [f"# 范文 {Path(m.path).name} 自身的事实：用它生成，得到与范文同样结构的文稿。",
           "# 每项上面的注释说明它是什么、在范文里的原文；换成本次的事实即可。",
           f"# drafter build 示例事实.yaml --library {Path('..')}", f"模板: {name}"]
    for key, value in {**w.vocab_facts.data, **w.values}.items():
        note = w.fields.get(key, {}).get("说明", "") if key in w.values else \
            (shared.get(key) or {}).get("说明", "")
        if note:
            out.append("# " + note.replace("\n", " "))
        line = _dump({key: value}).rstrip("\n")
        out.append(line)
    if w.line_fields or w.uses_lines:
        out.append(_dump({"条线": w.lines}).rstrip("\n"))
    return "\n".join(out) + "\n"
