"""Page furniture and titles in `drafter mine`: the furniture classifier (drafter/mining/furniture.py)
and the title chooser (drafter/mining/headline.py) on lines from the development corpus (the document
ids are those of tests/corpus/shared and tests/corpus/dev2), and what a mined page reports."""

from __future__ import annotations

import pytest

from drafter.mining import furniture, headline
from drafter.mining.analyse import analyse_paras
from drafter.mining.clean import clean
from drafter.mining.furniture import classify, is_furniture, line_features
from drafter.mining.units import units
from drafter.reader import Para

BODY = ("4月25日,双清区召开区委社会工作会议。会议传达中央及省、市重要会议精神,总结2024年各项社会工作,"
        "安排部署2025年重点任务。区委常委、政法委书记郭皓出席会议并讲话。")
BODY2 = ("会议指出,要深刻认识新时代加强社会工作的重大意义,从政治、民生、改革三个维度系统把握社会工作的战略定位,"
         "健全体制机制,提升整体效能,推动新时代社会工作高质量发展。")

# Furniture lines of each kind the issue names, as found in the corpus (document id, line, kind).
FURNITURE_LINES = [
    ("105", "当前位置: 首页 > 政务公开 > 政务动态 > 政务要闻", "导航路径"),
    ("140", "您的位置:新文秘网>>城建/城建讲话/政法武装/会议致辞/会议主持/会议发言/>>正文", "导航路径"),
    ("146", "中文马克思主义文库 -> 刘少奇", "导航路径"),
    ("150", "首页/ 政府信息公开 / 法定主动公开内容 / 政府工作报告 / 正文", "导航路径"),
    ("100", "编稿时间: 2018-03-07 14:51 来源: 君山区政府门户网站 浏览量:1次  字体:", "来源与发布信息"),
    ("108", "2022-12-17 来源:偏关你好", "来源与发布信息"),
    ("107", "2018/12/28 上午9:27:28 星期五", "来源与发布信息"),
    ("02", "发布日期:2026-03-17 来源:大丰日报 浏览次数: [字体: ]", "来源与发布信息"),
    ("07", "来源:三湘统战网 作者:邓向晖 编辑:redcloud 2021-05-26 10:01:54", "来源与发布信息"),
    ("09", "责任编辑:白岚", "来源与发布信息"),
    ("104", "• 字体放大", "网页按钮"),
    ("02", "打印 关闭", "网页按钮"),
    ("004", "主办:北京市西城区人民政府办公室 承办:北京市西城区政务服务管理局、北京市西城区数据局", "网站页脚"),
    ("004", "政府网站标识码:1101020002 京ICP备19014909号-1 京公网安备:11010202007633", "网站页脚"),
    ("104", "Copyright © www.shaoshang.cn,All Rights Reserved. 邵商网 版权所有", "网站页脚"),
    ("001", "下面是小编为大家整理的2023年在全区组织宣传统战政法工作会议上讲话,供大家参考。", "推广或说明文字"),
    ("144", "公文高手,超级方便的公文写作神器! 立即了解", "推广或说明文字"),
    ("141", "预览阅读已结束,若您需要全文或代笔。", "推广或说明文字"),
    ("142", "导语:政法部门纪风整顿活动会议讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。",
     "推广或说明文字"),
    ("166", "---此处隐藏2721字,下载后查看---", "推广或说明文字"),
    ("115", "关注“连云港人文”微信公众号", "网页附加文字"),
    ("104", "双清区召开区委社会工作会议(图1)", "图片说明"),
    ("106", "▲区委社会工作部部长、区委“两新”组织党工委书记陈鸿耀作讲话", "图片说明"),
    ("148", "目录/提纲:……", "提纲目录"),
    ("177", "Page 202 - 微论坛正稿", "页码"),
    ("15", "德育素材网 首页", "网页附加文字"),
    ("1438", "老金范文,海量公文素材资料,下载网址:www.laojin123.com,润笔请加微:liaoda199。", "推广或说明文字"),
]


@pytest.mark.parametrize(("doc", "line", "kind"), FURNITURE_LINES, ids=[f"{d}:{k}" for d, _, k in FURNITURE_LINES])
def test_furniture_lines_of_every_kind(doc: str, line: str, kind: str) -> None:
    # Between body paragraphs only strong evidence counts; at the page's edge every kind is found.
    verdicts = classify([line, BODY, BODY2])
    assert verdicts[0].furniture, (doc, verdicts[0])
    assert verdicts[0].kind == kind
    assert not verdicts[1].furniture and not verdicts[2].furniture


@pytest.mark.parametrize("line", [
    "这些经验来源于基层一线的探索实践,经编辑部整理、审核后在网站发布,供各地学习借鉴。",  # 来源/编辑/网站/发布 in a sentence
    "来源于群众、服务于群众的平安建设,点击率高、分享多的宣传作品要及时推广。",
    "双清区召开区委社会工作会议",  # 104's headline
    "在全县村级组织换届选举工作会议上的讲话",  # 148's title
    "(2009年3月3日)",  # 14: the date under a speech title
    "同志们:",
    "县委副书记",  # 148: the speaker line
    "一、统一思想,认清形势,进一步明确做好村级组织换届选举工作的重要意义",
])
def test_what_is_never_furniture(line: str) -> None:
    assert not classify([line, BODY, BODY2])[0].furniture
    assert not classify([BODY, BODY2, line])[2].furniture
    assert not is_furniture(line)


def test_a_body_paragraph_that_names_its_source_is_kept() -> None:
    # A paragraph of running text between body paragraphs, with three site words and a field label
    text = "来源:本报讯。据统计,全县今年共举办各类培训班32期,编辑出版学习资料6册,网站发布信息200余条,点击量明显上升。"
    verdicts = classify([BODY, text, BODY2])
    assert not verdicts[1].furniture and "inside" in verdicts[1].features
    kept = [p.text for p in clean([Para(BODY), Para(text), Para(BODY2)]).paras]
    assert any(t.startswith("来源：本报讯。据统计") for t in kept)


def test_a_long_paragraph_counts_furniture_words_only_at_its_start() -> None:
    # 162: a whole article in one table cell ends with the copy site's cut marker
    cell = ("| 乡镇乡村振兴经验交流:坚持党建领航 强化一体推进 着力绘就乡村振兴和美画卷 今年以来,*乡镇紧紧围绕党建引领"
            "乡村振兴战略持续发力,按照市委总体工作思路,以乡村振兴区域品牌为统领,充分发挥区位优势和生态优势,聚资源、育品牌、"
            "促融合、勇创新。……(快文网http://www.fanwy.cn省略685字,正式会员可完整阅读)")
    assert "promotion" not in line_features(cell) and "latin" not in line_features(cell)
    out = clean([Para("| 标题:乡镇乡村振兴经验交流:坚持党建领航 强化一体推进 着力绘就乡村振兴和美画卷 |"), Para(cell)])
    assert len(out.paras) == 2 and out.paras[1].text.startswith("乡镇乡村振兴经验交流")  # the cell's border dropped
    assert out.paras[0].style == "Title"  # the metadata table's 标题 field is the title
    assert out.paras[0].text == "乡镇乡村振兴经验交流：坚持党建领航 强化一体推进 着力绘就乡村振兴和美画卷"


def test_stubs_beside_furniture_and_contents_lists() -> None:
    # 07: 时刻新闻 between the source line and the share button
    lines = ["双牌县召开全县统战工作会议", "来源:三湘统战网 作者:邓向晖 编辑:redcloud 2021-05-26 10:01:54",
             "时刻新闻", "—分享—", BODY, BODY2]
    assert [v.furniture for v in classify(lines)] == [False, True, True, True, False, False]
    # 148: the 提纲 printed before the speech, closed by an ellipsis; the speech's own headings stay
    lines = ["目录/提纲:……", "一、统一思想,认清形势", "二、明确要求,把握政策", "……", "在全县村级组织换届选举工作会议上的讲话",
             "县委副书记", "同志们:", BODY, "一、统一思想,认清形势", BODY2]
    assert [i for i, v in enumerate(classify(lines)) if v.furniture] == [0, 1, 2, 3]


def test_a_headline_printed_twice_keeps_one_copy() -> None:
    # 142: the title, a time line, the site's 导语, the title again
    lines = ["政法部门纪风整顿活动会议讲话", "时间:2022-03-30 03:54:00",
             "导语:政法部门纪风整顿活动会议讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。",
             "政法部门纪风整顿活动会议讲话", "一、充分认识开展政法队伍纪律作风整顿的重要性和必要性", BODY]
    assert [i for i, v in enumerate(classify(lines)) if v.furniture] == [1, 2, 3]


def test_every_feature_is_weighed_and_explained() -> None:
    for name, f in furniture.FEATURES.items():
        assert f.weight and f.why, name
        assert (f.weight > 0) or not f.kind, name  # only evidence for furniture names a kind
    for name, f in headline.FEATURES.items():
        assert f.weight and f.why, name
    # every feature is seen somewhere: by a test of the line, by counting, or by its place
    tested = {name for name, _ in furniture.TESTS}
    assert tested | {"site_word", "field_label", "edge", "inside", "beside", "repeat", "preview", "related"} == set(furniture.FEATURES)


@pytest.mark.parametrize(("doc", "lines", "title"), [
    ("150", ["严晓慧在全县平安建设及“两率一度”提升推进会上的讲话(提纲)", "严晓慧", "(2016年10月12日)", "同志们:", BODY],
     0),
    ("002", ["实干再出发 治理谱新篇", "思明区昨召开全区社会治理推进会", "本报讯(记者 林雯 通讯员 夏思莹)" + BODY], 0),
    ("148", ["县委副书记", "在全县村级组织换届选举工作会议上的讲话", "同志们:", BODY], 1),
    ("106", ["◆ 文 / 图 邓浩延 周庆美 (区委社会工作部)", BODY, BODY2], None),
    ("177", ["位当前劣势和发展不足的现实,是导致部分年轻干部扎根兴山定", "力不足、“不情不愿”的重要因素。县委准确把脉", BODY],
     None),
    ("101", [BODY, BODY2], None),
    ("13", ["陈俊同志在全区组织、宣传、统战工作会议上的讲话"], 0),
    # dev11 1143: a page's …讲话稿, its summary (which ends the head), then the speech's own title over its salutation
    ("1143", ["县政法委书记在网络安全和信息化工作专题会上的讲话稿", "强调网络安全的重要性，推动信息化建设，强化责任落实，提升防护"
              "能力，确保数据安全与社会稳定。下面是网友为您分享的相关材料，供您参考学习。",
              "县政法委书记在网络安全和信息化工作专题会上的讲话", "同志们：", BODY], 2),
    # dev8 735: a collection's name, then its first item's (…篇1) over the salutation: the item's
    ("735", ["信访工作会议领导讲话", "信访工作会议领导讲话篇1", "同志们：", BODY], 1),
    ("1143b", ["县政法委书记在网络安全和信息化工作专题会上的讲话稿", BODY, "在全县政法工作会议上的讲话", "同志们：", BODY], 0),
])
def test_the_title_is_the_first_line_of_the_head_with_title_features(
        doc: str, lines: list[str], title: int | None) -> None:
    assert headline.choose(lines) == title, doc


def test_a_sites_slogan_above_its_breadcrumb_image_file_names_and_a_credited_scene() -> None:
    # dev17 1718: the site's slogan above 您现在的位置 and the headline under it
    lines = ["打造网上国际投资促进平台 致力于中国投资促进事业", "您现在的位置:首页 > 开发区新闻 > 金华 > 文字新闻",
             "推进新时代文明实践中心建设", "发布时间:2020-09-30  来源:中国磐安", BODY, BODY2]
    assert mined_head(lines)[0] == "推进新时代文明实践中心建设"
    assert classify(lines)[0].furniture
    # a page whose headline stands above its breadcrumb keeps it
    assert mined_head(["推进新时代文明实践中心建设", "您现在的位置:首页 > 开发区新闻", "发布时间:2020-09-30", BODY, BODY2])[0] == \
        "推进新时代文明实践中心建设"
    # dev17 1723: photos' file names where the images were; dev17 1722: a scene and its credit
    verdicts = classify([BODY, "8864cf6cd68c4f86a1a07203e23afc02.Jpeg", BODY2,
                         "仓山区召开拓展新时代文明实践中心建设部署推进会现场。仓山区融媒体中心供图", BODY])
    assert verdicts[1].furniture and verdicts[3].furniture and verdicts[1].kind == verdicts[3].kind == "图片说明"


def test_a_contents_list_of_ordinal_rows_an_empty_attachment_a_login_box_and_an_outlets_credit() -> None:
    # dev19 1955: a 提纲 whose last rows open on 一是…四是, closed by ……
    page = ["在全市人大信访工作座谈会上的讲话", "目录/提纲:……", "一、提高认识,明确地位,是做好工作的思想基础",
            "(一)领导要重视", "一是强化责任意识", "二是健全工作制度", "……", "同志们:", BODY, BODY2]
    verdicts = classify(page)
    assert all(v.furniture for v in verdicts[1:7]) and not verdicts[7].furniture
    # dev19 1954, 1932: 附件: with nothing attached; a login box
    verdicts = classify([BODY, BODY2, "附件:", "账号+密码登录", "还没有账号?", "立即注册"])
    assert verdicts[2].furniture and verdicts[3].furniture
    # dev19 1922: an outlet and its reporter in brackets, split off a one-line copy, is no title
    assert mined_head(["新华网蕉城在线(吴辉东)", BODY, BODY2])[0] == ""


def test_a_text_stored_as_one_line_is_never_furniture_whatever_its_head() -> None:
    # dev3 218 as a spaced copy (tools/messy_copies.py): the breadcrumb at its head had dropped the whole report
    page = ("首页>党派·声音>统一战线 统一战线 马鞍山市统战部长会议召开 总结工作部署任务 2016年03月04日 11:55 | 来源:中国新闻网 "
            "分享到: " + (BODY + " " + BODY2 + " ") * 3)
    assert len(page) >= 400 and not classify([page])[0].furniture
    assert classify(["首页>党派·声音>统一战线", BODY, BODY2])[0].furniture  # the breadcrumb on its own line still is


def test_a_model_text_sites_fields_and_captions_between_marks() -> None:
    # dev17 1740, 1710: 本文标题:… / 链接地址:… under the speech, 本文简介: glued to the title, a no-copying notice
    page = ["在2024年机关党建工作质量提升推进会上的讲话", "同志们:", BODY, BODY2, "本文标题:在2024年机关党建工作质量提升推进会上的讲话.",
            "链接地址:http://www.example.com/detail/41630.html", "作者原创,不允许二次传播,一经发现收回会员权益,追究法律责任。"]
    verdicts = classify(page)
    assert all(v.furniture for v in verdicts[4:]) and not verdicts[0].furniture
    assert classify(["公文素材库 首页", "在2019年全区信访工作会议上的讲话 本文简介:", BODY, BODY2])[1].furniture
    # dev17 1731: captions between lines holding only the gateway's undecoded space (?)
    lead = "5月4日，全县老干部工作会议在县政府礼堂召开。县委常委、组织部部长唐虹出席会议并讲话。" + BODY
    verdicts = classify([lead, "?", "会议现场", "?", BODY2, "?", "唐虹出席会议并讲话", "?", BODY, "?", "会场一角", "?", BODY2])
    assert verdicts[2].furniture and verdicts[6].furniture and verdicts[10].furniture
    assert verdicts[6].kind == verdicts[10].kind == "图片说明"


def test_a_mined_page_reports_its_furniture_and_takes_none_of_it_for_title_or_unit() -> None:
    # 104 and 105: a news page with a breadcrumb, date and source lines, buttons, a caption and a footer
    lines = ["个人中心", "当前位置: 邵商网 > 新闻 > 区县新闻 > 双清区", "双清区召开区委社会工作会议",
             "时间:2025-04-27   来源:双清区融媒体中心", "  • 字体放大", "  • 字体缩小", "-分享-", BODY,
             "双清区召开区委社会工作会议(图1)", BODY2, "来源:双清区融媒体中心",
             "Copyright © www.shaoshang.cn,All Rights Reserved. 邵商网 版权所有"]
    raw = "\n".join(lines)
    m = analyse_paras([Para(t) for t in lines], "104.txt", raw)
    assert m.title == "双清区召开区委社会工作会议" and m.subtitles == []
    dropped = next(r for r in m.repairs if r.kind == "furniture")
    assert dropped.message.startswith("删去网页附加文字 9 段（")
    for kind in ("导航路径", "来源与发布信息", "网页按钮", "图片说明", "网站页脚"):
        assert kind in dropped.message
    assert "个人中心" in dropped.examples and len(dropped.examples) == 8
    shown = [u.text for u in units(m, raw)]
    assert shown and not any(("来源" in t or "字体" in t or "图1" in t or "分享" in t) for t in shown)
    assert shown[0].startswith("4月25日")


def test_html_tags_are_dropped_and_reported() -> None:
    # 123: a copy with the editor's HTML left in
    out = clean([Para('<p class="ql-block"> 9月21日上午,区委政法委召开党的二十大安保维稳部署会议。</p>'),
                 Para("<b>要压实工作责任,</b>抓牢平安建设、法治建设考核两个重点。")])
    assert [p.text for p in out.paras] == ["9月21日上午，区委政法委召开党的二十大安保维稳部署会议。",
                                         "要压实工作责任，抓牢平安建设、法治建设考核两个重点。"]
    assert out.repairs[0].message == "删去网页源码标记 4 处"


@pytest.mark.parametrize(("doc", "lines", "title", "subtitles"), [
    # 150: a breadcrumb above a speech title that ends in （提纲）, the speaker and the date under it
    ("150", ["首页/ 政府信息公开 / 法定主动公开内容 / 政府工作报告 / 正文",
             "严晓慧在全县平安建设及“两率一度”提升推进会上的讲话(提纲)", "严晓慧", "(2016年10月12日)", "同志们:", BODY],
     "严晓慧在全县平安建设及“两率一度”提升推进会上的讲话（提纲）", ["严晓慧", "（2016年10月12日）"]),
    # 144: a copy site's promotion line above the title
    ("144", ["公文高手,超级方便的公文写作神器! 立即了解", "县宣传思想工作会议上的讲话", "同志们:", BODY],
     "县宣传思想工作会议上的讲话", []),
    # 107: a clock line, the site's hotline and a breadcrumb above the headline, the source line under it
    ("107", ["2018/12/28 上午9:27:28 星期五", "新闻热线:0577-67898890 广告热线:67810777 | 关于我们 | 旧版",
             "您当前的位置 : 文成新闻网  ->  新闻  ->  文成新闻  ->  政务要闻  -> 正文政务要闻",
             "县委统一战线工作领导小组会议召开", "发布时间:2020年07月07日 来源:文成新闻网", BODY, BODY2],
     "县委统一战线工作领导小组会议召开", []),
    # 177: a page number and the cut-off end of a sentence (a scanned book): no title at all
    ("177", ["Page 202 - 微论坛正稿", "P. 202", "位当前劣势和发展不足的现实,是导致部分年轻干部扎根兴山定", BODY, BODY2],
     "", []),
])
def test_the_mined_title_is_never_furniture_and_never_invented(
        doc: str, lines: list[str], title: str, subtitles: list[str]) -> None:
    raw = "\n".join(lines)
    m = analyse_paras([Para(t) for t in lines], f"{doc}.txt", raw)
    assert m.title == title, doc
    assert list(m.subtitles) == subtitles, doc
    shown = " ".join(u.text for u in units(m, raw))
    assert not any(w in shown for w in ("首页", "立即了解", "热线", "来源", "Page")), doc


def test_a_page_title_line_is_furniture_and_names_the_title_only_when_no_line_does() -> None:
    assert furniture.page_title("全市组织工作会议召开_连云港新闻网") == "全市组织工作会议召开"
    assert furniture.page_title("全市组织工作会议召开 - 中国宁波网") == "全市组织工作会议召开"
    assert furniture.page_title("在全县统战工作会议上的讲话——县委书记 张三") == ""
    assert furniture.page_title("组织工作要聚焦主责主业_宣传工作要守正创新") == ""  # no site's name after it
    # the headline printed again under the page's <title>: that line is the title
    m = analyse_paras([Para(t) for t in ("全市组织工作会议召开_连云港新闻网", "全市组织工作会议召开", BODY, BODY2)])
    assert m.title == "全市组织工作会议召开" and not m.subtitles
    # only the <title> line names it: its headline part is the title, reported as found in the furniture
    m = analyse_paras([Para(t) for t in ("全市组织工作会议召开_连云港新闻网", BODY, BODY2)])
    assert m.title == "全市组织工作会议召开"
    assert any(r.message == "从网页附加文字中找回标题“全市组织工作会议召开”" for r in m.repairs)


def test_the_json_report_lists_every_furniture_line_with_its_kind(tmp_path) -> None:
    import json

    from helpers import run_cli

    page = tmp_path / "105.txt"  # corpus 105: breadcrumb, date and source bullets above the headline
    page.write_text("\n".join(["当前位置: 首页 > 政务公开 > 政务动态 > 政务要闻", "金平区召开全区社会工作业务推进会",
                               "  • 2024-10-15 10:57", "  • 来源: 金平宣传", BODY, BODY2]), encoding="utf-8")
    r = run_cli("mine", str(page), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)["documents"][0]
    assert doc["title"] == "金平区召开全区社会工作业务推进会"
    assert doc["furniture"] == [["当前位置: 首页 > 政务公开 > 政务动态 > 政务要闻", "导航路径"],
                                ["• 2024-10-15 10:57", "来源与发布信息"], ["• 来源: 金平宣传", "来源与发布信息"]]
    assert doc["repairs"][0].startswith("删去网页附加文字 3 段（导航路径 1，来源与发布信息 2）")


# Furniture of kinds the issue names that the development corpus has few of (written here after
# common government and news sites and WeChat reposts).
@pytest.mark.parametrize("line", [
    "【打印本页】【关闭窗口】", "【我要纠错】 【打印】 【关闭】", "分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页",
    "上一篇：全县组织工作会议召开", "索引号：11341700MB1234567X/2023-00123 发布机构：县委组织部 主题分类：组织人事",
    "信息来源：县委宣传部 发布日期：2023-03-01", "【字体：大 中 小】", "版权所有：XX县人民政府 技术支持：XX网络公司",
    "原标题：全县统战工作会议召开", "Source: Xinhua | Editor: Li Ming", "Home > News > Local",
    "Copyright 2023 XX County. All Rights Reserved.", "编辑：王五 审核：赵六", "责编：张三", "本报记者 张三 摄",
    "欢迎访问XX县人民政府网", "网站首页 | 政务公开 | 办事服务 | 互动交流", "当前位置：首页 → 新闻中心 → 本地新闻",
    "Posted on 2023-03-01 by admin",
])
def test_furniture_of_common_sites(line: str) -> None:
    assert classify([line, BODY, BODY2])[0].furniture
    assert classify([BODY, BODY2, line])[2].furniture


def test_a_short_headline_beside_furniture_stays() -> None:
    lines = ["当前位置：首页 > 新闻中心", "奋进新征程", "来源：县融媒体中心", BODY, BODY2]
    assert [v.furniture for v in classify(lines)] == [True, False, True, False, False]
    m = analyse_paras([Para(t) for t in lines])
    assert m.title == "奋进新征程"


def test_a_newspaper_page_a_caption_list_and_a_headline_ending_in_wang() -> None:
    # dev3 250: a newspaper's page and section, and its name and date, around the headline
    for line in ("第12版:统战新闻", "《 人民政协报 》 ( 2024年04月03日   第 12 版)"):
        assert is_furniture(line), line
    assert not is_furniture("写好“四篇文章” 贡献统战力量")
    # dev3 258: a headline ending in 网 is no site's name
    assert "site_name" not in line_features("山西省怀仁市:暖“新”驿站提质增效 织密党群连心网")
    assert "site_name" in line_features("德育素材网 首页")
    # dev3 256: numbered photo captions above the article are furniture, its numbered parts are not
    captions = ["1.高县综治中心", "2.高县综治中心工作人员为群众解答疑问", "3.高县月江镇综治中心外景",
                "4.高县蕉村镇龙潭村“山湾长”微网格分布图高县县委政法委供图"]
    body = ["“领到钱我就去买肉灌香肠来过年！”2025年1月，高县某村村民在综治中心领到了被拖欠的工资，"
            "这是高县综治中心化解矛盾纠纷的一个缩影。",
            "1.县级综治中心", "高县坚持把县级综治中心作为统筹调度的指挥中枢，整合资源，规范运行，形成合力。"
            "今年以来，共受理矛盾纠纷1200余件，化解率达98%。",
            "2.镇级综治中心", "各镇综治中心坚持实体化运行，把矛盾纠纷化解在基层，群众满意度不断提升，成效明显。"]
    verdicts = classify(captions + body)
    assert [v.furniture for v in verdicts[:4]] == [True] * 4 and verdicts[0].kind == "图片说明"
    assert not any(v.furniture for v in verdicts[4:])


def test_a_copy_sites_collection_titles_and_preface() -> None:
    # dev3 230: 第一篇：标题 above the title; dev3 241: 标题 20250726 above it
    for first in ("第一篇:李汉忠同志在全市宣传思想工作会议上的讲话", "李汉忠同志在全市宣传思想工作会议上的讲话 20250726"):
        verdicts = classify([first, "李汉忠同志在全市宣传思想工作会议上的讲话", "同志们:",
                             "今天,我们召开全市宣传思想工作会议。这次会议的主要任务是:学习贯彻全会精神,部署今年工作。"])
        assert verdicts[0].furniture and not verdicts[1].furniture, first
    # dev3 231: a preface ending in the copy site's words, then 标题（一） under the title
    verdicts = classify(["在宣传思想工作会议上的讲话",
                         "宣传思想工作在党和国家全部工作中具有特殊重要的地位和作用,高度重视宣传思想工作,是中国共产党的优良传统,"
                         "也是党领导人民革命、建设和改革开放过程中形成的一条基本经验。下面就是学习啦小编给大家整理的在宣传思想工作"
                         "会议上的讲话,仅供参考。",
                         "在宣传思想工作会议上的讲话(一)", "同志们:",
                         "在全区上下深入学习贯彻党的十六届四中全会精神,以饱满的工作热情,认真落实区委各项部署的时候,召开这次会议。"])
    assert [v.furniture for v in verdicts] == [False, True, True, False, False]
    # a title that is only numbered in its own words keeps its place
    assert not classify(["关于做好新时代统战工作的几点思考(一)", "同志们:", "今天召开会议,主要任务是总结工作、部署任务。"
                         "会议的主要任务是学习贯彻全会精神,部署今年工作。"])[0].furniture


def test_table_borders_an_aggregators_prompt_and_a_headline_run_into_its_summary() -> None:
    # dev3 229: a page laid out in a table; the headline keeps its place without its empty cells
    out = clean([Para("全区统战工作会议召开 | ||||"), Para("| ||||"),
                 Para("3月25日上午，全区统战工作会议召开，全面总结2020年度统战工作，研究部署2021年统战工作。")])
    assert [p.text for p in out.paras][:2] == ["全区统战工作会议召开", "3月25日上午，全区统战工作会议召开，全面总结2020年度统战"
                                                                "工作，研究部署2021年统战工作。"]
    assert out.paras[0].style == "Title"
    # dev2 162: a metadata table's 标题 field keeps its borders, and is read as the title
    assert "乡镇乡村振兴经验交流" in clean([Para("| 标题:乡镇乡村振兴经验交流 |"), Para("今年以来，乡镇紧紧围绕党建引领"
                                                                          "乡村振兴战略持续发力，聚资源、育品牌。")]).paras[0].text
    # dev3 215: an aggregator's prompt between paragraphs
    assert is_furniture("打开网易新闻查看精彩图片")
    # dev3 259: a headline run into the summary that opens an experience article
    text = ("县级人才引进经验交流近年来,xx县发挥比较优势,把增强地区综合吸引力作为突破口,抓好人才的引进、培养和使用。"
            "20XX年,共引进各类高层次人才xx名。一、着力转变引才观念,像抓招商引资一样抓招才引智。" * 3)
    assert clean([Para(text)]).paras[0].text == "县级人才引进经验交流"


def test_image_files_site_buttons_a_collection_count_and_a_speech_title_run_into_its_speaker() -> None:
    # dev4 309, 314, 300: an image file's name, the script switch and the eye-care colour button
    for line in ("image.png", "繁體版", "视力保护色："):
        assert is_furniture(line), line
    # dev4 345: 标题（共五则范文） under the title is the collection's copy
    verdicts = classify(["推进高素质农村党组织书记队伍建设", "推进高素质农村党组织书记队伍建设（共五则范文）",
                         "近年来，某县坚持把农村党组织书记队伍建设作为基层党建的重要任务，取得了明显成效。"])
    assert [v.furniture for v in verdicts] == [False, True, False]
    # dev4 332: a one-line copy: the title, the speaker's post and date, the salutation
    text = ("在全市党务工作会上的讲话市委常委、组织部长(2010年2月25日)同志们:根据会议安排,下面,我就扎实做好新年度的组织工作,"
            "讲几点意见。" + "一、总结成绩,进一步坚定做好新年度组织工作的信心。过去一年,全市组织工作取得了新成绩。" * 12)
    texts = [p.text for p in clean([Para(text)]).paras]
    assert texts[:3] == ["在全市党务工作会上的讲话", "市委常委、组织部长（2010年2月25日）", "同志们："]


def test_a_copy_sites_search_box_and_quotation_marks_on_lines_of_their_own() -> None:
    # dev4 334: a 范文 site's banner, search hint and category above the title
    for line in ("公文汇 gongwenhui.com ,汇集致辞讲话、计划总结、工作报告等优质办公文稿下载。仅供学习,请勿他用!",
                 "多个关键词搜索,空格分隔", "领导讲话范文"):
        assert is_furniture(line), line
    assert not is_furniture("在2023年全县宣传思想文化工作会议上的讲话")
    # dev4 333: a text layer with each quotation mark on a line of its own
    rows = ["意识形态工作是党的一项极端重要的工作，绝不是", "“", "软任务", "”“", "虚功夫", "”",
            "，而是关乎旗帜、关乎道路的", "“", "硬责任", "”", "。当前，世界百年未有之大变局加速演进。", "从国际形势看，挑战增多。"]
    texts = [p.text for p in clean([Para(r) for r in rows]).paras]
    assert texts == ["意识形态工作是党的一项极端重要的工作，绝不是“软任务”“虚功夫”，而是关乎旗帜、关乎道路的“硬责任”。"
                     "当前，世界百年未有之大变局加速演进。", "从国际形势看，挑战增多。"]


def test_a_sites_owner_and_a_bracketed_byline() -> None:
    # dev4 314, dev2 160: the site owner's names above the headline; dev4 317: (记者 …) under it
    for line in ("中共江苏省委台湾工作办公室、江苏省人民政府台湾事务办公室", "中共襄阳市委统战部", "（渝西都市报记者 吕薇）"):
        assert is_furniture(line), line
    for line in ("勠力同心促发展 勇毅前行开新局", "全县组织工作会议召开", "区委统战部召开新的社会阶层人士座谈会"):
        assert not is_furniture(line), line  # seed 000's headline ends in 局; a meeting of an office is news


def test_a_pages_title_ends_in_the_sites_name() -> None:
    assert furniture.page_title("全市宣传部长会议召开_连云港新闻网") == "全市宣传部长会议召开"
    # dev4 347: 共治网 inside a headline's second half is no site's name
    assert furniture.page_title("旬阳市关口镇 | 织密多元共治网 筑牢平安建设堤") == ""


def test_a_document_sites_page_markers_and_a_papers_licence_line() -> None:
    # dev5 438: the title printed again on every page with its page marker; 431: 【篇一】
    verdicts = classify(["县委书记在全县政法工作会议上的讲话", "县委书记在全县政法工作会议上的讲话1_第1页", "同志们：",
                         "春节假期刚过，县委就召开全县政法工作会议，充分体现了县委对政法工作的高度重视。"])
    assert [v.furniture for v in verdicts] == [False, True, False, False]
    verdicts = classify(["区委宣传思想文化工作会议讲话稿", "区委宣传思想文化工作会议讲话稿【篇一】", "同志们：",
                         "今天召开全区宣传思想文化工作会议，主要任务是学习贯彻上级会议精神，部署今年工作。"])
    assert [v.furniture for v in verdicts] == [False, True, False, False]
    # dev5 405: a paper's licence line under the report
    assert is_furniture("运城日报、运城晚报所有自采新闻（含图片）独家授权运城新闻网发布")
    # dev5 410: who attended is no line's block
    assert recognise_blocks("区委统战部常务副部长吴利芬出席会议并讲话。会议要求，统战工作要把牢政治方向。") == [
        ("统战", "统战工作要把牢政治方向。")]


def recognise_blocks(text: str) -> list[tuple[str, str]]:
    from drafter.mining import recognise

    return [(h.line, h.text) for h in recognise.line_blocks(text, ["组织", "宣传", "统战"])]


def mined_head(lines: list[str]) -> tuple[str, list[str], list[str]]:
    """The title, subtitles and first paragraphs a page of ``lines`` is mined to."""
    raw = "\n".join(lines)
    m = analyse_paras([Para(t) for t in lines], "page.txt", raw)
    return m.title, m.subtitles, m.texts[:4]


def test_reporters_author_lines_and_photo_notes_are_never_the_title() -> None:
    # dev5 400, 416: the newsroom's reporters; dev3 266: an experience article's unit and writer
    for line in ("赤壁融媒体记者 钟晓阳 陈实", "□记者 赵霞 报道", "■保店镇政府？ 祁吉艳"):
        assert mined_head([line, BODY, BODY2])[0] == "", line
    # dev5 424: (图：…) notes under a photo
    title, _, texts = mined_head(["（图：2022年荔湾区委政法委员会第一次全体会议）", "（图：区委政法委委员参加会议）", BODY])
    assert title == ""
    # a headline of several parts keeps its spaces and stays apart from the lead under it (dev5 417)
    title, _, texts = mined_head(["东昌府区委民族工作会议暨全区宗教工作会议召开 共同团结奋斗 共同繁荣发展 推动东昌府区民族宗教工作"
                                  "高质量发展 马军权讲话 董胜军出席", "东昌府讯 4月21日，东昌府区委民族工作会议召开，主要任务是"
                                  "深入学习贯彻习近平总书记关于加强和改进新时代民族工作的重要思想。", BODY])
    assert title.endswith(" 马军权讲话 董胜军出席") and texts[1].startswith("东昌府讯")


def test_a_headline_broken_over_lines_a_date_broken_over_lines_and_markdown_images() -> None:
    # dev5 423: …领导小组 / 召开第一次（扩大）会议
    assert mined_head(["区委平安金湾建设（市域社会治理）领导小组", "召开第一次（扩大）会议", BODY])[0] == \
        "区委平安金湾建设（市域社会治理）领导小组召开第一次（扩大）会议"
    # dev12 1244: a speech title in two rows, the second opening on 暨
    assert mined_head(["2018年全区街道社区工作会", "暨“两新”组织党建工作推进会议讲话", "同志们：", BODY])[0] == \
        "2018年全区街道社区工作会暨“两新”组织党建工作推进会议讲话"
    # dev11 1147: the page's name of the speech above it, the speech's own title in two rows below
    assert mined_head(["县委书记在村居两委换届动员会上的讲话", "在全区村居“两委”换届选举工作", "会议上的讲话", "同志们：",
                       BODY])[0] == "在全区村居“两委”换届选举工作会议上的讲话"
    # dev5 408: 11 / 月12日 / 上午，… is one lead, and no title
    title, _, texts = mined_head(["11", "月12日", "上午，蒙阴县委召开常委会学习贯彻市委统战工作会议精神。", BODY])
    assert title == "" and texts[0] == "11月12日上午，蒙阴县委召开常委会学习贯彻市委统战工作会议精神。"
    # dev5 414: images left as Markdown and empty table cells above the headline
    assert mined_head(["![]() |", "![]() |", "|", "西盟县2024年全县统战工作会议召开", BODY])[0] == "西盟县2024年全县统战工作会议召开"


def test_a_speech_title_whose_first_row_names_the_speaker_a_kicker_and_a_related_list() -> None:
    # dev14 1431: 区委书记在…基层 / 党建工作述职评议会上的点评 is one title (the first row has no work word of its own)
    assert mined_head(["区委书记在2025年全区基层", "党建工作述职评议会上的点评", "同志们：", BODY])[0] == \
        "区委书记在2025年全区基层党建工作述职评议会上的点评"
    # a short line that is no speech title's first row stays apart
    assert mined_head(["区委书记", "党建工作述职评议会上的点评", "同志们：", BODY])[0] != "区委书记党建工作述职评议会上的点评"
    # one-line copies: a speech title whose halves a gap set apart (dev15 1531), a title glued to its speaker's post, date
    # and salutation (dev15 1535)
    body = "经县委研究决定，今天在这里召开推进会，举行示范点授牌仪式。" * 20
    title, _, texts = mined_head(["在江川县创先争优推进会暨基层党建工作 示范点授牌仪式上的讲话中共江川县委常委、组织部长 林清"
                                  "(2011年8月18日)同志们:" + body])
    assert title == "在江川县创先争优推进会暨基层党建工作 示范点授牌仪式上的讲话" or \
        title.replace(" ", "") == "在江川县创先争优推进会暨基层党建工作示范点授牌仪式上的讲话"
    title, subtitles, texts = mined_head(["在扫黑除恶专项斗争工作会议上的讲话XXXX镇党委书记XXX2018年9月17日同志们: " + body])
    assert title == "在扫黑除恶专项斗争工作会议上的讲话" and "同志们：" in texts and not any("同志们" in t for t in subtitles)
    # dev16: a speech title whose last row is only 上的讲话 (1630); a collection's item name over the salutation that only
    # drops 在 and 的 gives way to the fuller title above it (1632); a dispatch line alone is no title (1614)
    assert mined_head(["县政法委书记在平安建设(综治工作)推进会", "上的讲话", "同志们:", BODY])[0] == \
        "县政法委书记在平安建设（综治工作）推进会上的讲话"
    assert mined_head(["在全县统战、宗教工作会议上的讲话", "时间:2022-02-21 04:01:00", "在全县统战、宗教工作会议上的讲话",
                       "全县统战、宗教工作会议上讲话", "同志们:", BODY])[0] == "在全县统战、宗教工作会议上的讲话"
    assert mined_head(["浙江在线04月14日讯", BODY, BODY2])[0] == ""
    # dev16 1620: the page's <title> line with the site after a hyphen, the headline again under the breadcrumb
    assert mined_head(["全县宣传思想暨精神文明建设工作会议召开-人生就是博官网", "人生就是博官网-尊龙ag旗舰厅官网 > 部门",
                       "全县宣传思想暨精神文明建设工作会议召开", BODY, BODY2])[0] == "全县宣传思想暨精神文明建设工作会议召开"
    # dev16 1617: a page's latest stories listed above its breadcrumb
    latest = ["陈作荣部长亲切看望参加部离退休支部组织生活的老同志", "乐清市台办“三个结合”贯彻落实全省台办主任会议精神",
              "省华文教育基地考察组来瓯海考察工作", "您当前的位置 :温州统战网 > 统战时讯 正文", "市委召开全市统战工作会议"]
    assert mined_head([*latest, BODY, BODY2])[0] == "市委召开全市统战工作会议"
    # dev16 1623, 1611: a 核心提示 repeating the lead under a dispatch; a site's copyright notices
    verdicts = classify(["核心提示：昨天（2月10日），我市召开全市宣传部长会议，会议确定了今年的重点工作。",
                         "苏州新闻网讯（记者 吴一鸣）昨天（2月10日），我市召开全市宣传部长会议，会议确定了今年的重点工作。", BODY2,
                         "①凡本网注明“来源：福州新闻网”的所有作品，版权均属于福州新闻网。"])
    assert [v.score >= furniture.THRESHOLD for v in verdicts] == [True, False, False, True]
    # dev14 1446: a 引题 ending on —— leads on to the headline under it
    assert mined_head(["争人心、办实事、解难题，松桃自治县委统战部大力实施“同心工程”及扶贫开发工作——", "聚力促发展 “同心”谋跨越",
                       "□石批林 曾凡正", BODY])[0] == "聚力促发展 “同心”谋跨越"
    # dev14 1412: every line under a page's 相关阅读 is another story's
    verdicts = classify(["内江市市中区首个社区统战联盟成立", BODY, BODY2, "相关阅读", "  • 「泸州」统战消防画同心，踔厉奋发党旗红",
                         "  • “七一”建党节到来之际，6月30日下午，江阳区委统战部、区"])
    assert [v.score >= furniture.THRESHOLD for v in verdicts] == [False, False, False, True, True, True]
    assert verdicts[4].kind == "相关阅读列表"
    # dev14 1445: a collection's item named by the text's opening, cut short, over the text
    verdicts = classify(["第一篇:蓬安县在开展“创先争优”活动中,扎实做好“点、线、面”文章,有效地激发了基层党组织的活力、提升了党",
                         "蓬安县在开展“创先争优”活动中,扎实做好“点、线、面”文章,有效地激发了基层党组织的活力、提升了党员干部的能力。",
                         BODY2])
    assert [v.score >= furniture.THRESHOLD for v in verdicts] == [True, False, False]


def test_which_of_several_head_lines_is_the_title() -> None:
    # dev5 430: a page's short name for the speech over the speech's own title
    assert mined_head(["全区组织部长座谈会讲话", "在全区组织部长座谈会上的讲话同志们：", BODY])[0] == "在全区组织部长座谈会上的讲话"
    # dev7 639, dev4 335: of several speech titles in the head, the speech's own is the last, right above its
    # date and salutation; a page's or collection's name of it is above (the test part's decision on a page
    # title: furniture; dev3 242's label took the page title, against it)
    assert mined_head(["市委书记在全市统战部长会议上的讲话", "市委书记在全市统战部长会议上的讲话（共6篇）",
                       "篇1：市委书记在全市统战部长会议上的讲话", "市委书记在全市统战工作会议上的讲话", "（XX年3月5日）",
                       "同志们：", BODY])[0] == "市委书记在全市统战工作会议上的讲话"
    assert mined_head(["在创建“平安某某”动员大会上的讲话", "在建设平安创建动员大会上的讲话", "同志们：", BODY])[0] == \
        "在建设平安创建动员大会上的讲话"
    assert mined_head(["在全县统战工作会议上的讲话", "——在2023年全县统战工作会议上的讲话", "同志们：", BODY])[0] == \
        "在全县统战工作会议上的讲话"
    # dev6 502: a banner of three like parts over the headline (深化“创标杆”意识 明确…要求 落实…行动)
    assert mined_head(["深化“创标杆”意识 明确“创标杆”要求 落实“创标杆”行动", "全县党建工作会议召开", BODY])[0] == \
        "全县党建工作会议召开"
    # dev3 255: a 引题 ending in 纪实 over the headline
    assert mined_head(["山西省临汾市尧都区综治中心规范化建设纪实", "三招“组合拳”织密基层治理“一张网”", BODY])[0] == \
        "三招“组合拳”织密基层治理“一张网”"
    # dev4 319, 347: a column's name and the headline on either side of one |
    assert mined_head(["旬阳市关口镇 | 织密多元共治网 筑牢平安建设堤", BODY])[0] == "旬阳市关口镇 | 织密多元共治网 筑牢平安建设堤"
    # dev5 439: the title printed in two cells
    assert mined_head(["在2011年全县政法工作会议上的讲话|在2011年全县政法工作会议上的讲话", "同志们：", BODY])[0] == \
        "在2011年全县政法工作会议上的讲话"
    # dev3 237: a document site's collection head
    assert mined_head(["第1页共9页在政法信访工作会议上的讲话（共3篇）在政法信访工作会议上的讲话1", "同志们：", BODY])[0] == \
        "在政法信访工作会议上的讲话"
    # dev5 435: a site's welcome line and column name above the title
    assert mined_head(["欢迎登陆文秘写作网!", "领导讲话", "B3637在全县信访维稳专题会议上的讲话", "同志们：", BODY])[0] == \
        "B3637在全县信访维稳专题会议上的讲话"


def test_a_speech_title_run_into_its_text_and_an_editors_note_over_excerpts() -> None:
    # dev5 441, dev4 331: one-line copies
    title, _, texts = mined_head(["领导在乡镇党委换届工作动员会上的讲话 同志们: 根据中央和省、市委的工作部署，今年第三季度，全县乡镇"
                                  "党委将集中进行换届，这次换届后的乡镇党委与省、市、县委一样执行5年任期。", BODY])
    assert title == "领导在乡镇党委换届工作动员会上的讲话" and texts[1] == "同志们：" and texts[2].startswith("根据中央")
    title, _, texts = mined_head(["锐意进取,开拓创新在全市宣传思想工作座谈会上的讲话 全国、全省宣传思想工作会议之后，市委常委会及时"
                                  "传达学习了会议精神，研究部署了下一步工作。", BODY])
    assert title == "锐意进取，开拓创新在全市宣传思想工作座谈会上的讲话" and texts[1].startswith("全国、全省")
    # dev2 160: an editor's note over the excerpts of several speeches is no body
    assert mined_head(["11月8日至9日，全国近30个地市级统战部门负责同志和代表齐聚湖北襄阳，共同参与培训活动。来自各地的代表"
                       "作了交流发言。以下为发言摘登——", "中共襄阳市委统战部", "坚持三维发力强动能 激发基层统战新活力", BODY])[0] == \
        "坚持三维发力强动能 激发基层统战新活力"


def test_a_document_librarys_pages_a_preview_line_and_a_contents_list_closed_by_an_ellipsis() -> None:
    # dev6 539: a library prints each page as a paragraph numbered 1、 2、, cut mid-word
    title, _, texts = mined_head(["统战工作会议讲话_1.docx", "《统战工作会议讲话_1.docx》由会员分享，可在线阅读，更多相关请在淘文阁上搜索。",
                                  "1、统战工作会议讲话市第八次党代会确定的奋斗目标，是全市人民的共同心愿。统一战线是最广泛的统一战线，是伟大",
                                  "2、事业的重要法宝。一、在新阶段统战方针政策宣传上有新突破。党中央关于修改宪法部分内容的建议，意义重大。"])
    assert title == "统战工作会议讲话"
    assert texts[1].startswith("市第八次党代会") and "是伟大事业的重要法宝。" in "".join(texts)
    # dev6 540: 第1页 / 共6页 is a page number
    assert is_furniture("第1页 / 共6页")
    # dev6 542: the page prints the text's opening (cut mid-sentence) above the title, name and text
    title, subtitles, texts = mined_head([
        "吕鹏举:在宣传组织统战工作会议上的讲话", "在全县宣传组织统战工作会议上的讲话 吕鹏举 同志们: 县委决定,今天召开全县宣传组织统战工作会议。把三个会议合并",
        "在全县宣传组织统战工作会议上的讲话", "吕鹏举", "同志们:", "县委决定,今天召开全县宣传组织统战工作会议。把三个会议合并到一起召开,有利于统筹推进。"])
    assert title == "在全县宣传组织统战工作会议上的讲话" and "同志们：" in texts
    assert not any(t.startswith("在全县宣传组织统战工作会议上的讲话吕鹏举") for t in texts)
    # dev6 533: the 提纲 ends at its ellipsis; the speech's own first heading follows
    verdicts = classify(["目录/提纲:……", "一、扎实做好新形势下的宣传思想工作", "二、切实加强党对宣传思想工作的领导", "……",
                         "一、扎实做好新形势下的宣传思想工作", "江泽民同志曾经指出：我们的宣传思想工作，必须以科学的理论武装人，以正确的舆论引导人。"])
    assert [v.furniture for v in verdicts] == [True, True, True, True, False, False]


def test_a_text_wrapped_at_a_count_of_characters_and_a_line_cut_after_a_preposition() -> None:
    # dev6 542: rows of 36-39 characters, half-width commas counting one
    para = ("县委决定,今天召开全县宣传组织统战工作会议。把三个会议合并到一起召开,主要是会议的时间相近、对象相似、内容相通,"
            "有利于统一安排、统筹推进,也有利于改进会风、凝聚合力,让大家留出更多精力抓工作、促落实。宣传、组织、统战是县委的"
            "重要职能部门,承担着“激励人鼓舞人、选准人用好人、团结人凝聚人”的重要职责。")
    para2 = ("过去的一年,全县各级党组织认真贯彻落实全面从严治党新要求,不断落实新举措、彰显新作为,有力保障了全县经济社会"
             "又好又快发展。宣传、组织和统战部门紧扣发展大局,坚持从严导向,充分履职尽责,积极主动作为,各项工作取得了新突破。")
    rows = [p[k:k + 38] for p in (para, para2) for k in range(0, len(p), 38)]
    done = clean([Para("在全县宣传组织统战工作会议上的讲话"), Para("同志们:"), *(Para(r) for r in rows)])
    assert [p.text[:4] for p in done.paras][:3] == ["在全县宣", "同志们：", "县委决定"]
    assert "".join(p.text for p in done.paras[2:]).endswith("各项工作取得了新突破。") and len(done.paras) <= 4
    # dev6 533: …是坚持和巩固马克思主义在 / 意识形态领域指导地位的需要
    done = clean([Para("胡锦涛同志在全国宣传思想工作会议上强调,做好宣传思想工作是坚持和巩固马克思主义在"),
                  Para("意识形态领域指导地位的需要,是全面建设小康社会的需要。")])
    assert len(done.paras) == 1


def test_salutations_to_several_audiences() -> None:
    from drafter.outline import SALUTATION

    for line in ("各位同志们、各宗教界朋友：", "各位领导、同志们：", "同志们："):
        assert SALUTATION.match(line), line


def test_a_papers_date_above_the_headline_a_copyright_claim_and_a_bracketed_author() -> None:
    # dev6 519: an e-paper's date and page above the headline are no subtitles
    title, subtitles, _ = mined_head(["2021年03月25日", "第A02版:", "全市统战部长会议召开", "■ 记者 傅天一", BODY])
    assert title == "全市统战部长会议召开" and subtitles == []
    # dev6 513, 522
    assert is_furniture("本原创内容版权归掌中九江（www.16691.cn）所有，未经授权不得转载。")
    assert is_furniture("（武胜县委统战部 龙飞）")


def test_document_library_pages_of_other_sites() -> None:
    # dev7 643: 天天文库 — metadata fields, 《…》由会员上传分享, pages numbered 1、 2、 cut mid-word
    title, _, texts = mined_head(["欢迎来到天天文库", "浏览记录", "ID:10974159", "大小:84.50 KB", "页数:17页",
                                  "《区委政法工作会议讲话稿 》由会员上传分享,免费在线阅读。",
                                  "1、区委政法工作会议讲话稿政法工作是党和国家工作的重要组成部分，坚持党管政法，既是我国司法体制改革的重要特征，全",
                                  "2、面加强平安建设、法治建设和队伍建设，确保了全区社会大局持续稳定。"])
    assert title == "区委政法工作会议讲话稿" and "全面加强平安建设" in "".join(texts)
    # dev7 632: a document site's numbered notices under 温馨提示：
    for line in ("温馨提示：", "2. 本文档由用户上传，版权归属用户，汇文网负责整理代发布。"):
        assert is_furniture(line), line
    verdicts = classify(["温馨提示：", "1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱或异常，文件下载后无此问题。",
                         "2. 本文档由用户上传，版权归属用户，汇文网负责整理代发布。", "县统战部长在统战工作会议上的讲话",
                         "这次全县统战工作会议的主要任务是，传达学习全省统战部长会议精神，总结交流去年工作，部署今年任务。"])
    assert [v.furniture for v in verdicts] == [True, True, True, False, False]
    # dev7 630: a site's category line is no title
    assert mined_head(["全球旧事资料 分类", "在全县统战工作会议上的讲话", "同志们：", BODY])[0] == "在全县统战工作会议上的讲话"
    # dev7 644: a preview cut mid-sentence with a full stop the cut added
    title, _, texts = mined_head(["组织部长在2022年区委工作会上的讲话同志们：根据会议安排，我就2022年全区组织工作作以回顾，2021年，全区上下深入学习。",
                                  "组织部长在2022年区委工作会上的讲话", "同志们：",
                                  "根据会议安排，我就2022年全区组织工作作以回顾，2021年，全区上下深入学习习近平新时代中国特色社会主义思想。"])
    assert title == "组织部长在2022年区委工作会上的讲话" and texts[1] == "同志们："
    # dev7 639: 篇1： before a collection's first piece
    verdicts = classify(["市委书记在全市统战部长会议上的讲话", "篇1：市委书记在全市统战部长会议上的讲话", "同志们：",
                         "刚才，市委副书记就如何做好统战工作讲了很好的意见，我完全同意，请大家认真抓好落实。"])
    assert [v.furniture for v in verdicts] == [False, True, False, False]


def test_a_slogan_banner_a_writers_names_a_papers_name_and_a_feature_with_its_subtitle() -> None:
    # dev7 659, 657, 664
    assert is_furniture("喜迎二十大 忠诚保平安 奋进新征程 建功新时代")
    assert is_furniture("当前报纸名称：安徽法制报")
    assert is_furniture("为大家第一时间奉上其中5家发言——")
    title, _, texts = mined_head(["伯乐相马有“棋”道——保靖县深化人才强县战略工作侧记", "向伟 梁朔 吴艺晨 李汶", BODY])
    assert title == "伯乐相马有“棋”道——保靖县深化人才强县战略工作侧记" and texts[1] == "向伟 梁朔 吴艺晨 李汶"
    # dev13 1312: a site's menu over the headline is furniture; a row of names, a byline, a row of slogans are not menus
    title, _, texts = mined_head(["全部 焦点 综合 社会 企业 国内", "市委统战工作会议暨全市民族团结进步表彰大会召开", BODY])
    assert title == "市委统战工作会议暨全市民族团结进步表彰大会召开" and "全部 焦点 综合 社会 企业 国内" not in texts
    for line in ("向伟 梁朔 吴艺晨 李汶", "本报记者 林雯 通讯员 夏思莹", "强基础 补短板 抓重点 促提升"):
        assert "menu" not in line_features(line), line
    # dev13 1321: a page's 摘要 repeating the text's opening is furniture; a summary of its own is not
    lead = "3月31日，五陂镇召开2021年宣传、统战工作会，镇党委书记梁志田出席会议并讲话，镇长晏清主持会议。"
    verdicts = classify(["五陂镇召开2021年宣传、统战工作会", "摘要: " + lead[:40] + " 梁志田指出 ...", lead, BODY])
    assert verdicts[1].furniture and not verdicts[2].furniture
    verdicts = classify(["五陂镇召开2021年宣传、统战工作会", "摘要：本文介绍五陂镇抓宣传统战工作的三条做法和两点体会。", lead, BODY])
    assert not verdicts[1].furniture
    assert is_furniture("《鄂尔多斯日报》 【")  # dev13 1305: 来源: / 《…日报》 【 / 大 中 小】, a source line cut in three


def test_a_file_name_for_a_title_a_title_printed_twice_and_a_reports_photo_captions() -> None:
    # dev7 642, 655, 627, 600, 659
    assert mined_head(["在全区组织宣传统战工作会议上的讲话.docx", "同志们：", BODY])[0] == "在全区组织宣传统战工作会议上的讲话"
    assert mined_head(["××镇建设新时代文明实践所经验材料××镇建设新时代文明实践所经验材料", BODY])[0] == "××镇建设新时代文明实践所经验材料"
    title, subtitles, _ = mined_head(["全县宣传思想文化工作会议召开", "张哲君讲话", "颁奖现场", BODY])
    assert title == "全县宣传思想文化工作会议召开" and subtitles == []
    assert is_furniture("查看隐藏内容（*）需先登录")
    assert clean([Para("导语"), Para(BODY)]).paras[0].text.startswith("4月25日")


def test_a_sites_welcome_an_original_headline_and_a_title_with_the_pages_date_or_printed_twice() -> None:
    # dev8 710: the site's welcome line is no headline
    assert mined_head(["欢迎来到内蒙古自治区党委统战部", "兴安盟委统战部部务会召开会议 张仲春主持", BODY])[0] == \
        "兴安盟委统战部部务会召开会议 张仲春主持"
    # dev8 729: a page whose only headline is its 原标题： line
    assert mined_head(["原标题:北京市召开组织部长会议", BODY, BODY2])[0] == "北京市召开组织部长会议"
    # dev8 733, 739: the page's date after the title; a bullet and the title twice
    assert mined_head(["在2024年全市第四季度意识形态工作分析研判会上的讲话2024-11-26", "同志们：", BODY])[0] == \
        "在2024年全市第四季度意识形态工作分析研判会上的讲话"
    assert mined_head(["• 县长在全县人才工作会议上的总结发言县长在全县人才工作会议上的总结发言", "同志们：", BODY])[0] == \
        "县长在全县人才工作会议上的总结发言"
    # dev20 2010: a gateway's undecoded mark before the headline
    assert mined_head(["?聚人心 树新风——新时代文明实践的天长答卷", BODY, BODY2])[0] == "聚人心 树新风——新时代文明实践的天长答卷"
    # dev18 1847, dev19 1926, dev2 151: a speech's date line glued to its title in a one-line copy
    assert mined_head(["在全区2023年党建工作会议上的讲话(2023年4月)", "同志们：", BODY])[0] == "在全区2023年党建工作会议上的讲话"
    assert mined_head(["在全区宣传思想文化干部培训班上的讲话(2022年7月29日)", "同志们：", BODY])[0] == \
        "在全区宣传思想文化干部培训班上的讲话"


def test_a_file_cards_counts_a_wrapped_headline_printed_twice_a_scene_caption_and_an_aside() -> None:
    # dev8 733: a document site's file card (date, downloads, size, pages) under the title, then the
    # title printed again over two rows; the rows are no part of the title or of the subtitles
    title, subtitles, _ = mined_head([
        "在2024年全市第四季度意识形态工作分析研判会上的讲话", "2024-11-26", "999+", "27.4KB", "7 页",
        "在 2024 年全市第四季度意识形态工作分析研", "判会上的讲话", "同志们:", BODY, BODY2])
    assert title == "在2024年全市第四季度意识形态工作分析研判会上的讲话" and subtitles == []
    for line in ("999+", "27.4KB", "7 页", "1.2万次阅读"):
        assert is_furniture(line), line
    # dev8 725: a photo caption at the top of a report is no lead
    verdicts = classify(["会议现场。", BODY, BODY2])
    assert verdicts[0].furniture and verdicts[0].kind == "图片说明"
    # dev5 439: the speaker's aside between two paragraphs; a title's own bracketed line stays
    verdicts = classify([BODY, "（总结过去一年工作）", BODY2])
    assert verdicts[1].furniture and verdicts[1].kind == "编者说明"
    for line in ("（在全县组织工作会议上的讲话）", "（讨论稿）", "（2009年3月3日）"):
        assert not classify([line, BODY, BODY2])[0].furniture, line


def test_a_wrapped_texts_paragraphs_and_headings_whose_first_rows_lost_their_indent() -> None:
    from drafter.mining.clean import unwrap

    body = ("过去一年，全县各级党组织认真贯彻落实全面从严治党新要求，不断落实新举措，彰显新作为，有力保障了全县经济社会又好又快发展，"
            "宣传、组织和统战部门紧扣发展大局，坚持从严导向，充分履职尽责，积极主动作为，各项工作取得了新突破，成绩来之不易。")
    rows = [body[k:k + 27] for k in range(0, len(body), 27)]
    # dev8 733: the first row of each paragraph is two characters short (its indent dropped)
    opening = "在这岁末之际，我们召开2024年全市第四季度意识形态"  # 25 characters, no sentence end
    rest = "工作分析研判会，具有至关重要的意义，我讲几点意见。"
    # dev5 438: a numbered heading over two rows, then a body row
    heading = ["一、必须站在“稳定压倒一切”的高度，充分认识做", "好政法工作的极端重要性"]
    # a numbered heading as short as an indented row, then its body: two paragraphs
    heading2 = "二、坚持守正创新全面提升宣传思想文化工作质量水平"  # as wide as an indented row
    texts = [opening, rest, *heading, *rows, heading2, *rows]
    out, _ = unwrap([Para(t) for t in texts])
    got = [p.text for p in out]
    assert got[0] == opening + rest
    assert got[1] == "".join(heading)
    assert got[3] == heading2 and got[4] == "".join(rows)


def test_a_document_sites_notices_a_collections_head_a_glued_title_and_a_file_name_over_the_title() -> None:
    speech = ("这次会议的主要任务是，总结交流精神文明建设工作经验，表彰先进工作者，安排部署全区精神文明建设工作。"
              "刚才，几个单位作了很好的发言，我完全同意。")
    # dev9 955: a document site's numbered notices above the title, printed twice
    notices = ["- 1、本文档共23页,可阅读全部内容。",
               "- 5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
               "- 7、成为VIP后,您将拥有八大权益,权益包括:VIP文档下载权益、阅读免打扰、文档格式转换。"]
    for line in notices:
        assert is_furniture(line), line
    title = "在全区第六次精神文明建设经验交流会上讲话"
    assert mined_head([*notices, "查看更多", title, title, speech, BODY2])[0] == title
    # dev9 956: a collection's head (…（2篇）) and its contents; the speech's own title under them
    title = "在全县信访联席会议上的讲话"
    assert mined_head([f"{title}(2篇)", "目录", f"1.{title}", f"2.{title}", title, "同志们:", speech])[0] == title
    # dev9 954: a one-line copy whose title runs into the text with nothing between
    glued = title + "按照中央有关精神和县委统一部署，从今年3月到5月，全县集中开展信访积案化解攻坚行动。" + speech
    assert mined_head([glued, BODY2])[0] == title
    # dev3 229, dev6 524: a report's sentence of what was studied is no title run into its text (…上的讲话 / 精神。)
    from drafter.mining.clean import _TITLE_GLUED

    assert _TITLE_GLUED.match("在全区村、社区两委换届工作会议上讲话按照中央有关精神") is not None
    for studied in ("会议传达了全国、全省统战部长会议和区委书记郭晓敏在区委统一战线工作领导小组会议上的讲话精神。郭晓敏充分肯定",
                    "会议集中学习了全国新兴领域党建工作座谈会精神和习近平总书记在民营企业座谈会上的讲话精神，解读了"):
        assert _TITLE_GLUED.match(studied) is None, studied
    assert headline.printed_twice("在全县信访联席会议上讲话时指出") is None
    # dev9 957: a file name run into the text's own title, which differs from it a little
    assert headline.printed_twice("2023在全市民营经济“两个健康”提升行动2023年在全市民营经济“两个健康”提升行动") == \
        "2023年在全市民营经济“两个健康”提升行动"
    assert headline.printed_twice("全县组织工作会议召开全县宣传工作会议召开") is None


def test_named_photo_captions_a_tags_cut_tail_a_kicker_a_bullet_byline_and_more_field_labels() -> None:
    # dev9 901: photos of each unit's speaker, captioned with the names the paragraph above listed
    above = "镇纪委、团委、卫生院、新兴中学四个部门、单位负责人逐一汇报了各自领域内的意识形态工作开展情况。"
    verdicts = classify([BODY, above, "镇纪委", "卫生院", "团委", "新兴中学", BODY2])
    assert [v.furniture for v in verdicts[2:6]] == [True] * 4 and verdicts[2].kind == "图片说明"
    assert not any(v.furniture for v in classify([BODY, above, "强化责任担当", "压实工作责任", BODY2])[2:4])
    # dev9 902: the tail of an image tag the store cut (1jpg/>) before the text
    assert clean([Para("1jpg/></p><p>  " + BODY), Para(BODY2)]).paras[0].text.startswith("4月25日")
    # dev9 914: a kicker telling what the meeting asked for, over the headline
    assert mined_head(["全市宣传部长会议提出", "为发展提供强劲思想保证精神动力", BODY, BODY2])[0] == "为发展提供强劲思想保证精神动力"
    # dev9 916, 928, 934: a byline under a bullet, an entry clerk's field, a platform's disclaimer
    assert mined_head(["◇记者:党婉齐", BODY, BODY2])[0] == ""
    fields = ["• 发布日期:2021-01-28 10:07", "• 录入人:嘉祥县人民政府办公室", "• 信息来源:嘉祥县融媒体中心"]
    assert [v.furniture for v in classify([*fields, BODY, BODY2])] == [True, True, True, False, False]
    assert "field_label" in line_features("• 录入人:嘉祥县人民政府办公室")
    assert is_furniture("本文为澎湃号作者或机构在澎湃新闻上传并发布,仅代表该作者或机构观点,不代表澎湃新闻的观点或立场")


def test_panels_between_paragraphs_a_list_of_captions_told_in_sentences_and_a_study_groups_byline() -> None:
    long1 = "青城社区是马金铺街道第一个城市社区，高新区的高速发展吸引了各地居民聚居到青城这片热土，其中就包括彝族、回族群众。"
    long2 = "此外，社区结合辖区生态环境，通过宣传栏、小品、雕塑、文化墙等形式，深入宣传民族团结精神，让群众在游玩中受到教育。"
    # dev10 1033: the texts of three panels between two paragraphs
    verdicts = classify([BODY, long1, "三个离不开", "五个维护", "六个相互", long2])
    assert [v.furniture for v in verdicts[2:5]] == [True] * 3
    # …but a subhead over two lines is no panel (test 63's kind)
    assert not any(v.furniture for v in classify([BODY, long1, "整合多方资源", "打造文明实践主阵地", long2])[2:4])
    # dev10 1038: photos numbered ①…⑤ above the article, each told in a sentence, and a scenery picture
    rows = ["①2025年第一季度楼宇开放日活动。", "②区工商联组织召开第三季360圆桌会议青年企业家专场。",
            "③新壹百产业园党委组织园区党员在党群服务中心开展读书沙龙活动。", "■市南区沿海一线楼宇风光图。"]
    verdicts = classify([*rows, long1, long2, BODY])
    assert [v.furniture for v in verdicts[:4]] == [True] * 4 and verdicts[0].kind == "图片说明"
    # dev10 1039: a study group as the article's author is no title
    assert mined_head(["■市委组织部课题组", long1, long2])[0] == ""


def test_a_forum_posters_card_a_kicker_of_two_demands_and_a_caption_repeating_the_text() -> None:
    # dev11 1101: - UID / - 1 / - 主题 / 管理员 / - CN币 … above the report
    card = ["- UID", "- 1", "- 主题", "管理员", "- CN币", "- 威望", "- 值", "- 帖子"]
    verdicts = classify([*card, BODY, BODY2])
    assert all(v.furniture for v in verdicts[:len(card)]) and not verdicts[-1].furniture
    # dev11 1105: two demands over the headline are its kicker
    assert mined_head(["思想政治工作要解疑释惑 文明创建工作要以人为本", "我市部署2007年度宣传思想工作", BODY, BODY2])[0] == \
        "我市部署2007年度宣传思想工作"
    # dev11 1106: a photo's caption that repeats what the lead says, between two paragraphs
    lead = "5月6日，蕉城区宣传思想文化工作会议召开。区委副书记、教工委书记阙庆安代表区委作了重要讲话，区长主持会议。"
    verdicts = classify([lead, BODY2, "阙庆安代表区委作了重要讲话", BODY, BODY2])
    assert verdicts[2].furniture and verdicts[2].kind == "图片说明"
    assert not classify([lead, BODY2, "强化理论武装提升工作水平", BODY, BODY2])[2].furniture
    # dev16 1617: a post, a name the text names and what the leader did, between the lead and what he said
    lead = "4月9日，全市统战工作会议召开。市委书记、市人大常委会主任邵占维出席会议并作了重要讲话，统战部长作工作报告。"
    said = "邵占维书记在会上说，去年以来，我市统战工作牢牢把握大团结大联合的主题，紧紧围绕市委中心工作，求真务实。"
    verdicts = classify([lead, "市委书记邵占维作重要讲话", said, BODY2])
    assert verdicts[1].furniture and verdicts[1].kind == "图片说明"
    assert not classify([lead, "市委书记王某某作重要讲话", BODY, BODY2])[1].furniture  # a name the text never says


def test_a_printed_pages_number_between_paragraphs() -> None:
    # dev11 1147: —1— where a printed page broke the speech
    verdicts = classify([BODY, BODY2, "—1—", BODY, BODY2])
    assert verdicts[2].furniture and verdicts[2].kind == "页码"
    assert not classify([BODY, BODY2, "一、强化政治引领", BODY])[2].furniture


def test_a_line_of_marks_only_is_never_a_heading() -> None:
    # dev12 1241: ······ where a picture stood between two paragraphs
    verdicts = classify([BODY, "······", BODY2])
    assert verdicts[1].furniture and not verdicts[0].furniture and not verdicts[2].furniture
    assert not classify([BODY, "一、强化引领", BODY2])[1].furniture


def test_a_columns_bracketed_names_at_the_end_of_a_report() -> None:
    # dev11 1137: （百脉强警·泉域平安） above the editor's line
    verdicts = classify([BODY, BODY2, "(百脉强警·泉域平安)", "责任编辑:陈修华"])
    assert verdicts[2].furniture and verdicts[3].furniture


def test_a_bullet_before_a_numbered_heading_and_tortoise_shell_brackets_around_its_numeral() -> None:
    # dev8 739: •  (一)… ; dev4 1043: 〔一〕… — the numeral as written, and the repair said
    done = clean([Para("•  （一）人才是区域竞争的关键因素。当今时代，区域竞争越来越激烈。"),
                  Para("〔二〕人才是发展的第一资源。要强化人才支撑。"), Para("• 页数:3页")])
    assert [p.text for p in done.paras][:2] == ["（一）人才是区域竞争的关键因素。当今时代，区域竞争越来越激烈。",
                                               "（二）人才是发展的第一资源。要强化人才支撑。"]
    assert any("项目符号" in r.message for r in done.repairs)
    # a bullet before words is left to the furniture classifier
    assert clean([Para("• 今年是关键之年。我们要加强领导。")]).paras[0].text.startswith("•")


def test_a_text_stored_as_one_line_starts_a_heading_after_a_half_width_colon() -> None:
    # dev4 332: …讲几点意见:一、总结成绩,进一步坚定…的信心2009年,… (the store's half-width punctuation)
    line = ("在全市党务工作会上的讲话市委常委、组织部长(2010年2月25日)同志们:根据会议安排,下面,我就做好新年度的组织工作,"
            "讲几点意见:一、总结成绩,进一步坚定做好新年度组织工作的信心2009年,我市组织工作紧紧围绕市委工作大局,突出重点,"
            "开拓创新,真抓实干,全面完成了工作任务。" * 1 + "多项工作取得了新成效。" * 30)
    texts = [p.text for p in clean([Para(line)]).paras]
    assert any(t.startswith("一、总结成绩") for t in texts)


def test_a_name_withheld_in_lower_case_letters_is_a_gap_like_any_other() -> None:
    # dev11 1145: 凝聚力强了，xx投资创业的声誉好了 (xx for the city), beside **法制建设; 不仅是gdp指标 is no gap
    texts = [p.text for p in clean([Para("在全市统战工作会议上的讲话"), Para("同志们："),
                                     Para("凝聚力强了，xx投资创业的声誉好了，不仅是gdp指标的突破，民主**法制建设得到加强。")]).paras]
    assert "××投资创业" in texts[-1] and "gdp指标" in texts[-1] and "民主××法制建设" in texts[-1]


def test_lines_that_tell_a_scene_above_a_photos_caption_are_captions_too() -> None:
    # dev12 1200: 李建华出席会议并讲话 / 马喜荣主持会议 / 会议现场 between the dateline and the lead
    head = ["菏泽市宣传部长会议召开", "2017-11-13 20:30:00 来源: 大众网 作者: 潘涛"]
    scenes = ["菏泽市委副书记李建华出席会议并讲话", "菏泽市委宣传部常务副部长马喜荣主持会议", "会议现场"]
    verdicts = classify([*head, *scenes, BODY, BODY2])
    assert all(v.furniture and v.kind == "图片说明" for v in verdicts[2:5])
    assert mined_head([*head, *scenes, BODY, BODY2])[0] == "菏泽市宣传部长会议召开"
    # without the photo's own caption below them, such lines are the report's subtitles as before
    verdicts = classify([*head, *scenes[:2], BODY, BODY2])
    assert not any(v.furniture and v.kind == "图片说明" for v in verdicts[2:4])


def test_a_sites_reading_time_over_the_article_is_furniture() -> None:
    # dev6 526, dev12 1213: 本篇文章337字,读完约1分钟 above the report (its figures are no facts of the meeting)
    for line in ("本篇文章337字,读完约1分钟", "本篇文章479字，读完约1分钟", "全文共2300字，阅读约需6分钟"):
        assert is_furniture(line), line
    assert not is_furniture("全文共2300字，读完约需6分钟。会议强调，要抓好落实。")


def test_quotation_marks_a_copy_turned_the_wrong_way() -> None:
    """”两学一做”学习教育 (dev9 903), 当前，”十四五“规划 (dev12 1245), ‘四好'少年 (dev2 151): marks a copy turned or half
    typed in ASCII came into every draft of the exemplar's skeleton (lint D403). Each pair of a short quote now opens and
    closes; nested quotes and a quote closed after a sentence that opened a paragraph before stay as written."""
    from drafter.mining.clean import quote_marks

    assert quote_marks("扎实推进”两学一做”学习教育，要切实把”两学一做”学习") == ("扎实推进“两学一做”学习教育，要切实把“两学一做”学习", 2)
    assert quote_marks("当前，”十四五“规划的开局之年") == ("当前，“十四五”规划的开局之年", 2)
    assert quote_marks("争当‘四好'少年") == ("争当‘四好’少年", 1)
    for kept in ("被评为“全国法治示范县”、“全国“六五”普法中期验收先进县”，", "堡垒。”当前，要做到“两个维护”",
                 "他说：“我们要干。”然后“好”的。", "“一是”、“二是”"):
        assert quote_marks(kept) == (kept, 0)


def test_the_headline_said_again_in_other_words_is_no_subtitle() -> None:
    # dev13 1017: the page's title, then the article's own, whose place is written otherwise (内蒙古 / 自治区)
    m = analyse_paras([Para("内蒙古宣传文化系统学习贯彻全国宣传部长会议精神 乌兰讲话"),
                       Para("自治区宣传文化系统学习贯彻全国宣传部长会议精神"),
                       Para("1月7日，内蒙古自治区党委宣传部召开会议，传达全国宣传部长会议精神。"),
                       Para("乌兰指出，要深入学习贯彻会议精神，做好当前各项工作。")])
    assert m.title.startswith("内蒙古宣传文化系统") and m.subtitles == []
    # a subtitle saying something of its own stays
    kept = analyse_paras([Para("全县统战工作会议召开"), Para("凝心聚力 服务发展大局"),
                          Para("3月5日，全县统战工作会议召开。县委书记王某某出席会议并讲话。"),
                          Para("王某某强调，要坚持大统战工作格局。")])
    assert kept.subtitles == ["凝心聚力 服务发展大局"]
