"""Workbook packages of every shape real files come in, written by hand (zipfile + XML).

Used by the bad-file and corpus tests: minimal packages, strict OOXML, prefixed
namespaces, macro workbooks with XLM sheets, chart and dialog sheets, row styles,
rich text, sheets without ``r=`` attributes or with single-quoted ones.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
MS_REL = "http://schemas.microsoft.com/office/2006/relationships"

#: A catalogue sheet a unit head keeps (names of the example's programmes).
CATALOGUE_ROWS: list[list[Any]] = [
    ["Namn", "Antal platser", "Anvisning"],
    ["Atlas", 30, "AF"],
    ["C2C", 12, "SKE"],
    ["Navigator", 25, "AF, SKE"],
]


def cell_xml(ref: str | None, value: Any, quote: str = '"', prefix: str = "") -> str:
    """One cell; text as an inline string, numbers as values, None as a styled blank."""
    r = f" r={quote}{ref}{quote}" if ref else ""
    if value is None:
        return f"<{prefix}c{r} s={quote}0{quote}/>"
    if isinstance(value, str):
        return (
            f"<{prefix}c{r} t={quote}inlineStr{quote}><{prefix}is><{prefix}t>"
            f"{escape(value)}</{prefix}t></{prefix}is></{prefix}c>"
        )
    return f"<{prefix}c{r}><{prefix}v>{value}</{prefix}v></{prefix}c>"


def rows_xml(
    rows: Sequence[Sequence[Any]],
    *,
    quote: str = '"',
    with_r: bool = True,
    prefix: str = "",
    row_attrs: str = "",
    first_row: int = 1,
) -> str:
    out = []
    for index, row in enumerate(rows, start=first_row):
        r = f" r={quote}{index}{quote}" if with_r else ""
        cells = "".join(
            cell_xml(f"{get_column_letter(col)}{index}" if with_r else None, v, quote, prefix)
            for col, v in enumerate(row, start=1)
        )
        out.append(f"<{prefix}row{r}{row_attrs}>{cells}</{prefix}row>")
    return "".join(out)


def worksheet_xml(
    body: str, *, main: str = MAIN, prefix: str = "", dimension: str | None = None, extra: str = ""
) -> str:
    p = prefix
    ns = f"xmlns:{p[:-1]}" if p else "xmlns"
    dim = f'<{p}dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<{p}worksheet {ns}="{main}">{dim}<{p}sheetData>{body}</{p}sheetData>{extra}'
        f"</{p}worksheet>"
    )


def package(
    path: Path,
    sheets: Sequence[tuple[str, str, str]],
    *,
    strict: bool = False,
    prefix: str = "",
    macros: bool = False,
    extra: dict[str, bytes | str] | None = None,
    styles: str | None = None,
    shared_strings: str | None = None,
) -> Path:
    """Write a workbook package: *sheets* are ``(name, kind, xml)`` with kind
    ``worksheet``, ``chartsheet``, ``dialogsheet`` or ``macrosheet``."""
    main = STRICT_MAIN if strict else MAIN
    rel = STRICT_REL if strict else REL
    rel_type = rel if strict else REL
    p = prefix
    ns = f"xmlns:{p[:-1]}" if p else "xmlns"
    folders = {
        "worksheet": "worksheets",
        "chartsheet": "chartsheets",
        "dialogsheet": "dialogsheets",
        "macrosheet": "macrosheets",
    }
    types = {
        "worksheet": f"{CT}.worksheet+xml",
        "chartsheet": f"{CT}.chartsheet+xml",
        "dialogsheet": f"{CT}.dialogsheet+xml",
        "macrosheet": "application/vnd.ms-excel.macrosheet+xml",
    }
    workbook_type = (
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macros else f"{CT}.sheet.main+xml"
    )
    overrides = [f'<Override PartName="/xl/workbook.xml" ContentType="{workbook_type}"/>']
    rels, entries, parts = [], [], {}
    for number, (name, kind, xml) in enumerate(sheets, start=1):
        part = f"xl/{folders[kind]}/sheet{number}.xml"
        parts[part] = xml
        overrides.append(f'<Override PartName="/{part}" ContentType="{types[kind]}"/>')
        kind_rel = f"{MS_REL}/xlMacrosheet" if kind == "macrosheet" else f"{rel_type}/{kind}"
        rels.append(
            f'<Relationship Id="rId{number}" Type="{kind_rel}" Target="{folders[kind]}/sheet{number}.xml"/>'
        )
        entries.append(f'<{p}sheet name="{escape(name)}" sheetId="{number}" r:id="rId{number}"/>')
    if styles is not None:
        parts["xl/styles.xml"] = styles
        overrides.append(f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>')
        rels.append(f'<Relationship Id="rIdS" Type="{rel_type}/styles" Target="styles.xml"/>')
    if shared_strings is not None:
        parts["xl/sharedStrings.xml"] = shared_strings
        overrides.append(
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
        )
        rels.append(
            f'<Relationship Id="rIdT" Type="{rel_type}/sharedStrings" Target="sharedStrings.xml"/>'
        )
    if macros:
        parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
        overrides.append(
            '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        )
        rels.append(f'<Relationship Id="rIdV" Type="{MS_REL}/vbaProject" Target="vbaProject.bin"/>')
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )
    parts["_rels/.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PACKAGE_REL}">'
        f'<Relationship Id="rId1" Type="{rel_type}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}workbook {ns}="{main}" xmlns:r="{rel}">'
        f"<{p}sheets>{''.join(entries)}</{p}sheets></{p}workbook>"
    )
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PACKAGE_REL}">'
        + "".join(rels)
        + "</Relationships>"
    )
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def simple(path: Path, rows: Sequence[Sequence[Any]] = CATALOGUE_ROWS, **options: Any) -> Path:
    """A one-sheet workbook of *rows* (options: strict, prefix, quote, with_r, …)."""
    sheet_options = {k: options.pop(k) for k in ("quote", "with_r", "row_attrs") if k in options}
    prefix = options.get("prefix", "")
    main = STRICT_MAIN if options.get("strict") else MAIN
    dimension = options.pop("dimension", None)
    body = rows_xml(rows, prefix=prefix, **sheet_options)
    xml = worksheet_xml(body, main=main, prefix=prefix, dimension=dimension)
    return package(path, [("Insatser", "worksheet", xml)], **options)


def chartsheet_xml() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<chartsheet xmlns="{MAIN}" xmlns:r="{REL}">'
        '<sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>'
    )


def dialogsheet_xml() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<dialogsheet xmlns="{MAIN}">'
        '<sheetViews><sheetView workbookViewId="0"/></sheetViews></dialogsheet>'
    )


def macrosheet_xml() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xm:macrosheet xmlns="{MAIN}" '
        'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="str"><f>HALT()</f><v>TRUE</v></c></row>'
        "</sheetData></xm:macrosheet>"
    )


STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="{MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    "</styleSheet>"
)


def rich_text_strings(texts: Sequence[str]) -> str:
    """A shared-string table whose entries are rich text (two runs, one bold)."""
    items = []
    for text in texts:
        head, tail = text[:2], text[2:]
        items.append(
            f'<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>{escape(head)}</t></r>'
            f'<r><t xml:space="preserve">{escape(tail)}</t></r><phoneticPr fontId="0"/></si>'
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN}" count="{len(texts)}" '
        f'uniqueCount="{len(texts)}">{"".join(items)}</sst>'
    )


#: A referral list as a case system writes it (dates as text: no styles needed).
REFERRAL_ROWS: list[list[Any]] = [
    ["Personnummer", "Anvisningsdatum", "Insats", "Anvisande part"],
    ["19900101-1234", "2026-02-03", "Atlas", "AF"],
    ["19850312-2387", "2026-02-17", "Atlas", "SKE"],
    ["19770707-7777", "2026-03-01", "C2C", "AF"],
]


def libreoffice_formatted(path: Path, rows: Sequence[Sequence[Any]] = CATALOGUE_ROWS) -> Path:
    """What LibreOffice writes for a sheet whose whole columns are formatted: the
    dimension reaches row 1,048,576 and styled empty cells run to the end."""
    width = get_column_letter(len(rows[0]))
    tail = "".join(
        f'<row r="{r}" s="1" customFormat="1">'
        + "".join(f'<c r="{get_column_letter(c)}{r}" s="1"/>' for c in range(1, len(rows[0]) + 1))
        + "</row>"
        for r in (len(rows) + 1, 1_048_576)
    )
    xml = worksheet_xml(rows_xml(rows) + tail, dimension=f"A1:{width}1048576")
    return package(path, [("Insatser", "worksheet", xml)], styles=STYLES)


def data_validation_extension() -> str:
    """A worksheet extension openpyxl warns about ("Data Validation extension is not
    supported and will be removed")."""
    return (
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Listor!$A$1:$A$3</xm:f>'
        "</x14:formula1><xm:sqref>C2:C10</xm:sqref></x14:dataValidation></x14:dataValidations>"
        "</ext></extLst>"
    )


def every_shape(folder: Path, rows: Sequence[Sequence[Any]], stem: str) -> dict[str, Path]:
    """The same *rows* in every shape a good workbook comes in, by name."""
    sheet = worksheet_xml(rows_xml(rows))
    shapes = {
        "minimal package": simple(folder / f"{stem}-minimal.xlsx", rows),
        "strict OOXML": simple(folder / f"{stem}-strict.xlsx", rows, strict=True),
        "prefixed namespace": simple(folder / f"{stem}-prefixed.xlsx", rows, prefix="x:"),
        "single-quoted attributes": simple(folder / f"{stem}-quotes.xlsx", rows, quote="'"),
        "no cell references": simple(folder / f"{stem}-nor.xlsx", rows, with_r=False),
        "row styles": simple(
            folder / f"{stem}-rowstyle.xlsx",
            rows,
            row_attrs=' s="1" customFormat="1"',
            styles=STYLES,
        ),
        "xlsm with macros and an XLM sheet": package(
            folder / f"{stem}-macros.xlsm",
            [("Insatser", "worksheet", sheet), ("Makro1", "macrosheet", macrosheet_xml())],
            macros=True,
        ),
        "chart sheet first": package(
            folder / f"{stem}-chart.xlsx",
            [("Diagram1", "chartsheet", chartsheet_xml()), ("Insatser", "worksheet", sheet)],
        ),
        "dialog sheet": package(
            folder / f"{stem}-dialog.xlsx",
            [("Insatser", "worksheet", sheet), ("Dialog1", "dialogsheet", dialogsheet_xml())],
        ),
        "LibreOffice, whole columns formatted": libreoffice_formatted(
            folder / f"{stem}-libreoffice.xlsx", rows
        ),
        "data validation extension": package(
            folder / f"{stem}-extension.xlsx",
            [
                (
                    "Insatser",
                    "worksheet",
                    worksheet_xml(rows_xml(rows), extra=data_validation_extension()),
                )
            ],
        ),
    }
    texts = [str(v) for row in rows for v in row if isinstance(v, str)]
    index = {text: n for n, text in enumerate(dict.fromkeys(texts))}
    body = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{get_column_letter(c)}{r}" t="s"><v>{index[v]}</v></c>'
            if isinstance(v, str)
            else f'<c r="{get_column_letter(c)}{r}"><v>{v}</v></c>'
            for c, v in enumerate(row, start=1)
        )
        + "</row>"
        for r, row in enumerate(rows, start=1)
    )
    shapes["rich text"] = package(
        folder / f"{stem}-rich.xlsx",
        [("Insatser", "worksheet", worksheet_xml(body))],
        shared_strings=rich_text_strings(list(index)),
    )
    return shapes
