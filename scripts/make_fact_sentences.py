#!/usr/bin/env python3
"""Write scripts/data/fact_sentences.jsonl: labelled sentences for the learned fact classifier.

Each template below is a phrasing written for this file (not taken from the rule
examples or from any report); ``{n}`` is the number the label is about, ``{x}``
another number in the sentence (labelled ``none``), ``{p}`` a partner noun,
``{y}`` a year. Templates are expanded with a fixed seed, so the file is the same
on every run. Each line: ``{"text", "numbers": [[number as printed, label], ...],
"lang", "template"}`` (the template index lets training hold out whole phrasings).

    python scripts/make_fact_sentences.py
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

OUT = Path(__file__).resolve().parent / "data" / "fact_sentences.jsonl"
PARTNERS = {"nb": ["leverandører", "forretningsforbindelser", "forretningspartnere", "underleverandører"],
            "nn": ["leverandørar", "forretningsforbindelsar", "forretningspartnarar"],
            "en": ["suppliers", "business partners", "vendors"]}
T: dict[str, list[tuple[str, str]]] = {
    "business_partners_total": [
        ("nb", "Ved utgangen av {y} hadde vi avtaler med {n} {p}."),
        ("nb", "Vi samarbeider med om lag {n} {p} i inn- og utland."),
        ("nb", "Selskapet har i dag {n} aktive {p}."),
        ("nn", "Me samarbeider med kring {n} {p}."),
        ("en", "We work with around {n} {p} across twelve countries."),
        ("en", "At the end of {y} we had {n} active {p}."),
        ("nb", "Leverandørbasen vår besto i {y} av {n} {p}."),
        ("nb", "Totalt handlet virksomheten med {n} {p} gjennom året."),
        ("nb", "Vi kjøpte varer og tjenester fra {n} ulike {p} i {y}."),
        ("nb", "Innkjøpsavdelingen forvalter avtaler med cirka {n} {p}."),
        ("nb", "Per i dag er {n} {p} knyttet til virksomheten."),
        ("nn", "Verksemda hadde i {y} avtalar med {n} {p}."),
        ("nn", "Me kjøpte inn frå om lag {n} {p} i fjor."),
        ("en", "The company purchased from {n} {p} during {y}."),
        ("en", "Our procurement portfolio covers roughly {n} {p}."),
        ("en", "We maintained contracts with {n} {p} at year end."),
        ("nb", "Antall {p} i leverandørregisteret var {n} ved årsskiftet."),
        ("nb", "Leverandører: omtrent {n} {p} med kjøp i {y}."),
        ("nn", "Talet på {p} var {n} i {y}."),
        ("nn", "Verksemda handla med rundt {n} {p} gjennom året."),
        ("en", "Number of {p}: {n} at year end."),
        ("en", "Our supplier base comprised some {n} {p} in {y}."),
    ],
    "business_partners_asked_esg": [
        ("nb", "Vi sendte en egenerklæring til {n} {p} i {y}."),
        ("nb", "Spørreskjemaet ble sendt ut til {n} av våre {p}."),
        ("nb", "I {y} ble {n} {p} bedt om å fylle ut skjemaet."),
        ("nn", "Me sende spørjeskjema til {n} {p} i {y}."),
        ("en", "We sent the questionnaire to {n} {p} in {y}."),
        ("en", "{n} {p} were asked to complete the self-assessment."),
        ("nb", "Egenvurderingsskjemaet gikk ut til {n} {p} i {y}."),
        ("nb", "{n} {p} mottok vårt spørreskjema om menneskerettigheter."),
        ("nb", "Vi utfordret {n} {p} til å dokumentere arbeidsforholdene sine."),
        ("nb", "Kartleggingen omfattet spørsmål til {n} {p} med høyest innkjøpsvolum."),
        ("nb", "I alt {n} {p} fikk tilsendt en egenerklæring om etiske krav."),
        ("nn", "Eigenerklæringa gjekk ut til {n} {p} i {y}."),
        ("nn", "Me utfordra {n} {p} til å svare på spørsmål om arbeidsvilkår."),
        ("en", "A due diligence questionnaire went out to {n} {p} in {y}."),
        ("en", "We requested self-assessments from {n} {p}."),
        ("en", "{n} {p} received our ethical trade questionnaire."),
        ("nb", "Vi innhentet egenvurderinger fra {n} {p} i {y}."),
        ("nb", "Spørreskjemaet vårt ble besvart av et utvalg på {n} {p}."),
        ("nn", "Me bad {n} {p} om å fylle ut eigenvurderinga."),
        ("en", "Our SAQ went out to {n} {p} this year."),
        ("en", "Of the {n} {p} that received the survey, most replied."),
    ],
    "esg_response_rate": [
        ("nb", "Svarprosenten ble {n} % i {y}."),
        ("nb", "Hele {n} prosent av leverandørene svarte innen fristen."),
        ("nn", "Svarprosenten enda på {n} prosent."),
        ("en", "The response rate was {n}% in {y}."),
        ("en", "In total {n}% of suppliers responded."),
        ("nb", "Av dem som fikk skjemaet, leverte {n} % utfylt svar."),
        ("nb", "Tilbakemeldingen fra leverandørene utgjorde {n} prosent av utsendte skjema."),
        ("nb", "Vi fikk svar fra {n} % av de spurte."),
        ("nn", "Me fekk svar frå {n} prosent av dei spurde."),
        ("nn", "Heile {n} % av leverandørane leverte eigenerklæringa."),
        ("en", "Answers came back from {n}% of the recipients."),
        ("en", "We received completed forms from {n} per cent of those contacted."),
        ("nb", "Undersøkelsen fikk en svarprosent på hele {n} prosent."),
        ("nb", "Svarandel: {n} %."),
        ("nn", "Svarprosenten vart {n} % i {y}."),
        ("en", "The survey achieved a reply rate of {n}%."),
        ("en", "Survey completion stood at {n} per cent."),
    ],
    "high_risk_suppliers": [
        ("nb", "Vi har identifisert {n} {p} med høy risiko."),
        ("nb", "Kartleggingen viste at {n} {p} har høy risiko for brudd."),
        ("nn", "Kartlegginga synte at {n} {p} har høg risiko."),
        ("en", "We identified {n} high-risk {p} in {y}."),
        ("en", "{n} {p} were classified as high risk."),
        ("nb", "Risikovurderingen plasserte {n} {p} i den høyeste risikokategorien."),
        ("nb", "{n} {p} havnet på listen over særlig risikoutsatte avtaler."),
        ("nb", "Vi regner {n} {p} som høyrisiko etter landrisiko og bransje."),
        ("nb", "Gjennomgangen avdekket forhøyet risiko hos {n} {p}."),
        ("nn", "Gjennomgangen synte høg risiko hjå {n} {p}."),
        ("en", "The screening placed {n} {p} in the highest risk tier."),
        ("en", "We consider {n} {p} to be high risk based on sector and geography."),
        ("en", "Elevated risk was identified at {n} {p}."),
        ("nb", "Antall høyrisikoleverandører var {n} ved utgangen av {y}."),
        ("nb", "{n} {p} står oppført som høyrisiko i registeret vårt."),
        ("nn", "Kartlegginga plasserte {n} {p} i høgrisikogruppa."),
        ("en", "{n} {p} were flagged as high risk after screening."),
        ("en", "Among our {p}, {n} are regarded as high risk."),
    ],
    "supplier_audits": [
        ("nb", "Vi gjennomførte {n} revisjoner hos {p} i {y}."),
        ("nb", "Det ble gjennomført {n} leverandørrevisjoner."),
        ("nn", "Me gjennomførte {n} revisjonar i {y}."),
        ("en", "We carried out {n} supplier audits in {y}."),
        ("en", "A total of {n} on-site audits were performed."),
        ("nb", "Revisorer besøkte {n} produksjonssteder på våre vegne i {y}."),
        ("nb", "Det ble holdt {n} revisjoner på fabrikker i Asia."),
        ("nb", "Vi fikk gjennomført {n} uavhengige kontroller av arbeidsforhold hos {p}."),
        ("nb", "Oppfølgingen omfattet {n} stedlige revisjonsbesøk."),
        ("nn", "Det vart halde {n} revisjonar hjå {p} i {y}."),
        ("en", "Auditors visited {n} production sites on our behalf in {y}."),
        ("en", "A total of {n} social compliance audits took place."),
        ("en", "Our team inspected {n} factories last year."),
        ("nb", "I {y} var antallet leverandørrevisjoner {n}."),
        ("nb", "Innkjøpsteamet var på besøk hos {n} fabrikker i Asia."),
        ("nn", "Me hadde {n} tilsyn med {p} i løpet av {y}."),
        ("en", "Supplier audits completed in {y} totalled {n}."),
        ("en", "Our auditors assessed {n} production sites in Turkey."),
    ],
    "employees": [
        ("nb", "Selskapet har {n} ansatte."),
        ("nb", "Konsernet hadde ved årsslutt {n} ansatte i fire land."),
        ("nn", "Verksemda har {n} tilsette."),
        ("en", "The company has {n} employees."),
        ("en", "We had {n} employees at the end of {y}."),
        ("nb", "Virksomheten sysselsetter omtrent {n} personer."),
        ("nb", "Ved årsskiftet jobbet {n} mennesker i konsernet."),
        ("nb", "Bemanningen var på {n} årsverk i {y}."),
        ("nb", "Vi er en arbeidsplass for rundt {n} medarbeidere."),
        ("nn", "Verksemda har om lag {n} tilsette fordelte på fire stader."),
        ("nn", "Ved utgangen av {y} var me {n} tilsette."),
        ("en", "The organisation has a workforce of about {n} people."),
        ("en", "Headcount stood at {n} at the end of {y}."),
        ("nb", "Antall ansatte var {n} ved utgangen av {y}."),
        ("nb", "I {y} sysselsatte virksomheten rundt {n} personer."),
        ("nn", "Talet på tilsette var {n} i {y}."),
        ("en", "Across four countries the group employs about {n} staff."),
        ("en", "Total workforce at year end: {n}."),
    ],
    "revenue_nok": [
        ("nb", "Omsetningen var {n} millioner kroner i {y}."),
        ("nb", "Selskapet omsatte for {n} mrd. kroner."),
        ("en", "Revenue was NOK {n} million in {y}."),
        ("nb", "Salgsinntektene passerte {n} millioner kroner i {y}."),
        ("nb", "Virksomheten hadde inntekter på {n} mrd. kroner."),
        ("nb", "Konsernets samlede inntekter utgjorde {n} millioner kroner."),
        ("nn", "Inntektene var {n} millionar kroner i {y}."),
        ("en", "Annual sales came to NOK {n} million."),
        ("en", "Income for the year reached NOK {n} billion."),
        ("nb", "Samlede driftsinntekter endte på {n} millioner kroner."),
        ("nb", "Omsetning: {n} mrd. kroner."),
        ("nn", "Omsetnaden i {y} enda på {n} millionar kroner."),
        ("en", "Group turnover amounted to NOK {n} billion."),
    ],
    "none": [
        ("nb", "{n} ansatte deltok på kurs i etisk handel."),
        ("nb", "Vi har {n} leverandører av IKT-utstyr og {x} av renhold."),
        ("nb", "Leverandørene har fabrikker i {n} land."),
        ("nb", "Vi stilte krav i {n} nye kontrakter i {y}."),
        ("nb", "Tiltaket gjelder {n} leverandører av arbeidstøy."),
        ("nn", "Me har {n} leverandørar av reinhald."),
        ("en", "{n} employees attended training on human rights."),
        ("en", "Our suppliers operate factories in {n} countries."),
        ("en", "Contract clauses were added to {n} new agreements."),
        ("en", "The supplier employs {n} workers at the plant."),
        ("nb", "Leverandøren har {n} ansatte ved fabrikken."),
        ("nb", "Arbeidstilsynet gjennomførte {n} tilsyn i bransjen."),
        ("nb", "Vi har kontorer på {n} steder og {x} lager."),
        ("nb", "Opplæringen ble gjennomført av {n} ledere i {y}."),
        ("nb", "Leverandørene må svare på {n} spørsmål om miljø og sosiale forhold."),
        ("nb", "Retningslinjene ble revidert {n} ganger siden {y}."),
        ("nb", "Vi behandlet {n} varsler i løpet av året."),
        ("nb", "Innkjøpene utgjorde {n} millioner kroner til {x} leverandører av IKT."),
        ("nb", "Se kapittel {n} for en beskrivelse av tiltakene."),
        ("nb", "Virksomheten har {n} avdelinger og {x} regionkontorer."),
        ("nb", "Vi mottok {n} innsynsforespørsler etter åpenhetsloven."),
        ("nb", "Omtrent {n} % av innkjøpene skjer i Norge."),
        ("nb", "Arbeidstilsynet kontrollerte {n} renholdsbedrifter i regionen."),
        ("nb", "Vi har {n} innkjøpere i sentral innkjøpsavdeling."),
        ("nb", "Rapporten dekker perioden 1. januar til 31. desember {y}."),
        ("nn", "Me har {n} kontor og {x} lager på Vestlandet."),
        ("nn", "Innkjøpa utgjorde {n} millionar kroner i {y}."),
        ("nn", "{n} leiarar fullførte kurset i etisk handel."),
        ("en", "We operate {n} offices and {x} warehouses."),
        ("en", "The training was completed by {n} managers."),
        ("en", "Suppliers must answer {n} questions on labour rights."),
        ("en", "We handled {n} whistleblowing cases in {y}."),
        ("en", "About {n}% of our spend is with Nordic suppliers."),
        ("en", "See section {n} for details of the measures."),
        ("en", "We received {n} information requests under the Act."),
        ("nb", "Antall varsler var {n} i {y}."),
        ("nb", "{n} av leverandørene er lokalisert i Norge."),
        ("nb", "Vi har {n} butikker og {x} lager."),
        ("nb", "Skjemaet inneholder {n} spørsmål om arbeidsforhold."),
        ("nn", "Talet på varsel var {n} i {y}."),
        ("nn", "Me har {n} butikkar på Vestlandet."),
        ("en", "The number of whistleblowing reports was {n}."),
        ("en", "{n} of our suppliers are located in Norway."),
        ("en", "We operate {n} stores and {x} warehouses."),
        ("nb", "Leverandøren har om lag {n} ansatte i produksjonen."),
        ("en", "Each audit covers {n} criteria on labour rights."),
    ],
}


def numbers(rng: random.Random, label: str) -> str:
    if label == "esg_response_rate":
        return str(rng.randint(20, 99))
    if label == "revenue_nok":
        return rng.choice(["1,4", "2,75", "312", "48", "9,2", "640", "1.8"])
    n = rng.choice([rng.randint(2, 30), rng.randint(30, 400), rng.randint(400, 4000)])
    return f"{n:,}".replace(",", " ") if n >= 1000 and rng.random() < 0.5 else str(n)


COUNT_FACTS = ("business_partners_total", "business_partners_asked_esg", "esg_response_rate",
               "high_risk_suppliers", "supplier_audits", "employees")


def corpus_sentences() -> list[dict]:
    """Sentences of the project's own corpus specs (not the variety corpus, which is a test set):
    a number equal to one of the document's gold count facts gets that label, the others ``none``."""
    from corpus_specs import transparency as specs
    from corpus_specs.model import Para

    from extractor.facts.transparency_learned import candidates

    out = []
    for doc in specs.DOCS:
        facts = doc.gold.extra.get("transparency_facts", {})
        wanted = {float(facts[k]): k for k in COUNT_FACTS if isinstance(facts.get(k), (int, float))}
        lang = doc.gold.language
        for block in doc.blocks:
            if not isinstance(block, Para):
                continue
            for sent in re.split(r"(?<=[.!?])\s+", block.text):
                nums = [[sent[a:b], wanted.get(v, "none")] for a, b, v in candidates(sent, lang)]
                if nums:
                    out.append({"text": sent, "numbers": nums, "lang": lang, "template": f"corpus:{doc.doc_id}"})
    return out


def main() -> None:
    rng = random.Random(11)
    lines = []
    for label, templates in T.items():
        for k, (lang, tpl) in enumerate(templates):
            for _ in range(12):
                n, x = numbers(rng, label), str(rng.randint(2, 60))
                y = str(rng.randint(2021, 2025))
                p = rng.choice(PARTNERS[lang])
                text = tpl.format(n=n, x=x, y=y, p=p)
                if lang == "en" and label == "revenue_nok":
                    text = text.replace(",", ".")
                    n = n.replace(",", ".")
                nums = [[n, label]] + ([[x, "none"]] if "{x}" in tpl else [])
                lines.append({"text": text, "numbers": nums, "lang": lang, "template": f"{label}:{k}"})
    lines.extend(corpus_sentences())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(lines)} sentences → {OUT}")


if __name__ == "__main__":
    main()
