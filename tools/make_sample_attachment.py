"""Regenerate data/attachments/isbirligi-protokolu-ozet.pdf (deterministic, DejaVu fonts).

The Council's page links the 2013 protocol's PDF; we cannot ship the original, so the sample
carries a one-page summary sheet written for the sample records, which says what it is.
"""

from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

ROOT = Path(__file__).resolve().parent.parent
rl_config.invariant = 1
pdfmetrics.registerFont(TTFont("DejaVuSans", str(ROOT / "resources/fonts/DejaVuSans.ttf")))
pdfmetrics.registerFont(
    TTFont("DejaVuSans-Bold", str(ROOT / "resources/fonts/DejaVuSans-Bold.ttf"))
)
title = ParagraphStyle("t", fontName="DejaVuSans-Bold", fontSize=15, leading=19)
body = ParagraphStyle("b", fontName="DejaVuSans", fontSize=10.5, leading=15)
out = ROOT / "data/attachments/isbirligi-protokolu-ozet.pdf"
doc = SimpleDocTemplate(
    str(out), pagesize=A4, title="Dışişleri Bakanlıkları arasında İşbirliği Protokolü (özet)"
)
doc.build(
    [
        Paragraph("Dışişleri Bakanlıkları arasında İşbirliği Protokolü (2013)", title),
        Spacer(1, 10),
        Paragraph(
            "Özet sayfası — örnek kayıtlar için hazırlanmıştır; protokolün resmî metni değildir.",
            body,
        ),
        Spacer(1, 8),
        Paragraph(
            "2013 yılında imzalanan “Dışişleri Bakanlıkları arasında İşbirliği Protokolü”yle taraflar "
            "belirledikleri siyasi mekanizmalar ve alanlarda işbirliği içinde çalışmayı "
            "kararlaştırmışlardır. Taraflar: Azerbaycan, Kazakistan, Kırgızistan ve Türkiye "
            "Dışişleri Bakanlıkları.",
            body,
        ),
        Spacer(1, 8),
        Paragraph(
            "Summary sheet prepared for the sample records, not the official text: by the 2013 "
            "Cooperation Protocol between the Ministries of Foreign Affairs, the parties agreed to "
            "work together through the political mechanisms and in the fields they identified.",
            body,
        ),
    ]
)
print(out)
