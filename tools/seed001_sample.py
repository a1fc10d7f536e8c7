"""One-off helper (kept for review): derive samples/speech.yaml from seed 001.

It splits the seed's paragraphs into the facts vocabulary and normalises the
half-width punctuation the web copy has. Run from the repository root.
"""

import re
from pathlib import Path

import yaml

HALF = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})


def norm(s: str) -> str:
    # The web copy anonymised names as "**"; the sample names the body instead.
    return s.strip().translate(HALF).replace("年初的**全会", "年初的区委全会")


def split_lead(par: str, prefix: str) -> tuple[str, str]:
    body = par[len(prefix):] if par.startswith(prefix) else par
    head, _, rest = body.partition("。")
    return head, rest


paras = [norm(p) for p in Path("seeds/001_8aa40ba3a1ef0fc1.txt").read_text("utf-8").splitlines()]
idx = {p[:2]: i for i, p in enumerate(paras)}


def points(start: int, end: int, verb: str) -> list[dict[str, str]]:
    out = []
    for p in paras[start:end]:
        m = re.match(rf"^[一二三四五六七八九十]+{verb}", p)
        head, rest = split_lead(p, m[0])
        out.append({"标题": head, "内容": rest})
    return out


def find(prefix: str, after: int = 0) -> int:
    return next(i for i in range(after, len(paras)) if paras[i].startswith(prefix))


i1, i2, i3 = find("一、"), find("二、"), find("三、")
meaning = [dict(zip(("标题", "内容"), split_lead(p, p[:3]))) for p in paras[i1 + 2:i2]]
lines = []
names = [("组织", "组织部门", "（一）"), ("宣传", "宣传部门", "（二）"), ("统战", "统战部门", "（三）"),
         ("政法", "政法部门", "（四）")]
starts = [find(mark, i2) for _, _, mark in names] + [i3]
review = {
    "组织": ("扎实践行新时代党的组织路线，着力完善上下贯通、执行有力的组织体系，着力打造政治过硬、素能全面的干部队伍，着力集聚勇于创新、引领发展的优秀人才",
           ["全市中心城区社区建设巩固提升现场观摩交流会在我区召开",
            "在全市组织部长工作会议上，我区围绕党建引领小区治理作了典型发言"]),
    "宣传": ("以“九大工程”作为宣传思想工作的总载体",
           ["“五大创建”全面发力、硕果累累，首次实现全国级的大满贯，助力市成功创建全国文明城市"]),
    "统战": ("始终坚持“大团结、大联合”工作方针",
           ["区统战系统再次被市委、市政府授予服务非公经济发展工作“服务奖”、招商引资工作“金桥奖”",
            "区民宗局被评为全市民族宗教工作先进单位、全市宗教管理大数据建设工作先进单位、全市民族宗教宣传信息工作先进单位"]),
    "政法": ("完成了全国“两会”等敏感时期的维稳任务",
           ["依法治区建设成效显著，连续两年在全市依法行政考核中获得优秀等次，受到市政府的通报表扬",
            "荣获法治县（市、区）创建活动先进单位，成为全市唯一获得此殊荣的县区"]),
}
for k, (name, dept, mark) in enumerate(names):
    head, rest = split_lead(paras[starts[k]], mark)
    title = head.removeprefix(dept + "要")
    lines.append({"名称": name, "部门": dept, "回顾": review[name][0], "成绩": review[name][1],
                  "任务": {"标题": title, "导语": rest,
                         "要点": points(starts[k] + 1, starts[k + 1], "是")}})

facts = {
    "模板": "speech",
    "地区": "全区",
    "党委": "区委",
    "会议": {"名称": "全区组织、宣传、统战、政法工作会议", "日期": "2023-02-20",
           "主要任务": paras[2].split("主要任务是", 1)[1].rstrip("。")},
    "回顾": {"总体": "坚决落实上级重大决策部署，围绕中心、服务大局，充分发扬担当精神，深耕细作主责主业"},
    "今年": {"定位": "今年是贯彻落实党的二十大开局之年"},
    "条线": lines,
    "意义": {"标题": paras[i1][2:], "导语": paras[i1 + 1], "要点": meaning},
    "部署": {"标题": paras[i2][2:], "导语": paras[i2 + 1]},
    "保障": {"标题": paras[i3][2:], "导语": paras[i3 + 1], "要点": points(i3 + 2, i3 + 5, "要")},
    "结束语": {"号召": "征途漫漫，惟有奋斗", "目标": "建设现代化美丽城市、实现“两个更好”"},
}
text = yaml.safe_dump(facts, allow_unicode=True, sort_keys=False, width=1000)
text = text.replace("日期: '2023-02-20'", "日期: 2023-02-20  # 语料未载明会议日期，此为示例")
header = ("# 讲话稿示例事实：2023 年全区组织、宣传、统战、政法工作会议（取自语料 seeds/001）。\n"
          "# 生成：drafter build samples/speech.yaml\n\n")
Path("samples/speech.yaml").write_text(header + text, "utf-8")
