"""Word's repair prompt: every element we write must follow the ECMA-376 child order.

LibreOffice tolerates out-of-order children silently; Word says the file has
unreadable content. So the order is checked here, in code.
"""

from __future__ import annotations

import shutil
import zipfile

import pytest
from helpers import SAMPLES, W
from xml.etree import ElementTree as ET

import drafter

ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
           "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
           "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
           "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
           "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
           "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
           "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
             "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr "
             "tblPr trPr tcPr tblStylePr",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
              "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection "
              "bidi rtlGutter docGrid printerSettings sectPrChange",
    "settings": "writeProtection view zoom removePersonalInformation removeDateAndTime "
                "doNotDisplayPageBoundaries displayBackgroundShape mirrorMargins gutterAtTop "
                "proofState attachedTemplate defaultTabStop autoHyphenation evenAndOddHeaders "
                "drawingGridHorizontalSpacing drawingGridVerticalSpacing noPunctuationKerning "
                "characterSpacingControl compat docVars rsids themeFontLang clrSchemeMapping "
                "decimalSymbol listSeparator",
    "docDefaults": "rPrDefault pPrDefault",
}


def out_of_order(root: ET.Element) -> list[str]:
    problems = []
    for el in root.iter():
        local = el.tag.split("}")[1] if "}" in el.tag else el.tag
        if local not in ORDER or not el.tag.startswith(W):
            continue
        seq = ORDER[local].split()
        children = [c.tag.split("}")[1] for c in el if c.tag.startswith(W)]
        unknown = [c for c in children if c not in seq]
        positions = [seq.index(c) for c in children if c in seq]
        if unknown or positions != sorted(positions):
            problems.append(f"{local}: {children}")
        if len(set(children)) != len(children) and local not in ("sectPr",):
            problems.append(f"duplicate children in {local}: {children}")
    return problems


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ET.Element]:
    folder = tmp_path_factory.mktemp("ooxml")
    facts = shutil.copy(SAMPLES / "speech.yaml", folder / "f.yaml")
    path = drafter.build(facts)[0].path
    with zipfile.ZipFile(path) as z:
        return {n: ET.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml")}


def test_children_in_schema_order(parts: dict[str, ET.Element]) -> None:
    problems = {name: out_of_order(root) for name, root in parts.items()}
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_part_has_a_content_type(parts: dict[str, ET.Element]) -> None:
    types = parts["[Content_Types].xml"]
    overrides = {o.get("PartName") for o in types}
    for name in parts:
        if name.startswith(("word/", "docProps/")) and not name.endswith(".rels"):
            assert f"/{name}" in overrides, name


def test_fields_are_complete(parts: dict[str, ET.Element]) -> None:
    for name, root in parts.items():
        kinds = [f.get(f"{W}fldCharType") for f in root.iter(f"{W}fldChar")]
        assert kinds == ["begin", "separate", "end"] * (len(kinds) // 3), name


def test_the_order_check_catches_a_misplaced_child() -> None:
    bad = ET.fromstring(f'<w:pPr xmlns:w="{W[1:-1]}"><w:ind/><w:spacing/></w:pPr>')
    assert out_of_order(bad) == ["pPr: ['ind', 'spacing']"]
