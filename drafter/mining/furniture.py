"""Page furniture: the lines a web page or a copy site put around an article.

Breadcrumbs (当前位置：首页 > 新闻 > …), source, author, date and hit-count lines
(来源：… 浏览次数：… 【字体：大 中 小】), buttons (打印 关闭, 分享到), site footers
(主办单位…网站标识码…ICP备), promotion lines of copy sites (下面是小编为大家整理的…,
公文写作神器 立即了解), photo captions (（图1）, ▲…作讲话) and a 提纲 list printed
before a speech are not the document and must never become its title or a heading.

This is a small classifier rather than a list of patterns: every line gets a score, the
sum of the weights of the features it shows (``FEATURES``: name, weight and why — the
weights are data), and a line scoring at least ``THRESHOLD`` is furniture. Features look
at the words (site words, field labels such as 来源：, dates and clock times), the shape
(separators, digits and Latin letters, no sentence punctuation, length) and the place
(before the first or after the last body paragraph, beside other furniture). A body
sentence that mentions 来源 or 编辑 stays body: sentence punctuation and length weigh
against furniture, and lines between the body paragraphs need strong evidence.

``classify(texts)`` returns a ``Verdict`` per line (score, features, what kind of
furniture it is for the report); ``clean`` drops the lines and reports them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from drafter.mining.script import strip_gateway_pinyin
from drafter.numbering import detect_marker
from drafter.outline import DATE_LINE, SALUTATION, normalize

THRESHOLD = 3.0
"""Score from which a line is furniture."""


@dataclass(frozen=True, slots=True)
class Feature:
    """One feature of a furniture line."""

    weight: float
    kind: str
    """What it says about the line, in Chinese (the report groups dropped lines by it);
    empty for features that only weigh for or against."""
    why: str
    """Why it weighs (for developers)."""


FEATURES: dict[str, Feature] = {
    # words
    "site_word": Feature(1.0, "", "a word of site navigation or page metadata (首页, 来源, 浏览, 字体, 打印…); "
                         "per distinct word, counted up to three times"),
    "field_label": Feature(1.5, "来源与发布信息", "a metadata field label with a colon (来源：, 作者：, 发布时间：, "
                           "浏览次数：); per label, up to two"),
    "promotion": Feature(5.0, "推广或说明文字", "a copy site's promotion or disclaimer (小编为大家整理, 不代表本站观点, "
                         "立即了解, 预览已结束, 省略932字)"),
    "preface": Feature(7.0, "推广或说明文字", "a copy site's preface, however long, ending in its words "
                       "(…下面就是小编给大家整理的…讲话，仅供参考。)"),
    "footer": Feature(3.0, "网站页脚", "a site footer (主办, ICP备, 网站标识码, 版权所有, Copyright ©)"),
    "toc": Feature(6.0, "提纲目录", "the label of a contents list (目录/提纲：), and the numbered lines under it"),
    "byline": Feature(2.0, "作者署名", "a picture-and-text credit (◆ 文 / 图 …)"),
    "repeat": Feature(4.5, "重复的标题", "repeats an earlier line or its opening (a headline printed twice)"),
    "related": Feature(5.0, "相关阅读列表", "a line under a page's list of other stories (相关阅读 / • 「泸州」统战消防画同心…, "
                       "dev14 1412): the article ended above the list's label"),
    "preview": Feature(10.0, "正文预览", "the opening of the text printed above the text (在…上的讲话 吕鹏举 同志们: 县委决定，"
                       "… over the title, the name, the salutation and the text)"),
    "caption": Feature(4.5, "图片说明", "a photo caption: （图1） at the end, ▲ in front, a lone 图片 or 会议现场。; "
                       "strong enough to be dropped between body paragraphs; numbered captions after the "
                       "article's last paragraph (1.高县综治中心 / 2.…供图)"),
    "credit": Feature(6.0, "图片说明", "a scene told in a sentence and the photo's credit (…推进会现场。仓山区融媒体中心供图, "
                      "dev17 1722): a caption however it is punctuated"),
    "aside": Feature(6.0, "编者说明", "an editor's or speaker's aside, a short line wholly in brackets (（总结过去一年工作）, "
                     "（根据录音整理）, （掌声）, dev5 439): no heading, no sentence of the text; never a title's own "
                     "bracketed line (（在全县…会议上的讲话）, （讨论稿）)"),
    "paper": Feature(3.0, "报纸版面信息", "a newspaper's page and section (第12版：统战新闻) or its name and date "
                     "(《 人民政协报 》（ 2024年04月03日 第 12 版）)"),
    # shape
    "breadcrumb": Feature(3.0, "导航路径", "two or more path separators (> ＞ » -> / |) between words"),
    "separator": Feature(1.0, "导航路径", "one path separator (-> >> | ＞)"),
    "page_title": Feature(1.5, "网页标题栏", "a headline followed by the site's name (…会议召开_连云港新闻网): "
                          "the page's <title>; its headline part is kept as the title if no line is one"),
    "page_date": Feature(2.0, "来源与发布信息", "a date written as a web page writes it (2024-10-15, 2018/1/8)"),
    "clock": Feature(1.5, "来源与发布信息", "a clock time (10:57, 上午9:27:28) or a weekday"),
    "latin": Feature(2.0, "网站页脚", "mostly Latin letters, or a web address (www., http, .cn)"),
    "digits": Feature(1.0, "", "a third or more of the characters are digits (telephone numbers, stamps)"),
    "button": Feature(1.5, "网页按钮", "a short line of site words only (打印 关闭, • 字体放大, -分享-)"),
    "site_name": Feature(1.5, "", "a short line naming a web site (德育素材网 首页, 邵商网)"),
    "org_name": Feature(2.0, "网站标识", "only the names of organisations (中共江苏省委台湾工作办公室、江苏省人民政府台湾事务"
                        "办公室; 中共襄阳市委统战部): a site's owner in its header, or a unit under a title"),
    "page_number": Feature(4.5, "页码", "a page number of a scanned book or PDF (Page 202, P. 202, 第3页, —1—); "
                           "strong enough to be dropped between body paragraphs, where page breaks fall"),
    "counter": Feature(3.0, "来源与发布信息", "a bare count or size of a document site's file card (999+, 27.4KB, 7 页, "
                       "1.2万次阅读, dev8 733)"),
    "stub": Feature(1.0, "", "four characters or fewer and no sentence end (个人中心, 时刻新闻, 本报讯（); "
                    "a five-character headline is never one"),
    "ellipsis": Feature(2.0, "提纲目录", "opens or is an ellipsis (…… marks a cut or a contents list)"),
    "marks": Feature(4.5, "网页附加文字", "marks only, no word (······ where a picture stood, dev12 1241): never a "
                     "heading, wherever it stands"),
    # against
    "sentence": Feature(-2.0, "", "a sentence of twenty characters or more that ends or contains 。！？"),
    "long": Feature(-1.5, "", "forty characters or more of running text"),
    "body": Feature(-20.0, "", "four hundred characters or more with three sentences or more: a text stored as one line, "
                    "never furniture whatever its head (a breadcrumb before a one-line report, dev3 218 as a spaced copy)"),
    "numbered": Feature(-2.0, "", "opens with a heading numeral (一、 （一） 1.)"),
    "salutation": Feature(-6.0, "", "a salutation (同志们：)"),
    "dateline": Feature(-3.0, "", "only a date, as under a speech's title (（2009年3月3日）)"),
    "title_like": Feature(-1.0, "", "meeting and work words of a headline (会议, 召开, 讲话, 工作) and no separator"),
    "menu": Feature(3.0, "导航路径", "a row of four or more words of two characters (a few of three) set off by spaces, "
                    "not a row of names (全部 焦点 综合 社会 企业 国内, dev13 1312): a site's menu"),
    "slogan": Feature(3.0, "网页标语", "a banner of three or more slogans of one length (喜迎二十大 忠诚保平安 奋进新征程 建功新时代)"),
    "column_title": Feature(-2.0, "", "a column's name and a headline on either side of one | (民族团结进步创建系列活动 | "
                            "嘉定区…召开…会议; 旬阳市关口镇 | 织密多元共治网 筑牢平安建设堤): a headline, not a path"),
    # place
    "edge": Feature(1.0, "", "before the first or after the last body paragraph"),
    "inside": Feature(-1.5, "", "between body paragraphs: only strong evidence makes it furniture"),
    "beside": Feature(1.0, "", "next to a furniture line at the page's edge"),
}

SITE_WORDS = (
    "首页", "网站", "网页", "来源", "编辑", "浏览", "点击", "字体", "字号", "打印", "分享", "版权", "备案", "主办", "承办",
    "位置", "发布", "发表", "作者", "阅读", "热线", "关闭", "下载", "小编", "网友", "本站", "客服", "免责", "正文",
    "文库", "导语", "关键词", "個人中心", "个人中心", "繁體版", "繁体版", "简体版", "视力保护色", "无障碍", "登录", "注册", "扫一扫", "微信", "公众号", "审核", "校对", "索引号",
    "标识码", "联系", "上一篇", "下一篇", "推荐", "收藏", "评论", "点赞", "转发", "返回", "投稿", "纠错", "立即",
    "频道", "栏目", "新闻网", "融媒体", "放大", "缩小", "大 中 小", "大中小", "旧版", "关于我们", "编稿", "图片", "字数",
    "原标题", "关注我们", "扫码", "手机版", "责编", "分类", "浏览记录", "文档介绍", "本文标题", "本文链接", "链接地址", "本文简介", "附件", "账号", "密码",
    "Home", "News", "Source", "Author", "Editor", "Views", "Share", "Print", "Copyright", "Login",
)
FIELD_LABEL = re.compile(
    r"(?:来源|作者|记者|通讯员|摄影|责任编辑|责编|编辑|编稿时间|发表时间|发布时间|发布日期|发布机构|发布者|时间|日期|浏览(?:次数|量)?"
    r"|点击(?:数|量|率)?|阅读(?:数|量|次数)?|访问量|字体|字号|热线|审核|校对|关键词|关键字|位置|出处|索引号|发文机关"
    r"|主题分类|成文日期|导语|文号|发文字号|生效日期|有效性|公开方式|公开范围|所属机构|稿源|原标题|初审|终审|[一二三]审"
    r"|监制|出品|编审|排版|美编|页数|大小|格式|文档编号|上传时间|上传人|录入人?|录入者|发布人|供稿(?:单位)?|信息来源|本文(?:标题|链接|地址|简介|内容)|链接地址|Source|Author|Editor|Posted|Updated|Views?|Hits|ID)\s*[：:]",
    re.IGNORECASE)
PROMOTION = re.compile(
    r"小编|为大家(?:整理|收集|分享|带来)|供大家参考|仅供参考|以供您|欢迎参考|不代表本站|网友(?:上传|整理)|咨询客服|代笔"
    r"|预览|阅读全文|查看全文|立即了解|立即下载|写作神器|原创文章|赏杯|免责声明|联系老师|省略\d+字|推荐访问|相关推荐"
    r"|相关阅读|相关文章|猜你喜欢|热门文章|新闻推荐|推荐阅读|相关新闻|阅读下一篇|上一篇|下一篇|返回顶部|返回\S{0,8}首页"
    r"|分享到|扫一扫|精选范例|阅读提示|为您(?:整理|分享|收集)|隐藏\d+字|下载后查看|下载本文|正式会员|阅读模式"
    r"|(?<!第)[\d一二三四五六七八九十]+篇】?$|汇集\d+篇|^(?:本篇?文章?|全文)共?\d+字[，,]\s*(?:读完|阅读)约?需?\d+分钟$|未经本站|禁止(?:镜像|转载|复制)|联系邮箱|侵权|转载请"
    r"|阅读原文|扫码关注|范文范本|拓宽写作思路|(?:为|给)大家[^。]{0,12}提供参考|由会员(?:上传)?分享|需要?先登[录陆]|阅读完?全部图文内容|查看隐藏内容|(?:为|给)大家[^。]{0,10}奉上|温馨提示|由用户上传|版权归属用户|下载前请|下载文档时|可在线阅读|分享文档赚钱|请在[^。，]{0,16}上搜索|欢迎(?:访问|登[陆录]|来访|光临|来到)|长按识别|二维码|点击上方|蓝字关注|查看精彩图片|打开[^，。]{2,6}(?:新闻|APP|客户端)"
    r"|不代表[^，。]{0,12}(?:观点|立场)|快捷访问|新闻资讯|资讯订阅|大数据推荐|(?:添加|保存)?到(?:电脑)?桌面|仅代表(?:该)?作者|本文档共\d+页|VIP|成为会员|付费|文档[^。，]{0,10}(?:版权|上传|下载)|下载[^。，]{0,6}(?:权益|免费|退款)"
    r"|海量[^，。]{0,8}(?:素材|范文|资料)|下载网址|请?加微信?[：:]|润笔请|凡本网注明|本网未注明|凡注明“来源"
    r"|仅供学习|请勿他用|文稿下载|关键词搜索|空格分隔|独家授权|未经授权|不得转载|不允许二次传播|关注[^，。]{0,6}公众号|公文素材|^[\u4e00-\u9fff]{2,8}范文(?:大全|精选)?$|Related|Read more|Share to|Print|Close window",
    re.IGNORECASE)
PREFACE_END = re.compile(r"(?:小编|本站)(?:为|给)?(?:大家|您)?(?:整理|收集|分享|带来)[^。]{0,60}?(?:仅供|供大家|欢迎|希望)[^。]{0,12}[。！]?$"
                         r"|(?:以下为|现将|特将|下面是)[^。]{0,20}(?:摘登|摘编|节选)(?:如下)?[——：:。…]*$")
"""How a copy site's preface ends, however long it runs (…下面就是学习啦小编给大家整理的…讲话，仅供参考。),
and an editor's note over excerpts of several speeches (…以下为发言摘登——, dev2 160)."""
FOOTER = re.compile(r"主办(?:单位)?[：:]|承办(?:单位)?[：:]|协办[：:]|ICP|公网安备|网站标识码|版权所有|版权归[^，。]{0,30}所有|Copyright|©"
                    r"|All Rights|技术支持[：:]|网站地图|联系我们|关于我们", re.IGNORECASE)
TOC = re.compile(r"^(?:(?:目录|提纲|目录/提纲|内容提要)\s*[：:]?\s*(?:…+)?$|【(?:提纲|目录)】)")
PAPER = re.compile(r"^第\s*[A-Z]?\d{1,3}\s*版\s*[：:]|报纸名称[：:]|^《\s*[^》]{2,12}报\s*》\s*[（(]?\s*\d{4}\s*年|第\s*\d{1,3}\s*版\s*[）)]$"
                   r"|^《\s*[^》]{2,12}(?:日报|晚报|报)\s*》\s*[【\[]?$")  # a source's paper alone, a 【字体 cut off (dev13 1305)
ORG_NAME = re.compile(r"^(?:(?:中共|中国共产党)?[\u4e00-\u9fff]{1,8}?[省市县区州旗](?:委|人民政府|政府)?[\u4e00-\u9fff]{0,10}?"
                      r"(?:委员会|办公室|人民政府|政府|部|局|厅|办|中心)[、\s]*){1,3}$")
"""Names of organisations of a place (中共襄阳市委统战部, 江苏省人民政府台湾事务办公室), one to three."""
COUNTER = re.compile(r"^\d+(?:\.\d+)?\s*(?:[万千kK]?\+|[KMG]i?B|[万千]?(?:次|人)?(?:阅读|浏览|下载|收藏|点赞|评论)(?:量|次数)?|页|字)$",
                     re.IGNORECASE)
"""A file card's counts: downloads or reads (999+, 1.2万次阅读), file size (27.4KB), pages (7 页)."""
STAMP = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
"""A line that is only a web page's date (2024-11-26, 2019/3/5 10:57)."""


def stamp(text: str) -> bool:
    """Whether a row is only a page's date or a file card's count (2024-11-26, 999+, 27.4KB): no
    wrapped line runs on into it."""
    plain = re.sub(r"\s+", "", text)
    return bool(STAMP.match(plain) or COUNTER.match(plain))


PAGE_NUMBER = re.compile(r"^(?:Page|P\.)\s*\d+\b|^第\s*\d+\s*页(?:\s*[/／]?\s*共\s*\d+\s*页)?$|^[—\-–]{1,2}\s*\d{1,3}\s*[—\-–]{1,2}$",
                         re.IGNORECASE)  # —1— of a printed page (dev11 1147)
LONG_LINE = 100
"""In a line this long, the words of furniture count only in its first ``HEAD_CHARS`` characters:
furniture sits at the start of a line, and a paragraph of body text may mention 来源 or 分享."""
HEAD_CHARS = 60
CAPTION = re.compile(r"[（(]\s*图\s*\d*\s*[）)]$|^[▲△]|^图片$|^[\w\-]{1,40}\.(?i:png|jpe?g|gif|webp|bmp)$|^[（(]?图为|^\[图\]|[（(][^（）()]{0,30}摄[）)]$"
                     r"|(?:风光|全景|鸟瞰|实景)图[。.]?$|^图片来源|^(?:本报)?(?:记者|通讯员|摄影)[^，。,]{1,20}摄$|^(?:会议|活动|会场|培训|座谈会?)?现场(?:图|照片|图片)?[。.]?$|^(?:会议|会场|活动)一角[。.]?$"
                     r"|^[^，。,；：]{4,40}(?:会|会议|仪式|活动)现场[。.]?$")
CREDITED_SCENE = re.compile(r"^[^，,；：]{4,60}[。.]\s*[^，。,]{2,20}供图$")
"""A scene told in a sentence and who gave the photo (…推进会现场。仓山区融媒体中心供图, dev17 1722)."""
SEPARATOR = re.compile(r"->|>>|[>＞»›|｜_→]|(?<!\d)/|/(?!\d)|(?<=\S)\s[-–]\s(?=\S)")
ONE_SEPARATOR = re.compile(r"->|>>|[>＞»›|｜_→]|(?<=\S)\s[-–]\s(?=\S)")
PAGE_TITLE = re.compile(r"^(.{6,60}?)\s*(?:_|\s[-–]\s|[|｜]|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]))\s*([^_|｜]{2,24})$")
"""A page's <title> line: the headline, then the site's name (…会议召开_连云港新闻网; …会议召开-人生就是博官网, dev16 1620)."""
SITE_TAIL = re.compile(r"网|网站|门户|政府|新闻|日报|在线|频道|平台|之窗|官网|融媒")
PAGE_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)|星期[一二三四五六日天]|周[一二三四五六日]\s")
URL = re.compile(r"https?:|www\.|\.(?:com|cn|net|org|gov)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[。！？!?]")
ASIDE = re.compile(r"^[（(][\u4e00-\u9fff、，·•]{2,20}[）)]$")
"""A short line wholly in brackets, words only (no date, no numeral), maybe a column's two names (（百脉强警·泉域平安）, dev11 1137)."""
BYLINE = re.compile(r"^(?:文|图|文图|图文|摄影?)\s*[/／|｜:：]|^[（(][^）)]{0,16}(?:记者|通讯员)[^）)]{1,24}[）)]$"
                    r"|^[（(][\u4e00-\u9fff]{2,16}(?:部|委|局|办|中心|站|所|镇|街道)\s*[\u4e00-\u9fff]{2,3}[）)]$")
SITE_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}(?<!互联)(?<!电)网(?:站)?(?=$|\s|首页|[>＞»›|｜/-])")
TITLE_WORDS = re.compile(r"会议|召开|讲话|工作|座谈|部署|推进|经验|做法")
_BULLETS = "•·◆◇●■□-—－=＝*"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the classifier says about one line."""

    score: float
    features: tuple[str, ...]

    @property
    def furniture(self) -> bool:
        return self.score >= THRESHOLD

    @property
    def kind(self) -> str:
        """The report's name for the furniture: the kind of its heaviest positive feature."""
        named = [f for f in self.features if FEATURES[f].kind]
        if not named:
            return "网页附加文字"
        return FEATURES[max(named, key=lambda f: FEATURES[f].weight)].kind


@dataclass(frozen=True, slots=True)
class _Line:
    """What the feature tests look at in one line."""

    text: str
    """Normalised, gateway pinyin gone; only its first ``HEAD_CHARS`` when the line is long."""
    plain: str
    """The whole line without spaces."""
    bare: str
    """``plain`` without a leading bullet or dash."""
    core: str
    """``plain`` without bullets, brackets and colons around it (what a button says)."""
    words: tuple[str, ...]
    """The site words in ``text``."""
    seps: int
    """How many path separators ``text`` has."""
    pieces: tuple[int, ...] = ()
    """Lengths of the parts the line's own spaces set off."""
    parts: tuple[str, ...] = ()
    """The parts themselves."""


def _view(text: str) -> _Line | None:
    t = strip_gateway_pinyin(normalize(text))  # 責(zé)任編輯 -> 责任编辑
    plain = re.sub(r"\s+", "", t)
    if not plain:
        return None
    if len(plain) >= LONG_LINE:
        t = t[:HEAD_CHARS]
    return _Line(t, plain, plain.lstrip(_BULLETS), plain.strip(_BULLETS + "【】[]：:"),
                 tuple(w for w in SITE_WORDS if w in t), len(SEPARATOR.findall(t)), tuple(map(len, text.split())),
                 tuple(text.split()))


def _latin(x: _Line) -> bool:
    latin = sum(c.isascii() and c.isalpha() for c in x.plain)
    return bool(URL.search(x.text)) or (latin >= 6 and latin >= 0.4 * len(x.plain))


def _title_like(x: _Line) -> bool:
    return (bool(TITLE_WORDS.search(x.text)) and len(x.plain) >= 8 and x.seps == 0 and not x.words
            and not CAPTION.search(x.bare) and not ORG_NAME.match(x.plain))


def _column_title(x: _Line) -> bool:
    parts = re.split(r"\s*[|｜]\s*", x.text.strip())
    if x.seps != 1 or len(parts) != 2 or x.words:
        return False
    column, head = (re.sub(r"\s+", "", p) for p in parts)
    return (2 <= len(column) <= 16 and len(head) >= 10 and not SENTENCE_END.search(head)
            and sum(c.isdigit() for c in x.plain) < 4)


def _menu(x: _Line) -> bool:
    from drafter.mining.slots import SURNAMES

    words = x.parts
    return (len(words) >= 4 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w) for w in words)
            and sum(len(w) == 2 for w in words) * 4 >= len(words) * 3
            and not all(w[0] in SURNAMES for w in words) and not re.search(r"记者|通讯员|编辑|摄", x.plain))


TESTS: tuple[tuple[str, Callable[[_Line], object]], ...] = (
    ("promotion", lambda x: PROMOTION.search(x.text)),
    ("preface", lambda x: PREFACE_END.search(x.plain[-80:])),
    ("footer", lambda x: FOOTER.search(x.text)),
    ("page_number", lambda x: PAGE_NUMBER.match(x.plain)),
    ("counter", lambda x: COUNTER.match(x.plain)),
    ("paper", lambda x: PAPER.search(x.text)),
    ("org_name", lambda x: len(x.plain) >= 6 and ORG_NAME.match(x.plain)
     and not re.search(r"会议|召开|讲话|座谈|部署|推进|经验|做法", x.plain)),
    ("toc", lambda x: TOC.match(x.bare)),
    ("caption", lambda x: CAPTION.search(x.bare)),
    ("body", lambda x: len(x.plain) >= 400 and len(SENTENCE_END.findall(x.plain)) >= 3),
    ("credit", lambda x: CREDITED_SCENE.match(x.bare)),
    ("byline", lambda x: BYLINE.match(x.bare)),
    ("aside", lambda x: ASIDE.match(x.plain) and not DATE_LINE.match(x.plain) and not BYLINE.match(x.plain)
     and not detect_marker(x.text) and not re.search(r"^.在|会|讲话|发言|报告|稿|摘要|节选", x.plain)),
    ("breadcrumb", lambda x: x.seps >= 2),
    ("separator", lambda x: x.seps == 1 and ONE_SEPARATOR.search(x.text)),
    ("page_title", lambda x: page_title(x.text)),
    ("page_date", lambda x: PAGE_DATE.search(x.text)),
    ("clock", lambda x: CLOCK.search(x.text)),
    ("latin", _latin),
    ("digits", lambda x: sum(c.isdigit() for c in x.plain) >= max(4, len(x.plain) / 3)),
    ("site_name", lambda x: len(x.plain) <= 24 and SITE_NAME.search(x.text)
     and not re.search(r"[“”\"：:]", x.text)),  # 暖“新”驿站提质增效 织密党群连心网 is a headline
    ("button", lambda x: x.words and len(x.core) <= 12 and not SENTENCE_END.search(x.core)
     and _only_site_words(x.core)),
    ("stub", lambda x: len(x.core) <= 4 and not SENTENCE_END.search(x.core[-1:] or "。")),
    ("ellipsis", lambda x: x.plain.startswith("……") or x.plain == "…"),
    ("marks", lambda x: bool(x.plain) and not re.search(r"[\w\u4e00-\u9fff]", x.plain)),
    ("sentence", lambda x: len(x.plain) >= 20 and SENTENCE_END.search(x.plain)),
    ("long", lambda x: len(x.plain) >= 40 and x.plain.count("，") + x.plain.count("。") >= 2),
    ("numbered", lambda x: detect_marker(x.text)),
    ("salutation", lambda x: SALUTATION.match(x.text)),
    ("dateline", lambda x: DATE_LINE.match(x.plain)),
    ("title_like", _title_like),
    ("column_title", lambda x: _column_title(x)),
    ("menu", _menu),
    ("slogan", lambda x: len(x.pieces) >= 3 and len(set(x.pieces)) == 1 and 4 <= x.pieces[0] <= 7
     and not SENTENCE_END.search(x.plain)),
)
"""How each feature of ``FEATURES`` is seen in a line (the counted ones, site words and field
labels, are counted in ``line_features``)."""


def line_features(text: str) -> list[str]:
    """The features of a line on its own (its words and shape); see ``FEATURES``."""
    x = _view(text)
    if x is None:
        return []
    out = ["site_word"] * min(len(x.words), 3)
    out += ["field_label"] * min(len(FIELD_LABEL.findall(x.text)), 2)
    return out + [name for name, test in TESTS if test(x)]


def page_title(text: str) -> str:
    """The headline of a page's <title> line (headline_site name), or ''."""
    m = PAGE_TITLE.match(normalize(text))
    return m[1].strip() if m and SITE_TAIL.search(m[2].strip()[-4:]) and not SITE_TAIL.search(m[1][-2:]) else ""


def _only_site_words(core: str) -> bool:
    rest = core
    for w in sorted(SITE_WORDS, key=len, reverse=True):
        rest = rest.replace(w.replace(" ", ""), "")
    return len(re.sub(r"[\s\W_到我们本页]", "", rest)) <= 1


def _score(features: list[str]) -> float:
    return sum(FEATURES[f].weight for f in features)


def classify(texts: list[str]) -> list[Verdict]:
    """A verdict for every line of a document (see the module docstring)."""
    own = [line_features(t) for t in texts]
    prose = [i for i, f in enumerate(own) if "long" in f and "sentence" in f
             and _score([x for x in f if FEATURES[x].weight > 0]) < 2]
    first, last = (prose[0], prose[-1]) if prose else (len(texts), -1)
    _repeats(texts, own, first)
    feats = []
    for i, f in enumerate(own):
        place = "edge" if i < first or i > last else "inside"
        feats.append([*f, place] if f else [])
    for _ in range(2):  # furniture beside furniture at the edges (stubs such as 时刻新闻)
        hot = [bool(f) and _score(f) >= THRESHOLD for f in feats]
        for i, f in enumerate(feats):
            if (f and "edge" in f and "beside" not in f and not hot[i]
                    and ((i > 0 and hot[i - 1]) or (i + 1 < len(feats) and hot[i + 1]))):
                f.append("beside")
    _contents_list(texts, feats, first)
    _caption_list(texts, feats, first, last)
    _named_captions(texts, feats)
    _told_captions(texts, feats)
    _caption_run(texts, feats)
    _related_list(texts, feats, first)
    _card_rows(texts, feats)
    return [Verdict(_score(f), tuple(f)) for f in feats]


COLLECTION_AFFIX = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}篇|范文[一二三四五六七八九十\d]{1,3}|篇[一二三四五六七八九十\d]{1,3}"
                              r"|(?:文章|文档)标题)\s*[：:]\s*"
                              r"|\s*(?:[（(](?:[一二三四五六七八九十\d]{1,3}|共?[一二三四五六七八九十\d]{1,3}[篇则](?:范文)?)[）)]"
                              r"|【第?[一二三\d]{1,3}篇】|【篇[一二三四五六七八九十\d]{1,3}】|\d{8}|\d{0,2}_第\d{1,3}页)[：:]?$")
"""What a copy site adds to a title it lists in a collection: 第一篇：…, 文章标题：… (dev10 1042), …（一）, …（共3篇）, …（2篇）, …【篇一】,
… 20250726, and a document site's page marker (…讲话1_第2页)."""


def _repeats(texts: list[str], feats: list[list[str]], first: int) -> None:
    """A line (eight characters or more, no sentence end) that repeats a line before the first
    body paragraph, or its opening: a headline the page printed twice; and a line of the head
    that is another line of it with a collection's affix (第一篇：标题 above 标题, dev3 230;
    标题（一） under 标题, dev3 231; 标题 20250726, dev3 241); and a preview of the text's opening
    printed above it (在…上的讲话 吕鹏举 同志们: 县委决定，…, dev6 542)."""
    keys = [re.sub(r"\s+", "", normalize(t)) for t in texts]
    head = {k for k in keys[:first] if k}
    seen: list[tuple[str, str]] = []
    titled = {re.sub(r"\s+", "", named): j for j, t in enumerate(texts[:first]) if (named := page_title(t))}
    for i, t in enumerate(texts):
        k = keys[i]
        if i < first and titled.get(k, i) < i:  # the headline under the page's <title> line (…召开-人生就是博官网 /
            j = titled[k]  # breadcrumb / …召开, dev16 1620): the <title> line is the copy, the headline the text's own
            if "repeat" not in feats[j]:
                feats[j].append("repeat")
            seen.append((k, k))
            continue
        bare = re.sub(r"\s+", "", COLLECTION_AFFIX.sub("", normalize(t).strip()))
        if (len(k) >= 8 and not SENTENCE_END.search(k) and "numbered" not in feats[i]
                and (any(s.startswith(k) and (s == k or b != k) for s, b in seen)  # the affixed copy is the repeat
                     or (bare != k and len(bare) >= 6 and bare in head))):
            feats[i].append("repeat")
            rest = keys[i + 1] if i + 1 < len(keys) else ""
            if rest and "repeat" not in feats[i + 1] and any(
                    s != k and s.startswith(k + rest) for s, _ in seen):  # the repeat wrapped (研 / 判会上的讲话, dev8 733)
                feats[i + 1].append("repeat")
        if len(k) >= 30 and "repeat" not in feats[i] and previews(k, keys[i + 1:i + 16]):
            feats[i].append("preview")  # the page prints the text's opening, then the text (dev6 542)
        elif bare != k and "repeat" not in feats[i] and len(bare) >= 20 and i + 1 < len(keys) and keys[i + 1].startswith(bare):
            feats[i].append("preview")  # a collection's item named by the text's opening, cut (第一篇：蓬安县在开展…
            # 提升了党 over 蓬安县在开展…提升了党员干部的能力…, dev14 1445)
        elif (summary := SUMMARY.match(k)) and k[summary.end():][:20] in "".join(keys[i + 1:i + 4]):
            feats[i].append("preview")  # 摘要: 3月31日,五陂镇召开…参加会议。 梁志田指出 ... over the text (dev13 1321)
        if k and i < first:
            seen.append((k, bare))


def previews(key: str, after: list[str]) -> bool:
    """Whether ``key`` (a line without spaces) is the opening of the text under it, cut mid-sentence
    (a full stop the cut added, 学习习近平新时代。, is no part of the text: the text goes on there)."""
    text = "".join(after)
    if not after or len(key) <= len(after[0]):
        return False
    if key[-1] in "。！？":
        return text.startswith(key[:-1]) and text[len(key) - 1:len(key)] not in ("", key[-1])
    return text.startswith(key)


SUMMARY = re.compile(r"^(?:(?:内容)?(?:摘要|提要|导读)|核心提示)[：:](?=.{20})")
"""The label of a page's summary (摘要:), which repeats the text's opening."""
NOTICES = re.compile(r"^(?:温馨提示|下载须知|注意事项|阅读须知)[：:]?$")
"""The label of a document site's numbered notices (温馨提示： 1. 部分包含数学公式… 2. 本文档由用户上传…)."""


_HERE = re.compile(r"^\s*(?:您(?:当前|现在)?的?|当前|所在|现在)位置\s*[：:]")
"""A page's breadcrumb line (您当前的位置 :温州统战网 > 统战时讯 正文)."""
RELATED = re.compile(r"^(?:相关阅读|相关文章|相关新闻|相关推荐|延伸阅读|推荐阅读|猜你喜欢|热门文章|新闻推荐|更多阅读)[：:>»]?$")
"""The label of a page's list of other stories, on a line of its own."""


def _related_list(texts: list[str], feats: list[list[str]], first: int) -> None:
    """Every line under a page's label of its list of other stories (相关阅读), once the article has begun: the list's
    items are other stories' headlines and teasers (• 「泸州」统战消防画同心，踔厉奋发党旗红, dev14 1412); and three lines or more
    of headlines above a page's breadcrumb (its latest stories, dev16 1617)."""
    here = next((i for i in range(min(first, len(texts))) if _HERE.search(normalize(texts[i]))), None)
    if here is not None and (here >= 3 or _headline_under(texts, here, first)):  # a page's latest stories listed above
        # its 当前位置 line (dev16 1617), or anything above a breadcrumb that a headline follows (a site's slogan, dev17 1718)
        for j in range(here):
            if texts[j].strip() and len(texts[j].strip()) <= 40 and not SENTENCE_END.search(texts[j]):
                feats[j].append("related")
    for i in range(first + 1, len(texts)):
        if RELATED.match(re.sub(r"\s+", "", normalize(texts[i]))):
            for j in range(i + 1, len(texts)):
                if texts[j].strip():
                    feats[j].append("related")
            return


_ORDINAL_ROW = re.compile(r"^(?:[一二三四五六七八九十]{1,2}[是要]|第[一二三四五六七八九十]{1,2}[，、,]?)[^。！？]{2,30}$")
"""A row of a 提纲 led by an ordinal word (一是强化责任意识, dev19 1955)."""


def _headline_under(texts: list[str], here: int, first: int) -> bool:
    """Whether the first line under the breadcrumb at ``here`` is a headline (no sentence, no date), not one printed
    above it too."""
    below = next((normalize(t).strip() for t in texts[here + 1:first] if t.strip()), "")
    return here > 0 and 8 <= len(below) <= 40 and not SENTENCE_END.search(below) and not PAGE_DATE.search(below) and \
        normalize(texts[here - 1]).strip() != below


def _contents_list(texts: list[str], feats: list[list[str]], first: int) -> None:
    """A 提纲 printed before a speech: after a contents label, the numbered lines (and a
    closing ellipsis) up to the first line that is neither, or up to that ellipsis, are furniture."""
    for i, f in enumerate(feats[:first]):
        if "toc" not in f and not NOTICES.match(normalize(texts[i]).strip()):
            continue
        for j in range(i + 1, min(first, len(texts))):
            if "numbered" in feats[j] or "ellipsis" in feats[j] or _ORDINAL_ROW.match(normalize(texts[j]).strip()):
                feats[j] = [x for x in feats[j] if x != "numbered"] + ["toc"]
                if "ellipsis" in feats[j] and j > i + 1:
                    break  # the list's closing ellipsis: the speech's own first heading follows (dev6 533)
            elif texts[j].strip():
                break


_CAPTION_ROW = re.compile(r"^(?:(\d{1,2})[.．、]\s*[^。！？，；]{2,40}|([①②③④⑤⑥⑦⑧⑨⑩])\s*[^。！？；]{2,60}。?)$")
"""A row of a list of captions: 1.高县综治中心, or ①2025年第一季度楼宇开放日活动。 (dev10 1038)."""


def _caption_list(texts: list[str], feats: list[list[str]], first: int, last: int) -> None:
    """Rows numbered 1., 2., … of a few words each, two or more in a row with nothing between
    them, before the article's first paragraph or after its last: a list of photo captions
    (1.高县综治中心 / 2.…供图, dev3 256) or of contents, not headings."""
    for rows in ([i for i in range(min(first, len(texts))) if texts[i].strip()],
                 [i for i in range(last + 1, len(texts)) if texts[i].strip()]):
        run: list[int] = []
        for i in rows:
            m = _CAPTION_ROW.match(normalize(texts[i]).strip())
            if m and (int(m[1]) if m[1] else "①②③④⑤⑥⑦⑧⑨⑩".index(m[2]) + 1) == len(run) + 1:
                run.append(i)
            elif run:
                break
        if len(run) < 2:
            continue
        pictures = run[0] > last or any(re.search(r"供图|摄|图为|图片", texts[i]) for i in run) or all(
            normalize(texts[i]).strip().endswith("。") for i in run)  # scenes told in sentences (dev10 1038)
        for i in run:  # the list is the evidence: a caption told in a sentence is still a caption
            feats[i] = [x for x in feats[i] if x not in ("numbered", "sentence", "title_like", "long")] + [
                "caption" if pictures else "toc"]


def _bare(texts: list[str]) -> list[str]:
    return [re.sub(r"\s+", "", normalize(t)) for t in texts]


def _named_captions(texts: list[str], feats: list[list[str]]) -> None:
    """Short lines, two or more in a row, each a name the paragraph above them listed (镇纪委、团委、卫生院、
    新兴中学四个部门…汇报了… / 镇纪委 / 卫生院 / 团委 / 新兴中学, dev9 901): the captions of their photos; and
    the texts of panels between two paragraphs."""
    bare = _bare(texts)
    rows = [i for i, t in enumerate(texts) if t.strip()]
    k = 0
    while k < len(rows):
        run = []
        while k + len(run) < len(rows) and re.fullmatch(r"[\u4e00-\u9fff（）()]{2,10}", bare[rows[k + len(run)]]):
            run.append(rows[k + len(run)])
        above = normalize(texts[rows[k - 1]]) if k > 0 else ""
        below = normalize(texts[rows[k + len(run)]]) if k + len(run) < len(rows) else ""
        words = [bare[i] for i in run]
        named = len(run) >= 2 and len(above) > 30 and all(w in above for w in words)
        # panels of counted slogans, or three short lines or more, between two paragraphs (三个离不开 / 五个维护 /
        # 六个相互, dev10 1033): pictures' texts, not headings (a two-line subhead is two lines only)
        panels = len(above) > 30 and len(below) > 30 and (
            (len(run) >= 2 and all(re.fullmatch(r"[两二三四五六七八九十]个\S{2,6}", w) for w in words))
            or (len(run) >= 3 and all(len(w) <= 8 for w in words)))
        if named or panels:
            for i in run:
                feats[i] = [*feats[i], "caption"]
        k += max(len(run), 1)


def _told_captions(texts: list[str], feats: list[list[str]]) -> None:
    """A scene's caption between two paragraphs that repeats words of the text (阙庆安代表区委作了重要讲话 under
    a lead that says so, dev11 1106), or names a speaker the text names (市委书记邵占维作重要讲话 between the lead
    and 邵占维书记在会上说…, dev16 1617); lines of nothing but marks (a gateway's undecoded space, ?) stand for
    nothing between them (dev17 1731)."""
    bare = _bare(texts)
    rows = [i for i, t in enumerate(texts) if re.search(r"\w", t)]
    for k in range(1, len(rows) - 1):
        i = rows[k]
        word = bare[i]
        if not (8 <= len(word) <= 30 and not re.search(r"[。！？，；：]", word) and len(bare[rows[k - 1]]) > 30 and
                len(bare[rows[k + 1]]) > 30 and re.search(r"讲话|主持|出席|发言|致辞|领奖|颁奖|合影", word)):
            continue
        others = [b for j, b in enumerate(bare) if j != i and len(b) > 2 * len(word)]
        spoke = _SPOKE_CAPTION.search(word)
        if any(word in b for b in others) or (spoke and any(spoke[1] in b for b in others)):
            feats[i] = [x for x in feats[i] if x != "title_like"] + ["caption"]


_SPOKE_CAPTION = re.compile(r"(?:书记|部长|主任|主席|县长|区长|市长|省长|局长|委员)([\u4e00-\u9fff]{2,3}?)(?:作|发表)?(?:了)?(?:重要)?"
                            r"(?:讲话|致辞|主持会议)$")
"""A post, a name and what the leader did, the whole of a photo's caption (市委书记邵占维作重要讲话)."""


_SCENE = re.compile(r"讲话|主持|出席|发言|致辞|作报告|领奖|颁奖|合影|宣讲")


def _caption_run(texts: list[str], feats: list[list[str]]) -> None:
    """Short lines that tell a scene (李建华出席会议并讲话 / 马喜荣主持会议) right above a photo's caption (会议现场),
    with nothing but such lines between: the captions of the photos above them, not subtitles (dev12 1200)."""
    rows = [i for i, t in enumerate(texts) if t.strip()]
    bare = _bare(texts)
    for k, i in enumerate(rows):
        if "caption" not in feats[i] or not CAPTION.search(bare[i]):
            continue
        j = k - 1
        while j >= 0 and 6 <= len(bare[rows[j]]) <= 30 and not re.search(r"[。！？，；：]", bare[rows[j]]) \
                and _SCENE.search(bare[rows[j]]) and "caption" not in feats[rows[j]]:
            feats[rows[j]] = [x for x in feats[rows[j]] if x != "title_like"] + ["caption"]
            j -= 1


_CARD_ROW = re.compile(r"^[-–•·]\s*\S{1,6}$")


def _card_rows(texts: list[str], feats: list[list[str]]) -> None:
    """Four rows or more of a dash and a word or a count (- UID / - 1 / - 主题 / - CN币 …, a forum poster's card,
    dev11 1101): the site's, with the short rows among them."""
    rows = [i for i, t in enumerate(texts) if t.strip()]
    run: list[int] = []
    for i in [*rows, -1]:
        if i >= 0 and (_CARD_ROW.match(texts[i].strip()) or (run and len(texts[i].strip()) <= 4)):
            run.append(i)
            continue
        if sum(bool(_CARD_ROW.match(texts[k].strip())) for k in run) >= 4:
            for k in run:
                feats[k] = [*feats[k], "counter"]
        run = []


def is_furniture(text: str) -> bool:
    """Whether a line is furniture on its own, at the edge of a page (no neighbours known)."""
    f = line_features(text)
    return bool(f) and _score([*f, "edge"]) >= THRESHOLD
