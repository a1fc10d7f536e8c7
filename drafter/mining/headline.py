"""Which line of a page is the document's title (its headline), if any.

Run after the page furniture is gone (``furniture``). The title is looked for in the
document's head: the lines before the salutation (同志们：), the first numbered heading
or the first body paragraph. Each line there gets a score from the features in
``FEATURES`` (weights as data, each explained), and the title is the **first** line
scoring at least ``THRESHOLD`` — the first, not the best, because a headline may sit
under a 引题 or over a 副题 and the speaker and date lines under a speech title score
low. A page without such a line has no title: none is invented from body text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from drafter.mining import furniture as furniture_mod
from drafter.numbering import detect_marker
from drafter.outline import AUTHOR_LINE, BYLINE, DATE_LINE, NAMES_LINE, SALUTATION, normalize

THRESHOLD = 3.0
"""Score from which a line of the head is a title."""


@dataclass(frozen=True, slots=True)
class Feature:
    weight: float
    why: str


FEATURES: dict[str, Feature] = {
    "no_sentence_end": Feature(2.0, "no 。！？ inside and no ， ； ： at the end: a headline is not a sentence"),
    "title_length": Feature(1.0, "eight to sixty characters, as headlines are"),
    "work_words": Feature(1.5, "meeting and work words (会议, 召开, 工作, 讲话, 经验, 座谈, 推进 …)"),
    "speech_title": Feature(2.0, "the form of a speech title (在…上的讲话, 讲话稿, 致辞, 发言)"),
    "repeated": Feature(1.0, "also printed in the furniture (a breadcrumb, the page's <title>) or twice"),
    "clause": Feature(-1.5, "a comma inside and no work words: a broken line of body text, not a headline"),
    "short": Feature(-3.0, "six characters or fewer: a speaker's name, a stub"),
    "too_long": Feature(-3.0, "more than sixty characters (a hundred for parts set off by spaces)"),
    "date": Feature(-6.0, "only a date (the speech's date line)"),
    "numbered": Feature(-6.0, "opens with a heading numeral: the first heading, not the title"),
    "salutation": Feature(-10.0, "a salutation (同志们：)"),
    "byline": Feature(-6.0, "a byline or dateline (本报讯, 记者 …)"),
    "prose": Feature(-4.0, "forty characters or more with two or more commas or full stops: body text"),
    "slogan": Feature(-3.0, "three or more parts of one length set off by spaces (喜迎二十大 忠诚保平安 奋进新征程): a banner"),
    "site_words": Feature(-2.0, "words of a site's navigation or metadata (分类, 浏览, 首页, 来源): the page's, not the text's"),
}

SENTENCE_END = re.compile(r"[。！？!?]")
WORK_WORDS = re.compile(r"会议|召开|举行|工作|讲话|经验|做法|座谈|推进|部署|动员|总结|报告|致辞|发言|专题|研讨|大会")
SPEECH_TITLE = re.compile(r"在.{2,40}上的(?:讲话|致辞|发言|报告|总结)|讲话稿|讲话提纲|致辞$|发言$|讲话$"
                          r"|讲话(?:稿)?篇[一二三四五六七八九十\d]{1,2}$")  # a collection's item (…领导讲话篇1, dev8 735)
KICKER = re.compile(r"(?:纪实|侧记|综述|速写|巡礼|掠影|扫描|观察|会议?(?:提出|强调|要求|指出))$")
"""A 引题 over a feature's headline (山西省临汾市尧都区综治中心规范化建设纪实 / 三招“组合拳”织密…), or over
what a meeting asked for (全市宣传部长会议提出 / 为发展提供强劲思想保证精神动力, dev9 914)."""
_LEADS_ON = re.compile(r"[^—]——$")
"""A 引题 that leads on to the headline under it (争人心、办实事、解难题，松桃自治县委统战部大力实施“同心工程”…—— /
聚力促发展 “同心”谋跨越, dev14 1446)."""
_ASKS_PAIR = re.compile(r"^[^\s，。]{2,12}要[^\s，。]{2,10}[ \u3000]+[^\s，。]{2,12}要[^\s，。]{2,10}$")
"""A kicker of two demands over the headline (思想政治工作要解疑释惑 文明创建工作要以人为本 / 我市部署…工作, dev11 1105)."""
NEWS_OPENING = re.compile(r"^(?:本报讯|本报|新华社|记者|通讯员|[\u4e00-\u9fff]{2,8}讯[（(])")


def title_features(text: str, furniture: str = "", others: tuple[str, ...] = ()) -> list[str]:
    """The features of a line of the head (``furniture``: the dropped furniture, joined;
    ``others``: the other lines of the head)."""
    t = normalize(text)
    plain = re.sub(r"\s+", "", t)
    out: list[str] = []
    if not plain:
        return out
    if not SENTENCE_END.search(plain) and plain[-1] not in "，；：,;:":
        out.append("no_sentence_end")
    if 8 <= len(plain) <= 60:
        out.append("title_length")
    if WORK_WORDS.search(plain):
        out.append("work_words")
    if SPEECH_TITLE.search(plain):
        out.append("speech_title")
    if len(plain) >= 8 and (plain in furniture or plain in others):
        out.append("repeated")
    if "，" in plain[:-1] and "work_words" not in out:
        out.append("clause")
    if len(plain) <= 6:
        out.append("short")
    parts = text.split()
    if len(plain) > 60 and not (2 <= len(parts) and len(plain) <= 100 and max(map(len, parts)) <= 40):
        out.append("too_long")  # a headline and its 副题 on one line, set off by spaces, may run longer
    if DATE_LINE.match(plain) or re.fullmatch(r"[（(]?[\d年月日\s]+[）)]?", plain):
        out.append("date")
    if detect_marker(t):
        out.append("numbered")
    if SALUTATION.match(t):
        out.append("salutation")
    bare = plain.lstrip("◆◇●■□▲△•·-—")
    if (BYLINE.match(bare) or BYLINE.match(text.strip()) or AUTHOR_LINE.match(text.strip()) or NAMES_LINE.match(text.strip()) or NEWS_OPENING.match(bare)
            or furniture_mod.BYLINE.match(bare)):
        out.append("byline")
    if len(plain) >= 40 and plain.count("，") + plain.count("。") >= 2:
        out.append("prose")
    parts = text.split()
    if len(parts) >= 3 and len({len(x) for x in parts}) == 1 and 4 <= len(parts[0]) <= 10:  # 深化“创标杆”意识 … (dev6 502)
        out.append("slogan")
    if any(w in plain for w in furniture_mod.SITE_WORDS if len(w) >= 2 and w not in ("正文", "导语", "推荐")):
        out.append("site_words")
    return out


def score(features: list[str]) -> float:
    return sum(FEATURES[f].weight for f in features)


def head_zone(texts: list[str]) -> int:
    """How many lines open the document before its body: the salutation, the first numbered
    heading, the first paragraph of running text or a piece of one (a clause with a comma and
    no work words, as a column break leaves it) ends the head."""
    for i, text in enumerate(texts):
        t = normalize(text)
        plain = re.sub(r"\s+", "", t)
        if (SALUTATION.match(t) or detect_marker(t)
                or (len(plain) >= 40 and SENTENCE_END.search(plain[:-1] or "x"))
                or (len(plain) >= 30 and plain[-1] in "。！？")
                or (len(plain) >= 15 and plain[-1] in "。！？" and "，" in plain)
                or (len(plain) >= 20 and "，" in plain and not WORK_WORDS.search(plain))):
            return i
    return len(texts)


def choose(texts: list[str], furniture: tuple[str, ...] = ()) -> int | None:
    """Index of the title among ``texts`` (the document's lines, furniture dropped), or None."""
    zone = head_zone(texts)
    joined = "".join(re.sub(r"\s+", "", normalize(f)) for f in furniture)
    head = [re.sub(r"\s+", "", normalize(t)) for t in texts[:zone]]
    for i in range(zone):
        others = tuple(h for j, h in enumerate(head) if j != i)
        if score(title_features(texts[i], joined, others)) >= THRESHOLD:
            if i + 1 < zone and (_formal_form(head[i], head[i + 1]) or (
                    (KICKER.search(head[i]) or _ASKS_PAIR.match(texts[i].strip()) or _LEADS_ON.search(head[i]))
                    and "——" not in head[i][:-2]
                    and score(title_features(texts[i + 1], joined, others)) >= THRESHOLD)):
                return i + 1
            return _last_speech_title(texts, head, i, zone, joined)
    return None


def _last_speech_title(texts: list[str], head: list[str], i: int, zone: int, joined: str) -> int:
    """A speech title chosen, the last line of the head in that form that also scores as a title:
    the speech's own title sits right above its date and salutation, a page's and a collection's
    names of it above that (…讲话(共6篇) / 篇1：… / 市委书记在全市统战工作会议上的讲话 / (XX年3月5日),
    dev7 639; two drafts' titles, the later one the speech's, dev4 335)."""
    if not SPEECH_TITLE.search(head[i]):
        return i
    later = [j for j in range(i + 1, zone) if SPEECH_TITLE.search(head[j]) and not head[j].startswith("——")
             and score(title_features(texts[j], joined, tuple(h for k, h in enumerate(head) if k != j))) >= THRESHOLD
             and not _shortened(head[j], head[i])]
    return later[-1] if later else _over_salutation(texts, i)


def _shortened(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with only its 在 and 的 left out (全县统战、宗教工作会议上讲话 under 在全县统战、宗教工作会议上的
    讲话, a collection's item name over the salutation, dev16 1632): the fuller form is the speech's title."""
    if len(short) >= len(full) or not set(full) - set(short) <= set("在的"):
        return False  # a page's title with more in it (2021年, 【街道讲话】, the speaker's name) is the page's, not the speech's
    rest = iter(full)
    return all(c in rest for c in short)


_DRAFT_WORDS = re.compile(r"(?:稿|全文|范文|原文|（[^）]{1,6}）|\([^)]{1,6}\))$")
"""What a page adds to a speech's title (…讲话稿, …（全文）)."""


def _over_salutation(texts: list[str], i: int) -> int:
    """The speech's own title printed again right above its salutation, past a page's summary that ended the head
    (…讲话稿 / 时间… / 下面是网友为您分享的… / …讲话 / 同志们：, dev11 1143): that line, where it names the same
    speech (the page's title less 稿, 全文 …), else ``i``."""
    page = re.sub(r"\s+", "", normalize(texts[i]))
    stem = _DRAFT_WORDS.sub("", page) or page
    for j in range(i + 1, min(len(texts), i + 8)):
        t = re.sub(r"\s+", "", normalize(texts[j]))
        if SALUTATION.match(t):
            break
        if j + 1 < len(texts) and SALUTATION.match(normalize(texts[j + 1]).strip()) and t != page and \
                (_DRAFT_WORDS.sub("", t) or t) == stem and SPEECH_TITLE.search(t):
            return j
    return i


def printed_twice(text: str) -> str | None:
    """A headline a page printed twice on one line with nothing between (XX): X, else None; where the
    two copies differ a little (a file name above the text's own title: 2023在…行动2023年在…行动,
    dev9 957), the later copy, the document's own."""
    short = text.strip()
    half = len(short) // 2
    if len(short) % 2 == 0 and half >= 8 and short[:half] == short[half:] and not SENTENCE_END.search(short):
        return short[:half]
    if len(short) < 16 or SENTENCE_END.search(short):
        return None
    for k in range(half - 2, half + 3):
        first, later = short[:k], short[k:]
        if min(len(first), len(later)) >= 8 and first[:2] == later[:2] and \
                difflib.SequenceMatcher(None, first, later).ratio() >= 0.9:
            return later
    return None


def _formal_form(short: str, formal: str) -> bool:
    """Whether ``formal`` is the speech title ``short`` abbreviates (全区组织部长座谈会讲话 over
    在全区组织部长座谈会上的讲话, a page's name for the speech above the speech's own title, or the
    page's title naming the speaker: 吕鹏举：在…上的讲话)."""
    named = re.match(r"[\u4e00-\u9fff]{2,4}[：:](?=在)", short)  # 吕鹏举：在…上的讲话, a page's title (dev6 542)
    words = short[named.end():] if named else short
    return (formal.startswith("在") and (named or not re.search(r"在.{2,40}上的", short))
            and bool(SPEECH_TITLE.search(formal))
            and sum(c in formal for c in words) >= 0.8 * len(words))


def body_lines(texts: list[str]) -> list[int]:
    """Lines of the head that are pieces of body text a page or column break cut off (a comma
    inside, no work words, no sentence end): not titles or headings."""
    zone = head_zone(texts)
    return [i for i in range(min(zone + 1, len(texts))) if "clause" in title_features(texts[i])]
