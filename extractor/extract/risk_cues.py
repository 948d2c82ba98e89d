"""Sentences that look like risk findings but are not, and tables whose cells are findings.

* the law's quoted definitions ("Med anstendige arbeidsforhold menes ...") and sections of definitions;
* requirements on suppliers and the scope of a standard ("barnearbeid er forbudt", "which cover forced labour");
* a table column of risks ("Vesentlig risiko", "Identified risk"): its cells are findings.

nb, nn and en; the examples are in tests/test_risk.py.
"""
from __future__ import annotations

import re

# The law's quoted definitions and descriptions of what the law asks are not findings:
# "Med anstendige arbeidsforhold menes ...", "Med grunnleggende menneskerettigheter meinast ...",
# "Decent working conditions means ...", "is defined as".
DEFINITION = re.compile(
    r"\bmed\s+[\wæøå ,«»\"-]{3,80}?\s+(?:menes|meinast|meiner\s+(?:ein|man|lova|loven)|forstås|forståast)\b"
    r"|\b(?:er|vert|blir)\s+definert\s+som\b|\bdefineres\s+som\b|\bdefinerast\s+som\b|\b(?:is|are)\s+defined\s+as\b"
    r"|\b(?:conditions|rights)\s+means?\b|\b(?:loven|lova|the\s+act)\s+(?:definerer|definerar|defines)\b"
    r"|\b(?:loven|lova|åpenhetsloven|openheitslova|the\s+act)\s+(?:krever|krev|pålegger|pålegg|requires)\b",
    re.IGNORECASE,
)
# A requirement on suppliers describes a rule, not a risk found: "barnearbeid er forbudt",
# "arbeidstakere skal ikke måtte betale rekrutteringsgebyrer", "suppliers must not use forced labour".
REQUIREMENT = re.compile(
    r"\b(?:er|is|are)\s+(?:forbudt|forbode|forboden|prohibited|forbidden|not\s+permitted|ikke\s+tillatt|ikkje\s+tillate)\b"
    r"|\bskal\s+(?:ikke|ikkje|aldri)\b|\b(?:must|shall)\s+(?:not|never)\b|\bskal\s+være\s+frivillig|\bskal\s+vere\s+frivillig"
    r"|\bnulltoleranse\b|\bzero\s+tolerance\b|\b(?:leverandøren|leverandørar|leverandører|leverandørene|the\s+supplier|suppliers)"
    r"\s+(?:skal|må|shall|must)\b"
    r"|\b(?:standards?|guidelines|retningslinjer|retningslinene|code\s+of\s+conduct|etiske\s+krav|requirements)\b[^.]{0,40}"
    r"\b(?:cover|covers|covering|dekker|dekkjer|omfatter|omfattar|include|includes|handlar\s+om|handler\s+om)\b",
    re.IGNORECASE,
)
# A table column of risks: "Vesentlig risiko", "Risikoområde", "Identified risk", "Risk".
RISK_COLUMN = re.compile(r"risiko|risk|utfordring|påverknad|påvirkning|impact", re.IGNORECASE)
DEFINITION_SECTION = re.compile(r"definisjon|definitions?\b|begrepsavklaring|omgrep", re.IGNORECASE)
