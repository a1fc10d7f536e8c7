"""Long titles break between words into a trapezoid or diamond (GB/T 9704 7.3.1)."""

from __future__ import annotations

import pytest

from drafter.titles import break_title, width

TITLES = [
    "在2023年全区组织、宣传、统战、政法工作会议上的讲话",
    "在全市组织部长工作会议暨基层党建工作重点任务推进会上的讲话",
    "关于进一步加强和改进新时代基层党组织建设推动高质量发展的实施意见",
    "思明区持续完善社会治理体系全面推进基层治理体系和治理能力现代化",
    "在全区组织宣传统战社会工作部署会暨深化党建引领基层治理改革推进会上的讲话提纲",
]


def _jieba_boundaries(text: str) -> set[int]:
    import jieba

    jieba.setLogLevel(60)
    cuts, pos = set(), 0
    for word in jieba.cut(text, HMM=False):
        pos += len(word)
        cuts.add(pos)
    return cuts


@pytest.mark.parametrize("title", TITLES)
def test_breaks_fall_between_words(title: str) -> None:
    lines = break_title(title, 20)
    assert "".join(lines) == title
    assert len(lines) >= 2
    assert all(width(line) <= 20 for line in lines)
    boundaries = _jieba_boundaries(title)
    pos = 0
    for line in lines[:-1]:
        pos += len(line)
        assert pos in boundaries, f"{lines} splits a word at {title[pos - 2:pos + 2]}"


@pytest.mark.parametrize("title", TITLES)
def test_shape_is_a_trapezoid_or_diamond(title: str) -> None:
    widths = [width(line) for line in break_title(title, 20)]
    if len(widths) == 2:
        assert abs(widths[0] - widths[1]) <= 4
    else:
        assert max(widths[1:-1]) >= max(widths[0], widths[-1])


def test_short_titles_stay_whole() -> None:
    assert break_title("海沧区：五维发力一体推进 笃行不怠创优争先", 30) == ["海沧区：五维发力一体推进 笃行不怠创优争先"]


def test_lines_do_not_end_on_a_function_word() -> None:
    for title in TITLES:
        assert all(line[-1] not in "的和与及在对为" for line in break_title(title, 20)[:-1])


def test_word_list_is_sorted_for_the_binary_search() -> None:
    from drafter.titles import WORDS_FILE, _is_word

    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    words = [w for w in lines if not w.startswith("#")]
    assert lines[:len(lines) - len(words)] == [w for w in lines if w.startswith("#")]  # header only
    assert words == sorted(set(words)) and all(w and w == "".join(w.split()) for w in words)
    assert all(_is_word(w) for w in words)
    known = set(words)
    near = {w[:-1] for w in words} | {w + "的" for w in words[::7]} | {w[1:] for w in words[::5]}
    assert all(_is_word(w) == (w in known) for w in near - {""})
    assert not _is_word("#") and not _is_word("一") and not _is_word("齉齉齉齉齉")


@pytest.mark.parametrize("title, first", [
    ("在“基层组织建设年攻坚行动”动员大会上的讲话", "在“基层组织建设年攻坚行动”"),  # dev4 951 had broken 攻坚 / 行动”
    ("2018年全区街道社区工作会暨“两新”组织党建工作推进会议讲话", "2018年全区街道社区工作会暨"),  # “两 / 新”
    ("【美丽兰州·石榴花红】榆中县“四融措施”开创民族团结进步新气象", "【美丽兰州·石榴花红】榆中县"),
])
def test_a_quoted_name_or_a_bracket_is_not_broken(title: str, first: str) -> None:
    """GB/T 9704 7.3.1 asks a broken title to keep its sense whole: a quoted name (“两新”) is one unit."""
    lines = break_title(title, 20)
    assert lines[0] == first and "".join(lines) == title


def test_the_work_lines_run_together_are_one_name_with_the_whole_before_them() -> None:
    """组织宣传统战政法社会工作 written without 、 is one name (the built-in brief's headline had read 临江区召开2026年全区组织 /
    宣传统战政法社会工作会议), and 全区 goes with the name it opens."""
    assert break_title("临江区召开2026年全区组织宣传统战政法社会工作会议", 18) == [
        "临江区召开2026年", "全区组织宣传统战政法社会工作会议"]
    assert break_title("某县召开全县组织宣传统战政法工作会议暨年度述职评议会", 18) == [
        "某县召开全县组织宣传统战政法工作", "会议暨年度述职评议会"]
    # …unless keeping the name whole leaves the lines far more uneven than a cut between two lines' names
    assert break_title("在2026年全区组织宣传统战政法社会工作会议上的讲话", 18) == [
        "在2026年全区组织宣传统战", "政法社会工作会议上的讲话"]
