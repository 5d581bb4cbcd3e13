"""Exit reasons: AMP's national categories, how case systems word them, and U40455.

A participant list says why each enrolment ended in the case system's own words
("Arbete utan stöd", "Åter till AF", "Avbrott – flytt").  AMP maps each wording to
one of nine categories with stable keys; common Swedish and English wordings are
recognised here, every other wording goes to the user to map (and the mapping is kept
in the catalogue).  The share who started work or studies is defined once, here, as
Kolada's U40455: (work + subsidised work + studies) ÷ all exits.  A municipal
labour-market job (an *extratjänst*) is not work in that share.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Mapping

from amp_desktop.core.i18n import translate
from amp_desktop.core.personal import mask_personal_ids


class ExitReason(enum.StrEnum):
    """Why an enrolment ended, in the categories AMP reports."""

    WORK = "work"
    WORK_SUBSIDISED = "work_subsidised"
    MUNICIPAL_JOB = "municipal_job"
    STUDIES = "studies"
    BACK_TO_REFERRER = "back_to_referrer"
    OTHER_ACTOR = "other_actor"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    UNKNOWN = "unknown"


#: Every category key, in the order reports list them.
REASON_KEYS: tuple[str, ...] = tuple(reason.value for reason in ExitReason)

#: The exits that count as "started work or studies" (Kolada U40455).
WORK_OR_STUDIES: frozenset[str] = frozenset(
    {ExitReason.WORK.value, ExitReason.WORK_SUBSIDISED.value, ExitReason.STUDIES.value}
)

#: Kolada's id of the share who started work or studies.
WORK_OR_STUDIES_KPI = "U40455"


def work_or_studies(exits_by_reason: Mapping[str, int]) -> int:
    """Exits to work, subsidised work or studies."""
    return sum(exits_by_reason.get(key, 0) for key in WORK_OR_STUDIES)


def work_or_studies_share(exits_by_reason: Mapping[str, int]) -> float | None:
    """U40455: exits to work or studies ÷ all exits; None when nobody left."""
    exits = sum(exits_by_reason.values())
    if exits == 0:
        return None
    return work_or_studies(exits_by_reason) / exits


def reason_label(key: str) -> str:
    """The translated name of category *key*."""
    labels = {
        "work": translate("Results", "Work"),
        "work_subsidised": translate("Results", "Work with wage subsidy"),
        "municipal_job": translate("Results", "Municipal labour-market job"),
        "studies": translate("Results", "Studies"),
        "back_to_referrer": translate("Results", "Back to the referrer"),
        "other_actor": translate("Results", "On to another actor"),
        "completed": translate("Results", "Assignment completed"),
        "interrupted": translate("Results", "Interrupted"),
        "unknown": translate("Results", "Unknown"),
    }
    return labels.get(key, key)


def reason_key(text: str) -> str:
    """The form of a case system's wording that the saved mapping is keyed by (an
    identity number typed into the wording masked: the key is kept in the file)."""
    text = unicodedata.normalize("NFKC", mask_personal_ids(text)).casefold()
    text = re.sub(r"[\s\u00a0_]+", " ", text)
    return text.strip(" .:;,-–—")


# Checked in order: the first pattern that matches decides.  Municipal jobs come
# before work (an "anställning" in an extratjänst is not work in U40455), subsidised
# work before work, and anything that says "not" is left to the user.
_PATTERNS: tuple[tuple[str, ExitReason], ...] = (
    (
        r"extratj[aä]nst|resursjobb|resurstj[aä]nst|kommunal (arbetsmarknads)?anst[aä]llning"
        r"|arbetsmarknadsanst[aä]llning|municipal (labour|labor)[- ]market (job|employment)"
        r"|municipal job|kommunalt jobb",
        ExitReason.MUNICIPAL_JOB,
    ),
    (
        r"med st[oö]d|(?<!utan )l[oö]nebidrag|(?<!utan )l[oö]nest[oö]d|nystartsjobb"
        r"|introduktionsjobb|(?<!o)(?<!utan )subventioner|skyddad anst[aä]llning|\bosa\b|with (a )?(wage )?subsid|subsidi[sz]ed",
        ExitReason.WORK_SUBSIDISED,
    ),
    (
        r"arbete|anst[aä]llning|jobb(et)?\b|egen f[oö]retag|eget f[oö]retag|startat f[oö]retag"
        r"|\bwork\b|employment|\bjob\b|self-employ",
        ExitReason.WORK,
    ),
    (
        r"studier|studera|komvux|folkh[oö]gskol|h[oö]gskol|universitet|yrkeshögskol"
        r"|(?<!arbetsmarknads)utbildning|\bstud(y|ies)\b|education|university|college",
        ExitReason.STUDIES,
    ),
    (
        r"(åter|tillbaka|aterg|återg|återremitt|remitter).*"
        r"(af\b|arbetsf[oö]rmedling|fk\b|f[oö]rs[aä]kringskass|soc|handl[aä]ggare|anvis|remittent|ekonomiskt)"
        r"|återremitt|remitterad [aå]ter|back to (the )?(referr|af|employment service|social)|returned to",
        ExitReason.BACK_TO_REFERRER,
    ),
    (
        r"annan akt[oö]r|annan myndighet|annan insats|annan verksamhet|vidare till|[oö]verl[aä]mn"
        r"|[oö]verf[oö]rd|another (actor|authority|agency|programme|program)|other (actor|authority)"
        r"|transferred",
        ExitReason.OTHER_ACTOR,
    ),
    (
        r"slutf[oö]rd|genomf[oö]rd|fullf[oö]ljd|enl(igt|\.)? plan|m[aå]l(et)? uppn[aå]tt|avslutad insats"
        r"|uppdrag(et)? (klart|slutf)|completed|finished|goal (met|reached)",
        ExitReason.COMPLETED,
    ),
    (
        r"avbr[oö]t|avbrott|avbrut|avhopp|hoppat av|flytt|sjuk|f[oö]r[aä]ldraledig|avliden"
        r"|utebl[ei]v|sl[aä]ppt|interrupt|dropped|moved|ill(ness)?\b|sick|parental leave"
        r"|deceased|no[- ]show",
        ExitReason.INTERRUPTED,
    ),
    (
        r"ok[aä]n[dt]|uppgift saknas|saknas|^annat$|^[oö]vrigt$|unknown|not known",
        ExitReason.UNKNOWN,
    ),
)
_COMPILED = tuple((re.compile(pattern), reason) for pattern, reason in _PATTERNS)
_NEGATION = re.compile(
    r"\b(ej|inte|icke|not|non|inget|ingen|inga)\b|\butan\b(?! (st[oö]d|l[oö]nebidrag|subvention))"
)
_WORK_OR_STUDY_WORD = re.compile(r"arbete|anst[aä]llning|jobb|stud|work|job|employ|utbildning")
#: Swedish for immigrants gives no right to student finance (CSN): not studies in
#: U40455, and not for AMP to guess either (on to another actor? completed?).
_SFI = re.compile(r"\bsfi\b|svenska f[oö]r invandrare|swedish for immigrants")


def recognise_reason(text: str) -> ExitReason | None:
    """The category a common wording means, or None when AMP cannot be sure.

    A wording that says "not" about work or studies ("Studier utan studiemedel") is
    not guessed: it comes back as None so the user maps it; so is one that names SFI,
    which gives no right to student finance (U40455's studies must).
    """
    key = reason_key(text)
    if not key:
        return None
    if key in REASON_KEYS:
        return ExitReason(key)
    if _NEGATION.search(key) and _WORK_OR_STUDY_WORD.search(key):
        return None
    if _SFI.search(key):
        return None
    for pattern, reason in _COMPILED:
        if pattern.search(key):
            return reason
    return None
