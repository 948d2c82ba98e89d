"""Gold legal checklists for the project corpus's transparency and equality reports.

Written from the item definitions in docs/checklist.md (not from the extractor's
output): per document, each item present with one verbatim evidence sentence, or
absent with a note saying why. The specs put them in their Gold ``extra``.
"""
from __future__ import annotations

from typing import Optional

P, A = "present", "absent"


def _items(*rows: tuple[str, str, Optional[str]]) -> list[dict]:
    out = []
    for item, status, text in rows:
        entry = {"item": item, "status": status, "evidence": text if status == P else None}
        if status == A and text:
            entry["note"] = text
        out.append(entry)
    return out


CHECKLIST_GOLD: dict[str, list[dict]] = {
    "skarvheim-energi-apenhet-2024": _items(
        ("organisation_described", P, "Konsernet produserer fornybar kraft fra elleve vannkraftverk og eier regionalnettet i Indre Skarvfjord."),
        ("guidelines_described", P, "etiske retningslinjer for ansatte, sist revidert i 2023"),
        ("adverse_impacts_or_risks_reported", P, "Kartleggingen viser at 38 leverandører har høy risiko for negative konsekvenser for menneskerettigheter eller anstendige arbeidsforhold."),
        ("measures_reported", P, "Vi gjennomførte fire leverandørrevisjoner i 2024, to av dem som uanmeldte besøk på byggeplass."),
        ("results_reported", P, "Avvikene er lukket, og underleverandøren er tatt ut av prosjektet."),
        ("signed_by_board", P, "Styret behandlet redegjørelsen i møte 19. juni 2025."),
        ("information_request_route", P, "Spørsmål om redegjørelsen kan sendes til apenhet@skarvheim.example."),
    ),
    "kvitfjell-helsedata-apenhet-2025": _items(
        ("organisation_described", P, "Vi drifter journalsystemer, meldingstjenester og nettverk for helse- og omsorgssektoren."),
        ("guidelines_described", P, "Våre etiske retningslinjer for leverandører stiller blant annet krav om:"),
        ("adverse_impacts_or_risks_reported", P, "I 2025 avdekket vi brudd på lønnsvilkårene hos én leverandør (se punkt 4.2)."),
        ("measures_reported", P, "I 2025 kontrollerte vi lønnsslipper og timelister for ti av leverandørens ansatte."),
        ("results_reported", P, "Avviket er rettet, og lønnen er etterbetalt."),
        ("signed_by_board", P, "Redegjørelsen dekker perioden 1. januar–31. desember 2025 og ble godkjent av styret 28. mai 2026."),
        ("information_request_route", A, "No e-mail, address or form for information requests anywhere in the statement."),
    ),
    "nordavind-transparency-2024": _items(
        ("organisation_described", P, "Nordavind Logistikk AS is a third-party logistics company founded in 2006 and headquartered in Drammen."),
        ("guidelines_described", P, "Our Supplier Code of Conduct is based on the ILO core conventions and the OECD Guidelines for Multinational Enterprises."),
        ("adverse_impacts_or_risks_reported", P, "We found no evidence of forced labour or child labour in our supply chain."),
        ("measures_reported", P, "The contract with the subcontractor was terminated."),
        ("results_reported", P, "Four audits resulted in corrective action plans."),
        ("signed_by_board", P, "The Board of Directors approved this statement on 19 June 2025."),
        ("information_request_route", P, "Requests for information can be sent to transparency@nordavind.example."),
    ),
    "sunnfjord-mobelverk-openheit-2024": _items(
        ("organisation_described", P, "Sunnfjord Møbelverk AS vart skipa i 1962 og produserer stolar, bord og skrivepultar til skular, kontor og helseinstitusjonar."),
        ("guidelines_described", A, "Only the OECD model and the regulator's guidance are named; the own ethical guidelines appear only in a plan ('skal signere')."),
        ("adverse_impacts_or_risks_reported", P, "I tekstilproduksjonen i Tyrkia er det kjend risiko for barnearbeid og for løn under minsteløn."),
        ("measures_reported", P, "Vi krev FSC- eller PEFC-sertifisert trevirke i alle nye kontraktar."),
        ("results_reported", A, "A third-party audit is said to have been carried out, without its outcome; the rest are plans."),
        ("signed_by_board", A, "The board handles the risk assessment each year; nothing says it signed or approved this statement."),
        ("information_request_route", A, "No channel for information requests."),
    ),
    "bjorkvik-sparebank-likestilling-2024": _items(
        ("gender_balance", P, "Banken har 133 kvinnelige og 113 mannlige ansatte."),
        ("pay_by_gender", P, "Totalt tjener kvinner 84,7 % av det menn tjener."),
        ("part_time_by_gender", P, "Kvinner Menn Totalt … Deltidsansatte 19 4 23"),
        ("temporary_by_gender", P, "Kvinner Menn Totalt … Midlertidig ansatte 6 5 11"),
        ("parental_leave_by_gender", P, "Kvinner tok i snitt ut 18,3 uker og menn 12,6 uker foreldrepermisjon i 2024."),
        ("involuntary_part_time", P, "Én ansatt oppgir at hun jobber ufrivillig deltid."),
        ("risks_investigated", P, "Medarbeiderundersøkelsen høsten 2024 viste at 4 % av de ansatte har opplevd uønsket seksuell oppmerksomhet det siste året, de fleste fra kunder."),
        ("causes_analysed", P, "Forskjellen skyldes først og fremst at det er flere kvinner i kundeservice, som har lavere lønnsnivå."),
        ("measures_taken", P, "Få ansatte med innvandrerbakgrunn Samarbeid med Nav om arbeidspraksis for innvandrere Løpende"),
        ("results_evaluated", A, "The pay gap's change since 2023 is reported without tying it to a measure; no measure or goal is assessed."),
        ("other_grounds", P, "Få ansatte med innvandrerbakgrunn Samarbeid med Nav om arbeidspraksis for innvandrere Løpende"),
        ("employee_representatives_involved", P, "Redegjørelsen oppfyller kravene i likestillings- og diskrimineringsloven § 26 og er utarbeidet i samarbeid med tillitsvalgte fra Finansforbundet."),
    ),
    "solvtind-havbruk-likestilling-2023": _items(
        ("gender_balance", P, "Ved utgangen av 2023 hadde Sølvtind Havbruk 318 ansatte, 89 kvinner og 229 menn."),
        ("pay_by_gender", P, "Kvinner tjente i gjennomsnitt 91,6 % av det menn tjente i 2023."),
        ("part_time_by_gender", P, "I 2023 hadde vi 21 deltidsansatte, hvorav 14 kvinner."),
        ("temporary_by_gender", A, "17 temporary employees, with no split by gender."),
        ("parental_leave_by_gender", P, "Kvinner tok i gjennomsnitt ut 26,5 uker foreldrepermisjon, og menn 14,2 uker."),
        ("involuntary_part_time", P, "Ingen oppgir at de jobber ufrivillig deltid."),
        ("risks_investigated", P, "Gjennom medarbeiderundersøkelsen, lønnskartleggingen og samtaler med tillitsvalgte har vi funnet disse risikoene for diskriminering og hindre for likestilling:"),
        ("causes_analysed", P, "Forskjellen skyldes i hovedsak at flere menn har skifttillegg og tillegg for arbeid på brønnbåt."),
        ("measures_taken", A, "Every measure listed is a plan for 2024 or later ('skal', 'innføres', 'revideres')."),
        ("results_evaluated", P, "Målet er dermed nådd."),
        ("other_grounds", P, "Ansatte med et annet morsmål enn norsk blir sjeldnere rekruttert til lederstillinger."),
        ("employee_representatives_involved", P, "Tillitsvalgte fra Fellesforbundet og Norsk Nærings- og Nytelsesmiddelarbeiderforbund deltar i arbeidsgruppen, som møtes fire ganger i året."),
    ),
    "vetlefjord-reiseliv-likestilling-2023": _items(
        ("gender_balance", P, "Alle tilsette: 61 % kvinner 39 % menn"),
        ("pay_by_gender", P, "Kvinner tener i gjennomsnitt 94,1 % av det menn tener."),
        ("part_time_by_gender", P, "Tre av fire deltidstilsette er kvinner."),
        ("temporary_by_gender", A, "23 temporary employees, with no split by gender."),
        ("parental_leave_by_gender", P, "Kvinner tok i snitt ut 19 veker foreldrepermisjon og menn 11 veker."),
        ("involuntary_part_time", P, "Vi har spurt dei deltidstilsette, og 12 prosent svarar at dei ønskjer større stilling."),
        ("risks_investigated", P, "Saman med tillitsvalde frå Fellesforbundet har vi gått gjennom risikoen for diskriminering."),
        ("causes_analysed", P, "Skilnaden kjem mest av at fleire menn arbeider som kokkar med ansiennitetstillegg."),
        ("measures_taken", A, "The three measures are all plans for 2024 ('skal', 'i løpet av hausten 2024')."),
        ("results_evaluated", A, "Last year's pay figure is given for comparison, with no assessment of any measure."),
        ("other_grounds", P, "språkbarrierar for tilsette med anna morsmål enn norsk"),
        ("employee_representatives_involved", P, "Saman med tillitsvalde frå Fellesforbundet har vi gått gjennom risikoen for diskriminering."),
    ),
}
