"""Documents of kind "other": related compliance texts that are not one of the four
main document types. All organisations and figures are invented."""

from .model import Bullets, Doc, Gold, Heading as H, Para as P, Title, ddl, pct

# ---------------------------------------------------------------------------
# 12. Kvitfjell Helsedata SF — etiske retningslinjer for leverandører (code of conduct)
#     Lists requirements, not risk assessments: risk_sectors / risk_issues stay empty.
# ---------------------------------------------------------------------------

KVITFJELL_ETIKK = Doc(
    doc_id="kvitfjell-etiske-retningslinjer-leverandorer",
    layout="portrait", font="serif", number_dot=False,
    meta_title="Etiske retningslinjer for leverandører",
    meta_author="Kvitfjell Helsedata SF",
    header="Kvitfjell Helsedata SF – Etiske retningslinjer for leverandører",
    header_on_first_page=False,
    footer="Side {page} av {pages}",
    blocks=[
        Title("Etiske retningslinjer for leverandører",
              ["Kvitfjell Helsedata SF", "Publisert 5. desember 2024"]),
        H(1, "Formål", "1"),
        P("Kvitfjell Helsedata SF skal bidra til respekt for menneskerettigheter, anstendige "
          "arbeidsforhold, miljøet og god forretningsskikk i hele leverandørkjeden. "
          "Retningslinjene beskriver hva vi forventer av leverandørene våre og deres "
          "underleverandører."),
        H(1, "Virkeområde", "2"),
        P("Retningslinjene gjelder for alle som leverer varer eller tjenester til Kvitfjell, og "
          "er vedlegg til alle kontrakter med en verdi over 100 000 kroner. Leverandøren skal "
          "sørge for at underleverandører i alle ledd følger tilsvarende krav."),
        H(1, "Krav til leverandører", "3"),
        H(2, "Menneskerettigheter og arbeidsforhold", "3.1"),
        P("Leverandøren skal respektere FNs veiledende prinsipper for næringsliv og "
          "menneskerettigheter og ILOs kjernekonvensjoner. Det innebærer blant annet at:"),
        Bullets(["alt arbeid skal være frivillig, og arbeidstakere skal ikke måtte betale "
                 "rekrutteringsgebyrer eller levere fra seg pass eller ID-papirer",
                 "barnearbeid er forbudt",
                 "arbeidstakere skal ha rett til å organisere seg og forhandle kollektivt",
                 "lønnen skal minst tilsvare lovfestet minstelønn eller bransjestandard, og det "
                 "skal ikke trekkes i lønn som disiplinærtiltak",
                 "ordinær arbeidstid skal ikke overstige 48 timer per uke, og overtid skal være "
                 "frivillig"]),
        H(2, "Miljø", "3.2"),
        P("Leverandøren skal ha et system for miljøstyring som står i forhold til virksomhetens "
          "størrelse og risiko, og arbeide for å redusere utslipp, avfall og bruk av helse- og "
          "miljøskadelige stoffer."),
        H(2, "Antikorrupsjon", "3.3"),
        P("Kvitfjell har nulltoleranse for korrupsjon. Leverandøren skal ikke tilby gaver, "
          "reiser eller andre fordeler som kan påvirke beslutninger hos Kvitfjell."),
        H(1, "Oppfølging og sanksjoner", "4"),
        P("Kvitfjell kan be om dokumentasjon og gjennomføre revisjoner, også uanmeldt, hos "
          "leverandøren og underleverandørene. Alle eksisterende leverandører skal bekrefte "
          "retningslinjene skriftlig innen 31. mars 2025."),
        P("Ved brudd skal leverandøren lage en plan for utbedring. Ved alvorlige eller gjentatte "
          "brudd kan Kvitfjell holde tilbake inntil 10 % av kontraktssummen, kreve dagmulkt på "
          "0,1 % av kontraktsverdien per dag eller heve kontrakten."),
        H(1, "Kontakt og revisjon", "5"),
        P("Spørsmål om retningslinjene kan rettes til innkjop@kvitfjell.example. "
          "Retningslinjene revideres neste gang i løpet av 2026."),
    ],
    gold=Gold(
        organisation="Kvitfjell Helsedata SF",
        doc_type="other", language="nb", report_year=None, published="2024-12-05",
        percentages=[
            pct(10, "10 %", "andel av kontraktssummen som kan holdes tilbake ved alvorlige brudd"),
            pct(0.1, "0,1 %", "dagmulkt per dag, andel av kontraktsverdien"),
        ],
        deadlines=[
            ddl("innen 31. mars 2025", "2025-03-31",
                "alle eksisterende leverandører bekrefter retningslinjene skriftlig"),
            ddl("i løpet av 2026", "2026-12-31", "retningslinjene revideres neste gang"),
        ],
        organisations=["FN", "ILO"],
        suppliers=[],
        risk_sectors=[], risk_issues=[],
    ),
)

DOCS = [KVITFJELL_ETIKK]
