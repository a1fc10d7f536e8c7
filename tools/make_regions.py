"""Regenerate drafter/data/regions.txt: the names of China's provinces, prefectures and
counties (GB/T 2260 administrative divisions) with their codes, for `drafter lint --facts`
(D803: a place of another region left in a draft).

Taken at development time from the table that the cpca package ships
(cpca/resources/adcodes.csv; cpca is MIT-licensed, (c) 2018 QinYuan Du,
https://github.com/DQinYuan/chinese_province_city_area_mapper), so drafter needs neither
cpca nor its pandas at run time. Only divisions down to the county level are kept
(codes ending in 000000); the township rows are dropped.

Run from the repository root, with cpca's wheel unpacked or installed:
    pip download cpca==0.5.5 --no-deps -d /tmp/cpca && python tools/make_regions.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl
    python tools/make_regions.py            # cpca installed
"""

import csv
import io
import sys
import zipfile
from pathlib import Path

MEMBER = "cpca/resources/adcodes.csv"


def table() -> str:
    if len(sys.argv) > 1:
        with zipfile.ZipFile(sys.argv[1]) as z:
            return z.read(MEMBER).decode("utf-8")
    import cpca  # noqa: F401  (only to find its folder)

    return (Path(cpca.__file__).parent / "resources" / "adcodes.csv").read_text(encoding="utf-8")


rows = {}
for row in csv.DictReader(io.StringIO(table())):
    code, name = row["adcode"], row["name"].strip()
    if code.endswith("000000") and name and name not in ("市辖区", "县", "省直辖县级行政区划",
                                                         "自治区直辖县级行政区划"):
        rows[code[:6]] = name
header = ("# 省、地、县三级行政区划的代码和名称（GB/T 2260），取自 cpca 包的 adcodes.csv（MIT 许可，"
          "(c) 2018 QinYuan Du）；见 tools/make_regions.py\n")
lines = [f"{code}\t{name}" for code, name in sorted(rows.items())]
Path("drafter/data/regions.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
print(len(lines), "divisions")
