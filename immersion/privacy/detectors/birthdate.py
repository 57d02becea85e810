"""Dates of birth, found by their cue (né(e) le, date de naissance, DDN…) or by their age.

Other dates (appointments, letters) are kept: a date is redacted when a birth cue stands
shortly before it, or when it is a full date from long ago (before 2010) that no word of
another event (arrival, wedding, contract, law…) announces. Dates come in many forms:
12/03/1975, 12.03.75, 12 03 75, ISO 1975-03-12, 3 mars 1982, mars 82, and said aloud
("quinze avril quatre-vingt-dix").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from immersion.privacy import accents
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.detectors.spoken import NUMBER_WORD, digits_of
from immersion.privacy.resources import first_names, fold
from immersion.privacy.types import Label

MONTHS = (
    r"janv(?:ier|\.)?|f[ée]vr?(?:ier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[ûu]t"
    r"|sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?"
)
#: The months' full names, and a day with its month ("3 mars", "1er mai"): what a birth's
#: month alone, a birthday and the next day of a list are made of.
_FULL_MONTHS = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre"
)
FULL_MONTHS = _FULL_MONTHS
DAY_AND_MONTH = rf"(?:1er|premier|[12]\d|3[01]|0?[1-9])\s+(?:{MONTHS})"
#: The French months as they are written, full or cut short, with their numbers.
FRENCH_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "janvier janv",
            "février fevrier févr fevr fév fev",
            "mars",
            "avril avr",
            "mai",
            "juin",
            "juillet juil",
            "août aout",
            "septembre sept",
            "octobre oct",
            "novembre nov",
            "décembre decembre déc dec",
        ),
        start=1,
    )
    for name in names.split()
}
#: Months in English, Spanish, Portuguese, Italian, German and Turkish, as on foreign papers
#: or said by the person, with their numbers.
FOREIGN_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "january enero janeiro gennaio januar ocak",
            "february febrero fevereiro febbraio februar şubat",
            "march marzo março märz mart",
            "april abril aprile nisan",
            "may mayo maio maggio mayıs",
            "june junio junho giugno juni haziran",
            "july julio julho luglio juli temmuz",
            "august agosto ağustos",
            "september septiembre setembro settembre eylül",
            "october octubre outubro ottobre oktober ekim",
            "november noviembre novembro kasım",
            "december diciembre dezembro dicembre dezember aralık",
        ),
        start=1,
    )
    for name in names.split()
} | {  # abbreviated, as passports print them: "14 JUL 1983"
    name: number
    for number, name in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
    )
}
_FOREIGN_MONTHS = "|".join(sorted(FOREIGN_MONTH_NUMBERS, key=len, reverse=True))
_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: Numbers said aloud in English, Spanish, Italian and Portuguese, cardinal or ordinal
#: ("nineteen forty-seven", "the fourth", "treinta y ocho", "quarantasei", "vinte e três").
_FOREIGN_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth"
    r"|thirtieth"
    r"|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
    r"|diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|d[óo]s|tr[ée]s|cuatro"
    r"|cinco|s[ée]is|siete|ocho|nueve)|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta"
    r"|noventa|mil|novecientos|primero"
    r"|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici"
    r"|quindici|sedici|diciassette|diciotto|diciannove|primo|mille|novecento"
    r"|(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:[ia]?(?:due|tre|tré"
    r"|quattro|cinque|sei|sette|nove)|uno|otto|[ia])"
    r"|um|dois|três|quatro|sete|oito|dez|doze|treze|quatorze|dezas?s?eis|dezes?sete"
    r"|dezassete|dezoito|dezenove|dezanove|vinte|trinta|quarenta|sessenta|oitenta"
    r"|novecentos|primeiro)"
)
_FOREIGN_WORDS = (
    rf"(?:{_FOREIGN_NUMBER})(?:(?:[\s\-]+(?:y|e|and)\s+|[\s\-]+)(?:{_FOREIGN_NUMBER}))*"
    r"(?![\w-])"
)
#: Month names in full (no abbreviation: "mar", "may" are words too, except in English).
_FOREIGN_FULL_MONTHS = "|".join(
    sorted((m for m in FOREIGN_MONTH_NUMBERS if len(m) > 3 or m == "may"), key=len, reverse=True)
)
#: "5th March 1988", "14th of August 1990", "March 5th, 1988", "23 de mayo de 1985"; and said
#: in words: "the fourth of May, nineteen forty-seven", "el cinco de agosto del treinta y
#: ocho", "dodici gennaio quarantasei", "nineteen eighty-eight, May the fifth".
_FOREIGN_DATE = (
    rf"(?i:{_ORDINAL}\s+(?:of\s+|de\s+)?(?:{_FOREIGN_MONTHS}),?\s+(?:de\s+)?(?:19|20)\d\d"
    rf"|(?:{_FOREIGN_MONTHS})\s+{_ORDINAL},?\s+(?:19|20)\d\d"
    rf"|(?:(?:el|the)\s+)?(?:{_FOREIGN_WORDS}|{_ORDINAL})\s+(?:of\s+|de\s+)?(?:{_FOREIGN_FULL_MONTHS}),?\s+"
    rf"(?:(?:de|del)\s+)?(?:{_FOREIGN_WORDS}|(?:19|20)?\d\d(?!\d))"
    rf"|{_FOREIGN_WORDS},?\s+(?:{_FOREIGN_FULL_MONTHS})\s+(?:the\s+)?{_FOREIGN_WORDS}"
    rf"|(?:{_FOREIGN_FULL_MONTHS})\s+(?:the\s+)?{_FOREIGN_WORDS},?\s+{_FOREIGN_WORDS})"
)
#: … and the day and month alone, after a birth cue: "March 5th".
_FOREIGN_DAY_MONTH = rf"(?i:(?:{_FOREIGN_MONTHS})\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
#: The day and month alone, in digits or in words, English or Romance ("March 5th", "fifth of
#: March", "the 5th of March", "cinco de agosto").
FOREIGN_DAY_MONTH = (
    rf"{_FOREIGN_DAY_MONTH}|(?i:(?:(?:el|the)\s+)?(?:{_FOREIGN_WORDS}|{_ORDINAL})\s+(?:of|de)\s+"
    rf"(?:{_FOREIGN_FULL_MONTHS}))"
)
#: Numbers said aloud: "quinze avril quatre-vingt-dix", "né en mil neuf cent…" (never from
#: "et": "nés un 14 février et un 1er mai").
_WORDS = rf"(?!et(?![\w-]))(?:{NUMBER_WORD})(?:[\s\-]+(?:{NUMBER_WORD}))*"
#: A number said in French words (for the layers that read a birth's pieces).
WORDS_RE = _WORDS
#: A date's separator said aloud: "slash", "barre", "tiret".
_SAID_SEP = r"[^\S\n]*,?[^\S\n]*(?i:slash|barre|tiret|trait)(?![\w-])[^\S\n]*,?[^\S\n]*"
DATE = (
    # (the first of the month as typed: "1er/01/1998", "1er / 07 / 1993")
    rf"(?:(?:\d{{1,2}}|1er)\s*[/.\-]\s*(?:0?[1-9]|1[0-2])\s*[/.\-]\s*(?:\d{{4}}|\d{{2}})(?!\d)"
    # with spaces, a real day and month, no more digit group after: "12 03 85" ("7 65 43 21"
    # is another number)
    rf"|(?:0?[1-9]|[12]\d|3[01])\s(?:0?[1-9]|1[0-2])\s(?:\d{{4}}|\d{{2}})(?!\d|[^\S\n]\d)"
    # dictated with pauses: "12… 03… 1985", "12... 03... 85"
    rf"|\d{{1,2}}\s*(?:…|\.{{2,3}})\s*(?:0?[1-9]|1[0-2])\s*(?:…|\.{{2,3}})\s*(?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?:19|20)\d\d-\d\d-\d\d(?!\d)"
    # dictated with its separators: "12 slash 03 slash 1985", « 1988, tiret, 03, tiret, 07 »
    rf"|\d{{1,2}}{_SAID_SEP}(?:0?[1-9]|1[0-2]){_SAID_SEP}(?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?:19|20)\d\d{_SAID_SEP}(?:0?[1-9]|1[0-2]){_SAID_SEP}(?:0?[1-9]|[12]\d|3[01])(?!\d)"
    # the year first, as on foreign papers: "1988/03/05"
    rf"|(?:19|20)\d\d\s*[/.]\s*(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)"
    # … or with spaces, the army's way: "2002 03 17"
    rf"|(?:19|20)\d\d[ \u00a0](?:0[1-9]|1[0-2])[ \u00a0](?:0[1-9]|[12]\d|3[01])(?!\d|[ \u00a0]\d)"
    # said aloud: "le 4 du 4, 1958"
    rf"|(?:0?[1-9]|[12]\d|3[01])\s+du\s+(?:0?[1-9]|1[0-2]),?\s+(?:de\s+)?(?:(?:19|20)\d\d|\d\d)"
    rf"(?!\d)"
    # … in words: "le douze du douze deux mille douze"
    rf"|(?:{_WORDS}|(?:0?[1-9]|[12]\d|3[01]))\s+du\s+(?:{_WORDS}|0?[1-9]|1[0-2]),?\s+{_WORDS}"
    rf"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d(?!\d)"
    rf"|(?:1er|premier|\d{{1,2}}|{_WORDS})(?:\s*(?:…|\.{{2,3}})\s*|\s+)"
    # (and « le 30 du mois d'avril, 1950 »)
    rf"(?:du\s+mois\s+d(?:e\s+|['’]\s*))?(?:{MONTHS})"
    # (a pause before the year too: « le dix-sept… septembre… soixante et un »)
    rf"(?:\s+(?:\d{{4}}|\d{{2}}(?!\d)|{_WORDS})|,\s+(?:19|20)\d\d(?!\d)"
    rf"|\s*(?:…|\.{{2,3}})\s*(?:\d{{4}}|\d{{2}}(?!\d)|{_WORDS}))"
    rf"|(?:{MONTHS})\s+(?:\d{{4}}|\d{{2}}(?!\d)|{_WORDS})"
    rf"|{_FOREIGN_DATE})(?![\w-])"
)
CUE = (
    # (the date may be glued to its article: "né le14/03/61")
    r"(?:\bn[ée]e?s?(?:\s*\(e\))?\s+(?:le|en)(?![^\W\d_])|\bne\s+le(?=\d)|\bn\u00e9(?:e|\(e\))?s?(?!\w)|naissance|\bnaiss\b\.?"
    # typed without accents: "nee", "ne a Rennes", "ne au Maroc" (never "ne" alone: "il ne
    # sait pas")
    r"|\bn(?:e\(e\)|ees?)(?!\w)|\bnes?(?:\s*\(e\))?(?=\s+(?:à|au|aux|dans|vers|sur|chez|hors)\b"
    # (and "ne en janvier 79", "ne ici en 72", « ne "presume en 1950" », "ne le 3…": never
    # the "ne" of a negation)
    r"|,?\s+(?:en|ici|pr[ée]sum[ée]e?)\b|\s*[«\"“]|\s+le\s+(?:\d|1er\b|premier\b))"
    r"|\bDDN(?![^\W\d_])|\bDN\b"
    r"|\bD\.D\.N\.?"
    # on foreign papers: "date of birth", "DOB", "fecha de nacimiento", "geboren"
    r"|\bdate\s+of\s+birth\b|\bDOB\b|\bborn\b|\bfecha\s+de\s+nacimiento\b"
    r"|\bdata\s+de\s+nascimento\b|\bgeboren\b|\bdata\s+di\s+nascita\b|\bnacid[oa]\b"
    r"|\bnascid[oa]\b"
    r"|\bdate\s+de\s+naiss"
    # "elle tape nom + date : Benmoussa, 12 février 1957"
    r"|\bnoms?\s*(?:\+|&|et|,)\s*(?:pr[ée]noms?\s*(?:\+|&|et|,)\s*)?dates?\b)"
)
#: The birth cues, compiled once (the classifier of dates reads them too).
CUE_RE = accents.compile(CUE, re.IGNORECASE)
#: A year in four digits, inside a date or alone.
YEAR_IN_DATE_RE = accents.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: The date may come on the next line of a dialogue ("Date de naissance ?\n— trois avril…").
#: Right after a birth cue only, a month and year in digits ("DDN 03/82", "née en 03/1982").
_MONTH_YEAR = r"(?:0?[1-9]|1[0-2])\s*[/.\-]\s*(?:19|20)?\d\d(?![\w-]|[/.\-]\d)"
#: One box per digit, as on a form: "|1|7|0|8|1|9|9|1|", "1 7 0 8 1 9 9 1" (right after a cue).
_BOXES = r"(?:\|[ \u00a0]?)?\d(?:[ \u00a0]?[|/ .\-][ \u00a0]?\d){7}(?:[ \u00a0]?\|)?(?![\w])"
#: Right after a birth cue only, six digits that read as a date ("DDN 140290"), and a day and
#: month without the year ("bébé né le 12/3": the baby is a few weeks old).
_COMPACT_SIX = r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d(?![\w-])"
_DAY_MONTH = (
    # (a sentence may end after it: "née le 28/09. Ils changent…")
    r"(?:0?[1-9]|[12]\d|3[01])\s*/\s*(?:0?[1-9]|1[0-2])(?![\w/\-]|[.,]\d)"
    # "né le 3 septembre…", "le vingt septembre"
    rf"|(?:1er|premier|[12]\d|3[01]|0?[1-9]|{_WORDS})\s+(?:{MONTHS})(?![\w-]|\s+\d)"
    rf"|{_FOREIGN_DAY_MONTH}"
    # a feast day: "née le jour de Noël", "la veille de Noël", "le jour de l'an"
    r"|(?:jour|veille|lendemain)\s+(?:de\s+No[ëe]l|de\s+l['’]an|du\s+nouvel\s+an)\b"
    # only a year, and a rough one: "date de naissance « vers 1975 »"
    r"|(?:(?<=vers\s)|(?<=environ\s))(?:19|20)\d\d(?!\d)"
)
BIRTH_RE = accents.compile(
    rf"{CUE}[^\n\d]{{0,30}}?(?:\n[^\n\w\d]{{0,4}}(?:le\s+)?)?"
    rf"({DATE}|{_MONTH_YEAR}|{_BOXES}|{_COMPACT_SIX}|{_DAY_MONTH})",
    re.IGNORECASE,
)
#: A strong cue further away, in the same sentence, before a full date: "la date de naissance
#: de l'enfant sans séparateur, l'agent tape 24062019".
BIRTH_FAR_RE = accents.compile(
    rf"(?:\bdate\s+de\s+naiss\w*|\bDDN\b)[^\n\d.;!?]{{31,80}}?({DATE})", re.IGNORECASE
)
#: Far from the cue, a date said as an appointment's or a deadline's is another date.
_OTHER_DATE_BEFORE = accents.compile(
    r"(?i:\b(?:rdv|rendez-vous|convoc\w*|jusqu['’]\s*(?:au|à)|depuis|avant|apr[èe]s|expir\w*"
    r"|valable|fin|[ée]ch[ée]ance|du|au|le|dat[ée]e?s?|sign[ée]e?s?)\s*:?\s*)$"
)
#: … and it is typed, said or read out: "l'agent tape 24062019", "elle dit : 3 mars 1990".
_GIVEN_BEFORE = accents.compile(
    r"(?i:\b(?:tap\w*|saisi\w*|[ée]cri\w*|not\w*|dit|dicte|donne|r[ée]p[èe]te|lit|indiqu\w*"
    r"|c['’]est|soit)\s*:?\s*|:\s*(?:[«\"“]\s*(?:le\s+)?)?"
    # "son nom et sa date de naissance … : Zeynep Demir, 1988/03/05"
    r"|:[^\n:.;!?\d]{1,40},\s*)$"
)
#: "né en 1975", "née en 88", "née à Kinshasa en 1990", "né au Maroc en 1962".
YEAR_RE = accents.compile(
    r"\bn[ée]e?s?(?:\s+(?:à|au|aux|en)\s+[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*)?)?\s+en\s+"
    r"((?:19|20)\d\d|[0-9]\d(?!\s*(?:ans|jours?|semaines?|mois|h\b|min|%|kg|g\b|cm)))\b",
    re.IGNORECASE,
)


#: "Être de" a year, "être du" a day: "il est de 85", "elle est du 22/04", "je suis du 3
#: mars 1990" (never "du" and two digits: "je suis du 93" is a département; nor "du … au …",
#: a period).
BEING_OF_RE = accents.compile(
    r"\b(?:il|elle|je|j['’]|tu|ils|elles|lui|moi)[^\S\n]+(?:est|suis|es|sont|était|étais)[^\S\n]+"
    # (the year may be quoted with its "de": il est « de 61 »)
    r"(?:(?:[«\"“][^\S\n]*)?de[^\S\n]+((?:19|20)\d\d|\d\d)"
    r"(?![\w/.]|[^\S\n]*(?:ans?|€|%|h|km|kg|min\w*|sec\w*|heures?|mois|jours?|semaines?)\b)"
    rf"|du[^\S\n]+((?:{DATE})|\d{{1,2}}[/.]\d{{1,2}}(?![/.]?\d)|{DAY_AND_MONTH}))"
    r"(?![^\S\n]*(?:au|à|jusqu)\b)",
    re.IGNORECASE,
)
#: A child named by the year of birth: "Safa, celle de 2014", "sa sœur Apolline, celle de
#: 2020" (a name or a child's noun right before; not "la voiture, celle de 2019").
_ONE_OF_YEAR_RE = accents.compile(
    r"(?:(?-i:[A-ZÀ-Þ][a-zà-ÿ'’\-]+)|\b(?:fils|fille|s(?:œ|oe)ur|fr[èe]re|enfant|petite?"
    r"|a[îi]n[ée]e?|cadette?|b[ée]b[ée])),[^\S\n]*(?:celle|celui)[^\S\n]+de[^\S\n]+"
    r"((?:19|20)\d\d)(?![\w/\-]|[.,]\d)",
    re.IGNORECASE,
)
#: The year asked of someone, and the answer: "pour Mattéo elle demande l'année : « 2006 »".
_YEAR_ASKED_RE = accents.compile(
    r"\bdemand\w*[^\S\n]+l['’][^\S\n]*ann[ée]e(?:[^\S\n]+de[^\S\n]+naissance)?[^\S\n]*:?"
    r"[^\S\n]*[«\"“][^\S\n]*((?:19|20)\d\d)(?![\w/\-]|[.,]\d)",
    re.IGNORECASE,
)
#: A year, then what it is: "Le « 2004 » c'est son année de naissance", "1987, c'est sa date
#: de naissance".
_YEAR_THEN_CUE_RE = accents.compile(
    r"(?<![\w/.\-])((?:19|20)\d\d)[^\S\n]*[»”\"]?[^\S\n]*,?[^\S\n]*(?:c['’][^\S\n]*est|est|=)"
    r"[^\S\n]+(?:son|sa|leur|mon|ma|ton|ta|votre|l['’])[^\S\n]*(?:ann[ée]e|date)[^\S\n]+"
    r"de[^\S\n]+naissance",
    re.IGNORECASE,
)
#: … and a child named, then "c'est du" and a whole date: "Léo, c'est du 12/02/14".
NAMED_OF_RE = accents.compile(
    rf"(?-i:[A-ZÀ-Þ][\w'’\-]+),?[^\S\n]+c['’]est[^\S\n]+du[^\S\n]+({DATE})"
    r"(?![^\S\n]*(?:au|à|jusqu)\b)",
    re.IGNORECASE,
)


#: A year given as the year of birth, in digits or in words: "1959", "66", "trente-huit".
_A_YEAR = rf"(?:(?:19|20)\d\d|\d\d|{_WORDS})(?![\w/\-]|[.,]\d|[^\S\n]?(?:ans|an|%|€|h)\b)"
#: "née en trente-huit… ou trente-neuf ?": the year in words after the cue, maybe after a
#: pause and in quotes ("Né en... « quatre-vingt-huit » il dit"), or after the birthplace
#: ("née à Bastia, en soixante-six", "né au Maroc en cinquante-huit").
_YEAR_IN_WORDS_RE = accents.compile(
    r"\bn[ée]e?s?(?:\s+(?:à|au|aux|en)\s+(?-i:[A-ZÀ-Þ][\w'’\-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’\-]*))?"
    # ("née à Bastia moi, en soixante-six")
    r"(?:\s+(?:moi|lui|elle))?\s*,?)?"
    rf"\s+en(?:\s+|\s*(?:…|\.{{2,3}})\s*)[«\"“]?\s*({_WORDS})(?![\w-])",
    re.IGNORECASE,
)
#: The next years of a list: "enfants nés en 2009, 2011, 2016 et 2020", "… ou trente-neuf".
_NEXT_YEAR_RE = accents.compile(
    rf"[^\S\n]*(?:,|\bet\b|…|\.{{2,3}})?[^\S\n]*(?:(?:ou|non|pardon|plutôt|et)[^\S\n]+)?"
    rf"(?:en[^\S\n]+)?({_A_YEAR})",
    re.IGNORECASE,
)
#: The answer to a question on the year of birth: "« Vous êtes né en quelle année ? » « En
#: 1959. »", "« né quand ? » « En quatre-vingt-dix-neuf. »".
_YEAR_ANSWER_RE = accents.compile(
    r"(?:\bn[ée]e?s?\s+(?:quand|en\s+quelle\s+ann[ée]e)|\bann[ée]e\s+de\s+naissance"
    r"|\bquelle\s+ann[ée]e\s+de\s+naissance|\bn[ée]e?s?\s+en(?=\s*\?)"
    # « date de naissance du plus jeune enfant ? » – « euh… 2016 ? », « date of birth ? » – «
    # nineteen eighty-two »
    r"|\bdate\s+de\s+naissance|\bdate\s+of\s+birth)[^?\n]{0,25}\?[\s»\"”]*[«\"“—–\-]?\s*"
    r"(?:[«\"“]\s*)?(?:(?:euh|bah|alors|ben|a+h+|o+h+)[\s…,.!]*)?"
    rf"(?:[Ee]n\s+)?({_A_YEAR}|(?:nineteen|twenty)[\s\-]+{_FOREIGN_WORDS})"
    r"(?=\s*(?:[.,!?»…]|$))",
    re.IGNORECASE,
)
#: The year after "année de naissance" ("Année de naissance : « mil neuf cent soixante-douze
#: »"), and the answer to a question on someone's birth: "« née à Nancy ? » « oui, en 63 »".
_YEAR_OF_BIRTH_RE = accents.compile(
    # (who says it may be named between: "Année de naissance, selon la belle-mère : « 98 »")
    r"(?:\bann[ée]e\s+de\s+naissance(?:\s*,[^\d\n:?«»]{1,30}(?=:))?\s*:?"
    r"|\b(?:DDN|DN|date\s+de\s+naissance)\s*:?"
    # (a year only, in digits or in words: "DN : deux mille huit, le jour elle ne sait plus")
    r"(?=\s*[«\"“]?\s*(?:\d{4}|mil(?:le)?\s|deux\s+mille\b))"
    r"|\bn[ée]e?s?\b[^?\n]{0,30}\?[\s»\"”]*[«\"“—–\-]?"
    r"\s*(?:(?:oui|non|euh)\s*,?\s*)?en)"
    rf"\s*[«\"“]?\s*((?:19|20)\d\d|\d\d|{_WORDS})(?![\w/\-]|[.,]\d|[^\S\n]?(?:ans|an|%|€|h)\b)",
    re.IGNORECASE,
)
#: "Vous êtes de 66", "j'étais de 64", "elle est de 1948", "ils sont de 2015, 2018", "je
#: suis de décembre", "elle est de juin 2008": the year or the month someone is "of" (a year
#: of this century only where an age or a child is spoken of just before: "16 ans, il est de
#: 2008"; "elle est de 2019" may be a car).
_BORN_OF_RE = accents.compile(
    r"\b(?P<who>je\s+suis|j['’]\s*[ée]tais|vous\s+[êe]tes|vous\s+[ée]tiez|tu\s+es|t['’]\s*es"
    r"|(?:il|elle)\s+(?:est|[ée]tait)|(?:ils|elles)\s+(?:sont|[ée]taient))\s+de\s+"
    rf"((?:19\d|\d|20\d)\d|(?:{_FULL_MONTHS})(?:\s+(?:19|20)\d\d|(?!\s+(?:dernier|prochain))))"
    r"(?![\w/\-]|[.,]\d|\s*(?:ans|an|h\b"
    r"|heures?|%|€|euros?|kg|km|cm|minutes?|mois|jours?|personnes|fois|points?|sur\b))",
    re.IGNORECASE,
)
#: "je suis un titi parisien de février 76": the month and year or an old year someone is
#: "of", a few words after "je suis" (not a period: "de 1998 à 2003").
_SELF_OF_RE = accents.compile(
    r"\b(?:je\s+suis|j['’]\s*[ée]tais|vous\s+[êe]tes|vous\s+[ée]tiez|tu\s+es|t['’]\s*es)"
    r"(?:[^\S\n]+[^\W\d_][\w'’\-]*){1,3}?[^\S\n]+de[^\S\n]+"
    rf"((?:{_FULL_MONTHS})[^\S\n]+(?:19\d\d|[3-9]\d)|19\d\d)"
    r"(?![\w/\-]|[.,]\d|\s*(?:ans|an\b|%|€|à|au\b|jusqu))",
    re.IGNORECASE,
)
#: An age or a child spoken of just before: what makes "il est de 2008" a year of birth.
_AGE_OR_CHILD_BEFORE = accents.compile(
    r"(?i:\b(?:\d{1,2}\s*ans|âge|age|enfants?|fils|filles?|b[ée]b[ée]s?|gamins?|gosses?|petits?"
    r"|grands?|a[îi]n[ée]e?s?|cadet(?:te)?s?|jumeaux|jumelles)\b)"
)
#: "née en mai", "tous nés en août": the month alone (the year is given elsewhere or not).
_BORN_IN_MONTH_RE = accents.compile(
    r"\bn[ée]e?s?\s+(?:en|au\s+mois\s+d['’]|au\s+mois\s+de|fin|d[ée]but|mi-)\s*"
    rf"((?:{_FULL_MONTHS}))(?![\w\-]|[^\S\n]*(?:\d|dernier|prochain))",
    re.IGNORECASE,
)
#: A birthday is the day and month of a birth: "il aura 18 ans le 3 mars", "son
#: anniversaire, c'est le 12 juin".
_BIRTHDAY_RE = accents.compile(
    r"\b(?:(?:aur(?:a|ai|as|ez|ont)|f[êe]te(?:ra|ront)?|(?:a|ai|as|avez|ont)\s+eu|avait\s+eu"
    r"|(?:a|ai|as|avez|ont)\s+f[êe]t[ée]"
    r"|d['’]avoir)"
    r"\s+(?:ses\s+|mes\s+|leurs\s+)?\d{1,3}"
    # (whose birthday: "l'anniversaire de sa fille, le 3 mai")
    r"\s*ans|(?:ai|a|as|avez)\s+\d{1,3}\s*ans\s+aujourd['’]hui|anniversaire(?:[^\S\n]+(?:(?:de|d['’])[^\S\n]*(?:(?:sa|son|ma|mon|ta|ton|leur|notre"
    r"|votre)[^\S\n]+[^\W\d_]+|[A-ZÀ-Þ][\w'’\-]+)|du[^\S\n]+(?:petit|fils|b[ée]b[ée]|grand)))?)"
    r"[^\S\n]*[,(]?[^\S\n]*(?:c['’]est[^\S\n]+)?(?:le[^\S\n]+)?"
    rf"({DAY_AND_MONTH})(?![\w-]|\s+\d)",
    re.IGNORECASE,
)
#: Three years or more in a row, after children are spoken of: "6 enfants. Elle donne les
#: années de tête : 2005, 2007, 2009, 2012, 2016 et 2021."
_YEAR_LIST_RE = accents.compile(
    r"(?<![\w/.\-])(?:19|20)\d\d(?:[^\S\n]*(?:,|\bet\b)[^\S\n]*(?:19|20)\d\d(?![\w/\-])){2,}"
)
_YEAR_IN_LIST_RE = accents.compile(r"(?:19|20)\d\d")
#: A name then a year, in a sentence that gives births: "Demandeur Aliou Dia, né en 1973 ;
#: conjointe Khady Dia, 1980 ; …".
_NAME_COMMA_YEAR_RE = accents.compile(
    r"[A-ZÀ-Þ][\w'’\-]+,[^\S\n]*((?:19|20)\d\d)(?=[^\S\n]*(?:[;,)]|\.(?!\d)|$))", re.MULTILINE
)
_BIRTH_CUE_IN_SENTENCE_RE = accents.compile(rf"{CUE}[^.!?\n]*$", re.IGNORECASE)
#: A child's name and the year of birth in brackets: "ses deux enfants, Lenny (2010) et
#: Maëlys (2013)" (a child or a birth spoken of just before).
_KIN_BEFORE = accents.compile(
    r"(?i:\b(?:enfants?|fils|filles?|b[ée]b[ée]s?|petits?-enfants?|n[ée]e?s?|naissance|fratrie"
    r"|rattach\w*|ayants?\s+droit)\b)"
)
#: Further on in the sentence of a birth cue, the year last: "née un 14 juillet, comme la
#: fête nationale, en 75."
_YEAR_LAST_RE = accents.compile(
    rf"\bn[ée]e?s?\b[^.\n!?;]{{3,60}}?\ben\s+((?:(?:{MONTHS})\.?\s+)?(?:19|20)?\d\d)"
    r"(?=\s*(?:[.,;!?»)]|$))",
    re.IGNORECASE,
)
#: An age, then the year of birth between brackets: "45 ans (1979)".
_AGE_YEAR_RE = accents.compile(r"\b\d{1,3}[^\S\n]*ans[^\S\n]*\([^\S\n]*((?:19|20)\d\d)[^\S\n]*\)")
#: Children, then their years of birth between brackets: "2 enfants (2015 et 2018)".
_CHILDREN_YEARS_RE = accents.compile(
    r"\b(?:enfants?|fils|filles?|jumeaux|jumelles|petits?|b[ée]b[ée]s?)[^\S\n]*\([^\S\n]*"
    r"((?:19|20)\d\d(?:[^\S\n]*(?:,|\bet\b|/)[^\S\n]*(?:19|20)\d\d)*)[^\S\n]*\)",
    re.IGNORECASE,
)
#: Children and their years of birth on a form's line: "Enfants : Inès (2014) et Adam (2017)".
_CHILDREN_LINE_RE = accents.compile(r"\benfants?(?:\s*\(\d+\))?\s*:[^\n]*", re.IGNORECASE)
_NAME_AND_YEAR_RE = accents.compile(r"[A-ZÀ-Þ][\w'’\-]+\s*\(\s*((?:19|20)\d\d)\s*\)")


#: First names each followed by a year, two or more: "livret de famille : Lina 2012, Adam
#: 2015, Noah 2019" (the years of the children's births).
_NAMES_YEARS_RE = accents.compile(
    r"(?<![\w])[A-ZÀ-Þ][\w'’\-]+[^\S\n]+(?:19|20)\d\d(?![\w/\-])"
    r"(?:[^\S\n]*(?:[,;]|\bet\b)[^\S\n]*(?:et[^\S\n]+)?[A-ZÀ-Þ][\w'’\-]+[^\S\n]+(?:19|20)\d\d"
    r"(?![\w/\-]))+"
)
_NAME_YEAR_RE = accents.compile(r"([A-ZÀ-Þ][\w'’\-]+)[^\S\n]+((?:19|20)\d\d)")


def _names_and_years(text: str) -> list[Candidate]:
    found = []
    for m in _NAMES_YEARS_RE.finditer(text):
        pairs = list(_NAME_YEAR_RE.finditer(text, m.start(), m.end()))
        if all(fold(p.group(1)) in first_names() for p in pairs) and not another_event(
            text, m.start()
        ):
            found += [Candidate(p.start(2), p.end(2), Label.DATE_NAISSANCE) for p in pairs]
    return found


_ENGLISH_YEAR_RE = accents.compile(r"(?:nineteen|twenty)[\s\-]", re.IGNORECASE)


def _a_birth_year(value: str) -> bool:
    """Digits, or words that read as a year of two or four digits ("nineteen eighty-two")."""
    if value[:1].isdigit() or _ENGLISH_YEAR_RE.match(value):
        return True
    digits = digits_of(value)
    return len(digits) == 2 or (len(digits) == 4 and digits[:2] in ("19", "20"))


def _years(text: str) -> list[Candidate]:
    """Years of birth said alone: in words after the cue, in a list, as an answer, "être
    de 66", last in a sentence with a cue, in brackets after a child's name; a birth's month
    alone ("née en mai"), a birthday ("il aura 18 ans le 3 mars")."""
    found = [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for pattern in (_YEAR_IN_WORDS_RE, _YEAR_ANSWER_RE, _YEAR_OF_BIRTH_RE)
        for m in pattern.finditer(text)
        if _a_birth_year(m.group(1))
    ]
    found += [
        Candidate(m.start(2), m.end(2), Label.DATE_NAISSANCE)
        for m in _BORN_OF_RE.finditer(text)
        # a year of this century or a month: "il", "elle" may be a thing ("le courrier, il
        # est de mars"), so someone's age or a child must be spoken of
        if (m.group(2)[:2].isdigit() and not m.group(2).startswith("20"))
        or fold(m.group("who")).startswith(("je", "j", "vous", "tu", "t"))
        or _AGE_OR_CHILD_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ]
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for pattern in (_BORN_IN_MONTH_RE, _BIRTHDAY_RE, _SELF_OF_RE)
        for m in pattern.finditer(text)
    ]
    lines = [line.span() for line in _CHILDREN_LINE_RE.finditer(text)]
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for m in _NAME_AND_YEAR_RE.finditer(text)
        if _KIN_BEFORE.search(text, max(0, m.start() - 60), m.start())
        or any(s <= m.start() and m.end() <= e for s, e in lines)
    ]
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for m in _NAME_COMMA_YEAR_RE.finditer(text)
        if _BIRTH_CUE_IN_SENTENCE_RE.search(text, max(0, m.start() - 80), m.start())
    ]
    found += [
        Candidate(year.start(), year.end(), Label.DATE_NAISSANCE)
        for m in _YEAR_LIST_RE.finditer(text)
        if _KIN_BEFORE.search(text, max(0, m.start() - 100), m.start())
        and not another_event(text, m.start())
        for year in _YEAR_IN_LIST_RE.finditer(text, m.start(), m.end())
    ]
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for m in _YEAR_LAST_RE.finditer(text)
        if not another_event(text, m.start(1))
    ]
    found += [
        Candidate(year.start(), year.end(), Label.DATE_NAISSANCE)
        for m in _CHILDREN_YEARS_RE.finditer(text)
        for year in _YEAR_IN_LIST_RE.finditer(text, m.start(1), m.end(1))
    ]
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE) for m in _AGE_YEAR_RE.finditer(text)
    ]
    return found + _names_and_years(text)


#: A year alone, in digits or words (what a list of years goes on from).
_BARE_YEAR_RE = accents.compile(rf"(?:19|20)\d\d|\d\d|{_WORDS}", re.IGNORECASE)


def _year_kind(value: str) -> int:
    """4 for a year in four digits, 2 for two digits, 0 for words."""
    return len(value) if value.isdigit() else 0


def _next_years(text: str, found: list[Candidate]) -> list[Candidate]:
    """The years listed after a year of birth: "nés en 2009, 2011 et 2020"."""
    out: list[Candidate] = []
    todo = [
        c
        for c in found
        if c.end - c.start <= 25
        and _BARE_YEAR_RE.fullmatch(text, c.start, c.end)
        and _a_birth_year(text[c.start : c.end])
    ]
    while todo:
        cand = todo.pop()
        m = _NEXT_YEAR_RE.match(text, cand.end)
        if (
            m
            and m.start(1) > cand.end
            and _a_birth_year(m.group(1))
            # the same kind of year: "2009, 2011", "trente-huit… ou trente-neuf" (not "né en
            # 1975, 35 rue de Brest")
            and _year_kind(m.group(1)) == _year_kind(text[cand.start : cand.end])
            and not any(c.overlaps(m.start(1), m.end(1)) for c in found + out)
        ):
            year = Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
            out.append(year)
            todo.append(year)
    return out


#: The day and month said after the year: "né en 1975, le 12 mars".
DAY_AFTER_YEAR_RE = accents.compile(
    rf",?\s+(?:le\s+)?((?:1er|premier|\d{{1,2}})\s+(?:{MONTHS}))(?![\w-])", re.IGNORECASE
)

#: Without "le" or "en", "ne" (typed without its accent) right before a full date: "mr X, ne
#: 12/03/1985" ("il ne …" is never followed by a date). And a list of children's dates:
#: "enfants : 12/03/2018, 15/06/2019 et …".
BARE_CUE_RE = accents.compile(
    rf"(?:\bn[ée]e?s?|\benfants?(?:\s*\(\d+\))?\s*:)[^\S\n]*({DATE})", re.IGNORECASE
)
#: The next dates of a list of dates of birth: "nés le 12/03/2014, le 15/06/2017 et le …".
SIBLING_RE = accents.compile(
    rf"[^\S\n]*(?:[,;/]|\bet\b|\bpuis\b)[^\S\n]*"
    # (the next child may be named first: "Léo, c'est du 12/02/14 ; Rose, du 8/05/16")
    r"(?:(?-i:[A-ZÀ-Þ][a-zà-ÿ'’\-]+),[^\S\n]*)?"
    # (and the child said by its rank: "2012, 2014, 2017 et la dernière le 4 décembre 2021")
    r"(?:(?:et|le|la|du|l['’]|derni[eè]re?|petite?|b[ée]b[ée]|a[îi]n[ée]e?|cadette?)"
    rf"[^\S\n]*)*({DATE})",
    re.IGNORECASE,
)
#: … and the next day and month after a birth's day and month: "nés un 14 février et un 1er
#: mai".
_DAY_MONTH_SIBLING_RE = accents.compile(
    r"[^\S\n]*(?:[,;/]|\bet\b|\bpuis\b)[^\S\n]*(?:(?:et|le|un|l['’]autre)[^\S\n]+)*"
    rf"({DAY_AND_MONTH})(?![\w-]|\s+\d)",
    re.IGNORECASE,
)
_DAY_MONTH_ONLY_RE = accents.compile(DAY_AND_MONTH, re.IGNORECASE)
#: … and the next year of birth, somebody else's, said the same way: "elle est de 85, lui de
#: 82", "elle de 1985 et son mari de 1982".
_SOMEBODY = (
    r"lui|elle|moi|(?:son|sa|le|la)[^\S\n]+(?:mari|femme|[ée]poux|[ée]pouse|fils|fille|fr[èe]re"
    r"|s(?:œ|oe)ur|p[èe]re|m[èe]re|compagnon|compagne|conjointe?|a[îi]n[ée]e?|cadette?|petite?"
    r"|b[ée]b[ée])"
)
_YEAR_SIBLING_RE = accents.compile(
    rf"[^\S\n]*(?:[,;/]|\bet\b)[^\S\n]*(?:{_SOMEBODY}|(?-i:[A-ZÀ-Þ][a-zà-ÿ'’\-]+),)"
    r"[^\S\n]*(?:(?:de|en|:)[^\S\n]*)?"
    # (and the year ends the clause: not "née en 1990, elle en 2019 a eu son bac"; in words
    # too: "il est né en deux mille quinze ; Helena, deux mille dix-huit, le vingt-deux avril")
    rf"((?:19|20)\d\d|\d\d|(?:deux[\s\-]+)?mil(?:le)?[\s\-]+{_WORDS})"
    r"(?=[^\S\n]*(?:[,;.)»\"”!?…]|\bet\b|\bpuis\b|$))(?![.,]\d)",
    re.IGNORECASE,
)
_YEAR_ALONE_RE = accents.compile(r"(?:19|20)?\d\d")
#: After a year of birth, the last child's month alone: "ils sont de 2015, 2018 et le bébé de
#: janvier".
_MONTH_SIBLING_RE = accents.compile(
    r"[^\S\n]*(?:,|\bet\b)[^\S\n]*(?:le|la|l['’])[^\S\n]*(?:b[ée]b[ée]|derni[eè]re?|petite?"
    rf"|cadette?)[^\S\n]+(?:de|d['’]|en|n[ée]e?[^\S\n]+en)[^\S\n]*({_FULL_MONTHS})(?![\w\-]|[^\S\n]*\d)",
    re.IGNORECASE,
)
#: The year before a year of birth in a list of people: "moi 1979, ma femme 1982", "vous,
#: 1992 ; Glodie et Glody, les jumeaux, 2017" (the speaker or the listener first, people
#: between).
_RELATIVES = (
    r"femme|mari|[ée]poux|[ée]pouse|fils|fille|jumeaux|jumelles|enfants?|b[ée]b[ée]"
    r"|compagne|compagnon|conjointe?|fr[èe]re|s(?:œ|oe)ur|m[èe]re|p[èe]re|a[îi]n[ée]e?|cadette?"
    r"|petite?|grande?"
)
_PREVIOUS_YEAR_RE = accents.compile(
    # (a year in two digits too, the births after it in four: "lui 83, sa femme 86, les
    # enfants 2012, 2015")
    r"(?:\b(?i:moi|vous|lui|elle|toi)|\b(?i:ma|mon|sa|son)[^\S\n]+(?i:" + _RELATIVES + r"))"
    r"[^\S\n]*[,:]?[^\S\n]*((?<!\d)(?:19|20)?\d\d)[^\S\n]*[;,][^\S\n]*"
    r"(?:(?i:ma|mon|sa|son|la|le|les|et|puis)[^\S\n]+|(?-i:[A-ZÀ-Þ][a-zà-ÿ'’\-]+)[^\S\n]*,?[^\S\n]*"
    r"|(?i:" + _RELATIVES + r")[^\S\n]*,?[^\S\n]*){1,5}$"
)
#: A first name and its comma: the child a list item or a reply is about ("Rose, du 8/05/16",
#: « Alba, le 3 du 3 »).
NAME_THEN_COMMA_RE = accents.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’\-]+,")
_PERIOD_END_RE = accents.compile(r"[^\S\n]*(?:au|à|jusqu)\b", re.IGNORECASE)
_FULL_YEAR_RE = accents.compile(r"(?:19|20)\d\d")
_YEAR_IN_WORDS_ALONE_RE = accents.compile(_WORDS, re.IGNORECASE)
#: After a year of birth in four digits, the next one of a list said with pauses or commas:
#: « les années de naissance ? » « 2009… 2013… 2018 ».
_NEXT_FULL_YEAR_RE = accents.compile(
    r"[^\S\n]*(?:…|\.{2,3}|,|;)[^\S\n]*(?:(?:et|puis)[^\S\n]+)?((?:19|20)\d\d)"
    r"(?![\w/\-]|[.,]\d|[^\S\n]*(?:ans?\b|€|%|euros?\b))"
)

#: A sentence about people in general: "la moitié des gens sont nés un 1er janvier", "beaucoup
#: de dossiers ont le 1er janvier", "le 1er janvier est mis par défaut". The day it names is
#: the administrations' default date, nobody's birth.
_GENERIC_SENTENCE_RE = accents.compile(
    r"(?i:\btout\s+le\s+monde\b|\bla\s+moiti[ée]\b|\bbeaucoup\b|\bla\s+plupart\b"
    r"|\bplein\s+de\b|\bpar\s+d[ée]faut\b|\bbcp\b"
    r"|\btous\s+n[ée]s\b|\bla\s+majorit[ée]\b|\bla\s+date\s+(?:par\s+d[ée]faut|administrative)\b"
    # "énormément de dossiers afghans ont le 1er janvier", "c'est souvent la date mise", "une
    # date fréquente sur les papiers guinéens", "ils mettent souvent le 1er janvier"
    r"|\bsouvent\b|\b[ée]norm[ée]ment\b|\bfr[ée]quente?s?\b|\btr[èe]s\s+courante?s?\b"
    r"|\bd[ée]faut\b|\badministrative\b)"
)
_YEAR_AFTER_RE = accents.compile(r"[^\S\n]*(?:[/.\-][^\S\n]*)?(?:19|20)?\d\d(?!\d)")


#: A date said the spoken way, "le 30 du 4, 81", as the quoted answer: the answer is the
#: whole quote, "le" with it.
_SPOKEN_DU_RE = accents.compile(r"\S+\s+du\s")
_QUOTED_LE_RE = accents.compile(r"[«\"“—–][^\S\n]*(le[^\S\n]+)$", re.IGNORECASE)


#: The quoted answer ends right after the date: "« le 2 mai »", "« vers 1975 », c'est…".
_QUOTE_CLOSES_RE = accents.compile(r"[^\S\n]*(?:…|\.{3}|[.!?,])?[^\S\n]*[»\"”]")
_QUOTED_VERS_RE = accents.compile(r"[«\"“][^\S\n]*((?:le|vers)[^\S\n]+)$", re.IGNORECASE)


def with_its_article(text: str, start: int, end: int) -> int:
    """Where the date of birth at ``start:end`` starts, with the "le" that opens its quote
    when it is said the spoken way ("« le 3 du 9, 84 »") or when the quote is the date alone
    ("« le 2 mai »", "« vers 1975 »"): the whole answer is the birth."""
    if _SPOKEN_DU_RE.match(text, start, end):
        quote = _QUOTED_LE_RE.search(text, max(0, start - 8), start)
        return quote.start(1) if quote else start
    if _QUOTE_CLOSES_RE.match(text, end):
        quote = _QUOTED_VERS_RE.search(text, max(0, start - 10), start)
        return quote.start(1) if quote else start
    return start


def a_default_day(text: str, start: int, end: int) -> bool:
    """The day and month at ``start:end``, with no year, stand in a sentence about people in
    general: the default date the administrations give, no one's birth."""
    if _YEAR_AFTER_RE.match(text, end) or day_and_month(text[start:end]) is None:
        return False
    if YEAR_IN_DATE_RE.search(text, start, end):
        return False
    left = max((text.rfind(ch, 0, start) for ch in ".!?;\n"), default=-1) + 1
    if _ONE_BORN_RE.search(text, left, start):
        return False  # "je suis né le 14 juillet, tout le monde fait la fête": somebody's
    ends = [i for ch in ".!?;\n" if (i := text.find(ch, end)) != -1]
    right = min(ends) if ends else len(text)
    return _GENERIC_SENTENCE_RE.search(text, left, right) is not None


#: One person born, said before the date: "je suis né", "il est née", "t'es né".
_ONE_BORN_RE = accents.compile(
    r"(?i:\b(?:je\s+suis|j['’]\s*suis|il\s+est|elle\s+est|tu\s+es|t['’]\s*es|vous\s+[êe]tes"
    r"|(?:mon|ma|son|sa|votre|notre|leur)\s+\w+\s+est)\s+n[ée]e?\b)"
)


#: A date right after a date of birth corrects it ("né en mars 45… le 3 mars 1945 pardon").
CORRECTION_RE = accents.compile(rf"[^\n\d]{{0,20}}?({DATE})", re.IGNORECASE)


#: Without a cue, a full date from long ago is a date of birth ("Mme Diallo, 12/03/1975",
#: "DIALLO Awa 1975-03-12"): appointments, deadlines and rights are dated in recent years.
#: Dates of other past events say so just before ("arrivée en France le 12/06/1998").
_OLD_DATE_RE = accents.compile(
    rf"(?<![\w/.\-])(?:{DATE})",
    re.IGNORECASE,
)
_EVENT_BEFORE = accents.compile(
    r"(?i:\b(?:depuis|arriv\w*|mari(?:ée?s?|ages?)|pacs\w*|divorc\w*|s[ée]par\w*|d[ée]c[ée]d\w*|mort\w*"
    r"|d[ée]c[èe]s|entr(?!etien)[ée]\w*|embauch\w*|sign\w*|ouvert\w*|cr[ée]{2}\w*|inscri\w*"
    r"|install\w*|emm[ée]nag\w*|d[ée]m[ée]nag\w*|achet\w*|acquis\w*|construit\w*|obtenu\w*|d[ée]livr\w*"
    r"|[ée]mis\w*|valid\w*|dipl[ôo]m\w*|bac|retrait\w*|licenci\w*|jug\w*|condamn\w*"
    r"|incarc[ée]r\w*|sorti\w*|fin|d[ée]but|effet|p[ée]riode|ann[ée]e|[ée]tabli\w*|expir\w*"
    r"|valab\w*|rdv|rendez-vous|appels?|convoc\w*|convoqu\w*|accident\w*|hospitalis\w*|op[ée]r[ée]\w*|vers[ée]\w*"
    # ("daté du", not the noun "date": "il dit sa date de naissance comme une date sacrée")
    r"|pay[ée]\w*|re[çc]u\w*|courrier|lettre|envoy\w*|dat(?:é|ée|és|ées|ee|ees)|loi|d[ée]cret"
    r"|arr[êe]t[ée]"
    # "à sa place" is "instead of her", no square
    r"|circulaire|ordonnance|rue|avenue|(?<!sa )(?<!ma )(?<!ta )(?<!leur )place|bd|boulevard)\b"
    # (the event asked in a question, the date its reply: « la date du décès ? » — « le 5 »)
    r"(?:[^\n\d.;!?]|\?(?=[^\S\n]*[»”\"])){0,25})$"
)


#: Where a date was read, what it is given for: "lue sur l'ordonnance", "pour l'inscription".
_READ_ON_RE = accents.compile(
    r"(?i:\b(?:(?:lue?s?|not[ée]e?s?|[ée]crite?s?|indiqu[ée]e?s?|relev[ée]e?s?|marqu[ée]e?s?)"
    r"\s+(?:sur|dans)|pour)\s+(?:l['’]|la|le|les|son|sa|ses|leur|un|une)\s*[^\W\d_]+)"
)


#: An opening quote and "le" right before a date: « le 3 mars 1990 ».
_QUOTE_LE_RE = accents.compile(r"[«\"“][^\S\n]*(?:le[^\S\n]+)?$", re.IGNORECASE)


def _unquoted(text: str, start: int) -> int:
    """Where the words before the date at ``start`` end, its opening quote and "le" aside:
    "la date de naissance : « le 3 mars… »" is given, not "le" of an appointment."""
    quote = _QUOTE_LE_RE.search(text, max(0, start - 8), start)
    return quote.start() if quote else start


#: The noun alone, right before the date: "la date est", "une date :", "et une date, ", "la
#: mère donne la date : « 12 du 4 2018 »".
_BARE_DATE_NOUN_RE = accents.compile(
    r"(?i:\b(?:la|une|sa|ma|votre|ta)\s+(?:propre\s+)?date\s*(?:est\s*|:\s*|,\s*)"
    r"(?:[«\"“]\s*(?:le\s+)?)?)$"
)


#: "le" alone before a date (the weakest word of ``_OTHER_DATE_BEFORE``).
_BARE_LE_RE = accents.compile(r"(?i:le\s*:?\s*)")
#: An age right before a date: "Louis Santucci, 59 ans, « du 9/9/66 »", "62 ans (le
#: 3/4/63)": the date is the birth's, whatever "du" or "le" says.
_AGE_RIGHT_BEFORE_RE = accents.compile(
    r"(?i:\b\d{1,3}[^\S\n]*ans[^\S\n]*[,(:]?[^\S\n]*[«\"“(]?[^\S\n]*(?:du|le|de)?[^\S\n]*)$"
)


def another_event(text: str, start: int, *, bare_le: bool = True) -> bool:
    """The date at ``start`` is said to be another event's: an arrival, a wedding, a
    contract, a deadline, a law's ("arrivée en France le 12/06/1998", "loi du 1er juillet
    1901"), unless a birth cue stands in between. With ``bare_le=False``, "le" alone right
    before the date names no event ("Léon c'est le 8/10/19"): the classifier of dates weighs
    it itself."""
    said = event_said(text, start)
    return said is not None and (bare_le or said == "event")


def event_said(text: str, start: int) -> str | None:
    """What says the date at ``start`` is another event's (see :func:`another_event`):
    ``"event"``, ``"le"`` where it is only "le" alone right before it, or None."""
    before = text[max(0, start - 60) : start]
    cue = list(CUE_RE.finditer(before))
    if cue:  # "Date de naissance ?\n— Le 3 mars 2000": only a word of event after the cue
        # (where it was read and what it is for name no event: "date de naissance lue sur
        # l'ordonnance :", "sa date de naissance pour l'inscription :")
        after_cue = _READ_ON_RE.sub(" ", before[cue[-1].end() :])
        return "event" if _EVENT_BEFORE.search(after_cue) else None
    if _AGE_RIGHT_BEFORE_RE.search(before):
        return None
    bare = _BARE_DATE_NOUN_RE.search(before)
    if bare:  # "sur sa carte, la date est 30.06.1977": the noun alone names no event
        before = before[: bare.start()]
    if _EVENT_BEFORE.search(before) or re.search(r"(?i:\ben\s*)$", before[-4:]):
        return "event"
    other = _OTHER_DATE_BEFORE.search(before[-30:])
    if other is None:
        return None
    return "le" if _BARE_LE_RE.fullmatch(other.group()) else "event"


def _old(value: str) -> bool:
    """The date has a day and its year is long ago (1900 to 2009, or two digits from 30)."""
    if MONTH_WORD_RE.match(value):
        return False  # "mars 2008" is a month, not a day of birth
    years = YEAR_IN_DATE_RE.findall(value)
    if years:
        return int(years[0]) < 2010
    short = re.fullmatch(r"\d{1,2}\D+\d{1,2}\D+(\d\d)", value.strip())
    if short is not None:
        return int(short.group(1)) >= 30
    # said aloud, the year in words after the month: "quinze avril quatre-vingt-dix"
    month = MONTH_WORD_RE.search(value)
    digits = digits_of(value[month.end() :]) if month else ""
    if len(digits) == 4:
        return digits[:2] in ("19", "20") and int(digits) < 2010
    return len(digits) == 2 and int(digits) >= 30


MONTH_WORD_RE = accents.compile(rf"(?i:(?<![\w])(?:{MONTHS}))")


def _a_date(value: str) -> bool:
    """Eight digits (one per box) must read as a day and a month ("17081991")."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 8 or not value[:1].isdigit() and value[:1] != "|":
        return True
    if re.fullmatch(r"(?:19|20)\d{6}", digits) and re.match(r"(?:19|20)\d\d\s*[-/.]", value):
        return True  # the year first: ISO "1996-03-14", "1988/03/05"
    return 1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12


#: The administrations' date for a birth whose day and month are unknown: "00/00/1947",
#: "XX/XX/1949", "00.00.1983" (every author labels it a birth; no other date is written so).
_UNKNOWN_DAY_RE = accents.compile(
    r"(?<![\w/.])(?:00|XX|xx)[^\S\n]*([/.\-])[^\S\n]*(?:00|XX|xx)[^\S\n]*\1[^\S\n]*(?:19|20)\d\d"
    r"(?![\w/]|[.,]\d)"
)


def detect(text: str) -> list[Candidate]:
    found = [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for m in BIRTH_RE.finditer(text)
        if _a_date(m.group(1))
    ]
    found += [
        Candidate(m.start(), m.end(), Label.DATE_NAISSANCE)
        for m in _UNKNOWN_DAY_RE.finditer(text)
        if not any(c.overlaps(m.start(), m.end()) for c in found)
    ]
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for m in BIRTH_FAR_RE.finditer(text)
        if not any(c.overlaps(m.start(1), m.end(1)) for c in found)
        and not _OTHER_DATE_BEFORE.search(
            text, max(0, m.start(1) - 30), _unquoted(text, m.start(1))
        )
        and _GIVEN_BEFORE.search(text, max(0, m.start(1) - 45), m.start(1))
    ]
    found += [
        Candidate(m.start(), m.end(), Label.DATE_NAISSANCE)
        for m in _OLD_DATE_RE.finditer(text)
        if _old(m.group())
        and _a_date(m.group())
        and not any(c.overlaps(m.start(), m.end()) for c in found)
        and not another_event(text, m.start())
    ]
    for cand in list(found):
        m = CORRECTION_RE.match(text, cand.end)
        if m and not another_event(text, m.start(1)):  # "…, rdv le 15/06" is another date
            found.append(Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE))
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for m in BARE_CUE_RE.finditer(text)
        if _a_date(m.group(1)) and not any(c.overlaps(m.start(1), m.end(1)) for c in found)
    ]
    found += siblings(text, found)
    for m in YEAR_RE.finditer(text):
        found.append(Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE))
        day = DAY_AFTER_YEAR_RE.match(text, m.end())
        if day:  # "né en 1975, le 12 mars": the day belongs to the date of birth
            found.append(Candidate(day.start(1), day.end(1), Label.DATE_NAISSANCE))
    found += [c for c in _answers(text) if not any(f.overlaps(c.start, c.end) for f in found)]
    found += [c for c in _years(text) if not any(f.overlaps(c.start, c.end) for f in found)]
    found += [
        c for c in _follow_ups(text, found) if not any(f.overlaps(c.start, c.end) for f in found)
    ]
    found += _next_years(text, found)
    found += [c for c in _aged(text) if not any(f.overlaps(c.start, c.end) for f in found)]
    found += [c for c in _list_lines(text) if not any(f.overlaps(c.start, c.end) for f in found)]
    found += [c for c in _born_day(text) if not any(f.overlaps(c.start, c.end) for f in found)]
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for pattern in (NAMED_OF_RE, _ONE_OF_YEAR_RE, _YEAR_ASKED_RE, _YEAR_THEN_CUE_RE)
        for m in pattern.finditer(text)
        if not any(f.overlaps(m.start(1), m.end(1)) for f in found)
    ]
    for m in BEING_OF_RE.finditer(text):
        k = m.lastindex or 0
        if len(m.group(k)) == 4 and int(m.group(k)) > datetime.now(UTC).year - 15:
            continue  # "sa voiture ? elle est de 2019": a thing's year, a recent one
        if not any(f.overlaps(m.start(k), m.end(k)) for f in found):
            found.append(Candidate(m.start(k), m.end(k), Label.DATE_NAISSANCE))
        day = DAY_AFTER_YEAR_RE.match(text, m.end(k)) if k == 1 else None
        if day and not any(f.overlaps(day.start(1), day.end(1)) for f in found):
            found.append(
                Candidate(day.start(1), day.end(1), Label.DATE_NAISSANCE)
            )  # "de 34, le 9 mars"
    found += [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for regex in (_CUE_AFTER_YEAR_RE, _THE_YEAR_ONLY_RE)
        for m in regex.finditer(text)
        if not any(f.overlaps(m.start(1), m.end(1)) for f in found)
    ]
    found += siblings(text, found)
    return [c for c in found if not _CONVENTIONAL_RE.fullmatch(text, c.start, c.end)]


#: The year, then what it is given for: "« 34 » pour l'année de naissance", "il donne 1957
#: comme année de naissance".
_CUE_AFTER_YEAR_RE = accents.compile(
    r"(?:[«\"“][^\S\n]*|(?i:\b(?:donne|dit|indique|[ée]crit|met|tape|d[ée]clare|note|r[ée]pond)"
    r"[^\S\n]+))"
    rf"((?:19|20)\d\d|\d\d|{_WORDS})[^\S\n]*[»\"”]?[^\S\n]+(?:pour|comme)[^\S\n]+"
    r"(?:(?:son|sa|l['’]|la)[^\S\n]*)?(?:ann[ée]e|date)[^\S\n]+de[^\S\n]+naiss",
    re.IGNORECASE,
)
#: Only the year of the birth is known, or it is one's own: "il ne connaît pas sa date de
#: naissance exacte, juste l'année, « 1981 »", "c'est mon année, 1971".
_THE_YEAR_ONLY_RE = accents.compile(
    r"(?:\bnaiss\w*[^.!?\n]{0,40}?\bl['’][^\S\n]*ann[ée]e[^\S\n]*[,:]?"
    # ("mon année 2024 a été dure" is no birth: a comma or a colon after "mon année")
    r"|\bmon[^\S\n]+ann[ée]e[^\S\n]*[,:])"
    r"[^\S\n]*[«\"“]?[^\S\n]*((?:19|20)\d\d)(?![\w/\-]|[.,]\d)",
    re.IGNORECASE,
)


def siblings(text: str, found: list[Candidate]) -> list[Candidate]:
    """The next dates of the lists the dates of birth of ``found`` head: "nés le 12/03/2014,
    le 15/06/2017 et …", "nés un 14 février et un 1er mai", "livret de famille : 04/07/2012,
    19/11/2014, 27/02/2021"."""
    out: list[Candidate] = []
    todo = [c for c in found if c.label is Label.DATE_NAISSANCE]
    while todo:
        cand = todo.pop()
        pattern = (
            _DAY_MONTH_SIBLING_RE
            if _DAY_MONTH_ONLY_RE.fullmatch(text, cand.start, cand.end)
            else SIBLING_RE
        )
        m = pattern.match(text, cand.end)
        if m is None and (
            _YEAR_ALONE_RE.fullmatch(text, cand.start, cand.end)
            or _YEAR_IN_WORDS_ALONE_RE.fullmatch(text, cand.start, cand.end)
        ):
            pattern = _YEAR_SIBLING_RE
            m = pattern.match(text, cand.end)
            if m is None and _FULL_YEAR_RE.fullmatch(text, cand.start, cand.end):
                pattern = _NEXT_FULL_YEAR_RE  # « 2009… 2013… 2018 »
                m = pattern.match(text, cand.end)
            if m is None and _FULL_YEAR_RE.fullmatch(text, cand.start, cand.end):
                pattern = _MONTH_SIBLING_RE  # "… et le bébé de janvier"
                m = pattern.match(text, cand.end)
        start = cand.start
        while _FULL_YEAR_RE.fullmatch(text, cand.start, cand.end) and (
            before := _PREVIOUS_YEAR_RE.search(text, max(0, start - 70), start)
        ):
            # « moi 1979, ma femme 1982, … », « vous, 1992 ; Glodie et Glody, les jumeaux,
            # 2017 »: the list's first years, before the births they head
            head = Candidate(before.start(1), before.end(1), Label.DATE_NAISSANCE)
            if not any(c.overlaps(head.start, head.end) for c in found + out):
                out.append(head)
            start = head.start
        if (
            m
            and (pattern is not SIBLING_RE or _a_date(m.group(1)))
            and not any(c.overlaps(m.start(1), m.end(1)) for c in found + out)
            and (
                pattern is _DAY_MONTH_SIBLING_RE
                # ("le" alone before the next date of a list names no other event)
                or not another_event(text, m.start(1), bare_le=pattern is not SIBLING_RE)
                # "…, Rose, du 8/05/16": "du" after a child's name is no period's start
                or (
                    pattern is SIBLING_RE
                    and NAME_THEN_COMMA_RE.search(text, cand.end, m.start(1)) is not None
                    and not _PERIOD_END_RE.match(text, m.end(1))
                )
            )
        ):
            sibling = Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
            out.append(sibling)
            todo.append(sibling)
    return out


_NUMERIC_DAY_MONTH_RE = accents.compile(
    r"(\d{1,2})\s*(?:[/.\-]|…|\.{2,3}|\s+du\s+|\s)\s*(\d{1,2})(?!\d)"
)
_YEAR_FIRST_RE = accents.compile(r"(?:19|20)\d\d\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_LETTERS_RE = accents.compile(r"[^\W\d_]+\.?")
_DAY_DIGITS_RE = accents.compile(r"\s*(?:le\s+)?(\d{1,2})(?:er)?\b", re.IGNORECASE)
_DAY_AFTER_MONTH_RE = accents.compile(r"\s*(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


def _month_number(word: str) -> int | None:
    name = word.lower().rstrip(".")
    return FRENCH_MONTH_NUMBERS.get(name) or FOREIGN_MONTH_NUMBERS.get(name)


def day_and_month(value: str) -> tuple[int, int] | None:
    """The day and month a date says ("12/03/1985", "1985-03-12", "12 mars 85", "douze
    mars", "14 JUL 1983", "07/14/83" written month first), or None."""
    if (m := _YEAR_FIRST_RE.search(value)) is not None:
        day, month = int(m.group(2)), int(m.group(1))
    elif (m := _NUMERIC_DAY_MONTH_RE.search(value)) is not None:
        day, month = int(m.group(1)), int(m.group(2))
        if month > 12:  # the month first, as on American papers
            day, month = month, day
    else:
        words = list(_LETTERS_RE.finditer(value))
        named = [(w, n) for w in words if (n := _month_number(w.group())) is not None]
        if not named:
            return None
        word, month = named[0]
        head = re.sub(r"(?i)\b(?:1er|premier)\b", "1", value[: word.start()])
        digits = _DAY_DIGITS_RE.match(head)
        spoken = digits.group(1) if digits else digits_of(head)
        after = _DAY_AFTER_MONTH_RE.match(value, word.end())  # "March 5th, 1988"
        day_text = spoken or (after.group(1) if after else "")
        if not day_text.isdigit():
            return None
        day = int(day_text)
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


#: An age near a date: "TESSIER Noémie — 22 11 1985 — 39 ans".
AGE_NEAR_RE = accents.compile(r"(?<![\d,.])(\d{1,3})[^\S\n]*ans\b", re.IGNORECASE)
#: The years notes are written in: a year of birth plus the age said beside it is one.
_NOTE_YEARS = range(2020, datetime.now(UTC).year + 2)


def _aged(text: str) -> list[Candidate]:
    """A full date beside an age that it gives, on the same line: the year plus the age is
    a year of the notes ("l'entretien : « TESSIER Noémie — 22 11 1985 — 39 ans »"), whatever
    word comes before."""
    found = []
    for m in _OLD_DATE_RE.finditer(text):
        year = YEAR_IN_DATE_RE.search(m.group())
        if year is None or not _a_date(m.group()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        window = text[max(line_start, m.start() - 45) : min(line_end, m.end() + 45)]
        ages = [int(age.group(1)) for age in AGE_NEAR_RE.finditer(window)]
        if any(int(year.group()) + age in _NOTE_YEARS for age in ages):
            found.append(Candidate(m.start(), m.end(), Label.DATE_NAISSANCE))
    return found


#: Lines of a list, each a name and a year: "1. Pascal Mendy 1979\n2. Yann 2008" (two such
#: lines in a row at least).
_LIST_LINE_YEAR_RE = accents.compile(
    r"^[^\S\n]*(?:\d{1,2}[.)]|[-•*–])?[^\S\n]*(?:[A-ZÀ-Þ][\w'’\-]+[^\S\n]+){1,3}"
    r"(?:[,(–—\-][^\S\n]*)?((?:19|20)\d\d)[^\S\n]*\)?[^\S\n]*$",
    re.MULTILINE,
)


def _list_lines(text: str) -> list[Candidate]:
    matches = list(_LIST_LINE_YEAR_RE.finditer(text))
    return [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for k, m in enumerate(matches)
        if any(
            text.count("\n", min(m.start(), n.start()), max(m.end(), n.end())) == 1
            for n in matches[max(0, k - 1) : k + 2]
            if n is not m
        )
    ]


#: The day alone, a few words after the birth: "leur bébé est né avant-hier, le 21."
_BORN_DAY_RE = accents.compile(
    r"\bn[ée]e?s?\b[^\n\d.;!?]{0,20}?\ble[^\S\n]+(1er|[12]\d|3[01]|0?[1-9])"
    r"(?=[^\S\n]*(?:[.,;!?»)]|$))",
    re.IGNORECASE,
)


def _born_day(text: str) -> list[Candidate]:
    return [
        Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
        for m in _BORN_DAY_RE.finditer(text)
        if not another_event(text, m.start(1))
    ]


#: Dates of birth asked for or announced: what follows, to the end of the sentence and in
#: the quoted answer right after it, gives them ("les années de naissance des petits, 2015 et
#: 2018", "demande noms et dates de naissance. « Kelly, 12 avril 95. Enzo, 2016, et Lya,
#: 2020 »", "sa date de naissance : « 2004 euh... le 5 août »").
_ANSWER_CUE_RE = accents.compile(
    r"\b(?:dates?|ann[ée]es?)\s+de\s+naiss\w*|\bDDN\b|\bn[ée]e?s?\s+quand\b", re.IGNORECASE
)
#: In the answer: a date, a day and month, a year in four digits or in words.
_IN_ANSWER_RE = accents.compile(
    rf"(?<![\w/.\-])(?:{DATE}|(?:1er|premier|[12]\d|3[01]|0?[1-9]|{_WORDS})\s+(?:{_FULL_MONTHS})"
    rf"|(?:19|20)\d\d|{_WORDS})"
    r"(?![\w/\-]|[.,]\d|[^\S\n]?(?:ans|an|%|€|h|min|euros?)\b)",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE_RE = accents.compile(
    r"(?i:\b(?:en|depuis|avant|apr[èe]s|jusqu['’]\s*en|de|à|au|dès)\s*)$"
)
#: A question that follows a date of birth given in part: "Le jour et le mois ?", "Et le
#: jour ?", "l'agent redemande les années : 2017 et 2020".
_FOLLOW_UP_RE = accents.compile(
    r"(?P<day>\b(?:et\s+)?le\s+jour(?:\s+et\s+le\s+mois)?\s*\?|\ble\s+mois\s+et\s+le\s+jour\s*\?"
    r"|\bquel\s+jour\s*\?)|\b(?:les|ses|leurs)\s+ann[ée]es\b",
    re.IGNORECASE,
)
#: The day alone, in the answer to "et le jour ?": "« Le 21. »".
_DAY_IN_ANSWER_RE = accents.compile(
    r"(?i:\ble[^\S\n]+)((?:1er|[12]\d|3[01]|0?[1-9])(?:[^\S\n]+(?:" + _FULL_MONTHS + r"))?)"
    r"(?![\w/\-]|[.,]\d|[^\S\n]?(?:ans|an|h|min)\b)"
)
#: Born on a holiday: "née à Noël", "né le jour de Pâques", "nés … la Saint-Valentin".
_HOLIDAY = (
    r"(Noël|Noel|P[âa]ques|Toussaint|Chandeleur|Nouvel\s+An|Saint-Valentin|Saint-Sylvestre"
    r"|f[êe]te\s+(?:du\s+Travail|nationale|des\s+m[èe]res))\b"
)
#: (the holiday's name, for the layers that read a birth's pieces)
HOLIDAY = _HOLIDAY
_HOLIDAY_BIRTH_RE = accents.compile(
    r"\bn[ée]e?s?\b[^.\n!?;]{0,60}?\b(?:à|a|le\s+jour\s+de|un\s+jour\s+de|le\s+soir\s+de"
    r"|la\s+nuit\s+de|pour|la|le)\s+" + _HOLIDAY
)
#: The year after a holiday of birth ("à la Toussaint 1950", "à Noël de 1962"), and the
#: article the holiday and its year make one date with.
_HOLIDAY_YEAR_RE = accents.compile(r"[^\S\n]+(?:(?:de|en)[^\S\n]+)?(?:19|20)\d\d(?!\d)")
_HOLIDAY_ARTICLE_RE = accents.compile(r"\b(?i:la|le|l['’])[^\S\n]*$")
_NEXT_HOLIDAY_RE = accents.compile(r"\s*(?:,|\bet\b)\s*(?:la\s+|le\s+)?" + _HOLIDAY)
_OPENING_QUOTES = '«“"'
_CLOSING_QUOTES = '»”"'
#: "dix-neuf cent quatre-vingt-deux": a year said with "cent".
_HUNDREDS_RE = accents.compile(r"(?i:dix[\s\-]+(?:neuf|huit)[\s\-]+cents?)[\s\-]*")


def _answer_end(text: str, start: int) -> int:
    """Where the answer that starts at ``start`` ends: the end of the sentence (a full stop
    inside quotes does not end it), then the quoted words right after, if any."""
    quoted = False
    i, limit = start, min(len(text), start + 220)
    while i < limit:
        ch = text[i]
        if ch == "\n":
            return i
        if ch in _OPENING_QUOTES and not quoted:
            quoted = True
        elif ch in _CLOSING_QUOTES and quoted:
            quoted = False
        elif ch in ".!?" and not quoted:
            j = i + 1
            # (a question inside quotes ends with its closing quote: « … monsieur ? » « … »)
            while j < limit and text[j] in " .\u00a0»”":
                j += 1
            if j < limit and text[j] in _OPENING_QUOTES:
                i = j
                continue
            return i
        i += 1
    return i


def _a_year_in_answer(value: str) -> bool:
    if value[:1].isdigit():
        return True
    hundreds = _HUNDREDS_RE.match(value)
    if hundreds:
        rest = digits_of(value[hundreds.end() :])
        return len(rest) <= 2
    digits = digits_of(value)
    return len(digits) == 4 and digits[:2] in ("19", "20")


def _answers(text: str) -> list[Candidate]:
    """Dates of birth in the answer to a request for them; birthdays on a holiday."""
    found: list[Candidate] = []
    for cue in _ANSWER_CUE_RE.finditer(text):
        _read_answer(text, cue.end(), False, found)
    for m in _HOLIDAY_BIRTH_RE.finditer(text):
        year = _HOLIDAY_YEAR_RE.match(text, m.end(1))  # "née à la Toussaint 1950"
        start = m.start(1)
        if year and (article := _HOLIDAY_ARTICLE_RE.search(text, max(0, start - 4), start)):
            start = article.start()
        found.append(Candidate(start, year.end() if year else m.end(1), Label.DATE_NAISSANCE))
        while m := _NEXT_HOLIDAY_RE.match(text, m.end()):  # "… et la fête du Travail"
            found.append(Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE))
    return _merged(text, found)


def _follow_ups(text: str, births: list[Candidate]) -> list[Candidate]:
    """The answer to a question that follows a date of birth given in part: "« Avril 2000. »
    « Et le jour ? » « Le 21. »"."""
    found: list[Candidate] = []
    for cue in _FOLLOW_UP_RE.finditer(text):
        if any(0 <= cue.start() - c.end < 150 for c in births):
            _read_answer(text, cue.end(), cue.group("day") is not None, found)
    return _merged(text, found)


def _read_answer(text: str, start: int, days: bool, found: list[Candidate]) -> None:
    """Adds to ``found`` the dates of birth of the answer starting at ``start``: dates, days
    and months, years (and a day alone after "le" when the question asked for the day)."""
    end = _answer_end(text, start)
    if days:
        found += [
            Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE)
            for m in _DAY_IN_ANSWER_RE.finditer(text, start, end)
            if not any(c.overlaps(*m.span(1)) for c in found)
        ]
    for m in _IN_ANSWER_RE.finditer(text, start, end):
        value = m.group()
        if _BARE_YEAR_RE.fullmatch(value) and (
            not _a_year_in_answer(value)
            # "modifiée en 2015", "depuis 2019": a year another event's
            or _PREPOSITION_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        if another_event(text, m.start()) or any(c.overlaps(*m.span()) for c in found):
            continue
        found.append(Candidate(m.start(), m.end(), Label.DATE_NAISSANCE))


#: "dix-neuf cent quatre-vingt-deux, le 9 mars": one date said in two parts (not a list of
#: years: "2015, 2018").
_JOIN_RE = accents.compile(r"[^\S\n]*,[^\S\n]*le[^\S\n]+", re.IGNORECASE)


def _merged(text: str, found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for cand in sorted(found, key=lambda c: c.start):
        if out and _JOIN_RE.fullmatch(text, out[-1].end, cand.start):
            out[-1] = Candidate(out[-1].start, cand.end, Label.DATE_NAISSANCE)
        else:
            out.append(cand)
    return out


#: The date software gives someone whose birth is unknown ("né le 01/01/1900, convention du
#: service"): no one's.
_CONVENTIONAL_RE = accents.compile(r"0?1\s*[/.\-]\s*0?1\s*[/.\-]\s*1900")
