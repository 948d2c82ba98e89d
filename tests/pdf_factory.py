"""Small PDFs drawn with reportlab for the golden-file and CLI tests.

Each builder writes one PDF with a known layout, so a test can state exactly
what the parser must see. Text is fictional.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

LEFT_COLUMN = [
    "Fjordlys Energi AS jobber aktivt med likestil-",
    "ling og mangfold. Vi har kartlagt kjønnsba-",
    "lansen i alle avdelinger, og andelen kvinner",
    "i helse- og omsorgssektoren er høy. Alt IKT-",
    "utstyr kjøpes inn sentralt etter faste krav.",
]
RIGHT_COLUMN = [
    "I høyre spalte står en annen tekst om rest-/",
    "erstatningssaker og leverandører som må føl-",
    "ges opp. Tiltakene skal være gjennomført in-",
    "nen utgangen av 2025, og status rapporteres",
    "til styret hvert kvartal.",
]


def _header_footer(c: canvas.Canvas, page: int, width: float, height: float) -> None:
    c.setFont("Helvetica", 8)
    c.drawString(50, height - 30, "Fjordlys Energi AS – Likestillingsredegjørelse 2024")
    c.drawString(width - 90, 25, f"Side {page}")


def two_column(path: Path, pages: int = 2) -> Path:
    """A two-column report with hyphenated lines, headings, header and footer."""
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Likestillingsredegjørelse 2024")
    c.setAuthor("Fjordlys Energi AS")
    for page in range(1, pages + 1):
        _header_footer(c, page, width, height)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, height - 80, f"{page}. {('Kjønnsbalanse', 'Lønn og permisjon', 'Tiltak')[(page - 1) % 3]}")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, height - 110, f"{page}.1. Status for {2022 + page}")
        c.setFont("Helvetica", 10)
        y = height - 135
        for left, right in zip(LEFT_COLUMN, RIGHT_COLUMN):
            c.drawString(50, y, left)
            c.drawString(315, y, right)
            y -= 14
        y -= 10
        for left, right in zip(LEFT_COLUMN, RIGHT_COLUMN):
            c.drawString(50, y, left)
            c.drawString(315, y, right)
            y -= 14
        c.showPage()
    c.save()
    return path


def numbered_report(path: Path) -> Path:
    """A one-column transparency report with a ToC, numbered headings and a footer."""
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Redegjørelse etter åpenhetsloven 2024")
    c.setAuthor("Bergvik Kommunalteknikk AS")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, height - 80, "Redegjørelse etter åpenhetsloven 2024")
    c.setFont("Helvetica", 11)
    c.drawString(50, height - 105, "12. mai 2025")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, height - 140, "Innhold")
    c.setFont("Helvetica", 11)
    for i, (title, page) in enumerate([("1. Om redegjørelsen", 2), ("2. Risikoområder", 2), ("2.1. IKT-utstyr", 2)]):
        c.drawString(50, height - 165 - 16 * i, f"{title} ..... {page}")
    c.setFont("Helvetica", 8)
    c.drawString(50, height - 30, "Bergvik Kommunalteknikk AS – Redegjørelse 2024")
    c.drawString(width - 90, 25, "Side 1")
    c.showPage()
    body = [
        ("h1", "1. Om redegjørelsen"),
        ("p", "Redegjørelsen dekker perioden fra januar 2024 til desember 2024. Bergvik"),
        ("p", "Kommunalteknikk AS er omfattet av åpenhetsloven og har 210 ansatte."),
        ("h1", "2. Risikoområder"),
        ("p", "Vi har vurdert risiko for brudd på menneskerettigheter i leverandørkjeden."),
        ("h2", "2.1. IKT-utstyr"),
        ("p", "Produksjon av IKT-utstyr har høy risiko for tvangsarbeid og lange arbeidsdager."),
        ("h3", "Oppfølging"),
        ("p", "Vi skal følge opp leverandøren innen 30. juni 2025."),
    ]
    styles = {"h1": ("Helvetica-Bold", 14), "h2": ("Helvetica-Bold", 12), "h3": ("Helvetica-Bold", 11), "p": ("Helvetica", 11)}
    y = height - 80
    for kind, text in body:
        font, size = styles[kind]
        y -= 10 if kind != "p" else 0
        c.setFont(font, size)
        c.drawString(50, y, text)
        y -= size + 6
    c.setFont("Helvetica", 8)
    c.drawString(50, height - 30, "Bergvik Kommunalteknikk AS – Redegjørelse 2024")
    c.drawString(width - 90, 25, "Side 2")
    c.showPage()
    c.save()
    return path


def table_slide(path: Path) -> Path:
    """A landscape slide with a ruled table beside a heading."""
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setTitle("Handlingsplan – status 01.09.2024")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, height - 60, "Miljø og samfunnsansvar")
    rows = [("Tiltak", "Pri", "Status"), ("Redusere plastforbruk", "1", "Pågår"), ("Kartlegge leverandører", "2", "Ikke startet")]
    x = [50, 350, 420, 600]
    top = height - 90
    row_h = 20
    c.setFont("Helvetica", 10)
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.drawString(x[k] + 4, top - r * row_h - 14, cell)
    for r in range(len(rows) + 1):
        c.line(x[0], top - r * row_h, x[-1], top - r * row_h)
    for xv in x:
        c.line(xv, top, xv, top - len(rows) * row_h)
    c.drawString(50, top - len(rows) * row_h - 30, "Tiltakene følges opp av styringsgruppen.")
    c.showPage()
    c.save()
    return path


def encrypted(path: Path, password: str = "hemmelig") -> Path:
    """A one-page report that needs a user password to open."""
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption(password, ownerPassword="eier", canPrint=1)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=enc)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 780, "Likestillingsredegjørelse 2024")
    c.setFont("Helvetica", 11)
    c.drawString(50, 750, "Andelen kvinner er 41 % i Fjordlys Energi AS.")
    c.showPage()
    c.save()
    return path


def scanned(path: Path, pages: int = 2) -> Path:
    """Pages holding only a drawn picture, no text layer (as a scan would)."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(pages):
        for i in range(40):
            c.rect(50, 100 + 15 * i, 400 - 5 * i, 8, fill=1)
        c.showPage()
    c.save()
    return path


def many_pages(path: Path, pages: int = 1000) -> Path:
    """A long report: one heading and a few lines on every page."""
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, height - 80, f"{page}. Kapittel {page}")
        c.setFont("Helvetica", 10)
        for i in range(5):
            c.drawString(50, height - 110 - 14 * i, f"Linje {i} på side {page}: andelen kvinner var {i + 30} %.")
        c.drawString(width - 90, 25, f"Side {page}")
        c.showPage()
    c.save()
    return path


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF file from numbered object bodies, with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def self_referencing_form(path: Path) -> Path:
    """A page whose Form XObject draws itself: pdfminer recurses without end."""
    form = b"/F1 Do BT /Helv 12 Tf 50 700 Td (Sl\xf8yfe) Tj ET"
    content = b"/F1 Do"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /F1 5 0 R >> /Font << /Helv 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /F1 5 0 R >> "
        b"/Font << /Helv 6 0 R >> >> /Length %d >>\nstream\n" % len(form) + form + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(_raw_pdf(objects))
    return path


def broken_xref(path: Path, source: Path) -> Path:
    """A copy of ``source`` whose xref offsets all point at the wrong place."""
    data = bytearray(source.read_bytes())
    start = data.rfind(b"xref")
    table = data[start:].replace(b" 00000 n", b" 00000 x")
    path.write_bytes(bytes(data[:start] + table).replace(b"startxref", b"startxref\n0\n%", 1))
    return path


def scanned_text(path: Path, lines: tuple[str, ...]) -> Path:
    """A page that is only a picture of text (needs OCR to be read)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(image)
    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    font = ImageFont.truetype(font_path, 40) if Path(font_path).exists() else ImageFont.load_default(size=40)
    for i, text in enumerate(lines):
        draw.text((150, 200 + 70 * i), text, fill=0, font=font)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


def flate_bomb(path: Path, inflated_mb: int = 600) -> Path:
    """A page whose content stream inflates from about a megabyte to ``inflated_mb`` MB."""
    import zlib

    comp = zlib.compressobj(9)
    chunk = b"0 0 m\n" * (1 << 16)
    body = b"".join(comp.compress(chunk) for _ in range(inflated_mb * (1 << 20) // len(chunk))) + comp.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    path.write_bytes(_raw_pdf(objects))
    return path


def cid_font_without_tounicode(path: Path) -> Path:
    """Text in a composite (Type0, Identity-H) font with no ToUnicode map: it
    extracts as "(cid:NN)" codes, i.e. garbled."""
    glyphs = "".join(f"{40 + (i % 30):04x}" for i in range(60))
    content = b"BT /F1 12 Tf 50 700 Td <" + glyphs.encode() + b"> Tj 0 -20 Td <" + glyphs.encode() + b"> Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Unknown /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Unknown /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 600 >>",
        b"<< /Type /FontDescriptor /FontName /Unknown /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
        b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    path.write_bytes(_raw_pdf(objects))
    return path
