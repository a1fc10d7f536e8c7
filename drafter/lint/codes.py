"""The table of ``drafter lint`` codes: one row per code, its severity and what it marks.

This module is the one place the codes live. ``drafter lint --codes`` prints the table
for writers (in Chinese); developers read it here. Codes are stable: a code, once given,
keeps its meaning (retired codes are not reused).

======  ========  ======================================================================
code    severity  what the editor marks
======  ========  ======================================================================
D001    error     the file cannot be read as a draft
D002    error     the file is too large to be a draft (lint refuses it rather than run for minutes)
D003    warning   tracked changes not yet accepted (the draft is checked as it would print)
D004    info      a comment in the draft (who wrote it and what it says)
D005    info      who made the draft: drafter's template (and whether it changed since), or by hand
D101    error     a placeholder left in: ``**`` ``XX`` ``×××`` ``【待补…】`` ``（具体内容）`` …
D102    warning   web-page leftovers: 小编、推荐访问、免责声明、ICP备 …
D103    error     program leftovers: None, null, nan, template syntax ``{{ }}`` ``{% %}``, ``['…']``
D104    error     invisible or bidi control characters (U+202E, U+200B, U+FEFF …)
D105    info      a picture the facts file asked for, still to be put in (drafter's own mark)
D201    error     heading or lead-in numbering skips (一、二、四；一是……三是)
D202    error     heading or lead-in numbering repeats or goes backwards
D203    error     numbering starts past one (first level-2 heading is （二）; 二是 with no 一是)
D204    error     level mix-up: （一） with no 一、 above it, 1. with no （一） above it
D205    warning   lead-ins of one series mixed (一要……二是)
D206    warning   level-3 marker written 1、 instead of 1. (GB/T 9704 7.3.3)
D207    warning   a heading too long to be one (a sentence, not a heading)
D301    error     a count that disagrees with the text ("提出三点要求" followed by four)
D302    warning   more items listed than "等N项" says
D401    error     half-width punctuation in Chinese text (, : ; ? ! ( ) .)
D402    error     half-width quotation marks in Chinese text (" ')
D403    error     quotation marks not in pairs
D404    error     brackets or book-title marks not in pairs
D405    warning   dash written wrong (— - -- ―; GB/T 15834: ——)
D406    warning   ellipsis written wrong (... 。。。 …; GB/T 15834: ……)
D407    error     document number not in the GB/T 9704 form 〔2023〕1号
D408    warning   stray spaces between Chinese characters (copied from PDF)
D409    error     punctuation doubled (，，  。。  ，。  ？。  。”。)
D410    warning   paragraph broken in the middle of a sentence (copied from PDF or web)
D411    error     a paragraph of running text that ends without its stop (。！？…)
D501    warning   a stock phrase repeated too often in one document
D502    warning   a word typed twice (工作工作、的的)
D503    warning   a phrase said twice in a row (加强组织建设，加强组织建设); not parallel forms
                  such as 共建共治共享, 有创新、有亮点
D504    warning   the same sentence opening repeated past the genre's habit (今年，某某区将 ×19)
D505    warning   the same list of items spelt out again and again (组织、宣传、统战、政法 ×8)
D601    error     date with zero padding (2023年02月 → 2023年2月; GB/T 15835)
D602    error     year cut short (23年2月 → 2023年2月)
D603    error     Arabic and Chinese numerals mixed (3千元, 百分之5)
D604    warning   full-width digits (２０２３ → 2023)
D605    error     〇 of a year written ○, O, 0 or 零 (二〇二三年)
D701    info      length in characters and speaking time at --rate characters a minute
D702    warning   longer than the --minutes the speech is given
D801    error     with --facts: a date, year or figure in neither this year's facts nor the templates
D802    error     with --facts: a word one character from a listed person's name, or sounding like it
D803    error     with --facts: a place (省/市/区/县 …) the facts file does not name: another
                  region's document left in
D901    error     the presider of a meeting named before leaders of higher rank
======  ========  ======================================================================
"""

from __future__ import annotations

CODES: dict[str, tuple[str, str]] = {
    "D001": ("error", "文件读不出来（不存在、已损坏或编码不对）"),
    "D002": ("error", "文件太大，不像一篇文稿，不做检查"),
    "D003": ("warning", "修订没有接受或拒绝（按接受全部修订后打印出来的文字检查）"),
    "D004": ("info", "文稿里的批注（谁写的、写了什么）"),
    "D005": ("info", "文稿由谁生成：drafter 的哪个模板（模板改过没有），还是手工录入"),
    "D101": ("error", "占位符没有替换：** XX ××× 【待补…】（具体内容）……"),
    "D102": ("warning", "网页上带来的文字：小编、推荐访问、免责声明、ICP备……"),
    "D103": ("error", "程序留下的字样：None、null、nan、模板语法 {{ }} {% %}、['…']"),
    "D104": ("error", "看不见的控制字符（如 U+202E 从右到左覆盖、U+200B 零宽空格）"),
    "D105": ("info", "程序按事实文件要求留的位置（插图、图注），还没放入（程序标记的，不算错误）"),
    "D201": ("error", "标题或分述序号跳号（一、二、四；一是……三是）"),
    "D202": ("error", "标题或分述序号重复、倒退"),
    "D203": ("error", "序号不从一开始（第一个二级标题是（二）；有二是没有一是）"),
    "D204": ("error", "层次乱了：（一）上面没有一、，1.上面没有（一）"),
    "D205": ("warning", "同一组分述用语前后不一（一要……二是）"),
    "D206": ("warning", "第三层序号写成“1、”，应为“1.”"),
    "D207": ("warning", "标题太长，像一句话，不像标题"),
    "D301": ("error", "说的条数和列出的对不上（“提出三点要求”后面列了四条）"),
    "D302": ("warning", "列举的比“等N项”说的多"),
    "D401": ("error", "中文里用了半角标点（, : ; ? ! ( ) .）"),
    "D402": ("error", "中文里用了半角引号（\" '）"),
    "D403": ("error", "引号不成对"),
    "D404": ("error", "括号、书名号不成对"),
    "D405": ("warning", "破折号写法不对（应为——）"),
    "D406": ("warning", "省略号写法不对（应为……）"),
    "D407": ("error", "发文字号不合 GB/T 9704 的写法（〔2023〕1号）"),
    "D408": ("warning", "汉字之间有多余的空格"),
    "D409": ("error", "标点重复（，，  。。  ，。  ？。  。”。）"),
    "D410": ("warning", "段落在句子中间断开了"),
    "D411": ("error", "正文段落末尾没有句号等收尾标点"),
    "D501": ("warning", "套话用得太多"),
    "D502": ("warning", "一个词连写了两遍（工作工作、的的）"),
    "D503": ("warning", "一句话、一个短语紧挨着说了两遍（不含“共建共治共享”“有创新、有亮点”这类排比）"),
    "D504": ("warning", "许多句子用同一个开头（如“今年，某某区将”），超出文种的习惯"),
    "D505": ("warning", "同一串并列项（如“组织、宣传、统战、政法”）反复写了很多遍"),
    "D601": ("error", "日期的月、日补了零（2023年02月）"),
    "D602": ("error", "年份没写全四位（23年2月）"),
    "D603": ("error", "阿拉伯数字和汉字数字混用（3千元、百分之5）"),
    "D604": ("warning", "全角数字（２０２３）"),
    "D605": ("error", "年份里的零没写成“〇”"),
    "D701": ("info", "全文字数；讲话稿另按语速估算讲话时长"),
    "D702": ("warning", "讲话稿超出限定的时长"),
    "D801": ("error", "（加 --facts）年份、数字不在今年的事实文件里，也不是模板的固定文字"),
    "D802": ("error", "（加 --facts）人名与名单中的人差一个字或读音相同"),
    "D803": ("error", "（加 --facts）事实文件里没有的地名（省、市、区、县），多是别处文稿留下的"),
    "D901": ("error", "会议主持人排在职务更高的领导前面"),
}
"""Code -> (severity, what it marks, in Chinese for ``drafter lint --codes``)."""

SEVERITY = {code: severity for code, (severity, _) in CODES.items()}
"""Every code and its severity."""

SEVERITY_NAMES = {"error": "错误", "warning": "提醒", "info": "信息"}


def table() -> str:
    """The code table as writers read it (``drafter lint --codes``)."""
    return "\n".join(f"{code}  {SEVERITY_NAMES[severity]}  {what}"
                     for code, (severity, what) in CODES.items())
